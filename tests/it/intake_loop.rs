//! The README's shell intake loop, run as printed with bash and curl
//! against a real `fosx serve` on 127.0.0.1: valid files go to `accepted/`,
//! invalid ones to `rejected/`, whatever their names hold.

use super::json_fixtures::root;
use super::serve::Server;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The shell block of README.md between the `intake-loop` markers.
fn readme_loop() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme
        .find("<!-- intake-loop:")
        .expect("README.md marks the intake loop");
    let end = readme[start..]
        .find("<!-- /intake-loop -->")
        .expect("README.md ends the intake loop's mark")
        + start;
    let block = &readme[start..end];
    let code = block
        .split_once("```sh\n")
        .and_then(|(_, rest)| rest.rsplit_once("```"))
        .expect("a ```sh block between the marks")
        .0;
    code.to_string()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn the_readme_intake_loop_sorts_files_whose_names_hold_a_space_and_an_ampersand() {
    let code = readme_loop();
    let work = tempfile::tempdir().unwrap();
    let inbox = work.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let valid = [
        ("a.json", "fixtures/valid/timetable.json"),
        ("R&D report.csv", "fixtures/valid/progress-report.csv"),
        ("with space.xml", "fixtures/valid/notification.xml"),
        ("50% & more #1.json", "fixtures/valid/notification.json"),
    ];
    let invalid = [
        ("bad & broken.json", "fixtures/json/S04-status-typo.json"),
        ("bad one.csv", "fixtures/csv/S04-bad-stakeholder.csv"),
        ("b.xml", "fixtures/xml/s02-unknown-element.xml"),
    ];
    for (name, source) in valid.iter().chain(&invalid) {
        std::fs::copy(root().join(source), inbox.join(name)).unwrap();
    }
    let server = Server::start(&[], &[]);
    // No accepted/, rejected/ or reports/ beforehand: the loop makes them.
    let mut child = Command::new("bash")
        .args(["-c", &code])
        .current_dir(work.path())
        .env("FOSX", &server.base)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bash runs");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the loop did not end within 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert_eq!(stderr, "", "curl complained");

    let mut want_valid: Vec<String> = valid.iter().map(|(n, _)| n.to_string()).collect();
    let mut want_invalid: Vec<String> = invalid.iter().map(|(n, _)| n.to_string()).collect();
    want_valid.sort();
    want_invalid.sort();
    assert_eq!(names(&work.path().join("accepted")), want_valid);
    assert_eq!(names(&work.path().join("rejected")), want_invalid);
    assert_eq!(names(&inbox), Vec::<String>::new());
    // One line per file, in the shell's order of names.
    let mut lines: Vec<&str> = stdout.lines().collect();
    lines.sort();
    let mut expected: Vec<String> = want_valid
        .iter()
        .map(|n| format!("accepted: inbox/{n}"))
        .chain(want_invalid.iter().map(|n| format!("rejected: inbox/{n}")))
        .collect();
    expected.sort();
    assert_eq!(lines, expected);
    // Each report names its file as it is named: the name reached the
    // service whole.
    for name in want_valid.iter().chain(&want_invalid) {
        let path = work.path().join("reports").join(format!("{name}.json"));
        let report: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(
            report["files"][0]["file"],
            name.as_str(),
            "{}",
            path.display()
        );
        assert_eq!(
            report["files"][0]["valid"],
            want_valid.contains(name),
            "{name}"
        );
    }
}

#[test]
fn the_readme_intake_loop_leaves_files_it_could_not_check_in_the_inbox() {
    let code = readme_loop();
    let work = tempfile::tempdir().unwrap();
    let inbox = work.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::copy(
        root().join("fixtures/valid/timetable.json"),
        inbox.join("x & y.json"),
    )
    .unwrap();
    // A port nothing listens on: taken, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = Command::new("timeout")
        .args(["60", "bash", "-c", &code])
        .current_dir(work.path())
        .env("FOSX", format!("http://127.0.0.1:{port}"))
        .stdin(Stdio::null())
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        "not checked: inbox/x & y.json (HTTP 000), left in inbox/\n"
    );
    assert_eq!(names(&inbox), ["x & y.json"]);
    assert_eq!(names(&work.path().join("accepted")), Vec::<String>::new());
    assert_eq!(names(&work.path().join("rejected")), Vec::<String>::new());
}
