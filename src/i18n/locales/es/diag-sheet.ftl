# Ayuda sobre los valores que una hoja de cálculo ha cambiado
# (src/check/advice.rs, a partir de los reconocedores de src/sheet/): la
# causa y el valor que se quería. Los identificadores empiezan por `sheet-`.

## Fechas en el orden de un idioma, números de serie, años de dos cifras
sheet-date-day-first = esta fecha está escrita con el día primero (día/mes/año): ¿quiso decir { $date }?
sheet-date-month-first = esta fecha está escrita con el mes primero (mes/día/año): ¿quiso decir { $date }?
sheet-date-file-day-first = las demás fechas del archivo están escritas con el día primero (día/mes/año): ¿quiso decir { $date }?
sheet-date-file-month-first = las demás fechas del archivo están escritas con el mes primero (mes/día/año): ¿quiso decir { $date }?
sheet-date-order-given = leída en el orden pedido ({ $order }): ¿quiso decir { $date }?
sheet-date-same = con el día o con el mes primero, esta fecha es la misma: ¿quiso decir { $date }?
sheet-date-year-first = escriba la fecha con `-` entre el año, el mes y el día: ¿quiso decir { $date }?
sheet-date-serial = es el número de serie de una fecha de hoja de cálculo (sistema de fechas 1900): ¿quiso decir { $date }?
sheet-date-both-ways = leída con el día primero, esta fecha es el { $day_first }; leída con el mes primero, el { $month_first }; las fechas del archivo están escritas de las dos maneras: escríbala como año-mes-día
sheet-date-either = leída con el día primero, esta fecha es el { $day_first }; leída con el mes primero, el { $month_first }; ninguna otra fecha del archivo permite decidir: escríbala como año-mes-día, o ejecute `fosx fix --date-order dmy` (o mdy)
sheet-date-short-year = el año solo tiene dos cifras ({ $year }), por lo que no se sabe su siglo: escriba la fecha como año-mes-día con las cuatro cifras del año

## Números: comas decimales, separadores de miles, porcentajes, monedas
sheet-whole-number = escriba el número entero sin parte decimal: ¿quiso decir { $number }?
sheet-number-either = leído con un separador de miles es { $thousands }; leído con una coma decimal, { $decimal }: escriba el número sin separadores de miles, con un punto decimal
sheet-percentage = escriba el porcentaje como un número de 0 a 100, sin %: ¿quiso decir { $number }?
sheet-currency-symbol = escriba el número sin símbolo de moneda (la moneda tiene su propio campo): ¿quiso decir { $number }?
sheet-decimal-comma-and-thousands = escriba el número con un punto decimal y sin separadores de miles: ¿quiso decir { $number }?
sheet-decimal-comma = escriba el número con un punto decimal, no con una coma decimal: ¿quiso decir { $number }?
sheet-thousands = escriba el número sin separadores de miles: ¿quiso decir { $number }?

## Booleanos con las palabras de un idioma, códigos por alias o por nombre, listas
sheet-boolean = escriba los booleanos como true o false: ¿quiso decir { $value }?
sheet-code-alias = ¿quiso decir `{ $code }`? `{ $alias }` es un alias habitual, no el código
sheet-code-not-name = ¿quiso decir `{ $code }`? escriba el código, no el nombre
sheet-list-separator = separe los elementos de una lista con `;`, no con `,`: ¿quiso decir `{ $list }`?
