# La ligne de commande (src/main.rs, src/cli/) : ce que chaque commande
# écrit pour les personnes (verdicts, résumés, erreurs) et ses
# erreurs de lecture de la ligne de commande. Noms de fichiers, chemins,
# codes et les mots du système (après « impossible d'écrire ... : ») sont
# des arguments.

## Lignes de toutes les commandes
cli-error = erreur : { $message }
cli-see-explain = voir `fosx explain { $code }`
cli-file-message = { $file } : { $message }
cli-cannot-read = impossible de lire { $path } : { $reason }
cli-cannot-write = impossible d'écrire { $path } : { $reason }
cli-cannot-write-stdout = impossible d'écrire sur la sortie standard : { $reason }
cli-workbook-written-as-xlsx = fosx n'écrit pas de fichiers .{ $ext } ; il écrit les classeurs en .xlsx, que LibreOffice et Excel ouvrent : nommez la sortie { $instead } (et non { $path })
cli-xlsx-not-to-terminal = un classeur XLSX ne s'écrit pas dans un terminal : nommez un fichier avec -o FICHIER.xlsx, ou redirigez la sortie
cli-not-a-date = `{ $text }` n'est pas une date écrite AAAA-MM-JJ
cli-internal-error = fosx : erreur interne : { $what }
cli-internal-error-at = fosx : erreur interne à { $place } : { $what }
cli-internal-error-help = C'est un défaut de fosx, et non un problème de votre fichier. Merci de le signaler avec le fichier qui l'a provoqué (ou une copie sans les données personnelles).

## validate
cli-file-unreadable = { $file } : n'a pas pu être lu
cli-file-valid = { $file } : valide
cli-file-valid-warnings =
    { $file } : valide, avec { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
cli-file-invalid =
    { $file } : invalide : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
cli-files-checked =
    { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $valid ->
        [one] { $valid } valide
       *[other] { $valid } valides
    }, { $invalid ->
        [one] { $invalid } invalide
       *[other] { $invalid } invalides
    }
cli-files-checked-unreadable =
    { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $valid ->
        [one] { $valid } valide
       *[other] { $valid } valides
    }, { $invalid ->
        [one] { $invalid } invalide
       *[other] { $invalid } invalides
    }, { $unreadable ->
        [one] { $unreadable } illisible
       *[other] { $unreadable } illisibles
    }
cli-no-submission-files = aucun fichier de soumission (*.json, *.xml, *.csv) trouvé
cli-no-submission-files-in = aucun fichier de soumission (*.json, *.xml, *.csv) dans { $path }
cli-report-would-replace-input = le rapport remplacerait le fichier d'entrée { $path } : choisissez un autre fichier pour -o
cli-skipped = écarté { $path } : { $kind }

## convert, fix, template
cli-not-converted = non converti : { $counts }
cli-not-a-date-order = `{ $text }` n'est pas un ordre de date (dmy, mdy, ymd)
cli-cannot-write-example = impossible d'écrire l'exemple : { $reason }
cli-cannot-write-template = impossible d'écrire le modèle : { $reason }

## schema
cli-schema-needs-type = --to table-schema demande un type de document : `notification`, `timetable` ou `progress-report`
cli-schema-needs-type-help = un fichier CSV contient un seul type de document : chaque type a donc son propre Table Schema
cli-schema-takes-no-type = --to { $schema } décrit tous les types de document à la fois ; il ne prend pas de TYPE
cli-schema-takes-no-type-help = omettez le type, ou utilisez --to table-schema TYPE

## man
cli-man-no-command = fosx n'a pas de commande `{ $name }`
cli-man-commands = les commandes sont { $names }
cli-man-cannot-render = impossible de produire la page de manuel : { $reason }

## Lecture de la ligne de commande (src/cli/args_error.rs)
cli-args-unknown-argument = argument inattendu `{ $arg }`
cli-args-invalid-value = valeur `{ $value }` non valide pour `{ $arg }`
cli-args-invalid-value-among = valeur `{ $value }` non valide pour `{ $arg }` (valeurs possibles : { $values })
cli-args-invalid-value-why = valeur `{ $value }` non valide pour `{ $arg }` : { $why }
cli-args-value-required = `{ $arg }` demande une valeur, et aucune n'est donnée
cli-args-too-many = valeur `{ $value }` inattendue pour `{ $arg }` ; aucune autre n'était attendue
cli-args-used-twice = l'argument `{ $arg }` ne peut être donné qu'une fois
cli-args-conflict = l'argument `{ $arg }` ne peut être utilisé avec { $others }
cli-args-missing = ces arguments obligatoires manquent : { $missing }
cli-args-unknown-command = commande `{ $command }` inconnue
cli-args-missing-command = `{ $command }` demande une commande, et aucune n'est donnée
cli-args-invalid = la ligne de commande n'est pas valide
cli-args-similar-command = conseil : une commande proche existe : { $possible }
cli-args-similar-argument = conseil : un argument proche existe : { $possible }
cli-args-similar-value = conseil : une valeur proche existe : { $possible }
cli-args-usage = Utilisation : { $usage }
cli-args-more = Pour en savoir plus, essayez { $help }.
