//! Text from submissions and file names on its way to people's tools: every
//! cell of a CSV file made for a spreadsheet is guarded against formulas,
//! every file name a report shows has its control characters as pictures,
//! and `summarize` never reads its own outputs back.

use super::cli::{fosx, run, validate};
use super::summarize_inbox::read_csv;
use serde_json::{Value, json};
use std::path::Path;

const AS_OF: &str = "2026-11-28";

/// A spec example as JSON.
fn example(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/spec/examples")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn write_json(path: &Path, doc: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
}

/// `fosx summarize INPUT... --out OUT --as-of AS_OF`.
fn summarize(inputs: &[&Path], out: &Path) -> assert_cmd::Command {
    let mut cmd = fosx();
    cmd.arg("summarize")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .args(["--as-of", AS_OF]);
    cmd
}

/// The EU timetable with a Member name and two requests for assistance
/// whose texts a spreadsheet would run (a TAB, a full-width `＝`, a line
/// end before the formula), and an invalid timetable whose documentId is a
/// formula.
#[test]
fn every_cell_of_the_summary_csv_files_is_guarded_against_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let mut tt = example("timetable.json");
    tt["submitter"]["memberName"] = json!("\t=1+2");
    tt["entries"][0]["technicalAssistanceRequested"] = json!(true);
    tt["entries"][0]["technicalAssistanceDescription"] = json!("\u{FF1D}1+2");
    tt["entries"][1]["technicalAssistanceRequested"] = json!(true);
    tt["entries"][1]["technicalAssistanceDescription"] = json!("\n=1+2");
    write_json(&inbox.join("eu.json"), &tt);
    let mut bad = example("timetable.json");
    bad["documentId"] = json!("=HYPERLINK(\"http://example.com\",\"x\")");
    bad["submitter"]["memberCode"] = json!("KE");
    let bad_path = inbox.join("ke\u{1b}[2J.json");
    write_json(&bad_path, &bad);
    let out = dir.path().join("out");

    let r = run(&mut summarize(&[&inbox], &out));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let (_, skipped) = read_csv(&out.join("skipped.csv"));
    assert_eq!(
        skipped,
        [vec![
            bad_path.display().to_string(),
            "0".to_string(),
            "'=HYPERLINK(\"http://example.com\",\"x\")".to_string(),
            "invalid".to_string(),
            "FOS-R11;FOS-S05".to_string(),
        ]]
    );
    // On the terminal, the name's ESC is a picture; the identifier is not
    // a spreadsheet's cell, so it is not guarded.
    assert!(
        r.stderr.starts_with(&format!(
            "skipped {}/ke␛[2J.json (document 0, =HYPERLINK(\"http://example.com\",\"x\")): invalid FOS-R11 FOS-S05\n",
            inbox.display()
        )),
        "{}",
        r.stderr
    );

    let (header, status) = read_csv(&out.join("status.csv"));
    assert_eq!(header[1], "memberName");
    assert_eq!(status.len(), 15);
    assert!(status.iter().all(|row| row[1] == "'\t=1+2"), "{status:?}");
    let (_, members) = read_csv(&out.join("members.csv"));
    assert_eq!(members.len(), 1);
    assert_eq!(members[0][..2], ["EU", "'\t=1+2"]);
    let (header, assistance) = read_csv(&out.join("assistance.csv"));
    assert_eq!(header[9], "text");
    let cells: Vec<[&str; 4]> = assistance
        .iter()
        .map(|r| [r[1].as_str(), r[3].as_str(), r[5].as_str(), r[9].as_str()])
        .collect();
    assert_eq!(
        cells,
        [
            ["'\t=1+2", "7", "technical-assistance", "'\u{FF1D}1+2"],
            ["'\t=1+2", "14", "technical-assistance", "'\n=1+2"],
        ]
    );
    // status.json keeps the texts as they are.
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("status.json")).unwrap()).unwrap();
    assert_eq!(json["members"][0]["memberName"], "\t=1+2");
    assert_eq!(
        json["skipped"][0]["documentId"],
        "=HYPERLINK(\"http://example.com\",\"x\")"
    );
}

/// `convert --csv-formula-guard` follows the same rule: full-width signs
/// and a line end before a formula are guarded too; without the option the
/// text is written as it is.
#[test]
fn the_convert_formula_guard_covers_full_width_signs_and_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("t.json");
    let mut tt = example("timetable.json");
    tt["contact"]["name"] = json!("\u{FF20}SUM(1+1)");
    tt["entries"][0]["notes"] = json!("\n=1+2");
    write_json(&input, &tt);
    let convert = |guard: bool| {
        let mut cmd = fosx();
        cmd.args(["convert", "--to", "csv", "--as-of", AS_OF])
            .arg(&input);
        if guard {
            cmd.arg("--csv-formula-guard");
        }
        run(&mut cmd)
    };
    let guarded = convert(true);
    assert_eq!(guarded.code, 0, "{}", guarded.stderr);
    assert!(
        guarded.stdout.contains(",'\u{FF20}SUM(1+1),"),
        "{}",
        guarded.stdout
    );
    assert!(
        guarded.stdout.contains(",\"'\n=1+2\""),
        "{}",
        guarded.stdout
    );
    let plain = convert(false);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert!(plain.stdout.contains(",\u{FF20}SUM(1+1),"));
    assert!(plain.stdout.contains(",\"\n=1+2\""));
}

