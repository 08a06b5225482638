# Business rules (src/rules/): messages, helps and the labels of related
# places. Ids start with the rule's code.

## R01
r01-duplicate-id = documentId `{ $id }` is used by document { $first } too
r01-first-used-here = first used here
r01-help = give every document of the file its own documentId

## R02, R03
r02-repeated = standard { $number } appears more than once in the entries
r02-first-given-here = first given here
r02-help = give each standard one entry
r03-not-in-catalogue = standard { $number } is not in the { $edition } catalogue ({ $range })
r03-help = the { $edition } edition numbers its standards { $range }

## R04, R06
r04-period-reversed = the reporting period ends ({ $end }) before it starts ({ $start })
r04-start-given-here = start given here
r04-swap-help = swap the two dates, or correct one of them
r06-period-after-submission = the reporting period ends ({ $end }) after the report was submitted ({ $submitted })
submission-date-given-here = submissionDate given here
r06-help = report on a period that has ended
r04-planned-reversed = plannedCompletion { $completion } is before plannedStart { $start }
r04-planned-start-given-here = plannedStart given here
r04-actual-after-submission = actualCompletion { $actual } is after the submission date { $submitted }
r04-actual-help = an entry can only be completed on or before the day of the report; use expectedCompletion for a future date

## R05
r05-before-adoption = submissionDate { $date } is before the FoS was adopted ({ $adoption })
r05-before-adoption-help = check the year of the submission date
r05-future = submissionDate { $date } is in the future (as of { $as_of })
r05-future-help = a submission is dated on or before the day it is sent; --as-of sets the reference date

## R07, R08
status-given-here = status `{ $status }` given here
r07-implemented-percent = an implemented standard is 100% complete, not { $percent }%
r07-implemented-percent-help = set completionPercent to 100, or change the status
r07-not-started-percent = a standard not started is 0% complete, not { $percent }%
r07-not-started-percent-help = set completionPercent to 0, or change the status
r07-not-applicable-figure = a standard that is not applicable has no { $key }
r07-not-applicable-figure-help = leave the figure out, or change the status
r07-maturity = maturity level 4 (advanced) needs status `implemented`, not `{ $status }`
r07-maturity-help = lower the maturity level, or change the status
r08-actual-not-implemented = actualCompletion is given but the status is `{ $status }`, not `implemented`
r08-help = use expectedCompletion for a date still to come, or set the status to `implemented`

## R09, R10
r09-assistance = technical assistance is requested but `technicalAssistanceDescription` is missing
r09-assistance-help = describe the assistance needed
r09-legislative = `intention.legislativeChangesRequired` is true but `intention.legislativeChangesDescription` is missing
r09-legislative-help = describe the legislative changes
r10-partial-empty = a notification with scope `partial` has no entries
r10-partial-empty-help = list the standards to implement in entries, or set the scope to `full`
r10-full-incomplete = a notification with scope `full` must cover every standard; missing { $missing }
r10-scope-given-here = scope given here
r10-full-incomplete-help = add the missing standards, leave entries out, or set the scope to `partial`

## R11, R12
r11-union-not-member = `{ $code }` is the code of the { $union }, not of a Member
r11-set-member-type-help = set memberType to `{ $member_type }`
r11-country-not-member = `{ $code }` is a country code, but memberType is `{ $kind }`
r11-country-not-member-help = set memberType to `member`, or use the union's code
r11-union-type = the { $union } is a { $member_type }, not a { $kind }
r11-member-type-given-here = memberType given here
r12-no-currency = `indicators.{ $key }` is given without `indicators.currency`
r12-help = add indicators.currency, the ISO 4217 code of the amounts
# The unions of schemas/reference/unions.csv, by their usual names.
union-name =
    { $code ->
        [EU] European Union
        [EAEU] Eurasian Economic Union
        [SACU] Southern African Customs Union
        [EAC] East African Community
        [GCC] Gulf Cooperation Council
        [MERCOSUR] Southern Common Market
        [CAN] Andean Community
        [CEMAC] Economic and Monetary Community of Central Africa
        [UEMOA] West African Economic and Monetary Union
        [ECOWAS] Economic Community of West African States
        [CARICOM] Caribbean Community
       *[other] { $code }
    }

## R13, R14, R15
r13-incomplete = the report does not cover every standard of the { $edition } edition: missing { $missing }
r13-help = add an entry for each missing standard (status `not-started` or `not-applicable` where that is the case)
r14-no-expected = an entry with status `{ $status }` has no expectedCompletion
r14-no-expected-help = add expectedCompletion, the date the standard should be implemented
r14-expected-before-period = expectedCompletion { $expected } is before the reporting period starts ({ $start })
r14-period-start-here = reporting period start
r14-expected-before-period-help = give the date the standard is now expected to be implemented
r15-no-actual = an implemented entry has no actualCompletion
r15-help = add actualCompletion, the date the standard was implemented

## R18
r18-no-language = `language` is absent although the document has free text
r18-help = add language, the ISO 639-1 code of the free text (en, fr, es, ...)
r18-free-text-at = free text at { $path }
