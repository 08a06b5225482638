# Reading an XLSX workbook (src/read/xlsx.rs, src/read/xlsx_package.rs):
# its package (P02, P05, P06, P07) and what only the workbook knows of its
# cells (S03, P03).

## The package
xlsx-not-a-workbook = the file is not an XLSX workbook
xlsx-not-a-workbook-help = an .xlsx file is a ZIP archive holding xl/workbook.xml; save the sheet from the spreadsheet program as "Excel 2007-365 (.xlsx)"
xlsx-not-built = this build of fosx reads no workbooks (.xlsx, .ods, .xls)
xlsx-not-built-help = save the sheet from the spreadsheet program as "CSV UTF-8", or check it with the fosx command or service, which read workbooks
# $reason: one of the xlsx-reason-* messages below.
xlsx-unreadable = the workbook cannot be read as an XLSX package: { $reason }
xlsx-unreadable-help = save the workbook again from the spreadsheet program, as .xlsx or as "CSV UTF-8"
xlsx-save-again-help = save the workbook again from the spreadsheet program
xlsx-part-doctype = the workbook's part { $part } has a DOCTYPE declaration
xlsx-part-doctype-help = a workbook saved by a spreadsheet program has none: save it again from the spreadsheet program
xlsx-part-too-deep = the workbook's part { $part } nests elements more than { $depth } deep
xlsx-part-too-deep-help = a workbook saved by a spreadsheet program nests far less: save it again from the spreadsheet program
# $problem: a message of the XML parser (diag-xml.ftl).
xlsx-part-not-xml = the workbook's part { $part } is not well-formed XML: { $problem }
# $problem: xlsx-reader-xml, xlsx-reader-xml-attribute or xlsx-reader-xml-end.
xlsx-some-part-not-xml = a part of the workbook is not well-formed XML: { $problem }
xlsx-password = the workbook is protected by a password: fosx cannot read it
xlsx-password-help = save a copy without the password
xlsx-too-many-cells = the workbook holds more than { $limit } cells (at { $part }); it was not read further
xlsx-too-many-elements = the workbook holds more than { $limit } shared strings, styles and other XML elements besides its cells (at { $part }); it was not read further
xlsx-too-large = the workbook's parts hold more than { $limit } bytes uncompressed (at { $part }); it was not read further
xlsx-sheet-too-large = the worksheet's text is longer than the limit of { $limit } bytes (it was not read further)
xlsx-sheet-too-many-cells = the worksheet's CSV form has more than { $limit } cells, its rows as wide as its header (it was not read further)

## Why a package cannot be read: fosx's own reasons
xlsx-reason-no-worksheet = it has no worksheet
xlsx-reason-beyond-xfd = a cell lies beyond column XFD, the last a worksheet has
xlsx-reason-shared-formula = { $part }: a shared formula is numbered { $number }, more than the part's formulas so far ({ $count })
# $detail: the words of the ZIP reader, which fosx does not know.
xlsx-reason-part = { $part }: { $detail }
# The text of the worksheet as CSV could not be made (never met: it is made in memory).
xlsx-reason-csv = the worksheet cannot be written as CSV text

## Why a package cannot be read: the ZIP reader's words ($detail: its own)
xlsx-zip-io = i/o error: { $detail }
xlsx-zip-invalid = invalid Zip archive: { $detail }
xlsx-zip-unsupported = unsupported Zip archive: { $detail }
xlsx-zip-file-not-found = specified file not found in archive
xlsx-zip-password = provided password is incorrect
xlsx-zip-compression = compression method not supported: { $method }
xlsx-zip-size-limit = decompressed size { $size } exceeds limit { $limit }
xlsx-zip-size-unknown = decompressed size is unknown, so a size limit cannot be checked
xlsx-zip-other = the ZIP archive cannot be read

## Why a package cannot be read: the workbook reader's words
xlsx-reader-zip = Zip error: { $problem }
xlsx-reader-io = I/O error: { $detail }
xlsx-reader-file-not-found = File not found '{ $part }'
# $detail: the words of the workbook reader, which fosx does not know.
xlsx-reader-other = { $detail }
# $problem: a message of the XML parser (diag-xml.ftl).
xlsx-reader-xml = Xml error: { $problem }
xlsx-reader-xml-attribute = Xml attribute error: { $problem }
xlsx-reader-xml-end = Unexpected end of xml, expecting '</{ $element }>'

## The cells
xlsx-error-value = cell { $cell } holds the spreadsheet error { $value }, not a value
xlsx-error-value-help = correct the formula or type the value in this cell
xlsx-rounded = cell { $cell } holds the number { $value }, which has more than 15 digits: the spreadsheet has already rounded it
xlsx-rounded-help = format the column as Text and type the value again, as it should be
xlsx-percentage = cell { $cell } shows a percentage: { $value }, the number shown, is read, not the fraction the cell holds
xlsx-percentage-help = format the column as Text and type the number without %
xlsx-formula = cell { $cell } holds the formula `={ $formula }`: its value when the workbook was last saved, `{ $value }`, is read
xlsx-formula-help = replace the formula by its value (copy the cell, then paste values only)
xlsx-beyond-header-one = cell { $cell } holds `{ $value }`, to the right of the header's last column, { $column }: it belongs to no column and is not read
xlsx-beyond-header = { $count } cells to the right of the header's last column, { $column }, hold values, from cell { $cell } (`{ $value }`) on: they belong to no column and are not read
xlsx-beyond-header-help = name their columns in the header row, or remove the values

## An OpenDocument spreadsheet (.ods): its repeated cells, counted before they are expanded
ods-too-many-cells = the workbook's sheets, their repeated cells and rows expanded, hold more than { $limit } cells (at content.xml); it was not read further
ods-text-too-large = the text of the workbook's sheets, their repeated cells and rows expanded, is longer than { $limit } bytes (at content.xml); it was not read further

## An Excel 97-2003 workbook (.xls): what its records would make, counted before it is read
xls-too-many-cells = the workbook's sheets, as its records lay them out, hold more than { $limit } cells; it was not read further
xls-too-large = the workbook's stream is longer than { $limit } bytes; it was not read further
xls-text-too-large = the text of the workbook's cells, each copy of a shared string counted, is longer than { $limit } bytes; it was not read further
xls-reason-dimensions = a sheet's DIMENSIONS record ends before it starts

## Why an .ods or .xls workbook cannot be read ($reason: the reader's words)
ods-unreadable = the workbook cannot be read as an OpenDocument spreadsheet (.ods): { $reason }
xls-unreadable = the workbook cannot be read as an Excel 97-2003 workbook (.xls): { $reason }
