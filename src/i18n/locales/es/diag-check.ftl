# Comprobación de los documentos (src/check/): estructura y tipos del
# esquema (S01-S10), forma léxica de los números, lo que dicen las celdas de
# un archivo CSV, diagnósticos de una gran colección leída documento por
# documento, y diagnóstico final del tope (src/diag/cap.rs). Los
# identificadores empiezan por `check-`.

## Listas de nombres o de códigos, escritas elemento por elemento (cada
## idioma marca los elementos como código a su manera)
check-list-more = `{ $first }`, { $rest }
check-list-last = `{ $item }`

## S01, S02: campos
check-required-field-missing = falta el campo obligatorio `{ $field }`
check-add-field = añada `{ $key }`
check-add-field-described = añada `{ $key }` ({ $what })
check-unknown-field = campo desconocido `{ $field }`
check-did-you-mean = ¿quiso decir `{ $value }`?
check-fields-allowed = los campos admitidos aquí son: { $fields }

## S03: tipos y fechas
check-should-be = `{ $field }` debería ser { $expected }, no { $value }
check-null = `{ $field }` vale null, lo cual no es un valor
check-null-help = omita el campo cuando no tenga valor
check-not-an-object = el documento no es un objeto
check-document-is-an-object = un documento es un objeto con `schemaVersion`, `documentType` y los demás campos
check-unquote-number = escriba el número sin comillas: { $number }
check-unquote-boolean = escriba `{ $value }` sin comillas, en minúsculas
check-quote-value = escriba el valor entre comillas: "{ $value }"
check-not-a-calendar-date = `{ $value }` no es una fecha real del calendario
check-check-day-and-month = compruebe el día y el mes: AAAA-MM-DD
check-years-range = los años van de 0001 a 9999
check-not-a-date = `{ $value }` no es una fecha escrita AAAA-MM-DD
check-write-dates = escriba las fechas como año-mes-día, por ejemplo 2026-03-31

## S03: forma léxica de un número
check-number-exponent = escriba el número completo, sin exponente
check-integer-decimal-point = un número entero no tiene punto decimal
check-integer-digits-only = escriba solo cifras, precedidas si hace falta de un -
check-leading-zeros = escriba el número sin ceros a la izquierda
check-integer-too-long = un número entero tiene como máximo 18 cifras
check-decimal-digits-only = escriba cifras, con un punto decimal si hace falta, por ejemplo 1250.75
check-decimal-point-alone = escriba al menos una cifra tras el punto decimal, o ningún punto
check-decimal-fraction-too-long = un número decimal tiene como máximo 6 cifras tras el punto decimal
check-decimal-too-long = un número decimal tiene como máximo 18 cifras (sin contar los ceros a la izquierda ni los que terminan la parte decimal); este tiene { $digits }

## S04, S09: un valor que no está en su lista
check-not-in-list = `{ $value }` no es { $list }
check-not-allowed = `{ $value }` no es un valor admitido
check-member-code-not-name = ¿quiso decir `{ $code }`? `memberCode` es un código, no un nombre
check-use-one-of = use uno de estos valores: { $values }
check-should-equal = `{ $field }` debería valer { $expected }

## S05: textos
check-too-long = `{ $field }` tiene { $length } caracteres, más que el límite de { $limit }
check-shorten = acorte el texto
check-control-character = `{ $field }` contiene el carácter de control U+{ $code_point }
check-control-character-help = suprímalo: un texto puede contener saltos de línea y tabulaciones, pero ningún otro carácter de control
check-blank = `{ $field }` está en blanco
check-blank-help = escriba el texto, u omita el campo si es opcional
check-not-an-identifier = `{ $value }` no es un identificador válido
check-identifier-help = use de 1 a 64 letras, cifras, `.`, `_` o `-`, empezando por una letra o una cifra
check-not-an-email = `{ $value }` no es una dirección de correo electrónico
check-email-help = escríbala con el formato nombre@dominio.example
check-not-a-phone = `{ $value }` no es un número de teléfono
check-phone-help = use de 6 a 30 cifras, espacios y ( ) . / -, precedidos si hace falta de +; empiece por una cifra y no termine con un espacio
check-wrong-form = `{ $value }` no tiene la forma esperada para `{ $field }`

