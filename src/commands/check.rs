//! `pith check CORPUS_DIR EXPECTED_DIR`: snapshot regression checks for a
//! corpus of pages and their expected clean text.
//!
//! The run: check the two directories (neither may hold the other), compare
//! this run's options with those the expectations were made with (refusing
//! a mismatch in one line), walk the corpus as `pith batch` does, and on a
//! pool of `--jobs` threads clean every document, check its pins and
//! compare it with its expectation; with `--update` the worker writes the
//! new expectation at once. A worker keeps only the diff (and for
//! `--review` the new text) of a document that differs. Then, in walk
//! order: the report (or the review), the orphans, the options file and
//! the summary.

mod report;
mod review;

use super::clean::read_input;
use super::{
    EXIT_ERROR, EXIT_NOTHING, EXIT_OK, out_extension, render_article, report, thread_pool,
};
use crate::batch::output;
use crate::batch::walk::{self, Job, Walk};
use crate::check::diff::{self, Palette};
use crate::check::options::{self, OPTIONS_NAME, SnapshotOptions};
use crate::check::pins;
use crate::cli::{CheckArgs, ColorArg, FormatArg, ReportArg};
use pith::{Article, InputError, Options, render};
use rayon::prelude::*;
use std::collections::HashSet;
use std::fs;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Where a document stands against its expectation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Snapshot {
    Match,
    Changed,
    /// No expectation yet.
    New,
}

/// A document that was cleaned and compared.
#[derive(Debug)]
pub struct Checked {
    pub snapshot: Snapshot,
    /// Lines only in today's output.
    pub added: usize,
    /// Lines only in the expectation.
    pub removed: usize,
    /// The unified diff, when the report or the review shows it.
    pub diff: Option<String>,
    /// The pins (`<name>.expect.toml`) it breaks.
    pub violations: Vec<String>,
    /// Today's output, kept for `--review` when it differs.
    pub text: Option<String>,
    /// Today's output is now the expectation (`--update`, or accepted).
    pub written: bool,
}

/// Why a document could not be checked: `path` is the file at fault
/// (the input, its side file, or its expectation).
#[derive(Debug)]
pub struct Failure {
    pub path: PathBuf,
    pub why: String,
}

/// One input of the corpus and what the check found.
#[derive(Debug)]
pub struct Doc {
    pub input: PathBuf,
    pub expected: PathBuf,
    pub result: Result<Checked, Failure>,
}

/// An expectation whose input is gone.
#[derive(Debug)]
pub struct Orphan {
    pub path: PathBuf,
    pub pruned: bool,
}

/// What every worker needs, shared read-only.
struct Context<'a> {
    options: Options,
    format: FormatArg,
    links: bool,
    corpus_dir: &'a Path,
    /// The canonical corpus directory, where nothing is ever written.
    corpus_canon: &'a Path,
    extensions: &'a [String],
    /// Write every changed or new expectation.
    update: bool,
    /// Keep the text and diff of new documents too (`--review`).
    review: bool,
    /// Render diffs with this palette; `None`: counts only.
    diffs: Option<Palette>,
}

