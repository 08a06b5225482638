//! The data dictionary (`docs/spec/dictionary.md`) as tables.
//!
//! Every reader, writer, the generated schemas and the business rules use these
//! tables, so field names, order, types and cardinalities live in one place.
//! Code values come from the reference data in `schemas/reference/`
//! ([`refdata`]).

mod columns;
pub mod refdata;

pub use columns::{Column, columns};

use crate::i18n::{Msg, msg};

/// The spec version this build reads and writes.
pub const SCHEMA_VERSION: &str = "1.0";

/// A value type of the dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// The constant `"1.0"` (`schemaVersion`).
    SchemaVersion,
    /// Text, 1–200 characters with at least one non-space.
    Text,
    /// Text, 1–4000 characters with at least one non-space.
    LongText,
    /// An identifier: `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`.
    Token,
    /// `YYYY-MM-DD`, a real calendar date.
    Date,
    /// An e-mail address.
    Email,
    /// A telephone number.
    Phone,
    /// An integer within bounds.
    Integer {
        /// Smallest allowed value.
        min: Option<i64>,
        /// Largest allowed value.
        max: Option<i64>,
    },
    /// A decimal within bounds.
    Decimal {
        /// Smallest allowed value.
        min: Option<i64>,
        /// Largest allowed value.
        max: Option<i64>,
    },
    /// `true` or `false`.
    Boolean,
    /// One value of a code list.
    Code(CodeList),
    /// An object with the given fields.
    Object(&'static [Field]),
    /// A list of items of one type, with a minimum length.
    List {
        /// The item type.
        item: &'static Ty,
        /// Name of the item (XML item element, lower camel case).
        item_name: &'static str,
        /// Fewest items allowed.
        min: usize,
    },
}

impl Ty {
    /// Whether values of this type are written as JSON numbers.
    pub fn is_number(&self) -> bool {
        matches!(self, Ty::Integer { .. } | Ty::Decimal { .. })
    }

    /// Whether values of this type are scalars (not objects or lists).
    pub fn is_scalar(&self) -> bool {
        !matches!(self, Ty::Object(_) | Ty::List { .. })
    }

    /// A name of the type for messages: "an integer", "a date"; a piece
    /// that other messages embed (`add `email` (an e-mail address)`).
    pub fn describe(&self) -> Msg {
        match self {
            Ty::SchemaVersion => msg::model_type_schema_version(SCHEMA_VERSION),
            Ty::Text => msg::model_type_text(200),
            Ty::LongText => msg::model_type_text(4000),
            Ty::Token => msg::model_type_token(),
            Ty::Date => msg::model_type_date(),
            Ty::Email => msg::model_type_email(),
            Ty::Phone => msg::model_type_phone(),
            Ty::Integer { .. } => msg::model_type_integer(),
            Ty::Decimal { .. } => msg::model_type_decimal(),
            Ty::Boolean => msg::model_type_boolean(),
            Ty::Code(list) => msg::model_type_code(list.name()),
            Ty::Object(_) => msg::model_value_object(),
            Ty::List { .. } => msg::model_value_list(),
        }
    }
}

/// A field of an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Canonical (JSON) key.
    pub key: &'static str,
    /// Type.
    pub ty: Ty,
    /// Cardinality 1 (or 1..n) rather than 0..1 (or 0..n).
    pub required: bool,
}

const fn req(key: &'static str, ty: Ty) -> Field {
    Field {
        key,
        ty,
        required: true,
    }
}

const fn opt(key: &'static str, ty: Ty) -> Field {
    Field {
        key,
        ty,
        required: false,
    }
}

/// The code lists of the dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeList {
    /// `notification`, `timetable`, `progress-report`.
    DocumentType,
    /// Editions with a standards file (`2018`).
    FrameworkEdition,
    /// `member`, `customs-union`, `economic-union`.
    MemberType,
    /// WCO regions.
    Region,
    /// ISO 639-1 codes.
    Language,
    /// ISO 3166-1 alpha-2, `XK`, and union codes.
    MemberCode,
    /// ISO 4217 active codes.
    Currency,
    /// `full`, `partial`.
    Scope,
    /// `indicative`, `definitive`.
    DateKind,
    /// Implementation status.
    Status,
    /// Supply-chain stakeholders.
    Stakeholder,
}

