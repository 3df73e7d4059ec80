//! Process-level figures: what a user waits for when running the binary.
//!
//! * `pith clean FILE` on a page of about 100 KB, on a one-line dump and
//!   `pith --version`: start-up is what a one-page run pays for, and the
//!   last two show how much of it is the process itself;
//! * `pith batch` with `-j1` and `-j2` over a tree of every benchmark page
//!   and dump, for files/s and MB/s and the gain from a second core.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs of `pith clean` per figure; the median is reported.
const CLEAN_RUNS: usize = 41;
/// Runs of `pith batch` per job count; the best is reported.
const BATCH_RUNS: usize = 3;
/// The page size `pith clean` is timed on.
const PAGE_BYTES: usize = 100 * 1024;

/// A directory under the system temp dir, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        let dir = std::env::temp_dir().join(format!("pith-bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn pith() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pith"));
    command.stdout(Stdio::null()).stderr(Stdio::null());
    command
}

/// Median wall time of `CLEAN_RUNS` runs of `pith args…`.
fn median_run(args: &[&str]) -> Duration {
    let mut times: Vec<Duration> = (0..CLEAN_RUNS)
        .map(|_| {
            let t = Instant::now();
            let _ = pith().args(args).status();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// `pith clean` on the page nearest `PAGE_BYTES`, a one-line dump, and
/// `pith --version`.
pub fn clean_figures(pages: &[Vec<u8>]) {
    let Some(page) = pages.iter().min_by_key(|p| p.len().abs_diff(PAGE_BYTES)) else {
        println!("pith clean FILE: no pages, skipped");
        return;
    };
    let scratch = Scratch::new();
    let page_path = scratch.0.join("page.html");
    let line_path = scratch.0.join("line.txt");
    std::fs::write(&page_path, page).expect("write page");
    std::fs::write(&line_path, "One line of text.\n").expect("write line");
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let page_time = median_run(&["clean", page_path.to_str().expect("UTF-8 temp path")]);
    let line_time = median_run(&["clean", line_path.to_str().expect("UTF-8 temp path")]);
    let version_time = median_run(&["--version"]);
    println!(
        "pith clean FILE (median of {CLEAN_RUNS} processes): {} KB page {:.1} ms, one-line dump {:.1} ms, pith --version {:.1} ms",
        page.len() / 1024,
        ms(page_time),
        ms(line_time),
        ms(version_time)
    );
}

/// `pith batch -j1` and `-j2` over `files` (name, bytes) written to a
/// tree, with `--force` so that every run cleans every file.
pub fn batch_figures(files: &[(String, Vec<u8>)]) {
    if files.is_empty() {
        println!("pith batch: no files, skipped");
        return;
    }
    let scratch = Scratch::new();
    let input = scratch.0.join("in");
    for (name, bytes) in files {
        let path = input.join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("dirs");
        std::fs::write(&path, bytes).expect("write input");
    }
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let mut one_thread = None;
    for jobs in ["1", "2"] {
        let output = scratch.0.join(format!("out-{jobs}"));
        let best = (0..BATCH_RUNS)
            .map(|_| time_batch(&input, &output, jobs))
            .min()
            .expect("at least one run");
        let secs = best.as_secs_f64();
        let gain = one_thread.map_or(String::new(), |one: f64| {
            format!(", {:.2} × -j1", one / secs)
        });
        one_thread.get_or_insert(secs);
        println!(
            "pith batch -j{jobs} ({} files, {:.1} MB): {secs:.2} s, {:.0} files/s, {:.1} MB/s{gain}",
            files.len(),
            bytes as f64 / 1e6,
            files.len() as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
    }
}

fn time_batch(input: &Path, output: &Path, jobs: &str) -> Duration {
    let t = Instant::now();
    let _ = pith()
        .args(["batch", "--force", "-j", jobs])
        .arg(input)
        .arg(output)
        .status();
    t.elapsed()
}
