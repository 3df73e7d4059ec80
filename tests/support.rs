//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every fixture and seed input (`*.txt`, `*.html`), sorted.
pub fn inputs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(&root().join("fixtures"), &mut out);
    collect(&root().join("seeds"), &mut out);
    out.sort();
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if is_input(&path) {
            out.push(path);
        }
    }
}

pub fn is_input(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "html" | "htm")
    )
}

/// Cleans a file with default options.
pub fn clean(path: &Path) -> pith::Article {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    pith::clean(&bytes, &pith::Options::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Folds every run of white space to one space.
pub fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