pub fn run(args: &CheckArgs) -> u8 {
    if args.review && !io::stdin().is_terminal() {
        report(
            "--review",
            "stdin is not a terminal; review on a terminal, or accept every change with --update",
        );
        return EXIT_ERROR;
    }
    let extensions = match walk::parse_extensions(&args.walking.ext) {
        Ok(e) => e,
        Err(e) => {
            report("--ext", e);
            return EXIT_ERROR;
        }
    };
    let corpus_name = args.corpus_dir.display().to_string();
    let expected_name = args.expected_dir.display().to_string();
    let corpus_canon = match check_corpus(&args.corpus_dir) {
        Ok(p) => p,
        Err(e) => {
            report(&corpus_name, e);
            return EXIT_ERROR;
        }
    };
    let create = args.update || args.review;
    let expected_canon = match prepare_expected(args, &corpus_canon, create) {
        Ok(p) => p,
        Err(e) => {
            report(&expected_name, e);
            return EXIT_ERROR;
        }
    };
    let current = SnapshotOptions::of(&args.cleaning);
    let recorded = match compare_options(args, &current) {
        Ok(recorded) => recorded,
        Err(e) => {
            report(&expected_name, e);
            return EXIT_ERROR;
        }
    };
    let Some(pool) = thread_pool(args.walking.jobs) else {
        return EXIT_ERROR;
    };

    let found = walk::walk(
        &Walk {
            in_dir: &args.corpus_dir,
            out_dir: &args.expected_dir,
            out_canon: &expected_canon,
            extensions: &extensions,
            out_extension: out_extension(args.cleaning.format),
            manifest: OPTIONS_NAME,
            follow_links: args.walking.follow_links,
        },
        &mut |path, why| report(&path.display().to_string(), why),
    );
    let mut failed = found.failed;
    let json = args.format_report == ReportArg::Json;
    let palette = Palette::new(!json && use_color(args.color));
    let context = Context {
        options: args.cleaning.options(),
        format: args.cleaning.format,
        links: args.cleaning.links,
        corpus_dir: &args.corpus_dir,
        corpus_canon: &corpus_canon,
        extensions: &extensions,
        update: args.update,
        review: args.review,
        diffs: (args.review || !(json || args.stat || args.update)).then_some(palette),
    };
    let mut docs: Vec<Doc> = pool.install(|| {
        found
            .jobs
            .par_iter()
            .map(|job| check_one(job, &context))
            .collect()
    });

    let claimed: HashSet<PathBuf> = found.jobs.iter().map(|j| j.output.clone()).collect();
    let mut orphans: Vec<Orphan> = find_orphans(&args.expected_dir, &claimed, &mut failed)
        .into_iter()
        .map(|path| Orphan {
            path,
            pruned: false,
        })
        .collect();
    if args.prune {
        if found.failed > 0 {
            report(
                &corpus_name,
                "not pruning: parts of the corpus could not be read, so orphans cannot be told",
            );
        } else {
            failed += prune(&mut orphans, &args.expected_dir, &corpus_canon);
        }
    }

    let mut extras = Vec::new();
    if args.review {
        let tally = review::review(
            &mut docs,
            &mut orphans,
            &palette,
            &args.expected_dir,
            &corpus_canon,
        );
        failed += tally.failed;
        extras.push(format!(
            "accepted {}, rejected {}, skipped {}",
            tally.accepted, tally.rejected, tally.skipped
        ));
    } else {
        let mut out = report::Report::new(json, args.stat, palette);
        for doc in &docs {
            out.doc(doc);
        }
        for orphan in &orphans {
            out.orphan(orphan);
        }
        if let Err(e) = out.finish() {
            report("stdout", e);
            failed += 1;
        }
    }

    let written = docs
        .iter()
        .filter(|d| d.result.as_ref().is_ok_and(|c| c.written))
        .count();
    let tally = Tally::of(&docs, &orphans, failed);
    if (args.update || written > 0) && recorded.as_ref() != Some(&current) {
        if let Err(e) = options::write(&args.expected_dir, &current, &corpus_canon) {
            report(
                &args.expected_dir.join(OPTIONS_NAME).display().to_string(),
                e,
            );
            return EXIT_ERROR;
        }
    } else if recorded.is_none() && tally.matched + tally.changed + tally.orphaned > 0 {
        report(
            &expected_name,
            format!(
                "note: no {OPTIONS_NAME}, so the options of these expectations are unknown; \
                 --update records them"
            ),
        );
    }
    if args.update || written > 0 {
        extras.insert(0, format!("wrote {written}"));
    }
    if args.prune || tally.pruned > 0 {
        extras.push(format!("pruned {}", tally.pruned));
    }
    tally.summary(&extras);
    tally.exit_code()
}

