//! The words of the dashboard, in English and French.

use super::NO_STATUS;
use crate::i18n::Lang;

/// A label in the dashboard's language.
pub(super) fn t(key: &str, lang: Lang) -> &str {
    let (en, fr) = match key {
        "title" => (
            "E-Commerce FoS: implementation dashboard",
            "Cadre de normes sur le commerce électronique : tableau de bord de la mise en œuvre",
        ),
        "as-of" => ("Situation at", "Situation au"),
        "edition" => ("edition", "édition"),
        "members" => ("Members", "Membres"),
        "documents" => ("documents counted", "documents pris en compte"),
        "skipped" => ("inputs skipped", "entrées écartées"),
        "heatmap" => (
            "Status per Member and standard",
            "État d'avancement par Membre et par norme",
        ),
        "heatmap-note" => (
            "From each Member's latest progress report. Progress: mean completion over the standards (implemented counts 100, no entry 0).",
            "D'après le dernier rapport d'étape de chaque Membre. Progression : avancement moyen sur les normes (mise en œuvre = 100, sans entrée = 0).",
        ),
        "sort" => ("Sort by", "Trier par"),
        "sort-member" => ("Member", "Membre"),
        "sort-region" => ("region", "région"),
        "sort-progress" => ("progress", "progression"),
        "member" => ("Member", "Membre"),
        "name" => ("Name", "Nom"),
        "region" => ("Region", "Région"),
        "progress" => ("Progress", "Progression"),
        "standard" => ("Standard", "Norme"),
        "rates" => (
            "Implementation rate per standard",
            "Taux de mise en œuvre par norme",
        ),
        "rates-note" => (
            "Share of Members whose latest progress report says the standard is implemented (Resolution 2.9).",
            "Part des Membres dont le dernier rapport d'étape indique la norme comme mise en œuvre (Résolution 2.9).",
        ),
        "overall" => ("All Members", "Tous les Membres"),
        "no-region" => ("No region", "Sans région"),
        "maturity" => ("Mean maturity", "Maturité moyenne"),
        "slippage" => ("Timetable slippage", "Glissement du calendrier"),
        "slippage-note" => (
            "Actual (or else expected) completion minus planned completion of the latest timetable, in days; the largest first.",
            "Achèvement effectif (à défaut prévu) moins achèvement planifié du dernier calendrier, en jours ; les plus grands d'abord.",
        ),
        "planned" => ("Planned", "Planifié"),
        "date-kind" => ("Kind", "Nature"),
        "expected" => ("Expected / actual", "Prévu / effectif"),
        "days" => ("Days", "Jours"),
        "none-late" => ("No standard is late.", "Aucune norme n'est en retard."),
        "more" => ("more in", "de plus dans"),
        "missing" => ("Missing submissions", "Soumissions manquantes"),
        "missing-note" => (
            "Notified but no timetable; or a timetable but no progress report in the last reporting year (365 days).",
            "Notification sans calendrier ; ou calendrier sans rapport d'étape sur la dernière année (365 jours).",
        ),
        "missing-timetable" => ("no timetable", "pas de calendrier"),
        "missing-report" => (
            "no progress report in the last year",
            "pas de rapport d'étape sur la dernière année",
        ),
        "none-missing" => ("Nothing is missing.", "Rien ne manque."),
        "assistance" => (
            "Technical assistance and capacity building",
            "Assistance technique et renforcement des capacités",
        ),
        "kind" => ("Request", "Demande"),
        "source" => ("Document", "Document"),
        "text" => ("Description", "Description"),
        "none-assistance" => ("No request.", "Aucune demande."),
        "technical-assistance" => ("technical assistance", "assistance technique"),
        "capacity-building" => ("capacity building", "renforcement des capacités"),
        "skipped-title" => ("Skipped inputs", "Entrées écartées"),
        "path" => ("File", "Fichier"),
        "codes" => ("Codes", "Codes"),
        "reason" => ("Reason", "Motif"),
        "invalid" => ("invalid", "non valide"),
        "unreadable" => ("unreadable", "illisible"),
        "other-edition" => ("other edition", "autre édition"),
        "not-started" => ("not started", "non commencée"),
        "planned-status" => ("planned", "prévue"),
        "in-progress" => ("in progress", "en cours"),
        "implemented" => ("implemented", "mise en œuvre"),
        "not-applicable" => ("not applicable", "sans objet"),
        NO_STATUS => ("no report", "pas de rapport"),
        "generated" => ("Made by", "Produit par"),
        "indicative" => ("indicative", "indicative"),
        "definitive" => ("definitive", "définitive"),
        _ => (key, key),
    };
    match lang {
        Lang::En | Lang::Es => en,
        Lang::Fr => fr,
    }
}

pub(super) fn status_label(status: &str, lang: Lang) -> &str {
    match status {
        "planned" => t("planned-status", lang),
        s => t(s, lang),
    }
}

/// Short letters shown in the heatmap cells (readable in black and white).
pub(super) fn status_abbrev(status: &str, lang: Lang) -> &'static str {
    match (status, lang) {
        ("not-started", Lang::En) => "NS",
        ("not-started", Lang::Fr) => "NC",
        ("planned", Lang::En) => "PL",
        ("planned", Lang::Fr) => "PR",
        ("in-progress", Lang::En) => "IP",
        ("in-progress", Lang::Fr) => "EC",
        ("implemented", Lang::En) => "IM",
        ("implemented", Lang::Fr) => "MO",
        ("not-applicable", Lang::En) => "NA",
        ("not-applicable", Lang::Fr) => "SO",
        _ => "",
    }
}
