//! Turning bytes into text: BOMs, UTF-8, UTF-16, the encoding an XML
//! declaration names (UTF-16 without a BOM too, as XML 1.0 Appendix F
//! allows), and the windows-1252 fallback for CSV.

use crate::diag::{Code, Diagnostic, Severity};
use crate::i18n::{Msg, msg};
use crate::source::Representation;
use crate::tree::Span;
use encoding_rs::Encoding;

pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub diagnostics: Vec<Diagnostic>,
}

/// Decodes `bytes`. A BOM decides first; then an XML declaration's
/// `encoding` (in UTF-16 without a BOM: `<?` as `3C 00 3F 00` or
/// `00 3C 00 3F`, and a declaration naming UTF-16); then UTF-8. A CSV file that is not valid UTF-8 is decoded as
/// windows-1252 with a P04 warning; in any other case undecodable bytes are a
/// P04 error at the first bad byte, and the text is decoded lossily so that
/// the place can still be shown.
pub(crate) fn decode(bytes: &[u8], hint: Option<Representation>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        if encoding == encoding_rs::UTF_8 {
            return utf8(&bytes[bom_len..], hint);
        }
        return with(encoding, &bytes[bom_len..]);
    }
    if let Some(decoded) = utf16_declared(bytes) {
        return decoded;
    }
    if let Some(decoded) = not_text(bytes) {
        return decoded;
    }
    match xml_declared_encoding(bytes) {
        Some(Declared::Latin1) => latin1(bytes),
        Some(Declared::Known(encoding)) if encoding != encoding_rs::UTF_8 => with(encoding, bytes),
        Some(Declared::Unknown(label, span)) => unknown_encoding(bytes, &label, span, hint),
        _ => utf8(bytes, hint),
    }
}

/// XML in UTF-16 without a BOM whose declaration names UTF-16: the first
/// four bytes are `<?` in one byte order (XML 1.0 Appendix F) and the
/// declaration says `UTF-16`, `UTF-16LE` or `UTF-16BE`. Without such a
/// declaration the file is left to [`not_text`] (P04).
fn utf16_declared(bytes: &[u8]) -> Option<Decoded> {
    let encoding = if bytes.starts_with(b"<\0?\0") {
        encoding_rs::UTF_16LE
    } else if bytes.starts_with(b"\0<\0?") {
        encoding_rs::UTF_16BE
    } else {
        return None;
    };
    let head = &bytes[..bytes.len().min(400) & !1];
    let (head, _) = encoding.decode_without_bom_handling(head);
    let head = head.into_owned().into_bytes();
    match xml_declared_encoding(&head) {
        Some(Declared::Known(e)) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => {
            Some(with(encoding, bytes))
        }
        _ => None,
    }
}

