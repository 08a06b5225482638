# `fosx batch` (src/batch/, src/cli/batch.rs): por qué no puede empezar un
# procesamiento, por qué no se lee un archivo, las salidas no escritas y las
# líneas que escribe un procesamiento.

## Por qué no puede empezar un procesamiento (batch::BatchError); $reason: las palabras del sistema
batch-inbox-unreadable = no se puede leer la carpeta de entrada { $inbox }: { $reason }
batch-inbox-not-a-folder = no se puede leer la carpeta de entrada { $inbox }: no es una carpeta
batch-output-unwritable = no se puede escribir en { $folder }: { $reason }
batch-overlap = la carpeta de salida { $out } se solapa con la carpeta de entrada { $inbox }: elija una carpeta de salida fuera de la carpeta de entrada
batch-in-use = la carpeta de salida { $out } está en uso por otro procesamiento de fosx
batch-threads = no se pueden iniciar los hilos de trabajo: { $reason }

## Por qué no se ha podido leer un archivo (su mensaje en summary.json)
batch-cannot-read = no se puede leer { $input }: { $reason }
batch-no-such-file = el archivo no existe
batch-permission-denied = permiso denegado
batch-is-a-directory = es una carpeta
batch-not-regular = no se puede leer { $input }: { $kind }, no es un archivo normal

## Qué es un archivo que no es un archivo normal
batch-kind-fifo = una tubería con nombre (FIFO)
batch-kind-socket = un socket
batch-kind-device = un dispositivo
batch-kind-symbolic-link = un enlace simbólico
batch-kind-other = no es un archivo normal

## Por qué se descarta un archivo de la carpeta de entrada (su motivo en summary.json)
batch-skip-link = un enlace simbólico (solo se sigue con --follow-symlinks)
batch-skip-broken-link = un enlace simbólico roto
batch-skip-link-outside = un enlace simbólico hacia fuera de la carpeta de entrada
batch-skip-link-to-folder = un enlace simbólico a una carpeta
batch-skip-link-to = un enlace simbólico a { $kind }
batch-skip-not-a-submission = no es un archivo de envío (*.json, *.xml, *.csv)

## Salidas no escritas o no suprimidas
batch-cannot-write = no se puede escribir { $output }: { $reason }
batch-cannot-remove = no se puede suprimir { $output }: { $reason }

## La tabla al final de un procesamiento: una etiqueta (en 12 caracteres), un
## número y, para algunas, una nota
batch-inputs = archivos
batch-accepted = aceptados
batch-documents = { $count ->
    [one] ({ $count } documento)
   *[other] ({ $count } documentos)
}
batch-rejected = rechazados
batch-unreadable = ilegibles
batch-collisions = colisiones
batch-collisions-note = (mismo Miembro y mismo documentId; se conservan ambos)
batch-duplicates = duplicados
batch-duplicates-note = (mismos documentos que otro archivo; se guardan una vez)
batch-skipped = descartados
batch-skipped-note = (no son envíos; los motivos figuran en el resumen)
batch-failed = fallidos
batch-failed-note = (salidas no escritas; vuelva a ejecutar una vez resuelto)
batch-processed = procesados
batch-processed-note = ({ $unchanged } ya procesados, omitidos) en { $seconds }.{ $hundredths } s, { $rate } archivos/s
batch-summary = resumen: { $summary }

## La barra de progreso (en un terminal)
batch-files = archivos
batch-rate = { $rate } archivos/s, { $megabytes }.{ $tenths } MB/s

## Un procesamiento que vigila la carpeta de entrada (--watch)
batch-cannot-catch-ctrl-c = no se puede interceptar Ctrl-C: { $reason }
batch-cannot-watch = no se puede vigilar { $inbox }: { $reason }
batch-watching = vigilando { $inbox } (Ctrl-C para detener)
batch-inbox-gone = la carpeta de entrada { $inbox } ha desaparecido; esperando a que vuelva
batch-round = { $new } nuevo(s): { $accepted } aceptados, { $rejected } rechazados, { $unreadable } ilegibles en total
batch-stopped = detenido; resumen: { $summary }
