# Vérification des documents (src/check/) : structure et types du schéma
# (S01-S10), forme lexicale des nombres, ce que disent les cellules d'un
# fichier CSV, diagnostics d'une grande collection lue document par document,
# et diagnostic final du plafond (src/diag/cap.rs). Les identifiants
# commencent par `check-`.

## Listes de noms ou de codes, écrites élément par élément (chaque langue
## marque les éléments comme du code à sa façon)
check-list-more = `{ $first }`, { $rest }
check-list-last = `{ $item }`

## S01, S02 : champs
check-required-field-missing = le champ obligatoire `{ $field }` est absent
check-add-field = ajoutez `{ $key }`
check-add-field-described = ajoutez `{ $key }` ({ $what })
check-unknown-field = champ inconnu `{ $field }`
check-did-you-mean = vouliez-vous dire `{ $value }` ?
check-fields-allowed = les champs admis ici sont : { $fields }

## S03 : types et dates
check-should-be = `{ $field }` devrait être { $expected }, et non { $value }
check-null = `{ $field }` vaut null, ce qui n'est pas une valeur
check-null-help = omettez le champ lorsqu'il n'a pas de valeur
check-not-an-object = le document n'est pas un objet
check-document-is-an-object = un document est un objet comportant `schemaVersion`, `documentType` et les autres champs
check-unquote-number = écrivez le nombre sans guillemets : { $number }
check-unquote-boolean = écrivez `{ $value }` sans guillemets, en minuscules
check-quote-value = écrivez la valeur entre guillemets : "{ $value }"
check-not-a-calendar-date = `{ $value }` n'est pas une date réelle du calendrier
check-check-day-and-month = vérifiez le jour et le mois : AAAA-MM-JJ
check-years-range = les années vont de 0001 à 9999
check-not-a-date = `{ $value }` n'est pas une date écrite AAAA-MM-JJ
check-write-dates = écrivez les dates sous la forme année-mois-jour, par exemple 2026-03-31

## S03 : forme lexicale d'un nombre
check-number-exponent = écrivez le nombre en entier, sans exposant
check-integer-decimal-point = un nombre entier n'a pas de point décimal
check-integer-digits-only = n'écrivez que des chiffres, précédés au besoin d'un -
check-leading-zeros = écrivez le nombre sans zéros en tête
check-integer-too-long = un nombre entier compte au plus 18 chiffres
check-decimal-digits-only = écrivez des chiffres, avec au besoin un point décimal, par exemple 1250.75
check-decimal-point-alone = écrivez au moins un chiffre après le point décimal, ou aucun point
check-decimal-fraction-too-long = un nombre décimal compte au plus 6 chiffres après le point décimal
check-decimal-too-long = un nombre décimal compte au plus 18 chiffres (sans compter les zéros en tête ni ceux qui terminent la partie fractionnaire) ; celui-ci en compte { $digits }

## S04, S09 : valeur absente de sa liste
check-not-in-list = `{ $value }` n'est pas { $list }
check-not-allowed = `{ $value }` n'est pas une valeur admise
check-member-code-not-name = vouliez-vous dire `{ $code }` ? `memberCode` est un code, pas un nom
check-use-one-of = utilisez l'une de ces valeurs : { $values }
check-should-equal = `{ $field }` devrait valoir { $expected }

## S05 : textes
check-too-long = `{ $field }` compte { $length } caractères, plus que la limite de { $limit }
check-shorten = raccourcissez le texte
check-control-character = `{ $field }` contient le caractère de commande U+{ $code_point }
check-control-character-help = supprimez-le : un texte peut contenir des sauts de ligne et des tabulations, mais aucun autre caractère de commande
check-blank = `{ $field }` est vide
check-blank-help = écrivez le texte, ou omettez le champ s'il est facultatif
check-not-an-identifier = `{ $value }` n'est pas un identifiant valide
check-identifier-help = utilisez de 1 à 64 lettres, chiffres, `.`, `_` ou `-`, en commençant par une lettre ou un chiffre
check-not-an-email = `{ $value }` n'est pas une adresse électronique
check-email-help = écrivez-la sous la forme nom@domaine.example
check-not-a-phone = `{ $value }` n'est pas un numéro de téléphone
check-phone-help = utilisez de 6 à 30 chiffres, espaces et ( ) . / -, précédés au besoin de + ; commencez par un chiffre et ne finissez pas par une espace
check-wrong-form = `{ $value }` n'a pas la forme attendue pour `{ $field }`

