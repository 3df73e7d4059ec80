//! Line counts and unified diffs between an expectation and today's
//! output, with the `similar` crate (Myers' algorithm).
//!
//! ```text
//! --- expected/news/a.txt
//! +++ corpus/news/a.html
//! @@ -3,7 +3,6 @@
//!  The council met on Tuesday.
//! -Advertisement
//!  Residents filled the hall.
//! ```

use similar::{ChangeTag, DiffOp, TextDiff};
use std::fmt::Write;
use std::time::Duration;

/// Lines of unchanged context around each change, as `diff -u` shows.
pub const CONTEXT_LINES: usize = 3;

/// How long one document's diff may take before `similar` settles for a
/// correct but less minimal one. No real page comes near it; a pathological
/// pair of large files would otherwise hold up the whole run.
const DIFF_TIMEOUT: Duration = Duration::from_secs(2);

/// Terminal colours for a diff, or none (all empty).
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    removed: &'static str,
    added: &'static str,
    hunk: &'static str,
    header: &'static str,
    reset: &'static str,
}

impl Palette {
    /// ANSI colours when `color`: red removed lines, green added ones,
    /// cyan hunk headers, bold file headers.
    pub fn new(color: bool) -> Palette {
        if color {
            Palette {
                removed: "\x1b[31m",
                added: "\x1b[32m",
                hunk: "\x1b[36m",
                header: "\x1b[1m",
                reset: "\x1b[0m",
            }
        } else {
            Palette {
                removed: "",
                added: "",
                hunk: "",
                header: "",
                reset: "",
            }
        }
    }

    /// `text` in bold (a document's path), or as it is without colour.
    pub fn bold(&self, text: &str) -> String {
        format!("{}{text}{}", self.header, self.reset)
    }

    /// The code that starts added text (green).
    pub fn added(&self) -> &'static str {
        self.added
    }

    /// The code that starts removed text (red).
    pub fn removed(&self) -> &'static str {
        self.removed
    }

    /// The code that ends a colour.
    pub fn reset(&self) -> &'static str {
        self.reset
    }
}

/// How two texts differ.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Lines only in the new text.
    pub added: usize,
    /// Lines only in the old text.
    pub removed: usize,
    /// The unified diff, when asked for.
    pub diff: Option<String>,
}

/// Compares `old` (named `old_name` in the diff header) with `new`; with
/// a palette, also renders the unified diff.
pub fn compare(old: &str, new: &str, names: (&str, &str), render: Option<&Palette>) -> Comparison {
    let diff = TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_lines(old, new);
    let mut comparison = Comparison::default();
    for op in diff.ops() {
        match op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete { old_len, .. } => comparison.removed += old_len,
            DiffOp::Insert { new_len, .. } => comparison.added += new_len,
            DiffOp::Replace {
                old_len, new_len, ..
            } => {
                comparison.removed += old_len;
                comparison.added += new_len;
            }
        }
    }
    comparison.diff = render.map(|palette| unified(&diff, names, palette));
    comparison
}

/// The unified diff with `CONTEXT_LINES` of context, coloured by `p`.
fn unified<'a>(diff: &TextDiff<'a, 'a, 'a, str>, (old, new): (&str, &str), p: &Palette) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}--- {old}{}", p.header, p.reset);
    let _ = writeln!(out, "{}+++ {new}{}", p.header, p.reset);
    let mut udiff = diff.unified_diff();
    udiff.context_radius(CONTEXT_LINES);
    for hunk in udiff.iter_hunks() {
        let _ = writeln!(out, "{}{}{}", p.hunk, hunk.header(), p.reset);
        for change in hunk.iter_changes() {
            let (colour, reset) = match change.tag() {
                ChangeTag::Delete => (p.removed, p.reset),
                ChangeTag::Insert => (p.added, p.reset),
                ChangeTag::Equal => ("", ""),
            };
            let line = change.value();
            let line = line.strip_suffix('\n').unwrap_or(line);
            // A carriage return (an expectation checked out with CRLF
            // line ends) would make two lines look the same: show it.
            let (line, cr) = match line.strip_suffix('\r') {
                Some(line) => (line, "^M"),
                None => (line, ""),
            };
            let _ = writeln!(out, "{colour}{}{line}{cr}{reset}", change.tag());
            if change.missing_newline() {
                out.push_str("\\ No newline at end of file\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_plain_unified_diff() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nD\ne\nf\ng\nh\ni\n";
        let c = compare(old, new, ("old", "new"), Some(&Palette::new(false)));
        assert_eq!((c.added, c.removed), (2, 1));
        assert_eq!(
            c.diff.unwrap(),
            "--- old\n+++ new\n@@ -1,8 +1,9 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n+i\n"
        );
    }

    #[test]
    fn colours_mark_removed_red_and_added_green() {
        let c = compare("x\n", "y\n", ("old", "new"), Some(&Palette::new(true)));
        let diff = c.diff.unwrap();
        assert!(diff.contains("\x1b[31m-x\x1b[0m"), "{diff:?}");
        assert!(diff.contains("\x1b[32m+y\x1b[0m"), "{diff:?}");
    }

    #[test]
    fn a_missing_final_newline_is_shown() {
        let c = compare("x\n", "x", ("old", "new"), Some(&Palette::new(false)));
        assert_eq!((c.added, c.removed), (1, 1));
        assert!(c.diff.unwrap().contains("\\ No newline at end of file"));
        assert_eq!(compare("x\n", "x\n", ("a", "b"), None).diff, None);
    }
}
