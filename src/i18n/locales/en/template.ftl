# Files fosx writes (src/write/): the comments of the XML template (what
# each field takes), and why documents cannot be written.

## The XML template's first comment (its lines are indented as written)
template-xml-intro =
    A { $doc_type } (fosx schema version { $version }), ready to fill.
    Write each value between its tags. An optional element left empty, or
    deleted, means the field is absent. Check the file with: fosx validate FILE

## The comment before each element: required or not, then what it takes
template-required = required
template-optional = optional
template-required-value = required; { $what }
template-optional-value = optional; { $what }
# $at_least: template-at-least or nothing; $each: template-each or nothing.
template-required-list = required list: one { $item } element per item{ $at_least }{ $each }; copy the element for more
template-optional-list = optional list: one { $item } element per item{ $at_least }{ $each }; copy the element for more
template-at-least = { $count ->
    [1] , at least one
   *[other] , at least { $count }
}
template-each = , each { $what }

## What a value takes
template-always = always { $value }
template-text = text, at most 200 characters
template-long-text = text, at most 4000 characters
template-token = identifier: 1 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or digit
template-date = date, YYYY-MM-DD
template-email = e-mail address
template-phone = telephone number: digits, spaces and ( ) . / - with an optional leading +
# $range: one of the template-range-* messages, or nothing.
template-standard = integer{ $range }: the number of a standard of the frameworkEdition ({ $edition }: 1 to { $last })
template-integer = integer{ $range }
template-decimal = decimal number{ $range }
template-range-between = {" "}from { $min } to { $max }
template-range-at-least = , { $min } or more
template-range-at-most = , at most { $max }
template-boolean = true or false
template-one-of = one of: { $codes }
template-code = code of the { $list } list
template-code-language = code of the { $list } list: an ISO 639-1 code such as en, fr, es (schemas/reference/languages.csv)
template-code-currency = code of the { $list } list: an ISO 4217 code such as EUR, USD, XOF (schemas/reference/currencies.csv)
template-code-member = code of the { $list } list: for a member, an ISO 3166-1 alpha-2 code or XK (schemas/reference/countries.csv); for a union, a code of schemas/reference/unions.csv

## Why documents cannot be written (write::WriteError)
write-mixed-types = a CSV file holds documents of one type, but these are of several types ({ $types })
write-unknown-type = document { $document } has no known documentType
write-empty = there is no document to write
write-binary = XLSX is a binary representation: write it as bytes
write-workbook-failed = the workbook cannot be written: { $reason }
write-xlsx-not-built = this build of fosx writes no workbooks: ask for JSON, XML or CSV
