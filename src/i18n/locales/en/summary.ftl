# fosx summarize (src/summary/, src/cli/summarize.rs): the dashboard
# (index.html), the lines of the command line and the errors. The CSV and
# JSON files are for programs: their column names are not here.
#
# A value chosen from a code list (a status, a reason, a region, a standard)
# is one message with a variant per code; the last variant, for a code the
# message does not name, shows the code in backticks, and a test holds every
# code of the lists to a variant of its own in every language. Values from
# submissions (names, identifiers, descriptions) are arguments, shown as
# they are.

## The dashboard: head and numbers

summary-title = E-Commerce { -fos-short }: implementation dashboard
summary-meta = Situation at { $as_of } · edition { $edition } · { $members } Members · { $documents } documents counted · { $skipped } inputs skipped
# A share in percent, the number already rounded ("42").
summary-percent = { $percent }%
# A number with two decimals: its whole part and its two decimal digits.
summary-decimal = { $units }.{ $hundredths }
summary-footer = Made by { $tool } · summaryVersion { $version }
# Rows left out of a table, and the file that has them all.
summary-more-in = { $count } more in { $file }

## Statuses (the code list `status`, and `no-status`: no entry)

summary-status =
    { $status ->
        [not-started] not started
        [planned] planned
        [in-progress] in progress
        [implemented] implemented
        [not-applicable] not applicable
        [no-status] no entry
        [no-report] no progress report
       *[other] `{ $status }`
    }
# The letters of a status in the heatmap's cells, readable in black and white.
summary-status-letters =
    { $status ->
        [not-started] NS
        [planned] PL
        [in-progress] IP
        [implemented] IM
        [not-applicable] NA
        [no-status] {""}
        [no-report] {""}
       *[other] `{ $status }`
    }

## Heatmap

summary-heatmap = Status per Member and standard
summary-heatmap-note = Each cell: the status in the Member's latest progress report (letters for black and white print); "no entry" when that report does not list the standard; "no progress report" when the Member sent none.
summary-sort-by = Sort by:
summary-sort-member = Member
summary-sort-region = region
summary-sort-progress = progress
summary-member = Member
summary-name = Name
summary-region = Region
summary-progress = Progress
# The tooltip of a cell: Member, standard, status (and its percentage).
summary-cell = { $member } · Standard { $standard }: { $status }
summary-cell-percent = { $member } · Standard { $standard }: { $status } ({ $percent } %)

## Implementation rates

summary-rates = Implementation rate per standard
summary-rates-note = Implementation rate: Members whose latest progress report says the standard is implemented, over the Members with a progress report for whom it applies (shown as implemented/counted); Members without a progress report and "not applicable" answers are left out (Resolution 2.9).
summary-members = Members
summary-mean-maturity = Mean maturity
summary-all-members = All Members
summary-no-region = No region
summary-region-row = { $code }: { $name }
# The WCO regions (schemas/reference/regions.csv).
summary-region-name =
    { $code ->
        [ESA] East and Southern Africa
        [EUR] Europe
        [AP] Far East, South and South East Asia, Australasia and the Pacific Islands
        [MENA] North of Africa, Near and Middle East
        [AMS] South America, North America, Central America and the Caribbean
        [WCA] West and Central Africa
       *[other] `{ $code }`
    }
# The standards, by their id (schemas/reference/standards-*.csv, whose
# titles are the English).
summary-standard-title =
    { $id ->
        [legal-framework-advance-data] Legal Framework for Advance Electronic Data
        [international-standards-advance-data] Use of International Standards for Advance Electronic Data
        [risk-management] Risk Management for Facilitation and Control
        [nii-data-analytics] Use of Non-Intrusive Inspection Technologies and Data Analytics
        [simplified-clearance] Simplified Clearance Procedures
        [aeo-ecommerce] Expanding the Concept of Authorized Economic Operator (AEO) to Cross-Border E-Commerce
        [revenue-collection-models] Models of Revenue Collection
        [return] Return
        [fraud-illicit-trade] Prevention of Fraud and Illicit Trade
        [inter-agency-cooperation] Inter-Agency Cooperation and Information Sharing
        [public-private-partnerships] Public-Private Partnerships
        [international-cooperation] International Cooperation
        [public-awareness-outreach] Communication, Public Awareness and Outreach
        [measurement] Mechanism for Measurement
        [technology-innovation] Explore Technological Developments and Innovation
       *[other] `{ $id }`
    }