impl CodeList {
    /// Every list.
    pub const ALL: &'static [CodeList] = &[
        CodeList::DocumentType,
        CodeList::FrameworkEdition,
        CodeList::MemberType,
        CodeList::Region,
        CodeList::Language,
        CodeList::MemberCode,
        CodeList::Currency,
        CodeList::Scope,
        CodeList::DateKind,
        CodeList::Status,
        CodeList::Stakeholder,
    ];

    /// The list's name as in the dictionary.
    pub fn name(self) -> &'static str {
        match self {
            CodeList::DocumentType => "documentType",
            CodeList::FrameworkEdition => "frameworkEdition",
            CodeList::MemberType => "memberType",
            CodeList::Region => "region",
            CodeList::Language => "language",
            CodeList::MemberCode => "memberCode",
            CodeList::Currency => "currency",
            CodeList::Scope => "scope",
            CodeList::DateKind => "dateKind",
            CodeList::Status => "status",
            CodeList::Stakeholder => "stakeholder",
        }
    }

    /// One value of the list, named for messages ("`x` is not a status").
    pub fn describe(self) -> Msg {
        match self {
            CodeList::DocumentType => msg::model_code_list_document_type(),
            CodeList::FrameworkEdition => msg::model_code_list_framework_edition(),
            CodeList::MemberType => msg::model_code_list_member_type(),
            CodeList::Region => msg::model_code_list_region(),
            CodeList::Language => msg::model_code_list_language(),
            CodeList::MemberCode => msg::model_code_list_member_code(),
            CodeList::Currency => msg::model_code_list_currency(),
            CodeList::Scope => msg::model_code_list_scope(),
            CodeList::DateKind => msg::model_code_list_date_kind(),
            CodeList::Status => msg::model_code_list_status(),
            CodeList::Stakeholder => msg::model_code_list_stakeholder(),
        }
    }

    /// The allowed values, from the reference data.
    pub fn values(self) -> &'static [String] {
        refdata::get().code_list(self)
    }

    /// Whether `value` is in the list.
    pub fn contains(self, value: &str) -> bool {
        refdata::get().contains(self, value)
    }
}

const SUBMITTER: &[Field] = &[
    req("memberCode", Ty::Code(CodeList::MemberCode)),
    req("memberName", Ty::Text),
    req("memberType", Ty::Code(CodeList::MemberType)),
    opt("region", Ty::Code(CodeList::Region)),
    opt("administration", Ty::Text),
];

const CONTACT: &[Field] = &[
    req("name", Ty::Text),
    opt("position", Ty::Text),
    req("email", Ty::Email),
    opt("phone", Ty::Phone),
];

const ENVELOPE: &[Field] = &[
    req("schemaVersion", Ty::SchemaVersion),
    req("documentType", Ty::Code(CodeList::DocumentType)),
    req("documentId", Ty::Token),
    req("frameworkEdition", Ty::Code(CodeList::FrameworkEdition)),
    req("submissionDate", Ty::Date),
    opt("language", Ty::Code(CodeList::Language)),
    req("submitter", Ty::Object(SUBMITTER)),
    req("contact", Ty::Object(CONTACT)),
    opt("remarks", Ty::LongText),
];

const STANDARD: Ty = Ty::Integer {
    min: None,
    max: None,
};

const INTENTION: &[Field] = &[
    req("scope", Ty::Code(CodeList::Scope)),
    opt("plannedStartDate", Ty::Date),
    opt("legislativeChangesRequired", Ty::Boolean),
    opt("legislativeChangesDescription", Ty::LongText),
];

const SIGNATORY: &[Field] = &[req("name", Ty::Text), req("position", Ty::Text)];

