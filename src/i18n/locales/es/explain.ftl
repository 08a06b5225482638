# `fosx explain` (src/diag/explain.rs, src/cli/explain.rs): las palabras
# en torno a una entrada del catálogo de docs/codes/, la lista de códigos y
# un código desconocido.

## Una entrada
explain-title = { $code } ({ $severity }): { $title }
explain-why = Por qué es importante
explain-fails = Falla:
explain-fails-as = Falla ({ $representation }):
explain-passes = Pasa:
explain-passes-as = Pasa ({ $representation }):
explain-empty = (vacío)

## La lista y los códigos desconocidos
explain-list-footer = fosx explain CODE muestra lo que significa un código, con un ejemplo que falla y otro que pasa.
explain-unknown-code = `{ $code }` no es un código de diagnóstico de fosx
explain-did-you-mean = ¿quiso decir { $code }? { $then }
explain-codes-look-like = los códigos se escriben FOS-S04 (o S04); `fosx explain` los enumera todos
