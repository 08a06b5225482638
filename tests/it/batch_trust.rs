//! `fosx batch` as the record of what arrived and what became of it: failed
//! writes, options, stale outputs, special files, names, the lock, modes,
//! `--watch`, and write errors of every command.

use super::batch::{AS_OF, fixture, fosx, make_collision, make_inbox, run_batch, summary};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("fosx")
}

fn batch_args(inbox: &Path, out: &Path) -> Vec<String> {
    vec![
        "batch".into(),
        inbox.to_str().unwrap().into(),
        "--out".into(),
        out.to_str().unwrap().into(),
        "--as-of".into(),
        AS_OF.into(),
    ]
}

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

fn record<'a>(s: &'a Value, path: &str) -> &'a Value {
    s["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["path"] == path)
        .unwrap_or_else(|| panic!("{path} not in the summary: {s}"))
}

/// Runs `cmd` to its end, killing it (and failing) after `secs` seconds.
fn output_within(cmd: &mut std::process::Command, secs: u64) -> std::process::Output {
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("still running after {secs} s: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

/// Every file of `accepted/`, `rejected/` and `reports/` is named exactly
/// once by the summary's outputs, and every output named is there.
fn assert_summary_matches_folder(out: &Path) {
    let s = summary(out);
    let mut named = BTreeSet::new();
    for r in s["inputs"].as_array().unwrap() {
        for o in r["outputs"].as_array().unwrap() {
            assert!(named.insert(o.as_str().unwrap().to_string()), "{o} twice");
        }
    }
    let mut found = BTreeSet::new();
    for tree in ["accepted", "rejected", "reports"] {
        for e in walkdir::WalkDir::new(out.join(tree)).into_iter().flatten() {
            if !e.file_type().is_dir() {
                let rel = e.path().strip_prefix(out).unwrap();
                found.insert(rel.to_str().unwrap().to_string());
            }
        }
    }
    assert_eq!(found, named, "the folder is what summary.json says");
    let t = &s["totals"];
    let accepted = named.iter().filter(|n| n.starts_with("accepted/")).count();
    assert_eq!(t["documents"].as_u64(), Some(accepted as u64));
}

/// The uid that owns `/proc/self`: the effective uid of this process.
#[cfg(unix)]
fn euid() -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or(0)
}

/// A command that runs fosx as an unprivileged user (nobody) when the tests
/// run as root, so that permissions bind.
#[cfg(unix)]
fn unprivileged() -> std::process::Command {
    if euid() != 0 {
        return std::process::Command::new(bin());
    }
    let mut cmd = std::process::Command::new("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(bin());
    cmd
}

/// A temporary folder the unprivileged user owns.
#[cfg(unix)]
fn unprivileged_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    if euid() == 0 {
        std::os::unix::fs::chown(dir.path(), Some(65534), Some(65534)).unwrap();
    }
    dir
}

#[cfg(unix)]
fn chown_tree(path: &Path, uid: u32) {
    for e in walkdir::WalkDir::new(path).into_iter().flatten() {
        std::os::unix::fs::lchown(e.path(), Some(uid), Some(uid)).unwrap();
    }
}

// ----- a failed write is not done -----------------------------------------

#[cfg(unix)]
#[test]
fn read_only_accepted_fails_with_2_then_the_rerun_writes_everything() {
    use std::os::unix::fs::PermissionsExt;
    let dir = unprivileged_dir();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 6);
    std::fs::create_dir_all(out.join("accepted")).unwrap();
    if euid() == 0 {
        chown_tree(&inbox, 65534);
        chown_tree(&out, 65534);
    }
    std::fs::set_permissions(out.join("accepted"), std::fs::Permissions::from_mode(0o555)).unwrap();
    let run = || {
        let o = unprivileged()
            .args(batch_args(&inbox, &out))
            .output()
            .unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (code, stderr) = run();
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("Permission denied"), "{stderr}");
    let s = summary(&out);
    let r = record(&s, "json/KE-PR-00000.json");
    assert_eq!(r["outputs"], serde_json::json!([]));
    assert_eq!(r["failed"][0]["output"], "accepted/KE/KE-PR-00000.json");
    assert!(
        r["failed"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("Permission denied"),
        "{r}"
    );
    assert_eq!(s["totals"]["failed"], 5, "{}", s["totals"]);
    assert_eq!(s["totals"]["documents"], 0, "no document claimed");
    assert_summary_matches_folder(&out);

    // Fixed: the rerun does what failed, and only that.
    std::fs::set_permissions(out.join("accepted"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let (code, stderr) = run();
    assert_eq!(code, Some(1), "one input in six is invalid: {stderr}");
    let s = summary(&out);
    assert_eq!(s["totals"]["failed"], 0);
    assert_eq!(s["totals"]["documents"], 5);
    assert_eq!(s["totals"]["processed"], 5, "{}", s["totals"]);
    for i in [0, 1, 2, 4, 5] {
        let kind = ["json", "xml", "csv"][i % 3];
        assert!(
            out.join(format!("accepted/KE/KE-PR-{i:05}.json")).is_file(),
            "{kind} {i}"
        );
    }
    assert_summary_matches_folder(&out);

    // Once the invalid input is corrected too, every document is written,
    // the rejected copy is gone and the run exits 0.
    let bad = inbox.join("json/KE-PR-00003.json");
    let text = std::fs::read_to_string(&bad).unwrap();
    std::fs::write(&bad, text.replace("in progress", "in-progress")).unwrap();
    let (code, stderr) = run();
    assert_eq!(code, Some(0), "{stderr}");
    let s = summary(&out);
    assert_eq!(s["totals"]["documents"], 6, "{}", s["totals"]);
    assert_eq!(s["totals"]["rejected"], 0, "{}", s["totals"]);
    assert!(out.join("accepted/KE/KE-PR-00003.json").is_file());
    assert!(!out.join("rejected/json/KE-PR-00003.json").exists());
    assert_summary_matches_folder(&out);
}

#[test]
fn a_rerun_with_every_document_written_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox).unwrap();
    std::fs::write(inbox.join("a.json"), fixture("timetable.json")).unwrap();
    // A file where the member's folder must go: the write fails.
    std::fs::create_dir_all(out.join("accepted")).unwrap();
    std::fs::write(out.join("accepted/EU"), "in the way").unwrap();
    let r = run_batch(&inbox, &out).code(2);
    assert!(
        stderr_of(&r).contains("cannot write accepted/EU/"),
        "{}",
        stderr_of(&r)
    );
    assert_eq!(summary(&out)["totals"]["failed"], 1);
    // The obstacle is not an output of any input: the run removed it, so
    // the next run writes the document.
    run_batch(&inbox, &out).code(0);
    let s = summary(&out);
    assert_eq!(s["totals"]["failed"], 0);
    assert_eq!(s["totals"]["documents"], 1);
    assert_summary_matches_folder(&out);
}

// ----- options ------------------------------------------------------------

#[test]
fn a_rerun_with_other_options_applies_them() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    let made = make_inbox(&inbox, 6);
    std::fs::copy(
        root().join("fixtures/json/R13-R15-R18-warnings-only.json"),
        inbox.join("warnings.json"),
    )
    .unwrap();
    run_batch(&inbox, &out).code(1);
    let s = summary(&out);
    let w = record(&s, "warnings.json");
    assert_eq!(w["verdict"], "accepted");
    let codes: Vec<&str> = w["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["FOS-R18", "FOS-R13", "FOS-R15"],
        "warnings kept: {w}"
    );
    assert!(w["notes"][0]["line"].as_u64().is_some(), "{w}");
    assert_summary_matches_folder(&out);

    let mut args = batch_args(&inbox, &out);
    args.extend(["--to".into(), "xml".into()]);
    fosx().args(&args).assert().code(1);
    let s = summary(&out);
    assert_eq!(s["to"], "xml");
    assert_eq!(s["totals"]["processed"], 7, "every input redone");
    for r in s["inputs"].as_array().unwrap() {
        if r["verdict"] == "accepted" {
            for o in r["outputs"].as_array().unwrap() {
                assert!(o.as_str().unwrap().ends_with(".xml"), "{o}");
            }
        }
    }
    let xml = std::fs::read_to_string(out.join("accepted/KE/KE-PR-00000.xml")).unwrap();
    assert!(xml.starts_with("<?xml"), "{xml}");
    assert!(
        !out.join("accepted/KE/KE-PR-00000.json").exists(),
        "old output gone"
    );
    assert_summary_matches_folder(&out);

    args.push("--strict".into());
    fosx().args(&args).assert().code(1);
    let s = summary(&out);
    assert_eq!(s["strict"], true);
    assert_eq!(record(&s, "warnings.json")["verdict"], "rejected");
    assert!(out.join("rejected/warnings.json").is_file());
    assert_summary_matches_folder(&out);

    // Same options again: nothing to do.
    fosx().args(&args).assert().code(1);
    let s = summary(&out);
    assert_eq!(s["totals"]["processed"], 0);
    assert_eq!(s["totals"]["unchanged"], 7);
    // Another as-of date or language is another run too.
    let mut other = batch_args(&inbox, &out);
    other[5] = "2026-12-01".into();
    other.extend(["--to", "xml", "--strict", "--lang", "fr"].map(String::from));
    fosx().args(&other).assert().code(1);
    let s = summary(&out);
    assert_eq!(s["totals"]["processed"], 7);
    assert_eq!(s["lang"], "fr");
    assert_eq!(s["asOf"], "2026-12-01");
    assert_eq!(made.len(), 6);
    assert_summary_matches_folder(&out);
}

