# Reglas de negocio (src/rules/): mensajes, ayudas y etiquetas de los
# lugares relacionados. Los identificadores empiezan por el código de la regla.

## R01
r01-duplicate-id = el documentId `{ $id }` también lo usa el documento { $first }
r01-first-used-here = primer uso aquí
r01-help = dé a cada documento del archivo su propio documentId

## R02, R03
r02-repeated = la norma { $number } figura más de una vez en las entradas
r02-first-given-here = primera aparición aquí
r02-help = dé una sola entrada a cada norma
r03-not-in-catalogue = la norma { $number } no figura en el catálogo de la edición { $edition } ({ $range })
r03-help = la edición { $edition } numera sus normas { $range }

## R04, R06
r04-period-reversed = el período del informe termina ({ $end }) antes de empezar ({ $start })
r04-start-given-here = inicio indicado aquí
r04-swap-help = intercambie las dos fechas, o corrija una de ellas
r06-period-after-submission = el período del informe termina ({ $end }) después del envío del informe ({ $submitted })
submission-date-given-here = submissionDate indicado aquí
r06-help = el informe debe referirse a un período ya terminado
r04-planned-reversed = plannedCompletion ({ $completion }) es anterior a plannedStart ({ $start })
r04-planned-start-given-here = plannedStart indicado aquí
r04-actual-after-submission = actualCompletion ({ $actual }) es posterior a la fecha de envío ({ $submitted })
r04-actual-help = una entrada solo puede completarse el día del informe o antes; use expectedCompletion para una fecha futura

## R05
r05-before-adoption = submissionDate ({ $date }) es anterior a la adopción del Marco de Normas ({ $adoption })
r05-before-adoption-help = compruebe el año de la fecha de envío
r05-future = submissionDate ({ $date }) está en el futuro (a fecha de { $as_of })
r05-future-help = un envío lleva la fecha del día en que se envía o una anterior; --as-of fija la fecha de referencia

## R07, R08
status-given-here = estado `{ $status }` indicado aquí
r07-implemented-percent = una norma aplicada está completa al 100 %, no al { $percent } %
r07-implemented-percent-help = dé a completionPercent el valor 100, o cambie el estado
r07-not-started-percent = una norma no iniciada está completa al 0 %, no al { $percent } %
r07-not-started-percent-help = dé a completionPercent el valor 0, o cambie el estado
r07-not-applicable-figure = una norma que no es aplicable no tiene { $key }
r07-not-applicable-figure-help = omita esa cifra, o cambie el estado
r07-maturity = el nivel de madurez 4 (avanzado) exige el estado `implemented`, no `{ $status }`
r07-maturity-help = baje el nivel de madurez, o cambie el estado
r08-actual-not-implemented = se indica actualCompletion pero el estado es `{ $status }`, no `implemented`
r08-help = use expectedCompletion para una fecha aún por llegar, o dé al estado el valor `implemented`

## R09, R10
r09-assistance = se solicita asistencia técnica pero falta `technicalAssistanceDescription`
r09-assistance-help = describa la asistencia necesaria
r09-legislative = `intention.legislativeChangesRequired` vale true pero falta `intention.legislativeChangesDescription`
r09-legislative-help = describa las modificaciones legislativas
r10-partial-empty = una notificación de alcance `partial` no tiene ninguna entrada
r10-partial-empty-help = enumere en `entries` las normas que se van a aplicar, o dé al alcance el valor `full`
r10-full-incomplete = una notificación de alcance `full` debe abarcar todas las normas; normas que faltan: { $missing }
r10-scope-given-here = alcance indicado aquí
r10-full-incomplete-help = añada las normas que faltan, omita `entries`, o dé al alcance el valor `partial`

## R11, R12
r11-union-not-member = `{ $code }` es el código de la unión «{ $union }», no el de un Miembro
r11-set-member-type-help = dé a memberType el valor `{ $member_type }`
r11-country-not-member = `{ $code }` es un código de país, pero memberType vale `{ $kind }`
r11-country-not-member-help = dé a memberType el valor `member`, o use el código de la unión
r11-union-type = la unión «{ $union }» es de tipo `{ $member_type }`, no `{ $kind }`
r11-member-type-given-here = memberType indicado aquí
r12-no-currency = se indica `indicators.{ $key }` sin `indicators.currency`
r12-help = añada indicators.currency, el código ISO 4217 de la moneda de los importes
# Las uniones de schemas/reference/unions.csv, por su nombre usual en español.
union-name =
    { $code ->
        [EU] Unión Europea
        [EAEU] Unión Económica Euroasiática
        [SACU] Unión Aduanera de África Austral
        [EAC] Comunidad de África Oriental
        [GCC] Consejo de Cooperación del Golfo
        [MERCOSUR] Mercado Común del Sur
        [CAN] Comunidad Andina
        [CEMAC] Comunidad Económica y Monetaria de África Central
        [UEMOA] Unión Económica y Monetaria de África Occidental
        [ECOWAS] Comunidad Económica de los Estados de África Occidental
        [CARICOM] Comunidad del Caribe
       *[other] { $code }
    }

## R13, R14, R15
r13-incomplete = el informe no abarca todas las normas de la edición { $edition } (normas que faltan: { $missing })
r13-help = añada una entrada por cada norma que falta (estado `not-started` o `not-applicable` según el caso)
r14-no-expected = una entrada con el estado `{ $status }` no tiene expectedCompletion
r14-no-expected-help = añada expectedCompletion, la fecha en que la norma debería estar aplicada
r14-expected-before-period = expectedCompletion ({ $expected }) es anterior al inicio del período del informe ({ $start })
r14-period-start-here = inicio del período del informe
r14-expected-before-period-help = indique la fecha en que ahora se prevé que la norma esté aplicada
r15-no-actual = una entrada aplicada no tiene actualCompletion
r15-help = añada actualCompletion, la fecha en que se aplicó la norma

## R18
r18-no-language = falta `language` aunque el documento contiene texto libre
r18-help = añada language, el código ISO 639-1 del idioma del texto libre (en, fr, es, ...)
r18-free-text-at = texto libre en { $path }
