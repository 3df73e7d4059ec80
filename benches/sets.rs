//! Where the benchmark sets are and how their files are read; shared by
//! `cargo bench` and `examples/profile.rs`.

use flate2::read::GzDecoder;
use std::io::Read;
use std::path::{Path, PathBuf};

/// `../shared/bench`, or `PITH_BENCH_DIR` when set.
pub fn bench_dir() -> PathBuf {
    std::env::var_os("PITH_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"))
}

/// Every file of `dir` with a name ending in `suffix`, read (and unzipped),
/// in name order; none when `dir` is missing.
pub fn load(dir: &Path, suffix: &str) -> Vec<Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let raw = std::fs::read(p).ok()?;
            if suffix.ends_with(".gz") {
                let mut out = Vec::new();
                GzDecoder::new(raw.as_slice()).read_to_end(&mut out).ok()?;
                Some(out)
            } else {
                Some(raw)
            }
        })
        .collect()
}
