# fosx summarize (src/summary/, src/cli/summarize.rs) : le tableau de bord
# (index.html), les lignes de la ligne de commande et les erreurs. Les
# fichiers CSV et JSON sont destinés aux programmes : les noms de leurs
# colonnes ne sont pas ici.
#
# Une valeur tirée d'une liste de codes (un statut, un motif, une région,
# une norme) est un seul message avec une variante par code ; la dernière
# variante, pour un code que le message ne nomme pas, montre le code entre
# accents graves, et un test vérifie que chaque code des listes a sa propre
# variante dans chaque langue.

## Le tableau de bord : en-tête et nombres

summary-title = { -fos } : tableau de bord de la mise en œuvre
summary-meta =
    Situation au { $as_of } · édition { $edition } · { $members } { $members ->
        [one] Membre
       *[other] Membres
    } · { $documents } { $documents ->
        [one] document pris en compte
       *[other] documents pris en compte
    } · { $skipped } { $skipped ->
        [one] entrée écartée
       *[other] entrées écartées
    }
summary-percent = { $percent }{"\u00A0"}%
summary-decimal = { $units },{ $hundredths }
summary-footer = Produit par { $tool } · summaryVersion { $version }
summary-more-in = { $count } de plus dans { $file }

## Statuts

summary-status =
    { $status ->
        [not-started] non commencée
        [planned] prévue
        [in-progress] en cours
        [implemented] mise en œuvre
        [not-applicable] sans objet
        [no-status] pas d'entrée
        [no-report] pas de rapport d'avancement
       *[other] `{ $status }`
    }
summary-status-letters =
    { $status ->
        [not-started] NC
        [planned] PR
        [in-progress] EC
        [implemented] MO
        [not-applicable] SO
        [no-status] {""}
        [no-report] {""}
       *[other] `{ $status }`
    }

## Carte de chaleur

summary-heatmap = État d'avancement par Membre et par norme
summary-heatmap-note = Chaque case : le statut indiqué par le dernier rapport d'avancement du Membre (des lettres pour l'impression en noir et blanc) ; « pas d'entrée » quand ce rapport ne mentionne pas la norme ; « pas de rapport d'avancement » quand le Membre n'en a envoyé aucun.
summary-sort-by = Trier par :
summary-sort-member = Membre
summary-sort-region = région
summary-sort-progress = progression
summary-member = Membre
summary-name = Nom
summary-region = Région
summary-progress = Progression
summary-cell = { $member } · Norme { $standard } : { $status }
summary-cell-percent = { $member } · Norme { $standard } : { $status } ({ $percent }{"\u00A0"}%)

## Taux de mise en œuvre

summary-rates = Taux de mise en œuvre par norme
summary-rates-note = Taux de mise en œuvre : Membres dont le dernier rapport d'avancement indique la norme comme mise en œuvre, sur les Membres ayant un rapport d'avancement pour qui elle s'applique (affiché mises en œuvre/comptés) ; les Membres sans rapport d'avancement et les réponses « sans objet » sont écartés (Résolution 2.9).
summary-members = Membres
summary-mean-maturity = Maturité moyenne
summary-all-members = Tous les Membres
summary-no-region = Sans région
summary-region-row = { $code } : { $name }
summary-region-name =
    { $code ->
        [ESA] Afrique orientale et australe
        [EUR] Europe
        [AP] Extrême-Orient, Asie du Sud et du Sud-Est, Australasie et îles du Pacifique
        [MENA] Afrique du Nord, Proche et Moyen-Orient
        [AMS] Amérique du Sud, Amérique du Nord, Amérique centrale et Caraïbes
        [WCA] Afrique occidentale et centrale
       *[other] `{ $code }`
    }
summary-standard-title =
    { $id ->
        [legal-framework-advance-data] Cadre juridique des données électroniques préalables
        [international-standards-advance-data] Utilisation des normes internationales pour les données électroniques préalables
        [risk-management] Gestion des risques aux fins de facilitation et de contrôle
        [nii-data-analytics] Utilisation des technologies d'inspection non intrusive et de l'analyse des données
        [simplified-clearance] Procédures de dédouanement simplifiées
        [aeo-ecommerce] Extension du concept d'Opérateur économique agréé (OEA) au commerce électronique transfrontalier
        [revenue-collection-models] Modèles de recouvrement des recettes
        [return] Retours
        [fraud-illicit-trade] Prévention de la fraude et du commerce illicite
        [inter-agency-cooperation] Coopération entre organismes et partage d'informations
        [public-private-partnerships] Partenariats public-privé
        [international-cooperation] Coopération internationale
        [public-awareness-outreach] Communication, sensibilisation du public et information
        [measurement] Mécanisme de mesure
        [technology-innovation] Exploration des évolutions technologiques et de l'innovation
       *[other] `{ $id }`
    }

