# Lecture du XML (src/read/xml.rs, src/read/xml_tree.rs, src/read/xml_errors.rs) :
# forme correcte (P02), DOCTYPE et entités (P05), profondeur (P06), et
# correspondance des éléments avec le document (S02, S03, S08, S09).

## Le document et son espace de noms (src/read/xml.rs)
xml-not-in-namespace = l'élément `<{ $element }>` n'est pas dans l'espace de noms de fosx
xml-add-namespace-help = ajoutez xmlns="{ $namespace }" à l'élément racine
xml-other-namespace = l'élément `<{ $element }>` est dans l'espace de noms `{ $namespace }`, et non dans { $expected }
xml-use-namespace-help = utilisez l'espace de noms { $expected } : xmlns="{ $expected }" sur l'élément racine
xml-unknown-attribute = attribut inconnu `{ $attribute }` sur `<{ $element }>`
xml-unknown-attributes = attributs inconnus { $attributes } sur `<{ $element }>`
xml-no-attributes-help = le XML de fosx n'a pas d'attributs hormis les déclarations d'espace de noms et xsi:schemaLocation : écrivez les valeurs sous forme d'éléments
xml-text-between-elements = du texte n'est pas admis entre les éléments enfants de `<{ $element }>`
xml-text-between-elements-help = supprimez le texte, ou placez-le dans l'élément auquel il appartient
xml-not-a-document-element = `<{ $element }>` n'est pas un élément de document
xml-document-elements-help = un élément de document est <Notification>, <Timetable> ou <ProgressReport> ; plusieurs documents se placent dans <Submissions>
xml-type-not-the-root = DocumentType `{ $type }` ne correspond pas à l'élément racine `<{ $element }>`
xml-type-not-the-root-help = le DocumentType d'un élément <{ $root }> est `{ $root_type }` ; l'élément d'un document { $type } est <{ $type_root }>
xml-element-in-other-namespace = élément inconnu `<{ $element }>` : il est dans { $namespace }, son document dans { $document_namespace }
xml-in-namespace = l'espace de noms `{ $namespace }`
xml-in-no-namespace = aucun espace de noms
xml-one-namespace-help = les éléments d'une soumission sont tous dans l'espace de noms { $namespace }
xml-unknown-element = élément inconnu `<{ $element }>`
xml-capital-letter-help = les noms d'éléments commencent par une majuscule
xml-unknown-item = élément inconnu `<{ $element }>` dans `<{ $list }>`
xml-items-help = les éléments de la liste `<{ $list }>` sont des éléments `<{ $item }>`

