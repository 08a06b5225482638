# `fosx explain` (src/diag/explain.rs, src/cli/explain.rs) : les mots
# autour d'une entrée du catalogue de docs/codes/, la liste des codes, et
# un code inconnu.

## Une entrée
explain-title = { $code } ({ $severity }) : { $title }
explain-why = Pourquoi c'est important
explain-fails = Échoue :
explain-fails-as = Échoue ({ $representation }) :
explain-passes = Réussit :
explain-passes-as = Réussit ({ $representation }) :
explain-empty = (vide)

## La liste et les codes inconnus
explain-list-footer = fosx explain CODE montre ce que signifie un code, avec un exemple qui échoue et un exemple qui réussit.
explain-unknown-code = `{ $code }` n'est pas un code de diagnostic de fosx
explain-did-you-mean = vouliez-vous dire { $code } ? { $then }
explain-codes-look-like = les codes s'écrivent FOS-S04 (ou S04) ; `fosx explain` les énumère tous
