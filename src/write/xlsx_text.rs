//! The words of a written workbook, in English and French: sheet names,
//! column descriptions, code labels and the "Read me" sheet.

use crate::i18n::Lang;
use crate::model::Column;
use crate::model::{CodeList, DocType, Ty, refdata};

/// The texts of one language.
pub(super) struct Words {
    lang: Lang,
    pub data_sheet: &'static str,
    pub codes_sheet: &'static str,
    pub read_me_sheet: &'static str,
    pub lists_sheet: &'static str,
    pub codes_header: [&'static str; 3],
    pub not_a_code_title: &'static str,
}

const EN: Words = Words {
    lang: Lang::En,
    data_sheet: "Submission",
    codes_sheet: "Codes",
    read_me_sheet: "Read me",
    lists_sheet: "Lists",
    codes_header: ["list", "code", "label"],
    not_a_code_title: "Not a code of the list",
};

const FR: Words = Words {
    lang: Lang::Fr,
    data_sheet: "Soumission",
    codes_sheet: "Codes",
    read_me_sheet: "Lisez-moi",
    lists_sheet: "Listes",
    codes_header: ["liste", "code", "libellé"],
    not_a_code_title: "Code absent de la liste",
};

impl Words {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> &'static Words {
        match lang {
            Lang::En | Lang::Es => &EN,
            Lang::Fr => &FR,
        }
    }

    fn fr(&self) -> bool {
        self.lang == Lang::Fr
    }

    /// The error message of a drop-down list.
    pub fn not_a_code(&self, list: &str) -> String {
        if self.fr() {
            format!(
                "Choisissez un code de la liste {list} (feuille {}).",
                self.codes_sheet
            )
        } else {
            format!(
                "Choose a code of the {list} list (sheet {}).",
                self.codes_sheet
            )
        }
    }

    /// What a column takes: required or not, and its type.
    pub fn describe(&self, col: &Column) -> String {
        let fr = self.fr();
        let need = match (col.required, fr) {
            (true, false) => "Required",
            (false, false) => "Optional (leave empty when absent)",
            (true, true) => "Obligatoire",
            (false, true) => "Facultatif (laisser vide si absent)",
        };
        format!("{need}. {}", self.what(col.ty))
    }

    fn what(&self, ty: &Ty) -> String {
        let fr = self.fr();
        let range = |min: &Option<i64>, max: &Option<i64>| match (min, max, fr) {
            (Some(a), Some(b), false) => format!(" from {a} to {b}"),
            (Some(a), Some(b), true) => format!(" de {a} à {b}"),
            (Some(a), None, false) => format!(", {a} or more"),
            (Some(a), None, true) => format!(", {a} ou plus"),
            _ => String::new(),
        };
        match (ty, fr) {
            (Ty::SchemaVersion, _) => "1.0".into(),
            (Ty::Text, false) => "Text, at most 200 characters.".into(),
            (Ty::Text, true) => "Texte, 200 caractères au plus.".into(),
            (Ty::LongText, false) => "Text, at most 4000 characters.".into(),
            (Ty::LongText, true) => "Texte, 4000 caractères au plus.".into(),
            (Ty::Token, false) => "An identifier: letters, digits, . _ -".into(),
            (Ty::Token, true) => "Un identifiant : lettres, chiffres, . _ -".into(),
            (Ty::Date, false) => "A date written YYYY-MM-DD, e.g. 2026-03-31.".into(),
            (Ty::Date, true) => "Une date écrite AAAA-MM-JJ, p. ex. 2026-03-31.".into(),
            (Ty::Email, false) => "An e-mail address.".into(),
            (Ty::Email, true) => "Une adresse électronique.".into(),
            (Ty::Phone, false) => "A telephone number, e.g. +254 20 1234567.".into(),
            (Ty::Phone, true) => "Un numéro de téléphone, p. ex. +254 20 1234567.".into(),
            (Ty::Integer { min, max }, false) => format!("A whole number{}.", range(min, max)),
            (Ty::Integer { min, max }, true) => format!("Un nombre entier{}.", range(min, max)),
            (Ty::Decimal { min, max }, false) => {
                format!("A number with a point for decimals{}.", range(min, max))
            }
            (Ty::Decimal { min, max }, true) => {
                format!(
                    "Un nombre, avec un point pour les décimales{}.",
                    range(min, max)
                )
            }
            (Ty::Boolean, _) => "true / false".into(),
            (Ty::Code(list), false) => format!(
                "A code of the {} list: pick it from the list (sheet {}).",
                list.name(),
                self.codes_sheet
            ),
            (Ty::Code(list), true) => format!(
                "Un code de la liste {} : choisissez-le dans la liste (feuille {}).",
                list.name(),
                self.codes_sheet
            ),
            (Ty::List { item, .. }, false) => {
                format!(
                    "One or more values separated by ; each: {}",
                    self.what(item)
                )
            }
            (Ty::List { item, .. }, true) => {
                format!(
                    "Une ou plusieurs valeurs séparées par ; chacune : {}",
                    self.what(item)
                )
            }
            (Ty::Object(_), _) => String::new(),
        }
    }