## Forme correcte (src/read/xml_tree.rs)
xml-doctype = le fichier contient un DOCTYPE, que fosx refuse : aucune DTD n'est lue et aucune entité n'est développée
xml-doctype-help = supprimez la déclaration <!DOCTYPE ...> : une soumission n'en a pas besoin
xml-declaration-not-first = la déclaration XML doit se trouver au tout début du fichier
xml-declaration-not-first-help = placez <?xml ...?> sur la première ligne, sans rien avant
xml-declaration = déclaration XML : { $problem }
xml-not-closed = l'élément `<{ $element }>` n'est pas fermé avant la fin du fichier
xml-not-closed-help = ajoutez `</{ $element }>` là où l'élément se termine
xml-no-element = le fichier ne contient aucun élément : un document XML a un élément racine
xml-illegal-character = le caractère U+{ $code } n'est pas admis en XML
xml-illegal-character-help = supprimez-le ; les caractères de commande ne peuvent pas figurer dans un fichier XML
xml-too-deep = le XML est imbriqué sur plus de { $depth } niveaux
xml-second-root = un second élément racine `<{ $element }>` : un document XML a exactement une racine
xml-second-root-help = placez plusieurs documents dans un seul élément <Submissions xmlns="urn:fosx:1">
xml-bad-element-name = `{ $name }` n'est pas un nom d'élément valide
xml-undeclared-prefix = le préfixe d'espace de noms `{ $prefix }` n'est pas déclaré
xml-undeclared-prefix-help = déclarez-le, par exemple xmlns:{ $prefix }="urn:fosx:1", ou écrivez le nom sans préfixe
xml-less-than-in-attribute = `<` n'est pas admis dans la valeur de l'attribut `{ $attribute }`
xml-write-lt-help = écrivez-le &lt;
xml-bad-attribute-name = `{ $name }` n'est pas un nom d'attribut valide
xml-empty-namespace = le préfixe `{ $prefix }` ne peut pas être lié à un espace de noms vide
xml-text-before-root = du texte avant l'élément racine
xml-text-after-root = du texte après l'élément racine
xml-text-outside-root-help = tout le contenu d'un document XML se trouve dans son unique élément racine
xml-cdata-end-in-text = `]]>` n'est pas admis dans le texte
xml-cdata-end-help = écrivez-le ]]&gt;
xml-cdata-outside-root = une section CDATA hors de l'élément racine
xml-bad-character-reference = `&{ $name };` n'est pas une référence de caractère valide
xml-bad-character-reference-help = écrivez &#NNN; (décimal) ou &#xHHH; (hexadécimal) pour un caractère admis en XML
xml-reference-to-illegal-character = `&{ $name };` désigne le caractère U+{ $code }, qui n'est pas admis en XML
xml-reference-to-illegal-character-help = supprimez-la ; XML n'admet aucun caractère de commande hormis la tabulation, le saut de ligne et le retour chariot, ni U+FFFE ou U+FFFF, même écrits sous forme de référence
xml-end-tag-mismatch = `</{ $found }>` ferme `<{ $expected }>` : la balise de fin ne correspond pas à l'élément ouvert
xml-end-tag-mismatch-help = fermez `<{ $expected }>` par `</{ $expected }>`, et les éléments dans l'ordre inverse de leur ouverture
xml-open-element = l'élément ouvert
xml-end-tag-unmatched = `</{ $tag }>` ne ferme aucun élément ouvert
xml-reference-not-closed = `&` commence une référence qui n'est pas fermée par `;`
xml-literal-ampersand-help = écrivez un & littéral &amp;
xml-double-hyphen = `--` n'est pas admis dans un commentaire
xml-tag-not-closed = une balise n'est pas fermée : `>` manque avant la fin du fichier
xml-bad-markup = `<!` ne commence ni un commentaire, ni une section CDATA, ni un DOCTYPE
xml-entity-refused = la référence d'entité `&{ $name };` est refusée : rien n'a été développé
xml-entity-refused-help = seules &lt; &gt; &amp; &quot; &apos; et les références de caractère comme &#233; sont admises ; écrivez le texte lui-même
xml-bad-reference = référence incorrecte : { $problem }
xml-attribute-needs-equals = un nom d'attribut doit être suivi de `=`
xml-attribute-needs-value = `=` doit être suivi d'une valeur entre guillemets
xml-attribute-unquoted = une valeur d'attribut doit être entre guillemets : name="value"
xml-attribute-not-closed = une valeur d'attribut n'est pas fermée par `{ $quote }`
xml-attribute-twice = le même attribut est indiqué deux fois

