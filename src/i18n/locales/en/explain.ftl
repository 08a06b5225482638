# `fosx explain` (src/diag/explain.rs, src/cli/explain.rs): the words
# around a catalogue entry of docs/codes/, the list of codes, and an
# unknown code.

## An entry
# $severity: severity-error or severity-warning; $title: the entry's title.
explain-title = { $code } ({ $severity }): { $title }
explain-why = Why it matters
explain-fails = Fails:
# $representation: json, xml or csv.
explain-fails-as = Fails ({ $representation }):
explain-passes = Passes:
explain-passes-as = Passes ({ $representation }):
# An empty snippet (an empty file).
explain-empty = (empty)

## The list and unknown codes
explain-list-footer = fosx explain CODE shows what a code means, with a failing and a passing example.
explain-unknown-code = `{ $code }` is not a fosx diagnostic code
# $then: explain-codes-look-like.
explain-did-you-mean = did you mean { $code }? { $then }
explain-codes-look-like = codes look like FOS-S04 (or S04); `fosx explain` lists them all
