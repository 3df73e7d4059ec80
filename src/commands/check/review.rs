//! `pith check --review`: walk through the changes on a terminal. Each
//! changed or new document shows its diff and a prompt, `[a]ccept,
//! [r]eject, [s]kip, [q]uit`; accepting writes the expectation. Rejecting
//! and skipping both leave the expectation as it is (a rejected change is
//! one to fix in pith, a skipped one is left for later); the run still
//! exits 1 for them. Orphans are offered for removal the same way.

use super::{Doc, Orphan, Snapshot, remove_orphan};
use crate::batch::output;
use crate::check::diff::Palette;
use crate::commands::report;
use std::io::{self, BufRead, Write};
use std::path::Path;

/// What the reviewer decided, for the summary.
#[derive(Debug, Default)]
pub struct ReviewTally {
    pub accepted: usize,
    pub rejected: usize,
    pub skipped: usize,
    /// Accepted changes that could not be written.
    pub failed: usize,
}

enum Answer {
    Accept,
    Reject,
    Skip,
    Quit,
}

/// Reviews every document that differs, then every orphan not pruned.
pub fn review(
    docs: &mut [Doc],
    orphans: &mut [Orphan],
    palette: &Palette,
    expected_dir: &Path,
    forbidden: &Path,
) -> ReviewTally {
    let mut tally = ReviewTally::default();
    let total = docs
        .iter()
        .filter(|d| {
            d.result
                .as_ref()
                .is_ok_and(|c| c.snapshot != Snapshot::Match)
        })
        .count()
        + orphans.iter().filter(|o| !o.pruned).count();
    let mut seen = 0;
    let mut quit = false;
    let mut out = io::stdout().lock();
    for doc in docs.iter_mut() {
        let input = doc.input.display().to_string();
        let checked = match &mut doc.result {
            Ok(checked) => checked,
            Err(failure) => {
                let _ = out.flush();
                report(&failure.path.display().to_string(), &failure.why);
                continue;
            }
        };
        let mut violations = String::new();
        for violation in &checked.violations {
            violations.push_str(&format!(
                "{}pin violated{}: {input}: {violation}\n",
                palette.removed(),
                palette.reset()
            ));
        }
        if checked.snapshot == Snapshot::Match || quit {
            let _ = out.write_all(violations.as_bytes());
            tally.skipped += usize::from(checked.snapshot != Snapshot::Match);
            continue;
        }
        seen += 1;
        let verb = if checked.snapshot == Snapshot::New {
            "new"
        } else {
            "changed"
        };
        let _ = write!(
            out,
            "{} ({seen}/{total})\n{}{violations}",
            palette.bold(&format!("{verb}: {input}")),
            checked.diff.as_deref().unwrap_or_default()
        );
        match ask(&mut out, "[a]ccept, [r]eject, [s]kip, [q]uit? ") {
            Answer::Accept => {
                let text = checked.text.take().unwrap_or_default();
                match output::write_atomic(&doc.expected, text.as_bytes(), forbidden) {
                    Ok(()) => {
                        checked.written = true;
                        tally.accepted += 1;
                        let verb = if verb == "new" { "new" } else { "updated" };
                        let _ = writeln!(out, "{verb}: {}\n", doc.expected.display());
                    }
                    Err(e) => {
                        report(&doc.expected.display().to_string(), e);
                        tally.failed += 1;
                    }
                }
            }
            refusal => quit = count_refusal(refusal, &mut tally, &mut out),
        }
    }
    for orphan in orphans.iter_mut().filter(|o| !o.pruned) {
        if quit {
            tally.skipped += 1;
            continue;
        }
        seen += 1;
        let path = orphan.path.display().to_string();
        let _ = writeln!(
            out,
            "{} ({seen}/{total}): its input is gone",
            palette.bold(&format!("orphan: {path}"))
        );
        match ask(&mut out, "[a]ccept removal, [r]eject, [s]kip, [q]uit? ") {
            Answer::Accept => match remove_orphan(&orphan.path, expected_dir, forbidden) {
                Ok(()) => {
                    orphan.pruned = true;
                    tally.accepted += 1;
                    let _ = writeln!(out, "pruned: {path}\n");
                }
                Err(e) => {
                    report(&path, e);
                    tally.failed += 1;
                }
            },
            refusal => quit = count_refusal(refusal, &mut tally, &mut out),
        }
    }
    let _ = out.flush();
    tally
}

/// Counts an answer other than accept; returns whether the review stops.
fn count_refusal(answer: Answer, tally: &mut ReviewTally, out: &mut impl Write) -> bool {
    match answer {
        Answer::Reject => tally.rejected += 1,
        Answer::Skip | Answer::Accept => tally.skipped += 1,
        Answer::Quit => {
            tally.skipped += 1;
            return true;
        }
    }
    let _ = writeln!(out);
    false
}

/// Prompts until the answer is one of the four; the end of input is
/// `quit`.
fn ask(out: &mut impl Write, prompt: &str) -> Answer {
    let mut stdin = io::stdin().lock();
    loop {
        let _ = write!(out, "{prompt}");
        let _ = out.flush();
        let mut line = String::new();
        match stdin.read_line(&mut line) {
            Ok(0) | Err(_) => {
                let _ = writeln!(out);
                return Answer::Quit;
            }
            Ok(_) => {}
        }
        match line.trim().to_ascii_lowercase().as_str() {
            "a" | "accept" => return Answer::Accept,
            "r" | "reject" => return Answer::Reject,
            "s" | "skip" => return Answer::Skip,
            "q" | "quit" => return Answer::Quit,
            _ => {}
        }
    }
}