## S06: números fuera de los límites
check-less-than-minimum = `{ $field }` vale { $value }, menos que el mínimo de { $limit }
check-more-than-maximum = `{ $field }` vale { $value }, más que el máximo de { $limit }
check-range-help = indique un número de { $min } a { $max }
check-at-least-help = indique un número igual o superior a { $min }
check-at-most-help = indique un número igual o inferior a { $max }

## S07: listas
check-needs-items =
    { $limit ->
        [one] `{ $field }` debe contener al menos { $limit } elemento
       *[other] `{ $field }` debe contener al menos { $limit } elementos
    }
check-needs-items-help = añada los elementos, u omita el campo si es opcional
check-listed-twice = `{ $field }` contiene `{ $item }` dos veces
check-first-given-here = primera aparición aquí
check-remove-second = suprima la segunda

## S09, S10: documentos y versiones
check-header-without-data = el archivo tiene una fila de encabezado pero ninguna fila de datos
check-header-without-data-help = rellene una fila bajo el encabezado, una fila por entrada, empezando por `schemaVersion`, `documentType` y `documentId`
check-no-document = el archivo no contiene ningún documento
check-no-document-help = una colección contiene al menos un documento
check-document-not-object = un documento debe ser un objeto, no { $kind }
check-schema-version-unknown = schemaVersion `{ $value }` no es una versión que esta versión de fosx sepa leer
check-schema-version-help = esta versión de fosx lee schemaVersion "{ $version }"

## Un archivo CSV, con las palabras de una hoja de cálculo (src/check/csv_words.rs)
check-cell-empty = la celda obligatoria `{ $column }` está vacía
check-fill-in = rellene `{ $column }`
check-fill-in-described = rellene `{ $column }` ({ $what })
check-no-group-columns = el archivo no tiene ninguna columna de `{ $column }`, un campo obligatorio
check-add-group-columns = añada las columnas `{ $column }.*` y rellénelas
check-add-columns = añada las columnas { $columns } y rellénelas
check-column-missing = falta la columna obligatoria `{ $column }`
check-add-column = añada una columna `{ $column }` y rellénela
check-add-column-described = añada una columna `{ $column }` y rellénela ({ $what })
check-no-entry-rows = ninguna fila tiene una entrada: todas las celdas `entries.*` están vacías
check-fill-in-entries = rellene las columnas `entries.*`, una fila por entrada
check-fill-in-entry-columns = rellene { $columns } en una fila, una fila por entrada

## El tope (src/diag/cap.rs)
check-left-out =
    { $count ->
        [one] se ha omitido { $count } diagnóstico más de este archivo, por superar el límite de { $limit } ({ $codes })
       *[other] se han omitido { $count } diagnósticos más de este archivo, por superar el límite de { $limit } ({ $codes })
    }
check-left-out-help = corrija los problemas mostrados y vuelva a comprobar, o aumente el límite con { $option }

## Una gran colección, leída documento por documento (src/check/stream/)
check-stream-cannot-read = no se puede leer { $path }: { $reason }
check-stream-long-line = una línea supera el límite de { $limit } bytes (el archivo no se ha leído más allá)
check-stream-too-many-documents = el archivo contiene más de { $limit } documentos, el máximo admitido (no se ha leído más allá)
check-stream-json-eof = sintaxis JSON: fin del archivo en medio de una lista
check-stream-json-eof-help = el archivo termina demasiado pronto: compruebe si falta `{"}"}`, `]` o `"`
check-stream-json-trailing-comma = sintaxis JSON: coma de más antes del final de la lista
check-stream-json-trailing-comma-help = suprima la coma que sigue al último elemento
check-stream-json-expected-value = sintaxis JSON: se esperaba un valor
check-stream-json-extra-comma-help = suprima la coma de más
check-stream-json-expected-comma = sintaxis JSON: se esperaba `,` o `]`
check-stream-json-comma-help = los documentos de una colección se separan con comas
check-stream-json-trailing-characters = sintaxis JSON: caracteres de más tras el final del documento
check-stream-json-one-help = un archivo contiene un documento o una lista de documentos
check-stream-xml-unclosed = sintaxis XML: el archivo termina antes del final de `<{ $name }>`
check-stream-xml-unclosed-help = cierre la colección con `</{ $name }>`
check-stream-xml-after-root = sintaxis XML: contenido después del elemento raíz
check-stream-xml-one-help = un archivo contiene un documento o una colección `<Submissions>`
