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
    /// Whether an XML declaration at the start of the bytes chose the
    /// encoding: the file is XML, even when it cannot be decoded.
    pub xml: bool,
}

/// Decodes `bytes`. A BOM decides first; then an XML declaration's
/// `encoding` (in UTF-16 without a BOM: `<?` as `3C 00 3F 00` or
/// `00 3C 00 3F`, and a declaration naming UTF-16); then UTF-8. A CSV file that is not valid UTF-8 is decoded as
/// windows-1252 with a P04 warning; in any other case undecodable bytes are a
/// P04 error at the first bad byte, and the text is decoded lossily so that
/// the place can still be shown. A declaration the bytes belie (US-ASCII
/// with a byte from 80 up, UTF-16 in a file of one byte a character) is a
/// P04 error too, whose help names the encoding the bytes look like.
pub(crate) fn decode(bytes: &[u8], hint: Option<Representation>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        if encoding == encoding_rs::UTF_8 {
            let rest = &bytes[bom_len..];
            // A UTF-8 BOM and a declaration naming UTF-16 contradict.
            if let Some(declared) = xml_declared_encoding(rest).filter(Declaration::names_utf16) {
                return Decoded {
                    xml: true,
                    ..not_utf16(rest, &declared, hint)
                };
            }
            return utf8(rest, hint);
        }
        return with(encoding, &bytes[bom_len..]);
    }
    if let Some(decoded) = utf16_declared(bytes) {
        return decoded;
    }
    if let Some(decoded) = not_text(bytes) {
        return decoded;
    }
    let Some(declared) = xml_declared_encoding(bytes) else {
        return utf8(bytes, hint);
    };
    let mut decoded = match declared.names {
        Declared::Latin1 => latin1(bytes),
        Declared::Ascii => ascii(bytes, &declared.label),
        // The bytes start with `<?xml` one byte a character: not UTF-16.
        Declared::Known(_) if declared.names_utf16() => not_utf16(bytes, &declared, hint),
        // Labels of encodings a web page must not be read in (ISO-2022-KR,
        // HZ-GB-2312, ...): WHATWG reads them as nothing but U+FFFD.
        Declared::Known(e) if e == encoding_rs::REPLACEMENT => {
            unknown_encoding(bytes, &declared, hint)
        }
        Declared::Known(e) if e != encoding_rs::UTF_8 => with(e, bytes),
        Declared::Unknown => unknown_encoding(bytes, &declared, hint),
        Declared::Known(_) => utf8(bytes, hint),
    };
    decoded.xml = true;
    decoded
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
        Some(declared) if declared.names_utf16() => Some(Decoded {
            xml: true,
            ..with(encoding, bytes)
        }),
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
        xml: false,
    }
}

/// An XML declaration's `encoding`: its label, the label's span in the
/// bytes, and what it names.
struct Declaration {
    label: String,
    span: Span,
    names: Declared,
}

impl Declaration {
    /// Whether it names UTF-16 (`UTF-16`, `UTF-16LE`, `UTF-16BE`).
    fn names_utf16(&self) -> bool {
        matches!(self.names, Declared::Known(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE)
    }
}

/// What an XML declaration's `encoding` names.
enum Declared {
    /// ISO-8859-1 (and its aliases): every byte is the code point of the
    /// same number, as libxml2 and expat read it, not windows-1252.
    Latin1,
    /// US-ASCII (and its aliases): bytes 00–7F only, as libxml2, expat and
    /// xmlschema read it, not windows-1252.
    Ascii,
    /// An encoding of the WHATWG Encoding Standard.
    Known(&'static Encoding),
    /// A label fosx does not know.
    Unknown,
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

/// Labels of US-ASCII (IANA), which the WHATWG standard reads as
/// windows-1252; XML processors refuse any byte from 80 up.
const ASCII_LABELS: &[&str] = &[
    "us-ascii",
    "ascii",
    "ansi_x3.4-1968",
    "ansi_x3.4-1986",
    "iso-ir-6",
    "iso_646.irv:1991",
    "iso646-us",
    "us",
    "ibm367",
    "cp367",
    "csascii",
];

/// The encoding named by `<?xml ... encoding="..."?>` at the very start.
fn xml_declared_encoding(bytes: &[u8]) -> Option<Declaration> {
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
    let lower = trimmed.to_ascii_lowercase();
    let names = if LATIN1_LABELS.contains(&lower.as_str()) {
        Declared::Latin1
    } else if ASCII_LABELS.contains(&lower.as_str()) {
        Declared::Ascii
    } else {
        Encoding::for_label(trimmed.as_bytes()).map_or(Declared::Unknown, Declared::Known)
    };
    Some(Declaration {
        label: label.to_string(),
        span: Span::new(start, start + label.len()),
        names,
    })
}

/// ISO-8859-1: each byte is the code point of its value (bytes 0x80–0x9F
/// are the C1 controls, as XML processors read them).
fn latin1(bytes: &[u8]) -> Decoded {
    Decoded {
        text: bytes.iter().map(|&b| char::from(b)).collect(),
        encoding: "iso-8859-1",
        diagnostics: Vec::new(),
        xml: false,
    }
}

/// US-ASCII: every byte below 80. A byte from 80 up is a P04 error at its
/// place, with help naming the encoding the bytes look like: UTF-8 when
/// they are valid UTF-8, windows-1252 when every byte is one of its
/// characters. The text is decoded in that encoding so that the place can
/// be shown.
fn ascii(bytes: &[u8], label: &str) -> Decoded {
    let Some(at) = bytes.iter().position(|&b| b >= 0x80) else {
        return Decoded {
            text: bytes.iter().map(|&b| char::from(b)).collect(),
            encoding: "us-ascii",
            diagnostics: Vec::new(),
            xml: false,
        };
    };
    let byte = format!("{:02X}", bytes[at]);
    // The bytes before `at` are ASCII: one character each, in any of these.
    let (text, encoding, help) = match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "utf-8", msg::decode_declare_utf8_help()),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            let help = if bytes.iter().any(|b| UNDEFINED_IN_WINDOWS_1252.contains(b)) {
                msg::decode_declare_the_encoding_help()
            } else {
                let c = text[at..].chars().next().unwrap_or_default();
                msg::decode_declare_windows_1252_help(&byte, c.to_string())
            };
            (text.into_owned(), "windows-1252", help)
        }
    };
    let len = text[at..].chars().next().map_or(1, char::len_utf8);
    Decoded {
        diagnostics: vec![
            Diagnostic::new(Code::P04, msg::decode_not_ascii(label, &byte))
                .at(Span::new(at, at + len))
                .help(help),
        ],
        text,
        encoding,
        xml: false,
    }
}