#[test]
fn edited_then_deleted_inputs_leave_no_stale_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox).unwrap();
    let good = fixture("notification.json");
    let path = inbox.join("n.json");
    std::fs::write(&path, &good).unwrap();
    std::fs::write(inbox.join("keep.json"), fixture("timetable.json")).unwrap();
    run_batch(&inbox, &out).code(0);
    assert!(out.join("accepted/SN/SN-NOT-2019-01.json").is_file());

    // Valid → invalid: the accepted file goes, the copy and reports come.
    let bad = good.replacen("\"SN\"", "\"sn\"", 1);
    assert_ne!(bad, good);
    std::fs::write(&path, &bad).unwrap();
    run_batch(&inbox, &out).code(1);
    assert!(!out.join("accepted/SN/SN-NOT-2019-01.json").exists());
    assert!(!out.join("accepted/SN").exists(), "empty folder removed");
    assert_eq!(
        std::fs::read_to_string(out.join("rejected/n.json")).unwrap(),
        bad
    );
    assert!(out.join("reports/n.json.report.txt").is_file());
    assert_summary_matches_folder(&out);

    // Invalid → valid: the copy and reports go.
    std::fs::write(&path, &good).unwrap();
    run_batch(&inbox, &out).code(0);
    assert!(!out.join("rejected/n.json").exists());
    assert!(!out.join("reports/n.json.report.txt").exists());
    assert_summary_matches_folder(&out);

    // Deleted: its outputs go, the other input's stay.
    std::fs::remove_file(&path).unwrap();
    run_batch(&inbox, &out).code(0);
    let s = summary(&out);
    assert_eq!(s["totals"]["inputs"], 1);
    assert!(!out.join("accepted/SN/SN-NOT-2019-01.json").exists());
    assert!(out.join("accepted/EU/EU-TT-2026.json").is_file());
    assert_summary_matches_folder(&out);
}

