# The officers' page of fosx serve (src/serve/page/): every text it shows.
# The service gives the page each language's texts (src/serve/page.rs); the
# page fills in each `{ $variable }` itself. A number that chooses a form is
# `$count`, and the page writes the number where `{ $number }` is (it is
# the same number): give a form to every plural category of the language
# (`[one]`, `*[other]`, ...).

page-document-title = fosx: check a submission
page-title = Check a submission
page-language = Language
page-pick = Files to check
page-intro = Notifications, timetables and progress reports in JSON, XML, CSV or a workbook (XLSX, ODS, XLS). The files are checked by this service and kept nowhere.
page-choose = Choose files
page-or-drop = or drop them here.
page-templates = Templates and examples
page-doc-type = Document type
page-to-fill = To fill
page-example = Complete example
page-footer = fosx checks files against the WCO { -fos } data dictionary.
page-api = HTTP API

## Document types

page-notification = Notification
page-timetable = Timetable
page-progress-report = Progress report

## Checking

page-checking =
    { $count ->
        [one] Checking { $number } file…
       *[other] Checking { $number } files…
    }
page-checked =
    { $count ->
        [one] { $number } file checked.
       *[other] { $number } files checked.
    }
page-failed = The service could not check this file: { $reason }
page-valid = valid
page-invalid = invalid
page-errors =
    { $count ->
        [one] { $number } error
       *[other] { $number } errors
    }
page-warnings =
    { $count ->
        [one] { $number } warning
       *[other] { $number } warnings
    }
# The two counts above, side by side.
page-counts = { $errors }, { $warnings }

## The diagnostics

page-code = Code
page-severity = Severity
page-place = Place
page-message = Message
page-help = Help
page-error = error
page-warning = warning
page-explain = What { $code } means
page-line = line { $line }, column { $column }
page-cell = row { $row }, column { $column } ({ $field })
page-row = row { $row }
page-source = The file, with each problem highlighted
page-truncated =
    { $count ->
        [one] Only the first line is shown.
       *[other] Only the first { $number } lines are shown.
    }

## Reflow, keyboard, downloads

page-description = Check WCO e-commerce submissions (notifications, timetables, progress reports) in JSON, XML, CSV or a workbook, and see each problem in place.
page-skip = Skip to the downloads
page-template-link =
    { $type ->
        [notification] Download the notification template as { $format }
        [timetable] Download the timetable template as { $format }
        [progress-report] Download the progress report template as { $format }
       *[other] Download the `{ $type }` template as { $format }
    }
page-example-link =
    { $type ->
        [notification] Download the complete notification example as { $format }
        [timetable] Download the complete timetable example as { $format }
        [progress-report] Download the complete progress report example as { $format }
       *[other] Download the complete `{ $type }` example as { $format }
    }

## What the live region says of each file once checked

# One file: its name, its verdict (page-valid or page-invalid) and its
# counts (page-counts).
page-announce = { $name }: { $verdict }, { $counts }.
page-not-checked = { $name }: not checked.

## Many problems: groups and a filter

page-problems =
    { $count ->
        [one] { $number } problem
       *[other] { $number } problems
    }
# A group of problems: its code or its column, and how many it holds
# (page-problems).
page-group = { $name } ({ $problems })
page-column = column { $column } ({ $field })
page-elsewhere = the document as a whole
page-filter = Show
page-all-severities = errors and warnings
page-only-errors = errors only
page-only-warnings = warnings only
page-all-codes = every code
page-row-header = Row
page-view = The file { $name }, with each problem highlighted
page-download-report = Download the report as JSON
page-download-as = Download the canonical { $format }
