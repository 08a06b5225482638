# Archivos que escribe fosx (src/write/): comentarios de la plantilla XML
# (lo que admite cada campo), y por qué no se pueden escribir documentos.

## Primer comentario de la plantilla XML (sus líneas se sangran tal cual)
template-xml-intro =
    Una plantilla «{ $doc_type }» (versión { $version } del esquema fosx), lista para rellenar.
    Escriba cada valor entre sus etiquetas. Un elemento opcional vacío, o
    suprimido, significa que el campo no se indica. Compruebe el archivo con:
    fosx validate ARCHIVO

## Comentario antes de cada elemento: obligatorio o no, y lo que admite
template-required = obligatorio
template-optional = opcional
template-required-value = obligatorio; { $what }
template-optional-value = opcional; { $what }
template-required-list = lista obligatoria: un elemento `{ $item }` por valor{ $at_least }{ $each }; copie el elemento para añadir otros
template-optional-list = lista opcional: un elemento `{ $item }` por valor{ $at_least }{ $each }; copie el elemento para añadir otros
template-at-least = { $count ->
    [1] , al menos uno
   *[other] , al menos { $count }
}
template-each = , cada uno: { $what }

## Lo que admite un valor
template-always = siempre `{ $value }`
template-text = texto, 200 caracteres como máximo
template-long-text = texto, 4000 caracteres como máximo
template-token = identificador: de 1 a 64 letras, cifras, puntos, guiones bajos o guiones, que empiece por una letra o una cifra
template-date = fecha, AAAA-MM-DD
template-email = dirección de correo electrónico
template-phone = número de teléfono: cifras, espacios y ( ) . / - con un + inicial si procede
template-standard = entero{ $range }: el número de una norma de la edición `frameworkEdition` ({ $edition }: de 1 a { $last })
template-integer = entero{ $range }
template-decimal = número decimal{ $range }
template-range-between = {" "}de { $min } a { $max }
template-range-at-least = , { $min } o más
template-range-at-most = , { $max } como máximo
template-boolean = true o false
template-one-of = uno de: `{ $codes }`
template-code = código de la lista { $list }
template-code-language = código de la lista { $list }: un código ISO 639-1 como en, fr, es (schemas/reference/languages.csv)
template-code-currency = código de la lista { $list }: un código ISO 4217 como EUR, USD, XOF (schemas/reference/currencies.csv)
template-code-member = código de la lista { $list }: para un Miembro, un código ISO 3166-1 alfa-2 o XK (schemas/reference/countries.csv); para una unión, un código de schemas/reference/unions.csv

## Por qué no se pueden escribir documentos (write::WriteError)
write-mixed-types = un archivo CSV contiene documentos de un solo tipo, pero estos son de varios tipos ({ $types })
write-unknown-type = el documento { $document } no tiene un documentType conocido
write-empty = no hay ningún documento que escribir
write-binary = XLSX es una representación binaria: escríbala como bytes
write-workbook-failed = el libro no se puede escribir: { $reason }
write-xlsx-not-built = esta versión de fosx no escribe libros: pida JSON, XML o CSV
