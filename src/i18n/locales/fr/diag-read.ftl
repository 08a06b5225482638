# Lecture d'un fichier (src/read/, src/source/) : ce que disent les lecteurs
# JSON et CSV, le décodage des octets, les limites et la lecture des
# fichiers, et les emplacements d'une feuille. Le XML est dans
# diag-xml.ftl, les classeurs dans diag-xlsx.ftl.

## Le fichier et son entrée
read-empty-file = le fichier est vide
read-empty-file-help = une soumission est un objet JSON, un document XML ou un fichier CSV avec une ligne d'en-tête
read-standard-input = l'entrée standard
read-not-found = impossible de lire { $input } : fichier introuvable
read-permission-denied = impossible de lire { $input } : permission refusée
read-is-a-directory = impossible de lire { $input } : c'est un dossier
read-io-error = impossible de lire { $input } : { $reason }

## Limites (P06) ; $option est l'option de la ligne de commande qui relève la limite
limit-raise-help = si le fichier est authentique, relevez la limite avec { $option }
limit-line = une ligne dépasse la limite de { $limit } octets
limit-line-not-read-further = une ligne dépasse la limite de { $limit } octets (le fichier n'a pas été lu plus loin)
limit-entries = le document { $document } a { $entries } entrées, plus que la limite de { $limit }
limit-text = une valeur de texte fait { $length } octets, plus que la limite de { $limit }
limit-document-size = le document { $document } fait { $size } octets, plus que la limite de { $limit }
limit-file-size = le fichier fait { $size } octets, plus que la limite de { $limit } octets
limit-input-size = { $input } dépasse la limite de { $limit } octets (la lecture s'est arrêtée là)
limit-documents = le fichier contient { $count } documents, plus que la limite de { $limit }
limit-documents-help = scindez la collection, ou relevez la limite avec { $option }
limit-depth-help = une soumission compte au plus 5 niveaux d'imbrication ; relevez la limite avec { $option } (128 au plus)

## Décodage (P04, P07)
decode-invalid = le fichier n'est pas valide en { $encoding }
decode-save-as-utf8-help = enregistrez le fichier en UTF-8
decode-unknown-encoding = la déclaration XML nomme l'encodage `{ $label }`, que fosx ne lit pas
decode-unknown-encoding-help = enregistrez le fichier en UTF-8, ou nommez son encodage ; fosx lit l'UTF-8, l'UTF-16 (`LE`, `BE`), l'ISO-8859-1, le windows-1252 et les autres encodages de la norme d'encodage du WHATWG (ISO-8859-2 à -16, KOI8-R, Shift_JIS, EUC-KR, GBK, Big5, ...)
decode-not-ascii = la déclaration XML indique que le fichier est en `{ $label }` (ASCII), mais l'octet { $byte } n'est pas un caractère ASCII
decode-declared-utf16 = la déclaration XML indique que le fichier est en `{ $label }`, mais elle-même est écrite à raison d'un octet par caractère, et non deux comme en UTF-16
decode-declare-utf8-help = le fichier est en UTF-8 valide : remplacez la déclaration par encoding="UTF-8"
decode-declare-windows-1252-help = le fichier semble être en windows-1252, où l'octet { $byte } est `{ $char }` : remplacez la déclaration par encoding="windows-1252", ou enregistrez le fichier en UTF-8 et déclarez encoding="UTF-8"
decode-declare-the-encoding-help = indiquez dans la déclaration l'encodage dans lequel le fichier est enregistré, ou enregistrez le fichier en UTF-8 et déclarez encoding="UTF-8"
decode-zip-not-xlsx = le fichier est une archive ZIP qui n'est ni un classeur XLSX ni un classeur OpenDocument (un .docx ou un fichier .zip, par exemple), et non une soumission JSON, XML ou CSV
decode-zip-not-xlsx-help = enregistrez la feuille depuis le tableur au format .xlsx ou « CSV UTF-8 », ou décompressez l'archive et vérifiez les fichiers qu'elle contient
decode-empty-zip = le fichier est une archive ZIP vide, et non une soumission JSON, XML ou CSV
decode-send-the-submission-help = envoyez la soumission elle-même : un fichier texte JSON, XML ou CSV
decode-old-office = le fichier est un document Microsoft Office dans l'ancien format binaire, sans classeur (un .doc, par exemple), et non une soumission JSON, XML ou CSV
decode-old-office-help = enregistrez la feuille depuis le tableur au format « CSV UTF-8 »
decode-pdf = le fichier est un document PDF, et non une soumission JSON, XML ou CSV
decode-gzip = le fichier est compressé au format gzip, et non une soumission JSON, XML ou CSV
decode-gzip-help = décompressez-le et vérifiez le fichier qu'il contient
decode-utf16-without-bom = le fichier semble être du texte `{ $encoding }` sans marque d'ordre des octets (BOM) : fosx ne lit l'UTF-16 qu'avec une BOM, ou en XML dont la déclaration nomme l'UTF-16
decode-utf16-without-bom-help = enregistrez le fichier en UTF-8 (ou en UTF-16 avec une marque d'ordre des octets)
decode-nul-byte = le fichier contient un octet NUL (0x00) : ce n'est pas un fichier texte
decode-nul-byte-help = exportez de nouveau la soumission en fichier texte CSV UTF-8 ; un octet NUL signale souvent un fichier binaire ou UTF-16
decode-read-as-windows-1252 = le fichier n'est pas en UTF-8 ; il a été lu en windows-1252 (Europe occidentale)
decode-read-as-windows-1252-help = vérifiez les lettres accentuées dans le rapport, et enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans les tableurs)
decode-invalid-utf8 = les octets { $bytes } ne sont pas de l'UTF-8 valide
decode-truncated-utf8 = le fichier se termine au milieu d'un caractère UTF-8

## Un champ ou une colonne indiqués deux fois, un nom mal orthographié
read-given-twice = `{ $field }` est indiqué deux fois
read-first-given-here = première occurrence ici
read-keep-the-first-help = gardez l'un des deux ; c'est le premier qui est lu
read-did-you-mean = vouliez-vous dire `{ $name }` ?

## JSON (P01, P06)
json-too-deep = le JSON est imbriqué sur plus de { $depth } niveaux
json-too-deep-help = une soumission compte au plus 5 niveaux d'imbrication ; ce fichier n'est pas une soumission
json-trailing-comma-object = syntaxe JSON : virgule en trop avant la fin de l'objet
json-trailing-comma-list = syntaxe JSON : virgule en trop avant la fin de la liste
json-remove-the-comma-help = supprimez la virgule après le dernier élément
json-ends-too-early-help = le fichier se termine trop tôt : vérifiez qu'il ne manque pas un `{"}"}`, un `]` ou un `"`
json-keys-in-quotes-help = les clés s'écrivent entre guillemets droits : `"key": value`
json-unpaired-surrogate = syntaxe JSON : `{ $escape }` est un demi-codet isolé, la moitié d'une paire UTF-16 et non un caractère
json-unpaired-surrogate-help = écrivez le caractère lui-même, ou les deux moitiés de sa paire (`\ud83d\ude00` est U+1F600)
json-eof-in-list = syntaxe JSON : fin du fichier au milieu d'une liste
json-eof-in-object = syntaxe JSON : fin du fichier au milieu d'un objet
json-eof-in-string = syntaxe JSON : fin du fichier au milieu d'une chaîne
json-eof-in-value = syntaxe JSON : fin du fichier avant une valeur
json-expected-colon = syntaxe JSON : `:` attendu
json-expected-comma-or-bracket = syntaxe JSON : `,` ou `]` attendu
json-expected-comma-or-brace = syntaxe JSON : `,` ou `{"}"}` attendu
json-expected-ident = syntaxe JSON : mot attendu (true, false ou null)
json-expected-value = syntaxe JSON : valeur attendue
json-expected-quote = syntaxe JSON : `"` attendu
json-invalid-escape = syntaxe JSON : séquence d'échappement non valide
json-invalid-number = syntaxe JSON : nombre non valide
json-number-out-of-range = syntaxe JSON : nombre hors limites
json-invalid-code-point = syntaxe JSON : point de code Unicode non valide
json-control-character = syntaxe JSON : caractère de commande (\u0000-\u001F) dans une chaîne
json-key-not-a-string = syntaxe JSON : une clé doit être une chaîne
json-key-not-a-number = syntaxe JSON : valeur non valide : une clé doit être un nombre entre guillemets
json-key-not-finite = syntaxe JSON : une clé numérique doit être finie (et non NaN ou +/-inf)
json-lone-leading-surrogate = syntaxe JSON : demi-codet de tête isolé dans un échappement hexadécimal
json-trailing-comma = syntaxe JSON : virgule en trop
json-trailing-characters = syntaxe JSON : caractères en trop après la fin du document
json-end-of-hex-escape = syntaxe JSON : fin inattendue d'un échappement hexadécimal
json-recursion-limit = syntaxe JSON : limite de récursion dépassée
json-ends-early = syntaxe JSON : le fichier se termine avant la fin du JSON
json-not-well-formed = syntaxe JSON : le texte n'est pas du JSON bien formé à cet endroit

## CSV (P03, S01, S02, S08, S10, R16, R17)
csv-not-a-header = la première ligne n'est pas une ligne d'en-tête : elle ne nomme aucune des colonnes
csv-not-a-header-help = commencez le fichier par une ligne de noms de colonnes : schemaVersion, documentType, documentId, ...
csv-no-header = le fichier CSV n'a pas de ligne d'en-tête
csv-no-header-help = la première ligne nomme les colonnes : documentType, documentId, ...
csv-row-cannot-be-split = cette ligne ne peut pas être découpée en cellules
csv-text-after-quote = du texte après le guillemet fermant d'une cellule entre guillemets : le guillemet serait perdu
csv-quote-in-cell = un guillemet dans une cellule qui n'est pas entre guillemets
csv-quote-help = mettez toute la valeur entre guillemets et écrivez chaque guillemet qu'elle contient `""` : "a""b"
csv-unclosed-quote = le guillemet qui ouvre cette cellule n'est jamais fermé : tout le reste du fichier en serait la valeur
csv-unclosed-quote-help = fermez la cellule entre guillemets par `"`, et écrivez un guillemet à l'intérieur d'une telle cellule `""`
csv-ragged = l'enregistrement { $record } a { $cells ->
        [one] { $cells } cellule
       *[other] { $cells } cellules
    }, mais l'en-tête a { $width } colonnes
csv-extra-cells-help = supprimez les cellules en trop, ou mettez entre guillemets une valeur qui contient le séparateur
csv-missing-cells-help = ajoutez les cellules manquantes (même vides), ou fermez une valeur entre guillemets qui s'étend sur plusieurs lignes
csv-column-without-name = la colonne { $column } n'a pas de nom
csv-column-without-name-help = nommez la colonne, ou supprimez-la avec ses cellules
csv-column-given-twice = la colonne `{ $column }` est indiquée deux fois
csv-column-given-twice-help = gardez l'une des deux colonnes ; c'est la première qui est lue
csv-unknown-column = colonne inconnue `{ $column }` pour une soumission
csv-unknown-column-of-type = colonne inconnue `{ $column }` pour un document de type `{ $type }`
csv-column-of-another-type = `{ $column }` est une colonne des documents de type `{ $other }`, et ce fichier contient des documents de type `{ $type }`
csv-columns-listed-help = les colonnes sont énumérées dans schemas/{ $type }.table-schema.json
csv-more-unknown-columns = { $count } autres colonnes inconnues, à partir de `{ $column }`
csv-more-unknown-columns-help = les colonnes sont énumérées dans schemas/{ $type }.table-schema.json ; supprimez les autres
csv-missing-column = le CSV n'a pas de colonne `{ $column }`, dont toute soumission CSV a besoin
csv-missing-document-id-help = ajoutez une colonne documentId : les lignes d'un même document partagent son documentId
csv-missing-document-type-help = ajoutez une colonne `documentType` (`notification`, `timetable` ou `progress-report`) avec le type sur chaque ligne
csv-other-document-type = cette ligne est un document de type `{ $type }`, mais les lignes du fichier sont de type `{ $file_type }`
csv-file-type-given-here = le type de document du fichier est indiqué ici pour la première fois
csv-other-document-type-help = un fichier CSV contient des documents d'un seul type : placez l'autre type dans un fichier distinct
csv-cell-differs = `{ $column }` : { $value } ici, mais { $first } sur la première ligne du document (enregistrement { $record })
csv-cell-empty = vide
csv-cell-text = `{ $text }`
csv-first-row-has-this = la première ligne du document porte cette valeur
csv-cell-differs-help = chaque ligne d'un document répète les mêmes champs de document : rendez les deux cellules identiques, ou donnez aux lignes des documentId différents si elles appartiennent à des documents différents
csv-schema-version-one = schemaVersion `1` a été lu comme `{ $version }` : un tableur l'avait modifié
csv-schema-version-one-help = écrivez { $version } dans une cellule au format Texte, pour que le tableur le garde

## Emplacements tels qu'un tableur les montre (src/source/sheet.rs)
place-row-column-named = ligne { $row }, colonne { $letter } ({ $name })
place-row-column = ligne { $row }, colonne { $letter }
place-row = ligne { $row }
