# La página para los funcionarios de fosx serve (src/serve/page/): todos
# los textos que muestra. El servicio da a la página los textos de cada
# idioma (src/serve/page.rs); la página rellena ella misma cada
# `{ $variable }`. Un número que elige una forma es `$count`, y la página
# escribe el número donde está `{ $number }` (es el mismo número): dé una
# forma a cada categoría de plural del idioma (`[one]`, `*[other]`, ...).

page-document-title = fosx: comprobar un envío
page-title = Comprobar un envío
page-language = Idioma
page-pick = Archivos para comprobar
page-intro = Notificaciones, calendarios e informes de avance en JSON, XML, CSV o un libro (XLSX, ODS, XLS). Este servicio comprueba los archivos y no los conserva en ningún lugar.
page-choose = Elegir archivos
page-or-drop = o arrástrelos hasta aquí.
page-templates = Plantillas y ejemplos
page-doc-type = Tipo de documento
page-to-fill = Para rellenar
page-example = Ejemplo completo
page-footer = fosx comprueba los archivos según el diccionario de datos del { -fos } de la OMA.
page-api = API HTTP

## Tipos de documento

page-notification = Notificación
page-timetable = Calendario
page-progress-report = Informe de avance

## Comprobación

page-checking =
    { $count ->
        [one] Comprobando { $number } archivo…
       *[other] Comprobando { $number } archivos…
    }
page-checked =
    { $count ->
        [one] { $number } archivo comprobado.
       *[other] { $number } archivos comprobados.
    }
page-failed = El servicio no pudo comprobar este archivo: { $reason }
page-valid = válido
page-invalid = no válido
page-errors =
    { $count ->
        [one] { $number } error
       *[other] { $number } errores
    }
page-warnings =
    { $count ->
        [one] { $number } advertencia
       *[other] { $number } advertencias
    }
page-counts = { $errors } y { $warnings }

## Los diagnósticos

page-code = Código
page-severity = Gravedad
page-place = Ubicación
page-message = Mensaje
page-help = Ayuda
page-error = error
page-warning = advertencia
page-explain = Qué significa { $code }
page-line = línea { $line }, columna { $column }
page-cell = fila { $row }, columna { $column } ({ $field })
page-row = fila { $row }
page-source = El archivo, con cada problema resaltado
page-truncated =
    { $count ->
        [one] Solo se muestra la primera línea.
       *[other] Solo se muestran las { $number } primeras líneas.
    }

## Diseño, teclado, descargas

page-description = Comprobar los envíos de la OMA sobre comercio electrónico (notificaciones, calendarios, informes de avance) en JSON, XML, CSV o un libro, y ver cada problema en su lugar.
page-skip = Ir a las descargas
page-template-link =
    { $type ->
        [notification] Descargar la plantilla de notificación en { $format }
        [timetable] Descargar la plantilla de calendario en { $format }
        [progress-report] Descargar la plantilla de informe de avance en { $format }
       *[other] Descargar la plantilla `{ $type }` en { $format }
    }
page-example-link =
    { $type ->
        [notification] Descargar el ejemplo completo de notificación en { $format }
        [timetable] Descargar el ejemplo completo de calendario en { $format }
        [progress-report] Descargar el ejemplo completo de informe de avance en { $format }
       *[other] Descargar el ejemplo completo `{ $type }` en { $format }
    }

## Lo que la zona de avisos dice de cada archivo comprobado

page-announce = { $name }: { $verdict }, { $counts }.
page-not-checked = { $name }: no comprobado.

## Muchos problemas: grupos y filtro

page-problems =
    { $count ->
        [one] { $number } problema
       *[other] { $number } problemas
    }
page-group = { $name } ({ $problems })
page-column = columna { $column } ({ $field })
page-elsewhere = el documento en su conjunto
page-filter = Mostrar
page-all-severities = errores y advertencias
page-only-errors = solo errores
page-only-warnings = solo advertencias
page-all-codes = todos los códigos
page-row-header = Fila
page-view = El archivo { $name }, con cada problema resaltado
page-download-report = Descargar el informe en JSON
page-download-as = Descargar el { $format } canónico
