//! The paths git tracks, read from the repository's index file (formats 2,
//! 3 and 4). A tracked file is deployed whatever an ignore file says (a
//! generated `.tf.json` that was force-added), so discovery scans it. sglint
//! never runs git: it reads `.git/index` of the repository that holds the
//! scanned directory, and nothing else of it.

use std::path::{Path, PathBuf};

/// Most entries read from one index (a monorepo has a few hundred thousand).
const MAX_ENTRIES: usize = 5_000_000;

/// The work tree that holds `dir` (canonical) and its index file, when `dir`
/// is inside a git repository.
pub fn repository_of(dir: &Path) -> Option<(PathBuf, PathBuf)> {
    for ancestor in dir.ancestors() {
        let dot_git = ancestor.join(".git");
        let Ok(meta) = std::fs::symlink_metadata(&dot_git) else {
            continue;
        };
        if meta.is_dir() {
            return Some((ancestor.to_path_buf(), dot_git.join("index")));
        }
        // A linked work tree or a submodule: `.git` is a file naming the
        // git directory.
        if meta.is_file() {
            let text = std::fs::read_to_string(&dot_git).ok()?;
            let target = text.strip_prefix("gitdir:")?.trim();
            let git_dir = ancestor.join(target);
            return Some((ancestor.to_path_buf(), git_dir.join("index")));
        }
    }
    None
}

/// The tracked paths of an index file, relative to the work tree, with `/`
/// separators. `None` when the file is missing or not an index sglint reads.
pub fn tracked_paths(index: &Path, hash_len: usize) -> Option<Vec<String>> {
    let bytes = std::fs::read(index).ok()?;
    parse(&bytes, hash_len)
}

/// The object id length of the repository: 32 bytes for SHA-256
/// repositories, 20 otherwise.
pub fn hash_len(index: &Path) -> usize {
    let config = index.with_file_name("config");
    let sha256 = std::fs::read_to_string(config).is_ok_and(|text| {
        text.lines().any(|line| {
            let line: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            line.eq_ignore_ascii_case("objectformat=sha256")
        })
    });
    if sha256 { 32 } else { 20 }
}

