# Classeurs écrits par fosx (src/write/xlsx.rs, src/write/xlsx_text.rs) :
# noms des feuilles, messages de saisie des colonnes, messages d'erreur des
# listes déroulantes, libellés des codes et feuille « Lisez-moi ».

## Noms des feuilles : 31 caractères au plus, aucun de : \ / ? * [ ]. Le nom
## de la première feuille indique aussi à `fosx fix` la langue d'un
## classeur : il doit différer de celui de toute autre langue.
workbook-sheet-submission = Soumission
workbook-sheet-codes = Codes
workbook-sheet-read-me = Lisez-moi
workbook-sheet-lists = Listes

## En-tête de la feuille des codes
workbook-codes-list = liste
workbook-codes-code = code
workbook-codes-label = libellé

## Message d'erreur d'une liste déroulante (le titre : 32 caractères au plus)
workbook-not-a-code-title = Code absent de la liste
workbook-not-a-code = Choisissez un code de la liste { $list } (feuille { $sheet }).

## Message de saisie d'une colonne : obligatoire ou non, puis ce qu'elle attend
workbook-column-required = Obligatoire. { $what }
workbook-column-optional = Facultatif (laisser vide si absent). { $what }
workbook-type-text = Texte, 200 caractères au plus.
workbook-type-long-text = Texte, 4000 caractères au plus.
workbook-type-token = Un identifiant : lettres, chiffres, . _ -
workbook-type-date = Une date écrite AAAA-MM-JJ, p. ex. 2026-03-31.
workbook-type-email = Une adresse électronique.
workbook-type-phone = Un numéro de téléphone, p. ex. +254 20 1234567.
workbook-type-integer = Un nombre entier{ $range }.
workbook-type-decimal = Un nombre, avec un point pour les décimales{ $range }.
workbook-range-between = {" "}de { $min } à { $max }
workbook-range-at-least = , { $min } ou plus
workbook-type-code = Un code de la liste { $list } : choisissez-le dans la liste (feuille { $sheet }).
workbook-type-list = Une ou plusieurs valeurs séparées par ; chacune : { $each }

## Libellés des codes des petites listes du dictionnaire (feuille des codes)
workbook-label-notification = Notification de l'intention de mise en œuvre
workbook-label-timetable = Calendrier indicatif de mise en œuvre
workbook-label-progress-report = Rapport d'avancement périodique
workbook-label-framework-edition = Édition du Cadre de normes
workbook-label-member = Membre de l'OMD
workbook-label-customs-union = Union douanière
workbook-label-economic-union = Union économique
workbook-label-full = Toutes les normes
workbook-label-partial = Une partie des normes
workbook-label-indicative = Dates indicatives
workbook-label-definitive = Dates définitives
workbook-label-not-started = Pas commencé
workbook-label-planned = Prévu
workbook-label-in-progress = En cours
workbook-label-implemented = Mis en œuvre
workbook-label-not-applicable = Sans objet
workbook-label-customs = Douane
workbook-label-other-agencies = Autres administrations
workbook-label-postal-operators = Opérateurs postaux
workbook-label-express-carriers = Transporteurs express
workbook-label-e-commerce-platforms = Plateformes de commerce électronique
workbook-label-logistics-providers = Prestataires logistiques
workbook-label-payment-providers = Prestataires de paiement
workbook-label-consumers = Consommateurs
workbook-label-other = Autres

## Feuille « Lisez-moi », un message par ligne
workbook-read-me-title = Soumission fosx : « { $doc_type } » (spécification 1.0 du { -fos } de l'OMD)
workbook-read-me-fill = Remplissez la feuille { $sheet } : une ligne par entrée ; les champs du document sont répétés sur chaque ligne.
workbook-read-me-documents = Les lignes qui partagent un documentId forment un document.
workbook-read-me-text = Toutes les colonnes sont au format Texte : gardez-les ainsi, pour que 1.0, les dates, les zéros de tête et les longs nombres restent tels qu'écrits.
workbook-read-me-forms = Écrivez les dates AAAA-MM-JJ, les décimales avec un point, les booléens true ou false, plusieurs codes séparés par ;
workbook-read-me-messages = Le message de chaque colonne dit ce qu'elle attend ; les colonnes de codes ont une liste déroulante.
workbook-read-me-codes = La feuille { $sheet } donne chaque liste de codes et ses libellés.
workbook-read-me-save = Enregistrez au format .xlsx (ou « CSV UTF-8 »), puis vérifiez : fosx validate FICHIER.xlsx
workbook-read-me-fix = Si le tableur a changé des valeurs : fosx fix FICHIER.xlsx
