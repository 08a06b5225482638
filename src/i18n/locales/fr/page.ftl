# La page des agents de fosx serve (src/serve/page/) : tous les textes
# qu'elle montre. Le service donne à la page les textes de chaque langue
# (src/serve/page.rs) ; la page remplit elle-même chaque `{ $variable }`.
# Un nombre qui choisit une forme est `$count`, et la page écrit le nombre
# là où se trouve `{ $number }` (c'est le même nombre) : donnez une forme à
# chaque catégorie de pluriel de la langue (`[one]`, `*[other]`, ...).

page-document-title = fosx : vérifier une soumission
page-title = Vérifier une soumission
page-language = Langue
page-pick = Fichiers à vérifier
page-intro = Notifications, calendriers et rapports d’avancement en JSON, XML, CSV ou en classeur (XLSX, ODS, XLS). Les fichiers sont vérifiés par ce service et ne sont conservés nulle part.
page-choose = Choisir des fichiers
page-or-drop = ou les déposer ici.
page-templates = Modèles et exemples
page-doc-type = Type de document
page-to-fill = À remplir
page-example = Exemple complet
page-footer = fosx vérifie les fichiers selon le dictionnaire de données du { -fos } de l’OMD.
page-api = API HTTP

## Types de document

page-notification = Notification
page-timetable = Calendrier
page-progress-report = Rapport d’avancement

## Vérification

page-checking =
    { $count ->
        [one] Vérification de { $number } fichier…
       *[other] Vérification de { $number } fichiers…
    }
page-checked =
    { $count ->
        [one] { $number } fichier vérifié.
       *[other] { $number } fichiers vérifiés.
    }
page-failed = Le service n’a pas pu vérifier ce fichier : { $reason }
page-valid = valide
page-invalid = non valide
page-errors =
    { $count ->
        [one] { $number } erreur
       *[other] { $number } erreurs
    }
page-warnings =
    { $count ->
        [one] { $number } avertissement
       *[other] { $number } avertissements
    }
page-counts = { $errors } et { $warnings }

## Les diagnostics

page-code = Code
page-severity = Gravité
page-place = Emplacement
page-message = Message
page-help = Aide
page-error = erreur
page-warning = avertissement
page-explain = Ce que signifie { $code }
page-line = ligne { $line }, colonne { $column }
page-cell = ligne { $row }, colonne { $column } ({ $field })
page-row = ligne { $row }
page-source = Le fichier, chaque problème en évidence
page-truncated =
    { $count ->
        [one] Seule la première ligne est affichée.
       *[other] Seules les { $number } premières lignes sont affichées.
    }

## Mise en page, clavier, téléchargements

page-description = Vérifier les soumissions de l’OMD sur le commerce électronique (notifications, calendriers, rapports d’avancement) en JSON, XML, CSV ou en classeur, et voir chaque problème à sa place.
page-skip = Aller aux téléchargements
page-template-link =
    { $type ->
        [notification] Télécharger le modèle de notification en { $format }
        [timetable] Télécharger le modèle de calendrier en { $format }
        [progress-report] Télécharger le modèle de rapport d’avancement en { $format }
       *[other] Télécharger le modèle `{ $type }` en { $format }
    }
page-example-link =
    { $type ->
        [notification] Télécharger l’exemple complet de notification en { $format }
        [timetable] Télécharger l’exemple complet de calendrier en { $format }
        [progress-report] Télécharger l’exemple complet de rapport d’avancement en { $format }
       *[other] Télécharger l’exemple complet `{ $type }` en { $format }
    }

## Ce que la zone d’annonce dit de chaque fichier vérifié

page-announce = { $name } : { $verdict }, { $counts }.
page-not-checked = { $name } : non vérifié.

## Beaucoup de problèmes : groupes et filtre

page-problems =
    { $count ->
        [one] { $number } problème
       *[other] { $number } problèmes
    }
page-group = { $name } ({ $problems })
page-column = colonne { $column } ({ $field })
page-elsewhere = le document dans son ensemble
page-filter = Afficher
page-all-severities = erreurs et avertissements
page-only-errors = erreurs seulement
page-only-warnings = avertissements seulement
page-all-codes = tous les codes
page-row-header = Ligne
page-view = Le fichier { $name }, chaque problème en évidence
page-download-report = Télécharger le rapport en JSON
page-download-as = Télécharger le { $format } canonique
