# The evaluation-meeting workbook, meeting.xlsx (src/summary/xlsx.rs): its
# sheets, the headers of its columns and its Read-me sheet. The dashboard's
# words are in summary.ftl, and the workbook reuses them.

## Sheet names: 31 characters at most, none of \ / ? * [ ] :
meeting-sheet-status = Status
meeting-sheet-data = Status rows
meeting-sheet-members = Members
meeting-sheet-slippage = Slippage
meeting-sheet-assistance = Assistance
meeting-sheet-notifications = Notifications
meeting-sheet-skipped = Skipped
meeting-sheet-read-me = Read me

## Column headers: one variant per column of the CSV files.
meeting-column =
    { $column ->
        [memberCode] Member code
        [memberName] Member name
        [memberType] Member type
        [region] Region
        [standard] Standard
        [standardTitle] Standard title
        [status] Status
        [completionPercent] Completion %
        [maturityLevel] Maturity level
        [plannedStart] Planned start
        [plannedCompletion] Planned completion
        [dateKind] Kind of date
        [expectedCompletion] Expected completion
        [actualCompletion] Actual completion
        [slippageDays] Slippage (days)
        [overdueDays] Overdue (days)
        [technicalAssistanceRequested] Technical assistance requested
        [capacityBuilding] Capacity building
        [sourceDocuments] Source documents
        [notificationId] Notification
        [notificationDate] Notification date
        [notificationScope] Notification scope
        [timetableId] Timetable
        [timetableDate] Timetable date
        [progressReportId] Progress report
        [progressReportDate] Progress report date
        [reportingPeriodStart] Reporting period start
        [reportingPeriodEnd] Reporting period end
        [standardsNotStarted] Standards not started
        [standardsPlanned] Standards planned
        [standardsInProgress] Standards in progress
        [standardsImplemented] Standards implemented
        [standardsNotApplicable] Standards not applicable
        [standardsNoStatus] Standards without entry
        [progress] Progress
        [timetableMissing] Timetable missing
        [progressReportMissing] Progress report missing
        [kind] Kind
        [source] Source
        [documentId] Document
        [submissionDate] Submission date
        [text] Text
        [path] File
        [document] Document in the file
        [reason] Reason
        [codes] Codes
       *[other] `{ $column }`
    }

## The Read-me sheet
meeting-read-me-title = Evaluation meeting: { $as_of }, edition { $edition }, { $members } Members
meeting-read-me-sheets = The sheets
meeting-read-me-status = Status: one row per Member, one column per standard, the letters of the latest progress report's status, coloured as in the dashboard; empty cells when the report has no entry, or there is no progress report (then the progress report date is empty too).
meeting-read-me-data = Status rows: the rows of { $file }, one per Member and standard.
meeting-read-me-members = Members: the rows of { $file }, one per Member.
meeting-read-me-slippage = Slippage: the Member and standard rows that are late or overdue, the most days first.
meeting-read-me-assistance = Assistance: the rows of { $file }, one per request.
meeting-read-me-notifications = Notifications: the rows of { $file }, every Member that notified its intention to implement.
meeting-read-me-skipped = Skipped: the rows of { $file }, the inputs that did not count.
meeting-read-me-codes = The columns of codes (status, kind of date, kind, source, reason) hold the codes of the CSV files, the same in every language; their names are below.
meeting-read-me-figures = What each figure counts
meeting-read-me-letters = Status letters and codes
# One status: its letters, its code, its name.
meeting-read-me-letter = { $letters }: { $code } ({ $name })
meeting-read-me-standards = The standards
# The letters of a status that has none: the cell is left empty.
meeting-read-me-empty = (empty cell)