fn parse(bytes: &[u8], hash_len: usize) -> Option<Vec<String>> {
    let mut reader = Reader { bytes, at: 0 };
    if reader.take(4)? != b"DIRC" {
        return None;
    }
    let version = reader.u32()?;
    if !(2..=4).contains(&version) {
        return None;
    }
    let count = (reader.u32()? as usize).min(MAX_ENTRIES);
    let mut paths = Vec::with_capacity(count.min(1 << 16));
    let mut previous: Vec<u8> = Vec::new();
    for _ in 0..count {
        let start = reader.at;
        // ctime, mtime, dev, ino: 24 bytes; then mode.
        reader.take(24)?;
        let mode = reader.u32()?;
        // uid, gid, size, object id.
        reader.take(12 + hash_len)?;
        let flags = reader.u16()?;
        let extended = version >= 3 && flags & 0x4000 != 0;
        if extended {
            reader.take(2)?;
        }
        let path = if version == 4 {
            let strip = reader.varint()?;
            let suffix = reader.until_nul()?;
            let keep = previous.len().checked_sub(strip)?;
            let mut path = previous[..keep].to_vec();
            path.extend_from_slice(suffix);
            path
        } else {
            let path = reader.until_nul()?.to_vec();
            // Entries are padded with NULs to a multiple of 8 bytes; the
            // terminating NUL was the first of them.
            let length = reader.at - start;
            let padding = (8 - length % 8) % 8;
            reader.take(padding)?;
            path
        };
        // A sparse index lists whole directories (mode 040000).
        if mode & 0o170000 != 0o040000
            && let Ok(text) = std::str::from_utf8(&path)
        {
            paths.push(text.to_string());
        }
        previous = path;
    }
    paths.dedup();
    Some(paths)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, length: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(length)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }

    fn u32(&mut self) -> Option<u32> {
        let bytes = self.take(4)?;
        Some(u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn u16(&mut self) -> Option<u16> {
        let bytes = self.take(2)?;
        Some(u16::from_be_bytes([bytes[0], bytes[1]]))
    }

    fn until_nul(&mut self) -> Option<&'a [u8]> {
        let rest = self.bytes.get(self.at..)?;
        let length = rest.iter().position(|&byte| byte == 0)?;
        let slice = &rest[..length];
        self.at += length + 1;
        Some(slice)
    }

    /// Git's offset encoding: 7 bits per byte, high bit set on all but the
    /// last, each continuation adding one before the shift.
    fn varint(&mut self) -> Option<usize> {
        let mut byte = *self.take(1)?.first()?;
        let mut value = usize::from(byte & 0x7f);
        while byte & 0x80 != 0 {
            byte = *self.take(1)?.first()?;
            value = value
                .checked_add(1)?
                .checked_mul(128)?
                .checked_add(usize::from(byte & 0x7f))?;
        }
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An index entry as git writes it (versions 2 and 3).
    fn entry(path: &str, mode: u32) -> Vec<u8> {
        let mut bytes = vec![0u8; 24];
        bytes.extend_from_slice(&mode.to_be_bytes());
        bytes.extend_from_slice(&[0u8; 12 + 20]);
        let flags = path.len().min(0xfff) as u16;
        bytes.extend_from_slice(&flags.to_be_bytes());
        bytes.extend_from_slice(path.as_bytes());
        bytes.push(0);
        while !bytes.len().is_multiple_of(8) {
            bytes.push(0);
        }
        bytes
    }

    fn index(version: u32, entries: &[Vec<u8>]) -> Vec<u8> {
        let mut bytes = b"DIRC".to_vec();
        bytes.extend_from_slice(&version.to_be_bytes());
        bytes.extend_from_slice(&(entries.len() as u32).to_be_bytes());
        for entry in entries {
            bytes.extend_from_slice(entry);
        }
        bytes
    }

    #[test]
    fn reads_version_2_paths_and_skips_sparse_directories() {
        let bytes = index(
            2,
            &[
                entry("a.tf", 0o100644),
                entry("generated/main.tf.json", 0o100644),
                entry("sparse", 0o040000),
            ],
        );
        assert_eq!(
            parse(&bytes, 20),
            Some(vec![
                "a.tf".to_string(),
                "generated/main.tf.json".to_string()
            ])
        );
    }

    #[test]
    fn reads_version_4_prefix_compression() {
        let mut bytes = b"DIRC".to_vec();
        bytes.extend_from_slice(&4u32.to_be_bytes());
        bytes.extend_from_slice(&2u32.to_be_bytes());
        for (strip, suffix) in [(0u8, "infra/main.tf"), (7u8, "vars.tf")] {
            bytes.extend_from_slice(&[0u8; 24]);
            bytes.extend_from_slice(&0o100644u32.to_be_bytes());
            bytes.extend_from_slice(&[0u8; 32]);
            bytes.extend_from_slice(&(suffix.len() as u16).to_be_bytes());
            bytes.push(strip);
            bytes.extend_from_slice(suffix.as_bytes());
            bytes.push(0);
        }
        assert_eq!(
            parse(&bytes, 20),
            Some(vec![
                "infra/main.tf".to_string(),
                "infra/vars.tf".to_string()
            ])
        );
    }

    #[test]
    fn truncated_or_foreign_files_give_nothing() {
        let bytes = index(2, &[entry("a.tf", 0o100644)]);
        assert_eq!(parse(&bytes[..bytes.len() - 9], 20), None);
        assert_eq!(parse(b"not an index", 20), None);
        let mut huge_count = index(2, &[]);
        huge_count[8..12].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(parse(&huge_count, 20), None);
    }

    #[test]
    fn reads_what_git_writes() {
        let dir = tempfile::tempdir().unwrap();
        let git = |args: &[&str]| {
            std::process::Command::new("git")
                .args(args)
                .current_dir(dir.path())
                .output()
        };
        if git(&["init", "-q"]).is_err() {
            // No git here: the synthetic cases above stand, but CI must run it.
            assert!(std::env::var_os("CI").is_none(), "git is needed under CI");
            return;
        }
        std::fs::create_dir(dir.path().join("gen")).unwrap();
        std::fs::write(dir.path().join("gen/main.tf.json"), "{}").unwrap();
        std::fs::write(dir.path().join("a.tf"), "").unwrap();
        git(&["add", "a.tf", "gen/main.tf.json"]).unwrap();
        let (worktree, index) = repository_of(dir.path()).unwrap();
        assert_eq!(worktree, dir.path());
        let paths = tracked_paths(&index, hash_len(&index)).unwrap();
        assert_eq!(paths, vec!["a.tf", "gen/main.tf.json"]);
    }
}
