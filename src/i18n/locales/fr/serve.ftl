# fosx serve (src/serve/, src/cli/serve.rs) : le `message` des corps
# d'erreur HTTP (`{"error":{"code":…,"message":…}}` ; le code est destiné
# aux programmes et reste tel quel), et les erreurs de la commande. Les
# messages d'une requête sont dans la langue de son paramètre `lang`.

## Paramètres de la requête

serve-unknown-parameter = paramètre inconnu `{ $key }` ; cette route accepte `{ $allowed }`
serve-query-unreadable = la requête ne peut pas être lue : { $reason }
serve-flag = `{ $key }` vaut `true` ou `false`, et non `{ $value }`
serve-bad-from = `from` vaut `json`, `xml`, `csv` ou `xlsx`, et non `{ $value }`
serve-bad-as-of = `as_of` est une date écrite AAAA-MM-JJ, et non `{ $value }`
serve-bad-lang = `lang` vaut l'un de `{ $codes }`, et non `{ $value }`
serve-bad-format = `format` vaut `json`, `sarif` ou `junit`, et non `{ $value }`
serve-bad-to = `to` vaut `json`, `xml`, `csv` ou `xlsx`, et non `{ $value }`
serve-to-required = `to` est obligatoire : `json`, `xml`, `csv` ou `xlsx`

## Corps des requêtes

serve-convert-one-file = la conversion prend un seul fichier
serve-limit-option = { $option }, une option de `fosx serve` que fixe l'exploitant du service
serve-body-too-large = le corps de la requête dépasse la limite de { $limit } octets (`--max-file-size`)
serve-memory-full = les requêtes en cours occupent les { $budget } octets que le service peut garder à la fois (`--max-memory`) ; réessayez dans un instant
serve-too-many-parts = le formulaire a plus de { $max } parties (`--max-parts`)
serve-body-unreadable = le corps de la requête ne peut pas être lu : { $reason }
serve-form-unreadable = le formulaire ne peut pas être lu : { $reason }
serve-unknown-field = champ de formulaire inconnu `{ $name }` ; les fichiers vont dans des champs nommés `file`
serve-no-file = le formulaire n'a aucun champ nommé `file`

## Routes

serve-not-found = cette route n'existe pas
serve-unknown-type = `{ $type }` n'est pas un type de document : `notification`, `timetable` ou `progress-report`
serve-unknown-code = `{ $code }` n'est pas un code de diagnostic de fosx
serve-unknown-schema = aucun schéma `{ $name }` : `fosx.schema.json`, `fosx.xsd` ou `TYPE.table-schema.json`
serve-unknown-list = aucune liste de codes `{ $list }` : `{ $lists }`
serve-cannot-write-template = impossible d'écrire le modèle : { $reason }

## Le service

serve-overloaded = tous les fils de traitement sont occupés et la liste d'attente est pleine ; réessayez dans un instant
serve-timeout =
    la requête a duré plus de { $seconds } { $seconds ->
        [one] seconde
       *[other] secondes
    }
serve-internal = une erreur interne a arrêté cette requête ; le service continue

## fosx serve

serve-memory-below-file-size = --max-memory ({ $memory }) est inférieur à --max-file-size ({ $file_size }) : un corps de la plus grande taille ne pourrait jamais être gardé
serve-cannot-listen = impossible d'écouter sur { $addr } : { $reason }
serve-stopped = le service s'est arrêté : { $reason }
serve-not-an-origin = `{ $text }` n'est pas une origine : { $why }
serve-origin-form = écrivez-la https://HÔTE ou http://HÔTE:PORT
serve-origin-scheme = le schéma est http ou https
serve-origin-path = une origine n'a ni chemin, ni requête, ni fragment (pas même un `/` final)
serve-origin-user = une origine n'a ni nom d'utilisateur ni mot de passe
serve-origin-host = l'hôte est un nom fait de lettres, de chiffres, de `-` et de `.`, ou une adresse IP
serve-origin-port = le port est un nombre de 1 à 65535
