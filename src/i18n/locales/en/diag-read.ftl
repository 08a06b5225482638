# Reading a file (src/read/, src/source/): what the readers of JSON and CSV,
# the decoding of bytes, the limits and the reading of files say, and the
# places of a sheet. XML is in diag-xml.ftl, workbooks in diag-xlsx.ftl.

## The file and its input
read-empty-file = the file is empty
read-empty-file-help = a submission is a JSON object, an XML document or a CSV file with a header row
# What `fosx` reads when the input is `-`.
read-standard-input = standard input
read-not-found = cannot read { $input }: no such file
read-permission-denied = cannot read { $input }: permission denied
read-is-a-directory = cannot read { $input }: it is a directory
# $reason: the operating system's own words.
read-io-error = cannot read { $input }: { $reason }

## Limits (P06); $option names the limit as the front end showing it does:
## the command its option (--max-depth), the library the field (max_depth)
limit-raise-help = if the file is genuine, raise the limit with { $option }
limit-line = a line is longer than the limit of { $limit } bytes
limit-line-not-read-further = a line is longer than the limit of { $limit } bytes (the file was not read further)
limit-entries = document { $document } has { $entries } entries, more than the limit of { $limit }
limit-text = a text value is { $length } bytes long, more than the limit of { $limit }
limit-document-size = document { $document } is { $size } bytes long, more than the limit of { $limit }
limit-file-size = the file is { $size } bytes, more than the limit of { $limit } bytes
limit-input-size = { $input } is longer than the limit of { $limit } bytes (it was not read further)
limit-documents = the file holds { $count } documents, more than the limit of { $limit }
limit-documents-help = split the collection, or raise the limit with { $option }
limit-depth-help = a submission is nested at most 5 levels deep; raise the limit with { $option } (at most 128)

## Decoding (P04, P07)
decode-invalid = the file is not valid { $encoding }
decode-save-as-utf8-help = save the file as UTF-8
decode-unknown-encoding = the XML declaration names the encoding `{ $label }`, which fosx does not read
decode-unknown-encoding-help = save the file as UTF-8, or name its encoding; fosx reads UTF-8, UTF-16 (LE, BE), ISO-8859-1, windows-1252 and the other encodings of the WHATWG Encoding Standard (ISO-8859-2 to -16, KOI8-R, Shift_JIS, EUC-KR, GBK, Big5, ...)
decode-not-ascii = the XML declaration says the file is `{ $label }` (ASCII), but byte { $byte } is not an ASCII character
decode-declared-utf16 = the XML declaration says the file is `{ $label }`, but the declaration itself is written one byte a character, not two as in UTF-16
decode-declare-utf8-help = the file is valid UTF-8: change the declaration to encoding="UTF-8"
decode-declare-windows-1252-help = the file looks like windows-1252, where byte { $byte } is `{ $char }`: change the declaration to encoding="windows-1252", or save the file as UTF-8 and declare encoding="UTF-8"
decode-declare-the-encoding-help = change the declaration to the encoding the file is saved in, or save the file as UTF-8 and declare encoding="UTF-8"
decode-zip-not-xlsx = the file is a ZIP archive that is neither an XLSX workbook nor an OpenDocument spreadsheet (a .docx or a .zip file, for instance), not a JSON, XML or CSV submission
decode-zip-not-xlsx-help = save the sheet from the spreadsheet program as .xlsx or as "CSV UTF-8", or unzip the archive and check the files in it
decode-empty-zip = the file is an empty ZIP archive, not a JSON, XML or CSV submission
decode-send-the-submission-help = send the submission itself: a JSON, XML or CSV text file
decode-old-office = the file is a Microsoft Office document in the old binary format without a workbook (a .doc, for instance), not a JSON, XML or CSV submission
decode-old-office-help = save the sheet from the spreadsheet program as "CSV UTF-8"
decode-pdf = the file is a PDF document, not a JSON, XML or CSV submission
decode-gzip = the file is a gzip-compressed file, not a JSON, XML or CSV submission
decode-gzip-help = decompress it and check the file inside
decode-utf16-without-bom = the file looks like { $encoding } text without a byte order mark (BOM): fosx reads UTF-16 only with a BOM, or in XML whose declaration names UTF-16
decode-utf16-without-bom-help = save the file as UTF-8 (or as UTF-16 with a byte order mark)
decode-nul-byte = the file holds a NUL byte (0x00): it is not a text file
decode-nul-byte-help = export the submission again as a CSV UTF-8 text file; a NUL byte is often the sign of a binary or UTF-16 file
decode-read-as-windows-1252 = the file is not UTF-8; it was read as windows-1252 (Western European)
decode-read-as-windows-1252-help = check the accented letters in the report, and save the file as UTF-8 ("CSV UTF-8" in spreadsheet programs)
decode-invalid-utf8 = the bytes { $bytes } are not valid UTF-8
decode-truncated-utf8 = the file ends in the middle of a UTF-8 character

## A field or column given twice, a name misspelt (JSON, XML and CSV)
read-given-twice = `{ $field }` is given twice
read-first-given-here = first given here
read-keep-the-first-help = keep one of the two; the first one is used
read-did-you-mean = did you mean `{ $name }`?