// ----- special files ------------------------------------------------------

#[cfg(unix)]
#[test]
fn links_to_devices_fifos_and_secrets_are_skipped_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 2);
    std::os::unix::fs::symlink("/dev/zero", inbox.join("zero.json")).unwrap();
    std::os::unix::fs::symlink("/etc/shadow", inbox.join("shadow.json")).unwrap();
    std::os::unix::fs::symlink(inbox.join("json"), inbox.join("linked-folder")).unwrap();
    let fifo = inbox.join("fifo.json");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::fs::write(inbox.join("README.md"), "# notes\n").unwrap();
    for follow in [false, true] {
        let mut args = batch_args(&inbox, &out);
        if follow {
            args.push("--follow-symlinks".into());
        }
        let started = Instant::now();
        let output = output_within(std::process::Command::new(bin()).args(&args), 10);
        let took = started.elapsed();
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        assert!(took < Duration::from_secs(1), "took {took:?}");
        let s = summary(&out);
        assert_eq!(s["totals"]["inputs"], 2, "{s}");
        let skipped: Vec<(String, String)> = s["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| {
                (
                    k["path"].as_str().unwrap().to_string(),
                    k["reason"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let link = if follow {
            "a symbolic link to outside the inbox"
        } else {
            "a symbolic link (followed only with --follow-symlinks)"
        };
        let folder = if follow {
            "a symbolic link to a folder"
        } else {
            link
        };
        let expected: Vec<(String, String)> = [
            ("README.md", "not a submission file (*.json, *.xml, *.csv)"),
            ("fifo.json", "a FIFO"),
            ("linked-folder", folder),
            ("shadow.json", link),
            ("zero.json", link),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        assert_eq!(skipped, expected);
        let size: u64 = walkdir::WalkDir::new(&out)
            .into_iter()
            .flatten()
            .filter_map(|e| e.metadata().ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum();
        assert!(size < 100_000, "nothing big copied: {size} bytes");
        assert!(!out.join("rejected/shadow.json").exists());
        assert_summary_matches_folder(&out);
    }
}

#[cfg(unix)]
#[test]
fn a_followed_link_inside_the_inbox_is_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 1);
    std::os::unix::fs::symlink("json/KE-PR-00000.json", inbox.join("again.json")).unwrap();
    let mut args = batch_args(&inbox, &out);
    args.push("--follow-symlinks".into());
    fosx().args(&args).assert().code(0);
    let s = summary(&out);
    let t = &s["totals"];
    assert_eq!(
        (
            t["inputs"].as_u64(),
            t["documents"].as_u64(),
            t["duplicates"].as_u64()
        ),
        (Some(2), Some(1), Some(1)),
        "the link is read, and its document stored once: {t}"
    );
}

#[cfg(unix)]
#[test]
fn over_limit_files_are_reported_and_not_copied() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 1);
    // A sparse file of 4 GiB: over the default limit of 1 GiB.
    let sparse = std::fs::File::create(inbox.join("sparse.json")).unwrap();
    sparse.set_len(4 << 30).unwrap();
    let started = Instant::now();
    run_batch(&inbox, &out).code(1);
    assert!(started.elapsed() < Duration::from_secs(5));
    let s = summary(&out);
    let r = record(&s, "sparse.json");
    assert_eq!(r["verdict"], "rejected");
    assert_eq!(r["size"], 4u64 << 30);
    assert_eq!(
        r["outputs"],
        serde_json::json!([
            "reports/sparse.json.report.json",
            "reports/sparse.json.report.txt"
        ])
    );
    assert!(
        r["message"]
            .as_str()
            .unwrap()
            .contains("more than the limit"),
        "{r}"
    );
    assert!(!out.join("rejected/sparse.json").exists());
    let report: Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("reports/sparse.json.report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["files"][0]["diagnostics"][0]["code"], "FOS-P06");
    assert_summary_matches_folder(&out);
}

// ----- names --------------------------------------------------------------

#[test]
fn renamed_collisions_and_reports_cannot_be_overwritten() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox).unwrap();
    let json = fixture("timetable.json");
    let b = json.replace("E-commerce desk", "E-commerce unit");
    std::fs::write(inbox.join("a.json"), &json).unwrap();
    std::fs::write(inbox.join("b.json"), &b).unwrap();
    // A document whose id is what the old scheme named b's renamed output.
    let hash: String = sha2::Sha256::digest(b.as_bytes())
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect();
    let id = "EU-TT-2026";
    assert!(json.contains(id), "the fixture's id");
    let c = json
        .replace(id, &format!("{id}.{}", &hash[..12]))
        .replace("E-commerce desk", "E-commerce office");
    std::fs::write(inbox.join("c.json"), &c).unwrap();
    // An invalid input named like the report of another.
    let bad = fixture("notification.json").replacen("\"SN\"", "\"sn\"", 1);
    std::fs::write(inbox.join("bad.json"), &bad).unwrap();
    std::fs::write(inbox.join("bad.json.report.json"), &bad).unwrap();
    run_batch(&inbox, &out).code(1);
    let s = summary(&out);
    let mut contents = BTreeSet::new();
    for name in ["a.json", "b.json", "c.json"] {
        let r = record(&s, name);
        assert_eq!(r["outputs"].as_array().unwrap().len(), 1, "{r}");
        contents
            .insert(std::fs::read_to_string(out.join(r["outputs"][0].as_str().unwrap())).unwrap());
    }
    assert_eq!(contents.len(), 3, "three documents, three files");
    let renamed = record(&s, "b.json")["outputs"][0]
        .as_str()
        .unwrap()
        .to_string();
    let renamed = if renamed.contains('~') {
        renamed
    } else {
        record(&s, "a.json")["outputs"][0]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(renamed.contains(&format!("{id}~")), "{renamed}");
    assert_eq!(
        std::fs::read_to_string(out.join("rejected/bad.json.report.json")).unwrap(),
        bad
    );
    let report: Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("reports/bad.json.report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["reportVersion"], 1);
    assert_summary_matches_folder(&out);
}

#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_stay_distinct() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox).unwrap();
    let bad = fixture("notification.json").replacen("\"SN\"", "\"sn\"", 1);
    for name in [&b"caf\xe9.json"[..], b"caf\xe8.json", b"100%.json"] {
        std::fs::write(inbox.join(std::ffi::OsStr::from_bytes(name)), &bad).unwrap();
    }
    run_batch(&inbox, &out).code(1);
    let s = summary(&out);
    let paths: Vec<&str> = s["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["100%25.json", "caf%E8.json", "caf%E9.json"]);
    assert_eq!(s["totals"]["rejected"], 3);
    assert!(
        out.join("rejected")
            .join(std::ffi::OsStr::from_bytes(b"caf\xe9.json"))
            .is_file()
    );
    // Run again: all three are recognised as done.
    run_batch(&inbox, &out).code(1);
    assert_eq!(summary(&out)["totals"]["unchanged"], 3);
}

#[test]
fn identical_resubmissions_are_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox).unwrap();
    let json = fixture("progress-report.json");
    std::fs::write(inbox.join("a.json"), &json).unwrap();
    std::fs::write(inbox.join("b.json"), &json).unwrap();
    std::fs::write(inbox.join("c.xml"), fixture("progress-report.xml")).unwrap();
    run_batch(&inbox, &out).code(0);
    let s = summary(&out);
    let t = &s["totals"];
    assert_eq!(
        (t["documents"].as_u64(), t["collisions"].as_u64()),
        (Some(1), Some(0))
    );
    assert_eq!(t["duplicates"], 2);
    let holders: Vec<&str> = s["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !r["outputs"].as_array().unwrap().is_empty())
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(holders, ["a.json"], "the first path stores it");
    assert_summary_matches_folder(&out);
    run_batch(&inbox, &out).code(0);
    assert_eq!(summary(&out)["totals"]["unchanged"], 3);
}

