# Descriptions des types et des valeurs du dictionnaire (src/model/) : des
# éléments que d'autres messages incluent, comme dans « ajoutez `email` (une
# adresse électronique) ».

## Un type du dictionnaire (Ty::describe)
model-type-schema-version = la chaîne de version "{ $version }"
model-type-text = un texte d'au plus { $max } caractères
model-type-token = un identifiant (lettres, chiffres, `.`, `_`, `-`)
model-type-date = une date écrite AAAA-MM-JJ
model-type-email = une adresse électronique
model-type-phone = un numéro de téléphone
model-type-integer = un nombre entier
model-type-decimal = un nombre décimal
model-type-boolean = `true` ou `false`
model-type-code = un code de la liste `{ $list }`
# Là où le type d'un champ n'est pas connu.
model-type-unknown = une valeur d'un autre type

## Ce qu'est une valeur JSON
model-value-null = null
model-value-boolean = un booléen
model-value-number = un nombre
model-value-string = une chaîne
model-value-list = une liste
model-value-object = un objet

## Une valeur d'une liste de codes (CodeList::describe), comme dans « `x` n'est pas un statut »
model-code-list-document-type = un type de document
model-code-list-framework-edition = une édition connue du Cadre de normes
model-code-list-member-type = un type de Membre
model-code-list-region = une région de l'OMD
model-code-list-language = un code de langue ISO 639-1
model-code-list-member-code = un code de Membre (ISO 3166-1 alpha-2 ou code d'une union)
model-code-list-currency = un code de monnaie ISO 4217
model-code-list-scope = une portée
model-code-list-date-kind = un type de date
model-code-list-status = un statut
model-code-list-stakeholder = une partie prenante
