//! Reference data: code lists, standards, regions, unions, countries,
//! currencies and languages, read from the CSV files in `schemas/reference/`.
//!
//! The files are embedded at build time, so the binary stands alone; a new
//! edition of the FoS or a new union is a change to those files, not to code.

use super::CodeList;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A standard of an edition's catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standard {
    /// Number within the edition (1–15 for 2018).
    pub number: i64,
    /// Stable identifier.
    pub id: String,
    /// Key area identifier.
    pub key_area: String,
    /// Title.
    pub title: String,
}

/// A Customs or Economic Union that may file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Union {
    /// Code (`EU`).
    pub code: String,
    /// `customs-union` or `economic-union`.
    pub member_type: String,
    /// Name.
    pub name: String,
}

/// All reference data, loaded once.
#[derive(Debug)]
pub struct RefData {
    lists: HashMap<CodeList, Vec<String>>,
    /// Each list's values sorted, for [`RefData::contains`], by the list's
    /// place in [`CodeList::ALL`].
    sorted: Vec<Vec<String>>,
    editions: Vec<(String, Vec<Standard>)>,
    /// ISO 3166-1 alpha-2 codes (and `XK`) with their names.
    pub countries: Vec<(String, String)>,
    /// Unions.
    pub unions: Vec<Union>,
    /// ISO 4217 codes with their names.
    pub currencies: Vec<(String, String)>,
    /// ISO 639-1 codes with their names.
    pub languages: Vec<(String, String)>,
    /// WCO regions with their names.
    pub regions: Vec<(String, String)>,
}

const CODE_LISTS: &str = include_str!("../../schemas/reference/code-lists.csv");
const COUNTRIES: &str = include_str!("../../schemas/reference/countries.csv");
const CURRENCIES: &str = include_str!("../../schemas/reference/currencies.csv");
const LANGUAGES: &str = include_str!("../../schemas/reference/languages.csv");
const REGIONS: &str = include_str!("../../schemas/reference/regions.csv");
const UNIONS: &str = include_str!("../../schemas/reference/unions.csv");
/// Each edition's catalogue: (edition, file content).
const EDITIONS: &[(&str, &str)] = &[(
    "2018",
    include_str!("../../schemas/reference/standards-2018.csv"),
)];

/// The records of an embedded CSV file, header skipped. The files are
/// plain RFC 4180 (quotes only around fields holding a comma or a quote), so
/// they are split here rather than by a `csv::Reader`, whose set-up alone
/// costs more than reading all of them; a test holds the two together.
fn rows(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut header = true;
    while !rest.is_empty() {
        let mut row = Vec::new();
        loop {
            let field;
            if let Some(quoted) = rest.strip_prefix('"') {
                let mut value = String::new();
                let mut tail = quoted;
                loop {
                    let end = tail
                        .find('"')
                        .expect("embedded reference data is valid CSV");
                    value.push_str(&tail[..end]);
                    tail = &tail[end + 1..];
                    match tail.strip_prefix('"') {
                        Some(more) => {
                            value.push('"');
                            tail = more;
                        }
                        None => break,
                    }
                }
                field = value;
                rest = tail;
            } else {
                let end = rest.find([',', '\n', '\r']).unwrap_or(rest.len());
                field = rest[..end].to_owned();
                rest = &rest[end..];
            }
            row.push(field);
            match rest.as_bytes().first() {
                Some(b',') => rest = &rest[1..],
                _ => break,
            }
        }
        rest = rest.strip_prefix('\r').unwrap_or(rest);
        rest = rest.strip_prefix('\n').unwrap_or(rest);
        if !std::mem::take(&mut header) {
            out.push(row);
        }
    }
    out
}

fn pairs(text: &str) -> Vec<(String, String)> {
    rows(text)
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect()
}

