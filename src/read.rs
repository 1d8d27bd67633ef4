//! Reading files with limits: size (`--max-file-size`), binary and
//! non-UTF-8 content, UTF-16 and Latin-1 templates, git-crypt. What cannot be
//! read is an SG900 finding naming the file, never a silent skip.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::Location;
use crate::rules::{Finding, UnparseableFile};
use crate::source::{SourceFile, Span};

pub fn unparseable(source: &Arc<SourceFile>, offset: usize, problem: &str) -> Box<Finding> {
    let location = Location::new(source, Span::new(offset, offset));
    Box::new(UnparseableFile::finding(location, problem))
}

/// Reads a file as UTF-8 text. A binary file, invalid UTF-8 or a read error
/// is an SG900 finding naming the file (and the position, when known).
/// What git-crypt writes at the start of every file it encrypts.
const GIT_CRYPT_HEADER: &[u8] = b"\0GITCRYPT\0";
pub const ENCRYPTED: &str = "encrypted with git-crypt";

/// Whether [`read_source`] refused the file because git-crypt encrypted it:
/// not a syntax error (no SG900), but nothing in it can be read.
pub fn is_encrypted(finding: &Finding) -> bool {
    finding.rule.id == UnparseableFile::META.id && finding.message == ENCRYPTED
}

pub fn read_source(path: &Path) -> Result<Arc<SourceFile>, Box<Finding>> {
    let limit = MAX_FILE_SIZE.load(std::sync::atomic::Ordering::Relaxed);
    let bytes = match read_bounded(path, limit) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            let empty = SourceFile::new(path, String::new());
            return Err(unparseable(
                &empty,
                0,
                &format!(
                    "larger than the size limit ({}); not scanned (raise it with --max-file-size)",
                    human_size(limit)
                ),
            ));
        }
        Err(error) => {
            let empty = SourceFile::new(path, String::new());
            return Err(unparseable(
                &empty,
                0,
                &format!("cannot read the file: {}", io_reason(&error)),
            ));
        }
    };
    if bytes.starts_with(GIT_CRYPT_HEADER) {
        let empty = SourceFile::new(path, String::new());
        return Err(unparseable(&empty, 0, ENCRYPTED));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let empty = SourceFile::new(path, String::new());
        return Err(unparseable(
            &empty,
            0,
            "UTF-16 text; sglint reads UTF-8 (convert the file with iconv)",
        ));
    }
    if let Some(nul) = bytes.iter().position(|byte| *byte == 0) {
        let empty = SourceFile::new(path, String::new());
        return Err(unparseable(
            &empty,
            0,
            &format!("binary file (NUL byte at offset {nul})"),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, text)),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let source = SourceFile::new(path, text);
            // The BOM, when present, was removed from the text.
            let offset = valid.saturating_sub(source_bom_len(error.as_bytes()));
            Err(unparseable(&source, offset, "invalid UTF-8"))
        }
    }
}

/// The largest file read, in bytes (`--max-file-size`); larger files are
/// reported as not scanned. Shared by every reader of one process.
pub static MAX_FILE_SIZE: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(DEFAULT_MAX_FILE_SIZE);

/// 64 MiB: far above any template (CloudFormation accepts 1 MB) or module
/// file, enough for the plan JSON of a large workspace.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 << 20;

/// Reads at most `limit` bytes; `None` when the file is larger. Only
/// regular files are opened: a FIFO or device would block or never end.
/// The text of a UTF-16 file (with a byte-order mark, or without one when
/// every other byte is zero, as ASCII in UTF-16 is) or of a Latin-1 file
/// (not UTF-8, no zero byte); `None` for anything else.
pub fn read_legacy_text(path: &Path) -> Option<String> {
    let limit = MAX_FILE_SIZE.load(std::sync::atomic::Ordering::Relaxed);
    let bytes = read_bounded(path, limit).ok()??;
    if bytes.starts_with(GIT_CRYPT_HEADER) {
        return None;
    }
    let utf16 = |bytes: &[u8], little: bool| -> Option<String> {
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|pair| {
                if little {
                    u16::from_le_bytes([pair[0], pair[1]])
                } else {
                    u16::from_be_bytes([pair[0], pair[1]])
                }
            })
            .collect();
        String::from_utf16(&units).ok()
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    let pairs = bytes.len() / 2;
    if pairs >= 2 && bytes.len() % 2 == 0 {
        let zero_odd = bytes
            .iter()
            .skip(1)
            .step_by(2)
            .filter(|byte| **byte == 0)
            .count();
        let zero_even = bytes.iter().step_by(2).filter(|byte| **byte == 0).count();
        if zero_odd * 10 >= pairs * 9 && zero_even == 0 {
            return utf16(&bytes, true);
        }
        if zero_even * 10 >= pairs * 9 && zero_odd == 0 {
            return utf16(&bytes, false);
        }
    }
    if bytes.contains(&0) || std::str::from_utf8(&bytes).is_ok() {
        return None;
    }
    Some(bytes.iter().map(|byte| char::from(*byte)).collect())
}

fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if meta.len() > limit {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow between the check and the read.
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// The entries of `dir` (not of its subdirectories), as paths under `dir`;
/// an unreadable directory has none. An empty `dir` is the current
/// directory, whose entries are named without a `./`.
pub fn directory_entries(dir: &Path) -> Vec<PathBuf> {
    let current = dir.as_os_str().is_empty();
    let listing = if current { Path::new(".") } else { dir };
    let Ok(entries) = std::fs::read_dir(listing) else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok())
        .map(|entry| match current {
            true => PathBuf::from(entry.file_name()),
            false => entry.path(),
        })
        .collect()
}

/// Whether `path` is a regular file itself (a link is not followed).
pub fn is_regular_file(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|metadata| metadata.is_file())
}

pub fn human_size(bytes: u64) -> String {
    if bytes >= 1 << 30 && bytes.is_multiple_of(1 << 30) {
        format!("{} GiB", bytes >> 30)
    } else if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes.is_multiple_of(1 << 10) {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

fn source_bom_len(bytes: &[u8]) -> usize {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    }
}

/// An I/O error without the "(os error N)" suffix.
fn io_reason(error: &io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(index) => text[..index].to_lowercase(),
        None => text.to_lowercase(),
    }
}
