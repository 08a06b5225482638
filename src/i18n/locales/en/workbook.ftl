# Workbooks fosx writes (src/write/xlsx.rs, src/write/xlsx_text.rs): the
# sheets' names, the columns' input messages, the drop-down lists' error
# messages, the labels of codes and the "Read me" sheet.

## Sheet names: at most 31 characters, none of : \ / ? * [ ]. The first
## sheet's name also tells `fosx fix` the language of a workbook: keep it
## different from every other language's.
workbook-sheet-submission = Submission
workbook-sheet-codes = Codes
workbook-sheet-read-me = Read me
workbook-sheet-lists = Lists

## The header of the Codes sheet
workbook-codes-list = list
workbook-codes-code = code
workbook-codes-label = label

## A drop-down list's error message (the title: at most 32 characters)
workbook-not-a-code-title = Not a code of the list
workbook-not-a-code = Choose a code of the { $list } list (sheet { $sheet }).

## A column's input message: whether it is required, then what it takes
workbook-column-required = Required. { $what }
workbook-column-optional = Optional (leave empty when absent). { $what }
workbook-type-text = Text, at most 200 characters.
workbook-type-long-text = Text, at most 4000 characters.
workbook-type-token = An identifier: letters, digits, . _ -
workbook-type-date = A date written YYYY-MM-DD, e.g. 2026-03-31.
workbook-type-email = An e-mail address.
workbook-type-phone = A telephone number, e.g. +254 20 1234567.
# $range: workbook-range-between, workbook-range-at-least, or nothing.
workbook-type-integer = A whole number{ $range }.
workbook-type-decimal = A number with a point for decimals{ $range }.
workbook-range-between = {" "}from { $min } to { $max }
workbook-range-at-least = , { $min } or more
workbook-type-code = A code of the { $list } list: pick it from the list (sheet { $sheet }).
workbook-type-list = One or more values separated by ; each: { $each }

## The labels of the codes of the dictionary's small lists (the Codes sheet)
workbook-label-notification = Notification of intention to implement
workbook-label-timetable = Indicative implementation timetable
workbook-label-progress-report = Periodic progress report
workbook-label-framework-edition = Edition of the Framework of Standards
workbook-label-member = WCO Member
workbook-label-customs-union = Customs union
workbook-label-economic-union = Economic union
workbook-label-full = All standards
workbook-label-partial = Some standards
workbook-label-indicative = Indicative dates
workbook-label-definitive = Definitive dates
workbook-label-not-started = Not started
workbook-label-planned = Planned
workbook-label-in-progress = In progress
workbook-label-implemented = Implemented
workbook-label-not-applicable = Not applicable
workbook-label-customs = Customs
workbook-label-other-agencies = Other government agencies
workbook-label-postal-operators = Postal operators
workbook-label-express-carriers = Express carriers
workbook-label-e-commerce-platforms = E-commerce platforms
workbook-label-logistics-providers = Logistics providers
workbook-label-payment-providers = Payment providers
workbook-label-consumers = Consumers
workbook-label-other = Other

## The "Read me" sheet, one message a line
workbook-read-me-title = fosx submission: { $doc_type } (specification 1.0 of the WCO E-Commerce Framework of Standards)
workbook-read-me-fill = Fill in the { $sheet } sheet: one row per entry; the document's fields are repeated on every row.
workbook-read-me-documents = Rows that share a documentId form one document.
workbook-read-me-text = Every column is formatted as Text: keep it so, so that 1.0, dates, leading zeros and long numbers stay as written.
workbook-read-me-forms = Write dates YYYY-MM-DD, decimals with a point, booleans true or false, several codes separated by ;
workbook-read-me-messages = Each column's message says what it takes; columns of codes have a drop-down list.
workbook-read-me-codes = The { $sheet } sheet gives every code list and its labels.
workbook-read-me-save = Save as .xlsx (or "CSV UTF-8"), then check it: fosx validate FILE.xlsx
workbook-read-me-fix = When the spreadsheet changed values: fosx fix FILE.xlsx
