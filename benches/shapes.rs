//! Input shapes that make extractors super-linear, timed as a user meets
//! them: `pith clean FILE` as a process, wall time and peak memory (the
//! child's maximum resident set, from `wait4`).
//!
//! * pages of article paragraphs from 100 KB to 50 MB: time and memory
//!   must grow in proportion;
//! * 200,000 nested `<div>` around an article;
//! * 1,000,000 sibling paragraphs;
//! * a text dump that is one 20 MB line;
//! * 100,000 attributes on one element.
//!
//! Each is held to a generous bound: under `MAX_SECONDS` and under
//! `MAX_MEMORY_FACTOR` times the input's size in memory (for inputs of at
//! least `MIN_SIZE_FOR_FACTOR`; below that the process's own few
//! megabytes dominate).

use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MAX_SECONDS: f64 = 10.0;
const MAX_MEMORY_FACTOR: f64 = 10.0;
const MIN_SIZE_FOR_FACTOR: usize = 10 * 1024 * 1024;

/// A paragraph of prose: varied enough that no rule takes it for chrome.
fn paragraph(i: usize) -> String {
    format!(
        "Paragraph {i} of the report: the council met again on Tuesday and agreed that the \
         new bridge over the river would open to traffic next spring, after the inspectors \
         had finished their work on the northern span."
    )
}

fn page(paragraphs: usize, wrap: (&str, &str)) -> String {
    let mut html = String::from("<html><head><title>Bridge report</title></head><body>");
    html.push_str(wrap.0);
    html.push_str("<article><h1>Council agrees to open the new bridge next spring</h1>\n");
    for i in 0..paragraphs {
        html.push_str("<p>");
        html.push_str(&paragraph(i));
        html.push_str("</p>\n");
    }
    html.push_str("</article>");
    html.push_str(wrap.1);
    html.push_str("</body></html>\n");
    html
}

/// A page of `count` short paragraphs, one per line: the shape is about
/// the number of nodes.
fn siblings(count: usize) -> String {
    let mut html = String::from("<html><body><h1>Minutes of the council</h1>\n");
    for i in 0..count {
        html.push_str(&format!(
            "<p>Item {i}: the council met again on Tuesday.</p>\n"
        ));
    }
    html.push_str("</body></html>\n");
    html
}

/// Paragraphs of `page` needed for about `bytes`.
fn paragraphs_for(bytes: usize) -> usize {
    bytes / (paragraph(0).len() + "<p></p>\n".len())
}

struct Run {
    time: Duration,
    peak_bytes: u64,
    exit: i32,
}

/// Runs `pith clean path` and reads the child's peak memory as it ends.
fn run_clean(path: &std::path::Path) -> Run {
    let started = Instant::now();
    let mut command = Command::new(env!("CARGO_BIN_EXE_pith"));
    command
        .arg("clean")
        .arg(path)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // A child made by vfork or posix_spawn shares this process's memory
    // until it execs, and Linux counts that memory's high-water mark in
    // the child's peak. A closure to run before exec makes std fork
    // instead: the copy starts at this process's current size, which is
    // small here because every input is written out and dropped first.
    // SAFETY: the closure does nothing, so nothing unsafe runs after fork.
    unsafe {
        command.pre_exec(|| Ok(()));
    }
    // Hand the memory of the inputs built so far back to the system, so
    // that the forked copy starts small. SAFETY: no other thread allocates.
    unsafe {
        libc::malloc_trim(0);
    }
    // Reaped below with wait4, which also reports its peak memory.
    let pid = command.spawn().expect("start pith").id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `usage` is plain data that wait4 fills in; `pid` is our own
    // child, which nothing else waits for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4 on pith");
    let time = started.elapsed();
    let exit = std::process::ExitStatus::from_raw(status)
        .code()
        .unwrap_or(-1);
    Run {
        time,
        // Linux reports ru_maxrss in kilobytes.
        peak_bytes: usage.ru_maxrss as u64 * 1024,
        exit,
    }
}

/// Writes `input` to `dir/file`, drops it, cleans the file and prints the
/// figures.
fn report(name: &str, input: String, dir: &std::path::Path, file: &str) {
    let path = dir.join(file);
    std::fs::write(&path, &input).expect("write shape");
    let size = input.len();
    drop(input);
    let run = run_clean(&path);
    let _ = std::fs::remove_file(&path);
    let mb = size as f64 / 1e6;
    let secs = run.time.as_secs_f64();
    let factor = run.peak_bytes as f64 / size as f64;
    let within_time = secs < MAX_SECONDS;
    let within_memory = size < MIN_SIZE_FOR_FACTOR || factor < MAX_MEMORY_FACTOR;
    let verdict = if within_time && within_memory && run.exit == 0 {
        "ok"
    } else {
        "OVER BOUND"
    };
    println!(
        "{name:<34} {mb:>6.1} MB  {secs:>6.2} s  {:>6.1} MB/s  peak {:>6.0} MB ({factor:>4.1} x)  exit {}  {verdict}",
        mb / secs,
        run.peak_bytes as f64 / 1e6,
        run.exit
    );
}

pub fn shape_figures() {
    let dir = std::env::temp_dir().join(format!("pith-shapes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    println!(
        "shapes: pith clean FILE, wall time and peak memory (bound: < {MAX_SECONDS} s, < {MAX_MEMORY_FACTOR} x the input from {} MB)",
        MIN_SIZE_FOR_FACTOR / (1024 * 1024)
    );
    for bytes in [100 << 10, 1 << 20, 10 << 20, 50 << 20] {
        let html = page(paragraphs_for(bytes), ("", ""));
        let name = format!("article page, {} KB", bytes >> 10);
        report(&name, html, &dir, "page.html");
    }
    let depth = 200_000;
    let nested = page(20, (&"<div>".repeat(depth), &"</div>".repeat(depth)));
    report("200,000 nested <div>", nested, &dir, "nested.html");
    report(
        "1,000,000 sibling paragraphs",
        siblings(1_000_000),
        &dir,
        "siblings.html",
    );
    let mut line = String::from("Council agrees to open the new bridge next spring\n\n");
    while line.len() < 20 << 20 {
        line.push_str(&paragraph(line.len()));
        line.push(' ');
    }
    line.push('\n');
    report("one 20 MB line of text", line, &dir, "line.txt");
    let attributes: String = (0..100_000).map(|i| format!(" data-a{i}=\"v\"")).collect();
    let attributed = page(20, (&format!("<div{attributes}>"), "</div>"));
    drop(attributes);
    report(
        "100,000 attributes on one element",
        attributed,
        &dir,
        "attributes.html",
    );
    let _ = std::fs::remove_dir_all(&dir);
}
