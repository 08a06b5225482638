# Descripciones de los tipos y valores del diccionario (src/model/):
# fragmentos que otros mensajes incluyen, como en «añada `email` (una
# dirección de correo electrónico)».

## Un tipo del diccionario (Ty::describe)
model-type-schema-version = la cadena de versión "{ $version }"
model-type-text = un texto de { $max } caracteres como máximo
model-type-token = un identificador (letras, cifras, `.`, `_`, `-`)
model-type-date = una fecha escrita AAAA-MM-DD
model-type-email = una dirección de correo electrónico
model-type-phone = un número de teléfono
model-type-integer = un número entero
model-type-decimal = un número decimal
model-type-boolean = `true` o `false`
model-type-code = un código de la lista `{ $list }`
# Donde no se conoce el tipo de un campo.
model-type-unknown = un valor de otro tipo

## Lo que es un valor JSON
model-value-null = null
model-value-boolean = un booleano
model-value-number = un número
model-value-string = una cadena
model-value-list = una lista
model-value-object = un objeto

## Un valor de una lista de códigos (CodeList::describe), como en «`x` no es un estado»
model-code-list-document-type = un tipo de documento
model-code-list-framework-edition = una edición conocida del Marco de Normas
model-code-list-member-type = un tipo de Miembro
model-code-list-region = una región de la OMA
model-code-list-language = un código de idioma ISO 639-1
model-code-list-member-code = un código de Miembro (ISO 3166-1 alfa-2 o código de una unión)
model-code-list-currency = un código de moneda ISO 4217
model-code-list-scope = un alcance
model-code-list-date-kind = un tipo de fecha
model-code-list-status = un estado
model-code-list-stakeholder = una parte interesada
