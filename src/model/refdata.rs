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
/// The tables are made from the CSV files when the crate is built
/// (`build.rs`), each list also sorted: loading copies a few slices and
/// makes the owned strings of the small tables, so that a process checking
/// one file pays next to nothing for it.
#[derive(Debug)]
pub struct RefData {
    /// Each list's values in file order, by the list's place in
    /// [`CodeList::ALL`].
    lists: Vec<&'static [&'static str]>,
    /// The same values in a set, for [`RefData::contains`] (lists longer
    /// than [`LOOKED_THROUGH`]).
    sets: Vec<ahash::AHashSet<&'static str>>,
    /// The same values as owned strings, made on first use of
    /// [`RefData::code_list`] (schemas and templates, not checks).
    owned: OnceLock<Vec<Vec<String>>>,
    editions: Vec<(String, Vec<Standard>)>,
    /// ISO 3166-1 alpha-2 codes (and `XK`) with their names.
    pub countries: &'static [(&'static str, &'static str)],
    /// Unions.
    pub unions: Vec<Union>,
    /// ISO 4217 codes with their names.
    pub currencies: &'static [(&'static str, &'static str)],
    /// ISO 639-1 codes with their names.
    pub languages: &'static [(&'static str, &'static str)],
    /// WCO regions with their names.
    pub regions: Vec<(String, String)>,
}

// COUNTRIES, CURRENCIES, LANGUAGES, REGIONS (code, name), their codes in
// file order (*_CODES, but for the countries), COUNTRIES_SORTED; UNIONS (code, member type, name); MEMBER_CODES (the
// countries' then the unions'); CODE_LISTS (list, codes in file order); EDITIONS (edition, standards as
// number, id, key area, title) and EDITION_CODES.
include!(concat!(env!("OUT_DIR"), "/refdata.rs"));

/// Code lists of at most this many values are looked through.
const LOOKED_THROUGH: usize = 12;

