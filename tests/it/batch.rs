//! `fosx batch`: every input accounted for once, byte-identical rejects,
//! canonical accepted files, idempotence, crash safety, collisions, watch.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(super) const AS_OF: &str = "2026-11-28";

pub(super) fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/valid")
            .join(name),
    )
    .unwrap()
}

/// Writes `n` inputs of every representation into `inbox`: most valid, every
/// seventh one invalid (a misspelt status). Returns (path, valid) pairs.
pub(super) fn make_inbox(inbox: &Path, n: usize) -> Vec<(PathBuf, bool)> {
    let json = fixture("progress-report.json");
    let xml = fixture("progress-report.xml");
    let csv = fixture("progress-report.csv");
    let mut made = Vec::new();
    for i in 0..n {
        let id = format!("KE-PR-{i:05}");
        let valid = i % 7 != 3;
        let (name, mut text) = match i % 3 {
            0 => (format!("json/{id}.json"), json.replace("KE-PR-2025", &id)),
            1 => (format!("xml/{id}.xml"), xml.replace("KE-PR-2025", &id)),
            _ => (format!("csv/{id}.csv"), csv.replace("KE-PR-2025", &id)),
        };
        if !valid {
            text = text.replace("in-progress", "in progress");
        }
        let path = inbox.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        made.push((path, valid));
    }
    made
}

/// An inbox of two files with the same member and documentId and
/// different content: `a.json` and `b.json`.
pub(super) fn make_collision(inbox: &Path) {
    std::fs::create_dir_all(inbox).unwrap();
    let json = fixture("timetable.json");
    std::fs::write(inbox.join("a.json"), &json).unwrap();
    std::fs::write(
        inbox.join("b.json"),
        json.replace("E-commerce desk", "E-commerce unit"),
    )
    .unwrap();
}