#[test]
fn the_first_path_keeps_the_plain_name_whatever_the_order() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let json = fixture("timetable.json");
    for (i, name) in ["m.json", "b.json", "z.json", "c.json"].iter().enumerate() {
        let text = json.replace("E-commerce desk", &format!("E-commerce desk {i}"));
        std::fs::write(inbox.join(name), text).unwrap();
    }
    let mut seen = BTreeSet::new();
    for round in 0..4 {
        let out = dir.path().join(format!("out{round}"));
        let mut args = batch_args(&inbox, &out);
        args.extend(["--jobs".into(), "4".into()]);
        fosx().args(&args).assert().code(0);
        let s = summary(&out);
        assert_eq!(
            record(&s, "b.json")["outputs"],
            serde_json::json!(["accepted/EU/EU-TT-2026.json"]),
            "round {round}"
        );
        let names: Vec<String> = s["inputs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| format!("{}={}", r["path"], r["outputs"][0]))
            .collect();
        seen.insert(names);
        assert_eq!(s["totals"]["collisions"], 4);
        assert_summary_matches_folder(&out);
    }
    assert_eq!(seen.len(), 1, "the same names every time: {seen:?}");
}

#[test]
fn collision_flags_survive_a_killed_run() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_collision(&inbox);
    run_batch(&inbox, &out).code(0);
    // As if the run had been killed before its summary: only the journal.
    let s = std::fs::read_to_string(out.join("summary.json")).unwrap();
    let v: Value = serde_json::from_str(&s).unwrap();
    let lines: String = v["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let mut r = r.clone();
            if r["path"] == "a.json" {
                r.as_object_mut().unwrap().remove("collisions");
            }
            format!("{r}\n")
        })
        .collect();
    std::fs::remove_file(out.join("summary.json")).unwrap();
    std::fs::write(out.join(".fosx-journal.jsonl"), lines).unwrap();
    run_batch(&inbox, &out).code(0);
    let s = summary(&out);
    assert_eq!(s["totals"]["unchanged"], 2);
    assert_eq!(s["totals"]["collisions"], 2, "{s}");
    assert_eq!(
        record(&s, "a.json")["collisions"],
        serde_json::json!(["b.json"])
    );
}