const NOTIFICATION_ENTRY: &[Field] = &[
    req("standard", STANDARD),
    opt("plannedStart", Ty::Date),
    opt("plannedCompletion", Ty::Date),
];

const NOTIFICATION: &[Field] = &[
    req("intention", Ty::Object(INTENTION)),
    req("signatory", Ty::Object(SIGNATORY)),
    opt(
        "entries",
        Ty::List {
            item: &Ty::Object(NOTIFICATION_ENTRY),
            item_name: "entry",
            min: 0,
        },
    ),
];

const TIMETABLE_ENTRY: &[Field] = &[
    req("standard", STANDARD),
    req("plannedStart", Ty::Date),
    req("plannedCompletion", Ty::Date),
    req("dateKind", Ty::Code(CodeList::DateKind)),
    opt("legislativeChangesRequired", Ty::Boolean),
    opt("capacityBuildingRequired", Ty::Boolean),
    opt("technicalAssistanceRequested", Ty::Boolean),
    opt("technicalAssistanceDescription", Ty::LongText),
    opt("notes", Ty::LongText),
];

const TIMETABLE: &[Field] = &[req(
    "entries",
    Ty::List {
        item: &Ty::Object(TIMETABLE_ENTRY),
        item_name: "entry",
        min: 1,
    },
)];

const NON_NEGATIVE: Ty = Ty::Decimal {
    min: Some(0),
    max: None,
};

const REPORTING_PERIOD: &[Field] = &[req("start", Ty::Date), req("end", Ty::Date)];

const INDICATORS: &[Field] = &[
    opt(
        "ecommerceDeclarations",
        Ty::Integer {
            min: Some(0),
            max: None,
        },
    ),
    opt("declaredValue", NON_NEGATIVE),
    opt("revenueCollected", NON_NEGATIVE),
    opt("currency", Ty::Code(CodeList::Currency)),
    opt("averageReleaseHours", NON_NEGATIVE),
    opt(
        "advanceDataCoveragePercent",
        Ty::Decimal {
            min: Some(0),
            max: Some(100),
        },
    ),
];

const PROGRESS_ENTRY: &[Field] = &[
    req("standard", STANDARD),
    req("status", Ty::Code(CodeList::Status)),
    opt(
        "completionPercent",
        Ty::Integer {
            min: Some(0),
            max: Some(100),
        },
    ),
    opt(
        "maturityLevel",
        Ty::Integer {
            min: Some(0),
            max: Some(4),
        },
    ),
    opt("expectedCompletion", Ty::Date),
    opt("actualCompletion", Ty::Date),
    opt("measuresTaken", Ty::LongText),
    opt("legislativeChanges", Ty::LongText),
    opt("capacityBuildingNeeds", Ty::LongText),
    opt("technicalAssistanceRequested", Ty::Boolean),
    opt("technicalAssistanceDescription", Ty::LongText),
    opt(
        "stakeholders",
        Ty::List {
            item: &Ty::Code(CodeList::Stakeholder),
            item_name: "stakeholder",
            min: 1,
        },
    ),
    opt("challenges", Ty::LongText),
];

const PROGRESS_REPORT: &[Field] = &[
    req("reportingPeriod", Ty::Object(REPORTING_PERIOD)),
    opt("evaluationMeeting", Ty::Text),
    opt("indicators", Ty::Object(INDICATORS)),
    req(
        "entries",
        Ty::List {
            item: &Ty::Object(PROGRESS_ENTRY),
            item_name: "entry",
            min: 1,
        },
    ),
];

/// The three document types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocType {
    /// Notification of intention to implement (Resolution paragraph 3).
    Notification,
    /// Indicative implementation timetable (Resolution paragraph 2.5).
    Timetable,
    /// Periodic progress report (Resolution paragraphs 2.7–2.9).
    ProgressReport,
}

