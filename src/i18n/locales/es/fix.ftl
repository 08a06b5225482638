# `fosx fix` (src/fix/): las líneas que escribe sobre los cambios hechos y
# sobre un archivo que no ha reparado.

# Un cambio en un archivo de varios documentos: dónde se hizo, antes de los
# valores.
fix-change-in-document = documento { $document }, { $path }
fix-verdict = { $file }: { $changed } valor(es) cambiado(s); el resultado: { $errors } error(es), { $warnings } advertencia(s)
fix-unreadable = { $file }: no reparado: no se puede leer
fix-no-place = { $file }: no reparado: la forma canónica no tiene lugar para { $what }
fix-not-written = { $file }: no reparado: { $why }