// ----- one run at a time ----------------------------------------------------

#[test]
fn two_runs_on_one_folder_end_well_or_say_it_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 300);
    for _ in 0..3 {
        let _ = std::fs::remove_dir_all(&out);
        let spawn = || {
            std::process::Command::new(bin())
                .args(batch_args(&inbox, &out))
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let mut in_use = 0;
        for child in [a, b] {
            let o = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&o.stderr);
            match o.status.code() {
                Some(1) => {}
                Some(2) if stderr.contains("is in use by another fosx run") => in_use += 1,
                other => panic!("{other:?}: {stderr}"),
            }
        }
        assert!(in_use <= 1);
        run_batch(&inbox, &out).code(1);
        let s = summary(&out);
        assert_eq!(s["totals"]["inputs"], 300);
        assert_eq!(s["totals"]["failed"], 0);
        assert_summary_matches_folder(&out);
    }
}

#[cfg(unix)]
#[test]
fn a_second_run_is_refused_while_a_watcher_holds_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 1);
    let mut args = batch_args(&inbox, &out);
    args.push("--watch".into());
    let mut watcher = Watcher::start(&args);
    watcher.wait_for("watching");
    let r = run_batch(&inbox, &out).code(2);
    assert!(
        stderr_of(&r).contains("is in use by another fosx run"),
        "{}",
        stderr_of(&r)
    );
    watcher.stop_with("-TERM");
}

