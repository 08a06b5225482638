# fosx serve (src/serve/, src/cli/serve.rs): el `message` de los cuerpos de
# error HTTP (`{"error":{"code":…,"message":…}}`; el código es para los
# programas y no cambia), y los errores del comando. Los mensajes de una
# solicitud están en el idioma de su parámetro `lang`.

## Parámetros de la solicitud

serve-unknown-parameter = parámetro desconocido `{ $key }`; esta ruta admite `{ $allowed }`
serve-query-unreadable = no se puede leer la consulta: { $reason }
serve-flag = `{ $key }` es `true` o `false`, no `{ $value }`
serve-bad-from = `from` es `json`, `xml`, `csv` o `xlsx`, no `{ $value }`
serve-bad-as-of = `as_of` es una fecha escrita AAAA-MM-DD, no `{ $value }`
serve-bad-lang = `lang` es uno de `{ $codes }`, no `{ $value }`
serve-bad-format = `format` es `json`, `sarif` o `junit`, no `{ $value }`
serve-bad-to = `to` es `json`, `xml`, `csv` o `xlsx`, no `{ $value }`
serve-to-required = `to` es obligatorio: `json`, `xml`, `csv` o `xlsx`

## Cuerpos de las solicitudes

serve-convert-one-file = la conversión admite un solo archivo
serve-limit-option = { $option }, una opción de `fosx serve` que fija el operador del servicio
serve-body-too-large = el cuerpo de la solicitud supera el límite de { $limit } bytes (`--max-file-size`)
serve-memory-full = las solicitudes en curso ocupan los { $budget } bytes que el servicio puede retener a la vez (`--max-memory`); vuelva a intentarlo en unos momentos
serve-too-many-parts = el formulario tiene más de { $max } partes (`--max-parts`)
serve-body-unreadable = no se puede leer el cuerpo de la solicitud: { $reason }
serve-form-unreadable = no se puede leer el formulario: { $reason }
serve-unknown-field = campo de formulario desconocido `{ $name }`; los archivos van en campos llamados `file`
serve-no-file = el formulario no tiene ningún campo llamado `file`

## Rutas

serve-not-found = no existe esa ruta
serve-unknown-type = `{ $type }` no es un tipo de documento: `notification`, `timetable` o `progress-report`
serve-unknown-code = `{ $code }` no es un código de diagnóstico de fosx
serve-unknown-schema = no hay ningún esquema `{ $name }`: `fosx.schema.json`, `fosx.xsd` o `TYPE.table-schema.json`
serve-unknown-list = no hay ninguna lista de códigos `{ $list }`: `{ $lists }`
serve-cannot-write-template = no se puede escribir la plantilla: { $reason }

## El servicio

serve-overloaded = todos los hilos de trabajo están ocupados y la cola está llena; vuelva a intentarlo en unos momentos
serve-timeout =
    la solicitud duró más de { $seconds } { $seconds ->
        [one] segundo
       *[other] segundos
    }
serve-internal = un error interno detuvo esta solicitud; el servicio continúa

## fosx serve

serve-memory-below-file-size = --max-memory ({ $memory }) es menor que --max-file-size ({ $file_size }): nunca podría retenerse un cuerpo del tamaño máximo
serve-cannot-listen = no se puede escuchar en { $addr }: { $reason }
serve-stopped = el servicio se detuvo: { $reason }
serve-not-an-origin = `{ $text }` no es un origen: { $why }
serve-origin-form = escríbalo como https://HOST o http://HOST:PUERTO
serve-origin-scheme = el esquema es http o https
serve-origin-path = un origen no tiene ruta, consulta ni fragmento (ni siquiera una `/` final)
serve-origin-user = un origen no tiene nombre de usuario ni contraseña
serve-origin-host = el host es un nombre de letras, cifras, `-` y `.`, o una dirección IP
serve-origin-port = el puerto es un número de 1 a 65535
