//! The words of the dashboard that a code chooses (a status, a reason, a
//! region, a standard) and its numbers, in the dashboard's language. Each
//! is a message of the catalogue (`src/i18n/locales/*/summary.ftl`) with a
//! variant per code; `tests` below holds every code of the lists to a
//! variant of its own in every language.

use super::{StandardInfo, Summary};
use crate::i18n::{Lang, Msg, msg};

/// The name of a status of the code list `status`, or of
/// [`super::NO_STATUS`].
pub(super) fn status(status: &str, lang: Lang) -> String {
    msg::summary_status(status).render(lang)
}

/// The letters of a status in a heatmap cell.
pub(super) fn status_letters(status: &str, lang: Lang) -> String {
    msg::summary_status_letters(status).render(lang)
}

/// The title of a standard of the summary's edition, in `lang`; its
/// number alone when the edition has no such standard.
pub(super) fn standard_title(summary: &Summary, number: i64, lang: Lang) -> String {
    summary
        .standards
        .iter()
        .find(|s| s.number == number)
        .map_or_else(String::new, |s| title(s, lang))
}

/// The title of a standard, in `lang`.
pub(super) fn title(standard: &StandardInfo, lang: Lang) -> String {
    msg::summary_standard_title(standard.id.as_str()).render(lang)
}

/// A share (0 to 1) in percent, rounded to a whole number: `42%` in
/// English, `42 %` (a no-break space) in French and Spanish.
pub(super) fn percent(share: f64, lang: Lang) -> String {
    msg::summary_percent(format!("{:.0}", share * 100.0)).render(lang)
}

/// A number with two decimals: `2.35` in English, `2,35` in French and
/// Spanish.
pub(super) fn decimal(x: f64, lang: Lang) -> String {
    let text = format!("{x:.2}");
    let (units, hundredths) = text.split_once('.').unwrap_or((text.as_str(), "00"));
    msg::summary_decimal(units, hundredths).render(lang)
}

/// A message rendered in `lang`.
pub(super) fn text(m: Msg, lang: Lang) -> String {
    m.render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CodeList;
    use crate::model::refdata;
    use crate::summary::SkipReason;

    /// The text a message shows for a code it has no variant for.
    fn unnamed(code: &str) -> String {
        format!("`{code}`")
    }

    #[test]
    fn every_code_of_the_lists_has_a_variant_in_every_language() {
        let statuses = CodeList::Status
            .values()
            .iter()
            .map(String::as_str)
            .chain([super::super::NO_STATUS]);
        let mut cases: Vec<(String, Msg)> = Vec::new();
        for s in statuses {
            cases.push((s.into(), msg::summary_status(s)));
            cases.push((s.into(), msg::summary_status_letters(s)));
        }
        for k in CodeList::DateKind.values() {
            cases.push((k.clone(), msg::summary_date_kind_name(k.as_str())));
        }
        for r in SkipReason::ALL {
            cases.push((r.code().into(), msg::summary_reason_name(r.code())));
            cases.push((r.code().into(), msg::summarize_reason(r.code())));
        }
        let data = refdata::get();
        for edition in CodeList::FrameworkEdition.values() {
            for s in data.standards(edition).unwrap_or_default() {
                cases.push((s.id.clone(), msg::summary_standard_title(s.id.as_str())));
            }
        }
        for (code, _) in &data.regions {
            cases.push((code.clone(), msg::summary_region_name(code.as_str())));
        }
        assert!(cases.len() > 40);
        for (code, m) in &cases {
            for &lang in Lang::ALL {
                assert_ne!(m.render(lang), unnamed(code), "{:?} in {lang}", m.id());
            }
        }
    }

    #[test]
    fn the_english_names_of_standards_and_regions_are_the_reference_data() {
        let data = refdata::get();
        for edition in CodeList::FrameworkEdition.values() {
            for s in data.standards(edition).unwrap_or_default() {
                let m = msg::summary_standard_title(s.id.as_str());
                assert_eq!(m.english(), s.title, "{}", s.id);
            }
        }
        for (code, name) in &data.regions {
            assert_eq!(msg::summary_region_name(code.as_str()).english(), *name);
        }
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(percent(0.424, Lang::En), "42%");
        assert_eq!(percent(0.425, Lang::Fr), "42\u{a0}%");
        assert_eq!(percent(1.0, Lang::Es), "100\u{a0}%");
        assert_eq!(decimal(2.345, Lang::En), "2.35");
        assert_eq!(decimal(12.0, Lang::Fr), "12,00");
        assert_eq!(decimal(0.5, Lang::Es), "0,50");
    }
}
