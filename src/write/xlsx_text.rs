//! The texts of a written workbook, made of messages of the catalogue
//! (`src/i18n/locales/*/workbook.ftl`) in the workbook's language: sheet
//! names, column descriptions, code labels and the "Read me" sheet.

use crate::i18n::{Arg, Lang, Msg, msg};
use crate::model::{CodeList, Column, DocType, SCHEMA_VERSION, Ty, refdata};

/// The texts of a workbook that several places use, rendered once.
pub(super) struct Texts {
    pub lang: Lang,
    pub data_sheet: String,
    pub codes_sheet: String,
    pub read_me_sheet: String,
    pub lists_sheet: String,
    pub codes_header: [String; 3],
    pub not_a_code_title: String,
}

impl Texts {
    /// The texts of a workbook in `lang`.
    pub fn new(lang: Lang) -> Texts {
        Texts {
            lang,
            data_sheet: msg::workbook_sheet_submission().render(lang),
            codes_sheet: msg::workbook_sheet_codes().render(lang),
            read_me_sheet: msg::workbook_sheet_read_me().render(lang),
            lists_sheet: msg::workbook_sheet_lists().render(lang),
            codes_header: [
                msg::workbook_codes_list().render(lang),
                msg::workbook_codes_code().render(lang),
                msg::workbook_codes_label().render(lang),
            ],
            not_a_code_title: msg::workbook_not_a_code_title().render(lang),
        }
    }

    /// The error message of a drop-down list.
    pub fn not_a_code(&self, list: &str) -> String {
        msg::workbook_not_a_code(list, msg::workbook_sheet_codes()).render(self.lang)
    }

    /// What a column takes: required or not, and its type.
    pub fn describe(&self, col: &Column) -> String {
        let what = what(col.ty);
        let m = if col.required {
            msg::workbook_column_required(what)
        } else {
            msg::workbook_column_optional(what)
        };
        m.render(self.lang)
    }

    /// The lines of the "Read me" sheet.
    pub fn read_me(&self, doc_type: DocType) -> Vec<String> {
        [
            msg::workbook_read_me_title(doc_type.code()),
            msg::workbook_read_me_fill(msg::workbook_sheet_submission()),
            msg::workbook_read_me_documents(),
            msg::workbook_read_me_text(),
            msg::workbook_read_me_forms(),
            msg::workbook_read_me_messages(),
            msg::workbook_read_me_codes(msg::workbook_sheet_codes()),
            msg::workbook_read_me_save(),
            msg::workbook_read_me_fix(),
        ]
        .iter()
        .map(|m| m.render(self.lang))
        .collect()
    }
}

/// What a value of type `ty` is, for an input message. `1.0` and
/// `true / false` are the values themselves, the same in every language.
fn what(ty: &Ty) -> Arg {
    let range = |min: &Option<i64>, max: &Option<i64>| -> Arg {
        match (min, max) {
            (Some(a), Some(b)) => msg::workbook_range_between(*a, *b).into(),
            (Some(a), None) => msg::workbook_range_at_least(*a).into(),
            _ => Arg::from(""),
        }
    };
    match ty {
        Ty::SchemaVersion => Arg::from(SCHEMA_VERSION),
        Ty::Text => msg::workbook_type_text().into(),
        Ty::LongText => msg::workbook_type_long_text().into(),
        Ty::Token => msg::workbook_type_token().into(),
        Ty::Date => msg::workbook_type_date().into(),
        Ty::Email => msg::workbook_type_email().into(),
        Ty::Phone => msg::workbook_type_phone().into(),
        Ty::Integer { min, max } => msg::workbook_type_integer(range(min, max)).into(),
        Ty::Decimal { min, max } => msg::workbook_type_decimal(range(min, max)).into(),
        Ty::Boolean => Arg::from("true / false"),
        Ty::Code(list) => msg::workbook_type_code(list.name(), msg::workbook_sheet_codes()).into(),
        Ty::List { item, .. } => msg::workbook_type_list(what(item)).into(),
        Ty::Object(_) => Arg::from(""),
    }
}

/// The label of a code: the reference data's name where there is one, else
/// the meaning of the code in the workbook's language.
pub(super) fn label(list: CodeList, code: &str, texts: &Texts) -> String {
    let data = refdata::get();
    let found = match list {
        CodeList::Region => named(&data.regions, code),
        CodeList::Language => named(data.languages, code),
        CodeList::Currency => named(data.currencies, code),
        CodeList::MemberCode => {
            named(data.countries, code).or_else(|| data.union(code).map(|u| u.name.clone()))
        }
        _ => None,
    };
    found.unwrap_or_else(|| meaning(list, code).map_or_else(String::new, |m| m.render(texts.lang)))
}

/// The name paired with `code` in a table of (code, name).
fn named<C: AsRef<str>, N: AsRef<str>>(pairs: &[(C, N)], code: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(c, _)| c.as_ref() == code)
        .map(|(_, n)| n.as_ref().to_string())
}

/// The meaning of a code of the dictionary's small lists.
fn meaning(list: CodeList, code: &str) -> Option<Msg> {
    Some(match (list, code) {
        (CodeList::DocumentType, "notification") => msg::workbook_label_notification(),
        (CodeList::DocumentType, "timetable") => msg::workbook_label_timetable(),
        (CodeList::DocumentType, "progress-report") => msg::workbook_label_progress_report(),
        (CodeList::FrameworkEdition, _) => msg::workbook_label_framework_edition(),
        (CodeList::MemberType, "member") => msg::workbook_label_member(),
        (CodeList::MemberType, "customs-union") => msg::workbook_label_customs_union(),
        (CodeList::MemberType, "economic-union") => msg::workbook_label_economic_union(),
        (CodeList::Scope, "full") => msg::workbook_label_full(),
        (CodeList::Scope, "partial") => msg::workbook_label_partial(),
        (CodeList::DateKind, "indicative") => msg::workbook_label_indicative(),
        (CodeList::DateKind, "definitive") => msg::workbook_label_definitive(),
        (CodeList::Status, "not-started") => msg::workbook_label_not_started(),
        (CodeList::Status, "planned") => msg::workbook_label_planned(),
        (CodeList::Status, "in-progress") => msg::workbook_label_in_progress(),
        (CodeList::Status, "implemented") => msg::workbook_label_implemented(),
        (CodeList::Status, "not-applicable") => msg::workbook_label_not_applicable(),
        (CodeList::Stakeholder, "customs") => msg::workbook_label_customs(),
        (CodeList::Stakeholder, "other-agencies") => msg::workbook_label_other_agencies(),
        (CodeList::Stakeholder, "postal-operators") => msg::workbook_label_postal_operators(),
        (CodeList::Stakeholder, "express-carriers") => msg::workbook_label_express_carriers(),
        (CodeList::Stakeholder, "e-commerce-platforms") => {
            msg::workbook_label_e_commerce_platforms()
        }
        (CodeList::Stakeholder, "logistics-providers") => msg::workbook_label_logistics_providers(),
        (CodeList::Stakeholder, "payment-providers") => msg::workbook_label_payment_providers(),
        (CodeList::Stakeholder, "consumers") => msg::workbook_label_consumers(),
        (CodeList::Stakeholder, "other") => msg::workbook_label_other(),
        _ => return None,
    })
}
