# La línea de comandos (src/main.rs, src/cli/): lo que cada comando escribe
# para las personas (veredictos, resúmenes, errores) y sus
# errores de lectura de la línea de comandos. Nombres de archivo, rutas,
# códigos y las palabras del sistema (tras «no se puede escribir ...:») son
# argumentos.

## Líneas de todos los comandos
cli-error = error: { $message }
cli-see-explain = véase `fosx explain { $code }`
cli-file-message = { $file }: { $message }
cli-cannot-read = no se puede leer { $path }: { $reason }
cli-cannot-write = no se puede escribir { $path }: { $reason }
cli-cannot-write-stdout = no se puede escribir en la salida estándar: { $reason }
cli-workbook-written-as-xlsx = fosx no escribe archivos .{ $ext }; escribe los libros en .xlsx, que LibreOffice y Excel abren: nombre la salida { $instead } (no { $path })
cli-xlsx-not-to-terminal = un libro XLSX no se escribe en un terminal: indique un archivo con -o ARCHIVO.xlsx, o redirija la salida
cli-not-a-date = `{ $text }` no es una fecha escrita AAAA-MM-DD
cli-internal-error = fosx: error interno: { $what }
cli-internal-error-at = fosx: error interno en { $place }: { $what }
cli-internal-error-help = Es un fallo de fosx, no un problema de su archivo. Le rogamos que lo comunique junto con el archivo que lo provocó (o una copia sin los datos personales).

## validate
cli-file-unreadable = { $file }: no se pudo leer
cli-file-valid = { $file }: válido
cli-file-valid-warnings =
    { $file }: válido, con { $warnings ->
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }
cli-file-invalid =
    { $file }: no válido: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }
cli-files-checked =
    { $files ->
        [one] { $files } archivo comprobado
       *[other] { $files } archivos comprobados
    }: { $valid ->
        [one] { $valid } válido
       *[other] { $valid } válidos
    }, { $invalid ->
        [one] { $invalid } no válido
       *[other] { $invalid } no válidos
    }
cli-files-checked-unreadable =
    { $files ->
        [one] { $files } archivo comprobado
       *[other] { $files } archivos comprobados
    }: { $valid ->
        [one] { $valid } válido
       *[other] { $valid } válidos
    }, { $invalid ->
        [one] { $invalid } no válido
       *[other] { $invalid } no válidos
    }, { $unreadable ->
        [one] { $unreadable } ilegible
       *[other] { $unreadable } ilegibles
    }
cli-no-submission-files = no se ha encontrado ningún archivo de envío (*.json, *.xml, *.csv)
cli-no-submission-files-in = ningún archivo de envío (*.json, *.xml, *.csv) en { $path }
cli-report-would-replace-input = el informe reemplazaría el archivo de entrada { $path }: elija otro archivo para -o
cli-skipped = omitido { $path }: { $kind }

## convert, fix, template
cli-not-converted = no convertido: { $counts }
cli-not-a-date-order = `{ $text }` no es un orden de fecha (dmy, mdy, ymd)
cli-cannot-write-example = no se puede escribir el ejemplo: { $reason }
cli-cannot-write-template = no se puede escribir la plantilla: { $reason }

## schema
cli-schema-needs-type = --to table-schema necesita un tipo de documento: `notification`, `timetable` o `progress-report`
cli-schema-needs-type-help = un archivo CSV contiene un solo tipo de documento, así que cada tipo tiene su propio Table Schema
cli-schema-takes-no-type = --to { $schema } describe todos los tipos de documento a la vez; no admite TYPE
cli-schema-takes-no-type-help = omita el tipo, o use --to table-schema TYPE

## man
cli-man-no-command = fosx no tiene el comando `{ $name }`
cli-man-commands = los comandos son { $names }
cli-man-cannot-render = no se puede generar la página de manual: { $reason }

## Lectura de la línea de comandos (src/cli/args_error.rs)
cli-args-unknown-argument = argumento inesperado `{ $arg }`
cli-args-invalid-value = valor `{ $value }` no válido para `{ $arg }`
cli-args-invalid-value-among = valor `{ $value }` no válido para `{ $arg }` (valores posibles: { $values })
cli-args-invalid-value-why = valor `{ $value }` no válido para `{ $arg }`: { $why }
cli-args-value-required = `{ $arg }` requiere un valor y no se ha indicado ninguno
cli-args-too-many = valor `{ $value }` inesperado para `{ $arg }`; no se esperaba ninguno más
cli-args-used-twice = el argumento `{ $arg }` solo puede indicarse una vez
cli-args-conflict = el argumento `{ $arg }` no puede usarse con { $others }
cli-args-missing = faltan estos argumentos obligatorios: { $missing }
cli-args-unknown-command = comando `{ $command }` desconocido
cli-args-missing-command = `{ $command }` requiere un comando y no se ha indicado ninguno
cli-args-invalid = la línea de comandos no es válida
cli-args-similar-command = sugerencia: existe un comando parecido: { $possible }
cli-args-similar-argument = sugerencia: existe un argumento parecido: { $possible }
cli-args-similar-value = sugerencia: existe un valor parecido: { $possible }
cli-args-usage = Uso: { $usage }
cli-args-more = Para más información, pruebe { $help }.