fn encoding_name(encoding: &'static Encoding) -> &'static str {
    match encoding.name() {
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "windows-1252" => "windows-1252",
        "UTF-8" => "utf-8",
        "ISO-8859-2" => "iso-8859-2",
        "ISO-8859-15" => "iso-8859-15",
        other => other,
    }
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let mut diagnostics = Vec::new();
    if had_errors {
        let at = text.find('\u{FFFD}').unwrap_or(0);
        diagnostics.push(
            Diagnostic::new(Code::P04, msg::decode_invalid(encoding.name()))
                .at(Span::new(at, at + '\u{FFFD}'.len_utf8()))
                .help(msg::decode_save_as_utf8_help()),
        );
    }
    Decoded {
        text: text.into_owned(),
        encoding: encoding_name(encoding),
        diagnostics,
    }
}

/// What an XML declaration's `encoding` names.
enum Declared {
    /// ISO-8859-1 (and its aliases): every byte is the code point of the
    /// same number, as libxml2 and expat read it, not windows-1252.
    Latin1,
    /// An encoding of the WHATWG Encoding Standard.
    Known(&'static Encoding),
    /// A label fosx does not know, and its span in the bytes.
    Unknown(String, Span),
}

/// Labels of ISO-8859-1 (IANA), which the WHATWG standard, made for web
/// pages, reads as windows-1252; XML processors read ISO-8859-1 itself.
const LATIN1_LABELS: &[&str] = &[
    "iso-8859-1",
    "iso_8859-1",
    "iso8859-1",
    "iso_8859-1:1987",
    "iso-ir-100",
    "latin1",
    "l1",
    "ibm819",
    "cp819",
    "csisolatin1",
];

/// The encoding named by `<?xml ... encoding="..."?>` at the very start.
fn xml_declared_encoding(bytes: &[u8]) -> Option<Declared> {
    let head = bytes.get(..bytes.len().min(200))?;
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let at = decl.find("encoding")?;
    let rest = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let label = rest[1..].split(quote).next()?;
    let start = decl.len() - rest.len() + 1;
    let trimmed = label.trim();
    if LATIN1_LABELS.contains(&trimmed.to_ascii_lowercase().as_str()) {
        return Some(Declared::Latin1);
    }
    Some(match Encoding::for_label(trimmed.as_bytes()) {
        Some(encoding) => Declared::Known(encoding),
        None => Declared::Unknown(label.to_string(), Span::new(start, start + label.len())),
    })
}

/// ISO-8859-1: each byte is the code point of its value (bytes 0x80–0x9F
/// are the C1 controls, as XML processors read them).
fn latin1(bytes: &[u8]) -> Decoded {
    Decoded {
        text: bytes.iter().map(|&b| char::from(b)).collect(),
        encoding: "iso-8859-1",
        diagnostics: Vec::new(),
    }
}

/// P04 for a declared encoding fosx does not know, at the label. The text
/// is read as UTF-8 (lossily) so that places can be shown.
fn unknown_encoding(
    bytes: &[u8],
    label: &str,
    span: Span,
    hint: Option<Representation>,
) -> Decoded {
    let mut decoded = utf8(bytes, hint);
    decoded.diagnostics.clear();
    decoded.diagnostics.push(
        Diagnostic::new(Code::P04, msg::decode_unknown_encoding(label))
            .at(span)
            .help(msg::decode_unknown_encoding_help()),
    );
    decoded
}

/// Files that are not text in any encoding fosx reads: archives and office
/// or PDF documents (P07: no representation), and UTF-16 without a byte
/// order mark (P04), which would otherwise be read as UTF-8 full of NUL
/// characters and give a misleading syntax error.
fn not_text(bytes: &[u8]) -> Option<Decoded> {
    type Says = fn() -> Msg;
    const SIGNATURES: &[(&[u8], Says, Says)] = &[
        (
            b"PK\x03\x04",
            msg::decode_zip_not_xlsx,
            msg::decode_zip_not_xlsx_help,
        ),
        (
            b"PK\x05\x06",
            msg::decode_empty_zip,
            msg::decode_send_the_submission_help,
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            msg::decode_old_office,
            msg::decode_old_office_help,
        ),
        (
            b"%PDF-",
            msg::decode_pdf,
            msg::decode_send_the_submission_help,
        ),
        (b"\x1F\x8B", msg::decode_gzip, msg::decode_gzip_help),
    ];
    if let Some((_, what, help)) = SIGNATURES
        .iter()
        .find(|(magic, ..)| bytes.starts_with(magic))
    {
        return Some(Decoded {
            text: String::new(),
            encoding: "binary",
            diagnostics: vec![
                Diagnostic::new(Code::P07, what())
                    .at(Span::at(0))
                    .help(help()),
            ],
        });
    }
    let encoding = utf16_without_bom(bytes)?;
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let first = text.chars().next().map_or(0, char::len_utf8);
    Some(Decoded {
        text: text.into_owned(),
        encoding: encoding_name(encoding),
        diagnostics: vec![
            Diagnostic::new(Code::P04, msg::decode_utf16_without_bom(encoding.name()))
                .at(Span::new(0, first))
                .help(msg::decode_utf16_without_bom_help()),
        ],
    })
}

/// UTF-16 without a BOM: text whose first characters are mostly ASCII has a
/// zero byte in every other place (the second of each pair in little-endian
/// order, the first in big-endian order), which UTF-8 text never has.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(512) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    if head[0] != 0 && head[1] == 0 && odd * 2 >= pairs && even * 8 <= odd {
        Some(encoding_rs::UTF_16LE)
    } else if head[0] == 0 && head[1] != 0 && even * 2 >= pairs && odd * 8 <= even {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// P04 for a NUL byte in a CSV file: no text has one, and the CSV reader
/// would take it into a cell (JSON and XML readers report it themselves).
fn nul_in_csv(bytes: &[u8], hint: Option<Representation>) -> Option<Decoded> {
    if !is_csv(bytes, hint) {
        return None;
    }
    let at = bytes.iter().position(|&b| b == 0)?;
    let text = String::from_utf8_lossy(bytes).into_owned();
    // The offset in the lossy text: the same as in the bytes when the bytes
    // before it are UTF-8.
    let at = String::from_utf8_lossy(&bytes[..at]).len();
    Some(Decoded {
        encoding: if std::str::from_utf8(bytes).is_ok() {
            "utf-8"
        } else {
            "unknown"
        },
        text,
        diagnostics: vec![
            Diagnostic::new(Code::P04, msg::decode_nul_byte())
                .at(Span::new(at, at + 1))
                .help(msg::decode_nul_byte_help()),
        ],
    })
}

fn utf8(bytes: &[u8], hint: Option<Representation>) -> Decoded {
    if let Some(decoded) = nul_in_csv(bytes, hint) {
        return decoded;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            encoding: "utf-8",
            diagnostics: Vec::new(),
        },
        Err(e) if is_csv(bytes, hint) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            // Offset of the first non-UTF-8 byte in the decoded text.
            let at = encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(&bytes[..e.valid_up_to()])
                .0
                .len();
            let diag = Diagnostic::new(Code::P04, msg::decode_read_as_windows_1252())
                .severity(Severity::Warning)
                .at(Span::new(
                    at,
                    at + text[at..].chars().next().map_or(0, char::len_utf8),
                ))
                .help(msg::decode_read_as_windows_1252_help());
            Decoded {
                text: text.into_owned(),
                encoding: "windows-1252",
                diagnostics: vec![diag],
            }
        }
        Err(e) => {
            let at = e.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            let bad = &bytes[at..(at + e.error_len().unwrap_or(bytes.len() - at)).min(bytes.len())];
            let hex: Vec<String> = bad.iter().map(|b| format!("{b:02X}")).collect();
            let message = match e.error_len() {
                Some(_) => msg::decode_invalid_utf8(hex.join(" ")),
                None => msg::decode_truncated_utf8(),
            };
            let diag = Diagnostic::new(Code::P04, message)
                .at(Span::new(at, at + '\u{FFFD}'.len_utf8()))
                .help(msg::decode_save_as_utf8_help());
            Decoded {
                text,
                encoding: "utf-8",
                diagnostics: vec![diag],
            }
        }
    }
}

