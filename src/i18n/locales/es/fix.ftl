# `fosx fix` (src/fix/): las líneas que escribe sobre los cambios hechos y
# sobre un archivo que no ha reparado.

# Un cambio en un archivo de varios documentos: dónde se hizo, antes de los
# valores.
fix-change-in-document = documento { $document }, { $path }
# Un cambio hecho, en la salida de error: dónde, el valor tal como lo tenía
# el archivo y el nuevo valor ($old, $new: entre comillas rectas,
# "20/05/2026"). En un libro: el archivo, la celda ($cell: `Soumission!E2`)
# y el nombre de su columna ($column: `submissionDate`).
fix-change-at-cell = { $file }: { $cell } ({ $column }): { $old } → { $new }
# En CSV: el archivo y el lugar tal como lo dicen los diagnósticos ($place:
# `fila 2, columna E (submissionDate)`).
fix-change-at-row = { $file }: { $place }: { $old } → { $new }
# En JSON o XML: el archivo, la línea y la columna, la ruta JSON ($path:
# `/submissionDate`, o fix-change-in-document).
fix-change-at-line = { $file }:{ $line }:{ $column }: { $path }: { $old } → { $new }
# Lo mismo, cuando no se conoce el lugar del valor en el archivo.
fix-change-at-path = { $file }: { $path }: { $old } → { $new }
fix-verdict =
    { $file }: { $changed } { $changed ->
        [one] valor cambiado
       *[other] valores cambiados
    }; resultado: { $errors } { $errors ->
        [one] error
       *[other] errores
    }, { $warnings } { $warnings ->
        [one] advertencia
       *[other] advertencias
    }
fix-unreadable = { $file }: no reparado: no se puede leer
fix-no-place = { $file }: no reparado: la forma canónica no tiene lugar para { $what }
fix-not-written = { $file }: no reparado: { $why }