/// The bytes windows-1252 gives no character (WHATWG maps them to C1
/// controls; Python's cp1252 refuses them).
const UNDEFINED_IN_WINDOWS_1252: &[u8] = &[0x81, 0x8D, 0x8F, 0x90, 0x9D];

/// P04 for a declaration naming UTF-16 in a file that starts with `<?xml`
/// one byte a character, at the label. The text is read as UTF-8
/// (lossily) so that places can be shown; the help says UTF-8 when the
/// bytes are valid UTF-8.
fn not_utf16(bytes: &[u8], declared: &Declaration, hint: Option<Representation>) -> Decoded {
    let help = if std::str::from_utf8(bytes).is_ok() {
        msg::decode_declare_utf8_help()
    } else {
        msg::decode_declare_the_encoding_help()
    };
    let mut decoded = utf8(bytes, hint);
    decoded.diagnostics.clear();
    decoded.diagnostics.push(
        Diagnostic::new(Code::P04, msg::decode_declared_utf16(&declared.label))
            .at(declared.span)
            .help(help),
    );
    decoded
}

/// P04 for a declared encoding fosx does not know, at the label. The text
/// is read as UTF-8 (lossily) so that places can be shown.
fn unknown_encoding(bytes: &[u8], declared: &Declaration, hint: Option<Representation>) -> Decoded {
    let mut decoded = utf8(bytes, hint);
    decoded.diagnostics.clear();
    decoded.diagnostics.push(
        Diagnostic::new(Code::P04, msg::decode_unknown_encoding(&declared.label))
            .at(declared.span)
            .help(msg::decode_unknown_encoding_help()),
    );
    decoded
}

/// Files that are not text in any encoding fosx reads: archives and office
/// or PDF documents (P07: no representation), and UTF-16 without a byte
/// order mark (P04), which would otherwise be read as UTF-8 full of NUL
/// characters and give a misleading syntax error.
/// Whether [`not_text`] refuses the file these bytes start.
pub(super) fn not_text_head(bytes: &[u8]) -> bool {
    not_text(bytes).is_some()
}

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
            xml: false,
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
        xml: false,
    })
}

/// UTF-16 without a BOM: text whose first characters are mostly ASCII has a
/// zero byte in every other place (the second of each pair in little-endian
/// order, the first in big-endian order), which UTF-8 text never has.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(super::TEXT_HEAD) & !1];
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
    let at = memchr::memchr(0, bytes)?;
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
        xml: false,
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
            xml: false,
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
                xml: false,
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
                xml: false,
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
    fn a_label_whatwg_reads_as_nothing_is_unknown() {
        let bytes = b"<?xml version=\"1.0\" encoding=\"ISO-2022-KR\"?><a/>";
        let d = decode(bytes, None);
        assert_eq!(d.diagnostics.len(), 1);
        assert_eq!(
            d.diagnostics[0].message.english(),
            "the XML declaration names the encoding `ISO-2022-KR`, which fosx does not read"
        );
        assert_eq!(
            d.text,
            "<?xml version=\"1.0\" encoding=\"ISO-2022-KR\"?><a/>"
        );
        assert!(d.xml);
    }

    #[test]
    fn us_ascii_is_ascii() {
        let d = decode(
            b"<?xml version=\"1.0\" encoding=\"US-ASCII\"?><a>b</a>",
            None,
        );
        assert_eq!((d.encoding, d.diagnostics.len()), ("us-ascii", 0));
        let d = decode(
            b"<?xml version=\"1.0\" encoding=\"US-ASCII\"?><a>\x92</a>",
            None,
        );
        assert_eq!(
            d.text,
            "<?xml version=\"1.0\" encoding=\"US-ASCII\"?><a>\u{2019}</a>"
        );
        assert_eq!(d.diagnostics[0].code, Code::P04);
        assert_eq!(d.diagnostics[0].span, Some(Span::new(44, 47)));
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
