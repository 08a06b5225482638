//! Writing files safely: every output goes to a temporary file in the target
//! folder and is renamed into place, so that a reader (or a run killed
//! halfway) sees the old file or the whole new one, never a part of it.
//!
//! New files get the usual mode of the machine (0666 less the umask, so 0644
//! under umask 022); a file that is replaced keeps its mode. A file named by
//! the user ([`write_file`]) that is a symbolic link is written through (the
//! link stays, its target is replaced atomically in the target's folder), and
//! a device or FIFO is written directly, never replaced by a regular file.
//!
//! Files are not flushed to the disk one by one (`fsync` per file made a
//! 10,000-file batch I/O-bound, 30× slower): a killed process cannot leave a
//! partial file, but a power cut may lose the last outputs of a run.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Prefix of the temporary files; a run removes leftovers of a killed run.
pub const TEMP_PREFIX: &str = ".fosx-";

/// The folder a file is written in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A temporary file beside `path`, created with mode 0666 less the umask.
fn temp_beside(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = folder_of(path);
    std::fs::create_dir_all(dir)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

/// Writes `bytes` to `path` atomically, creating the parent folders. A new
/// file respects the umask; an existing regular file keeps its mode.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = temp_beside(path)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    keep_mode(path, tmp.as_file())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Gives `tmp` the mode of the regular file at `path`, if there is one.
fn keep_mode(path: &Path, tmp: &std::fs::File) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => tmp.set_permissions(meta.permissions()),
        _ => Ok(()),
    }
}

/// Writes `bytes` to a file the user named: a new or regular file is
/// replaced atomically (keeping its mode), a symbolic link is written through
/// to its target, a device or FIFO is written directly.
pub fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = resolve_links(path)?;
    match std::fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "it is a directory",
        )),
        Ok(meta) if !meta.is_file() => {
            let mut file = std::fs::OpenOptions::new().write(true).open(&target)?;
            file.write_all(bytes)?;
            file.flush()
        }
        _ => write_atomically(&target, bytes),
    }
}

/// Follows symbolic links from `path` to the file they name (which need
/// not exist yet); more than 40 links in a row is an error, as for the OS.
fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&path)?;
                path = folder_of(&path).join(link);
            }
            _ => return Ok(path),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// Whether a file name is one of our temporary files.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(".tmp")
}