## S06 : nombres hors limites
check-less-than-minimum = `{ $field }` vaut { $value }, moins que le minimum de { $limit }
check-more-than-maximum = `{ $field }` vaut { $value }, plus que le maximum de { $limit }
check-range-help = indiquez un nombre de { $min } à { $max }
check-at-least-help = indiquez un nombre d'au moins { $min }
check-at-most-help = indiquez un nombre d'au plus { $max }

## S07 : listes
check-needs-items =
    { $limit ->
        [one] `{ $field }` doit contenir au moins { $limit } élément
       *[other] `{ $field }` doit contenir au moins { $limit } éléments
    }
check-needs-items-help = ajoutez les éléments, ou omettez le champ s'il est facultatif
check-listed-twice = `{ $field }` contient `{ $item }` deux fois
check-first-given-here = première occurrence ici
check-remove-second = supprimez la seconde

## S09, S10 : documents et versions
check-header-without-data = le fichier a une ligne d'en-tête mais aucune ligne de données
check-header-without-data-help = remplissez une ligne sous l'en-tête, une ligne par entrée, en commençant par `schemaVersion`, `documentType` et `documentId`
check-no-document = le fichier ne contient aucun document
check-no-document-help = une collection contient au moins un document
check-document-not-object = un document doit être un objet, et non { $kind }
check-schema-version-unknown = schemaVersion `{ $value }` n'est pas une version que cette version de fosx sait lire
check-schema-version-help = cette version de fosx lit schemaVersion "{ $version }"

## Un fichier CSV, dans les mots d'un tableur (src/check/csv_words.rs)
check-cell-empty = la cellule obligatoire `{ $column }` est vide
check-fill-in = remplissez `{ $column }`
check-fill-in-described = remplissez `{ $column }` ({ $what })
check-no-group-columns = le fichier n'a aucune colonne de `{ $column }`, qui est obligatoire
check-add-group-columns = ajoutez les colonnes `{ $column }.*` et remplissez-les
check-add-columns = ajoutez les colonnes { $columns } et remplissez-les
check-column-missing = la colonne obligatoire `{ $column }` est absente
check-add-column = ajoutez une colonne `{ $column }` et remplissez-la
check-add-column-described = ajoutez une colonne `{ $column }` et remplissez-la ({ $what })
check-no-entry-rows = aucune ligne n'a d'entrée : toutes les cellules `entries.*` sont vides
check-fill-in-entries = remplissez les colonnes `entries.*`, une ligne par entrée
check-fill-in-entry-columns = remplissez { $columns } sur une ligne, une ligne par entrée

## Le plafond (src/diag/cap.rs)
check-left-out =
    { $count ->
        [one] { $count } diagnostic de plus de ce fichier a été omis, au-delà de la limite de { $limit } ({ $codes })
       *[other] { $count } diagnostics de plus de ce fichier ont été omis, au-delà de la limite de { $limit } ({ $codes })
    }
check-left-out-help = corrigez les problèmes affichés et vérifiez de nouveau, ou relevez la limite avec { $option }

## Une grande collection, lue document par document (src/check/stream/)
check-stream-cannot-read = impossible de lire { $path } : { $reason }
check-stream-long-line = une ligne dépasse la limite de { $limit } octets (le fichier n'a pas été lu plus loin)
check-stream-too-many-documents = le fichier contient plus de { $limit } documents, la limite (le fichier n'a pas été lu plus loin)
check-stream-json-eof = syntaxe JSON : fin du fichier au milieu d'une liste
check-stream-json-eof-help = le fichier se termine trop tôt : vérifiez qu'il ne manque pas un `{"}"}`, un `]` ou un `"`
check-stream-json-trailing-comma = syntaxe JSON : virgule en trop avant la fin de la liste
check-stream-json-trailing-comma-help = supprimez la virgule après le dernier élément
check-stream-json-expected-value = syntaxe JSON : valeur attendue
check-stream-json-extra-comma-help = supprimez la virgule en trop
check-stream-json-expected-comma = syntaxe JSON : `,` ou `]` attendu
check-stream-json-comma-help = les documents d'une collection sont séparés par des virgules
check-stream-json-trailing-characters = syntaxe JSON : caractères en trop après la fin du document
check-stream-json-one-help = un fichier contient un document ou une liste de documents
check-stream-xml-unclosed = syntaxe XML : le fichier se termine avant la fin de `<{ $name }>`
check-stream-xml-unclosed-help = fermez la collection par `</{ $name }>`
check-stream-xml-after-root = syntaxe XML : contenu après l'élément racine
check-stream-xml-one-help = un fichier contient un document ou une collection `<Submissions>`
