//! Command-line types (clap derive) and their translation into library
//! options. Nothing outside `main.rs` and `commands/` sees these types.

use clap::{Parser, Subcommand, ValueEnum};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::time::Duration;

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
    /// Clean a directory tree in parallel into a mirror tree.
    Batch(BatchArgs),
    /// Check a corpus against its expected clean text (snapshot tests).
    Check(CheckArgs),
    /// Score pith against gold sets (ScrapingHub layout, or text dumps).
    Eval(EvalArgs),
    /// List every rule with its one-line description.
    Rules,
}

#[derive(Debug, clap::Args)]
pub struct CleanArgs {
    /// Files to clean; `-` reads stdin. No path reads stdin too.
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub cleaning: CleaningArgs,
    /// Show every block with what became of it and the rule that removed it.
    #[arg(long)]
    pub explain: bool,
    /// Read JSON Lines on stdin (`{"id": …, "html": …}` or
    /// `{"id": …, "text": …}`) and write one JSON object per record, in
    /// order, with its `id`.
    #[arg(long, conflicts_with_all = ["paths", "format", "input"])]
    pub jsonl: bool,
}

/// The cleaning flags `pith clean` and `pith batch` share.
#[derive(Debug, clap::Args)]
pub struct CleaningArgs {
    /// Input format; `auto` sniffs HTML versus text.
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    pub input: InputArg,
    /// Output format. `json` writes one object per input, one per line.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Keep comment sections (forum threads, reader comments).
    #[arg(long)]
    pub comments: bool,
    /// With `--format markdown`: keep links as `[text](url)`.
    #[arg(long)]
    pub links: bool,
    /// Refuse inputs larger than this many bytes (before and after gunzip).
    #[arg(long, default_value_t = pith::DEFAULT_MAX_INPUT_BYTES)]
    pub max_input_bytes: usize,
    /// Give a document up (one error line, exit 2 or next file) when
    /// cleaning it takes longer than this many seconds; 0: no limit.
    #[arg(long, value_name = "SECONDS", default_value_t = pith::DEFAULT_TIME_BUDGET.as_secs_f64(),
          value_parser = parse_seconds)]
    pub time_budget: f64,
    /// HTML parser: pith's own, or html5ever (the HTML standard's
    /// algorithm to the letter; slower, for checking a page).
    #[arg(long, value_enum, default_value_t = ParserArg::Pith)]
    pub html_parser: ParserArg,
}

/// A non-negative, finite number of seconds.
fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 && Duration::try_from_secs_f64(x).is_ok() => Ok(x),
        _ => Err(format!("`{s}` is not a number of seconds (0 or more)")),
    }
}

impl CleaningArgs {
    /// The library options these flags ask for.
    pub fn options(&self) -> pith::Options {
        pith::Options {
            input: self.input.into(),
            max_input_bytes: self.max_input_bytes,
            keep_comments: self.comments,
            template: None,
            time_budget: (self.time_budget > 0.0)
                .then(|| Duration::try_from_secs_f64(self.time_budget).ok())
                .flatten(),
            html_parser: self.html_parser.into(),
        }
    }
}

/// The tree-walking flags `pith batch` and `pith check` share.
#[derive(Debug, clap::Args)]
pub struct WalkArgs {
    /// Worker threads; default: all cores.
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,
    /// Follow symbolic links (loops are detected and reported).
    #[arg(short = 'L', long)]
    pub follow_links: bool,
    /// Input extensions, comma-separated; their `.gz` forms are implied.
    #[arg(
        long,
        value_name = "EXT,...",
        value_delimiter = ',',
        default_value = crate::batch::walk::DEFAULT_EXTENSIONS
    )]
    pub ext: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// The tree to clean; it is only read, never written.
    pub in_dir: PathBuf,
    /// Where the cleaned tree goes (created if missing); must not be inside
    /// IN_DIR.
    pub out_dir: PathBuf,
    #[command(flatten)]
    pub cleaning: CleaningArgs,
    #[command(flatten)]
    pub walking: WalkArgs,
    /// Clean every input again, even when its output is up to date.
    #[arg(long)]
    pub force: bool,
    /// First learn each site's template (text on many of its pages: menus,
    /// footers, boxes the page rules miss) and remove it under
    /// `template/repeated`. Sites are known by canonical URL host, else by
    /// folder. Every page is cleaned again on each run, since its output
    /// depends on the site's other pages.
    #[arg(long)]
    pub learn_templates: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The corpus: pages and dumps, with optional `<name>.expect.toml`
    /// pins beside them. Only read, never written.
    pub corpus_dir: PathBuf,
    /// The expected clean text: a mirror tree of `.txt` (`.md`, `.json`)
    /// files and `.pith-check.json`, the options they were made with.
    pub expected_dir: PathBuf,
    #[command(flatten)]
    pub cleaning: CleaningArgs,
    #[command(flatten)]
    pub walking: WalkArgs,
    /// Write every changed or new expectation (and the options file).
    #[arg(long, conflicts_with = "review")]
    pub update: bool,
    /// Remove expectations whose input is gone.
    #[arg(long)]
    pub prune: bool,
    /// Walk through the changes on the terminal, accepting or rejecting
    /// each one.
    #[arg(long, conflicts_with_all = ["stat", "format_report"])]
    pub review: bool,
    /// Show changed-line counts (`path | +3 -1`) instead of diffs.
    #[arg(long)]
    pub stat: bool,
    /// Colour the diffs: red removed lines, green added ones.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
    /// `json`: one JSON object per document on stdout instead of diffs.
    #[arg(long, value_enum, default_value_t = ReportArg::Text, value_name = "FORMAT")]
    pub format_report: ReportArg,
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
pub enum ParserArg {
    Pith,
    Html5ever,
}

impl From<ParserArg> for pith::HtmlParser {
    fn from(arg: ParserArg) -> Self {
        match arg {
            ParserArg::Pith => pith::HtmlParser::Pith,
            ParserArg::Html5ever => pith::HtmlParser::Html5ever,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Json,
}

/// When to colour: `auto` is when stdout is a terminal and `NO_COLOR` is
/// not set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportArg {
    Text,
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
