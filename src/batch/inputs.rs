//! Which files of the inbox are inputs, how their names are written in the
//! summary, and how they are read without following links or blocking on a
//! FIFO.
//!
//! Only regular files named `*.json`, `*.xml` or `*.csv` are inputs. Other
//! files, FIFOs, sockets, devices and symbolic links (unless followed, and
//! then only to regular files inside the inbox) are listed as skipped with a
//! reason. Hidden entries (a name starting with `.`) and the output folder are
//! not looked at.

use crate::i18n::{Arg, Msg, msg};
use std::path::{Path, PathBuf};

/// One input of the inbox.
#[derive(Debug, Clone)]
pub struct InboxFile {
    /// The file to read (for a followed link, its target).
    pub path: PathBuf,
    /// Path relative to the inbox, as found.
    pub rel: PathBuf,
    /// `rel` escaped (see [`escape`]): the key of its record.
    pub key: String,
}

/// Whether a file's name is a submission's ([`crate::source::EXTENSIONS`]).
pub fn is_submission_name(path: &Path) -> bool {
    crate::source::Representation::of_path(path).is_some()
}

/// A relative path as text, lossless: components joined by `/`; bytes that
/// are not UTF-8, and `%`, written `%XX`.
pub fn escape(rel: &Path) -> String {
    let mut out = String::new();
    for (i, c) in rel.components().enumerate() {
        if i > 0 {
            out.push('/');
        }
        escape_into(c.as_os_str(), &mut out);
    }
    out
}

#[cfg(unix)]
fn escape_into(name: &std::ffi::OsStr, out: &mut String) {
    use std::os::unix::ffi::OsStrExt;
    for chunk in name.as_bytes().utf8_chunks() {
        for ch in chunk.valid().chars() {
            match ch {
                '%' => out.push_str("%25"),
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

#[cfg(not(unix))]
fn escape_into(name: &std::ffi::OsStr, out: &mut String) {
    out.push_str(&name.to_string_lossy().replace('%', "%25"));
}

/// The path an escaped text stands for (the reverse of [`escape`]).
pub fn unescape(text: &str) -> PathBuf {
    let bytes = text.as_bytes();
    let mut raw = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = text
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            raw.push(b);
            i += 3;
            continue;
        }
        raw.push(bytes[i]);
        i += 1;
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        PathBuf::from(std::ffi::OsString::from_vec(raw))
    }
    #[cfg(not(unix))]
    PathBuf::from(String::from_utf8_lossy(&raw).into_owned())
}

/// A file of the inbox that is not an input, and why.
#[derive(Debug, Clone)]
pub(super) struct Skip {
    /// Path relative to the inbox, escaped.
    pub path: String,
    /// Why it is not an input.
    pub reason: Msg,
}

/// Finds the inputs below `inbox`, sorted, and the files that are not.
/// Entries under `out` are not looked at.
pub(super) fn discover(
    inbox: &Path,
    out: &Path,
    follow_symlinks: bool,
) -> (Vec<InboxFile>, Vec<Skip>) {
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    let walker = walkdir::WalkDir::new(inbox)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || (!is_hidden(e.file_name()) && e.path() != out));
    for entry in walker {
        let (path, file_type) = match entry {
            Ok(e) => {
                let t = e.file_type();
                (e.into_path(), Some(t))
            }
            // An entry that cannot be listed is still an input: reading it
            // reports why.
            Err(e) => match e.path() {
                Some(p) if p != inbox => (p.to_path_buf(), None),
                _ => continue,
            },
        };
        let rel = path.strip_prefix(inbox).unwrap_or(&path).to_path_buf();
        let key = escape(&rel);
        let skip = |reason: Msg| Skip {
            path: key.clone(),
            reason,
        };
        let Some(file_type) = file_type else {
            inputs.push(InboxFile { path, rel, key });
            continue;
        };
        if file_type.is_dir() {
            continue;
        }
        if file_type.is_symlink() {
            if !follow_symlinks {
                skipped.push(skip(msg::batch_skip_link()));
                continue;
            }
            match std::fs::canonicalize(&path) {
                Err(_) => skipped.push(skip(msg::batch_skip_broken_link())),
                Ok(target) if !target.starts_with(inbox) || target.starts_with(out) => {
                    skipped.push(skip(msg::batch_skip_link_outside()))
                }
                Ok(target) => match std::fs::metadata(&target) {
                    Ok(m) if m.is_file() && is_submission_name(&path) => inputs.push(InboxFile {
                        path: target,
                        rel,
                        key,
                    }),
                    Ok(m) if m.is_file() => skipped.push(skip(msg::batch_skip_not_a_submission())),
                    Ok(m) if m.is_dir() => skipped.push(skip(msg::batch_skip_link_to_folder())),
                    Ok(m) => {
                        skipped.push(skip(msg::batch_skip_link_to(special_kind(&m.file_type()))))
                    }
                    Err(_) => skipped.push(skip(msg::batch_skip_broken_link())),
                },
            }
            continue;
        }
        if !file_type.is_file() {
            skipped.push(skip(special_kind(&file_type)));
        } else if is_submission_name(&path) {
            inputs.push(InboxFile { path, rel, key });
        } else {
            skipped.push(skip(msg::batch_skip_not_a_submission()));
        }
    }
    inputs.sort_by(|a, b| a.key.cmp(&b.key));
    inputs.dedup_by(|a, b| a.key == b.key);
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    (inputs, skipped)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

/// `a FIFO`, `a socket`, `a device`: what a file that is not regular is.
pub fn special_kind(t: &std::fs::FileType) -> Msg {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return msg::batch_kind_fifo();
        }
        if t.is_socket() {
            return msg::batch_kind_socket();
        }
        if t.is_block_device() || t.is_char_device() {
            return msg::batch_kind_device();
        }
    }
    if t.is_symlink() {
        return msg::batch_kind_symbolic_link();
    }
    msg::batch_kind_other()
}

