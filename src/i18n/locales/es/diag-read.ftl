# Lectura de un archivo (src/read/, src/source/): lo que dicen los lectores
# de JSON y CSV, la decodificación de los bytes, los límites y la lectura de
# los archivos, y los lugares de una hoja. El XML está en diag-xml.ftl, los
# libros en diag-xlsx.ftl.

## El archivo y su entrada
read-empty-file = el archivo está vacío
read-empty-file-help = un envío es un objeto JSON, un documento XML o un archivo CSV con una fila de encabezado
read-standard-input = la entrada estándar
read-not-found = no se puede leer { $input }: el archivo no existe
read-permission-denied = no se puede leer { $input }: permiso denegado
read-is-a-directory = no se puede leer { $input }: es una carpeta
read-io-error = no se puede leer { $input }: { $reason }

## Límites (P06); $option es la opción de la línea de comandos que aumenta el límite
limit-raise-help = si el archivo es auténtico, aumente el límite con { $option }
limit-line = una línea supera el límite de { $limit } bytes
limit-line-not-read-further = una línea supera el límite de { $limit } bytes (el archivo no se ha leído más allá)
limit-entries = el documento { $document } tiene { $entries } entradas, más que el límite de { $limit }
limit-text = un valor de texto ocupa { $length } bytes, más que el límite de { $limit }
limit-document-size = el documento { $document } ocupa { $size } bytes, más que el límite de { $limit }
limit-file-size = el archivo ocupa { $size } bytes, más que el límite de { $limit } bytes
limit-input-size = { $input } supera el límite de { $limit } bytes (no se ha leído más allá)
limit-documents = el archivo contiene { $count } documentos, más que el límite de { $limit }
limit-documents-help = divida la colección, o aumente el límite con { $option }
limit-depth-help = un envío tiene como máximo 5 niveles de anidamiento; aumente el límite con { $option } (128 como máximo)

## Decodificación (P04, P07)
decode-invalid = el archivo no es { $encoding } válido
decode-save-as-utf8-help = guarde el archivo en UTF-8
decode-unknown-encoding = la declaración XML indica la codificación `{ $label }`, que fosx no lee
decode-unknown-encoding-help = guarde el archivo en UTF-8, o indique su codificación; fosx lee UTF-8, UTF-16 (`LE`, `BE`), ISO-8859-1, windows-1252 y las demás codificaciones de la norma de codificación del WHATWG (ISO-8859-2 a -16, KOI8-R, Shift_JIS, EUC-KR, GBK, Big5, ...)
decode-not-ascii = la declaración XML indica que el archivo está en `{ $label }` (ASCII), pero el byte { $byte } no es un carácter ASCII
decode-declared-utf16 = la declaración XML indica que el archivo está en `{ $label }`, pero ella misma está escrita con un byte por carácter, no dos como en UTF-16
decode-declare-utf8-help = el archivo está en UTF-8 válido: cambie la declaración por encoding="UTF-8"
decode-declare-windows-1252-help = el archivo parece estar en windows-1252, donde el byte { $byte } es `{ $char }`: cambie la declaración por encoding="windows-1252", o guarde el archivo en UTF-8 y declare encoding="UTF-8"
decode-declare-the-encoding-help = indique en la declaración la codificación en la que está guardado el archivo, o guarde el archivo en UTF-8 y declare encoding="UTF-8"
decode-zip-not-xlsx = se trata de un archivo comprimido ZIP que no es ni un libro XLSX ni un libro OpenDocument (un .docx o un archivo .zip, por ejemplo), y no de un envío JSON, XML o CSV
decode-zip-not-xlsx-help = guarde la hoja desde el programa de hojas de cálculo en formato .xlsx o «CSV UTF-8», o descomprima el archivo y compruebe los archivos que contiene
decode-empty-zip = se trata de un archivo comprimido ZIP vacío, y no de un envío JSON, XML o CSV
decode-send-the-submission-help = remita el envío en sí: un archivo de texto JSON, XML o CSV
decode-old-office = el archivo es un documento de Microsoft Office en el antiguo formato binario, sin libro (un .doc, por ejemplo), y no un envío JSON, XML o CSV
decode-old-office-help = guarde la hoja desde el programa de hojas de cálculo en formato «CSV UTF-8»
decode-pdf = el archivo es un documento PDF, y no un envío JSON, XML o CSV
decode-gzip = el archivo está comprimido en formato gzip, y no es un envío JSON, XML o CSV
decode-gzip-help = descomprímalo y compruebe el archivo que contiene
decode-utf16-without-bom = el archivo parece texto `{ $encoding }` sin marca de orden de bytes (BOM): fosx solo lee UTF-16 con una BOM, o en un XML cuya declaración indique UTF-16
decode-utf16-without-bom-help = guarde el archivo en UTF-8 (o en UTF-16 con una marca de orden de bytes)
decode-nul-byte = el archivo contiene un byte NUL (0x00): no es un archivo de texto
decode-nul-byte-help = exporte de nuevo el envío como archivo de texto CSV UTF-8; un byte NUL suele indicar un archivo binario o UTF-16
decode-read-as-windows-1252 = el archivo no está en UTF-8; se ha leído como windows-1252 (Europa occidental)
decode-read-as-windows-1252-help = compruebe las letras acentuadas en el informe, y guarde el archivo en UTF-8 («CSV UTF-8» en los programas de hojas de cálculo)
decode-invalid-utf8 = los bytes { $bytes } no son UTF-8 válido
decode-truncated-utf8 = el archivo termina en medio de un carácter UTF-8

