//! Which files of the input tree are inputs, and where their outputs go.
//!
//! An input is a regular file whose name ends in one of the selected
//! extensions, or in one of them followed by `.gz` (case does not
//! matter). Its output has the same place in the output tree with those
//! extensions replaced: `a/b.html.gz` → `a/b.txt`. Only paths are
//! collected, never contents.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// The input extensions when none are given, as `--ext` takes them.
pub const DEFAULT_EXTENSIONS: &str = "html,htm,xhtml,txt";

/// What to walk and how to name outputs.
pub struct Walk<'a> {
    pub in_dir: &'a Path,
    pub out_dir: &'a Path,
    /// Canonical output directory: never walked into, should a followed
    /// link lead there.
    pub out_canon: &'a Path,
    /// Input extensions, lowercase, without the dot.
    pub extensions: &'a [String],
    /// The output extension, without the dot.
    pub out_extension: &'a str,
    /// The file name in `out_dir` where the command keeps its own record
    /// (`.pith-batch.json`, `.pith-check.json`): no input's output may
    /// take it.
    pub manifest: &'a str,
    pub follow_links: bool,
}

/// One input and the output it becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub input: PathBuf,
    pub output: PathBuf,
}

/// The inputs found, in walk order, and what was passed over.
#[derive(Debug, Default)]
pub struct Found {
    pub jobs: Vec<Job>,
    /// Inputs by name that are not regular files: symbolic links not
    /// followed, FIFOs, sockets, devices.
    pub skipped: usize,
    /// Entries that could not be read (unreadable directories, broken
    /// links, link loops), and inputs whose output another input already
    /// claims.
    pub failed: usize,
}

/// Turns `--ext` values into extensions: `.HTML` → `html`.
pub fn parse_extensions(raw: &[String]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for ext in raw {
        let ext = ext.trim().trim_start_matches('.').to_ascii_lowercase();
        if ext.is_empty() || ext.contains(['.', '/', '\\']) {
            return Err(format!(
                "{ext:?} is not an extension (expected a list like html,txt)"
            ));
        }
        if !out.contains(&ext) {
            out.push(ext);
        }
    }
    Ok(out)
}

/// The file name without its input extension(s), if it names an input:
/// `b.html.gz` → `b`, `b.TXT` → `b`; `None` for `b.png` or `.html`.
pub fn input_stem<'p>(path: &'p Path, extensions: &[String]) -> Option<&'p OsStr> {
    let outer = path.extension()?;
    let (ext, stem) = if outer.eq_ignore_ascii_case("gz") {
        let inner = Path::new(path.file_stem()?);
        (inner.extension()?, inner.file_stem()?)
    } else {
        (outer, path.file_stem()?)
    };
    extensions
        .iter()
        .any(|e| ext.eq_ignore_ascii_case(e))
        .then_some(stem)
}

/// Walks the input tree (sorted by name, so the order is the same on
/// every run). `note(path, why)` hears of every entry passed over with a
/// reason and every entry that failed.
pub fn walk(walk: &Walk, note: &mut dyn FnMut(&Path, String)) -> Found {
    let mut found = Found::default();
    let mut entries = WalkDir::new(walk.in_dir)
        .follow_links(walk.follow_links)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(walk.in_dir).to_path_buf();
                let why = match (e.loop_ancestor(), e.io_error()) {
                    (Some(ancestor), _) => format!(
                        "link loop: leads back to {}, not followed",
                        ancestor.display()
                    ),
                    (None, Some(io)) => io.to_string(),
                    (None, None) => e.to_string(),
                };
                note(&path, why);
                found.failed += 1;
                continue;
            }
        };
        let kind = entry.file_type();
        if kind.is_dir() {
            if walk.follow_links
                && entry.depth() > 0
                && entry
                    .path()
                    .canonicalize()
                    .is_ok_and(|p| p == walk.out_canon)
            {
                entries.skip_current_dir();
            }
            continue;
        }
        let Some(stem) = input_stem(entry.path(), walk.extensions) else {
            continue;
        };
        if kind.is_file() {
            let output = output_path(walk, entry.path(), stem);
            found.jobs.push(Job {
                input: entry.into_path(),
                output,
            });
        } else if kind.is_symlink() {
            found.skipped += 1;
        } else {
            note(entry.path(), format!("skipped: {}", special_kind(&kind)));
            found.skipped += 1;
        }
    }
    drop_collisions(walk, &mut found, note);
    found
}

