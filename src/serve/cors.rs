//! The one origin allowed to call the service from a browser (CORS), checked
//! when it is given: an origin a browser can never send would leave CORS off
//! without a word.

use crate::i18n::{Msg, msg};
use axum::http::HeaderValue;
use std::fmt;
use std::str::FromStr;

/// An origin as a browser sends it in `Origin`: `http` or `https`, `://`,
/// a host, and a port when it is not the scheme's default; nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorsOrigin(String);

/// Why a text is not an origin.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message().english())]
pub struct InvalidOrigin {
    text: String,
    why: Why,
}

/// What is wrong with a text given as an origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    Form,
    Scheme,
    Path,
    User,
    Host,
    Port,
}

impl InvalidOrigin {
    /// What is wrong, for people.
    pub fn message(&self) -> Msg {
        let why = match self.why {
            Why::Form => msg::serve_origin_form(),
            Why::Scheme => msg::serve_origin_scheme(),
            Why::Path => msg::serve_origin_path(),
            Why::User => msg::serve_origin_user(),
            Why::Host => msg::serve_origin_host(),
            Why::Port => msg::serve_origin_port(),
        };
        msg::serve_not_an_origin(self.text.as_str(), why)
    }
}

impl CorsOrigin {
    /// The origin, as the browser sends it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub(crate) fn header_value(&self) -> HeaderValue {
        // Checked to be ASCII letters, digits and `:/.-[]` when parsed.
        HeaderValue::from_str(&self.0).expect("an origin is a valid header value")
    }
}

impl fmt::Display for CorsOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for CorsOrigin {
    type Err = InvalidOrigin;

    /// Reads `https://intake.example.org` or `http://127.0.0.1:3000`. The
    /// scheme and host are written in lower case, as browsers send them, and
    /// a default port (`:443` for https, `:80` for http) is left out.
    fn from_str(text: &str) -> Result<CorsOrigin, InvalidOrigin> {
        let bad = |why| InvalidOrigin {
            text: text.to_string(),
            why,
        };
        let lower = text.to_ascii_lowercase();
        let (scheme, rest) = lower.split_once("://").ok_or_else(|| bad(Why::Form))?;
        let default_port = match scheme {
            "https" => "443",
            "http" => "80",
            _ => return Err(bad(Why::Scheme)),
        };
        if rest.contains(['/', '?', '#']) {
            return Err(bad(Why::Path));
        }
        if rest.contains('@') {
            return Err(bad(Why::User));
        }
        let (host, port) = match rest.rsplit_once(':') {
            Some((host, port)) if !port.contains(']') => (host, Some(port)),
            _ => (rest, None),
        };
        let ipv6 = host.starts_with('[') && host.ends_with(']') && host.len() > 2;
        let host_ok = !host.is_empty()
            && if ipv6 {
                host[1..host.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
            } else {
                host.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            };
        if !host_ok {
            return Err(bad(Why::Host));
        }
        let port = match port {
            None => None,
            Some(p)
                if p.parse::<u16>().is_ok_and(|n| n > 0)
                    && p.bytes().all(|b| b.is_ascii_digit()) =>
            {
                (p.trim_start_matches('0') != default_port).then(|| p.trim_start_matches('0'))
            }
            Some(_) => return Err(bad(Why::Port)),
        };
        Ok(CorsOrigin(match port {
            Some(port) => format!("{scheme}://{host}:{port}"),
            None => format!("{scheme}://{host}"),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::CorsOrigin;

    fn origin(text: &str) -> Result<String, String> {
        text.parse::<CorsOrigin>()
            .map(|o| o.to_string())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn origins_are_read_as_browsers_send_them() {
        for (text, read) in [
            ("https://intake.example.org", "https://intake.example.org"),
            ("HTTPS://Intake.Example.ORG", "https://intake.example.org"),
            (
                "https://intake.example.org:443",
                "https://intake.example.org",
            ),
            ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
            ("http://localhost:80", "http://localhost"),
            ("http://[::1]:8080", "http://[::1]:8080"),
            ("http://[::1]", "http://[::1]"),
        ] {
            assert_eq!(origin(text), Ok(read.to_string()), "{text}");
        }
    }

    #[test]
    fn what_a_browser_never_sends_is_refused_with_the_reason() {
        for (text, why) in [
            ("intake.example.org", "write it as https://HOST"),
            ("https://intake.example.org/", "no path"),
            ("https://intake.example.org/app", "no path"),
            ("ftp://intake.example.org", "http or https"),
            ("*", "write it as"),
            ("null", "write it as"),
            ("https://", "the host"),
            ("https://a b", "the host"),
            ("https://bad\u{e9}.org", "the host"),
            ("https://x.org:0", "the port"),
            ("https://x.org:99999", "the port"),
            ("https://x.org:+1", "the port"),
            ("https://user@x.org", "user name"),
            ("https://x.org\r\nSet-Cookie: a=b", "the host"),
        ] {
            let e = origin(text).unwrap_err();
            assert!(e.contains(why), "{text}: {e}");
            assert!(
                e.starts_with(&format!("`{text}` is not an origin: ")),
                "{e}"
            );
        }
    }
}
