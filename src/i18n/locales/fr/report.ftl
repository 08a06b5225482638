# Rapports pour les personnes (src/report/, src/source/sheet.rs) : gravités,
# emplacements, libellés et verdicts des rapports lisible, en texte brut,
# court, SARIF et JUnit. Codes, chemins, noms de fichiers et messages sont
# des arguments.

## Gravités
severity-error = erreur
severity-warning = avertissement

## Emplacements
report-here = ici
report-line-column = (ligne { $line }, colonne { $column })
report-record-column = enregistrement { $record }, colonne `{ $column }`
report-record = enregistrement { $record }
report-column = colonne `{ $column }`
report-document-id = document { $index }, { $id }
report-document = document { $index }
report-at = emplacement : { $place }

## Libellés et lignes
report-help-label = aide :
report-fix-hint = `fosx fix` peut faire cette correction
report-code-label = { $code } :
report-diagnostic = { $severity } { $code } : { $message }
report-place-message = { $place } : { $message }
report-related = { $line }:{ $column } : { $message }

## Verdicts
report-counts =
    { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
report-file-valid = { $file } : valide : { $counts }
report-file-invalid = { $file } : invalide : { $counts }
report-junit-invalid = invalide : { $counts }
report-sarif-explain = Lancez `fosx explain { $code }` pour voir un exemple.