// ----- modes and write errors -----------------------------------------------

#[cfg(unix)]
#[test]
fn outputs_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 4);
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$@\"")
        .arg("sh")
        .arg(bin())
        .args(batch_args(&inbox, &out))
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    for f in [
        "accepted/KE/KE-PR-00000.json",
        "rejected/json/KE-PR-00003.json",
        "reports/json/KE-PR-00003.json.report.txt",
        "summary.json",
    ] {
        let mode = std::fs::metadata(out.join(f)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{f}: {mode:o}");
    }
}

#[cfg(unix)]
#[test]
fn convert_keeps_modes_links_and_devices() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let input = root().join("fixtures/valid/notification.json");
    let convert = |to: &Path| {
        fosx()
            .args(["convert", "--to", "xml", "--as-of", AS_OF])
            .arg(&input)
            .arg("-o")
            .arg(to)
            .assert()
            .code(0);
    };
    let existing = dir.path().join("existing.xml");
    std::fs::write(&existing, "old").unwrap();
    std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o640)).unwrap();
    convert(&existing);
    let meta = std::fs::metadata(&existing).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    assert!(
        std::fs::read_to_string(&existing)
            .unwrap()
            .starts_with("<?xml")
    );

    let target = dir.path().join("real/target.xml");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::write(&target, "old").unwrap();
    let link = dir.path().join("link.xml");
    std::os::unix::fs::symlink("real/target.xml", &link).unwrap();
    convert(&link);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("<?xml")
    );

    let fifo = dir.path().join("fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    convert(&fifo);
    // Checked before waiting for the reader, which would wait forever if
    // the FIFO had been replaced.
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(reader.join().unwrap().starts_with("<?xml"));
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_stdout_exits_2_with_the_reason() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = std::process::Command::new(bin())
        .args(["convert", "--to", "xml", "--as-of", AS_OF])
        .arg(root().join("fixtures/valid/notification.json"))
        .stdout(full)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot write to standard output: No space left on device"),
        "{stderr}"
    );
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = std::process::Command::new(bin())
        .args(["validate", "--format", "json", "--as-of", AS_OF])
        .arg(root().join("fixtures/valid/notification.json"))
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    // convert -o to a full device.
    let o = std::process::Command::new(bin())
        .args([
            "convert",
            "--to",
            "xml",
            "--as-of",
            AS_OF,
            "-o",
            "/dev/full",
        ])
        .arg(root().join("fixtures/valid/notification.json"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        std::fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device_like()
    );
}

