# Le classeur de la réunion d'évaluation, meeting.xlsx (src/summary/xlsx.rs) :
# ses feuilles, les en-têtes de ses colonnes et sa feuille « Lisez-moi ». Les
# mots du tableau de bord sont dans summary.ftl, que le classeur reprend.

## Noms des feuilles : 31 caractères au plus, aucun de \ / ? * [ ] :
meeting-sheet-status = État
meeting-sheet-data = Lignes d'état
meeting-sheet-members = Membres
meeting-sheet-slippage = Glissement
meeting-sheet-assistance = Assistance
meeting-sheet-notifications = Notifications
meeting-sheet-skipped = Écartés
meeting-sheet-read-me = Lisez-moi

## En-têtes des colonnes : une variante par colonne des fichiers CSV.
meeting-column =
    { $column ->
        [memberCode] Code du Membre
        [memberName] Nom du Membre
        [memberType] Type de Membre
        [region] Région
        [standard] Norme
        [standardTitle] Titre de la norme
        [status] Statut
        [completionPercent] Achèvement (%)
        [maturityLevel] Niveau de maturité
        [plannedStart] Début planifié
        [plannedCompletion] Achèvement planifié
        [dateKind] Nature de la date
        [expectedCompletion] Achèvement prévu
        [actualCompletion] Achèvement effectif
        [slippageDays] Glissement (jours)
        [overdueDays] Échu (jours)
        [technicalAssistanceRequested] Assistance technique demandée
        [capacityBuilding] Renforcement des capacités
        [sourceDocuments] Documents sources
        [notificationId] Notification
        [notificationDate] Date de la notification
        [notificationScope] Portée de la notification
        [timetableId] Calendrier
        [timetableDate] Date du calendrier
        [progressReportId] Rapport d'avancement
        [progressReportDate] Date du rapport d'avancement
        [reportingPeriodStart] Début de la période de rapport
        [reportingPeriodEnd] Fin de la période de rapport
        [standardsNotStarted] Normes non commencées
        [standardsPlanned] Normes prévues
        [standardsInProgress] Normes en cours
        [standardsImplemented] Normes mises en œuvre
        [standardsNotApplicable] Normes sans objet
        [standardsNoStatus] Normes sans entrée
        [progress] Progression
        [timetableMissing] Calendrier manquant
        [progressReportMissing] Rapport d'avancement manquant
        [kind] Nature
        [source] Source
        [documentId] Document
        [submissionDate] Date de soumission
        [text] Texte
        [path] Fichier
        [document] Document dans le fichier
        [reason] Motif
        [codes] Codes
       *[other] `{ $column }`
    }

## La feuille « Lisez-moi »
meeting-read-me-title = Réunion d'évaluation : { $as_of }, édition { $edition }, { $members } Membres
meeting-read-me-sheets = Les feuilles
meeting-read-me-status = État : une ligne par Membre, une colonne par norme, les lettres du statut du dernier rapport d'avancement, en couleur comme dans le tableau de bord ; cases vides quand le rapport n'a pas d'entrée, ou qu'il n'y a pas de rapport d'avancement (la date du rapport d'avancement est alors vide aussi).
meeting-read-me-data = Lignes d'état : les lignes du fichier { $file }, une par Membre et par norme.
meeting-read-me-members = Membres : les lignes du fichier { $file }, une par Membre.
meeting-read-me-slippage = Glissement : les lignes Membre et norme en retard ou échues, les plus grands nombres de jours d'abord.
meeting-read-me-assistance = Assistance : les lignes du fichier { $file }, une par demande.
meeting-read-me-notifications = Notifications : les lignes du fichier { $file }, chaque Membre ayant notifié son intention de mise en œuvre.
meeting-read-me-skipped = Écartés : les lignes du fichier { $file }, les entrées qui n'ont pas compté.
meeting-read-me-codes = Les colonnes de codes (statut, nature de la date, nature, source, motif) contiennent les codes des fichiers CSV, les mêmes dans toutes les langues ; leurs noms figurent ci-dessous.
meeting-read-me-figures = Ce que compte chaque chiffre
meeting-read-me-letters = Lettres et codes des statuts
# Un statut : ses lettres, son code, son nom.
meeting-read-me-letter = { $letters } : { $code } ({ $name })
meeting-read-me-standards = Les normes
# Les lettres d'un statut qui n'en a pas : la case reste vide.
meeting-read-me-empty = (case vide)
