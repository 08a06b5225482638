//! Turning bytes into text: BOMs, UTF-8, UTF-16.

use crate::diag::{Code, Diagnostic};
use crate::source::Representation;
use crate::tree::Span;

pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub diagnostics: Vec<Diagnostic>,
}

/// Decodes `bytes`: a UTF-8 or UTF-16 BOM decides, otherwise UTF-8.
/// Undecodable bytes are P04 at the first bad byte; the text is then decoded
/// lossily so that the place can still be shown.
pub(crate) fn decode(bytes: &[u8], _hint: Option<Representation>) -> Decoded {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        if encoding != encoding_rs::UTF_8 {
            let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
            let mut diagnostics = Vec::new();
            if had_errors {
                let at = text.find('\u{FFFD}').unwrap_or(0);
                diagnostics.push(
                    Diagnostic::new(
                        Code::P04,
                        format!("the file is not valid {}", encoding.name()),
                    )
                    .at(Span::new(at, at + 3)),
                );
            }
            let name = if encoding == encoding_rs::UTF_16LE {
                "utf-16le"
            } else {
                "utf-16be"
            };
            return Decoded {
                text: text.into_owned(),
                encoding: name,
                diagnostics,
            };
        }
        return utf8(&bytes[bom_len..]);
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            encoding: "utf-8",
            diagnostics: Vec::new(),
        },
        Err(e) => {
            let at = e.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            let bad = &bytes[at..(at + e.error_len().unwrap_or(bytes.len() - at)).min(bytes.len())];
            let hex: Vec<String> = bad.iter().map(|b| format!("{b:02X}")).collect();
            let message = match e.error_len() {
                Some(_) => format!("the bytes {} are not valid UTF-8", hex.join(" ")),
                None => "the file ends in the middle of a UTF-8 character".to_string(),
            };
            let diag = Diagnostic::new(Code::P04, message)
                .at(Span::new(at, at + '\u{FFFD}'.len_utf8()))
                .help("save the file as UTF-8");
            Decoded {
                text,
                encoding: "utf-8",
                diagnostics: vec![diag],
            }
        }
    }
}
