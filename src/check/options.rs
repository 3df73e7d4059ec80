//! `EXPECTED_DIR/.pith-check.json`: the options the expectations were
//! made with.
//!
//! Expectations made with `--format text` say nothing about a run with
//! `--format markdown`: comparing them would only report every document as
//! changed. So the options belong to the snapshot, and a run with other
//! options is refused in one line naming the differences. The pith
//! version is recorded too, but a new version is what a check is for:
//! that difference alone is only a note.

use crate::batch::output;
use crate::cli::CleaningArgs;
use crate::commands::value_name;
use serde::{Deserialize, Serialize};
use std::io;
use std::path::Path;

/// The options file's name in the expectations directory.
pub const OPTIONS_NAME: &str = ".pith-check.json";

/// Everything that changes what an expectation holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotOptions {
    pub pith_version: String,
    pub format: String,
    pub input: String,
    pub links: bool,
    pub comments: bool,
    pub max_input_bytes: u64,
    /// Absent from files made before there was a choice of parser: those
    /// were made with html5ever's tree, which pith's own parser matches
    /// on nearly every page, so they count as made with the default.
    #[serde(default = "default_parser")]
    pub html_parser: String,
}

fn default_parser() -> String {
    value_name(crate::cli::ParserArg::Pith)
}

impl SnapshotOptions {
    /// The options of this run.
    pub fn of(cleaning: &CleaningArgs) -> SnapshotOptions {
        SnapshotOptions {
            pith_version: env!("CARGO_PKG_VERSION").to_string(),
            format: value_name(cleaning.format),
            input: value_name(cleaning.input),
            links: cleaning.links,
            comments: cleaning.comments,
            max_input_bytes: u64::try_from(cleaning.max_input_bytes).unwrap_or(u64::MAX),
            html_parser: value_name(cleaning.html_parser),
        }
    }

    /// The options (not the version) that differ, each as the pair of
    /// flags (`--format text`, `--format markdown`) of `self` and `other`.
    pub fn differences(&self, other: &SnapshotOptions) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut valued = |flag: &str, a: &str, b: &str| {
            if a != b {
                out.push((format!("--{flag} {a}"), format!("--{flag} {b}")));
            }
        };
        valued("format", &self.format, &other.format);
        valued("input", &self.input, &other.input);
        valued("html-parser", &self.html_parser, &other.html_parser);
        valued(
            "max-input-bytes",
            &self.max_input_bytes.to_string(),
            &other.max_input_bytes.to_string(),
        );
        for (flag, a, b) in [
            ("links", self.links, other.links),
            ("comments", self.comments, other.comments),
        ] {
            if a != b {
                out.push((switch(flag, a), switch(flag, b)));
            }
        }
        out
    }
}

/// `--comments` when on, `no --comments` when off.
fn switch(flag: &str, on: bool) -> String {
    if on {
        format!("--{flag}")
    } else {
        format!("no --{flag}")
    }
}

/// The one-line refusal: `made with --format text, this run uses --format
/// markdown; rerun with the same options or --update`.
pub fn mismatch(differences: &[(String, String)]) -> String {
    let recorded: Vec<&str> = differences.iter().map(|(a, _)| a.as_str()).collect();
    let current: Vec<&str> = differences.iter().map(|(_, b)| b.as_str()).collect();
    format!(
        "made with {}, this run uses {}; rerun with the same options or --update",
        recorded.join(" and "),
        current.join(" and ")
    )
}

/// The options recorded in `dir`: `None` when there is no options file,
/// an error when there is one that cannot be read.
pub fn read(dir: &Path) -> io::Result<Option<SnapshotOptions>> {
    let bytes = match std::fs::read(dir.join(OPTIONS_NAME)) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{OPTIONS_NAME}: {e}")))
}

/// Writes the options into `dir`, atomically; refuses to write inside
/// `forbidden`.
pub fn write(dir: &Path, options: &SnapshotOptions, forbidden: &Path) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(options).map_err(io::Error::other)?;
    text.push('\n');
    output::write_atomic(&dir.join(OPTIONS_NAME), text.as_bytes(), forbidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> SnapshotOptions {
        SnapshotOptions {
            pith_version: "0.1.0".into(),
            format: "text".into(),
            input: "auto".into(),
            links: false,
            comments: false,
            max_input_bytes: 1000,
            html_parser: "pith".into(),
        }
    }

    #[test]
    fn files_from_before_the_parser_choice_read_as_the_default() {
        let old = r#"{"pith_version":"0.1.0","format":"text","input":"auto","links":false,"comments":false,"max_input_bytes":1000}"#;
        let read: SnapshotOptions = serde_json::from_str(old).unwrap();
        assert_eq!(read, options());
        let reference = SnapshotOptions {
            html_parser: "html5ever".into(),
            ..options()
        };
        assert_eq!(
            options().differences(&reference),
            [(
                "--html-parser pith".to_string(),
                "--html-parser html5ever".to_string()
            )]
        );
    }

    #[test]
    fn a_version_alone_is_no_difference() {
        let newer = SnapshotOptions {
            pith_version: "0.2.0".into(),
            ..options()
        };
        assert!(options().differences(&newer).is_empty());
    }

    #[test]
    fn differences_name_both_sides_as_flags() {
        let other = SnapshotOptions {
            format: "markdown".into(),
            comments: true,
            ..options()
        };
        let differences = options().differences(&other);
        assert_eq!(
            mismatch(&differences),
            "made with --format text and no --comments, this run uses --format markdown \
             and --comments; rerun with the same options or --update"
        );
    }
}
