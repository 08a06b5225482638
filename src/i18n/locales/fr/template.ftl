# Fichiers écrits par fosx (src/write/) : commentaires du modèle XML (ce
# qu'attend chaque champ), et pourquoi des documents ne peuvent être écrits.

## Premier commentaire du modèle XML (ses lignes sont indentées telles quelles)
template-xml-intro =
    Un modèle « { $doc_type } » (version { $version } du schéma fosx), prêt à remplir.
    Écrivez chaque valeur entre ses balises. Un élément facultatif laissé vide,
    ou supprimé, signifie que le champ est absent. Vérifiez le fichier avec :
    fosx validate FICHIER

## Commentaire avant chaque élément : obligatoire ou non, puis ce qu'il attend
template-required = obligatoire
template-optional = facultatif
template-required-value = obligatoire ; { $what }
template-optional-value = facultatif ; { $what }
template-required-list = liste obligatoire : un élément `{ $item }` par valeur{ $at_least }{ $each } ; copiez l'élément pour en ajouter
template-optional-list = liste facultative : un élément `{ $item }` par valeur{ $at_least }{ $each } ; copiez l'élément pour en ajouter
template-at-least = { $count ->
    [1] , au moins un
   *[other] , au moins { $count }
}
template-each = , chacun : { $what }

## Ce qu'attend une valeur
template-always = toujours `{ $value }`
template-text = texte, 200 caractères au plus
template-long-text = texte, 4000 caractères au plus
template-token = identifiant : de 1 à 64 lettres, chiffres, points, tirets bas ou traits d'union, commençant par une lettre ou un chiffre
template-date = date, AAAA-MM-JJ
template-email = adresse électronique
template-phone = numéro de téléphone : chiffres, espaces et ( ) . / - avec un + au début si besoin
template-standard = entier{ $range } : le numéro d'une norme de l'édition `frameworkEdition` ({ $edition } : de 1 à { $last })
template-integer = entier{ $range }
template-decimal = nombre décimal{ $range }
template-range-between = {" "}de { $min } à { $max }
template-range-at-least = , { $min } ou plus
template-range-at-most = , { $max } au plus
template-boolean = true ou false
template-one-of = l'un de : `{ $codes }`
template-code = code de la liste { $list }
template-code-language = code de la liste { $list } : un code ISO 639-1 comme en, fr, es (schemas/reference/languages.csv)
template-code-currency = code de la liste { $list } : un code ISO 4217 comme EUR, USD, XOF (schemas/reference/currencies.csv)
template-code-member = code de la liste { $list } : pour un Membre, un code ISO 3166-1 alpha-2 ou XK (schemas/reference/countries.csv) ; pour une union, un code de schemas/reference/unions.csv

## Pourquoi des documents ne peuvent être écrits (write::WriteError)
write-mixed-types = un fichier CSV contient des documents d'un seul type, mais ceux-ci sont de plusieurs types ({ $types })
write-unknown-type = le document { $document } n'a pas de documentType connu
write-empty = il n'y a aucun document à écrire
write-binary = XLSX est une représentation binaire : écrivez-la sous forme d'octets
write-workbook-failed = le classeur ne peut pas être écrit : { $reason }
write-xlsx-not-built = cette version de fosx n'écrit pas de classeurs : demandez JSON, XML ou CSV