pub(super) fn fosx() -> Command {
    let mut cmd = Command::cargo_bin("fosx").unwrap();
    // English, whatever the language of the machine.
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

pub(super) fn summary(out: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
}

pub(super) fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

pub(super) fn run_batch(inbox: &Path, out: &Path) -> assert_cmd::assert::Assert {
    fosx()
        .args([
            "batch",
            inbox.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--as-of",
            AS_OF,
        ])
        .assert()
}

/// Every input once in the summary; accepted outputs are canonical and
/// valid; rejected ones are byte-identical copies with both reports.
fn check_outputs(inbox: &Path, out: &Path, made: &[(PathBuf, bool)]) {
    let s = summary(out);
    let inputs = s["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), made.len(), "every input exactly once");
    let by_path: BTreeMap<&str, &Value> = inputs
        .iter()
        .map(|r| (r["path"].as_str().unwrap(), r))
        .collect();
    assert_eq!(by_path.len(), made.len(), "no input twice");
    let canonical = fixture("progress-report.json");
    for (path, valid) in made {
        let rel = path
            .strip_prefix(inbox)
            .unwrap()
            .to_str()
            .unwrap()
            .replace('\\', "/");
        let r = by_path[rel.as_str()];
        let outputs: Vec<&str> = r["outputs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_str().unwrap())
            .collect();
        if *valid {
            assert_eq!(r["verdict"], "accepted", "{rel}");
            assert_eq!(outputs.len(), 1);
            let id = Path::new(&rel).file_stem().unwrap().to_str().unwrap();
            assert_eq!(outputs[0], format!("accepted/KE/{id}.json"));
            let written = std::fs::read_to_string(out.join(outputs[0])).unwrap();
            assert_eq!(
                written,
                canonical.replace("KE-PR-2025", id),
                "{rel}: canonical JSON"
            );
        } else {
            assert_eq!(r["verdict"], "rejected", "{rel}");
            assert_eq!(
                outputs,
                [
                    format!("rejected/{rel}"),
                    format!("reports/{rel}.report.json"),
                    format!("reports/{rel}.report.txt")
                ]
            );
            assert_eq!(
                std::fs::read(out.join(outputs[0])).unwrap(),
                std::fs::read(path).unwrap()
            );
            let report: Value =
                serde_json::from_str(&std::fs::read_to_string(out.join(outputs[1])).unwrap())
                    .unwrap();
            assert_eq!(report["files"][0]["diagnostics"][0]["code"], "FOS-S04");
            let text = std::fs::read_to_string(out.join(outputs[2])).unwrap();
            assert!(text.contains("did you mean `in-progress`?"), "{text}");
        }
    }
    let leftovers: Vec<_> = snapshot(out)
        .into_keys()
        .filter(|p| p.file_name().unwrap().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn mixed_inbox_is_sorted_and_accounted_for() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    let made = make_inbox(&inbox, 42);
    let before = snapshot(&inbox);
    run_batch(&inbox, &out).code(1);
    assert_eq!(snapshot(&inbox), before, "the inbox is never modified");
    check_outputs(&inbox, &out, &made);
    let t = &summary(&out)["totals"];
    assert_eq!(
        (
            t["inputs"].as_u64(),
            t["accepted"].as_u64(),
            t["rejected"].as_u64()
        ),
        (Some(42), Some(36), Some(6))
    );
}

#[test]
fn second_run_does_nothing_and_a_changed_input_is_redone() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    let made = make_inbox(&inbox, 12);
    run_batch(&inbox, &out).code(1);
    let first = snapshot(&out);
    run_batch(&inbox, &out).code(1);
    let t = summary(&out)["totals"].clone();
    assert_eq!(
        (t["processed"].as_u64(), t["unchanged"].as_u64()),
        (Some(0), Some(12))
    );
    let mut second = snapshot(&out);
    second.remove(&out.join("summary.json"));
    let mut first_outputs = first.clone();
    first_outputs.remove(&out.join("summary.json"));
    assert_eq!(first_outputs, second, "no output rewritten");

    // Fix the invalid input 3: only it is processed again, and now accepted.
    let (path, _) = &made[3];
    let fixed = std::fs::read_to_string(path)
        .unwrap()
        .replace("in progress", "in-progress");
    std::fs::write(path, fixed).unwrap();
    run_batch(&inbox, &out).code(1);
    let s = summary(&out);
    assert_eq!(
        (
            s["totals"]["processed"].as_u64(),
            s["totals"]["unchanged"].as_u64()
        ),
        (Some(1), Some(11))
    );
    let rel = path.strip_prefix(&inbox).unwrap().to_str().unwrap();
    let r = s["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["path"] == rel)
        .unwrap();
    assert_eq!(r["verdict"], "accepted");
}

/// SIGKILL at 20 random moments of a 10,000-file run (each kill after a
/// random number of inputs of that run, from none to 700), then a rerun:
/// every input accounted for once, every accepted file whole, no temporary
/// file left, and the folder is what the summary says.
#[test]
fn killed_at_20_random_moments_then_rerun_every_input_once() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    let text = fixture("notification.json");
    let mut valid = BTreeMap::new();
    for i in 0..10_000 {
        let id = format!("SN-NOT-{i:05}");
        let ok = i % 7 != 3;
        let mut doc = text.replace("SN-NOT-2019-01", &id);
        if !ok {
            doc = doc.replacen("\"SN\"", "\"sn\"", 1);
        }
        let rel = format!("{:02}/{id}.json", i % 40);
        std::fs::create_dir_all(inbox.join(&rel).parent().unwrap()).unwrap();
        std::fs::write(inbox.join(&rel), doc).unwrap();
        valid.insert(rel, (id, ok));
    }
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut state = seed;
    let mut next = move |n: u64| {
        // xorshift64: enough to spread the moments.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let journal = out.join(".fosx-journal.jsonl");
    let bin = assert_cmd::cargo::cargo_bin("fosx");
    let mut kills = 0;
    for _ in 0..20 {
        let start = std::fs::metadata(&journal).map_or(0, |m| m.len());
        // A journal line is about 450 bytes.
        let target = start + next(701) * 450;
        let mut child = std::process::Command::new(&bin)
            .args([
                "batch",
                inbox.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--as-of",
                AS_OF,
            ])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while std::fs::metadata(&journal).map_or(0, |m| m.len()) < target
            && child.try_wait().unwrap().is_none()
            && started.elapsed().as_secs() < 60
        {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        child.kill().unwrap(); // SIGKILL
        if !child.wait().unwrap().success() {
            kills += 1;
        }
    }
    assert!(kills >= 10, "most runs were killed (seed {seed})");
    run_batch(&inbox, &out).code(1);
    let s = summary(&out);
    let inputs = s["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 10_000, "seed {seed}");
    let mut seen = std::collections::BTreeSet::new();
    for r in inputs {
        let rel = r["path"].as_str().unwrap();
        assert!(seen.insert(rel.to_string()), "{rel} twice (seed {seed})");
        let (id, ok) = &valid[rel];
        if *ok {
            assert_eq!(r["verdict"], "accepted", "{rel} (seed {seed})");
            let o = format!("accepted/SN/{id}.json");
            assert_eq!(r["outputs"], serde_json::json!([o]), "seed {seed}");
            let written = std::fs::read_to_string(out.join(&o)).unwrap();
            assert_eq!(written, text.replace("SN-NOT-2019-01", id), "{o} whole");
        } else {
            assert_eq!(r["verdict"], "rejected", "{rel} (seed {seed})");
            assert_eq!(r["outputs"].as_array().unwrap().len(), 3);
        }
    }
    let files: Vec<PathBuf> = snapshot_names(&out);
    let temps: Vec<&PathBuf> = files
        .iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(temps.is_empty(), "temporary files left: {temps:?}");
    let outputs: usize = inputs
        .iter()
        .map(|r| r["outputs"].as_array().unwrap().len())
        .sum();
    let in_trees = files
        .iter()
        .filter(|p| {
            let rel = p.strip_prefix(&out).unwrap();
            ["accepted", "rejected", "reports"]
                .iter()
                .any(|t| rel.starts_with(t))
        })
        .count();
    assert_eq!(
        in_trees, outputs,
        "no file beyond the summary (seed {seed})"
    );
}

fn snapshot_names(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

#[test]
fn read_only_inbox_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 3);
    let mut perms = std::fs::metadata(&inbox).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&inbox, perms.clone()).unwrap();
    let before = snapshot(&inbox);
    run_batch(&inbox, &out).code(0);
    assert_eq!(snapshot(&inbox), before);
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&inbox, perms).unwrap();
}

#[test]
fn same_member_and_document_id_from_two_files_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_collision(&inbox);
    run_batch(&inbox, &out).code(0);
    let s = summary(&out);
    assert_eq!(s["totals"]["collisions"], 2);
    let outputs: Vec<String> = s["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let other = if r["path"] == "a.json" {
                "b.json"
            } else {
                "a.json"
            };
            assert_eq!(r["collisions"], serde_json::json!([other]));
            r["outputs"][0].as_str().unwrap().to_string()
        })
        .collect();
    assert_ne!(outputs[0], outputs[1]);
    let texts: Vec<String> = outputs
        .iter()
        .map(|o| std::fs::read_to_string(out.join(o)).unwrap())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("E-commerce unit"))
            && texts.iter().any(|t| t.contains("E-commerce desk"))
    );
}

