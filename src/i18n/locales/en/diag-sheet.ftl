# Help for values a spreadsheet program changed (src/check/advice.rs, over
# the recognisers of src/sheet/): the cause and the value meant. Ids start
# with `sheet-`.

## Dates in a locale's order, serials, two-digit years
sheet-date-day-first = this date is written day first (day/month/year): did you mean { $date }?
sheet-date-month-first = this date is written month first (month/day/year): did you mean { $date }?
sheet-date-file-day-first = the file's other dates are written day first (day/month/year): did you mean { $date }?
sheet-date-file-month-first = the file's other dates are written month first (month/day/year): did you mean { $date }?
sheet-date-order-given = read in the order asked ({ $order }): did you mean { $date }?
sheet-date-same = day first or month first, this date is the same: did you mean { $date }?
sheet-date-year-first = write the date with `-` between year, month and day: did you mean { $date }?
sheet-date-serial = this is a spreadsheet's date serial (1900 date system): did you mean { $date }?
sheet-date-both-ways = read day first this date is { $day_first }, read month first { $month_first }; the file's dates are written both ways: write it year-month-day
sheet-date-either = read day first this date is { $day_first }, read month first { $month_first }; no other date of the file tells which: write it year-month-day, or run `fosx fix --date-order dmy` (or mdy)
sheet-date-short-year = the year has only two digits ({ $year }), so its century is not known: write the date year-month-day with all four digits of the year

## Numbers: decimal commas, thousands separators, percentages, currencies
sheet-whole-number = write the whole number without a decimal point: did you mean { $number }?
sheet-number-either = read with a thousands separator this is { $thousands }, read with a decimal comma { $decimal }: write the number without thousands separators, with a decimal point
sheet-percentage = write the percentage as a number from 0 to 100, without %: did you mean { $number }?
sheet-currency-symbol = write the number without a currency symbol (the currency has a field of its own): did you mean { $number }?
sheet-decimal-comma-and-thousands = write the number with a decimal point and without thousands separators: did you mean { $number }?
sheet-decimal-comma = write the number with a decimal point, not a decimal comma: did you mean { $number }?
sheet-thousands = write the number without thousands separators: did you mean { $number }?

## Booleans in a locale's words, codes by alias or by name, lists
sheet-boolean = write booleans as true or false: did you mean { $value }?
sheet-code-alias = did you mean `{ $code }`? `{ $alias }` is a common alias, not the code
sheet-code-not-name = did you mean `{ $code }`? write the code, not the name
sheet-list-separator = separate the items of a list with `;`, not `,`: did you mean `{ $list }`?