/// `out_dir/<the input's folders>/<stem>.<out_extension>`.
fn output_path(walk: &Walk, input: &Path, stem: &OsStr) -> PathBuf {
    let relative = input.strip_prefix(walk.in_dir).unwrap_or(input);
    let mut name = OsString::from(stem);
    name.push(".");
    name.push(walk.out_extension);
    let mut output = walk.out_dir.to_path_buf();
    if let Some(folders) = relative.parent() {
        output.push(folders);
    }
    output.push(name);
    output
}

/// Inputs that share an output (`b.html` and `b.txt` both give `b.txt`):
/// the first in walk order keeps it, the others fail, so the result does
/// not depend on which thread finishes last. An output named like the
/// manifest (`walk.manifest`) fails too.
fn drop_collisions(walk: &Walk, found: &mut Found, note: &mut dyn FnMut(&Path, String)) {
    let jobs = &found.jobs;
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by(|&a, &b| jobs[a].output.cmp(&jobs[b].output).then(a.cmp(&b)));
    let mut dropped = vec![false; jobs.len()];
    for pair in order.windows(2) {
        let (first, next) = (pair[0], pair[1]);
        if jobs[first].output == jobs[next].output {
            dropped[next] = true;
        }
    }
    let manifest = walk.out_dir.join(walk.manifest);
    let mut keeper: Option<&Path> = None;
    for &i in &order {
        let job = &jobs[i];
        if !dropped[i] {
            keeper = Some(&job.input);
        }
        if job.output == manifest {
            dropped[i] = true;
            note(
                &job.input,
                format!("its output would replace {}", walk.manifest),
            );
        } else if dropped[i] {
            note(
                &job.input,
                format!(
                    "not cleaned: its output {} is already that of {}",
                    job.output.display(),
                    keeper.map_or_else(String::new, |p| p.display().to_string())
                ),
            );
        }
    }
    found.failed += dropped.iter().filter(|&&d| d).count();
    let mut index = 0;
    found.jobs.retain(|_| {
        index += 1;
        !dropped[index - 1]
    });
}

/// How to call a file that is neither a regular file, a folder nor a
/// link.
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO, not a regular file";
        }
        if kind.is_socket() {
            return "a socket, not a regular file";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device, not a regular file";
        }
    }
    let _ = kind;
    "not a regular file"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exts() -> Vec<String> {
        let raw: Vec<String> = DEFAULT_EXTENSIONS.split(',').map(String::from).collect();
        parse_extensions(&raw).unwrap()
    }

    #[test]
    fn stems_strip_input_extensions_and_gz() {
        let stem = |p: &str| input_stem(Path::new(p), &exts()).map(|s| s.to_os_string());
        assert_eq!(stem("a/b.html"), Some("b".into()));
        assert_eq!(stem("a/b.HTML.GZ"), Some("b".into()));
        assert_eq!(stem("b.v2.txt"), Some("b.v2".into()));
        assert_eq!(stem("b.png"), None);
        assert_eq!(stem("b.gz"), None);
        assert_eq!(stem(".html"), None);
        assert_eq!(stem(".html.gz"), None);
    }

    #[test]
    fn extensions_are_normalized_and_checked() {
        let raw = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse_extensions(&raw(&[".HTML", "txt", "html"])).unwrap(),
            ["html", "txt"]
        );
        assert!(parse_extensions(&raw(&[""])).is_err());
        assert!(parse_extensions(&raw(&["tar.gz"])).is_err());
    }

    #[test]
    fn outputs_mirror_the_tree() {
        let extensions = exts();
        let walk = Walk {
            in_dir: Path::new("crawl"),
            out_dir: Path::new("clean"),
            out_canon: Path::new("/clean"),
            extensions: &extensions,
            out_extension: "md",
            manifest: ".pith-batch.json",
            follow_links: false,
        };
        let input = Path::new("crawl/a/b.html.gz");
        let stem = input_stem(input, &extensions).unwrap();
        assert_eq!(output_path(&walk, input, stem), Path::new("clean/a/b.md"));
    }
}
