# `fosx fix` (src/fix/): the lines it prints about the changes it made and
# about a file it did not repair.

# A change in a file of several documents: where it was, before the values.
fix-change-in-document = document { $document }, { $path }
# A change made, on standard error: where, the value as the file held it
# and the new value ($old, $new: quoted as the values are, "20/05/2026").
# In a workbook: the file, the cell ($cell: `Soumission!E2`) and the
# column's name ($column: `submissionDate`).
fix-change-at-cell = { $file }: { $cell } ({ $column }): { $old } → { $new }
# In CSV: the file and the place as the diagnostics say it ($place: `row 2,
# column E (submissionDate)`).
fix-change-at-row = { $file }: { $place }: { $old } → { $new }
# In JSON or XML: the file, the line and column, the JSON path ($path:
# `/submissionDate`, or fix-change-in-document).
fix-change-at-line = { $file }:{ $line }:{ $column }: { $path }: { $old } → { $new }
# The same, when the value's place in the file is not known.
fix-change-at-path = { $file }: { $path }: { $old } → { $new }
fix-verdict = { $file }: { $changed } value(s) changed; the result: { $errors } error(s), { $warnings } warning(s)
fix-unreadable = { $file }: not repaired: it cannot be read
# $what: the message of the unknown field's diagnostic (FOS-S02).
fix-no-place = { $file }: not repaired: the canonical form has no place for { $what }
# $why: why the documents cannot be written (write::WriteError).
fix-not-written = { $file }: not repaired: { $why }
