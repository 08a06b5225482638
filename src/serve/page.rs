//! The officers' page: one HTML file, its style sheet and its script, all
//! in the binary; the page loads nothing from elsewhere.
//!
//! Its texts are messages of the catalogue (`src/i18n/locales/*/page.ftl`).
//! The service writes into the page the options of its language switch
//! (one per language of [`Lang::ALL`], each named in itself) and every
//! language's texts, as JSON; the script shows the texts of the language
//! chosen. A new language is thus a new catalogue, not a change to the
//! script. A text that shows values has `{name}` where the script puts
//! each; a text whose form a number chooses is given in one form per plural
//! category of the language (`one`, `other`, ...), which the script picks
//! with the browser's `Intl.PluralRules`.

use crate::i18n::{Lang, Msg, msg};
use crate::summary::html::escape;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde_json::{Map, Value};
use std::sync::OnceLock;

const INDEX: &str = include_str!("page/index.html");
const CSS: &str = include_str!("page/page.css");
const JS: &str = include_str!("page/page.js");

/// The security headers of the page: nothing but this origin.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
                   connect-src 'self'; img-src 'self' data:; form-action 'none'; \
                   base-uri 'none'; frame-ancestors 'none'";

/// Where `index.html` takes the options of the language switch.
const LANGUAGES: &str = "<!--languages-->";
/// Where `index.html` takes its description (in English; the script puts
/// the page's language's).
const DESCRIPTION: &str = "<!--description-->";
/// Where `index.html` takes every language's texts (inside a
/// `<script type="application/json">`, which is data, never run).
const TEXTS: &str = "<!--texts-->";

/// A text of the page.
enum Text {
    /// A message; its values are `{name}`.
    Plain(Msg),
    /// A message whose form a number chooses: made for a number, `{count}`
    /// where the number is shown.
    Counted(fn(i64) -> Msg),
    /// A message with a variant per value of a code list: made for each
    /// value, the script choosing by `{choice}`.
    Chosen(&'static [&'static str], fn(&str) -> Msg),
}

/// The document types, as the page and `/v1/template` name them.
const DOC_TYPES: &[&str] = &["notification", "timetable", "progress-report"];

/// Every text of the page. The script knows each by its id without
/// `page-` (`page-title` is `title`).
fn texts() -> Vec<Text> {
    use Text::{Chosen, Counted, Plain};
    vec![
        Plain(msg::page_document_title()),
        Plain(msg::page_title()),
        Plain(msg::page_language()),
        Plain(msg::page_pick()),
        Plain(msg::page_intro()),
        Plain(msg::page_choose()),
        Plain(msg::page_or_drop()),
        Plain(msg::page_templates()),
        Plain(msg::page_doc_type()),
        Plain(msg::page_to_fill()),
        Plain(msg::page_example()),
        Plain(msg::page_footer()),
        Plain(msg::page_api()),
        Plain(msg::page_notification()),
        Plain(msg::page_timetable()),
        Plain(msg::page_progress_report()),
        Counted(|n| msg::page_checking(n, "{count}")),
        Counted(|n| msg::page_checked(n, "{count}")),
        Plain(msg::page_failed("{reason}")),
        Plain(msg::page_valid()),
        Plain(msg::page_invalid()),
        Counted(|n| msg::page_errors(n, "{count}")),
        Counted(|n| msg::page_warnings(n, "{count}")),
        Plain(msg::page_counts("{errors}", "{warnings}")),
        Plain(msg::page_code()),
        Plain(msg::page_severity()),
        Plain(msg::page_place()),
        Plain(msg::page_message()),
        Plain(msg::page_help()),
        Plain(msg::page_error()),
        Plain(msg::page_warning()),
        Plain(msg::page_explain("{code}")),
        Plain(msg::page_line("{line}", "{column}")),
        Plain(msg::page_cell("{row}", "{column}", "{field}")),
        Plain(msg::page_row("{row}")),
        Plain(msg::page_source()),
        Counted(|n| msg::page_truncated(n, "{count}")),
        Plain(msg::page_description()),
        Plain(msg::page_skip()),
        Chosen(DOC_TYPES, |t| msg::page_template_link(t, "{format}")),
        Chosen(DOC_TYPES, |t| msg::page_example_link(t, "{format}")),
        Plain(msg::page_announce("{name}", "{verdict}", "{counts}")),
        Plain(msg::page_not_checked("{name}")),
        Counted(|n| msg::page_problems(n, "{count}")),
        Plain(msg::page_group("{name}", "{problems}")),
        Plain(msg::page_column("{column}", "{field}")),
        Plain(msg::page_elsewhere()),
        Plain(msg::page_filter()),
        Plain(msg::page_all_severities()),
        Plain(msg::page_only_errors()),
        Plain(msg::page_only_warnings()),
        Plain(msg::page_all_codes()),
        Plain(msg::page_row_header()),
        Plain(msg::page_view("{name}")),
        Plain(msg::page_download_report()),
        Plain(msg::page_download_as("{format}")),
    ]
}

/// A number of each plural category of `lang`, as Fluent's rules (those
/// of `intl_pluralrules`, which fluent-bundle chooses by) put numbers in
/// categories: `[("one", 1), ("other", 0)]` for English.
fn categories(lang: Lang) -> Vec<(&'static str, i64)> {
    let rules = lang
        .code()
        .parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
    let Some(rules) = rules else {
        return vec![("other", 0)];
    };
    let mut found: Vec<(&'static str, i64)> = Vec::new();
    for n in (0..=1000).chain([1_000_000]) {
        let name = match rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            Ok(PluralCategory::OTHER) | Err(_) => "other",
        };
        if !found.iter().any(|(c, _)| *c == name) {
            found.push((name, n));
        }
    }
    found
}