/// A file named with a terminal sequence and a line end, holding one error.
fn badly_named(dir: &Path) -> &'static str {
    let name = "a\u{1b}[31m\nb.json";
    let mut tt = example("timetable.json");
    tt["entries"][0]["dateKind"] = json!("indicativ");
    write_json(&dir.join(name), &tt);
    name
}

const SHORT: &str = "a␛[31m␊b.json:10:19: error FOS-S04: `indicativ` is not a date kind [did you mean `indicative`?]\n";

#[test]
fn the_short_report_shows_the_control_characters_of_a_file_name_as_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let name = badly_named(dir.path());
    let r = run(validate()
        .current_dir(dir.path())
        .args(["--format", "short", name]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stdout, SHORT);
    let report = dir.path().join("report.txt");
    let r = run(validate()
        .current_dir(dir.path())
        .args(["--format", "short", "-o"])
        .arg(&report)
        .arg(name));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&report).unwrap(), SHORT);
}

#[test]
fn the_human_report_shows_the_control_characters_of_a_file_name_as_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let name = badly_named(dir.path());
    let r = run(validate().current_dir(dir.path()).arg(name));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("╭─[a␛[31m␊b.json:"), "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with("\na␛[31m␊b.json: invalid: 1 error, 0 warnings\n"),
        "{}",
        r.stderr
    );
    let report = dir.path().join("report.txt");
    let r = run(validate()
        .current_dir(dir.path())
        .arg("-o")
        .arg(&report)
        .arg(name));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(
        text.ends_with("\na␛[31m␊b.json: invalid: 1 error, 0 warnings\n"),
        "{text}"
    );
}

// ----- summarize --out ---------------------------------------------------

/// An inbox with one valid timetable.
fn inbox(dir: &Path) -> std::path::PathBuf {
    let inbox = dir.join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    write_json(&inbox.join("eu.json"), &example("timetable.json"));
    inbox
}

#[test]
fn summarize_refuses_an_output_folder_that_is_an_input_folder() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = inbox(dir.path());
    let r = run(&mut summarize(&[&inbox], &inbox));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!(
            "error: the output folder {} is also an input folder: choose another output folder\n",
            inbox.display()
        )
    );
    let r = run(summarize(&[&inbox], &inbox).args(["--lang", "fr"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!(
            "erreur : le dossier de sortie {} est aussi un dossier d'entrée : choisissez un autre dossier de sortie\n",
            inbox.display()
        )
    );
    // Through a symbolic link, either way.
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(&inbox, &link).unwrap();
    for (input, out) in [(&inbox, &link), (&link, &inbox)] {
        let r = run(&mut summarize(&[input], out));
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert_eq!(
            r.stderr,
            format!(
                "error: the output folder {} is also an input folder: choose another output folder\n",
                out.display()
            )
        );
    }
    // Nothing was written.
    let names: Vec<String> = std::fs::read_dir(&inbox)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["eu.json"]);
}

#[test]
fn summarize_refuses_an_input_that_is_one_of_its_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = inbox(dir.path());
    let out = dir.path().join("out");
    assert_eq!(run(&mut summarize(&[&inbox], &out)).code, 0);
    let before = std::fs::read(out.join("status.json")).unwrap();
    // Named, or found in a folder as a link.
    let status = out.join("status.csv");
    let link = inbox.join("status.csv");
    for (inputs, named) in [
        (vec![inbox.as_path(), status.as_path()], &status),
        (vec![inbox.as_path()], &link),
    ] {
        if inputs.len() == 1 {
            std::os::unix::fs::symlink(&status, &link).unwrap();
        }
        let r = run(&mut summarize(&inputs, &out));
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert_eq!(
            r.stderr,
            format!(
                "error: the input {} is one of the files written to the output folder {}: choose another output folder\n",
                named.display(),
                out.display()
            )
        );
    }
    let r = run(summarize(&[&inbox], &out).args(["--lang", "fr"]));
    assert_eq!(
        r.stderr,
        format!(
            "erreur : le fichier d'entrée {} est l'un des fichiers écrits dans le dossier de sortie {} : choisissez un autre dossier de sortie\n",
            link.display(),
            out.display()
        )
    );
    assert_eq!(std::fs::read(out.join("status.json")).unwrap(), before);
    // An input folder inside the output folder holds none of its outputs.
    std::fs::remove_file(&link).unwrap();
    let inner = out.join("inbox");
    std::fs::rename(&inbox, &inner).unwrap();
    let r = run(&mut summarize(&[&inner], &out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read(out.join("status.json")).unwrap(), before);
}

/// `batch` names an output it could not write with the input's name in it:
/// the name's control characters are pictures there too.
#[test]
fn batch_shows_the_control_characters_of_a_name_it_could_not_write_as_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let mut tt = example("timetable.json");
    tt["entries"][0]["dateKind"] = json!("indicativ");
    write_json(&inbox.join("x\u{1b}[2J\n.json"), &tt);
    let out = dir.path().join("out");
    // A folder where the JSON report goes: it cannot be written.
    std::fs::create_dir_all(out.join("reports/x\u{1b}[2J\n.json.report.json")).unwrap();
    let r = run(fosx()
        .args(["batch", "--as-of", AS_OF, "--out"])
        .arg(&out)
        .arg(&inbox));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.ends_with(
            "\nerror: cannot write reports/x␛[2J␊.json.report.json: Is a directory (os error 21)\n"
        ),
        "{}",
        r.stderr
    );
}
