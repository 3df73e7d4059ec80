//! Where a path really is, and output files written whole or not at all.
//!
//! Every write goes to a temporary file beside its target, named
//! `.<name>.pith-tmp-<pid>-<n>`, which is then renamed over the target.
//! A crash or Ctrl-C leaves at worst such a file: hidden, and never taken
//! for an output. Before any write or removal, the directory it happens
//! in is resolved and refused if it lies inside the input tree, whatever
//! symbolic links lead there. Renaming also means an output that happens
//! to be a hard link to some other file replaces the link, not the
//! other file's bytes.

use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// What every temporary file's name contains.
pub const TEMP_MARK: &str = ".pith-tmp-";

/// Numbers the temporary files of this process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// `path` made absolute, with its nearest existing ancestor canonicalized
/// and the rest (which does not exist yet, so holds no links) normalized
/// lexically. Tells where a directory would be created.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    let mut base = loop {
        match existing.canonicalize() {
            Ok(found) => break found,
            Err(e) => {
                let (Some(parent), Some(last)) =
                    (existing.parent(), existing.components().next_back())
                else {
                    return Err(e);
                };
                rest.push(last);
                existing = parent;
            }
        }
    };
    for component in rest.into_iter().rev() {
        match component {
            Component::ParentDir => {
                base.pop();
            }
            Component::Normal(name) => base.push(name),
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    Ok(base)
}

/// Refuses `dir` if it is `forbidden` (a canonical path) or inside it.
pub fn check_outside(dir: &Path, forbidden: &Path) -> io::Result<()> {
    if dir.canonicalize()?.starts_with(forbidden) {
        Err(io::Error::other(format!(
            "refusing to write inside the input directory {}",
            forbidden.display()
        )))
    } else {
        Ok(())
    }
}

/// Writes `contents` to `path` through a temporary file and a rename,
/// creating the parent directories; refuses to write inside `forbidden`.
pub fn write_atomic(path: &Path, contents: &[u8], forbidden: &Path) -> io::Result<()> {
    let parent = parent_of(path);
    fs::create_dir_all(parent)?;
    check_outside(parent, forbidden)?;
    let temp = temp_path(path);
    let written = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut file| file.write_all(contents))
        .and_then(|()| fs::rename(&temp, path));
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

/// Removes `path` if it exists (an output that is out of date); refuses
/// to remove anything inside `forbidden`. Tells whether it existed.
pub fn remove_stale(path: &Path, forbidden: &Path) -> io::Result<bool> {
    if fs::symlink_metadata(path).is_err() {
        return Ok(false);
    }
    check_outside(parent_of(path), forbidden)?;
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Checks that files can be created in `dir`, by creating and removing a
/// temporary one.
pub fn probe_writable(dir: &Path) -> io::Result<()> {
    let temp = temp_path(&dir.join("probe"));
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)?;
    fs::remove_file(&temp)
}

/// `dir/.<name>.pith-tmp-<pid>-<n>` for `dir/<name>`.
fn temp_path(path: &Path) -> PathBuf {
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!("{TEMP_MARK}{}-{n}", std::process::id()));
    parent_of(path).join(name)
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_hidden_and_marked() {
        let temp = temp_path(Path::new("out/a/b.txt"));
        let name = temp.file_name().unwrap().to_str().unwrap();
        assert!(name.starts_with(".b.txt.pith-tmp-"), "{name}");
        assert_eq!(temp.parent(), Some(Path::new("out/a")));
    }

    #[test]
    fn resolve_normalizes_what_does_not_exist() {
        let root = std::env::temp_dir().canonicalize().unwrap();
        let path = root.join("pith-no-such-dir/x/../y");
        assert_eq!(resolve(&path).unwrap(), root.join("pith-no-such-dir/y"));
        let up = root.join("pith-no-such-dir/../z");
        assert_eq!(resolve(&up).unwrap(), root.join("z"));
    }
}
