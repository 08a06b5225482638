# Checking documents (src/check/): the schema's structure and types
# (S01-S10), the lexical forms of numbers, what a CSV file's cells say, the
# diagnostics of a big collection read document by document, and the cap's
# closing diagnostic (src/diag/cap.rs). Ids start with `check-`.

## Lists of names or codes, written one item at a time (each language
## marks the items as code in its own way)
check-list-more = { $first }, { $rest }
check-list-last = { $item }

## S01, S02: fields
check-required-field-missing = required field `{ $field }` is missing
check-add-field = add `{ $key }`
check-add-field-described = add `{ $key }` ({ $what })
check-unknown-field = unknown field `{ $field }`
check-did-you-mean = did you mean `{ $value }`?
check-fields-allowed = the fields allowed here are: { $fields }

## S03: types and dates
check-should-be = `{ $field }` should be { $expected }, not { $value }
check-null = `{ $field }` is null, which is not a value
check-null-help = leave the field out when it has no value
check-not-an-object = the document is not an object
check-document-is-an-object = a document is an object with schemaVersion, documentType and the other fields
check-unquote-number = write the number without quotes: { $number }
check-unquote-boolean = write { $value } without quotes, in lower case
check-quote-value = write the value in quotes: "{ $value }"
check-not-a-calendar-date = `{ $value }` is not a real calendar date
check-check-day-and-month = check the day and the month: YYYY-MM-DD
check-years-range = years run from 0001 to 9999
check-not-a-date = `{ $value }` is not a date written YYYY-MM-DD
check-write-dates = write dates as year-month-day, e.g. 2026-03-31

## S03: the lexical form of a number
check-number-exponent = write the number in full, without an exponent
check-integer-decimal-point = an integer has no decimal point
check-integer-digits-only = write only digits, with an optional leading -
check-leading-zeros = write the number without leading zeros
check-integer-too-long = an integer has at most 18 digits
check-decimal-digits-only = write digits with an optional decimal point, e.g. 1250.75
check-decimal-point-alone = write at least one digit after the decimal point, or none
check-decimal-fraction-too-long = a decimal has at most 6 digits after the decimal point
check-decimal-too-long = a decimal has at most 18 digits (leading zeros and zeros ending the fraction not counted), this one has { $digits }

## S04, S09: a value not in its list
check-not-in-list = `{ $value }` is not { $list }
check-not-allowed = `{ $value }` is not an allowed value
check-member-code-not-name = did you mean `{ $code }`? memberCode is a code, not a name
check-use-one-of = use one of: { $values }
check-should-equal = `{ $field }` should be { $expected }

## S05: texts
check-too-long = `{ $field }` is { $length } characters long, more than the limit of { $limit }
check-shorten = shorten the text
check-control-character = `{ $field }` holds the control character U+{ $code_point }
check-control-character-help = remove it: a text may hold line breaks and tabs, but no other control character
check-blank = `{ $field }` is blank
check-blank-help = write the text, or leave the field out where it is optional
check-not-an-identifier = `{ $value }` is not a valid identifier
check-identifier-help = use 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit
check-not-an-email = `{ $value }` is not an e-mail address
check-email-help = write it as name@domain.example
check-not-a-phone = `{ $value }` is not a telephone number
check-phone-help = use 6 to 30 digits, spaces and ( ) . / -, after an optional +; start with a digit, and end with no space
check-wrong-form = `{ $value }` does not have the form of `{ $field }`

## S06: numbers out of range
check-less-than-minimum = `{ $field }` is { $value }, less than the minimum of { $limit }
check-more-than-maximum = `{ $field }` is { $value }, more than the maximum of { $limit }
check-range-help = use a number from { $min } to { $max }
check-at-least-help = use a number of at least { $min }
check-at-most-help = use a number of at most { $max }

## S07: lists
check-needs-items =
    { $limit ->
        [one] `{ $field }` needs at least { $limit } item
       *[other] `{ $field }` needs at least { $limit } items
    }
check-needs-items-help = add the items, or leave the field out where it is optional
check-listed-twice = `{ $field }` lists `{ $item }` twice
check-first-given-here = first given here
check-remove-second = remove the second one

## S09, S10: documents and versions
check-header-without-data = the file has a header row but no row of data
check-header-without-data-help = fill in a row below the header, one row per entry, starting with `schemaVersion`, `documentType` and `documentId`
check-no-document = the file holds no document
check-no-document-help = a collection holds at least one document
check-document-not-object = a document must be an object, not { $kind }
check-schema-version-unknown = schemaVersion `{ $value }` is not one this fosx reads
check-schema-version-help = this version of fosx reads schemaVersion "{ $version }"

## A CSV file, in the words of a spreadsheet (src/check/csv_words.rs)
check-cell-empty = required cell `{ $column }` is empty
check-fill-in = fill in `{ $column }`
check-fill-in-described = fill in `{ $column }` ({ $what })
check-no-group-columns = the file has no column of `{ $column }`, which is required
check-add-group-columns = add the columns `{ $column }.*` and fill them in
check-add-columns = add the columns { $columns } and fill them in
check-column-missing = required column `{ $column }` is missing
check-add-column = add a column `{ $column }` and fill it in
check-add-column-described = add a column `{ $column }` and fill it in ({ $what })
check-no-entry-rows = no row has an entry: every `entries.*` cell is empty
check-fill-in-entries = fill in the `entries.*` columns, one row per entry
check-fill-in-entry-columns = fill in { $columns } on a row, one row per entry

## The cap (src/diag/cap.rs)
check-left-out =
    { $count ->
        [one] { $count } more diagnostic of this file was left out, over the limit of { $limit } ({ $codes })
       *[other] { $count } more diagnostics of this file were left out, over the limit of { $limit } ({ $codes })
    }
check-left-out-help = fix the problems shown and check again, or raise the limit with { $option }

## A big collection, read document by document (src/check/stream/)
check-stream-cannot-read = cannot read { $path }: { $reason }
check-stream-long-line = a line is longer than the limit of { $limit } bytes (the file was not read further)
check-stream-too-many-documents = the file holds more than { $limit } documents, the limit (the file was not read further)
check-stream-json-eof = JSON syntax: EOF while parsing a list
check-stream-json-eof-help = the file ends too early: check for a missing `{"}"}`, `]` or `"`
check-stream-json-trailing-comma = JSON syntax: trailing comma before the end of the list
check-stream-json-trailing-comma-help = remove the comma after the last item
check-stream-json-expected-value = JSON syntax: expected value
check-stream-json-extra-comma-help = remove the extra comma
check-stream-json-expected-comma = JSON syntax: expected `,` or `]`
check-stream-json-comma-help = documents in a collection are separated by commas
check-stream-json-trailing-characters = JSON syntax: trailing characters
check-stream-json-one-help = a file holds one document or one list of documents
check-stream-xml-unclosed = XML syntax: the file ends before the end of `<{ $name }>`
check-stream-xml-unclosed-help = close the collection with </{ $name }>
check-stream-xml-after-root = XML syntax: content after the root element
check-stream-xml-one-help = a file holds one document or one <Submissions> collection