/// A standard as build.rs writes it: number, id, key area, title.
type StandardRow = (i64, &'static str, &'static str, &'static str);

impl RefData {
    fn load() -> RefData {
        let mut lists: Vec<&'static [&'static str]> = vec![&[]; CodeList::ALL.len()];
        for &(name, values) in CODE_LISTS {
            let list = CodeList::ALL
                .iter()
                .copied()
                .find(|l| l.name() == name)
                .expect("code-lists.csv names a known list");
            lists[list as usize] = values;
        }
        for (list, values) in [
            (CodeList::Region, REGIONS_CODES),
            (CodeList::Language, LANGUAGES_CODES),
            (CodeList::Currency, CURRENCIES_CODES),
            (CodeList::MemberCode, MEMBER_CODES),
            (CodeList::FrameworkEdition, EDITION_CODES),
        ] {
            lists[list as usize] = values;
        }
        let sets = lists
            .iter()
            .map(|values| {
                if values.len() > LOOKED_THROUGH {
                    values.iter().copied().collect()
                } else {
                    ahash::AHashSet::new()
                }
            })
            .collect();
        RefData {
            lists,
            sets,
            owned: OnceLock::new(),
            editions: EDITIONS
                .iter()
                .map(|&(edition, standards)| {
                    let standards = standards
                        .iter()
                        .map(|&(number, id, key_area, title)| Standard {
                            number,
                            id: id.to_owned(),
                            key_area: key_area.to_owned(),
                            title: title.to_owned(),
                        })
                        .collect();
                    (edition.to_owned(), standards)
                })
                .collect(),
            countries: COUNTRIES,
            unions: UNIONS
                .iter()
                .map(|&(code, member_type, name)| Union {
                    code: code.to_owned(),
                    member_type: member_type.to_owned(),
                    name: name.to_owned(),
                })
                .collect(),
            currencies: CURRENCIES,
            languages: LANGUAGES,
            regions: REGIONS
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

    /// Whether `value` is in a code list: a short list is looked through,
    /// a long one (countries, currencies and languages have hundreds of
    /// values) looked up in its set.
    pub fn contains(&self, list: CodeList, value: &str) -> bool {
        let values = self.lists[list as usize];
        if values.len() <= LOOKED_THROUGH {
            values.contains(&value)
        } else {
            self.sets[list as usize].contains(value)
        }
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
        COUNTRIES_SORTED.binary_search(&code).is_ok()
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

    /// A reference file's records, as the `csv` crate reads them now.
    fn file(name: &str) -> Vec<Vec<String>> {
        let path = format!("{}/schemas/reference/{name}", env!("CARGO_MANIFEST_DIR"));
        csv::Reader::from_path(path)
            .unwrap()
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    fn owned(rows: impl IntoIterator<Item = Vec<&'static str>>) -> Vec<Vec<String>> {
        rows.into_iter()
            .map(|r| r.into_iter().map(str::to_owned).collect())
            .collect()
    }

    /// The tables made by build.rs hold each file's records in file order,
    /// and COUNTRIES_SORTED the country codes sorted.
    #[test]
    fn tables_are_the_files() {
        let pairs = |t: &[(&'static str, &'static str)]| owned(t.iter().map(|&(c, n)| vec![c, n]));
        for (name, table, codes) in [
            ("countries.csv", COUNTRIES, &MEMBER_CODES[..COUNTRIES.len()]),
            ("currencies.csv", CURRENCIES, CURRENCIES_CODES),
            ("languages.csv", LANGUAGES, LANGUAGES_CODES),
            ("regions.csv", REGIONS, REGIONS_CODES),
        ] {
            assert_eq!(pairs(table), file(name), "{name}");
            assert_eq!(codes, table.iter().map(|(c, _)| *c).collect::<Vec<_>>());
        }
        let mut countries = MEMBER_CODES[..COUNTRIES.len()].to_vec();
        countries.sort_unstable();
        assert_eq!(COUNTRIES_SORTED, countries);
        let unions = owned(UNIONS.iter().map(|&(c, t, n)| vec![c, t, n]));
        assert_eq!(unions, file("unions.csv"));
        let members: Vec<&str> = COUNTRIES
            .iter()
            .map(|(c, _)| c)
            .chain(UNIONS.iter().map(|(c, _, _)| c))
            .copied()
            .collect();
        assert_eq!(MEMBER_CODES, members);
        let lists = owned(
            CODE_LISTS
                .iter()
                .flat_map(|&(list, codes)| codes.iter().map(move |&c| vec![list, c])),
        );
        let mut in_file = file("code-lists.csv");
        // build.rs groups a list's codes; the file has them together.
        in_file.sort_by_key(|r| CODE_LISTS.iter().position(|(l, _)| *l == r[0]));
        assert_eq!(lists, in_file);
        assert_eq!(EDITION_CODES, ["2018"]);
        let standards = EDITIONS[0]
            .1
            .iter()
            .map(|&(number, id, area, title)| {
                vec![number.to_string(), id.into(), area.into(), title.into()]
            })
            .collect::<Vec<Vec<String>>>();
        assert_eq!(standards, file("standards-2018.csv"));
        // A field with a comma is quoted in the file, plain in the table.
        assert!(REGIONS.iter().any(|(_, n)| n.contains(',')));
    }

    /// Each list's values are in it, short or long, and nothing else is.
    #[test]
    fn contains_is_the_lists() {
        let d = get();
        for &list in CodeList::ALL {
            for v in d.code_list(list) {
                assert!(d.contains(list, v), "{v} in {}", list.name());
                assert!(
                    !d.contains(list, &format!("{v}x")),
                    "{v}x in {}",
                    list.name()
                );
                assert!(!d.contains(list, &v.to_lowercase()) || v.to_lowercase() == *v);
            }
            assert!(!d.contains(list, ""));
        }
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
