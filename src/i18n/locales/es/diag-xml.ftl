# Lectura del XML (src/read/xml.rs, src/read/xml_tree.rs, src/read/xml_errors.rs):
# buena formación (P02), DOCTYPE y entidades (P05), profundidad (P06), y
# correspondencia de los elementos con el documento (S02, S03, S08, S09).

## El documento y su espacio de nombres (src/read/xml.rs)
xml-not-in-namespace = el elemento `<{ $element }>` no está en el espacio de nombres de fosx
xml-add-namespace-help = añada xmlns="{ $namespace }" al elemento raíz
xml-other-namespace = el elemento `<{ $element }>` está en el espacio de nombres `{ $namespace }`, no en { $expected }
xml-use-namespace-help = use el espacio de nombres { $expected }: xmlns="{ $expected }" en el elemento raíz
xml-unknown-attribute = atributo desconocido `{ $attribute }` en `<{ $element }>`
xml-unknown-attributes = atributos desconocidos { $attributes } en `<{ $element }>`
xml-no-attributes-help = el XML de fosx no tiene atributos aparte de las declaraciones de espacio de nombres y xsi:schemaLocation: escriba los valores como elementos
xml-text-between-elements = no se admite texto entre los elementos hijos de `<{ $element }>`
xml-text-between-elements-help = suprima el texto, o póngalo en el elemento al que pertenece
xml-not-a-document-element = `<{ $element }>` no es un elemento de documento
xml-document-elements-help = un elemento de documento es <Notification>, <Timetable> o <ProgressReport>; varios documentos van dentro de <Submissions>
xml-type-not-the-root = DocumentType `{ $type }` no corresponde al elemento raíz `<{ $element }>`
xml-type-not-the-root-help = el DocumentType de un elemento <{ $root }> es `{ $root_type }`; el elemento de un documento { $type } es <{ $type_root }>
xml-element-in-other-namespace = elemento desconocido `<{ $element }>`: está en { $namespace }, y su documento en { $document_namespace }
xml-in-namespace = el espacio de nombres `{ $namespace }`
xml-in-no-namespace = ningún espacio de nombres
xml-one-namespace-help = todos los elementos de un envío están en el espacio de nombres { $namespace }
xml-unknown-element = elemento desconocido `<{ $element }>`
xml-capital-letter-help = los nombres de los elementos empiezan por mayúscula
xml-unknown-item = elemento desconocido `<{ $element }>` en `<{ $list }>`
xml-items-help = los elementos de la lista `<{ $list }>` son elementos `<{ $item }>`

