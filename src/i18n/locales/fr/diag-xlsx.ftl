# Lecture d'un classeur XLSX (src/read/xlsx.rs, src/read/xlsx_package.rs) :
# son paquet (P02, P05, P06, P07) et ce que seul le classeur sait de ses
# cellules (S03, P03).

## Le paquet
xlsx-not-a-workbook = le fichier n'est pas un classeur XLSX
xlsx-not-a-workbook-help = un fichier .xlsx est une archive ZIP qui contient `xl/workbook.xml` ; enregistrez la feuille depuis le tableur au format « Excel 2007-365 (.xlsx) »
xlsx-not-built = cette version de fosx ne lit pas les classeurs (.xlsx, .ods, .xls)
xlsx-not-built-help = enregistrez la feuille depuis le tableur au format « CSV UTF-8 », ou vérifiez-la avec la commande ou le service fosx, qui lisent les classeurs
xlsx-unreadable = le classeur ne peut pas être lu comme un paquet XLSX : { $reason }
xlsx-unreadable-help = enregistrez de nouveau le classeur depuis le tableur, au format .xlsx ou « CSV UTF-8 »
xlsx-save-again-help = enregistrez de nouveau le classeur depuis le tableur
xlsx-part-doctype = la partie `{ $part }` du classeur contient une déclaration DOCTYPE
xlsx-part-doctype-help = un classeur enregistré par un tableur n'en a pas : enregistrez-le de nouveau depuis le tableur
xlsx-part-too-deep = la partie `{ $part }` du classeur imbrique des éléments sur plus de { $depth } niveaux
xlsx-part-too-deep-help = un classeur enregistré par un tableur imbrique bien moins : enregistrez-le de nouveau depuis le tableur
xlsx-part-not-xml = la partie `{ $part }` du classeur n'est pas du XML bien formé : { $problem }
xlsx-some-part-not-xml = une partie du classeur n'est pas du XML bien formé : { $problem }
xlsx-password = le classeur est protégé par un mot de passe : fosx ne peut pas le lire
xlsx-password-help = enregistrez une copie sans mot de passe
xlsx-too-many-cells = le classeur contient plus de { $limit } cellules (à `{ $part }`) ; il n'a pas été lu plus loin
xlsx-too-many-elements = le classeur contient plus de { $limit } chaînes partagées, styles et autres éléments XML en plus de ses cellules (à `{ $part }`) ; il n'a pas été lu plus loin
xlsx-too-large = les parties du classeur dépassent { $limit } octets une fois décompressées (à `{ $part }`) ; il n'a pas été lu plus loin
xlsx-sheet-too-large = le texte de la feuille dépasse la limite de { $limit } octets (il n'a pas été lu plus loin)
xlsx-sheet-too-many-cells = la forme CSV de la feuille compte plus de { $limit } cellules, ses lignes aussi larges que son en-tête (elle n'a pas été lue plus loin)

## Pourquoi un paquet ne peut pas être lu : les raisons de fosx
xlsx-reason-no-worksheet = il n'a aucune feuille de calcul
xlsx-reason-beyond-xfd = une cellule se trouve au-delà de la colonne XFD, la dernière d'une feuille
xlsx-reason-shared-formula = `{ $part }` : une formule partagée porte le numéro { $number }, plus que les formules de la partie jusque-là ({ $count })
xlsx-reason-part = la partie `{ $part }` ne peut pas être lue : « { $detail } »
xlsx-reason-csv = la feuille ne peut pas être écrite en texte CSV

## Pourquoi un paquet ne peut pas être lu : les mots du lecteur ZIP
xlsx-zip-io = erreur d'entrée-sortie : « { $detail } »
xlsx-zip-invalid = archive ZIP non valide : « { $detail } »
xlsx-zip-unsupported = archive ZIP non prise en charge : « { $detail } »
xlsx-zip-file-not-found = le fichier demandé ne figure pas dans l'archive
xlsx-zip-password = le mot de passe fourni est incorrect
xlsx-zip-compression = méthode de compression non prise en charge : { $method }
xlsx-zip-size-limit = la taille décompressée, { $size }, dépasse la limite de { $limit }
xlsx-zip-size-unknown = la taille décompressée est inconnue : une limite de taille ne peut pas être vérifiée
xlsx-zip-other = l'archive ZIP ne peut pas être lue

## Pourquoi un paquet ne peut pas être lu : les mots du lecteur de classeurs
xlsx-reader-zip = erreur ZIP : { $problem }
xlsx-reader-io = erreur d'entrée-sortie : « { $detail } »
xlsx-reader-file-not-found = partie introuvable : `{ $part }`
xlsx-reader-other = erreur du lecteur de classeurs : « { $detail } »
xlsx-reader-xml = erreur XML : { $problem }
xlsx-reader-xml-attribute = erreur dans un attribut XML : { $problem }
xlsx-reader-xml-end = fin inattendue du XML, `</{ $element }>` attendu

## Les cellules
xlsx-error-value = la cellule { $cell } contient l'erreur de tableur { $value }, et non une valeur
xlsx-error-value-help = corrigez la formule ou saisissez la valeur dans cette cellule
xlsx-rounded = la cellule { $cell } contient le nombre { $value }, qui a plus de 15 chiffres : le tableur l'a déjà arrondi
xlsx-rounded-help = mettez la colonne au format Texte et saisissez de nouveau la valeur exacte
xlsx-percentage = la cellule { $cell } affiche un pourcentage : c'est { $value }, le nombre affiché, qui est lu, et non la fraction que contient la cellule
xlsx-percentage-help = mettez la colonne au format Texte et saisissez le nombre sans %
xlsx-formula = la cellule { $cell } contient la formule `={ $formula }` : sa valeur au dernier enregistrement du classeur, `{ $value }`, est lue
xlsx-formula-help = remplacez la formule par sa valeur (copiez la cellule, puis collez les valeurs seulement)
xlsx-beyond-header-one = la cellule { $cell } contient `{ $value }`, à droite de la dernière colonne de l'en-tête, { $column } : elle n'appartient à aucune colonne et n'est pas lue
xlsx-beyond-header = { $count } cellules à droite de la dernière colonne de l'en-tête, { $column }, contiennent des valeurs, à partir de la cellule { $cell } (`{ $value }`) : elles n'appartiennent à aucune colonne et ne sont pas lues
xlsx-beyond-header-help = nommez leurs colonnes dans la ligne d'en-tête, ou supprimez les valeurs

## Un classeur OpenDocument (.ods) : ses cellules répétées, comptées avant d'être développées
ods-too-many-cells = les feuilles du classeur, leurs cellules et lignes répétées développées, contiennent plus de { $limit } cellules (à `content.xml`) ; il n'a pas été lu plus loin
ods-text-too-large = le texte des feuilles du classeur, leurs cellules et lignes répétées développées, dépasse { $limit } octets (à `content.xml`) ; il n'a pas été lu plus loin

## Un classeur Excel 97-2003 (.xls) : ce que ses enregistrements feraient, compté avant la lecture
xls-too-many-cells = les feuilles du classeur, telles que ses enregistrements les disposent, contiennent plus de { $limit } cellules ; il n'a pas été lu plus loin
xls-too-large = le flux du classeur dépasse { $limit } octets ; il n'a pas été lu plus loin
xls-text-too-large = le texte des cellules du classeur, chaque copie d'une chaîne partagée comptée, dépasse { $limit } octets ; il n'a pas été lu plus loin
xls-reason-dimensions = l'enregistrement DIMENSIONS d'une feuille se termine avant de commencer

## Pourquoi un classeur .ods ou .xls ne peut pas être lu ($reason : les mots du lecteur)
ods-unreadable = le classeur ne peut pas être lu comme un classeur OpenDocument (.ods) : { $reason }
xls-unreadable = le classeur ne peut pas être lu comme un classeur Excel 97-2003 (.xls) : { $reason }
