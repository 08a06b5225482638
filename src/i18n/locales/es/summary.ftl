# fosx summarize (src/summary/, src/cli/summarize.rs): el panel (index.html),
# las líneas de la línea de comandos y los errores. Los archivos CSV y JSON
# son para programas: los nombres de sus columnas no están aquí.
#
# Un valor tomado de una lista de códigos (un estado, un motivo, una región,
# una norma) es un solo mensaje con una variante por código; la última
# variante, para un código que el mensaje no nombra, muestra el código entre
# acentos graves, y una prueba comprueba que cada código de las listas tiene
# su propia variante en cada idioma.

## El panel: encabezado y números

summary-title = { -fos }: panel de seguimiento de la aplicación
summary-meta =
    Situación al { $as_of } · edición { $edition } · { $members } { $members ->
        [one] Miembro
       *[other] Miembros
    } · { $documents } { $documents ->
        [one] documento contabilizado
       *[other] documentos contabilizados
    } · { $skipped } { $skipped ->
        [one] envío descartado
       *[other] envíos descartados
    }
# Un porcentaje: la cifra y el signo separados por un espacio de no separación
# (Ortografía de la lengua española, 2010).
summary-percent = { $percent }{"\u00A0"}%
# Coma decimal.
summary-decimal = { $units },{ $hundredths }
summary-footer = Generado por { $tool } · summaryVersion { $version }
summary-more-in = { $count } más en { $file }

## Estados

summary-status =
    { $status ->
        [not-started] no iniciada
        [planned] prevista
        [in-progress] en curso
        [implemented] aplicada
        [not-applicable] no aplicable
        [no-status] sin entrada
        [no-report] sin informe de avance
       *[other] `{ $status }`
    }
summary-status-letters =
    { $status ->
        [not-started] NI
        [planned] PR
        [in-progress] EC
        [implemented] AP
        [not-applicable] NA
        [no-status] {""}
        [no-report] {""}
       *[other] `{ $status }`
    }

## Mapa de calor

summary-heatmap = Estado por Miembro y por norma
summary-heatmap-note = Cada casilla: el estado que indica el último informe de avance del Miembro (letras para la impresión en blanco y negro); «sin entrada» cuando ese informe no menciona la norma; «sin informe de avance» cuando el Miembro no envió ninguno.
summary-sort-by = Ordenar por:
summary-sort-member = Miembro
summary-sort-region = región
summary-sort-progress = avance
summary-member = Miembro
summary-name = Nombre
summary-region = Región
summary-progress = Avance
summary-cell = { $member } · Norma { $standard }: { $status }
summary-cell-percent = { $member } · Norma { $standard }: { $status } ({ $percent }{"\u00A0"}%)

## Tasas de aplicación

summary-rates = Tasa de aplicación por norma
summary-rates-note = Tasa de aplicación: Miembros cuyo último informe de avance indica que la norma está aplicada, sobre los Miembros con informe de avance a los que corresponde (se muestra aplicadas/contados); se excluyen los Miembros sin informe de avance y las respuestas «no aplicable» (Resolución 2.9).
summary-members = Miembros
summary-mean-maturity = Madurez media
summary-all-members = Todos los Miembros
summary-no-region = Sin región
summary-region-row = { $code }: { $name }
summary-region-name =
    { $code ->
        [ESA] África Oriental y Austral
        [EUR] Europa
        [AP] Lejano Oriente, Asia Meridional y Sudoriental, Australasia e Islas del Pacífico
        [MENA] Norte de África, Cercano y Medio Oriente
        [AMS] América del Sur, América del Norte, América Central y el Caribe
        [WCA] África Occidental y Central
       *[other] `{ $code }`
    }
summary-standard-title =
    { $id ->
        [legal-framework-advance-data] Marco jurídico para los datos electrónicos anticipados
        [international-standards-advance-data] Uso de normas internacionales para los datos electrónicos anticipados
        [risk-management] Gestión de riesgos para la facilitación y el control
        [nii-data-analytics] Uso de tecnologías de inspección no intrusiva y de análisis de datos
        [simplified-clearance] Procedimientos de despacho simplificados
        [aeo-ecommerce] Ampliación del concepto de Operador Económico Autorizado (OEA) al comercio electrónico transfronterizo
        [revenue-collection-models] Modelos de recaudación de ingresos
        [return] Devoluciones
        [fraud-illicit-trade] Prevención del fraude y del comercio ilícito
        [inter-agency-cooperation] Cooperación interinstitucional e intercambio de información
        [public-private-partnerships] Asociaciones público-privadas
        [international-cooperation] Cooperación internacional
        [public-awareness-outreach] Comunicación, sensibilización del público y divulgación
        [measurement] Mecanismo de medición
        [technology-innovation] Exploración de los avances tecnológicos y la innovación
       *[other] `{ $id }`
    }