## Timetable slippage

summary-slippage = Timetable slippage
summary-slippage-note = Slippage: actual (or else expected) completion minus the planned completion of the latest timetable, in days.
summary-standard = Standard
summary-planned = Planned
summary-date-kind = Kind
summary-expected = Expected / actual
summary-days = Days
summary-none-late = No standard is late or overdue.
# The code list `dateKind`.
summary-date-kind-name =
    { $kind ->
        [indicative] indicative
        [definitive] definitive
       *[other] `{ $kind }`
    }

## Missing submissions

summary-missing = Missing submissions
summary-missing-note = No timetable: the Member sent a notification or a progress report but no timetable. No progress report in the last year: a timetable but no progress report in the 365 days up to the reference date. Progress as in the heatmap.
summary-missing-timetable = no timetable
summary-missing-report = no progress report in the last year
summary-missing-both = no timetable; no progress report in the last year
summary-none-missing = Nothing is missing.

## Technical assistance and capacity building

summary-assistance = Technical assistance and capacity building
summary-request = Request
summary-document = Document
summary-description = Description
summary-none-assistance = No request.
summary-technical-assistance = technical assistance
summary-capacity-building = capacity building

## Skipped inputs

summary-skipped = Skipped inputs ({ $count })
summary-file = File
summary-reason = Reason
summary-codes = Codes
# Why an input did not count.
summary-reason-name =
    { $reason ->
        [invalid] invalid
        [unreadable] unreadable
        [other-edition] other edition
       *[other] `{ $reason }`
    }

## Figures, notifications

summary-progress-note = Progress: the mean completion over the standards that apply to the Member (not applicable ones are left out; implemented without a percentage counts 100; no entry counts 0); none without a progress report.
summary-standards-key = Standards
summary-rates-by-region = Per region
summary-with-report = With a progress report
summary-rate-header = Implemented
summary-bar = Share implemented
# The numerator and denominator of an implementation rate.
summary-rate-base = { $implemented }/{ $base }
summary-rate-none = no Member counted
summary-overdue-note = Overdue: days since the planned completion, when it has passed and the latest progress report says not started, planned or in progress without an actual completion.
summary-slippage-days = Slippage (days)
summary-overdue-days = Overdue (days)
summary-missing-what = Missing
summary-notifications = Notifications to transmit
summary-notifications-note = Every Member that notified its intention to implement, with the date and identifier of its latest notification, by Member: the information the WCO transmits to the Customs administrations of all Members.
summary-notified-on = Date
summary-none-notified = No Member notified its intention to implement.

## The command line (fosx summarize)

summarize-skipped = skipped { $place }: { $reason }
summarize-skipped-codes = skipped { $place }: { $reason } { $codes }
summarize-place-document = { $path } (document { $document })
summarize-place-document-id = { $path } (document { $document }, { $id })
# The reason, as the command line names it.
summarize-reason =
    { $reason ->
        [invalid] invalid
        [unreadable] unreadable
        [other-edition] other-edition
       *[other] `{ $reason }`
    }
summarize-totals = { $files } files, { $documents } documents: { $counted } counted, { $skipped } skipped; { $members } members × { $standards } standards

## Errors

summary-unknown-edition = there is no catalogue of standards for edition `{ $edition }` (known: { $known })
summary-output-is-input = the output folder { $folder } is also an input folder: choose another output folder
summary-input-is-output = the input { $input } is one of the files written to the output folder { $folder }: choose another output folder
summary-cannot-write = cannot write { $path }: { $reason }
summary-cannot-read = cannot read { $path }: { $reason }
