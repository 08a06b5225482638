//! The French of the help about values a spreadsheet changed
//! ([`crate::check::advice`]), and of `fosx fix`.

/// English templates and their French, as in [`super::fr::SENTENCES`].
pub const SENTENCES: &[(&str, &str)] = &[
    (
        "this date is written day first (day/month/year): did you mean {}?",
        "cette date est écrite le jour en premier (jour/mois/année) : vouliez-vous dire {} ?",
    ),
    (
        "this date is written month first (month/day/year): did you mean {}?",
        "cette date est écrite le mois en premier (mois/jour/année) : vouliez-vous dire {} ?",
    ),
    (
        "the file's other dates are written day first (day/month/year): did you mean {}?",
        "les autres dates du fichier sont écrites le jour en premier (jour/mois/année) : vouliez-vous dire {} ?",
    ),
    (
        "the file's other dates are written month first (month/day/year): did you mean {}?",
        "les autres dates du fichier sont écrites le mois en premier (mois/jour/année) : vouliez-vous dire {} ?",
    ),
    (
        "read in the order asked ({}): did you mean {}?",
        "lue dans l'ordre demandé ({}) : vouliez-vous dire {} ?",
    ),
    (
        "day first or month first, this date is the same: did you mean {}?",
        "le jour ou le mois en premier, cette date est la même : vouliez-vous dire {} ?",
    ),
    (
        "write the date with `-` between year, month and day: did you mean {}?",
        "écrivez la date avec `-` entre l'année, le mois et le jour : vouliez-vous dire {} ?",
    ),
    (
        "this is a spreadsheet's date serial (1900 date system): did you mean {}?",
        "c'est le numéro de série d'une date de tableur (système de dates 1900) : vouliez-vous dire {} ?",
    ),
    (
        "read day first this date is {}, read month first {}; the file's dates are written both ways: write it year-month-day",
        "lue le jour en premier, cette date est le {}, lue le mois en premier, le {} ; les dates du fichier sont écrites des deux façons : écrivez-la sous la forme année-mois-jour",
    ),
    (
        "read day first this date is {}, read month first {}; no other date of the file tells which: write it year-month-day, or run `fosx fix --date-order dmy` (or mdy)",
        "lue le jour en premier, cette date est le {}, lue le mois en premier, le {} ; aucune autre date du fichier ne permet de choisir : écrivez-la sous la forme année-mois-jour, ou lancez `fosx fix --date-order dmy` (ou mdy)",
    ),
    (
        "the year has only two digits ({}), so its century is not known: write the date year-month-day with all four digits of the year",
        "l'année n'a que deux chiffres ({}), son siècle n'est donc pas connu : écrivez la date sous la forme année-mois-jour avec les quatre chiffres de l'année",
    ),
    (
        "write booleans as true or false: did you mean {}?",
        "écrivez les booléens true ou false : vouliez-vous dire {} ?",
    ),
    (
        "separate the items of a list with `;`, not `,`: did you mean `{}`?",
        "séparez les éléments d'une liste par `;` et non par `,` : vouliez-vous dire `{}` ?",
    ),
    (
        "did you mean `{}`? `{}` is a common alias, not the code",
        "vouliez-vous dire `{}` ? `{}` est un alias courant, pas le code",
    ),
    (
        "did you mean `{}`? write the code, not the name",
        "vouliez-vous dire `{}` ? écrivez le code, pas le nom",
    ),
    (
        "write the whole number without a decimal point: did you mean {}?",
        "écrivez le nombre entier sans partie décimale : vouliez-vous dire {} ?",
    ),
    (
        "read with a thousands separator this is {}, read with a decimal comma {}: write the number without thousands separators, with a decimal point",
        "lu avec un séparateur de milliers, c'est {}, lu avec une virgule décimale, {} : écrivez le nombre sans séparateur de milliers, avec un point décimal",
    ),
    (
        "write the percentage as a number from 0 to 100, without %: did you mean {}?",
        "écrivez le pourcentage comme un nombre de 0 à 100, sans % : vouliez-vous dire {} ?",
    ),
    (
        "write the number without a currency symbol (the currency has a field of its own): did you mean {}?",
        "écrivez le nombre sans symbole monétaire (la monnaie a son propre champ) : vouliez-vous dire {} ?",
    ),
    (
        "write the number with a decimal point and without thousands separators: did you mean {}?",
        "écrivez le nombre avec un point décimal et sans séparateur de milliers : vouliez-vous dire {} ?",
    ),
    (
        "write the number with a decimal point, not a decimal comma: did you mean {}?",
        "écrivez le nombre avec un point décimal, et non une virgule décimale : vouliez-vous dire {} ?",
    ),
    (
        "write the number without thousands separators: did you mean {}?",
        "écrivez le nombre sans séparateur de milliers : vouliez-vous dire {} ?",
    ),
    (
        "schemaVersion `1` was read as `{}`: a spreadsheet changed it",
        "schemaVersion `1` a été lu comme `{}` : un tableur l'avait modifié",
    ),
    (
        "write {} in a cell formatted as Text, so that the spreadsheet keeps it",
        "écrivez {} dans une cellule au format Texte, pour que le tableur le garde",
    ),
    (
        "`fosx fix` can make this change",
        "`fosx fix` peut faire cette correction",
    ),
    (
        "{} value(s) changed; the result: {} error(s), {} warning(s)",
        "{} valeur(s) modifiée(s) ; le résultat : {} erreur(s), {} avertissement(s)",
    ),
    (
        "not repaired: the canonical form has no place for {t}",
        "non réparé : la forme canonique n'a pas de place pour {}",
    ),
    (
        "{}: not repaired: it cannot be read",
        "{} : non réparé : il ne peut pas être lu",
    ),
];
