//! The lines a run shows a person: the table at its end and the speed on
//! its progress bar (messages of `batch.ftl`).

use super::{Progress, Summary};
use crate::i18n::{Lang, Msg, msg};
use std::path::Path;
use std::time::Duration;

/// The short table printed at the end of a run: how many inputs went
/// where, the rows that count something only when they do, the time taken,
/// and where the summary is.
pub fn table(summary: &Summary, elapsed: Duration, out: &Path, lang: Lang) -> String {
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
