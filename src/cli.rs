//! Command-line types (clap derive) and their translation into library
//! options. Nothing outside `main.rs` and `commands/` sees these types.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Strips boilerplate from web pages and text dumps of web pages, and keeps
/// the article.
#[derive(Debug, Parser)]
#[command(name = "pith", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Clean files (or stdin, as `-` or when no path is given) to stdout.
    Clean(CleanArgs),
    /// Score pith against gold sets (ScrapingHub layout, or text dumps).
    Eval(EvalArgs),
    /// List every rule with its one-line description.
    Rules,
}

#[derive(Debug, clap::Args)]
pub struct CleanArgs {
    /// Files to clean; `-` reads stdin. No path reads stdin too.
    pub paths: Vec<PathBuf>,
    /// Input format; `auto` sniffs HTML versus text.
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    pub input: InputArg,
    /// Output format. `json` writes one object per input, one per line.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Show every block with what became of it and the rule that removed it.
    #[arg(long)]
    pub explain: bool,
    /// Keep comment sections (forum threads, reader comments).
    #[arg(long)]
    pub comments: bool,
    /// With `--format markdown`: keep links as `[text](url)`.
    #[arg(long)]
    pub links: bool,
    /// Refuse inputs larger than this many bytes (before and after gunzip).
    #[arg(long, default_value_t = pith::DEFAULT_MAX_INPUT_BYTES)]
    pub max_input_bytes: usize,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Gold set folders (e.g. ../shared/bench/textdump-dev).
    #[arg(required = true)]
    pub sets: Vec<PathBuf>,
    /// A file of `<set-name> <min-f1>` lines; exit 1 if a set scores below.
    #[arg(long)]
    pub floors: Option<PathBuf>,
    /// How many of the worst pages to list per set.
    #[arg(long, default_value_t = 5)]
    pub worst: usize,
    /// Write each set's predictions as `<dir>/<set-name>.json`, in the
    /// format `score_shingles.py` reads.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputArg {
    Auto,
    Html,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Json,
}

impl From<InputArg> for pith::FormatHint {
    fn from(arg: InputArg) -> Self {
        match arg {
            InputArg::Auto => pith::FormatHint::Auto,
            InputArg::Html => pith::FormatHint::Html,
            InputArg::Text => pith::FormatHint::Text,
        }
    }
}
