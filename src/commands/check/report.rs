//! What `pith check` prints for each document and orphan: diffs (or
//! `--stat` counts, or with `--update` what was written) as text, or one
//! JSON object per line with `--format-report json`. Failures go to
//! stderr as `pith: <path>: <why>`, in their place in the order.

use super::{Doc, Failure, Orphan, Snapshot};
use crate::check::diff::Palette;
use crate::commands::{WriteStop, flush_out, report, write_out};
use serde_json::{Value, json};
use std::io::{self, BufWriter, StdoutLock, Write};

pub struct Report {
    out: BufWriter<StdoutLock<'static>>,
    /// The reader went away: print nothing more, but finish the run.
    closed: bool,
    failed: Option<io::Error>,
    json: bool,
    stat: bool,
    palette: Palette,
}

impl Report {
    pub fn new(json: bool, stat: bool, palette: Palette) -> Report {
        Report {
            out: BufWriter::new(io::stdout().lock()),
            closed: false,
            failed: None,
            json,
            stat,
            palette,
        }
    }

    pub fn doc(&mut self, doc: &Doc) {
        let input = doc.input.display().to_string();
        let expected = doc.expected.display().to_string();
        let checked = match &doc.result {
            Ok(checked) => checked,
            Err(failure) => {
                self.failure(failure, &input, &expected);
                return;
            }
        };
        if self.json {
            let status = if !checked.violations.is_empty() {
                "pin-violated"
            } else {
                match checked.snapshot {
                    Snapshot::Match => "match",
                    Snapshot::Changed => "changed",
                    Snapshot::New => "new",
                }
            };
            let mut object = json!({
                "path": input,
                "expected": expected,
                "status": status,
                "added": checked.added,
                "removed": checked.removed,
                "violations": checked.violations,
            });
            if checked.written {
                object["written"] = Value::Bool(true);
            }
            self.print(&format!("{object}\n"));
            return;
        }
        let p = self.palette;
        let counts = || {
            format!(
                "{}+{}{} {}-{}{}",
                p.added(),
                checked.added,
                p.reset(),
                p.removed(),
                checked.removed,
                p.reset()
            )
        };
        let mut text = String::new();
        match checked.snapshot {
            Snapshot::Match => {}
            _ if checked.written => {
                let verb = if checked.snapshot == Snapshot::New {
                    "new"
                } else {
                    "updated"
                };
                text = format!("{verb}: {expected}");
                if self.stat {
                    text.push_str(&format!(" | {}", counts()));
                }
                text.push('\n');
            }
            Snapshot::Changed if self.stat => text = format!("{input} | {}\n", counts()),
            Snapshot::New if self.stat => {
                text = format!(
                    "{input} | new {}+{}{}\n",
                    p.added(),
                    checked.added,
                    p.reset()
                );
            }
            Snapshot::Changed => {
                text = format!("{}\n", p.bold(&format!("changed: {input}")));
                text.push_str(checked.diff.as_deref().unwrap_or_default());
            }
            Snapshot::New => text = format!("{}\n", p.bold(&format!("new: {input}"))),
        }
        for violation in &checked.violations {
            text.push_str(&format!(
                "{}pin violated{}: {input}: {violation}\n",
                p.removed(),
                p.reset()
            ));
        }
        self.print(&text);
    }

    pub fn orphan(&mut self, orphan: &Orphan) {
        let path = orphan.path.display().to_string();
        let text = if self.json {
            let mut object = json!({
                "path": path,
                "status": "orphan",
                "added": 0,
                "removed": 0,
                "violations": [],
            });
            if orphan.pruned {
                object["pruned"] = Value::Bool(true);
            }
            format!("{object}\n")
        } else if orphan.pruned {
            format!("pruned: {path}\n")
        } else if self.stat {
            format!("{path} | orphan\n")
        } else {
            format!("{}\n", self.palette.bold(&format!("orphan: {path}")))
        };
        self.print(&text);
    }

    /// Flushes stdout; a closed pipe is not an error.
    pub fn finish(mut self) -> io::Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        if self.closed {
            return Ok(());
        }
        match flush_out(&mut self.out) {
            Ok(()) | Err(WriteStop::Closed) => Ok(()),
            Err(WriteStop::Failed(e)) => Err(e),
        }
    }

    /// The error line on stderr (after what stdout holds so far, so a
    /// terminal shows them in order), and the object in JSON.
    fn failure(&mut self, failure: &Failure, input: &str, expected: &str) {
        if !self.closed && self.failed.is_none() {
            let _ = self.out.flush();
        }
        report(&failure.path.display().to_string(), &failure.why);
        if self.json {
            let why = if failure.path.display().to_string() == input {
                failure.why.clone()
            } else {
                format!("{}: {}", failure.path.display(), failure.why)
            };
            let object = json!({
                "path": input,
                "expected": expected,
                "status": "error",
                "added": 0,
                "removed": 0,
                "violations": [],
                "error": why,
            });
            self.print(&format!("{object}\n"));
        }
    }

    fn print(&mut self, text: &str) {
        if text.is_empty() || self.closed || self.failed.is_some() {
            return;
        }
        match write_out(&mut self.out, text) {
            Ok(()) => {}
            Err(WriteStop::Closed) => self.closed = true,
            Err(WriteStop::Failed(e)) => self.failed = Some(e),
        }
    }
}
