# Règles métier (src/rules/) : messages, aides et libellés des emplacements
# liés. Les identifiants commencent par le code de la règle.

## R01
r01-duplicate-id = documentId `{ $id }` est aussi utilisé par le document { $first }
r01-first-used-here = première utilisation ici
r01-help = donnez à chaque document du fichier son propre documentId

## R02, R03
r02-repeated = la norme { $number } figure plus d'une fois dans les entrées
r02-first-given-here = première occurrence ici
r02-help = donnez une seule entrée à chaque norme
r03-not-in-catalogue = la norme { $number } ne figure pas au catalogue de l'édition { $edition } ({ $range })
r03-help = l'édition { $edition } numérote ses normes { $range }

## R04, R06
r04-period-reversed = la période de rapport se termine ({ $end }) avant de commencer ({ $start })
r04-start-given-here = début indiqué ici
r04-swap-help = intervertissez les deux dates, ou corrigez l'une d'elles
r06-period-after-submission = la période de rapport se termine ({ $end }) après la soumission du rapport ({ $submitted })
submission-date-given-here = submissionDate indiqué ici
r06-help = faites rapport sur une période terminée
r04-planned-reversed = plannedCompletion ({ $completion }) est antérieur à plannedStart ({ $start })
r04-planned-start-given-here = plannedStart indiqué ici
r04-actual-after-submission = actualCompletion ({ $actual }) est postérieur à la date de soumission ({ $submitted })
r04-actual-help = une entrée ne peut être achevée qu'au plus tard le jour du rapport ; utilisez expectedCompletion pour une date à venir

## R05
r05-before-adoption = submissionDate ({ $date }) est antérieur à l'adoption du Cadre de normes ({ $adoption })
r05-before-adoption-help = vérifiez l'année de la date de soumission
r05-future = submissionDate ({ $date }) est dans le futur (à la date du { $as_of })
r05-future-help = une soumission est datée au plus tard du jour de son envoi ; --as-of fixe la date de référence

## R07, R08
status-given-here = statut `{ $status }` indiqué ici
r07-implemented-percent = une norme mise en œuvre est achevée à 100 %, et non à { $percent } %
r07-implemented-percent-help = donnez à completionPercent la valeur 100, ou changez le statut
r07-not-started-percent = une norme non commencée est achevée à 0 %, et non à { $percent } %
r07-not-started-percent-help = donnez à completionPercent la valeur 0, ou changez le statut
r07-not-applicable-figure = une norme non applicable n'a pas de { $key }
r07-not-applicable-figure-help = omettez ce chiffre, ou changez le statut
r07-maturity = le niveau de maturité 4 (avancé) exige le statut `implemented`, et non `{ $status }`
r07-maturity-help = abaissez le niveau de maturité, ou changez le statut
r08-actual-not-implemented = actualCompletion est indiqué mais le statut est `{ $status }`, et non `implemented`
r08-help = utilisez expectedCompletion pour une date encore à venir, ou donnez au statut la valeur `implemented`

## R09, R10
r09-assistance = une assistance technique est demandée mais `technicalAssistanceDescription` est absent
r09-assistance-help = décrivez l'assistance nécessaire
r09-legislative = `intention.legislativeChangesRequired` vaut true mais `intention.legislativeChangesDescription` est absent
r09-legislative-help = décrivez les modifications législatives
r10-partial-empty = une notification de portée `partial` n'a aucune entrée
r10-partial-empty-help = énumérez dans `entries` les normes à mettre en œuvre, ou donnez à la portée la valeur `full`
r10-full-incomplete = une notification de portée `full` doit couvrir toutes les normes ; il manque { $missing }
r10-scope-given-here = portée indiquée ici
r10-full-incomplete-help = ajoutez les normes manquantes, omettez `entries`, ou donnez à la portée la valeur `partial`

## R11, R12
r11-union-not-member = `{ $code }` est le code de l'union « { $union } », et non celui d'un Membre
r11-set-member-type-help = donnez à memberType la valeur `{ $member_type }`
r11-country-not-member = `{ $code }` est un code de pays, mais memberType vaut `{ $kind }`
r11-country-not-member-help = donnez à memberType la valeur `member`, ou utilisez le code de l'union
r11-union-type = l'union « { $union } » est de type `{ $member_type }`, et non `{ $kind }`
r11-member-type-given-here = memberType indiqué ici
r12-no-currency = `indicators.{ $key }` est indiqué sans `indicators.currency`
r12-help = ajoutez indicators.currency, le code ISO 4217 de la monnaie des montants
# Les unions de schemas/reference/unions.csv, sous leur nom français usuel.
union-name =
    { $code ->
        [EU] Union européenne
        [EAEU] Union économique eurasiatique
        [SACU] Union douanière d'Afrique australe
        [EAC] Communauté d'Afrique de l'Est
        [GCC] Conseil de coopération du Golfe
        [MERCOSUR] Marché commun du Sud
        [CAN] Communauté andine
        [CEMAC] Communauté économique et monétaire de l'Afrique centrale
        [UEMOA] Union économique et monétaire ouest-africaine
        [ECOWAS] Communauté économique des États de l'Afrique de l'Ouest
        [CARICOM] Communauté des Caraïbes
       *[other] { $code }
    }

## R13, R14, R15
r13-incomplete = le rapport ne couvre pas toutes les normes de l'édition { $edition } : il manque { $missing }
r13-help = ajoutez une entrée pour chaque norme manquante (statut `not-started` ou `not-applicable` le cas échéant)
r14-no-expected = une entrée de statut `{ $status }` n'a pas d'expectedCompletion
r14-no-expected-help = ajoutez expectedCompletion, la date à laquelle la norme devrait être mise en œuvre
r14-expected-before-period = expectedCompletion ({ $expected }) est antérieur au début de la période de rapport ({ $start })
r14-period-start-here = début de la période de rapport
r14-expected-before-period-help = indiquez la date à laquelle la norme devrait désormais être mise en œuvre
r15-no-actual = une entrée mise en œuvre n'a pas d'actualCompletion
r15-help = ajoutez actualCompletion, la date à laquelle la norme a été mise en œuvre

## R18
r18-no-language = `language` est absent alors que le document contient du texte libre
r18-help = ajoutez language, le code ISO 639-1 de la langue du texte libre (en, fr, es, ...)
r18-free-text-at = texte libre en { $path }
