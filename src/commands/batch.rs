//! `pith batch IN_DIR OUT_DIR`: clean a tree in parallel into a mirror
//! tree.
//!
//! The run: check the two directories (the output must not be inside the
//! input), read the manifest of the last run, collect the input paths,
//! clean them on a pool of `--jobs` threads (each worker reads, cleans,
//! writes and drops one file at a time), write the manifest, and print a
//! summary. One bad file is reported and the run goes on.

use super::clean::read_input;
use super::{
    EXIT_ERROR, EXIT_NOTHING, EXIT_OK, out_extension, render_article, report, thread_pool,
    value_name,
};
use crate::batch::interrupt::{self, EXIT_INTERRUPTED};
use crate::batch::manifest::{self, Manifest};
use crate::batch::output;
use crate::batch::templates;
use crate::batch::walk::{self, Job, Walk};
use crate::cli::{BatchArgs, FormatArg};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use pith::{InputError, Options};
use rayon::prelude::*;
use std::collections::HashSet;
use std::fmt::{self, Display};
use std::fs;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Instant, SystemTime};

/// The progress bar's layout: files done of all, rate, time left.
const PROGRESS_TEMPLATE: &str = "{bar:40} {pos}/{len} files  {rate}  ETA {eta}";

/// What became of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Cleaned,
    /// Its output was newer than it, made with the same options.
    Unchanged,
    /// No article content: nothing written, a stale output removed.
    Empty,
    Failed,
}

/// The counts for the summary line.
#[derive(Default)]
struct Counts {
    cleaned: AtomicUsize,
    unchanged: AtomicUsize,
    empty: AtomicUsize,
    skipped: AtomicUsize,
    failed: AtomicUsize,
}

impl Counts {
    fn add(&self, outcome: Outcome) {
        let counter = match outcome {
            Outcome::Cleaned => &self.cleaned,
            Outcome::Unchanged => &self.unchanged,
            Outcome::Empty => &self.empty,
            Outcome::Failed => &self.failed,
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    fn get(counter: &AtomicUsize) -> usize {
        counter.load(Ordering::Relaxed)
    }
}

/// What every worker needs, shared read-only.
struct Context<'a> {
    options: Options,
    format: FormatArg,
    links: bool,
    /// Clean every input, up to date or not.
    redo_all: bool,
    /// The canonical input directory, where nothing is ever written.
    in_canon: &'a Path,
    progress: &'a Progress,
}

/// A progress bar on stderr when it is a terminal, nothing otherwise.
/// Notes go through it so they do not tear the bar.
struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    fn new(total: usize) -> Progress {
        if !io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let style = ProgressStyle::with_template(PROGRESS_TEMPLATE)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key("rate", |state: &ProgressState, w: &mut dyn fmt::Write| {
                let _ = write!(w, "{:.1} files/s", state.per_sec());
            });
        let bar = ProgressBar::with_draw_target(
            Some(u64::try_from(total).unwrap_or(u64::MAX)),
            ProgressDrawTarget::stderr(),
        )
        .with_style(style);
        Progress { bar: Some(bar) }
    }

    fn note(&self, what: &Path, why: impl Display) {
        let what = what.display().to_string();
        match &self.bar {
            Some(bar) => bar.suspend(|| report(&what, why)),
            None => report(&what, why),
        }
    }

