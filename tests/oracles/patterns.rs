//! Table Schema defines `pattern` in XML Schema regular-expression syntax:
//! every pattern of the published Table Schemas compiles as an XSD pattern
//! in libxml2 (xmllint) and python `xmlschema`, and means there what it
//! means to frictionless (Python's `re`) on sample values.

use super::root;
use std::collections::BTreeSet;
use std::process::Command;

/// Every distinct pattern of the three Table Schemas.
fn table_patterns() -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for t in fosx::model::DocType::ALL {
        let path = root().join(fosx::schema::table_schema_file(*t));
        let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
        let schema: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        for field in schema["fields"].as_array().into_iter().flatten() {
            if let Some(p) = field["constraints"]["pattern"].as_str() {
                out.insert(p.to_string());
            }
        }
    }
    if out.len() < 5 {
        return Err(format!("only {} patterns found", out.len()));
    }
    Ok(out)
}

fn attr(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '"' => "&quot;".to_string(),
            c if !c.is_ascii() || c.is_control() => format!("&#x{:X};", u32::from(c)),
            c => c.to_string(),
        })
        .collect()
}

/// Samples of the values the patterns are about: (value, for each pattern
/// the verdict of Python's `re` is compared with the XSD's).
const SAMPLES: &[&str] = &[
    "KE-PR-2025",
    "a b",
    "a@b.c",
    "a@b",
    "+32 2 000 00 00",
    "12345 ",
    "Jane",
    " ",
    "\u{85}",
    "\u{A0}",
    "\u{FEFF}",
    "\u{180E}",
    "a\u{2028}b",
    "\u{1F600}",
    "customs;consumers",
    "customs;",
];

pub fn compile_and_agree() -> Result<(), String> {
    let patterns: Vec<String> = table_patterns()?.into_iter().collect();
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    // One element per (pattern, sample): its type is the pattern.
    let mut xsd = String::from(
        "<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n",
    );
    for (i, p) in patterns.iter().enumerate() {
        xsd.push_str(&format!(
            "<xs:simpleType name=\"p{i}\"><xs:restriction base=\"xs:string\"><xs:pattern value=\"{}\"/></xs:restriction></xs:simpleType>\n",
            attr(p)
        ));
        xsd.push_str(&format!("<xs:element name=\"e{i}\" type=\"p{i}\"/>\n"));
    }
    xsd.push_str("</xs:schema>\n");
    std::fs::write(dir.path().join("patterns.xsd"), xsd).map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    for i in 0..patterns.len() {
        for (j, sample) in SAMPLES.iter().enumerate() {
            let name = format!("p{i}-s{j}.xml");
            let text = format!("<?xml version=\"1.0\"?><e{i}>{}</e{i}>", attr(sample));
            std::fs::write(dir.path().join(&name), text).map_err(|e| e.to_string())?;
            files.push((name, i, j));
        }
    }
    let names: Vec<String> = files.iter().map(|f| f.0.clone()).collect();
    // Python's re, anchored as frictionless anchors (`^…$`, with `match`).
    let script = r#"
import json, re, sys
patterns, samples = json.load(sys.stdin)
print(json.dumps([[bool(re.compile("^{0}$".format(p)).match(s)) for s in samples] for p in patterns]))
"#;
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    {
        use std::io::Write;
        let input = serde_json::to_string(&(&patterns, SAMPLES)).unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .map_err(|e| e.to_string())?;
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let python: Vec<Vec<bool>> =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("python re: {e}"))?;
    let xmllint = Command::new("xmllint")
        .current_dir(dir.path())
        .args(["--noout", "--nonet", "--schema", "patterns.xsd"])
        .args(&names)
        .output()
        .map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&xmllint.stderr);
    if stderr.contains("failed to compile") {
        return Err(format!("libxml2 cannot compile the patterns:\n{stderr}"));
    }
    let xmllint_valid: BTreeSet<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_suffix(" validates"))
        .collect();
    let xmlschema = super::python_verdicts(
        "xmlschema",
        &dir.path().join("patterns.xsd"),
        dir.path(),
        &names,
    )?;
    let mut problems = Vec::new();
    for (name, i, j) in &files {
        let re = python[*i][*j];
        let lint = xmllint_valid.contains(name.as_str());
        let xs = xmlschema[name];
        if re != lint || re != xs {
            problems.push(format!(
                "pattern {:?} on {:?}: re {re}, xmllint {lint}, xmlschema {xs}",
                patterns[*i], SAMPLES[*j]
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
