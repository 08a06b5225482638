//! What a spreadsheet did to a CSV file that can only mean one thing, read
//! as it was meant, with a warning.

use crate::diag::{Code, Diagnostic, Fix, FixValue, Severity, Sink};
use crate::i18n::msg;
use crate::model::SCHEMA_VERSION;
use crate::tree::{Node, Value};

/// A spreadsheet reads `1.0` as the number 1 and writes it back as `1`:
/// `schemaVersion` `1` is read as `1.0`, with a warning (S10).
pub(super) fn schema_version(doc: &mut Node, g: usize, diags: &mut dyn Sink) {
    let Value::Object(members) = &mut doc.value else {
        return;
    };
    let Some(m) = members.iter_mut().find(|m| m.key == "schemaVersion") else {
        return;
    };
    if !matches!(&m.node.value, Value::String(s) if s.trim() == "1") {
        return;
    }
    m.node.value = Value::String(SCHEMA_VERSION.to_string());
    diags.push(
        Diagnostic::new(Code::S10, msg::csv_schema_version_one(SCHEMA_VERSION))
            .severity(Severity::Warning)
            .at(m.node.span)
            .path("/schemaVersion")
            .in_document(g)
            .help(msg::csv_schema_version_one_help(SCHEMA_VERSION))
            .with_fix(Some(Fix {
                path: "/schemaVersion".into(),
                value: FixValue::Text(SCHEMA_VERSION.into()),
                certain: true,
            })),
    );
}