/// The texts of one language, by key.
fn texts_in(lang: Lang) -> Map<String, Value> {
    let categories = categories(lang);
    let mut out = Map::new();
    for text in texts() {
        let (id, value) = match text {
            Text::Plain(m) => (m.id(), Value::String(m.render(lang))),
            Text::Counted(make) => {
                let forms: Map<String, Value> = categories
                    .iter()
                    .map(|(c, n)| (c.to_string(), Value::String(make(*n).render(lang))))
                    .collect();
                (make(0).id(), Value::Object(forms))
            }
            Text::Chosen(choices, make) => {
                let forms: Map<String, Value> = choices
                    .iter()
                    .map(|c| (c.to_string(), Value::String(make(c).render(lang))))
                    .collect();
                (make(choices[0]).id(), Value::Object(forms))
            }
        };
        let key = id
            .strip_prefix("page-")
            .expect("the page's texts are page-… messages of the catalogue");
        out.insert(key.to_owned(), value);
    }
    out
}

/// The page: `index.html` with the language switch and the texts, made on
/// first use.
fn index_html() -> &'static str {
    static PAGE: OnceLock<String> = OnceLock::new();
    PAGE.get_or_init(|| {
        let options: Vec<String> = Lang::ALL
            .iter()
            .map(|l| {
                format!(
                    "<option value=\"{0}\" lang=\"{0}\">{1}</option>",
                    l.code(),
                    escape(l.native_name())
                )
            })
            .collect();
        let all: Map<String, Value> = Lang::ALL
            .iter()
            .map(|l| (l.code().to_owned(), Value::Object(texts_in(*l))))
            .collect();
        // `<` only ever appears inside a JSON string, where `\u003c` is the
        // same character: the data cannot close its script element.
        let json = serde_json::to_string(&all)
            .expect("texts serialise")
            .replace('<', "\\u003c");
        // The English texts in place, so that the page does not move when
        // the script puts its language's.
        let mut html = INDEX.to_owned();
        let english = texts_in(Lang::En);
        for (key, text) in &english {
            if let Value::String(text) = text {
                let empty = format!("data-t=\"{key}\"></");
                html = html.replace(&empty, &format!("data-t=\"{key}\">{}</", escape(text)));
            }
        }
        html.replace(LANGUAGES, &options.join("\n      "))
            .replace(TEXTS, &json)
            .replace(
                DESCRIPTION,
                &escape(&msg::page_description().render(Lang::En)),
            )
    })
}

pub(crate) async fn index() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CSP),
        ],
        index_html(),
    )
        .into_response()
}

pub(crate) async fn css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response()
}

pub(crate) async fn js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        JS,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_text_and_a_form_per_plural_category() {
        let page = index_html();
        let start = page.find("id=\"texts\">").expect("the texts") + "id=\"texts\">".len();
        let end = start + page[start..].find("</script>").expect("their end");
        let all: Value = serde_json::from_str(&page[start..end]).expect("JSON");
        let en = all["en"].as_object().unwrap();
        assert_eq!(en.len(), texts().len());
        assert_eq!(en["title"], "Check a submission");
        assert_eq!(en["checked"]["one"], "{count} file checked.");
        assert_eq!(en["checked"]["other"], "{count} files checked.");
        assert_eq!(all["fr"]["checked"]["one"], "{count} fichier vérifié.");
        assert_eq!(all["es"]["errors"]["other"], "{count} errores");
        assert_eq!(all["fr"]["cell"], "ligne {row}, colonne {column} ({field})");
        for l in Lang::ALL {
            let texts = all[l.code()].as_object().unwrap();
            assert_eq!(
                texts.keys().collect::<Vec<_>>(),
                en.keys().collect::<Vec<_>>()
            );
            assert!(page.contains(&format!(
                "<option value=\"{0}\" lang=\"{0}\">{1}</option>",
                l.code(),
                l.native_name()
            )));
        }
        assert!(!page.contains(LANGUAGES) && !page.contains(TEXTS));
        assert!(!page.contains(DESCRIPTION));
        assert!(page.contains("<h1 data-t=\"title\">Check a submission</h1>"));
        assert!(
            !page.contains("data-t=\"choose\"></"),
            "every text in place"
        );
        assert!(page.contains("<meta name=\"description\" content=\"Check WCO e-commerce"));
        // A variant of its own for every document type, in every language.
        for l in Lang::ALL {
            for key in ["template-link", "example-link"] {
                let forms = all[l.code()][key].as_object().unwrap();
                let mut keys: Vec<&str> = forms.keys().map(String::as_str).collect();
                keys.sort_unstable();
                let mut types = DOC_TYPES.to_vec();
                types.sort_unstable();
                assert_eq!(keys, types);
                let texts: std::collections::BTreeSet<&str> =
                    forms.values().map(|v| v.as_str().unwrap()).collect();
                assert_eq!(texts.len(), DOC_TYPES.len(), "{l} {key}: {forms:?}");
                assert!(texts.iter().all(|t| t.contains("{format}")));
            }
        }
        assert_eq!(
            all["fr"]["template-link"]["timetable"],
            "Télécharger le modèle de calendrier en {format}"
        );
    }

    #[test]
    fn plural_categories_are_fluents() {
        assert_eq!(categories(Lang::En), [("other", 0), ("one", 1)]);
        // French puts 0 with 1.
        assert_eq!(categories(Lang::Fr)[0], ("one", 0));
        assert!(categories(Lang::Es).contains(&("one", 1)));
    }
}
