//! The lines a run shows a person: the table at its end and the speed on
//! its progress bar (messages of `batch.ftl`).

use super::{BatchSummary, Progress};
use crate::i18n::{Lang, Msg, msg};
use std::path::Path;
use std::time::Duration;

/// The short table printed at the end of a run: how many inputs went
/// where, the rows that count something only when they do, the time taken,
/// and where the summary is.
pub fn table(summary: &BatchSummary, elapsed: Duration, out: &Path, lang: Lang) -> String {
    let t = &summary.totals;
    let secs = elapsed.as_secs_f64().max(1e-6);
    let mut s = String::new();
    let mut row = |label: Msg, n: usize, note: Option<Msg>| {
        let label = label.render(lang);
        match note {
            Some(note) => s.push_str(&format!("{label:<12} {n:>8}   {}\n", note.render(lang))),
            None => s.push_str(&format!("{label:<12} {n:>8}\n")),
        }
    };
    row(msg::batch_inputs(), t.inputs, None);
    row(
        msg::batch_accepted(),
        t.accepted,
        Some(msg::batch_documents(t.documents)),
    );
    row(msg::batch_rejected(), t.rejected, None);
    row(msg::batch_unreadable(), t.unreadable, None);
    // Rows shown only when they count something, each with its note.
    for (label, n, note) in [
        (
            msg::batch_collisions(),
            t.collisions,
            msg::batch_collisions_note(),
        ),
        (
            msg::batch_duplicates(),
            t.duplicates,
            msg::batch_duplicates_note(),
        ),
        (msg::batch_skipped(), t.skipped, msg::batch_skipped_note()),
        (msg::batch_failed(), t.failed, msg::batch_failed_note()),
    ] {
        if n > 0 {
            row(label, n, Some(note));
        }
    }
    let seconds = format!("{secs:.2}");
    let (whole, hundredths) = seconds.split_once('.').unwrap_or((seconds.as_str(), "00"));
    let done = msg::batch_processed_note(
        t.unchanged,
        whole,
        hundredths,
        format!("{:.0}", t.processed as f64 / secs),
    );
    row(msg::batch_processed(), t.processed, Some(done));
    let path = out.join(super::summary::SUMMARY_FILE).display().to_string();
    s.push_str(&msg::batch_summary(path).render(lang));
    s.push('\n');
    s
}

/// The speed of a run so far, for its progress bar: files and megabytes
/// per second.
pub fn rate(p: &Progress, elapsed: Duration) -> Msg {
    let secs = elapsed.as_secs_f64().max(1e-3);
    let megabytes = format!("{:.1}", p.bytes as f64 / 1e6 / secs);
    let (whole, tenths) = megabytes
        .split_once('.')
        .unwrap_or((megabytes.as_str(), "0"));
    msg::batch_rate(format!("{:.0}", p.done as f64 / secs), whole, tenths)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::summary::BatchTotals;

    /// A summary whose every row counts something; one document accepted.
    fn summary() -> BatchSummary {
        let totals = BatchTotals {
            inputs: 7,
            accepted: 4,
            documents: 1,
            rejected: 1,
            unreadable: 1,
            collisions: 2,
            duplicates: 1,
            failed: 1,
            bytes: 0,
            processed: 5,
            unchanged: 2,
            skipped: 3,
        };
        serde_json::from_value(serde_json::json!({
            "summaryVersion": 1, "tool": "fosx", "specVersion": "1.0",
            "asOf": "2026-11-28", "strict": false, "to": "json", "lang": "en",
            "options": "", "inputs": [], "skipped": [], "totals": totals,
        }))
        .unwrap()
    }

    fn table_in(lang: Lang) -> String {
        table(
            &summary(),
            Duration::from_millis(500),
            Path::new("out"),
            lang,
        )
    }

    #[test]
    fn the_table_in_every_language() {
        assert_eq!(
            table_in(Lang::En),
            "inputs              7\n\
             accepted            4   (1 document)\n\
             rejected            1\n\
             unreadable          1\n\
             collisions          2   (same member and documentId; both kept)\n\
             duplicates          1   (same documents as another input; stored once)\n\
             skipped             3   (not inputs; the reasons are in the summary)\n\
             failed              1   (outputs not written; run again once fixed)\n\
             processed           5   (skipped 2 already done) in 0.50 s, 10 files/s\n\
             summary: out/summary.json\n"
        );
        assert_eq!(
            table_in(Lang::Fr),
            "fichiers            7\n\
             acceptés            4   (1 document)\n\
             rejetés             1\n\
             illisibles          1\n\
             collisions          2   (même Membre et même documentId ; les deux sont gardés)\n\
             doublons            1   (mêmes documents qu'un autre fichier ; gardés une fois)\n\
             écartés             3   (pas des soumissions ; les raisons sont dans le résumé)\n\
             en échec            1   (sorties non écrites ; relancer une fois le problème réglé)\n\
             traités             5   (2 déjà traités, sautés) en 0,50 s, 10 fichiers/s\n\
             résumé : out/summary.json\n"
        );
        assert_eq!(
            table_in(Lang::Es),
            "archivos            7\n\
             aceptados           4   (1 documento)\n\
             rechazados          1\n\
             ilegibles           1\n\
             colisiones          2   (mismo Miembro y mismo documentId; se conservan ambos)\n\
             duplicados          1   (mismos documentos que otro archivo; se guardan una vez)\n\
             descartados         3   (no son envíos; los motivos figuran en el resumen)\n\
             fallidos            1   (salidas no escritas; vuelva a ejecutarlo una vez resuelto el problema)\n\
             procesados          5   (2 ya procesados, omitidos) en 0,50 s, 10 archivos/s\n\
             resumen: out/summary.json\n"
        );
    }

    #[test]
    fn the_speed_in_every_language() {
        let p = Progress {
            done: 12,
            total: 40,
            bytes: 1_200_000,
        };
        let rate = rate(&p, Duration::from_secs(2));
        assert_eq!(rate.render(Lang::En), "6 files/s, 0.6 MB/s");
        assert_eq!(rate.render(Lang::Fr), "6 fichiers/s, 0,6 Mo/s");
        assert_eq!(rate.render(Lang::Es), "6 archivos/s, 0,6 MB/s");
    }
}