## Un campo o una columna indicados dos veces, un nombre mal escrito
read-given-twice = `{ $field }` se indica dos veces
read-first-given-here = primera aparición aquí
read-keep-the-first-help = conserve uno de los dos; se usa el primero
read-did-you-mean = ¿quiso decir `{ $name }`?

## JSON (P01, P06)
json-too-deep = el JSON tiene más de { $depth } niveles de anidamiento
json-too-deep-help = un envío tiene como máximo 5 niveles de anidamiento; este archivo no es un envío
json-trailing-comma-object = sintaxis JSON: coma de más antes del final del objeto
json-trailing-comma-list = sintaxis JSON: coma de más antes del final de la lista
json-remove-the-comma-help = suprima la coma que sigue al último elemento
json-ends-too-early-help = el archivo termina demasiado pronto: compruebe que no falte una `{"}"}`, un `]` o una `"`
json-keys-in-quotes-help = las claves se escriben entre comillas dobles: `"key": value`
json-unpaired-surrogate = sintaxis JSON: `{ $escape }` es un sustituto aislado, la mitad de un par UTF-16 y no un carácter
json-unpaired-surrogate-help = escriba el propio carácter, o las dos mitades de su par (`\ud83d\ude00` es U+1F600)
json-eof-in-list = sintaxis JSON: fin del archivo en medio de una lista
json-eof-in-object = sintaxis JSON: fin del archivo en medio de un objeto
json-eof-in-string = sintaxis JSON: fin del archivo en medio de una cadena
json-eof-in-value = sintaxis JSON: fin del archivo antes de un valor
json-expected-colon = sintaxis JSON: se esperaba `:`
json-expected-comma-or-bracket = sintaxis JSON: se esperaba `,` o `]`
json-expected-comma-or-brace = sintaxis JSON: se esperaba `,` o `{"}"}`
json-expected-ident = sintaxis JSON: se esperaba una palabra (`true`, `false` o `null`)
json-expected-value = sintaxis JSON: se esperaba un valor
json-expected-quote = sintaxis JSON: se esperaba `"`
json-invalid-escape = sintaxis JSON: secuencia de escape no válida
json-invalid-number = sintaxis JSON: número no válido
json-number-out-of-range = sintaxis JSON: número fuera de rango
json-invalid-code-point = sintaxis JSON: punto de código Unicode no válido
json-control-character = sintaxis JSON: carácter de control (\u0000-\u001F) dentro de una cadena
json-key-not-a-string = sintaxis JSON: una clave debe ser una cadena
json-key-not-a-number = sintaxis JSON: valor no válido: una clave debe ser un número entre comillas
json-key-not-finite = sintaxis JSON: una clave numérica debe ser finita (y no NaN ni +/-inf)
json-lone-leading-surrogate = sintaxis JSON: sustituto inicial aislado en un escape hexadecimal
json-trailing-comma = sintaxis JSON: coma de más
json-trailing-characters = sintaxis JSON: caracteres de más después del final del documento
json-end-of-hex-escape = sintaxis JSON: fin inesperado de un escape hexadecimal
json-recursion-limit = sintaxis JSON: se superó el límite de recursión
json-ends-early = sintaxis JSON: el archivo termina antes del final del JSON
json-not-well-formed = sintaxis JSON: en este punto, el texto no es JSON bien formado

