//! `pith check`: every status (match, changed, new, orphan, pin
//! violated), the exit codes, atomic updates whose expectations are
//! byte for byte `pith clean`'s output, options recorded and refused when
//! they differ, `--prune`, `--stat`, the JSON report, and `--review`
//! refused without a terminal.

use crate::pages::{gzip, headline, html_page, text_page};
use crate::support::TempDir;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// What the check tests do in a corpus directory.
trait CheckDir {
    fn pith(&self, args: &[&str]) -> Output;
    fn check(&self, args: &[&str]) -> Output;
    fn files(&self, rel: &str) -> Vec<String>;
}

impl CheckDir for TempDir {
    /// `pith ARGS…` run in this directory, stdin empty (not a terminal).
    fn pith(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_pith"))
            .args(args)
            .current_dir(self.path())
            .stdin(Stdio::null())
            .output()
            .expect("pith runs")
    }

    /// `pith check ARGS… corpus expected`.
    fn check(&self, args: &[&str]) -> Output {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["corpus", "expected"]);
        self.pith(&all)
    }

    /// Every file below `rel`, relative to it, sorted (hidden ones too).
    fn files(&self, rel: &str) -> Vec<String> {
        fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    collect(root, &path, out);
                } else {
                    let rel = path.strip_prefix(root).unwrap().to_string_lossy();
                    out.push(rel.replace('\\', "/"));
                }
            }
        }
        let root = self.path().join(rel);
        let mut out = Vec::new();
        collect(&root, &root, &mut out);
        out.sort();
        out
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The summary line (the last on stderr), without `pith check: `.
fn summary(out: &Output) -> String {
    let err = stderr(out);
    let last = err.lines().last().unwrap_or_default();
    last.strip_prefix("pith check: ")
        .unwrap_or_else(|| panic!("no summary in {err}"))
        .to_string()
}

