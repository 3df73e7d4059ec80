//! One module per subcommand, plus the output plumbing they share.

pub mod batch;
pub mod check;
pub mod clean;
pub mod eval;
pub mod jsonl;
pub mod rules;

use crate::cli::FormatArg;
use clap::ValueEnum;
use pith::{Article, render};
use std::io::{self, Write};

/// Exit code: content was written.
pub const EXIT_OK: u8 = 0;
/// Exit code: no article content found (or some sets below their floor).
pub const EXIT_NOTHING: u8 = 1;
/// Exit code: usage errors, unreadable input, failed output.
pub const EXIT_ERROR: u8 = 2;

/// Why writing stopped.
pub enum WriteStop {
    /// The reader went away (`| head`): stop quietly.
    Closed,
    Failed(io::Error),
}

/// Writes `s` to `out`, telling a closed pipe from a real failure.
pub fn write_out(out: &mut impl Write, s: &str) -> Result<(), WriteStop> {
    out.write_all(s.as_bytes()).map_err(classify_write_error)
}

pub fn flush_out(out: &mut impl Write) -> Result<(), WriteStop> {
    out.flush().map_err(classify_write_error)
}

fn classify_write_error(e: io::Error) -> WriteStop {
    if e.kind() == io::ErrorKind::BrokenPipe {
        WriteStop::Closed
    } else {
        WriteStop::Failed(e)
    }
}

/// Prints the one-line error format: `pith: <what>: <why>`.
pub fn report(what: &str, why: impl std::fmt::Display) {
    eprintln!("pith: {what}: {why}");
}

/// One cleaned document as `pith clean` writes it for a single input (no
/// `==> path <==` header, no explain view). `pith clean` and `pith batch`
/// both call this, so a batch output is byte for byte what `pith clean`
/// prints for that file alone. `source` names the input in JSON.
pub fn render_article(article: &Article, format: FormatArg, links: bool, source: &str) -> String {
    match format {
        FormatArg::Json => format!("{}\n", render::json(article, source)),
        FormatArg::Text | FormatArg::Markdown if article.is_empty() => String::new(),
        FormatArg::Markdown => render::markdown(article, links),
        FormatArg::Text => render::text(article),
    }
}

/// The extension of an output file in a format (`txt`, `md`, `json`), as
/// `pith batch` and `pith check` name their mirror trees.
pub fn out_extension(format: FormatArg) -> &'static str {
    match format {
        FormatArg::Text => "txt",
        FormatArg::Markdown => "md",
        FormatArg::Json => "json",
    }
}

/// A flag value as it is written on the command line (`markdown`).
pub fn value_name(value: impl ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

/// A pool of `jobs` worker threads (all cores when not given); on failure
/// the error is reported and `None` returned.
pub fn thread_pool(jobs: Option<std::num::NonZeroUsize>) -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.map_or(0, usize::from))
        .build()
        .map_err(|e| report("--jobs", e))
        .ok()
}
