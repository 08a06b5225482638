# `fosx batch` (src/batch/, src/cli/batch.rs) : pourquoi un traitement ne
# peut démarrer, pourquoi un fichier n'est pas lu, les sorties non écrites,
# et les lignes qu'écrit un traitement.

## Pourquoi un traitement ne peut démarrer (batch::BatchError) ; $reason : les mots du système
batch-inbox-unreadable = impossible de lire le dossier d'entrée { $inbox } : { $reason }
batch-inbox-not-a-folder = impossible de lire le dossier d'entrée { $inbox } : ce n'est pas un dossier
batch-output-unwritable = impossible d'écrire dans { $folder } : { $reason }
batch-overlap = le dossier de sortie { $out } empiète sur le dossier d'entrée { $inbox } : choisissez un dossier de sortie hors du dossier d'entrée
batch-in-use = le dossier de sortie { $out } est utilisé par un autre traitement fosx
batch-threads = impossible de démarrer les fils d'exécution : { $reason }

## Pourquoi un fichier n'a pas pu être lu (son message dans summary.json)
batch-cannot-read = impossible de lire { $input } : { $reason }
batch-no-such-file = fichier introuvable
batch-permission-denied = permission refusée
batch-is-a-directory = c'est un dossier
batch-not-regular = impossible de lire { $input } : { $kind }, pas un fichier ordinaire

## Ce qu'est un fichier qui n'est pas un fichier ordinaire
batch-kind-fifo = un tube nommé (FIFO)
batch-kind-socket = une socket
batch-kind-device = un périphérique
batch-kind-symbolic-link = un lien symbolique
batch-kind-other = pas un fichier ordinaire

## Pourquoi un fichier du dossier d'entrée est écarté (sa raison dans summary.json)
batch-skip-link = un lien symbolique (suivi seulement avec --follow-symlinks)
batch-skip-broken-link = un lien symbolique rompu
batch-skip-link-outside = un lien symbolique vers l'extérieur du dossier d'entrée
batch-skip-link-to-folder = un lien symbolique vers un dossier
batch-skip-link-to = un lien symbolique vers { $kind }
batch-skip-not-a-submission = pas un fichier de soumission (*.json, *.xml, *.csv)

## Sorties non écrites ou non supprimées
batch-cannot-write = impossible d'écrire { $output } : { $reason }
batch-cannot-remove = impossible de supprimer { $output } : { $reason }

## Le tableau de fin de traitement : un libellé (sur 12 caractères), un
## nombre, et pour certains une note
batch-inputs = fichiers
batch-accepted = acceptés
batch-documents = { $count ->
    [one] ({ $count } document)
   *[other] ({ $count } documents)
}
batch-rejected = rejetés
batch-unreadable = illisibles
batch-collisions = collisions
batch-collisions-note = (même Membre et même documentId ; les deux sont gardés)
batch-duplicates = doublons
batch-duplicates-note = (mêmes documents qu'un autre fichier ; gardés une fois)
batch-skipped = écartés
batch-skipped-note = (pas des soumissions ; les raisons sont dans le résumé)
batch-failed = en échec
batch-failed-note = (sorties non écrites ; relancer une fois le problème réglé)
batch-processed = traités
batch-processed-note = ({ $unchanged } déjà traités, sautés) en { $seconds },{ $hundredths } s, { $rate } fichiers/s
batch-summary = résumé : { $summary }

## La barre de progression (dans un terminal)
batch-files = fichiers
batch-rate = { $rate } fichiers/s, { $megabytes },{ $tenths } Mo/s

## Un traitement qui surveille le dossier d'entrée (--watch)
batch-cannot-catch-ctrl-c = impossible d'intercepter Ctrl-C : { $reason }
batch-cannot-watch = impossible de surveiller { $inbox } : { $reason }
batch-watching = surveillance de { $inbox } (Ctrl-C pour arrêter)
batch-inbox-gone = le dossier { $inbox } a disparu ; en attente de son retour
batch-round = { $new } nouveau(x) : { $accepted } acceptés, { $rejected } rejetés, { $unreadable } illisibles en tout
batch-stopped = arrêté ; résumé : { $summary }
