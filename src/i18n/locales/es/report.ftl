# Informes para las personas (src/report/, src/source/sheet.rs): gravedades,
# lugares, etiquetas y veredictos de los informes legible, en texto plano,
# breve, SARIF y JUnit. Códigos, rutas, nombres de archivo y mensajes son
# argumentos.

## Gravedades
severity-error = error
severity-warning = advertencia

## Lugares
report-here = aquí
report-line-column = (línea { $line }, columna { $column })
report-record-column = registro { $record }, columna `{ $column }`
report-record = registro { $record }
report-column = columna `{ $column }`
report-document-id = documento { $index }, { $id }
report-document = documento { $index }
report-at = en { $place }

## Etiquetas y líneas
report-help-label = ayuda:
report-fix-hint = `fosx fix` puede hacer este cambio
report-code-label = { $code }:
report-diagnostic = { $severity } { $code }: { $message }
report-place-message = { $place }: { $message }
report-related = { $line }:{ $column }: { $message }

## Veredictos
report-counts =
    { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }
report-file-valid = { $file }: válido: { $counts }
report-file-invalid = { $file }: no válido: { $counts }
report-junit-invalid = no válido: { $counts }
report-sarif-explain = Ejecute `fosx explain { $code }` para ver un ejemplo.