## Les mots de l'analyseur (quick-xml, src/read/xml_errors.rs)
xml-parser-io = erreur d'entrée-sortie : « { $reason } »
xml-parser-syntax = erreur de syntaxe : { $problem }
xml-parser-ill-formed = document mal formé : { $problem }
xml-parser-attribute = erreur dans un attribut : { $problem }
xml-parser-unknown-markup = symbole inconnu ou manquant dans le balisage
xml-parser-pi-not-closed = instruction de traitement non fermée : `?>` introuvable avant la fin du fichier
xml-parser-declaration-not-closed = déclaration XML non fermée : `?>` introuvable avant la fin du fichier
xml-parser-comment-not-closed = commentaire non fermé : `-->` introuvable avant la fin du fichier
xml-parser-doctype-not-closed = DOCTYPE non fermé : `>` introuvable avant la fin du fichier
xml-parser-cdata-not-closed = section CDATA non fermée : `]]>` introuvable avant la fin du fichier
xml-parser-tag-not-closed = balise non fermée : `>` introuvable avant la fin du fichier
xml-parser-single-quote-not-closed = valeur d'attribut non fermée : `'` introuvable avant la fin du fichier
xml-parser-double-quote-not-closed = valeur d'attribut non fermée : `"` introuvable avant la fin du fichier
xml-parser-no-version = une déclaration XML ne contient pas d'attribut `version`
xml-parser-version-not-first = une déclaration XML doit commencer par l'attribut `version`, mais elle commence par `{ $attribute }`
xml-parser-unknown-version = version XML inconnue : 1.0 ou 1.1 est attendu
xml-parser-doctype-without-name = la déclaration `<!DOCTYPE>` ne contient pas de nom de type de document
xml-parser-end-tag-missing = balise ouvrante non fermée : `</{ $tag }>` introuvable avant la fin du fichier
xml-parser-end-tag-unmatched = la balise de fin `</{ $tag }>` ne correspond à aucune balise ouverte
xml-parser-end-tag-mismatch = `</{ $expected }>` attendu, mais `</{ $found }>` trouvé
xml-parser-double-hyphen = la chaîne interdite `--` figure dans un commentaire
xml-parser-reference-not-closed = référence d'entité ou de caractère non fermée : `;` introuvable avant la fin du fichier
xml-parser-attribute-needs-equals = position { $position } : le nom d'un attribut doit être suivi directement de `=` ou d'une espace
xml-parser-attribute-needs-value = position { $position } : `=` doit être suivi d'une valeur d'attribut
xml-parser-attribute-unquoted = position { $position } : une valeur d'attribut doit être entre `"` ou `'`
xml-parser-attribute-not-closed = position { $position } : le guillemet fermant `{ $quote }` manque à la valeur d'attribut
xml-parser-attribute-twice = position { $position } : attribut en double, déjà déclaré en position { $previous }
xml-parser-invalid-utf8 = impossible de décoder le texte en UTF-8 : séquence UTF-8 non valide de { $length } octets à partir de l'octet { $index }
xml-parser-incomplete-utf8 = impossible de décoder le texte en UTF-8 : séquence UTF-8 incomplète à partir de l'octet { $index }
xml-parser-cannot-decode = impossible de décoder le texte en { $encoding }
xml-parser-cannot-decode-input = impossible de décoder le texte
xml-parser-unknown-entity = position { $range } : entité inconnue `{ $name }`
xml-parser-entity-not-closed = `;` introuvable après `&` (position { $range })
xml-parser-bad-character-reference = référence de caractère non valide : { $problem }
xml-parser-nested-entities = trop d'entités imbriquées dans une valeur d'attribut
xml-parser-number-sign = signe inattendu dans le nombre
xml-parser-not-a-code-point = `{ $number }` n'est pas un point de code valide
xml-parser-character-not-permitted = le caractère 0x{ $code } n'est pas admis en XML
xml-parser-number-empty = nombre absent
xml-parser-number-invalid-digit = chiffre non valide
xml-parser-number-too-large = nombre trop grand
xml-parser-number-too-small = nombre trop petit
xml-parser-number-zero = le nombre serait nul
xml-parser-number-unreadable = le nombre ne peut pas être lu
xml-parser-unknown-prefix = préfixe d'espace de noms inconnu `{ $prefix }`
xml-parser-xml-prefix-bound = le préfixe d'espace de noms `xml` ne peut pas être lié à `{ $namespace }`
xml-parser-xmlns-prefix-bound = le préfixe d'espace de noms `xmlns` ne peut pas être lié à `{ $namespace }`
xml-parser-prefix-for-xml = le préfixe d'espace de noms `{ $prefix }` ne peut pas être lié à `http://www.w3.org/XML/1998/namespace`
xml-parser-prefix-for-xmlns = le préfixe d'espace de noms `{ $prefix }` ne peut pas être lié à `http://www.w3.org/2000/xmlns/`
xml-parser-too-many-bindings = plus de { $limit } liaisons d'espace de noms en vigueur ; l'analyseur n'en lit pas davantage
xml-parser-too-deep = le document imbrique des éléments au-delà de la limite admise de { $limit }
