//! `OUT_DIR/.pith-batch.json`: the options the outputs were made with.
//!
//! An output newer than its input is kept only when the manifest says it
//! was made with the options of this run. When the options change, the
//! old manifest is removed before any output is written and the new one
//! is written once the run is over, so a run killed halfway leaves no
//! manifest and the next run redoes everything.

use super::output;
use serde::{Deserialize, Serialize};
use std::io;
use std::path::Path;

/// The manifest's file name in the output directory.
pub const MANIFEST_NAME: &str = ".pith-batch.json";

/// Everything that changes what an output holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub pith_version: String,
    pub format: String,
    pub input: String,
    pub links: bool,
    pub comments: bool,
    /// `--learn-templates`; absent in manifests of older runs.
    #[serde(default)]
    pub learn_templates: bool,
    pub max_input_bytes: u64,
}

/// The manifest in `out_dir`, if there is a readable one.
pub fn read(out_dir: &Path) -> Option<Manifest> {
    let bytes = std::fs::read(out_dir.join(MANIFEST_NAME)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Writes the manifest into `out_dir`, atomically.
pub fn write(out_dir: &Path, manifest: &Manifest, forbidden: &Path) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(manifest).map_err(io::Error::other)?;
    text.push('\n');
    output::write_atomic(&out_dir.join(MANIFEST_NAME), text.as_bytes(), forbidden)
}

/// Removes the manifest from `out_dir`, if there is one.
pub fn remove(out_dir: &Path, forbidden: &Path) -> io::Result<()> {
    output::remove_stale(&out_dir.join(MANIFEST_NAME), forbidden).map(|_| ())
}