impl DocType {
    /// Every document type.
    pub const ALL: &'static [DocType] = &[
        DocType::Notification,
        DocType::Timetable,
        DocType::ProgressReport,
    ];

    /// The `documentType` code: `progress-report`.
    pub fn code(self) -> &'static str {
        match self {
            DocType::Notification => "notification",
            DocType::Timetable => "timetable",
            DocType::ProgressReport => "progress-report",
        }
    }

    /// The type for a `documentType` code.
    pub fn from_code(code: &str) -> Option<DocType> {
        DocType::ALL.iter().copied().find(|t| t.code() == code)
    }

    /// The XML root element: `ProgressReport`.
    pub fn xml_root(self) -> &'static str {
        match self {
            DocType::Notification => "Notification",
            DocType::Timetable => "Timetable",
            DocType::ProgressReport => "ProgressReport",
        }
    }

    /// The type for an XML root element name.
    pub fn from_xml_root(name: &str) -> Option<DocType> {
        DocType::ALL.iter().copied().find(|t| t.xml_root() == name)
    }

    /// The name of the type's definition in the JSON Schema: `progressReport`.
    pub fn schema_name(self) -> &'static str {
        match self {
            DocType::Notification => "notification",
            DocType::Timetable => "timetable",
            DocType::ProgressReport => "progressReport",
        }
    }

    /// The fields specific to the type (after the envelope).
    pub fn body(self) -> &'static [Field] {
        match self {
            DocType::Notification => NOTIFICATION,
            DocType::Timetable => TIMETABLE,
            DocType::ProgressReport => PROGRESS_REPORT,
        }
    }

    /// All top-level fields of the type, in dictionary order.
    pub fn fields(self) -> impl Iterator<Item = &'static Field> + Clone {
        ENVELOPE.iter().chain(self.body())
    }

    /// The fields of one entry.
    pub fn entry_fields(self) -> &'static [Field] {
        match self {
            DocType::Notification => NOTIFICATION_ENTRY,
            DocType::Timetable => TIMETABLE_ENTRY,
            DocType::ProgressReport => PROGRESS_ENTRY,
        }
    }

    /// The type of the field at a canonical pointer (`/entries/3/status`).
    pub fn type_at(self, pointer: &str) -> Option<&'static Ty> {
        let mut fields: Box<dyn Iterator<Item = &'static Field>> = Box::new(self.fields());
        let mut ty: Option<&'static Ty> = None;
        for token in crate::tree::pointer_tokens(pointer) {
            ty = match ty {
                Some(Ty::List { item, .. }) => {
                    token.parse::<usize>().ok()?;
                    Some(*item)
                }
                _ => Some(&fields.find(|f| f.key == token)?.ty),
            };
            if let Some(Ty::Object(inner)) = ty {
                fields = Box::new(inner.iter());
            }
        }
        ty
    }

    /// The fields of the object at a canonical pointer ("" for the root).
    pub fn object_fields_at(self, pointer: &str) -> Vec<&'static Field> {
        if pointer.is_empty() {
            return self.fields().collect();
        }
        match self.type_at(pointer) {
            Some(Ty::Object(fields)) => fields.iter().collect(),
            _ => Vec::new(),
        }
    }
}

/// The envelope fields common to every document type.
pub fn envelope() -> &'static [Field] {
    ENVELOPE
}

/// Upper-cases the first letter of a key: the XML element name.
pub fn xml_name(key: &str) -> String {
    let mut chars = key.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_found_by_pointer() {
        let pr = DocType::ProgressReport;
        assert_eq!(
            pr.type_at("/entries/3/status"),
            Some(&Ty::Code(CodeList::Status))
        );
        assert_eq!(
            pr.type_at("/entries/0/stakeholders/1"),
            Some(&Ty::Code(CodeList::Stakeholder))
        );
        assert_eq!(
            pr.type_at("/submitter/memberCode"),
            Some(&Ty::Code(CodeList::MemberCode))
        );
        assert_eq!(pr.type_at("/entries/x"), None);
        assert_eq!(pr.type_at("/nope"), None);
        assert_eq!(DocType::Timetable.object_fields_at("/contact").len(), 4);
    }

    #[test]
    fn xml_names_capitalise() {
        assert_eq!(xml_name("submissionDate"), "SubmissionDate");
    }
}