/// Whether bytes are (or are declared to be) CSV: the first non-blank byte
/// opens neither JSON nor XML.
fn is_csv(bytes: &[u8], hint: Option<Representation>) -> bool {
    match hint {
        Some(r) => r == Representation::Csv,
        None => bytes
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| !matches!(b, b'{' | b'[' | b'<')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "{\"a\":\"é\"}".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let d = decode(&bytes, None);
        assert_eq!(d.text, "{\"a\":\"é\"}");
        assert_eq!(d.encoding, "utf-16le");
    }

    #[test]
    fn xml_declared_latin1_is_latin1() {
        let bytes = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xe9\x80\x92</a>";
        let d = decode(bytes, None);
        assert!(d.text.contains("<a>é\u{80}\u{92}</a>"));
        assert_eq!(d.encoding, "iso-8859-1");
        assert!(d.diagnostics.is_empty());
        // windows-1252 named as such is windows-1252.
        let bytes = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><a>\x80\x92</a>";
        assert!(decode(bytes, None).text.contains("<a>€’</a>"));
    }

    #[test]
    fn xml_utf16_named_by_the_declaration() {
        for (label, quote) in [("UTF-16LE", '"'), ("UTF-16BE", '\''), ("UTF-16", '"')] {
            let text =
                format!("<?xml version={quote}1.0{quote} encoding={quote}{label}{quote}?><a>é</a>");
            let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
            for (bytes, name) in [(le, "utf-16le"), (be, "utf-16be")] {
                let d = decode(&bytes, None);
                assert_eq!(
                    (d.text.as_str(), d.encoding),
                    (text.as_str(), name),
                    "{label}"
                );
                assert!(d.diagnostics.is_empty());
            }
        }
        // Declaring another encoding in UTF-16 bytes names nothing true.
        let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le, None).diagnostics[0].code, Code::P04);
    }

    #[test]
    fn an_unknown_declared_encoding_is_p04_at_its_label() {
        let bytes = b"<?xml version=\"1.0\" encoding=\"no-such-charset\"?><a/>";
        let d = decode(bytes, None);
        assert_eq!(d.diagnostics.len(), 1);
        let p04 = &d.diagnostics[0];
        assert_eq!((p04.code, p04.severity), (Code::P04, Severity::Error));
        assert_eq!(
            p04.message.english(),
            "the XML declaration names the encoding `no-such-charset`, which fosx does not read"
        );
        assert_eq!(p04.span, Some(Span::new(30, 45)));
        assert_eq!(&d.text[30..45], "no-such-charset");
        assert!(
            p04.help
                .as_ref()
                .unwrap()
                .english()
                .contains("UTF-16 (LE, BE), ISO-8859-1")
        );
    }

    #[test]
    fn csv_falls_back_to_windows_1252_with_a_warning() {
        let d = decode(b"a,b\nS\xe9n\xe9gal,x\n", None);
        assert_eq!(d.text, "a,b\nSénégal,x\n");
        assert_eq!(d.diagnostics[0].severity, Severity::Warning);
        assert_eq!(&d.text[d.diagnostics[0].span.unwrap().start..][..2], "é");
    }

    #[test]
    fn utf16_without_bom_is_p04() {
        let text = "{\"documentType\": \"timetable\"}";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, name) in [(le, "utf-16le"), (be, "utf-16be")] {
            let d = decode(&bytes, None);
            assert_eq!(d.encoding, name);
            assert_eq!(d.text, text);
            assert_eq!(d.diagnostics[0].code, Code::P04);
            assert_eq!(d.diagnostics[0].severity, Severity::Error);
            assert_eq!(d.diagnostics[0].span, Some(Span::new(0, 1)));
        }
        // Not UTF-16: a NUL here and there, or text too short to tell.
        assert!(utf16_without_bom(b"a\0").is_none());
        assert!(utf16_without_bom(b"abc,def\0ghi,jkl").is_none());
    }

    #[test]
    fn archives_are_p07_and_nul_bytes_in_csv_p04() {
        let d = decode(b"PK\x03\x04\x14\x00\x00\x00", Some(Representation::Csv));
        assert_eq!(d.diagnostics[0].code, Code::P07);
        assert!(d.diagnostics[0].message.english().contains("ZIP archive"));
        assert_eq!(d.text, "");
        let d = decode(b"a,b\n1,\x002\n", None);
        assert_eq!(d.diagnostics[0].code, Code::P04);
        assert_eq!(d.diagnostics[0].span, Some(Span::new(6, 7)));
        // JSON and XML readers report a NUL themselves, at their place.
        assert!(decode(b"{\"a\": \"\x00\"}", None).diagnostics.is_empty());
    }

    #[test]
    fn json_invalid_utf8_is_an_error() {
        let d = decode(b"{\"a\": \"\xff\"}", None);
        assert_eq!(d.diagnostics[0].code, Code::P04);
        assert_eq!(d.diagnostics[0].severity, Severity::Error);
        assert_eq!(d.diagnostics[0].span.unwrap().start, 7);
    }
}
