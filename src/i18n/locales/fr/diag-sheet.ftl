# Aide sur les valeurs qu'un tableur a modifiées (src/check/advice.rs, à
# partir des reconnaisseurs de src/sheet/) : la cause et la valeur voulue.
# Les identifiants commencent par `sheet-`.

## Dates dans l'ordre d'une langue, numéros de série, années à deux chiffres
sheet-date-day-first = cette date est écrite le jour en premier (jour/mois/année) : vouliez-vous dire { $date } ?
sheet-date-month-first = cette date est écrite le mois en premier (mois/jour/année) : vouliez-vous dire { $date } ?
sheet-date-file-day-first = les autres dates du fichier sont écrites le jour en premier (jour/mois/année) : vouliez-vous dire { $date } ?
sheet-date-file-month-first = les autres dates du fichier sont écrites le mois en premier (mois/jour/année) : vouliez-vous dire { $date } ?
sheet-date-order-given = lue dans l'ordre demandé ({ $order }) : vouliez-vous dire { $date } ?
sheet-date-same = le jour ou le mois en premier, cette date est la même : vouliez-vous dire { $date } ?
sheet-date-year-first = écrivez la date avec `-` entre l'année, le mois et le jour : vouliez-vous dire { $date } ?
sheet-date-serial = c'est le numéro de série d'une date de tableur (système de dates 1900) : vouliez-vous dire { $date } ?
sheet-date-both-ways = lue le jour en premier, cette date est le { $day_first }, lue le mois en premier, le { $month_first } ; les dates du fichier sont écrites des deux façons : écrivez-la sous la forme année-mois-jour
sheet-date-either = lue le jour en premier, cette date est le { $day_first }, lue le mois en premier, le { $month_first } ; aucune autre date du fichier ne permet de choisir : écrivez-la sous la forme année-mois-jour, ou lancez `fosx fix --date-order dmy` (ou mdy)
sheet-date-short-year = l'année n'a que deux chiffres ({ $year }), son siècle n'est donc pas connu : écrivez la date sous la forme année-mois-jour avec les quatre chiffres de l'année

## Nombres : virgules décimales, séparateurs de milliers, pourcentages, monnaies
sheet-whole-number = écrivez le nombre entier sans partie décimale : vouliez-vous dire { $number } ?
sheet-number-either = lu avec un séparateur de milliers, c'est { $thousands }, lu avec une virgule décimale, { $decimal } : écrivez le nombre sans séparateur de milliers, avec un point décimal
sheet-percentage = écrivez le pourcentage comme un nombre de 0 à 100, sans % : vouliez-vous dire { $number } ?
sheet-currency-symbol = écrivez le nombre sans symbole monétaire (la monnaie a son propre champ) : vouliez-vous dire { $number } ?
sheet-decimal-comma-and-thousands = écrivez le nombre avec un point décimal et sans séparateur de milliers : vouliez-vous dire { $number } ?
sheet-decimal-comma = écrivez le nombre avec un point décimal, et non une virgule décimale : vouliez-vous dire { $number } ?
sheet-thousands = écrivez le nombre sans séparateur de milliers : vouliez-vous dire { $number } ?

## Booléens dans les mots d'une langue, codes par alias ou par nom, listes
sheet-boolean = écrivez les booléens true ou false : vouliez-vous dire { $value } ?
sheet-code-alias = vouliez-vous dire `{ $code }` ? `{ $alias }` est un alias courant, pas le code
sheet-code-not-name = vouliez-vous dire `{ $code }` ? écrivez le code, pas le nom
sheet-list-separator = séparez les éléments d'une liste par `;` et non par `,` : vouliez-vous dire `{ $list }` ?
