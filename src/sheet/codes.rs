//! Codes written another way: a common alias (`KSH` for the Kenyan
//! shilling `KES`, `UK` for `GB`), a name in place of the code (`Europe` for
//! the region `EUR`), another case or spacing (`In Progress` for
//! `in-progress`), and a list separated by `,` where `;` is expected.

/// The code lists that have aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasList {
    /// ISO 4217 currencies.
    Currency,
    /// ISO 3166-1 alpha-2 countries and union codes.
    Member,
}

/// Aliases in common use, upper-cased, and the code each stands for.
const ALIASES: &[(AliasList, &str, &str)] = &[
    (AliasList::Currency, "KSH", "KES"),
    (AliasList::Currency, "KSHS", "KES"),
    (AliasList::Currency, "USHS", "UGX"),
    (AliasList::Currency, "USH", "UGX"),
    (AliasList::Currency, "TSHS", "TZS"),
    (AliasList::Currency, "TSH", "TZS"),
    (AliasList::Currency, "RMB", "CNY"),
    (AliasList::Currency, "NTD", "TWD"),
    (AliasList::Currency, "STG", "GBP"),
    (AliasList::Currency, "EURO", "EUR"),
    (AliasList::Currency, "EUROS", "EUR"),
    (AliasList::Currency, "US$", "USD"),
    (AliasList::Currency, "FCFA", "XOF"),
    (AliasList::Member, "UK", "GB"),
    (AliasList::Member, "EL", "GR"),
];

/// The code `text` is a common alias of (`KSh` of `KES`, `UK` of `GB`).
pub fn alias(list: AliasList, text: &str) -> Option<&'static str> {
    let upper = text.trim().to_uppercase();
    ALIASES
        .iter()
        .find(|(l, a, _)| *l == list && *a == upper)
        .map(|&(_, _, code)| code)
}

/// The code whose name is `text`, ignoring case, spaces and punctuation
/// around words.
pub fn by_name<'a>(
    text: &str,
    named: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Option<&'a str> {
    let want = words(text);
    (!want.is_empty())
        .then(|| named.into_iter().find(|(_, name)| words(name) == want))
        .flatten()
        .map(|(code, _)| code)
}

fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The one code that `text` is in another case or spacing (`In Progress`,
/// `in_progress`, `kes`), when there is one.
pub fn respelled<'a>(text: &str, codes: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let key = |s: &str| {
        s.trim()
            .chars()
            .map(|c| match c {
                ' ' | '_' | '\u{a0}' => '-',
                c => c.to_ascii_lowercase(),
            })
            .collect::<String>()
    };
    let want = key(text);
    let mut found = codes.into_iter().filter(|c| key(c) == want);
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The items of a list written with `,` (or `, `) where `;` separates
/// items, when there are at least two and each is accepted by `item`
/// (which gives its canonical spelling).
pub fn split_list(text: &str, item: impl Fn(&str) -> Option<String>) -> Option<Vec<String>> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    if parts.len() < 2 {
        return None;
    }
    parts.into_iter().map(item).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_name_their_code() {
        assert_eq!(alias(AliasList::Currency, "KSh"), Some("KES"));
        assert_eq!(alias(AliasList::Member, "UK"), Some("GB"));
        assert_eq!(alias(AliasList::Member, "KE"), None);
    }

    #[test]
    fn a_list_with_commas_is_split_when_every_item_is_a_code() {
        let codes = ["consumers", "postal-operators"];
        let item = |s: &str| codes.iter().find(|c| **c == s).map(|c| c.to_string());
        assert_eq!(
            split_list("consumers, postal-operators", item).unwrap(),
            ["consumers", "postal-operators"]
        );
        assert_eq!(split_list("consumers, others", item), None);
    }

    #[test]
    fn names_and_spellings() {
        let regions = [("ESA", "East and Southern Africa"), ("EUR", "Europe")];
        assert_eq!(by_name("east and southern africa", regions), Some("ESA"));
        assert_eq!(by_name("Europe ", regions), Some("EUR"));
        assert_eq!(by_name("Asia", regions), None);
        let statuses = ["in-progress", "planned"];
        assert_eq!(respelled("In Progress", statuses), Some("in-progress"));
        assert_eq!(respelled("PLANNED", statuses), Some("planned"));
        assert_eq!(respelled("done", statuses), None);
    }
}