/// The counts for the summary line and the exit code.
#[derive(Debug, Default)]
struct Tally {
    matched: usize,
    changed: usize,
    new: usize,
    orphaned: usize,
    violations: usize,
    failed: usize,
    pruned: usize,
    /// Changed or new documents whose expectation was not rewritten, and
    /// orphans still there.
    unresolved: usize,
}

impl Tally {
    fn of(docs: &[Doc], orphans: &[Orphan], failed: usize) -> Tally {
        let mut tally = Tally {
            failed,
            orphaned: orphans.len(),
            ..Tally::default()
        };
        for orphan in orphans {
            if orphan.pruned {
                tally.pruned += 1;
            } else {
                tally.unresolved += 1;
            }
        }
        for doc in docs {
            let Ok(checked) = &doc.result else {
                tally.failed += 1;
                continue;
            };
            tally.violations += checked.violations.len();
            match checked.snapshot {
                Snapshot::Match => tally.matched += 1,
                Snapshot::Changed => tally.changed += 1,
                Snapshot::New => tally.new += 1,
            }
            if checked.snapshot != Snapshot::Match && !checked.written {
                tally.unresolved += 1;
            }
        }
        tally
    }

    /// `pith check: 80 match, 2 changed, 1 new, 0 orphaned, 0 pins violated`,
    /// then `, N failed` when some did, then what was written.
    fn summary(&self, extras: &[String]) {
        let mut line = format!(
            "pith check: {} match, {} changed, {} new, {} orphaned, {} pins violated",
            self.matched, self.changed, self.new, self.orphaned, self.violations
        );
        if self.failed > 0 {
            line.push_str(&format!(", {} failed", self.failed));
        }
        if !extras.is_empty() {
            line.push_str("; ");
            line.push_str(&extras.join(", "));
        }
        eprintln!("{line}");
    }

    /// 2 when something failed, 1 when something differs or a pin is
    /// broken, 0 when everything matches.
    fn exit_code(&self) -> u8 {
        if self.failed > 0 {
            EXIT_ERROR
        } else if self.violations > 0 || self.unresolved > 0 {
            EXIT_NOTHING
        } else {
            EXIT_OK
        }
    }
}

/// The corpus directory, canonical, once it is known to be a readable
/// directory.
fn check_corpus(dir: &Path) -> io::Result<PathBuf> {
    if !fs::metadata(dir)?.is_dir() {
        return Err(io::Error::other("not a directory"));
    }
    fs::read_dir(dir)?;
    dir.canonicalize()
}

/// Checks that the expectations directory and the corpus do not hold one
/// another (expectations would be read as inputs, or inputs pruned as
/// orphans), creates it when `create`, and returns it canonical.
fn prepare_expected(args: &CheckArgs, corpus_canon: &Path, create: bool) -> io::Result<PathBuf> {
    let dir = &args.expected_dir;
    let overlap = |resolved: &Path| -> io::Result<()> {
        let corpus = args.corpus_dir.display();
        if resolved.starts_with(corpus_canon) {
            Err(io::Error::other(format!(
                "is inside the corpus directory {corpus}: keep expectations apart from inputs"
            )))
        } else if corpus_canon.starts_with(resolved) {
            Err(io::Error::other(format!(
                "holds the corpus directory {corpus}: keep expectations apart from inputs"
            )))
        } else {
            Ok(())
        }
    };
    overlap(&output::resolve(dir)?)?;
    if create {
        fs::create_dir_all(dir)?;
    }
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(io::Error::other("not a directory")),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(io::Error::other(
                "no such directory; run with --update to write the expectations",
            ));
        }
        Err(e) => return Err(e),
    }
    fs::read_dir(dir)?;
    let canon = dir.canonicalize()?;
    overlap(&canon)?;
    if create {
        output::probe_writable(dir).map_err(|e| io::Error::other(format!("cannot write: {e}")))?;
    }
    Ok(canon)
}

