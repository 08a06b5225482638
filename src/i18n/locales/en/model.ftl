# Descriptions of the dictionary's types and values (src/model/): pieces
# that other messages embed, as in "add `email` (an e-mail address)".

## A type of the dictionary (Ty::describe)
model-type-schema-version = the version string "{ $version }"
model-type-text = a text of at most { $max } characters
model-type-token = an identifier (letters, digits, `.`, `_`, `-`)
model-type-date = a date written YYYY-MM-DD
model-type-email = an e-mail address
model-type-phone = a telephone number
model-type-integer = an integer
model-type-decimal = a decimal number
model-type-boolean = `true` or `false`
model-type-code = a code of the { $list } list
# Where the type of a field is not known.
model-type-unknown = a value of another type

## What a JSON value is
model-value-null = null
model-value-boolean = a boolean
model-value-number = a number
model-value-string = a string
model-value-list = a list
model-value-object = an object

## One value of a code list (CodeList::describe), as in "`x` is not a status"
model-code-list-document-type = a document type
model-code-list-framework-edition = a known edition of the Framework of Standards
model-code-list-member-type = a member type
model-code-list-region = a WCO region
model-code-list-language = a ISO 639-1 language code
model-code-list-member-code = a member code (ISO 3166-1 alpha-2 or a union code)
model-code-list-currency = a ISO 4217 currency code
model-code-list-scope = a scope
model-code-list-date-kind = a date kind
model-code-list-status = a status
model-code-list-stakeholder = a stakeholder