## Buena formación (src/read/xml_tree.rs)
xml-doctype = el archivo tiene un DOCTYPE, que fosx rechaza: no se lee ninguna DTD ni se expande ninguna entidad
xml-doctype-help = suprima la declaración <!DOCTYPE ...>: un envío no la necesita
xml-declaration-not-first = la declaración XML debe estar al principio mismo del archivo
xml-declaration-not-first-help = ponga <?xml ...?> en la primera línea, sin nada delante
xml-declaration = declaración XML: { $problem }
xml-not-closed = el elemento `<{ $element }>` no se cierra antes del final del archivo
xml-not-closed-help = añada `</{ $element }>` donde termina el elemento
xml-no-element = el archivo no contiene ningún elemento: un documento XML tiene un único elemento raíz
xml-illegal-character = el carácter U+{ $code } no se admite en XML
xml-illegal-character-help = suprímalo; los caracteres de control no pueden figurar en un archivo XML
xml-too-deep = el XML tiene más de { $depth } niveles de anidamiento
xml-second-root = un segundo elemento raíz `<{ $element }>`: un documento XML tiene exactamente una raíz
xml-second-root-help = ponga varios documentos dentro de un único elemento <Submissions xmlns="urn:fosx:1">
xml-bad-element-name = `{ $name }` no es un nombre de elemento válido
xml-undeclared-prefix = el prefijo de espacio de nombres `{ $prefix }` no está declarado
xml-undeclared-prefix-help = declárelo, por ejemplo xmlns:{ $prefix }="urn:fosx:1", o escriba el nombre sin prefijo
xml-less-than-in-attribute = `<` no se admite en el valor del atributo `{ $attribute }`
xml-write-lt-help = escríbalo como &lt;
xml-bad-attribute-name = `{ $name }` no es un nombre de atributo válido
xml-empty-namespace = el prefijo `{ $prefix }` no puede vincularse a un espacio de nombres vacío
xml-text-before-root = texto antes del elemento raíz
xml-text-after-root = texto después del elemento raíz
xml-text-outside-root-help = todo el contenido de un documento XML está dentro de su único elemento raíz
xml-cdata-end-in-text = `]]>` no se admite en el texto
xml-cdata-end-help = escríbalo como ]]&gt;
xml-cdata-outside-root = una sección CDATA fuera del elemento raíz
xml-bad-character-reference = `&{ $name };` no es una referencia de carácter válida
xml-bad-character-reference-help = escriba &#NNN; (decimal) o &#xHHH; (hexadecimal) para un carácter que XML admita
xml-reference-to-illegal-character = `&{ $name };` designa el carácter U+{ $code }, que no se admite en XML
xml-reference-to-illegal-character-help = suprímala; XML no admite ningún carácter de control salvo la tabulación, el salto de línea y el retorno de carro, ni U+FFFE o U+FFFF, aunque se escriban como referencia
xml-end-tag-mismatch = `</{ $found }>` cierra `<{ $expected }>`: la etiqueta de cierre no corresponde al elemento abierto
xml-end-tag-mismatch-help = cierre `<{ $expected }>` con `</{ $expected }>`, y los elementos en el orden inverso al de apertura
xml-open-element = el elemento abierto
xml-end-tag-unmatched = `</{ $tag }>` no cierra ningún elemento abierto
xml-reference-not-closed = `&` empieza una referencia que no se cierra con `;`
xml-literal-ampersand-help = escriba un & literal como &amp;
xml-double-hyphen = `--` no se admite dentro de un comentario
xml-tag-not-closed = una etiqueta no está cerrada: falta `>` antes del final del archivo
xml-bad-markup = `<!` no empieza ni un comentario, ni una sección CDATA, ni un DOCTYPE
xml-entity-refused = la referencia de entidad `&{ $name };` se rechaza: no se ha expandido nada
xml-entity-refused-help = solo se admiten &lt; &gt; &amp; &quot; &apos; y las referencias de carácter como &#233;; escriba el propio texto
xml-bad-reference = referencia incorrecta: { $problem }
xml-attribute-needs-equals = el nombre de un atributo debe ir seguido de `=`
xml-attribute-needs-value = `=` debe ir seguido de un valor entre comillas
xml-attribute-unquoted = el valor de un atributo debe ir entre comillas: name="value"
xml-attribute-not-closed = el valor de un atributo no se cierra con `{ $quote }`
xml-attribute-twice = el mismo atributo se indica dos veces