trait CharDevice {
    fn is_char_device_like(&self) -> bool;
}

impl CharDevice for std::fs::FileType {
    fn is_char_device_like(&self) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            self.is_char_device()
        }
        #[cfg(not(unix))]
        false
    }
}

#[test]
fn report_texts_show_control_characters_as_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox).unwrap();
    // A file name is quoted as it is at the start of every line.
    let name = "e\u{1b}]0;title\u{7}\u{1b}[2Jx.json";
    let bad = fixture("progress-report.json").replace("in-progress", "in progress");
    std::fs::write(inbox.join(name), bad).unwrap();
    run_batch(&inbox, &out).code(1);
    let text =
        std::fs::read_to_string(out.join("reports").join(format!("{name}.report.txt"))).unwrap();
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains("e␛]0;title␇␛[2Jx.json:"), "{text}");
}

// ----- validate of folders -------------------------------------------------

#[cfg(unix)]
#[test]
fn validate_skips_fifos_in_folders_but_reads_one_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(
        root().join("fixtures/valid/notification.json"),
        d.join("a.json"),
    )
    .unwrap();
    let fifo = d.join("fifo.json");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let o = output_within(
        std::process::Command::new(bin())
            .args(["validate", "--as-of", AS_OF])
            .arg(d),
        10,
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("fifo.json: a FIFO"), "{stderr}");
    // Named on the command line, a FIFO is read (`fosx validate <(cmd)`).
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(fifo, fixture("notification.json")).unwrap();
        })
    };
    let o = output_within(
        std::process::Command::new(bin())
            .args(["validate", "--as-of", AS_OF])
            .arg(&fifo),
        10,
    );
    writer.join().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn validate_of_a_folder_without_submissions_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), "# notes\n").unwrap();
    let o = std::process::Command::new(bin())
        .args(["validate", "--as-of", AS_OF])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("no submission files (*.json, *.xml, *.csv) in"),
        "{stderr}"
    );
}

// ----- --watch ---------------------------------------------------------------

/// A `batch --watch` process whose stderr is read line by line.
#[cfg(unix)]
struct Watcher {
    child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
    seen: Vec<String>,
}