#[test]
fn output_folder_inside_the_inbox_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    make_inbox(&inbox, 3);
    let before = snapshot(&inbox);
    for out in [inbox.join("sorted"), inbox.clone()] {
        let r = run_batch(&inbox, &out).code(2);
        let stderr = String::from_utf8_lossy(&r.get_output().stderr).into_owned();
        assert!(
            stderr.contains("overlaps the inbox") && stderr.contains("outside the inbox"),
            "{stderr}"
        );
    }
    assert!(
        !inbox.join("sorted").exists(),
        "nothing created in the inbox"
    );
    assert_eq!(snapshot(&inbox), before);
    // Nor may the inbox sit where outputs go.
    let out = dir.path().join("out");
    let inside = out.join("accepted/inbox");
    make_inbox(&inside, 1);
    run_batch(&inside, &out).code(2);
}

#[cfg(unix)]
#[test]
fn watch_picks_up_a_file_copied_in_slowly_and_stops_on_ctrl_c() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("fosx");
    let child = std::process::Command::new(bin)
        .args([
            "batch",
            inbox.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--as-of",
            AS_OF,
            "--watch",
        ])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let text = fixture("notification.json");
    let (head, tail) = text.split_at(text.len() / 2);
    let mut f = std::fs::File::create(inbox.join("slow.json")).unwrap();
    f.write_all(head.as_bytes()).unwrap();
    f.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    f.write_all(tail.as_bytes()).unwrap();
    drop(f);
    let accepted = out.join("accepted/SN/SN-NOT-2019-01.json");
    let started = std::time::Instant::now();
    while !accepted.exists() && started.elapsed().as_secs() < 20 {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        std::fs::read_to_string(&accepted).unwrap(),
        text,
        "read only once whole"
    );
    // Ctrl-C: finishes and exits cleanly.
    unsafe_sigint(child.id());
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let s = summary(&out);
    assert_eq!(s["totals"]["accepted"], 1);
    assert_eq!(
        s["totals"]["rejected"], 0,
        "the half-written file was never judged"
    );
}

#[cfg(unix)]
fn unsafe_sigint(pid: u32) {
    std::process::Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap();
}
