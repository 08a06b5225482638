//! Reference data: code lists, standards, regions, unions, countries,
//! currencies and languages, read from the CSV files in `schemas/reference/`.
//!
//! The files are embedded at build time, so the binary stands alone; a new
//! edition of the FoS or a new union is a change to those files, not to code.

use super::CodeList;
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
///
/// Codes and names borrow the embedded files' text: loading allocates a
/// few vectors, not a string per value, so that a process checking one
/// file pays next to nothing for it.
#[derive(Debug)]
pub struct RefData {
    /// Each list's values in file order, by the list's place in
    /// [`CodeList::ALL`].
    lists: Vec<Vec<&'static str>>,
    /// The same values sorted, for [`RefData::contains`].
    sorted: Vec<Vec<&'static str>>,
    /// The same values as owned strings, made on first use of
    /// [`RefData::code_list`] (schemas and templates, not checks).
    owned: OnceLock<Vec<Vec<String>>>,
    editions: Vec<(String, Vec<Standard>)>,
    /// ISO 3166-1 alpha-2 codes (and `XK`) with their names.
    pub countries: Vec<(&'static str, &'static str)>,
    /// Unions.
    pub unions: Vec<Union>,
    /// ISO 4217 codes with their names.
    pub currencies: Vec<(&'static str, &'static str)>,
    /// ISO 639-1 codes with their names.
    pub languages: Vec<(&'static str, &'static str)>,
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

/// The records of an embedded CSV file, header skipped, as its fields one
/// after another (see [`Rows::iter`]). The files are plain RFC 4180 (quotes
/// only around fields holding a comma or a quote), so they are split here
/// rather than by a `csv::Reader`, whose set-up alone costs more than
/// reading all of them; a test holds the two together. A field is a slice
/// of the text; only one holding a doubled quote is unescaped, into a
/// string kept for the life of the process (the embedded files have none).
struct Rows {
    /// Fields per record (the header's).
    width: usize,
    cells: Vec<&'static str>,
}

impl Rows {
    fn iter(&self) -> std::slice::ChunksExact<'_, &'static str> {
        self.cells.chunks_exact(self.width)
    }
}

fn rows(text: &'static str) -> Rows {
    let mut cells = Vec::new();
    let mut width = 0;
    let mut rest = text;
    let mut header = true;
    while !rest.is_empty() {
        loop {
            let field;
            (field, rest) = match rest.strip_prefix('"') {
                Some(quoted) => quoted_field(quoted),
                None => {
                    let end =
                        memchr::memchr3(b',', b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len());
                    (&rest[..end], &rest[end..])
                }
            };
            if header {
                width += 1;
            } else {
                cells.push(field);
            }
            match rest.as_bytes().first() {
                Some(b',') => rest = &rest[1..],
                _ => break,
            }
        }
        rest = rest.strip_prefix('\r').unwrap_or(rest);
        rest = rest.strip_prefix('\n').unwrap_or(rest);
        header = false;
    }
    Rows {
        width: width.max(1),
        cells,
    }
}

/// A quoted field (after its opening quote) and the text after it.
fn quoted_field(quoted: &'static str) -> (&'static str, &'static str) {
    let end = quoted
        .find('"')
        .expect("embedded reference data is valid CSV");
    if !quoted[end + 1..].starts_with('"') {
        return (&quoted[..end], &quoted[end + 1..]);
    }
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
    (Box::leak(value.into_boxed_str()), tail)
}

fn pairs(text: &'static str) -> Vec<(&'static str, &'static str)> {
    rows(text).iter().map(|r| (r[0], r[1])).collect()
}

impl RefData {
    fn load() -> RefData {
        let mut lists: Vec<Vec<&'static str>> = vec![Vec::new(); CodeList::ALL.len()];
        for row in rows(CODE_LISTS).iter() {
            let list = CodeList::ALL
                .iter()
                .copied()
                .find(|l| l.name() == row[0])
                .expect("code-lists.csv names a known list");
            lists[list as usize].push(row[1]);
        }
        let countries = pairs(COUNTRIES);
        let currencies = pairs(CURRENCIES);
        let languages = pairs(LANGUAGES);
        let regions = pairs(REGIONS);
        let unions: Vec<Union> = rows(UNIONS)
            .iter()
            .map(|r| Union {
                code: r[0].to_owned(),
                member_type: r[1].to_owned(),
                name: r[2].to_owned(),
            })
            .collect();
        let editions: Vec<(String, Vec<Standard>)> = EDITIONS
            .iter()
            .map(|(edition, text)| {
                let standards = rows(text)
                    .iter()
                    .map(|r| Standard {
                        number: r[0].parse().expect("standard numbers are integers"),
                        id: r[1].to_owned(),
                        key_area: r[2].to_owned(),
                        title: r[3].to_owned(),
                    })
                    .collect();
                (edition.to_string(), standards)
            })
            .collect();
        let codes = |v: &[(&'static str, &'static str)]| v.iter().map(|(c, _)| *c).collect();
        lists[CodeList::Region as usize] = codes(&regions);
        lists[CodeList::Language as usize] = codes(&languages);
        lists[CodeList::Currency as usize] = codes(&currencies);
        lists[CodeList::FrameworkEdition as usize] = EDITIONS.iter().map(|(e, _)| *e).collect();
        let mut member_codes: Vec<&'static str> = codes(&countries);
        member_codes.extend(rows(UNIONS).iter().map(|r| r[0]));
        lists[CodeList::MemberCode as usize] = member_codes;
        let sorted = lists
            .iter()
            .map(|values| {
                let mut values = values.clone();
                values.sort_unstable();
                values
            })
            .collect();
        RefData {
            lists,
            sorted,
            owned: OnceLock::new(),
            editions,
            countries,
            unions,
            currencies,
            languages,
            regions: regions
                .iter()
                .map(|&(c, n)| (c.to_owned(), n.to_owned()))
                .collect(),
        }
    }

    /// The values of a code list.
    pub fn code_list(&self, list: CodeList) -> &[String] {
        let owned = self.owned.get_or_init(|| {
            self.lists
                .iter()
                .map(|values| values.iter().map(|v| (*v).to_owned()).collect())
                .collect()
        });
        &owned[list as usize]
    }

    /// Whether `value` is in a code list (a binary search: the lists of
    /// countries, currencies and languages have hundreds of values).
    pub fn contains(&self, list: CodeList, value: &str) -> bool {
        self.sorted[list as usize].binary_search(&value).is_ok()
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
        self.countries.iter().any(|(c, _)| *c == code)
    }

    /// The member code whose name is `name` (case-insensitive), for "did you mean".
    pub fn member_code_by_name(&self, name: &str) -> Option<&str> {
        let name = name.trim();
        self.countries
            .iter()
            .copied()
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
            let ours: Vec<Vec<String>> = rows(text)
                .iter()
                .map(|r| r.iter().map(|f| (*f).to_owned()).collect())
                .collect();
            assert_eq!(ours, by_crate);
        }
        let tricky = "a,b\n\"x, \"\"y\"\"\",\r\n,\"\"\n\"p,q\",r\n";
        let tricky = rows(tricky);
        let split: Vec<&[&str]> = tricky.iter().collect();
        assert_eq!(
            split,
            [&["x, \"y\"", ""][..], &["", ""][..], &["p,q", "r"][..]]
        );
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
