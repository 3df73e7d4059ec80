//! The command-line contract: output forms, exit codes, stdin, `--`,
//! errors and closed pipes.

use crate::support;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn pith(args: &[&str], stdin: &[u8]) -> Output {
    support::run_pith(args, stdin, Some(&support::root()))
}

const SEED: &str = "seeds/004_8d38717e43528b3a.txt";

#[test]
fn clean_prints_headline_blank_line_body() {
    let out = pith(&["clean", SEED], b"");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Russian media say Hamas delegation and Iran representative are in Moscow")
    );
    assert_eq!(lines.next(), Some(""));
    assert!(text.contains("She also confirmed that representatives of Hamas are in Moscow."));
    assert!(!text.contains("Advertisement:"));
    assert_eq!(
        text.matches("Russian media say Hamas delegation").count(),
        1
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn stdin_as_dash_and_as_default() {
    let bytes = std::fs::read(support::root().join(SEED)).unwrap();
    let file = pith(&["clean", SEED], b"").stdout;
    assert_eq!(pith(&["clean", "-"], &bytes).stdout, file);
    assert_eq!(pith(&["clean"], &bytes).stdout, file);
}

#[test]
fn json_has_title_text_metadata_and_removed() {
    let out = pith(&["clean", "--format", "json", SEED], b"");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["title"],
        "Russian media say Hamas delegation and Iran representative are in Moscow"
    );
    assert!(
        v["text"]
            .as_str()
            .unwrap()
            .starts_with("A Hamas delegation headed by")
    );
    assert_eq!(v["byline"], "Tetiana Lozovenko");
    assert_eq!(v["date"], "2023-10-26T16:43");
    assert_eq!(v["language"], "en");
    let removed = v["removed"].as_array().unwrap();
    assert!(
        removed
            .iter()
            .any(|r| r["text"] == "Advertisement:" && r["rule"] == "ads/label")
    );
}

#[test]
fn double_dash_ends_options() {
    let dir = std::env::temp_dir().join(format!("pith-dash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(support::root().join(SEED), dir.join("-odd.txt")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pith"))
        .args(["clean", "--", "-odd.txt"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.stdout.is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_file_is_one_error_line_and_exit_2() {
    let out = pith(&["clean", "no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(err.starts_with("pith: no/such/file.txt: "), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn boilerplate_only_exits_1_with_empty_stdout() {
    let out = pith(
        &["clean", "-"],
        b"Home\nWorld\nSport\nAll Sections\nLog in\nAdvertisement\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim(), "pith: -: no article content found");
}

#[test]
fn either_html_parser_cleans_a_page() {
    let page = "fixtures/html/news/en-related-sidebar-more-stories.html";
    let ours = pith(&["clean", page], b"");
    let reference = pith(&["clean", "--html-parser", "html5ever", page], b"");
    assert_eq!(ours.status.code(), Some(0));
    assert_eq!(reference.status.code(), Some(0));
    assert_eq!(ours.stdout, reference.stdout);
    assert_eq!(
        pith(&["clean", "--html-parser", "lol", page], b"")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(
        pith(&["clean", "--format", "yaml", SEED], b"")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(pith(&["frobnicate"], b"").status.code(), Some(2));
}

#[test]
fn closed_stdout_exits_quietly() {
    // A large input so pith is still writing when the reader goes away.
    // Paragraphs differ: the same paragraph 20,000 times is template.
    let paragraphs: Vec<String> = (0..20_000)
        .map(|i| {
            format!(
                "The committee met for session {i} and agreed to publish its findings next month."
            )
        })
        .collect();
    let big = format!("Headline of the test page\n\n{}\n", paragraphs.join("\n\n"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_pith"))
        .args(["clean", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(big.as_bytes());
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn full_disk_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let out = Command::new(env!("CARGO_BIN_EXE_pith"))
        .args(["clean", SEED])
        .current_dir(support::root())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("pith: stdout: "));
}

#[test]
fn rules_lists_every_rule() {
    let out = pith(&["rules"], b"");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    for rule in pith::rules::all() {
        assert!(text.contains(rule.name), "{}", rule.name);
    }
}

/// A WCXB set of one product page, in a temporary folder named `shop`.
fn one_page_wcxb_set() -> support::TempDir {
    use flate2::write::GzEncoder;
    let dir = support::TempDir::new("eval-floors");
    let set = dir.path().join("shop");
    std::fs::create_dir_all(set.join("ground-truth")).unwrap();
    std::fs::create_dir_all(set.join("html")).unwrap();
    std::fs::write(
        set.join("ground-truth/p1.json"),
        r#"{"ground_truth": {"main_content": "A mug thrown from red clay and glazed in amber, it holds a large coffee and keeps it warm."}, "with": [], "without": [], "_internal": {"page_type": {"primary": "product"}}}"#,
    )
    .unwrap();
    let page = "<html><body><h1>Amber Mug</h1><p>A mug thrown from red clay and glazed in amber, it holds a large coffee and keeps it warm.</p></body></html>";
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(page.as_bytes()).unwrap();
    std::fs::write(set.join("html/p1.html.gz"), gz.finish().unwrap()).unwrap();
    dir
}

#[test]
fn floors_name_a_page_type_of_a_wcxb_set() {
    let dir = one_page_wcxb_set();
    let set = dir.path().join("shop");
    let floors = dir.path().join("floors.txt");
    let eval = |floor_lines: &str| {
        std::fs::write(&floors, floor_lines).unwrap();
        pith(
            &[
                "eval",
                set.to_str().unwrap(),
                "--floors",
                floors.to_str().unwrap(),
            ],
            b"",
        )
    };
    let met = eval("shop 0.5\nshop/product 0.5\n");
    assert_eq!(met.status.code(), Some(0));
    let below = eval("shop/product 1.01\n");
    assert_eq!(below.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&below.stderr).contains("shop/product: F1"));
    let unscored = eval("shop/forum 0.5\n");
    assert_eq!(unscored.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&unscored.stderr)
            .contains("shop/forum: has a floor but was not evaluated")
    );
}