## Glissement du calendrier

summary-slippage = Glissement du calendrier
summary-slippage-note = Glissement : achèvement effectif (à défaut prévu) moins achèvement planifié du dernier calendrier, en jours.
summary-standard = Norme
summary-planned = Planifié
summary-date-kind = Nature
summary-expected = Prévu / effectif
summary-days = Jours
summary-none-late = Aucune norme n'est en retard ni échue.
summary-date-kind-name =
    { $kind ->
        [indicative] indicative
        [definitive] définitive
       *[other] `{ $kind }`
    }

## Soumissions manquantes

summary-missing = Soumissions manquantes
summary-missing-note = Pas de calendrier : le Membre a envoyé une notification ou un rapport d'avancement, mais aucun calendrier. Pas de rapport d'avancement sur la dernière année : un calendrier, mais aucun rapport d'avancement dans les 365 jours précédant la date de référence. Progression comme dans la carte.
summary-missing-timetable = pas de calendrier
summary-missing-report = pas de rapport d'avancement sur la dernière année
summary-missing-both = pas de calendrier ; pas de rapport d'avancement sur la dernière année
summary-none-missing = Rien ne manque.

## Assistance technique et renforcement des capacités

summary-assistance = Assistance technique et renforcement des capacités
summary-request = Demande
summary-document = Document
summary-description = Description
summary-none-assistance = Aucune demande.
summary-technical-assistance = assistance technique
summary-capacity-building = renforcement des capacités

## Entrées écartées

summary-skipped = Entrées écartées ({ $count })
summary-file = Fichier
summary-reason = Motif
summary-codes = Codes
summary-reason-name =
    { $reason ->
        [invalid] non valide
        [unreadable] illisible
        [other-edition] autre édition
       *[other] `{ $reason }`
    }

## Chiffres, notifications

summary-progress-note = Progression : avancement moyen sur les normes qui s'appliquent au Membre (les normes « sans objet » sont écartées ; une norme mise en œuvre sans pourcentage compte 100 ; sans entrée, 0) ; aucune sans rapport d'avancement.
summary-standards-key = Normes
summary-rates-by-region = Par région
summary-with-report = Avec un rapport d'avancement
summary-rate-header = Mise en œuvre
summary-bar = Part de mise en œuvre
# Le numérateur et le dénominateur d'un taux de mise en œuvre.
summary-rate-base = { $implemented }/{ $base }
summary-rate-none = aucun Membre compté
summary-overdue-note = Échu : jours écoulés depuis l'achèvement planifié, une fois cette date passée, quand le dernier rapport d'avancement indique « non commencée », « prévue » ou « en cours » sans achèvement effectif.
summary-slippage-days = Glissement (jours)
summary-overdue-days = Échu (jours)
summary-missing-what = Manque
summary-notifications = Notifications à transmettre
summary-notifications-note = Chaque Membre ayant notifié son intention de mise en œuvre, avec la date et l'identifiant de sa dernière notification, par Membre : l'information que l'OMD transmet aux administrations des douanes de tous les Membres.
summary-notified-on = Date
summary-none-notified = Aucun Membre n'a notifié son intention de mise en œuvre.

## La ligne de commande (fosx summarize)

summarize-skipped = écarté { $place } : { $reason }
summarize-skipped-codes = écarté { $place } : { $reason } { $codes }
summarize-place-document = { $path } (document { $document })
summarize-place-document-id = { $path } (document { $document }, { $id })
summarize-reason =
    { $reason ->
        [invalid] non valide
        [unreadable] illisible
        [other-edition] autre édition
       *[other] `{ $reason }`
    }
summarize-totals =
    { $files } { $files ->
        [one] fichier
       *[other] fichiers
    }, { $documents } { $documents ->
        [one] document
       *[other] documents
    } : { $counted } pris en compte, { $skipped } { $skipped ->
        [one] écarté
       *[other] écartés
    } ; { $members } { $members ->
        [one] Membre
       *[other] Membres
    } × { $standards } { $standards ->
        [one] norme
       *[other] normes
    }

## Erreurs

summary-unknown-edition = il n'y a pas de catalogue de normes pour l'édition `{ $edition }` (connues : { $known })
summary-output-is-input = le dossier de sortie { $folder } est aussi un dossier d'entrée : choisissez un autre dossier de sortie
summary-input-is-output = le fichier d'entrée { $input } est l'un des fichiers écrits dans le dossier de sortie { $folder } : choisissez un autre dossier de sortie
summary-cannot-write = impossible d'écrire { $path } : { $reason }
summary-cannot-read = impossible de lire { $path } : { $reason }
