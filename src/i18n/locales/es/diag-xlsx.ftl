# Lectura de un libro XLSX (src/read/xlsx.rs, src/read/xlsx_package.rs): su
# paquete (P02, P05, P06, P07) y lo que solo el libro sabe de sus celdas
# (S03, P03).

## El paquete
xlsx-not-a-workbook = el archivo no es un libro XLSX
xlsx-not-a-workbook-help = un archivo .xlsx es un archivo comprimido ZIP que contiene `xl/workbook.xml`; guarde la hoja desde el programa de hojas de cálculo en formato «Excel 2007-365 (.xlsx)»
xlsx-not-built = esta versión de fosx no lee libros (.xlsx, .ods, .xls)
xlsx-not-built-help = guarde la hoja desde el programa de hojas de cálculo en formato «CSV UTF-8», o compruébela con el comando o el servicio fosx, que leen libros
xlsx-unreadable = el libro no puede leerse como un paquete XLSX: { $reason }
xlsx-unreadable-help = guarde de nuevo el libro desde el programa de hojas de cálculo, en formato .xlsx o «CSV UTF-8»
xlsx-save-again-help = guarde de nuevo el libro desde el programa de hojas de cálculo
xlsx-part-doctype = la parte `{ $part }` del libro contiene una declaración DOCTYPE
xlsx-part-doctype-help = un libro guardado por un programa de hojas de cálculo no tiene ninguna: guárdelo de nuevo desde ese programa
xlsx-part-too-deep = la parte `{ $part }` del libro anida elementos en más de { $depth } niveles
xlsx-part-too-deep-help = un libro guardado por un programa de hojas de cálculo anida mucho menos: guárdelo de nuevo desde ese programa
xlsx-part-not-xml = la parte `{ $part }` del libro no es XML bien formado: { $problem }
xlsx-some-part-not-xml = una parte del libro no es XML bien formado: { $problem }
xlsx-password = el libro está protegido con una contraseña: fosx no puede leerlo
xlsx-password-help = guarde una copia sin contraseña
xlsx-too-many-cells = el libro contiene más de { $limit } celdas (en `{ $part }`); no se ha leído más allá
xlsx-too-many-elements = el libro contiene más de { $limit } cadenas compartidas, estilos y otros elementos XML además de sus celdas (en `{ $part }`); no se ha leído más allá
xlsx-too-large = una vez descomprimidas, las partes del libro ocupan más de { $limit } bytes (en `{ $part }`); no se ha leído más allá
xlsx-sheet-too-large = el texto de la hoja supera el límite de { $limit } bytes (no se ha leído más allá)
xlsx-sheet-too-many-cells = la forma CSV de la hoja tiene más de { $limit } celdas, con sus filas tan anchas como su encabezado (no se ha leído más allá)

## Por qué no puede leerse un paquete: las razones de fosx
xlsx-reason-no-worksheet = no tiene ninguna hoja de cálculo
xlsx-reason-beyond-xfd = una celda está más allá de la columna XFD, la última de una hoja
xlsx-reason-shared-formula = `{ $part }`: una fórmula compartida lleva el número { $number }, más que las fórmulas de la parte hasta ese punto ({ $count })
xlsx-reason-part = la parte `{ $part }` no puede leerse: «{ $detail }»
xlsx-reason-csv = la hoja no puede escribirse como texto CSV

## Por qué no puede leerse un paquete: las palabras del lector ZIP
xlsx-zip-io = error de entrada/salida: «{ $detail }»
xlsx-zip-invalid = archivo ZIP no válido: «{ $detail }»
xlsx-zip-unsupported = archivo ZIP no admitido: «{ $detail }»
xlsx-zip-file-not-found = el archivo buscado no está en el archivo comprimido
xlsx-zip-password = la contraseña indicada es incorrecta
xlsx-zip-compression = método de compresión no admitido: { $method }
xlsx-zip-size-limit = el tamaño descomprimido, { $size }, supera el límite de { $limit }
xlsx-zip-size-unknown = el tamaño descomprimido es desconocido: no puede comprobarse un límite de tamaño
xlsx-zip-other = el archivo ZIP no puede leerse

## Por qué no puede leerse un paquete: las palabras del lector de libros
xlsx-reader-zip = error de ZIP: { $problem }
xlsx-reader-io = error de entrada/salida: «{ $detail }»
xlsx-reader-file-not-found = parte no encontrada: `{ $part }`
xlsx-reader-other = error del lector de libros: «{ $detail }»
xlsx-reader-xml = error de XML: { $problem }
xlsx-reader-xml-attribute = error en un atributo XML: { $problem }
xlsx-reader-xml-end = fin inesperado del XML, se esperaba `</{ $element }>`

## Las celdas
xlsx-error-value = la celda { $cell } contiene el error de hoja de cálculo { $value }, y no un valor
xlsx-error-value-help = corrija la fórmula o escriba el valor en esta celda
xlsx-rounded = la celda { $cell } contiene el número { $value }, que tiene más de 15 cifras: la hoja de cálculo ya lo ha redondeado
xlsx-rounded-help = dé a la columna el formato Texto y escriba de nuevo el valor exacto
xlsx-percentage = la celda { $cell } muestra un porcentaje: se lee { $value }, el número mostrado, y no la fracción que contiene la celda
xlsx-percentage-help = dé a la columna el formato Texto y escriba el número sin %
xlsx-formula = la celda { $cell } contiene la fórmula `={ $formula }`: se lee `{ $value }`, su valor la última vez que se guardó el libro
xlsx-formula-help = sustituya la fórmula por su valor (copie la celda y pegue solo los valores)
xlsx-beyond-header-one = la celda { $cell } contiene `{ $value }`, a la derecha de la última columna del encabezado, { $column }: no pertenece a ninguna columna y no se lee
xlsx-beyond-header = { $count } celdas a la derecha de la última columna del encabezado, { $column }, contienen valores, a partir de la celda { $cell } (`{ $value }`): no pertenecen a ninguna columna y no se leen
xlsx-beyond-header-help = nombre sus columnas en la fila de encabezado, o suprima los valores

## Un libro OpenDocument (.ods): sus celdas repetidas, contadas antes de desarrollarlas
ods-too-many-cells = las hojas del libro, con sus celdas y filas repetidas desarrolladas, contienen más de { $limit } celdas (en `content.xml`); no se ha leído más allá
ods-text-too-large = el texto de las hojas del libro, con sus celdas y filas repetidas desarrolladas, supera { $limit } bytes (en `content.xml`); no se ha leído más allá

## Un libro Excel 97-2003 (.xls): lo que harían sus registros, contado antes de leerlo
xls-too-many-cells = las hojas del libro, tal como las disponen sus registros, contienen más de { $limit } celdas; no se ha leído más allá
xls-too-large = el flujo del libro supera { $limit } bytes; no se ha leído más allá
xls-text-too-large = el texto de las celdas del libro, contando cada copia de una cadena compartida, supera { $limit } bytes; no se ha leído más allá
xls-reason-dimensions = el registro DIMENSIONS de una hoja termina antes de empezar

## Por qué no puede leerse un libro .ods o .xls ($reason: las palabras del lector)
ods-unreadable = el libro no puede leerse como un libro OpenDocument (.ods): { $reason }
xls-unreadable = el libro no puede leerse como un libro Excel 97-2003 (.xls): { $reason }
