# Libros que escribe fosx (src/write/xlsx.rs, src/write/xlsx_text.rs):
# nombres de las hojas, mensajes de entrada de las columnas, mensajes de
# error de las listas desplegables, descripciones de los códigos y hoja
# «Léame».

## Nombres de las hojas: 31 caracteres como máximo, ninguno de : \ / ? * [ ].
## El nombre de la primera hoja indica también a `fosx fix` el idioma de un
## libro: debe ser distinto del de cualquier otro idioma.
workbook-sheet-submission = Envío
workbook-sheet-codes = Códigos
workbook-sheet-read-me = Léame
workbook-sheet-lists = Listas

## Encabezado de la hoja de códigos
workbook-codes-list = lista
workbook-codes-code = código
workbook-codes-label = descripción

## Mensaje de error de una lista desplegable (el título: 32 caracteres como máximo)
workbook-not-a-code-title = Código fuera de la lista
workbook-not-a-code = Elija un código de la lista { $list } (hoja { $sheet }).

## Mensaje de entrada de una columna: si es obligatoria, y lo que admite
workbook-column-required = Obligatorio. { $what }
workbook-column-optional = Opcional (déjelo vacío si no hay valor). { $what }
workbook-type-text = Texto, 200 caracteres como máximo.
workbook-type-long-text = Texto, 4000 caracteres como máximo.
workbook-type-token = Un identificador: letras, cifras, . _ -
workbook-type-date = Una fecha escrita AAAA-MM-DD, p. ej. 2026-03-31.
workbook-type-email = Una dirección de correo electrónico.
workbook-type-phone = Un número de teléfono, p. ej. +254 20 1234567.
workbook-type-integer = Un número entero{ $range }.
workbook-type-decimal = Un número, con punto para los decimales{ $range }.
workbook-range-between = {" "}de { $min } a { $max }
workbook-range-at-least = , { $min } o más
workbook-type-code = Un código de la lista { $list }: elíjalo en la lista desplegable (hoja { $sheet }).
workbook-type-list = Uno o varios valores separados por ; cada uno: { $each }

## Descripciones de los códigos de las listas cortas del diccionario (hoja de códigos)
workbook-label-notification = Notificación de la intención de aplicar
workbook-label-timetable = Calendario indicativo de aplicación
workbook-label-progress-report = Informe de avance periódico
workbook-label-framework-edition = Edición del Marco de Normas
workbook-label-member = Miembro de la OMA
workbook-label-customs-union = Unión aduanera
workbook-label-economic-union = Unión económica
workbook-label-full = Todas las normas
workbook-label-partial = Algunas normas
workbook-label-indicative = Fechas indicativas
workbook-label-definitive = Fechas definitivas
workbook-label-not-started = No iniciada
workbook-label-planned = Prevista
workbook-label-in-progress = En curso
workbook-label-implemented = Aplicada
workbook-label-not-applicable = No aplicable
workbook-label-customs = Aduana
workbook-label-other-agencies = Otros organismos públicos
workbook-label-postal-operators = Operadores postales
workbook-label-express-carriers = Empresas de mensajería urgente
workbook-label-e-commerce-platforms = Plataformas de comercio electrónico
workbook-label-logistics-providers = Proveedores de servicios logísticos
workbook-label-payment-providers = Proveedores de servicios de pago
workbook-label-consumers = Consumidores
workbook-label-other = Otros

## Hoja «Léame», un mensaje por línea
workbook-read-me-title = Envío fosx: «{ $doc_type }» (especificación 1.0 del { -fos } de la OMA)
workbook-read-me-fill = Rellene la hoja { $sheet }: una fila por entrada; los campos del documento se repiten en cada fila.
workbook-read-me-documents = Las filas que comparten un documentId forman un documento.
workbook-read-me-text = Todas las columnas tienen el formato Texto: manténgalo así, para que 1.0, las fechas, los ceros iniciales y los números largos queden tal como se escribieron.
workbook-read-me-forms = Escriba las fechas AAAA-MM-DD, los decimales con punto, los valores booleanos true o false, varios códigos separados por ;
workbook-read-me-messages = El mensaje de cada columna indica lo que admite; las columnas de códigos tienen una lista desplegable.
workbook-read-me-codes = La hoja { $sheet } recoge cada lista de códigos con sus descripciones.
workbook-read-me-save = Guarde el libro en formato .xlsx (o «CSV UTF-8») y compruébelo: fosx validate ARCHIVO.xlsx
workbook-read-me-fix = Si la hoja de cálculo ha cambiado valores: fosx fix ARCHIVO.xlsx