## CSV (P03, S01, S02, S08, S10, R16, R17)
csv-not-a-header = la primera fila no es una fila de encabezado: no nombra ninguna de las columnas
csv-not-a-header-help = empiece el archivo con una fila de nombres de columnas: schemaVersion, documentType, documentId, ...
csv-no-header = el archivo CSV no tiene fila de encabezado
csv-no-header-help = la primera fila nombra las columnas: documentType, documentId, ...
csv-row-cannot-be-split = esta fila no puede dividirse en celdas
csv-text-after-quote = texto después de la comilla de cierre de una celda entre comillas: la comilla se perdería
csv-quote-in-cell = una comilla dentro de una celda que no está entre comillas
csv-quote-help = ponga todo el valor entre comillas y escriba cada comilla que contenga como `""`: "a""b"
csv-unclosed-quote = la comilla que abre esta celda nunca se cierra: todo el resto del archivo sería su valor
csv-unclosed-quote-help = cierre la celda entre comillas con `"`, y escriba una comilla dentro de una celda entre comillas como `""`
csv-ragged = el registro { $record } tiene { $cells ->
        [one] { $cells } celda
       *[other] { $cells } celdas
    }, pero el encabezado tiene { $width } columnas
csv-extra-cells-help = suprima las celdas de más, o ponga entre comillas un valor que contenga el separador
csv-missing-cells-help = añada las celdas que faltan (también las vacías), o cierre un valor entre comillas que ocupe varias líneas
csv-column-without-name = la columna { $column } no tiene nombre
csv-column-without-name-help = nombre la columna, o suprímala con sus celdas
csv-column-given-twice = la columna `{ $column }` se indica dos veces
csv-column-given-twice-help = conserve una de las dos columnas; se lee la primera
csv-unknown-column = columna desconocida `{ $column }` para un envío
csv-unknown-column-of-type = columna desconocida `{ $column }` para un documento de tipo `{ $type }`
csv-column-of-another-type = `{ $column }` es una columna de los documentos de tipo `{ $other }`, y este archivo contiene documentos de tipo `{ $type }`
csv-columns-listed-help = las columnas figuran en schemas/{ $type }.table-schema.json
csv-more-unknown-columns = { $count } columnas desconocidas más, a partir de `{ $column }`
csv-more-unknown-columns-help = las columnas figuran en schemas/{ $type }.table-schema.json; suprima las demás
csv-missing-column = el archivo CSV no tiene la columna `{ $column }`, necesaria en todo envío CSV
csv-missing-document-id-help = añada una columna documentId: las filas de un mismo documento comparten su documentId
csv-missing-document-type-help = añada una columna `documentType` (`notification`, `timetable` o `progress-report`) con el tipo en cada fila
csv-other-document-type = esta fila es un documento de tipo `{ $type }`, pero las filas del archivo son de tipo `{ $file_type }`
csv-file-type-given-here = el tipo de documento del archivo se indica aquí por primera vez
csv-other-document-type-help = un archivo CSV contiene documentos de un solo tipo: ponga el otro tipo en un archivo aparte
csv-cell-differs = `{ $column }`: { $value } aquí, pero { $first } en la primera fila del documento (registro { $record })
csv-cell-empty = vacío
csv-cell-text = `{ $text }`
csv-first-row-has-this = la primera fila del documento tiene este valor
csv-cell-differs-help = cada fila de un documento repite los mismos campos de documento: haga iguales las dos celdas, o dé a las filas documentId distintos si pertenecen a documentos distintos
csv-schema-version-one = schemaVersion `1` se ha leído como `{ $version }`: una hoja de cálculo lo ha modificado
csv-schema-version-one-help = escriba { $version } en una celda con formato Texto, para que la hoja de cálculo lo conserve

## Lugares tal como los muestra una hoja de cálculo (src/source/sheet.rs)
place-row-column-named = fila { $row }, columna { $letter } ({ $name })
place-row-column = fila { $row }, columna { $letter }
place-row = fila { $row }