## Las palabras del analizador (quick-xml, src/read/xml_errors.rs)
xml-parser-io = error de entrada/salida: «{ $reason }»
xml-parser-syntax = error de sintaxis: { $problem }
xml-parser-ill-formed = documento mal formado: { $problem }
xml-parser-attribute = error en un atributo: { $problem }
xml-parser-unknown-markup = símbolo desconocido o ausente en el marcado
xml-parser-pi-not-closed = instrucción de procesamiento sin cerrar: no se encontró `?>` antes del final del archivo
xml-parser-declaration-not-closed = declaración XML sin cerrar: no se encontró `?>` antes del final del archivo
xml-parser-comment-not-closed = comentario sin cerrar: no se encontró `-->` antes del final del archivo
xml-parser-doctype-not-closed = DOCTYPE sin cerrar: no se encontró `>` antes del final del archivo
xml-parser-cdata-not-closed = sección CDATA sin cerrar: no se encontró `]]>` antes del final del archivo
xml-parser-tag-not-closed = etiqueta sin cerrar: no se encontró `>` antes del final del archivo
xml-parser-single-quote-not-closed = valor de atributo sin cerrar: no se encontró `'` antes del final del archivo
xml-parser-double-quote-not-closed = valor de atributo sin cerrar: no se encontró `"` antes del final del archivo
xml-parser-no-version = una declaración XML no contiene el atributo `version`
xml-parser-version-not-first = una declaración XML debe empezar por el atributo `version`, pero empieza por `{ $attribute }`
xml-parser-unknown-version = versión XML desconocida: se espera 1.0 o 1.1
xml-parser-doctype-without-name = la declaración `<!DOCTYPE>` no contiene un nombre de tipo de documento
xml-parser-end-tag-missing = etiqueta de apertura sin cerrar: no se encontró `</{ $tag }>` antes del final del archivo
xml-parser-end-tag-unmatched = la etiqueta de cierre `</{ $tag }>` no corresponde a ninguna etiqueta abierta
xml-parser-end-tag-mismatch = se esperaba `</{ $expected }>`, pero se encontró `</{ $found }>`
xml-parser-double-hyphen = la cadena prohibida `--` figura en un comentario
xml-parser-reference-not-closed = referencia de entidad o de carácter sin cerrar: no se encontró `;` antes del final del archivo
xml-parser-attribute-needs-equals = posición { $position }: el nombre de un atributo debe ir seguido directamente de `=` o de un espacio
xml-parser-attribute-needs-value = posición { $position }: `=` debe ir seguido del valor del atributo
xml-parser-attribute-unquoted = posición { $position }: el valor de un atributo debe ir entre `"` o `'`
xml-parser-attribute-not-closed = posición { $position }: falta la comilla de cierre `{ $quote }` en el valor del atributo
xml-parser-attribute-twice = posición { $position }: atributo repetido, ya declarado en la posición { $previous }
xml-parser-invalid-utf8 = no se puede decodificar el texto en UTF-8: secuencia UTF-8 no válida de { $length } bytes a partir del byte { $index }
xml-parser-incomplete-utf8 = no se puede decodificar el texto en UTF-8: secuencia UTF-8 incompleta a partir del byte { $index }
xml-parser-cannot-decode = no se puede decodificar el texto en { $encoding }
xml-parser-cannot-decode-input = no se puede decodificar el texto
xml-parser-unknown-entity = posición { $range }: entidad desconocida `{ $name }`
xml-parser-entity-not-closed = no se encontró `;` después de `&` (posición { $range })
xml-parser-bad-character-reference = referencia de carácter no válida: { $problem }
xml-parser-nested-entities = demasiadas entidades anidadas en un valor de atributo
xml-parser-number-sign = signo inesperado en el número
xml-parser-not-a-code-point = `{ $number }` no es un punto de código válido
xml-parser-character-not-permitted = el carácter 0x{ $code } no se admite en XML
xml-parser-number-empty = falta el número
xml-parser-number-invalid-digit = cifra no válida
xml-parser-number-too-large = número demasiado grande
xml-parser-number-too-small = número demasiado pequeño
xml-parser-number-zero = el número sería cero
xml-parser-number-unreadable = el número no se puede leer
xml-parser-unknown-prefix = prefijo de espacio de nombres desconocido `{ $prefix }`
xml-parser-xml-prefix-bound = el prefijo de espacio de nombres `xml` no puede vincularse a `{ $namespace }`
xml-parser-xmlns-prefix-bound = el prefijo de espacio de nombres `xmlns` no puede vincularse a `{ $namespace }`
xml-parser-prefix-for-xml = el prefijo de espacio de nombres `{ $prefix }` no puede vincularse a `http://www.w3.org/XML/1998/namespace`
xml-parser-prefix-for-xmlns = el prefijo de espacio de nombres `{ $prefix }` no puede vincularse a `http://www.w3.org/2000/xmlns/`
xml-parser-too-many-bindings = más de { $limit } vínculos de espacio de nombres vigentes; el analizador no lee más
xml-parser-too-deep = el documento anida elementos más allá del límite admitido de { $limit }
