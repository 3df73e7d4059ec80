//! Throughput of pith on the benchmark sets, next to an html5ever
//! parse-only baseline measured in the same run.
//!
//! `cargo bench` prints, for each set, pages/s and MB/s of `pith::clean`
//! and of parsing alone, and their ratio; then MB/s of text-dump cleaning,
//! next to the text front-end alone (blocks and their features).
//! One thread, pages held in memory (unzipped), best of several rounds.
//! Then process-level figures (`process`): `pith clean FILE` and
//! `pith batch -j1`/`-j2`; then the input shapes that make extractors
//! super-linear (`shapes`), with their time and peak memory.
//! The sets are read from `../shared/bench` (or `PITH_BENCH_DIR`); a set
//! that is missing is skipped with a note.

mod process;
mod sets;
mod shapes;

use sets::{bench_dir, load};
use std::time::{Duration, Instant};

/// Rounds per measurement; the best is reported, which is the least
/// disturbed by other work on the machine.
const ROUNDS: usize = 5;
/// Stop adding rounds after this long per measurement.
const MAX_MEASURE_TIME: Duration = Duration::from_secs(20);

/// Best time of `ROUNDS` runs of `work` over all pages.
fn best_time(pages: &[Vec<u8>], mut work: impl FnMut(&[u8])) -> Duration {
    let started = Instant::now();
    let mut best = Duration::MAX;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        for page in pages {
            work(page);
        }
        best = best.min(t.elapsed());
        if started.elapsed() > MAX_MEASURE_TIME {
            break;
        }
    }
    best
}

fn rate(pages: &[Vec<u8>], time: Duration) -> (f64, f64) {
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let secs = time.as_secs_f64().max(f64::EPSILON);
    (pages.len() as f64 / secs, bytes as f64 / 1e6 / secs)
}

fn html_set(name: &str, pages: &[Vec<u8>]) {
    if pages.is_empty() {
        println!("{name:<28} (not found, skipped)");
        return;
    }
    let options = pith::Options {
        input: pith::FormatHint::Html,
        ..pith::Options::default()
    };
    let parse = best_time(pages, |page| {
        let text = String::from_utf8_lossy(page);
        std::hint::black_box(scraper::Html::parse_document(&text));
    });
    let clean = best_time(pages, |page| {
        std::hint::black_box(pith::clean(page, &options).ok());
    });
    let (parse_pages, parse_mb) = rate(pages, parse);
    let (clean_pages, clean_mb) = rate(pages, clean);
    println!(
        "{name:<28} {:>5} pages  pith {clean_pages:>7.1} pages/s {clean_mb:>6.1} MB/s   parse only {parse_pages:>7.1} pages/s {parse_mb:>6.1} MB/s   ratio {:.2}",
        pages.len(),
        clean.as_secs_f64() / parse.as_secs_f64()
    );
}

fn text_set(name: &str, dumps: &[Vec<u8>]) {
    if dumps.is_empty() {
        println!("{name:<28} (not found, skipped)");
        return;
    }
    let options = pith::Options {
        input: pith::FormatHint::Text,
        ..pith::Options::default()
    };
    // What every dump costs before any rule reads it: decoding, lines,
    // unwrapping, markup and each block's features. The text counterpart
    // of the parse-only baseline, and a floor no design of the rules can
    // go under without a faster front-end.
    let budget = pith::Budget::unlimited();
    let front_end = best_time(dumps, |dump| {
        let decoded = pith::input::decode(dump, options.input, options.max_input_bytes);
        std::hint::black_box(decoded.map(|d| pith::text::blocks(&d.text, &budget)).ok());
    });
    let clean = best_time(dumps, |dump| {
        std::hint::black_box(pith::clean(dump, &options).ok());
    });
    let (pages, mb) = rate(dumps, clean);
    let (_, front_mb) = rate(dumps, front_end);
    println!(
        "{name:<28} {:>5} dumps  pith {pages:>7.1} dumps/s {mb:>6.1} MB/s   front-end only {front_mb:>6.1} MB/s   ratio {:.2}",
        dumps.len(),
        clean.as_secs_f64() / front_end.as_secs_f64()
    );
}

fn main() {
    // `cargo bench` passes "--bench". One filter is understood:
    // `cargo bench -- shapes` runs the input shapes alone.
    if std::env::args().any(|a| a == "shapes") {
        shapes::shape_figures();
        return;
    }
    // Shapes first: their peak memory is measured on children forked from
    // this process, which should be small at that moment.
    shapes::shape_figures();
    let dir = bench_dir();
    println!(
        "pith throughput, one thread, best of {ROUNDS} rounds, sets from {}",
        dir.display()
    );
    let scrapinghub = load(&dir.join("scrapinghub-dev/html"), ".html.gz");
    let wcxb = load(&dir.join("wcxb-dev-sample/html"), ".html.gz");
    html_set("scrapinghub-dev (HTML)", &scrapinghub);
    html_set("wcxb-dev-sample (HTML)", &wcxb);
    let mut dumps = Vec::new();
    for tool in ["chromium", "html2text", "inscriptis", "lynx", "w3m"] {
        dumps.extend(load(&dir.join("textdump-dev").join(tool), ".txt"));
    }
    text_set("textdump-dev (all tools)", &dumps);

    process::clean_figures(&scrapinghub);
    let named = |folder: &str, ext: &str, set: &[Vec<u8>]| -> Vec<(String, Vec<u8>)> {
        set.iter()
            .enumerate()
            .map(|(i, bytes)| (format!("{folder}/{i:04}.{ext}"), bytes.clone()))
            .collect()
    };
    let mut tree = named("scrapinghub", "html", &scrapinghub);
    tree.extend(named("wcxb", "html", &wcxb));
    tree.extend(named("dumps", "txt", &dumps));
    process::batch_figures(&tree);
}