## JSON (P01, P06)
json-too-deep = the JSON is nested more than { $depth } levels deep
json-too-deep-help = a submission is nested at most 5 levels deep; this file is not a submission
json-trailing-comma-object = JSON syntax: trailing comma before the end of the object
json-trailing-comma-list = JSON syntax: trailing comma before the end of the list
json-remove-the-comma-help = remove the comma after the last item
json-ends-too-early-help = the file ends too early: check for a missing `{"}"}`, `]` or `"`
json-keys-in-quotes-help = keys are written in double quotes: "key": value
json-unpaired-surrogate = JSON syntax: `{ $escape }` is an unpaired surrogate, half of a UTF-16 pair and no character
json-unpaired-surrogate-help = write the character itself, or both halves of its pair (`\ud83d\ude00` is U+1F600)
# The syntax errors serde_json finds, in its words (src/read/json_syntax.rs).
json-eof-in-list = JSON syntax: EOF while parsing a list
json-eof-in-object = JSON syntax: EOF while parsing an object
json-eof-in-string = JSON syntax: EOF while parsing a string
json-eof-in-value = JSON syntax: EOF while parsing a value
json-expected-colon = JSON syntax: expected `:`
json-expected-comma-or-bracket = JSON syntax: expected `,` or `]`
json-expected-comma-or-brace = JSON syntax: expected `,` or `{"}"}`
json-expected-ident = JSON syntax: expected ident
json-expected-value = JSON syntax: expected value
json-expected-quote = JSON syntax: expected `"`
json-invalid-escape = JSON syntax: invalid escape
json-invalid-number = JSON syntax: invalid number
json-number-out-of-range = JSON syntax: number out of range
json-invalid-code-point = JSON syntax: invalid unicode code point
json-control-character = JSON syntax: control character (\u0000-\u001F) found while parsing a string
json-key-not-a-string = JSON syntax: key must be a string
json-key-not-a-number = JSON syntax: invalid value: expected key to be a number in quotes
json-key-not-finite = JSON syntax: float key must be finite (got NaN or +/-inf)
json-lone-leading-surrogate = JSON syntax: lone leading surrogate in hex escape
json-trailing-comma = JSON syntax: trailing comma
json-trailing-characters = JSON syntax: trailing characters
json-end-of-hex-escape = JSON syntax: unexpected end of hex escape
json-recursion-limit = JSON syntax: recursion limit exceeded
# A syntax error serde_json words in a way fosx does not know.
json-ends-early = JSON syntax: the file ends before the JSON is complete
json-not-well-formed = JSON syntax: the text is not well-formed JSON here

## CSV (P03, S01, S02, S08, S10, R16, R17)
csv-not-a-header = the first row is not a header row: it names none of the columns
csv-not-a-header-help = start the file with a row of column names: schemaVersion, documentType, documentId, ...
csv-no-header = the CSV file has no header row
csv-no-header-help = the first row names the columns: documentType, documentId, ...
csv-row-cannot-be-split = this row cannot be split into cells
csv-text-after-quote = text after the closing quote of a quoted cell: the quote would be lost
csv-quote-in-cell = a quote inside a cell that is not quoted
csv-quote-help = put the whole value in quotes and write each quote inside it as `""`: "a""b"
csv-unclosed-quote = the quote that opens this cell is never closed: the rest of the file would be its value
csv-unclosed-quote-help = close the quoted cell with `"`, and write a quote inside a quoted cell as `""`
csv-ragged = record { $record } has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    }, but the header has { $width } columns
csv-extra-cells-help = remove the extra cells, or quote a value that contains the delimiter
csv-missing-cells-help = add the missing cells (empty ones too), or close a quoted value that spans lines
csv-column-without-name = column { $column } has no name
csv-column-without-name-help = name the column, or remove it with its cells
csv-column-given-twice = column `{ $column }` is given twice
csv-column-given-twice-help = keep one of the two columns; the first one is read
csv-unknown-column = unknown column `{ $column }` for a submission
csv-unknown-column-of-type = unknown column `{ $column }` for a { $type }
csv-column-of-another-type = `{ $column }` is a column of a { $other }, and this file holds { $type }s
csv-columns-listed-help = the columns are listed in schemas/{ $type }.table-schema.json
csv-more-unknown-columns = { $count } more unknown columns, from `{ $column }` on
csv-more-unknown-columns-help = the columns are listed in schemas/{ $type }.table-schema.json; remove the others
csv-missing-column = the CSV has no `{ $column }` column, which every CSV submission needs
csv-missing-document-id-help = add a documentId column: the rows of one document share its documentId
csv-missing-document-type-help = add a documentType column (notification, timetable or progress-report) with the type on every row
csv-other-document-type = this row is a { $type }, but the file's rows are { $file_type }s
csv-file-type-given-here = the file's document type is first given here
csv-other-document-type-help = one CSV file holds documents of one type: put the other type in a file of its own
csv-cell-differs = `{ $column }` is { $value } here but { $first } on the document's first row (record { $record })
csv-cell-empty = empty
csv-cell-text = `{ $text }`
csv-first-row-has-this = the document's first row has this
csv-cell-differs-help = every row of a document repeats the same document fields: make the two cells equal, or give the rows different documentIds if they belong to different documents
csv-schema-version-one = schemaVersion `1` was read as `{ $version }`: a spreadsheet changed it
csv-schema-version-one-help = write { $version } in a cell formatted as Text, so that the spreadsheet keeps it

## Places as a spreadsheet shows them (src/source/sheet.rs)
place-row-column-named = row { $row }, column { $letter } ({ $name })
place-row-column = row { $row }, column { $letter }
place-row = row { $row }
