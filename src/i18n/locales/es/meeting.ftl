# El libro de la reunión de evaluación, meeting.xlsx (src/summary/xlsx.rs):
# sus hojas, los encabezados de sus columnas y su hoja «Léame». Las palabras
# del panel están en summary.ftl, y el libro las reutiliza.

## Nombres de las hojas: 31 caracteres como máximo, ninguno de \ / ? * [ ] :
meeting-sheet-status = Estado
meeting-sheet-data = Filas de estado
meeting-sheet-members = Miembros
meeting-sheet-slippage = Retraso
meeting-sheet-assistance = Asistencia
meeting-sheet-notifications = Notificaciones
meeting-sheet-skipped = Descartados
meeting-sheet-read-me = Léame

## Encabezados de las columnas: una variante por columna de los archivos CSV.
meeting-column =
    { $column ->
        [memberCode] Código del Miembro
        [memberName] Nombre del Miembro
        [memberType] Tipo de Miembro
        [region] Región
        [standard] Norma
        [standardTitle] Título de la norma
        [status] Estado
        [completionPercent] Realización (%)
        [maturityLevel] Nivel de madurez
        [plannedStart] Inicio planificado
        [plannedCompletion] Finalización planificada
        [dateKind] Naturaleza de la fecha
        [expectedCompletion] Finalización prevista
        [actualCompletion] Finalización efectiva
        [slippageDays] Retraso (días)
        [overdueDays] Vencido (días)
        [technicalAssistanceRequested] Asistencia técnica solicitada
        [capacityBuilding] Creación de capacidad
        [sourceDocuments] Documentos de origen
        [notificationId] Notificación
        [notificationDate] Fecha de la notificación
        [notificationScope] Alcance de la notificación
        [timetableId] Calendario
        [timetableDate] Fecha del calendario
        [progressReportId] Informe de avance
        [progressReportDate] Fecha del informe de avance
        [reportingPeriodStart] Inicio del período del informe
        [reportingPeriodEnd] Fin del período del informe
        [standardsNotStarted] Normas no iniciadas
        [standardsPlanned] Normas previstas
        [standardsInProgress] Normas en curso
        [standardsImplemented] Normas aplicadas
        [standardsNotApplicable] Normas no aplicables
        [standardsNoStatus] Normas sin entrada
        [progress] Avance
        [timetableMissing] Falta el calendario
        [progressReportMissing] Falta el informe de avance
        [kind] Naturaleza
        [source] Origen
        [documentId] Documento
        [submissionDate] Fecha del envío
        [text] Texto
        [path] Archivo
        [document] Documento en el archivo
        [reason] Motivo
        [codes] Códigos
       *[other] `{ $column }`
    }

## La hoja «Léame»
meeting-read-me-title = Reunión de evaluación: { $as_of }, edición { $edition }, { $members } Miembros
meeting-read-me-sheets = Las hojas
meeting-read-me-status = Estado: una fila por Miembro, una columna por norma, las letras del estado del último informe de avance, con los colores del panel; casillas vacías cuando el informe no tiene entrada, o no hay informe de avance (entonces la fecha del informe de avance también está vacía).
meeting-read-me-data = Filas de estado: las filas del archivo { $file }, una por Miembro y por norma.
meeting-read-me-members = Miembros: las filas del archivo { $file }, una por Miembro.
meeting-read-me-slippage = Retraso: las filas de Miembro y norma retrasadas o vencidas, primero las de más días.
meeting-read-me-assistance = Asistencia: las filas del archivo { $file }, una por solicitud.
meeting-read-me-notifications = Notificaciones: las filas del archivo { $file }, cada Miembro que notificó su intención de aplicar.
meeting-read-me-skipped = Descartados: las filas del archivo { $file }, las entradas que no se contaron.
meeting-read-me-codes = Las columnas de códigos (estado, naturaleza de la fecha, naturaleza, origen, motivo) contienen los códigos de los archivos CSV, los mismos en todos los idiomas; sus nombres figuran más abajo.
meeting-read-me-figures = Qué cuenta cada cifra
meeting-read-me-letters = Letras y códigos de los estados
# Un estado: sus letras, su código, su nombre.
meeting-read-me-letter = { $letters }: { $code } ({ $name })
meeting-read-me-standards = Las normas
# Las letras de un estado que no las tiene: la casilla queda vacía.
meeting-read-me-empty = (casilla vacía)
