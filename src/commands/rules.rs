//! `pith rules`: the rule catalogue.

use super::{EXIT_ERROR, EXIT_OK, WriteStop, flush_out, report, write_out};
use std::fmt::Write as _;

pub fn run() -> u8 {
    let rules = pith::rules::all();
    let width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let mut text = String::new();
    for rule in rules {
        let _ = writeln!(text, "{:<width$}  {}", rule.name, rule.summary);
    }
    let mut out = std::io::stdout().lock();
    match write_out(&mut out, &text).and_then(|()| flush_out(&mut out)) {
        Ok(()) | Err(WriteStop::Closed) => EXIT_OK,
        Err(WriteStop::Failed(e)) => {
            report("stdout", e);
            EXIT_ERROR
        }
    }
}