/// A corpus of a text dump, an HTML page and a gzipped HTML page, with
/// expectations written by `--update`.
fn checked_corpus(name: &str) -> TempDir {
    let dir = TempDir::new(name);
    dir.put("corpus/a.txt", text_page("Port Ellen").as_bytes());
    dir.put("corpus/sub/b.html", html_page("Kirkwall").as_bytes());
    dir.put(
        "corpus/sub/deep/c.html.gz",
        &gzip(html_page("Stromness").as_bytes()),
    );
    let out = dir.check(&["--update"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    dir
}

#[test]
fn update_writes_what_pith_clean_prints_and_a_second_run_matches() {
    let dir = checked_corpus("update");
    assert_eq!(
        dir.files("expected"),
        [".pith-check.json", "a.txt", "sub/b.txt", "sub/deep/c.txt"]
    );
    for (input, expected) in [
        ("corpus/a.txt", "a.txt"),
        ("corpus/sub/b.html", "sub/b.txt"),
        ("corpus/sub/deep/c.html.gz", "sub/deep/c.txt"),
    ] {
        let alone = dir.pith(&["clean", input]);
        assert_eq!(alone.status.code(), Some(0));
        assert_eq!(
            std::fs::read(dir.path().join("expected").join(expected)).unwrap(),
            alone.stdout,
            "{input}"
        );
    }
    let options: Value = serde_json::from_str(&dir.read("expected/.pith-check.json")).unwrap();
    assert_eq!(options["format"], "text");
    assert_eq!(options["comments"], false);
    assert_eq!(options["pith_version"], env!("CARGO_PKG_VERSION"));

    let again = dir.check(&[]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(stdout(&again), "");
    assert_eq!(
        summary(&again),
        "3 match, 0 changed, 0 new, 0 orphaned, 0 pins violated"
    );
}

#[test]
fn update_reports_what_it_wrote_atomically_and_leaves_matches_alone() {
    let dir = TempDir::new("update-report");
    dir.put("corpus/a.txt", text_page("Port Ellen").as_bytes());
    dir.put("corpus/b.txt", text_page("Bowmore").as_bytes());
    let first = dir.check(&["--update", "-j2"]);
    assert_eq!(
        stdout(&first),
        "new: expected/a.txt\nnew: expected/b.txt\n",
        "{}",
        stderr(&first)
    );
    assert_eq!(
        summary(&first),
        "0 match, 0 changed, 2 new, 0 orphaned, 0 pins violated; wrote 2"
    );
    let untouched = std::fs::metadata(dir.path().join("expected/b.txt"))
        .unwrap()
        .modified()
        .unwrap();
    dir.put("expected/a.txt", b"an old expectation\n");
    let second = dir.check(&["--update"]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert_eq!(stdout(&second), "updated: expected/a.txt\n");
    assert_eq!(
        dir.read("expected/a.txt"),
        stdout(&dir.pith(&["clean", "corpus/a.txt"]))
    );
    let modified = std::fs::metadata(dir.path().join("expected/b.txt"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(
        modified, untouched,
        "a matching expectation is not rewritten"
    );
    let names = dir.files("expected");
    assert!(names.iter().all(|n| !n.contains(".pith-tmp-")), "{names:?}");
}

#[test]
fn a_changed_document_is_a_unified_diff_and_exits_1() {
    let dir = checked_corpus("changed");
    let good = dir.read("expected/a.txt");
    let edited = good.replace("Residents filled the hall", "Residents packed the hall");
    assert_ne!(good, edited);
    dir.put("expected/a.txt", edited.as_bytes());

    let out = dir.check(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("changed: corpus/a.txt\n--- expected/a.txt\n+++ corpus/a.txt\n@@ "),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("-") && l.contains("Residents packed")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("+") && l.contains("Residents filled")),
        "{text}"
    );
    assert!(
        !text.contains('\x1b'),
        "no colour when stdout is not a terminal: {text:?}"
    );
    assert_eq!(
        summary(&out),
        "2 match, 1 changed, 0 new, 0 orphaned, 0 pins violated"
    );

    let coloured = dir.check(&["--color", "always"]);
    let text = stdout(&coloured);
    assert!(
        text.contains("\x1b[31m-"),
        "removed lines are red: {text:?}"
    );
    assert!(
        text.contains("\x1b[32m+"),
        "added lines are green: {text:?}"
    );
    assert_eq!(stdout(&dir.check(&["--color", "never"])), stdout(&out));
}

#[test]
fn stat_shows_counts_only() {
    let dir = checked_corpus("stat");
    let good = dir.read("expected/sub/b.txt");
    dir.put(
        "expected/sub/b.txt",
        format!("{good}a line pith no longer writes\n").as_bytes(),
    );
    dir.put("corpus/new.txt", text_page("Lochboisdale").as_bytes());
    let out = dir.check(&["--stat"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "corpus/new.txt | new +7\ncorpus/sub/b.html | +0 -1\n"
    );
}

#[test]
fn a_document_without_an_expectation_is_new() {
    let dir = checked_corpus("new");
    dir.put("corpus/sub/d.txt", text_page("Lochmaddy").as_bytes());
    let out = dir.check(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), "new: corpus/sub/d.txt\n");
    assert_eq!(
        summary(&out),
        "3 match, 0 changed, 1 new, 0 orphaned, 0 pins violated"
    );
    assert!(!dir.path().join("expected/sub/d.txt").exists());
}

#[test]
fn an_expectation_without_an_input_is_an_orphan_and_prune_removes_it() {
    let dir = checked_corpus("orphan");
    std::fs::remove_file(dir.path().join("corpus/sub/deep/c.html.gz")).unwrap();
    let out = dir.check(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), "orphan: expected/sub/deep/c.txt\n");
    assert_eq!(
        summary(&out),
        "2 match, 0 changed, 0 new, 1 orphaned, 0 pins violated"
    );

    let pruned = dir.check(&["--prune"]);
    assert_eq!(pruned.status.code(), Some(0), "{}", stderr(&pruned));
    assert_eq!(stdout(&pruned), "pruned: expected/sub/deep/c.txt\n");
    assert_eq!(
        summary(&pruned),
        "2 match, 0 changed, 0 new, 1 orphaned, 0 pins violated; pruned 1"
    );
    assert_eq!(
        dir.files("expected"),
        [".pith-check.json", "a.txt", "sub/b.txt"]
    );
    assert!(
        !dir.path().join("expected/sub/deep").exists(),
        "the emptied folder goes too"
    );
    assert_eq!(dir.check(&[]).status.code(), Some(0));
}

#[test]
fn a_violated_pin_fails_even_under_update() {
    let dir = checked_corpus("pins");
    dir.put(
        "corpus/sub/b.expect.toml",
        b"title = \"Kirkwall votes on a new plan for its old harbour\"\n\
          keep = [\"Residents filled   the hall\", \"a sentence pith never wrote\"]\n\
          drop = [\"Copyright 2024\", \"Residents filled the hall\"]\n",
    );
    let out = dir.check(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "pin violated: corpus/sub/b.html: lost: \"a sentence pith never wrote\"\n\
         pin violated: corpus/sub/b.html: kept: \"Residents filled the hall\"\n"
    );
    assert_eq!(
        summary(&out),
        "3 match, 0 changed, 0 new, 0 orphaned, 2 pins violated"
    );

    std::fs::remove_file(dir.path().join("expected/sub/b.txt")).unwrap();
    let update = dir.check(&["--update"]);
    assert_eq!(update.status.code(), Some(1), "{}", stderr(&update));
    assert!(
        stdout(&update).starts_with("new: expected/sub/b.txt\n"),
        "{}",
        stdout(&update)
    );
    assert!(
        dir.path().join("expected/sub/b.txt").is_file(),
        "still written"
    );

    dir.put(
        "corpus/sub/b.expect.toml",
        b"keep = [\"Residents filled the hall\"]\ndrop = [\"Copyright 2024\"]\n",
    );
    assert_eq!(dir.check(&[]).status.code(), Some(0));
}

#[test]
fn a_side_file_that_is_not_a_pin_file_is_an_error() {
    let dir = checked_corpus("bad-pins");
    dir.put("corpus/a.expect.toml", b"kep = [\"typo\"]\n");
    let out = dir.check(&[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("pith: corpus/a.expect.toml: line 1: unknown field `kep`"),
        "{err}"
    );
    assert!(summary(&out).ends_with(", 1 failed"), "{err}");
}

#[test]
fn json_report_is_one_object_per_document_and_the_summary_on_stderr() {
    let dir = checked_corpus("json");
    dir.put("expected/a.txt", b"an old expectation\n");
    dir.put("expected/gone.txt", b"an orphan\n");
    dir.put("corpus/new.txt", text_page("Castlebay").as_bytes());
    dir.put(
        "corpus/sub/b.expect.toml",
        b"keep = [\"not in the article\"]\n",
    );
    let out = dir.check(&["--format-report", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let objects: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let status: Vec<(&str, &str)> = objects
        .iter()
        .map(|o| (o["path"].as_str().unwrap(), o["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        status,
        [
            ("corpus/a.txt", "changed"),
            ("corpus/new.txt", "new"),
            ("corpus/sub/b.html", "pin-violated"),
            ("corpus/sub/deep/c.html.gz", "match"),
            ("expected/gone.txt", "orphan"),
        ]
    );
    assert_eq!(objects[0]["removed"], 1);
    assert!(objects[0]["added"].as_u64().unwrap() > 1);
    assert_eq!(objects[2]["violations"][0], "lost: \"not in the article\"");
    assert_eq!(objects[3]["added"], 0);
    // The pin-violated document matches its expectation: the summary
    // counts it there, and its broken pin apart.
    assert_eq!(
        summary(&out),
        "2 match, 1 changed, 1 new, 1 orphaned, 1 pins violated"
    );
}

#[test]
fn other_options_are_refused_in_one_line_and_update_records_them() {
    let dir = checked_corpus("options");
    let out = dir.check(&["--format", "markdown"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "pith: expected: made with --format text, this run uses --format markdown; \
         rerun with the same options or --update\n"
    );
    let two = dir.check(&["--comments", "--input", "html"]);
    assert_eq!(two.status.code(), Some(2));
    assert!(
        stderr(&two).contains(
            "made with --input auto and no --comments, this run uses --input html and --comments"
        ),
        "{}",
        stderr(&two)
    );

    let update = dir.check(&["--format", "markdown", "--update", "--prune"]);
    assert_eq!(update.status.code(), Some(0), "{}", stderr(&update));
    let options: Value = serde_json::from_str(&dir.read("expected/.pith-check.json")).unwrap();
    assert_eq!(options["format"], "markdown");
    assert_eq!(
        dir.files("expected"),
        [".pith-check.json", "a.md", "sub/b.md", "sub/deep/c.md"],
        "the text expectations were orphans, pruned"
    );
    assert_eq!(dir.check(&["--format", "markdown"]).status.code(), Some(0));
    assert_eq!(dir.check(&[]).status.code(), Some(2));
}

#[test]
fn another_pith_version_is_only_a_note() {
    let dir = checked_corpus("version");
    let path = dir.path().join("expected/.pith-check.json");
    let mut options: Value = serde_json::from_str(&dir.read("expected/.pith-check.json")).unwrap();
    options["pith_version"] = Value::from("0.0.1");
    std::fs::write(&path, options.to_string()).unwrap();
    let out = dir.check(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("pith: expected: note: made with pith 0.0.1, this is pith "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn json_expectations_are_pretty_and_name_the_input_below_the_corpus() {
    let dir = TempDir::new("json-format");
    dir.put("corpus/sub/b.html", html_page("Kirkwall").as_bytes());
    let out = dir.check(&["--format", "json", "--update"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = dir.read("expected/sub/b.json");
    assert!(
        written.starts_with("{\n  \"source\": \"sub/b.html\",\n"),
        "{written}"
    );
    let value: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(value["title"], headline("Kirkwall"));
}

#[test]
fn errors_exit_2() {
    let dir = TempDir::new("errors");
    dir.put("corpus/a.txt", text_page("Port Ellen").as_bytes());
    let missing = dir.check(&[]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("run with --update"),
        "{}",
        stderr(&missing)
    );
    let inside = dir.pith(&["check", "--update", "corpus", "corpus/expected"]);
    assert_eq!(inside.status.code(), Some(2));
    assert!(
        stderr(&inside).contains("inside the corpus directory"),
        "{}",
        stderr(&inside)
    );
    assert!(!dir.path().join("corpus/expected").exists());
    let holds = dir.pith(&["check", "--update", "corpus", "."]);
    assert_eq!(holds.status.code(), Some(2));
    let no_corpus = dir.pith(&["check", "no-such-corpus", "expected"]);
    assert_eq!(no_corpus.status.code(), Some(2));
    let bad_flag = dir.check(&["--color", "sometimes"]);
    assert_eq!(bad_flag.status.code(), Some(2));

    dir.put("corpus/big.txt", text_page("Barra").repeat(10).as_bytes());
    let too_big = dir.check(&["--update", "--max-input-bytes", "5000"]);
    assert_eq!(too_big.status.code(), Some(2), "{}", stderr(&too_big));
    assert!(
        stderr(&too_big).starts_with("pith: corpus/big.txt: "),
        "{}",
        stderr(&too_big)
    );
    assert_eq!(
        stdout(&too_big),
        "new: expected/a.txt\n",
        "the others are still written"
    );
}

#[test]
fn review_is_refused_when_stdin_is_not_a_terminal() {
    let dir = checked_corpus("review");
    dir.put("expected/a.txt", b"an old expectation\n");
    let out = dir.check(&["--review"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("stdin is not a terminal"),
        "{}",
        stderr(&out)
    );
    assert_eq!(dir.read("expected/a.txt"), "an old expectation\n");
}

#[test]
fn one_thread_and_four_report_the_same() {
    let dir = TempDir::new("threads");
    for i in 0..12 {
        dir.put(
            &format!("corpus/d{}/t{i}.txt", i % 3),
            text_page(&format!("Town {i}")).as_bytes(),
        );
    }
    dir.check(&["--update"]);
    for i in (0..12).step_by(4) {
        dir.put(&format!("expected/d{}/t{i}.txt", i % 3), b"old\n");
    }
    let one = dir.check(&["-j1"]);
    let four = dir.check(&["--jobs", "4"]);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(stdout(&one), stdout(&four));
    assert_eq!(summary(&one), summary(&four));
}