## Retraso del calendario

summary-slippage = Retraso del calendario
summary-slippage-note = Retraso: finalización efectiva (o, en su defecto, prevista) menos finalización planificada del último calendario, en días.
summary-standard = Norma
summary-planned = Planificada
summary-date-kind = Tipo
summary-expected = Prevista / efectiva
summary-days = Días
summary-none-late = Ninguna norma está retrasada ni vencida.
summary-date-kind-name =
    { $kind ->
        [indicative] indicativa
        [definitive] definitiva
       *[other] `{ $kind }`
    }

## Envíos que faltan

summary-missing = Envíos que faltan
summary-missing-note = Sin calendario: el Miembro envió una notificación o un informe de avance, pero ningún calendario. Sin informe de avance en el último año: un calendario, pero ningún informe de avance en los 365 días anteriores a la fecha de referencia. Avance como en el mapa.
summary-missing-timetable = sin calendario
summary-missing-report = sin informe de avance en el último año
summary-missing-both = sin calendario; sin informe de avance en el último año
summary-none-missing = No falta nada.

## Asistencia técnica y creación de capacidad

summary-assistance = Asistencia técnica y creación de capacidad
summary-request = Solicitud
summary-document = Documento
summary-description = Descripción
summary-none-assistance = Ninguna solicitud.
summary-technical-assistance = asistencia técnica
summary-capacity-building = creación de capacidad

## Envíos descartados

summary-skipped = Envíos descartados ({ $count })
summary-file = Archivo
summary-reason = Motivo
summary-codes = Códigos
summary-reason-name =
    { $reason ->
        [invalid] no válido
        [unreadable] ilegible
        [other-edition] otra edición
       *[other] `{ $reason }`
    }

## Cifras, notificaciones

summary-progress-note = Avance: grado medio de realización de las normas que se aplican al Miembro (se excluyen las «no aplicables»; una norma aplicada sin porcentaje cuenta 100; sin entrada, 0); ninguno sin informe de avance.
summary-standards-key = Normas
summary-rates-by-region = Por región
summary-with-report = Con informe de avance
summary-rate-header = Aplicada
summary-bar = Proporción aplicada
# El numerador y el denominador de una tasa de aplicación.
summary-rate-base = { $implemented }/{ $base }
summary-rate-none = ningún Miembro contado
summary-overdue-note = Vencido: días transcurridos desde la finalización planificada, una vez pasada esa fecha, cuando el último informe de avance indica «no iniciada», «prevista» o «en curso» sin finalización efectiva.
summary-slippage-days = Retraso (días)
summary-overdue-days = Vencido (días)
summary-missing-what = Falta
summary-notifications = Notificaciones que se han de transmitir
summary-notifications-note = Cada Miembro que notificó su intención de aplicar, con la fecha y el identificador de su última notificación, por Miembro: la información que la OMA transmite a las administraciones de aduanas de todos los Miembros.
summary-notified-on = Fecha
summary-none-notified = Ningún Miembro notificó su intención de aplicar.

## La línea de comandos (fosx summarize)

summarize-skipped = descartado { $place }: { $reason }
summarize-skipped-codes = descartado { $place }: { $reason } { $codes }
summarize-place-document = { $path } (documento { $document })
summarize-place-document-id = { $path } (documento { $document }, { $id })
summarize-reason =
    { $reason ->
        [invalid] no válido
        [unreadable] ilegible
        [other-edition] otra edición
       *[other] `{ $reason }`
    }
summarize-totals =
    { $files } { $files ->
        [one] archivo
       *[other] archivos
    }, { $documents } { $documents ->
        [one] documento
       *[other] documentos
    }: { $counted } { $counted ->
        [one] contabilizado
       *[other] contabilizados
    }, { $skipped } { $skipped ->
        [one] descartado
       *[other] descartados
    }; { $members } { $members ->
        [one] Miembro
       *[other] Miembros
    } × { $standards } { $standards ->
        [one] norma
       *[other] normas
    }

## Errores

summary-unknown-edition = no hay ningún catálogo de normas para la edición `{ $edition }` (conocidas: { $known })
summary-output-is-input = la carpeta de salida { $folder } es también una carpeta de entrada: elija otra carpeta de salida
summary-input-is-output = el archivo de entrada { $input } es uno de los archivos escritos en la carpeta de salida { $folder }: elija otra carpeta de salida
summary-cannot-write = no se puede escribir { $path }: { $reason }
summary-cannot-read = no se puede leer { $path }: { $reason }