/// Reads the recorded options and compares them with this run's. A
/// mismatch is an error unless `--update` (which rewrites them); a new
/// pith version is only a note.
fn compare_options(
    args: &CheckArgs,
    current: &SnapshotOptions,
) -> Result<Option<SnapshotOptions>, String> {
    let expected_name = args.expected_dir.display().to_string();
    let recorded = match options::read(&args.expected_dir) {
        Ok(recorded) => recorded,
        Err(e) if args.update => {
            report(&expected_name, format!("note: {e}; rewriting it"));
            None
        }
        Err(e) => return Err(format!("{e}; rerun with --update to rewrite it")),
    };
    let Some(recorded) = recorded else {
        return Ok(None);
    };
    let differences = recorded.differences(current);
    if !differences.is_empty() {
        if !args.update {
            return Err(options::mismatch(&differences));
        }
        let (old, new): (Vec<_>, Vec<_>) = differences.into_iter().unzip();
        report(
            &expected_name,
            format!(
                "note: made with {}, now {}; updating them",
                old.join(" and "),
                new.join(" and ")
            ),
        );
    } else if recorded.pith_version != current.pith_version {
        report(
            &expected_name,
            format!(
                "note: made with pith {}, this is pith {}",
                recorded.pith_version, current.pith_version
            ),
        );
    }
    Ok(Some(recorded))
}

