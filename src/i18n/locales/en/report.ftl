# Reports for people (src/report/, src/source/sheet.rs): severities,
# places, labels and verdicts of the human, plain-text, short, SARIF and
# JUnit reports. Codes, paths, file names and messages are arguments.

## Severities
severity-error = error
severity-warning = warning

## Places
# The label of a snippet's primary place when the field has no path.
report-here = here
# Where a diagnostic is when no snippet is shown (after its message).
report-line-column = (line { $line }, column { $column })
report-record-column = record { $record }, column `{ $column }`
report-record = record { $record }
report-column = column `{ $column }`
report-document-id = document { $index }, { $id }
report-document = document { $index }
# $place: the places above and the field's path, joined by ", ".
report-at = at { $place }

## Labels and lines
# Followed by a space and the help.
report-help-label = help:
report-fix-hint = `fosx fix` can make this change
# A code before its message (the severity mark comes first): `× FOS-S04: `.
report-code-label = { $code }:
# $severity: a severity above.
report-diagnostic = { $severity } { $code }: { $message }
report-place-message = { $place }: { $message }
# A related place of a diagnostic: line:column: what is there.
report-related = { $line }:{ $column }: { $message }

## Verdicts
report-counts = { $errors } error(s), { $warnings } warning(s)
report-file-valid = { $file }: valid: { $counts }
report-file-invalid = { $file }: invalid: { $counts }
# The message of a JUnit failure.
report-junit-invalid = invalid: { $counts }
# SARIF: the last line of a rule's help.
report-sarif-explain = Run `fosx explain { $code }` for an example.