    /// The lines of the "Read me" sheet.
    pub fn read_me(&self, doc_type: DocType) -> Vec<String> {
        let t = doc_type.code();
        let (data, codes) = (self.data_sheet, self.codes_sheet);
        if self.fr() {
            vec![
                format!("Soumission fosx : {t} (spécification 1.0 du Cadre de normes de l'OMD sur le commerce électronique)"),
                format!("Remplissez la feuille {data} : une ligne par entrée ; les champs du document sont répétés sur chaque ligne."),
                "Les lignes qui partagent un documentId forment un document.".into(),
                "Toutes les colonnes sont au format Texte : gardez-les ainsi, pour que 1.0, les dates, les zéros de tête et les longs nombres restent tels qu'écrits.".into(),
                "Écrivez les dates AAAA-MM-JJ, les décimales avec un point, les booléens true ou false, plusieurs codes séparés par ;".into(),
                "Le message de chaque colonne dit ce qu'elle attend ; les colonnes de codes ont une liste déroulante.".into(),
                format!("La feuille {codes} donne chaque liste de codes et ses libellés."),
                "Enregistrez au format .xlsx (ou « CSV UTF-8 »), puis vérifiez : fosx validate FICHIER.xlsx".into(),
                "Si le tableur a changé des valeurs : fosx fix FICHIER.xlsx".into(),
            ]
        } else {
            vec![
                format!("fosx submission: {t} (specification 1.0 of the WCO E-Commerce Framework of Standards)"),
                format!("Fill in the {data} sheet: one row per entry; the document's fields are repeated on every row."),
                "Rows that share a documentId form one document.".into(),
                "Every column is formatted as Text: keep it so, so that 1.0, dates, leading zeros and long numbers stay as written.".into(),
                "Write dates YYYY-MM-DD, decimals with a point, booleans true or false, several codes separated by ;".into(),
                "Each column's message says what it takes; columns of codes have a drop-down list.".into(),
                format!("The {codes} sheet gives every code list and its labels."),
                "Save as .xlsx (or \"CSV UTF-8\"), then check it: fosx validate FILE.xlsx".into(),
                "When the spreadsheet changed values: fosx fix FILE.xlsx".into(),
            ]
        }
    }
}

/// The label of a code: the reference data's name where there is one, else
/// the meaning of the code in the language of `words`.
pub(super) fn label(list: CodeList, code: &str, words: &Words) -> String {
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
    found.unwrap_or_else(|| meaning(list, code, words.fr()).to_string())
}

/// The name paired with `code` in a table of (code, name).
fn named<C: AsRef<str>, N: AsRef<str>>(pairs: &[(C, N)], code: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(c, _)| c.as_ref() == code)
        .map(|(_, n)| n.as_ref().to_string())
}

/// The meaning of a code of the dictionary's small lists.
fn meaning(list: CodeList, code: &str, fr: bool) -> &'static str {
    let pick = |en: &'static str, f: &'static str| if fr { f } else { en };
    match (list, code) {
        (CodeList::DocumentType, "notification") => pick(
            "Notification of intention to implement",
            "Notification de l'intention de mise en œuvre",
        ),
        (CodeList::DocumentType, "timetable") => pick(
            "Indicative implementation timetable",
            "Calendrier indicatif de mise en œuvre",
        ),
        (CodeList::DocumentType, "progress-report") => pick(
            "Periodic progress report",
            "Rapport d'avancement périodique",
        ),
        (CodeList::FrameworkEdition, _) => pick(
            "Edition of the Framework of Standards",
            "Édition du Cadre de normes",
        ),
        (CodeList::MemberType, "member") => pick("WCO Member", "Membre de l'OMD"),
        (CodeList::MemberType, "customs-union") => pick("Customs union", "Union douanière"),
        (CodeList::MemberType, "economic-union") => pick("Economic union", "Union économique"),
        (CodeList::Scope, "full") => pick("All standards", "Toutes les normes"),
        (CodeList::Scope, "partial") => pick("Some standards", "Une partie des normes"),
        (CodeList::DateKind, "indicative") => pick("Indicative dates", "Dates indicatives"),
        (CodeList::DateKind, "definitive") => pick("Definitive dates", "Dates définitives"),
        (CodeList::Status, "not-started") => pick("Not started", "Pas commencé"),
        (CodeList::Status, "planned") => pick("Planned", "Prévu"),
        (CodeList::Status, "in-progress") => pick("In progress", "En cours"),
        (CodeList::Status, "implemented") => pick("Implemented", "Mis en œuvre"),
        (CodeList::Status, "not-applicable") => pick("Not applicable", "Sans objet"),
        (CodeList::Stakeholder, "customs") => pick("Customs", "Douane"),
        (CodeList::Stakeholder, "other-agencies") => {
            pick("Other government agencies", "Autres administrations")
        }
        (CodeList::Stakeholder, "postal-operators") => {
            pick("Postal operators", "Opérateurs postaux")
        }
        (CodeList::Stakeholder, "express-carriers") => {
            pick("Express carriers", "Transporteurs express")
        }
        (CodeList::Stakeholder, "e-commerce-platforms") => pick(
            "E-commerce platforms",
            "Plateformes de commerce électronique",
        ),
        (CodeList::Stakeholder, "logistics-providers") => {
            pick("Logistics providers", "Prestataires logistiques")
        }
        (CodeList::Stakeholder, "payment-providers") => {
            pick("Payment providers", "Prestataires de paiement")
        }
        (CodeList::Stakeholder, "consumers") => pick("Consumers", "Consommateurs"),
        (CodeList::Stakeholder, "other") => pick("Other", "Autres"),
        _ => "",
    }
}
