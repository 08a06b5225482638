# The command line (src/main.rs, src/cli/): what each command prints for
# people (verdicts, summaries, errors, progress) and its errors of reading
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
# $what: a file and the system's words, as the batch gives them.
cli-cannot-write-output = cannot write { $what }
cli-cannot-write-stdout = cannot write to standard output: { $reason }
cli-xlsx-not-to-terminal = an XLSX workbook is not written to a terminal: name a file with -o FILE.xlsx, or redirect the output
# Named in messages about what was read from standard input.
cli-standard-input = standard input
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
# $kind: one of the kinds of file below.
cli-skipped = skipped { $path }: { $kind }
cli-kind-fifo = a FIFO
cli-kind-socket = a socket
cli-kind-device = a device
cli-kind-symbolic-link = a symbolic link
cli-kind-not-regular = not a regular file

## convert, fix, template
# $counts: report-counts.
cli-not-converted = not converted: { $counts }
cli-not-a-date-order = `{ $text }` is not a date order (dmy, mdy, ymd)
cli-fix-unreadable = { $file }: not repaired: it cannot be read
# $counts: report-counts of the result.
cli-fix-verdict = { $file }: { $changed } value(s) changed; the result: { $counts }
cli-cannot-write-example = cannot write the example: { $reason }
cli-cannot-write-template = cannot write the template: { $reason }

## schema
cli-schema-needs-type = --to table-schema needs a document type: notification, timetable or progress-report
cli-schema-needs-type-help = a CSV file holds one type of document, so each type has its own Table Schema
cli-schema-takes-no-type = --to { $schema } describes every document type at once; it takes no TYPE
cli-schema-takes-no-type-help = leave out the type, or use --to table-schema TYPE

## batch
# The table at the end of a run: a word, a number, a note.
cli-batch-inputs = inputs
cli-batch-accepted = accepted
cli-batch-documents = ({ $documents } documents)
cli-batch-rejected = rejected
cli-batch-unreadable = unreadable
cli-batch-collisions = collisions
cli-batch-collisions-note = (same member and documentId; both kept)
cli-batch-duplicates = duplicates
cli-batch-duplicates-note = (same documents as another input; stored once)
cli-batch-skipped = skipped
cli-batch-skipped-note = (not inputs; the reasons are in the summary)
cli-batch-failed = failed
cli-batch-failed-note = (outputs not written; run again once fixed)
cli-batch-processed = processed
# $seconds: cli-decimal; $rate: files per second.
cli-batch-processed-note = (skipped { $unchanged } already done) in { $seconds } s, { $rate } files/s
cli-batch-summary = summary: { $path }
# A number with a fraction: its whole part, the decimal separator, its fraction.
cli-decimal = { $whole }.{ $fraction }
# The progress bar: the word after done/total, and the speed.
cli-batch-progress-files = files
cli-batch-rate = { $files } files/s, { $megabytes } MB/s
cli-batch-cannot-catch-ctrl-c = cannot catch Ctrl-C: { $reason }
cli-watch-cannot-watch = cannot watch { $path }: { $reason }
cli-watch-watching = watching { $path } (Ctrl-C to stop)
cli-watch-inbox-gone = the inbox { $path } is gone; waiting for it
cli-watch-round = { $new } new: { $accepted } accepted, { $rejected } rejected, { $unreadable } unreadable in all
cli-watch-stopped = stopped; summary: { $path }

## summarize
# $place: a file, with the document when the problem is one document's.
cli-summarize-skipped = skipped { $place }: { $reason }
cli-summarize-skipped-codes = skipped { $place }: { $reason } { $codes }
cli-summarize-place-document = { $path } (document { $index })
cli-summarize-place-document-id = { $path } (document { $index }, { $id })
# Why a file or document is left out of the summary (the codes of skipped.csv).
cli-skip-reason =
    { $reason ->
        [unreadable] unreadable
        [invalid] invalid
        [other-edition] other-edition
       *[other] { $reason }
    }
cli-summarize-counts = { $files } files, { $documents } documents: { $counted } counted, { $skipped } skipped; { $members } members × { $standards } standards

## serve
cli-serve-memory-too-small = --max-memory ({ $memory }) is smaller than --max-file-size ({ $file_size }): a body of the largest size could never be held
cli-serve-cannot-listen = cannot listen on { $address }: { $reason }
cli-serve-listening = fosx serve: listening on http://{ $address }/
cli-serve-stopped = the service stopped: { $reason }

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
