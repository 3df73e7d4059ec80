//! A steady loop for profilers: cleans one benchmark set in memory, on
//! one thread, and prints its MB/s. Under valgrind's callgrind the
//! instruction counts it yields do not move between runs, unlike wall
//! time on a shared machine:
//!
//! ```sh
//! cargo build --release --example profile
//! valgrind --tool=callgrind target/release/examples/profile scrapinghub-dev 1
//! callgrind_annotate --inclusive=yes callgrind.out.* | grep pith::clean
//! ```
//!
//! Arguments: the set (`scrapinghub-dev`, `wcxb-dev-sample` or `text` for
//! every tool's dumps in `textdump-dev`) and the number of rounds
//! (default 5). Sets are read from `../shared/bench` or `PITH_BENCH_DIR`.

#[path = "../benches/sets.rs"]
mod sets;

use sets::{bench_dir, load};
use std::time::Instant;

/// Rounds when none is given.
const DEFAULT_ROUNDS: usize = 5;
/// The tools whose dumps `text` reads.
const DUMP_TOOLS: &[&str] = &["chromium", "html2text", "inscriptis", "lynx", "w3m"];

fn main() {
    let mut args = std::env::args().skip(1);
    let set = args.next().unwrap_or_else(|| "scrapinghub-dev".into());
    let rounds: usize = args
        .next()
        .and_then(|r| r.parse().ok())
        .unwrap_or(DEFAULT_ROUNDS);
    let dir = bench_dir();
    let (docs, input) = if set == "text" {
        let docs = DUMP_TOOLS
            .iter()
            .flat_map(|tool| load(&dir.join("textdump-dev").join(tool), ".txt"))
            .collect();
        (docs, pith::FormatHint::Text)
    } else {
        (
            load(&dir.join(&set).join("html"), ".html.gz"),
            pith::FormatHint::Html,
        )
    };
    let options = pith::Options {
        input,
        ..pith::Options::default()
    };
    if docs.is_empty() {
        eprintln!("{set}: no documents under {}", dir.display());
        std::process::exit(2);
    }
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let started = Instant::now();
    for _ in 0..rounds {
        for doc in &docs {
            std::hint::black_box(pith::clean(doc, &options).ok());
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{set}: {} documents, {rounds} rounds, {:.1} MB/s",
        docs.len(),
        (bytes * rounds) as f64 / secs / 1e6
    );
}