/// What reading an input gave.
#[derive(Debug)]
pub enum Read {
    /// The whole content.
    Bytes(Vec<u8>),
    /// Over the size limit (its size); nothing more was read.
    TooLarge(u64),
    /// Not a regular file (it changed since the inbox was listed): what
    /// it is.
    NotRegular(Msg),
    /// The system refused.
    Failed(std::io::Error),
}

/// Reads a regular file of at most `max` bytes, without following a
/// symbolic link and without blocking on a FIFO; the limit applies before
/// anything is read.
pub fn read_input(path: &Path, max: u64) -> Read {
    use std::io::Read as _;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    let file = match options.open(path) {
        Ok(f) => f,
        #[cfg(unix)]
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            return Read::NotRegular(msg::batch_kind_symbolic_link());
        }
        Err(e) => return Read::Failed(e),
    };
    let meta = match file.metadata() {
        Ok(m) => m,
        Err(e) => return Read::Failed(e),
    };
    if !meta.is_file() {
        return Read::NotRegular(special_kind(&meta.file_type()));
    }
    if meta.len() > max {
        return Read::TooLarge(meta.len());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    if let Err(e) = file.take(max.saturating_add(1)).read_to_end(&mut bytes) {
        return Read::Failed(e);
    }
    if bytes.len() as u64 > max {
        return Read::TooLarge(bytes.len() as u64);
    }
    Read::Bytes(bytes)
}

/// `no such file`, `permission denied`, or the system's words.
pub fn io_reason(e: &std::io::Error) -> Arg {
    match e.kind() {
        std::io::ErrorKind::NotFound => msg::batch_no_such_file().into(),
        std::io::ErrorKind::PermissionDenied => msg::batch_permission_denied().into(),
        std::io::ErrorKind::IsADirectory => msg::batch_is_a_directory().into(),
        _ => e.to_string().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_is_lossless() {
        assert_eq!(escape(Path::new("a/b 100%.json")), "a/b 100%25.json");
        assert_eq!(unescape("a/b 100%25.json"), Path::new("a/b 100%.json"));
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let raw = Path::new(std::ffi::OsStr::from_bytes(b"caf\xe9.json"));
            assert_eq!(escape(raw), "caf%E9.json");
            assert_eq!(unescape("caf%E9.json"), raw);
        }
    }
}