    fn inc(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

pub fn run(args: &BatchArgs) -> u8 {
    let start = Instant::now();
    let extensions = match walk::parse_extensions(&args.walking.ext) {
        Ok(e) => e,
        Err(e) => {
            report("--ext", e);
            return EXIT_ERROR;
        }
    };
    let in_canon = match check_in_dir(&args.in_dir) {
        Ok(p) => p,
        Err(e) => {
            report(&args.in_dir.display().to_string(), e);
            return EXIT_ERROR;
        }
    };
    let out_canon = match prepare_out_dir(&args.out_dir, &args.in_dir, &in_canon) {
        Ok(p) => p,
        Err(e) => {
            report(&args.out_dir.display().to_string(), e);
            return EXIT_ERROR;
        }
    };
    let cleaning = &args.cleaning;
    let current = Manifest {
        pith_version: env!("CARGO_PKG_VERSION").to_string(),
        format: value_name(cleaning.format),
        input: value_name(cleaning.input),
        links: cleaning.links,
        comments: cleaning.comments,
        learn_templates: args.learn_templates,
        max_input_bytes: u64::try_from(cleaning.max_input_bytes).unwrap_or(u64::MAX),
    };
    let same_options = manifest::read(&args.out_dir).as_ref() == Some(&current);
    if !same_options && let Err(e) = manifest::remove(&args.out_dir, &in_canon) {
        report(&args.out_dir.display().to_string(), e);
        return EXIT_ERROR;
    }
    let Some(pool) = thread_pool(args.walking.jobs) else {
        return EXIT_ERROR;
    };
    if let Err(e) = interrupt::catch() {
        report(
            "signals",
            format!("Ctrl-C will not stop the run cleanly: {e}"),
        );
    }

    let found = walk::walk(
        &Walk {
            in_dir: &args.in_dir,
            out_dir: &args.out_dir,
            out_canon: &out_canon,
            extensions: &extensions,
            out_extension: out_extension(cleaning.format),
            manifest: manifest::MANIFEST_NAME,
            follow_links: args.walking.follow_links,
        },
        &mut |path, why| report(&path.display().to_string(), why),
    );
    let counts = Counts {
        skipped: AtomicUsize::new(found.skipped),
        failed: AtomicUsize::new(found.failed),
        ..Counts::default()
    };
    let progress = Progress::new(found.jobs.len());
    let context = Context {
        options: cleaning.options(),
        format: cleaning.format,
        links: cleaning.links,
        redo_all: args.force || !same_options || args.learn_templates,
        in_canon: &in_canon,
        progress: &progress,
    };
    let learned = args
        .learn_templates
        .then(|| pool.install(|| templates::learn(&found.jobs, &args.in_dir, &context.options)));
    if let Some(learned) = &learned {
        progress.note(
            &args.in_dir,
            format!("learned {} template texts", learned.texts),
        );
    }
    pool.install(|| {
        found.jobs.par_iter().enumerate().for_each(|(i, job)| {
            if interrupt::requested() {
                return;
            }
            let template = learned.as_ref().and_then(|l| l.per_job[i].clone());
            counts.add(process(job, &context, template));
            progress.inc();
        });
    });
    progress.finish();
    if interrupt::requested() {
        summary(&counts, found.jobs.len(), start);
        // The manifest is not written: a run with new options that was
        // cut short must not vouch for the old outputs it left.
        eprintln!("pith: interrupted: every output written is whole; run again to clean the rest");
        return EXIT_INTERRUPTED;
    }

    let mut code = EXIT_OK;
    if !same_options && let Err(e) = manifest::write(&args.out_dir, &current, &in_canon) {
        report(
            &args
                .out_dir
                .join(manifest::MANIFEST_NAME)
                .display()
                .to_string(),
            e,
        );
        code = EXIT_NOTHING;
    }
    summary(&counts, found.jobs.len(), start);
    if Counts::get(&counts.failed) > 0 || Counts::get(&counts.empty) > 0 {
        code = EXIT_NOTHING;
    }
    code
}

/// The input directory, canonical, once it is known to be a readable
/// directory.
fn check_in_dir(in_dir: &Path) -> io::Result<PathBuf> {
    if !fs::metadata(in_dir)?.is_dir() {
        return Err(io::Error::other("not a directory"));
    }
    fs::read_dir(in_dir)?;
    in_dir.canonicalize()
}

/// Creates the output directory, after checking that it is not the input
/// directory or inside it, and checks that files can be written there.
/// Returns it canonical.
fn prepare_out_dir(out_dir: &Path, in_dir: &Path, in_canon: &Path) -> io::Result<PathBuf> {
    let inside = || {
        io::Error::other(format!(
            "is inside the input directory {}: pith batch never writes there",
            in_dir.display()
        ))
    };
    if output::resolve(out_dir)?.starts_with(in_canon) {
        return Err(inside());
    }
    fs::create_dir_all(out_dir)?;
    let out_canon = out_dir.canonicalize()?;
    if out_canon.starts_with(in_canon) {
        return Err(inside());
    }
    if !out_canon.is_dir() {
        return Err(io::Error::other("not a directory"));
    }
    output::probe_writable(out_dir).map_err(|e| io::Error::other(format!("cannot write: {e}")))?;
    Ok(out_canon)
}

/// Cleans one input into its output.
fn process(job: &Job, context: &Context, template: Option<Arc<HashSet<u64>>>) -> Outcome {
    let progress = context.progress;
    let input_meta = match fs::metadata(&job.input) {
        Ok(m) => m,
        Err(e) => {
            progress.note(&job.input, e);
            return Outcome::Failed;
        }
    };
    if !context.redo_all && is_up_to_date(input_meta.modified().ok(), &job.output) {
        return Outcome::Unchanged;
    }
    let limit = context.options.max_input_bytes;
    if input_meta.len() > u64::try_from(limit).unwrap_or(u64::MAX) {
        progress.note(&job.input, InputError::TooLarge { limit });
        return Outcome::Failed;
    }
    let name = job.input.to_string_lossy();
    let article = match read_input(&job.input, limit)
        .map_err(|e| e.to_string())
        .and_then(|bytes| {
            let options = Options {
                template,
                ..context.options.clone()
            };
            pith::clean_owned(bytes, &options).map_err(|e| e.to_string())
        }) {
        Ok(article) => article,
        Err(e) => {
            progress.note(&job.input, e);
            return Outcome::Failed;
        }
    };
    if article.is_empty() {
        if let Err(e) = output::remove_stale(&job.output, context.in_canon) {
            progress.note(&job.output, e);
            return Outcome::Failed;
        }
        progress.note(&job.input, "no article content found");
        return Outcome::Empty;
    }
    let text = render_article(&article, context.format, context.links, &name);
    drop(article);
    match output::write_atomic(&job.output, text.as_bytes(), context.in_canon) {
        Ok(()) => Outcome::Cleaned,
        Err(e) => {
            progress.note(&job.output, e);
            Outcome::Failed
        }
    }
}

/// The output exists and was written after the input last changed.
fn is_up_to_date(input_modified: Option<SystemTime>, output: &Path) -> bool {
    let Some(input_modified) = input_modified else {
        return false;
    };
    fs::metadata(output)
        .ok()
        .filter(fs::Metadata::is_file)
        .and_then(|m| m.modified().ok())
        .is_some_and(|output_modified| output_modified > input_modified)
}

/// `pith: cleaned N, unchanged N, empty N, skipped N, failed N in 1.23 s (456.7 files/s)`.
fn summary(counts: &Counts, inputs: usize, start: Instant) {
    let seconds = start.elapsed().as_secs_f64();
    let rate = if seconds > 0.0 {
        inputs as f64 / seconds
    } else {
        0.0
    };
    eprintln!(
        "pith: cleaned {}, unchanged {}, empty {}, skipped {}, failed {} in {seconds:.2} s ({rate:.1} files/s)",
        Counts::get(&counts.cleaned),
        Counts::get(&counts.unchanged),
        Counts::get(&counts.empty),
        Counts::get(&counts.skipped),
        Counts::get(&counts.failed),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page with enough prose to be an article.
    const PAGE: &str = "<html><body><article><h1>Harbour reopens</h1><p>The harbour \
        reopened on Monday after a winter of repairs to the sea wall, and the first \
        fishing boats were back at their moorings by noon.</p><p>Traders on the quay \
        said the spring season would tell whether the long closure had cost them \
        their regular customers.</p></article></body></html>";

    #[test]
    fn a_file_gone_between_walk_and_read_fails_alone() {
        let root = std::env::temp_dir().join(format!("pith-unit-gone-{}", std::process::id()));
        let (in_dir, out_dir) = (root.join("in"), root.join("out"));
        fs::create_dir_all(&in_dir).unwrap();
        fs::create_dir_all(&out_dir).unwrap();
        fs::write(in_dir.join("kept.html"), PAGE).unwrap();
        fs::write(in_dir.join("gone.html"), PAGE).unwrap();
        let in_canon = in_dir.canonicalize().unwrap();
        let out_canon = out_dir.canonicalize().unwrap();
        let extensions = walk::parse_extensions(&["html".to_string()]).unwrap();
        let found = walk::walk(
            &Walk {
                in_dir: &in_dir,
                out_dir: &out_dir,
                out_canon: &out_canon,
                extensions: &extensions,
                out_extension: "txt",
                manifest: manifest::MANIFEST_NAME,
                follow_links: false,
            },
            &mut |path, why| panic!("{}: {why}", path.display()),
        );
        assert_eq!(found.jobs.len(), 2);
        fs::remove_file(in_dir.join("gone.html")).unwrap();

        let progress = Progress { bar: None };
        let context = Context {
            options: Options::default(),
            format: FormatArg::Text,
            links: false,
            redo_all: true,
            in_canon: &in_canon,
            progress: &progress,
        };
        let outcomes: Vec<(String, Outcome)> = found
            .jobs
            .iter()
            .map(|job| {
                let name = job
                    .input
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (name, process(job, &context, None))
            })
            .collect();
        let written = (
            out_dir.join("kept.txt").is_file(),
            out_dir.join("gone.txt").exists(),
        );
        let _ = fs::remove_dir_all(&root);
        assert_eq!(written, (true, false), "(kept.txt, gone.txt) written");
        for (name, outcome) in outcomes {
            let expected = if name == "gone.html" {
                Outcome::Failed
            } else {
                Outcome::Cleaned
            };
            assert_eq!(outcome, expected, "{name}");
        }
    }
}