#[cfg(unix)]
impl Watcher {
    fn start(args: &[String]) -> Watcher {
        use std::io::BufRead;
        let mut child = std::process::Command::new(bin())
            .args(args)
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watcher {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits (at most 20 s) for a line containing `text`.
    fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(100)) {
                self.seen.push(line.clone());
                if line.contains(text) {
                    return line;
                }
            }
        }
        panic!("no line with {text:?} in {:?}", self.seen);
    }

    /// Lines written within `wait`.
    fn lines_within(&mut self, wait: Duration) -> Vec<String> {
        let deadline = Instant::now() + wait;
        let mut got = Vec::new();
        while Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(100)) {
                self.seen.push(line.clone());
                got.push(line);
            }
        }
        got
    }

    /// Sends a signal and waits (at most 5 s) for the exit code.
    fn stop_with(mut self, signal: &str) -> Option<i32> {
        std::process::Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("still running 5 s after {signal}: {:?}", self.seen);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// A watcher left running by a failed test is stopped.
#[cfg(unix)]
impl Drop for Watcher {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(unix)]
#[test]
fn watch_is_quiet_when_idle_walks_folders_moved_in_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    std::fs::create_dir_all(&inbox).unwrap();
    let mut args = batch_args(&inbox, &out);
    args.push("--watch".into());
    let mut w = Watcher::start(&args);
    w.wait_for("watching");
    std::fs::write(inbox.join("one.json"), fixture("notification.json")).unwrap();
    w.wait_for("1 new: 1 accepted");
    let idle = w.lines_within(Duration::from_secs(5));
    assert!(idle.is_empty(), "quiet when nothing arrives: {idle:?}");

    // A folder made elsewhere and moved in whole.
    let staging = dir.path().join("staging");
    make_inbox(&staging, 3);
    std::fs::rename(&staging, inbox.join("moved")).unwrap();
    w.wait_for("3 new: 4 accepted");
    assert!(out.join("accepted/KE/KE-PR-00002.json").is_file());

    // The inbox goes away for a while: waited for, not summarised as empty.
    let aside = dir.path().join("aside");
    std::fs::rename(&inbox, &aside).unwrap();
    w.wait_for("is gone; waiting for it");
    assert_eq!(summary(&out)["totals"]["inputs"], 4);
    std::fs::rename(&aside, &inbox).unwrap();
    std::fs::write(inbox.join("two.json"), fixture("timetable.json")).unwrap();
    w.wait_for("5 accepted");
    assert_eq!(summary(&out)["totals"]["inputs"], 5);

    let started = Instant::now();
    assert_eq!(w.stop_with("-TERM"), Some(0));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_summary_matches_folder(&out);
}

#[test]
fn the_formula_guard_covers_a_leading_tab() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("t.json");
    let text = fixture("timetable.json").replace("E-commerce desk", "\\t=HYPERLINK(1)");
    std::fs::write(&input, text).unwrap();
    let o = fosx()
        .args([
            "convert",
            "--to",
            "csv",
            "--csv-formula-guard",
            "--as-of",
            AS_OF,
        ])
        .arg(&input)
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(csv.contains(",'\t=HYPERLINK(1),"), "{csv}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_input_is_its_own_verdict_and_the_run_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = unprivileged_dir();
    let (inbox, out) = (dir.path().join("inbox"), dir.path().join("out"));
    make_inbox(&inbox, 3);
    let locked = inbox.join("locked.json");
    std::fs::write(&locked, fixture("notification.json")).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if euid() == 0 {
        for e in walkdir::WalkDir::new(&inbox).into_iter().flatten() {
            if e.path() != locked {
                std::os::unix::fs::chown(e.path(), Some(65534), Some(65534)).unwrap();
            }
        }
    }
    let o = unprivileged()
        .args(batch_args(&inbox, &out))
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let s = summary(&out);
    let r = record(&s, "locked.json");
    assert_eq!(r["verdict"], "unreadable");
    assert_eq!(r["message"], "cannot read locked.json: permission denied");
    assert_eq!(r["outputs"], serde_json::json!([]));
    let t = &s["totals"];
    assert_eq!(
        (
            t["accepted"].as_u64(),
            t["rejected"].as_u64(),
            t["unreadable"].as_u64()
        ),
        (Some(3), Some(0), Some(1))
    );
}
