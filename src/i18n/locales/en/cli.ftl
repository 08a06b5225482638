# The command line (src/main.rs, src/cli/): what each command prints for
# people (verdicts, summaries, errors) and its errors of reading
# the command line. File names, paths, codes and the system's own words
# (after "cannot write ...:") are arguments.

## Lines of every command
# $message: what went wrong, already a sentence.
cli-error = error: { $message }
# The last line of help under a diagnostic.
cli-see-explain = see `fosx explain { $code }`
# $file: a file name; $message: a sentence about it.
cli-file-message = { $file }: { $message }
# $reason: the system's words.
cli-cannot-read = cannot read { $path }: { $reason }
cli-cannot-write = cannot write { $path }: { $reason }
cli-cannot-write-stdout = cannot write to standard output: { $reason }
# $ext: ods or xls; $instead: the same path ending in .xlsx.
cli-workbook-written-as-xlsx = fosx does not write .{ $ext } files; it writes workbooks as .xlsx, which LibreOffice and Excel open: name the output { $instead } (not { $path })
cli-xlsx-not-to-terminal = an XLSX workbook is not written to a terminal: name a file with -o FILE.xlsx, or redirect the output
# Named in messages about what was read from standard input.
cli-not-a-date = `{ $text }` is not a date written YYYY-MM-DD
cli-internal-error = fosx: internal error: { $what }
cli-internal-error-at = fosx: internal error at { $place }: { $what }
cli-internal-error-help = This is a bug in fosx, not a problem of your file. Please report it with the file that caused it (or a copy with the personal data removed).

## validate
cli-file-unreadable = { $file }: could not be read
cli-file-valid = { $file }: valid
cli-file-valid-warnings =
    { $file }: valid, with { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
cli-file-invalid =
    { $file }: invalid: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
cli-files-checked =
    { $files ->
        [one] { $files } file
       *[other] { $files } files
    } checked: { $valid } valid, { $invalid } invalid
cli-files-checked-unreadable =
    { $files ->
        [one] { $files } file
       *[other] { $files } files
    } checked: { $valid } valid, { $invalid } invalid, { $unreadable } unreadable
cli-no-submission-files = no submission files (*.json, *.xml, *.csv) found
cli-no-submission-files-in = no submission files (*.json, *.xml, *.csv) in { $path }
cli-report-would-replace-input = the report would replace the input { $path }: choose another file for -o
# $kind: a kind of file (batch-kind-*, batch.ftl).
cli-skipped = skipped { $path }: { $kind }

## convert, fix, template
# $counts: report-counts.
cli-not-converted = not converted: { $counts }
cli-not-a-date-order = `{ $text }` is not a date order (dmy, mdy, ymd)
cli-cannot-write-example = cannot write the example: { $reason }
cli-cannot-write-template = cannot write the template: { $reason }

## schema
cli-schema-needs-type = --to table-schema needs a document type: notification, timetable or progress-report
cli-schema-needs-type-help = a CSV file holds one type of document, so each type has its own Table Schema
cli-schema-takes-no-type = --to { $schema } describes every document type at once; it takes no TYPE
cli-schema-takes-no-type-help = leave out the type, or use --to table-schema TYPE

## man
cli-man-no-command = fosx has no command `{ $name }`
cli-man-commands = the commands are { $names }
cli-man-cannot-render = cannot render the manual page: { $reason }

## Reading the command line (src/cli/args_error.rs). English prints clap's
## own lines; these say the same in every language. $arg: an option or
## argument (`--to`, `<PATH>`); $value: what was given; $values, $missing,
## $others, $possible: names, each in backticks, joined with ", ".
cli-args-unknown-argument = unexpected argument `{ $arg }` found
cli-args-invalid-value = invalid value `{ $value }` for `{ $arg }`
cli-args-invalid-value-among = invalid value `{ $value }` for `{ $arg }` (possible values: { $values })
# $why: why the value was refused, already a sentence.
cli-args-invalid-value-why = invalid value `{ $value }` for `{ $arg }`: { $why }
cli-args-value-required = a value is required for `{ $arg }` but none was supplied
cli-args-too-many = unexpected value `{ $value }` for `{ $arg }` found; no more were expected
cli-args-used-twice = the argument `{ $arg }` cannot be used multiple times
cli-args-conflict = the argument `{ $arg }` cannot be used with { $others }
cli-args-missing = the following required arguments were not provided: { $missing }
cli-args-unknown-command = unrecognized subcommand `{ $command }`
cli-args-missing-command = `{ $command }` requires a subcommand but one was not provided
cli-args-invalid = the command line is not valid
cli-args-similar-command = tip: a similar command exists: { $possible }
cli-args-similar-argument = tip: a similar argument exists: { $possible }
cli-args-similar-value = tip: a similar value exists: { $possible }
# $usage: the syntax of the command (`fosx validate [OPTIONS] <PATH>...`).
cli-args-usage = Usage: { $usage }
# $help: the option that shows the help (`--help`).
cli-args-more = For more information, try { $help }.