impl RefData {
    fn load() -> RefData {
        let mut lists: HashMap<CodeList, Vec<String>> = HashMap::new();
        for row in rows(CODE_LISTS) {
            let list = CodeList::ALL
                .iter()
                .copied()
                .find(|l| l.name() == row[0])
                .expect("code-lists.csv names a known list");
            lists.entry(list).or_default().push(row[1].clone());
        }
        let countries = pairs(COUNTRIES);
        let currencies = pairs(CURRENCIES);
        let languages = pairs(LANGUAGES);
        let regions = pairs(REGIONS);
        let unions: Vec<Union> = rows(UNIONS)
            .into_iter()
            .map(|r| Union {
                code: r[0].clone(),
                member_type: r[1].clone(),
                name: r[2].clone(),
            })
            .collect();
        let editions: Vec<(String, Vec<Standard>)> = EDITIONS
            .iter()
            .map(|(edition, text)| {
                let standards = rows(text)
                    .into_iter()
                    .map(|r| Standard {
                        number: r[0].parse().expect("standard numbers are integers"),
                        id: r[1].clone(),
                        key_area: r[2].clone(),
                        title: r[3].clone(),
                    })
                    .collect();
                (edition.to_string(), standards)
            })
            .collect();
        let codes = |v: &[(String, String)]| v.iter().map(|(c, _)| c.clone()).collect();
        lists.insert(CodeList::Region, codes(&regions));
        lists.insert(CodeList::Language, codes(&languages));
        lists.insert(CodeList::Currency, codes(&currencies));
        lists.insert(
            CodeList::FrameworkEdition,
            editions.iter().map(|(e, _)| e.clone()).collect(),
        );
        let mut member_codes: Vec<String> = codes(&countries);
        member_codes.extend(unions.iter().map(|u| u.code.clone()));
        lists.insert(CodeList::MemberCode, member_codes);
        let sorted = CodeList::ALL
            .iter()
            .map(|l| {
                let mut values = lists.get(l).cloned().unwrap_or_default();
                values.sort_unstable();
                values
            })
            .collect();
        RefData {
            lists,
            sorted,
            editions,
            countries,
            unions,
            currencies,
            languages,
            regions,
        }
    }

    /// The values of a code list.
    pub fn code_list(&self, list: CodeList) -> &[String] {
        self.lists.get(&list).map_or(&[], Vec::as_slice)
    }

    /// Whether `value` is in a code list (a binary search: the lists of
    /// countries, currencies and languages have hundreds of values).
    pub fn contains(&self, list: CodeList, value: &str) -> bool {
        self.sorted[list as usize]
            .binary_search_by(|v| v.as_str().cmp(value))
            .is_ok()
    }

    /// The standards of an edition, if the edition is known.
    pub fn standards(&self, edition: &str) -> Option<&[Standard]> {
        self.editions
            .iter()
            .find(|(e, _)| e == edition)
            .map(|(_, s)| s.as_slice())
    }

    /// The union with this code.
    pub fn union(&self, code: &str) -> Option<&Union> {
        self.unions.iter().find(|u| u.code == code)
    }

    /// Whether `code` is an ISO 3166-1 alpha-2 code (or `XK`).
    pub fn is_country(&self, code: &str) -> bool {
        self.countries.iter().any(|(c, _)| c == code)
    }

    /// The member code whose name is `name` (case-insensitive), for "did you mean".
    pub fn member_code_by_name(&self, name: &str) -> Option<&str> {
        let name = name.trim();
        self.countries
            .iter()
            .map(|(c, n)| (c.as_str(), n.as_str()))
            .chain(
                self.unions
                    .iter()
                    .map(|u| (u.code.as_str(), u.name.as_str())),
            )
            .find(|(_, n)| n.eq_ignore_ascii_case(name))
            .map(|(c, _)| c)
    }
}

/// The reference data, loaded on first use.
pub fn get() -> &'static RefData {
    static DATA: OnceLock<RefData> = OnceLock::new();
    DATA.get_or_init(RefData::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded files split as the `csv` crate reads them.
    #[test]
    fn rows_are_what_a_csv_reader_reads() {
        let files = [
            CODE_LISTS, COUNTRIES, CURRENCIES, LANGUAGES, REGIONS, UNIONS,
        ]
        .into_iter()
        .chain(EDITIONS.iter().map(|(_, t)| *t))
        .chain([include_str!("../../schemas/reference/key-areas.csv")]);
        for text in files {
            let by_crate: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
                .records()
                .map(|r| r.unwrap().iter().map(str::to_owned).collect())
                .collect();
            assert_eq!(rows(text), by_crate);
        }
        let tricky = "a,b\n\"x, \"\"y\"\"\",\r\n,\"\"\n";
        assert_eq!(rows(tricky), [vec!["x, \"y\"", ""], vec!["", ""]]);
    }

    #[test]
    fn reference_data_loads() {
        let d = get();
        assert_eq!(d.standards("2018").unwrap().len(), 15);
        assert!(CodeList::Status.contains("in-progress"));
        assert!(CodeList::MemberCode.contains("KE"));
        assert!(CodeList::MemberCode.contains("XK"));
        assert!(CodeList::MemberCode.contains("EU"));
        assert!(CodeList::Currency.contains("XOF"));
        assert!(CodeList::Language.contains("fr"));
        assert_eq!(CodeList::Region.values().len(), 6);
        for &list in CodeList::ALL {
            assert_eq!(CodeList::ALL[list as usize], list);
            for v in list.values() {
                assert!(d.contains(list, v));
                assert!(
                    !d.contains(list, &format!("{v}x")) || list.values().contains(&format!("{v}x"))
                );
            }
        }
        assert!(!d.contains(CodeList::MemberCode, "ke"));
        assert_eq!(d.member_code_by_name("kenya"), Some("KE"));
        assert_eq!(d.member_code_by_name("European Union"), Some("EU"));
    }
}