/// `--color`: `auto` colours when stdout is a terminal and `NO_COLOR` is
/// unset or empty.
fn use_color(color: ColorArg) -> bool {
    match color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

fn check_one(job: &Job, context: &Context) -> Doc {
    Doc {
        input: job.input.clone(),
        expected: job.output.clone(),
        result: check_job(job, context),
    }
}

/// Cleans one input, checks its pins, compares it with its expectation
/// and, with `--update`, writes it.
fn check_job(job: &Job, context: &Context) -> Result<Checked, Failure> {
    let input_failure = |why: String| Failure {
        path: job.input.clone(),
        why,
    };
    let limit = context.options.max_input_bytes;
    let size = fs::metadata(&job.input)
        .map_err(|e| input_failure(e.to_string()))?
        .len();
    if size > u64::try_from(limit).unwrap_or(u64::MAX) {
        return Err(input_failure(InputError::TooLarge { limit }.to_string()));
    }
    let bytes = read_input(&job.input, limit).map_err(|e| input_failure(e.to_string()))?;
    let article =
        pith::clean_owned(bytes, &context.options).map_err(|e| input_failure(e.to_string()))?;
    let violations = check_pins(job, &article, context.extensions)?;
    let text = expectation_text(&article, context, &source_name(job, context.corpus_dir));
    drop(article);

    let expected_failure = |e: io::Error| Failure {
        path: job.output.clone(),
        why: e.to_string(),
    };
    let old = match fs::read(&job.output) {
        Ok(old) => Some(old),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(expected_failure(e)),
    };
    let input_name = job.input.display().to_string();
    let (snapshot, comparison) = match &old {
        Some(old) if old.as_slice() == text.as_bytes() => {
            (Snapshot::Match, diff::Comparison::default())
        }
        Some(old) => {
            let old = String::from_utf8_lossy(old);
            let names = (job.output.display().to_string(), input_name);
            let names = (names.0.as_str(), names.1.as_str());
            (
                Snapshot::Changed,
                diff::compare(&old, &text, names, context.diffs.as_ref()),
            )
        }
        None if context.review => (
            Snapshot::New,
            diff::compare(
                "",
                &text,
                ("/dev/null", &input_name),
                context.diffs.as_ref(),
            ),
        ),
        None => (
            Snapshot::New,
            diff::Comparison {
                added: text.lines().count(),
                ..diff::Comparison::default()
            },
        ),
    };
    let mut written = false;
    if context.update && snapshot != Snapshot::Match {
        output::write_atomic(&job.output, text.as_bytes(), context.corpus_canon)
            .map_err(expected_failure)?;
        written = true;
    }
    Ok(Checked {
        snapshot,
        added: comparison.added,
        removed: comparison.removed,
        diff: comparison.diff,
        violations,
        text: (context.review && snapshot != Snapshot::Match).then_some(text),
        written,
    })
}

/// The pins of `job`'s side file that `article` breaks.
fn check_pins(job: &Job, article: &Article, extensions: &[String]) -> Result<Vec<String>, Failure> {
    let Some(stem) = walk::input_stem(&job.input, extensions) else {
        return Ok(Vec::new());
    };
    let side = pins::side_file(&job.input, stem);
    match pins::read(&side) {
        Ok(Some(pins)) => Ok(pins.violations(article)),
        Ok(None) => Ok(Vec::new()),
        Err(why) => Err(Failure { path: side, why }),
    }
}

/// What the expectation of `article` holds: what `pith clean` prints for
/// it, except that JSON is pretty-printed (one key per line), so a diff
/// shows which field changed.
fn expectation_text(article: &Article, context: &Context, source: &str) -> String {
    match context.format {
        FormatArg::Json => {
            let value = render::json(article, source);
            let mut text =
                serde_json::to_string_pretty(&value).unwrap_or_else(|_| value.to_string());
            text.push('\n');
            text
        }
        format => render_article(article, format, context.links, source),
    }
}

/// The input's path below the corpus directory, with `/` between folders:
/// the `source` of JSON expectations, the same wherever the corpus is
/// checked out.
fn source_name(job: &Job, corpus_dir: &Path) -> String {
    let relative = job.input.strip_prefix(corpus_dir).unwrap_or(&job.input);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The expectations below `expected_dir` that no input claims: files
/// ending in `.txt`, `.md` or `.json` (any format's, so that a change of
/// `--format` leaves the old ones as orphans), hidden ones aside.
fn find_orphans(
    expected_dir: &Path,
    claimed: &HashSet<PathBuf>,
    failed: &mut usize,
) -> Vec<PathBuf> {
    let is_hidden = |entry: &walkdir::DirEntry| {
        entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.')
    };
    let mut orphans = Vec::new();
    for entry in WalkDir::new(expected_dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_hidden(e))
    {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(expected_dir).display().to_string();
                report(&path, e);
                *failed += 1;
                continue;
            }
        };
        let is_expectation = entry.path().extension().is_some_and(|ext| {
            [FormatArg::Text, FormatArg::Markdown, FormatArg::Json]
                .iter()
                .any(|&f| ext.eq_ignore_ascii_case(out_extension(f)))
        });
        if entry.file_type().is_file() && is_expectation && !claimed.contains(entry.path()) {
            orphans.push(entry.into_path());
        }
    }
    orphans
}

/// Removes the orphans (and folders left empty by it, up to
/// `expected_dir`); returns how many could not be removed.
fn prune(orphans: &mut [Orphan], expected_dir: &Path, forbidden: &Path) -> usize {
    let mut failed = 0;
    for orphan in orphans {
        match remove_orphan(&orphan.path, expected_dir, forbidden) {
            Ok(()) => orphan.pruned = true,
            Err(e) => {
                report(&orphan.path.display().to_string(), e);
                failed += 1;
            }
        }
    }
    failed
}

/// Removes one orphan, then its folders while they are empty.
pub(crate) fn remove_orphan(path: &Path, expected_dir: &Path, forbidden: &Path) -> io::Result<()> {
    output::remove_stale(path, forbidden)?;
    let mut folder = path.parent();
    while let Some(dir) = folder {
        if dir == expected_dir || !dir.starts_with(expected_dir) || fs::remove_dir(dir).is_err() {
            break;
        }
        folder = dir.parent();
    }
    Ok(())
}
