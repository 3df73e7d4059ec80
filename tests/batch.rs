//! `pith batch` and `pith clean --jsonl`: the mirror tree equals `pith
//! clean` file by file whatever the thread count, bad files do not stop
//! the run, the input tree is never written, incremental runs redo only
//! what changed, and JSON Lines keep their order and ids.

use crate::pages::{gzip, headline, html_page, paragraphs, text_page};
use crate::support::TempDir;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

fn pith(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pith"))
        .args(args)
        .output()
        .expect("pith runs")
}

fn pith_stdin(args: &[&str], stdin: &[u8]) -> Output {
    crate::support::run_pith(args, stdin, None)
}

/// `pith batch ARGS… IN OUT`.
fn batch(args: &[&str], input: &Path, output: &Path) -> Output {
    let mut all = vec!["batch"];
    all.extend_from_slice(args);
    all.push(input.to_str().unwrap());
    all.push(output.to_str().unwrap());
    pith(&all)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The summary line's counts, without the timing.
fn counts(out: &Output) -> String {
    let err = stderr(out);
    let last = err.lines().last().unwrap_or_default();
    assert!(last.starts_with("pith: cleaned "), "no summary in {err}");
    let end = last.find(" in ").unwrap();
    last["pith: ".len()..end].to_string()
}

/// Writes `bytes` at `dir/rel`, with an mtime an hour ago (so outputs
/// written now are newer, whatever the file system's time resolution).
fn put(dir: &Path, rel: &str, bytes: &[u8]) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    set_mtime(&path, SystemTime::now() - Duration::from_secs(3600));
}

fn set_mtime(path: &Path, when: SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(when)
        .unwrap();
}

/// The nested tree most tests use: a text dump, an HTML page, a gzipped
/// HTML page and an image that is not an input.
fn nested_tree(dir: &Path) {
    put(dir, "a.txt", text_page("Port Ellen").as_bytes());
    put(dir, "sub/b.html", html_page("Kirkwall").as_bytes());
    put(
        dir,
        "sub/deep/c.html.gz",
        &gzip(html_page("Stromness").as_bytes()),
    );
    put(
        dir,
        "sub/img.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
    );
}

/// Every file under `dir` (hidden ones too), by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|(rel, path)| (rel, std::fs::read(path).unwrap()))
        .collect()
}

fn mtimes(dir: &Path) -> BTreeMap<String, SystemTime> {
    files(dir)
        .into_iter()
        .map(|(rel, path)| (rel, path.metadata().unwrap().modified().unwrap()))
        .collect()
}

fn files(dir: &Path) -> BTreeMap<String, PathBuf> {
    fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                collect(root, &path, out);
            } else if kind.is_file() {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy();
                out.insert(rel.replace('\\', "/"), path);
            }
        }
    }
    let mut out = BTreeMap::new();
    collect(dir, dir, &mut out);
    out
}

fn keys(tree: &BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    tree.keys().map(String::as_str).collect()
}

#[test]
fn mirrors_a_nested_tree_like_clean_on_each_file() {
    let input = TempDir::new("mirror-in");
    nested_tree(input.path());
    for (format, ext) in [("text", "txt"), ("markdown", "md"), ("json", "json")] {
        let output = TempDir::new("mirror-out");
        let out = batch(&["--format", format], input.path(), output.path());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(
            counts(&out),
            "cleaned 3, unchanged 0, empty 0, skipped 0, failed 0"
        );
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
        let written = tree(output.path());
        let expected = [
            ".pith-batch.json".to_string(),
            format!("a.{ext}"),
            format!("sub/b.{ext}"),
            format!("sub/deep/c.{ext}"),
        ];
        assert_eq!(keys(&written), expected);
        for (input_rel, output_rel) in [
            ("a.txt", &expected[1]),
            ("sub/b.html", &expected[2]),
            ("sub/deep/c.html.gz", &expected[3]),
        ] {
            let path = input.path().join(input_rel);
            let alone = pith(&["clean", "--format", format, path.to_str().unwrap()]);
            assert_eq!(alone.status.code(), Some(0));
            assert!(!alone.stdout.is_empty());
            assert_eq!(
                String::from_utf8_lossy(&written[output_rel]),
                String::from_utf8_lossy(&alone.stdout),
                "{format}: {input_rel}"
            );
        }
    }
}

#[test]
fn one_thread_and_four_threads_write_the_same_tree() {
    let input = TempDir::new("jobs-in");
    for i in 0..24 {
        let topic = format!("Harbour town {i}");
        match i % 3 {
            0 => put(
                input.path(),
                &format!("d{}/t{i}.txt", i % 4),
                text_page(&topic).as_bytes(),
            ),
            1 => put(
                input.path(),
                &format!("d{}/h{i}.html", i % 4),
                html_page(&topic).as_bytes(),
            ),
            _ => put(
                input.path(),
                &format!("d{}/e/g{i}.htm.gz", i % 4),
                &gzip(html_page(&topic).as_bytes()),
            ),
        }
    }
    let one = TempDir::new("jobs-one");
    let four = TempDir::new("jobs-four");
    for format in ["text", "json"] {
        let a = batch(&["-j1", "--format", format], input.path(), one.path());
        let b = batch(
            &["--jobs", "4", "--format", format],
            input.path(),
            four.path(),
        );
        assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
        assert_eq!(b.status.code(), Some(0), "{}", stderr(&b));
        assert_eq!(counts(&a), counts(&b));
        assert!(counts(&a).starts_with("cleaned 24,"), "{}", counts(&a));
        assert_eq!(tree(one.path()), tree(four.path()));
    }
}

#[test]
fn a_bad_file_is_one_error_line_and_the_others_are_written() {
    let input = TempDir::new("bad-in");
    let output = TempDir::new("bad-out");
    put(input.path(), "good.txt", text_page("Lerwick").as_bytes());
    put(
        input.path(),
        "sub/good.html",
        html_page("Scalloway").as_bytes(),
    );
    let binary: Vec<u8> = (0..4000u32).map(|i| (i % 9 + 1) as u8).collect();
    put(input.path(), "binary.html", &binary);
    let big = text_page("Baltasound").repeat(20);
    put(input.path(), "sub/big.txt", big.as_bytes());
    let limit = (big.len() - 1).to_string();
    let out = batch(&["--max-input-bytes", &limit], input.path(), output.path());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    for bad in ["binary.html", "sub/big.txt"] {
        let prefix = format!("pith: {}: ", input.path().join(bad).display());
        assert_eq!(
            lines.iter().filter(|l| l.starts_with(&prefix)).count(),
            1,
            "{err}"
        );
    }
    assert!(err.contains("larger than the limit"), "{err}");
    assert_eq!(
        counts(&out),
        "cleaned 2, unchanged 0, empty 0, skipped 0, failed 2"
    );
    assert_eq!(
        keys(&tree(output.path())),
        [".pith-batch.json", "good.txt", "sub/good.txt"]
    );
}

#[test]
fn an_empty_article_writes_nothing_and_removes_a_stale_output() {
    let input = TempDir::new("empty-in");
    let output = TempDir::new("empty-out");
    put(input.path(), "good.txt", text_page("Tobermory").as_bytes());
    put(
        input.path(),
        "menu.txt",
        b"Home\nWorld\nSport\nAll Sections\nLog in\nAdvertisement\n",
    );
    std::fs::write(output.path().join("menu.txt"), "stale output\n").unwrap();
    let out = batch(&[], input.path(), output.path());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        counts(&out),
        "cleaned 1, unchanged 0, empty 1, skipped 0, failed 0"
    );
    let note = format!(
        "pith: {}: no article content found",
        input.path().join("menu.txt").display()
    );
    assert!(stderr(&out).lines().any(|l| l == note), "{}", stderr(&out));
    assert_eq!(keys(&tree(output.path())), [".pith-batch.json", "good.txt"]);
}

#[test]
fn an_output_dir_inside_the_input_dir_is_refused() {
    let input = TempDir::new("inside-in");
    nested_tree(input.path());
    let before = tree(input.path());
    for out_dir in [
        input.path().join("clean"),
        input.path().to_path_buf(),
        input.path().join("sub/../new/deeper"),
    ] {
        let out = batch(&[], input.path(), &out_dir);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("inside the input directory"), "{err}");
        assert_eq!(tree(input.path()), before);
        assert!(!input.path().join("clean").exists());
        assert!(!input.path().join("new").exists());
    }
    #[cfg(unix)]
    {
        // Through a link: the link is outside, where it leads is not.
        let elsewhere = TempDir::new("inside-link");
        let link = elsewhere.path().join("out");
        std::os::unix::fs::symlink(input.path().join("sub"), &link).unwrap();
        let out = batch(&[], input.path(), &link);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert_eq!(tree(input.path()), before);
    }
}

#[test]
fn a_missing_input_dir_exits_2() {
    let output = TempDir::new("missing-out");
    let out = batch(
        &[],
        &output.path().join("no-such-dir"),
        &output.path().join("out"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(!output.path().join("out").exists());
}

#[test]
fn inputs_are_unchanged_after_a_run() {
    let input = TempDir::new("untouched-in");
    let output = TempDir::new("untouched-out");
    nested_tree(input.path());
    put(input.path(), "menu.txt", b"Home\nWorld\nSport\nLog in\n");
    let bytes = tree(input.path());
    let times = mtimes(input.path());
    for args in [&[][..], &["--force", "--format", "json"][..]] {
        batch(args, input.path(), output.path());
        assert_eq!(tree(input.path()), bytes);
        assert_eq!(mtimes(input.path()), times);
    }
}

#[test]
fn a_second_run_redoes_only_what_changed() {
    let input = TempDir::new("again-in");
    let output = TempDir::new("again-out");
    nested_tree(input.path());
    let first = batch(&[], input.path(), output.path());
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let written = tree(output.path());
    let times = mtimes(output.path());

    let second = batch(&[], input.path(), output.path());
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert_eq!(
        counts(&second),
        "cleaned 0, unchanged 3, empty 0, skipped 0, failed 0"
    );
    assert_eq!(tree(output.path()), written);
    assert_eq!(mtimes(output.path()), times);

    // An input changed since its output was written is cleaned again.
    set_mtime(
        &input.path().join("sub/b.html"),
        SystemTime::now() + Duration::from_secs(60),
    );
    let touched = batch(&[], input.path(), output.path());
    assert_eq!(
        counts(&touched),
        "cleaned 1, unchanged 2, empty 0, skipped 0, failed 0"
    );
    set_mtime(
        &input.path().join("sub/b.html"),
        SystemTime::now() - Duration::from_secs(3600),
    );

    // Other options: everything again (the outputs are newer than the
    // inputs, but were made differently).
    let comments = batch(&["--comments"], input.path(), output.path());
    assert_eq!(
        counts(&comments),
        "cleaned 3, unchanged 0, empty 0, skipped 0, failed 0"
    );
    let markdown = batch(&["--format", "markdown"], input.path(), output.path());
    assert_eq!(
        counts(&markdown),
        "cleaned 3, unchanged 0, empty 0, skipped 0, failed 0"
    );
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(output.path().join(".pith-batch.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["format"], "markdown");
    assert_eq!(manifest["comments"], false);
    assert_eq!(manifest["pith_version"], env!("CARGO_PKG_VERSION"));
    let again = batch(&["--format", "markdown"], input.path(), output.path());
    assert!(counts(&again).starts_with("cleaned 0, unchanged 3,"));
    let forced = batch(
        &["--format", "markdown", "--force"],
        input.path(),
        output.path(),
    );
    assert_eq!(
        counts(&forced),
        "cleaned 3, unchanged 0, empty 0, skipped 0, failed 0"
    );
}

#[test]
fn no_temp_files_remain_after_a_run() {
    let input = TempDir::new("temp-in");
    let output = TempDir::new("temp-out");
    nested_tree(input.path());
    put(input.path(), "bad.html", &[1u8; 3000]);
    batch(&["-j2"], input.path(), output.path());
    batch(&["-j2", "--format", "json"], input.path(), output.path());
    let names = keys_owned(output.path());
    assert!(names.iter().all(|n| !n.contains(".pith-tmp-")), "{names:?}");
    assert!(names.contains(&"sub/deep/c.json".to_string()), "{names:?}");
}

fn keys_owned(dir: &Path) -> Vec<String> {
    files(dir).into_keys().collect()
}

#[test]
fn inputs_sharing_an_output_keep_the_first_and_fail_the_rest() {
    let input = TempDir::new("clash-in");
    let output = TempDir::new("clash-out");
    put(input.path(), "story.html", html_page("Oban").as_bytes());
    put(input.path(), "story.txt", text_page("Mallaig").as_bytes());
    let out = batch(&["-j4"], input.path(), output.path());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        counts(&out),
        "cleaned 1, unchanged 0, empty 0, skipped 0, failed 1"
    );
    let text = std::fs::read_to_string(output.path().join("story.txt")).unwrap();
    assert!(text.contains("Oban"), "{text}");
}

#[cfg(unix)]
#[test]
fn links_are_followed_only_with_l_and_loops_are_reported() {
    let input = TempDir::new("links-in");
    let output = TempDir::new("links-out");
    put(input.path(), "a.txt", text_page("Portree").as_bytes());
    std::fs::create_dir_all(input.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(input.path().join("a.txt"), input.path().join("link.txt")).unwrap();
    std::os::unix::fs::symlink(input.path(), input.path().join("sub/loop")).unwrap();
    let fifo = Command::new("mkfifo")
        .arg(input.path().join("pipe.html"))
        .status()
        .is_ok_and(|s| s.success());

    let plain = batch(&[], input.path(), output.path());
    assert_eq!(plain.status.code(), Some(0), "{}", stderr(&plain));
    let skipped = if fifo { 2 } else { 1 };
    assert_eq!(
        counts(&plain),
        format!("cleaned 1, unchanged 0, empty 0, skipped {skipped}, failed 0")
    );
    if fifo {
        assert!(stderr(&plain).contains("pipe.html: skipped: a FIFO"));
    }

    let follow = batch(&["-L", "--force"], input.path(), output.path());
    assert_eq!(follow.status.code(), Some(1), "{}", stderr(&follow));
    assert_eq!(
        counts(&follow),
        format!(
            "cleaned 2, unchanged 0, empty 0, skipped {}, failed 1",
            skipped - 1
        )
    );
    assert!(stderr(&follow).contains("link loop"), "{}", stderr(&follow));
    assert!(output.path().join("link.txt").is_file());
}

/// One JSON Lines record.
fn record(id: Value, key: &str, page: &str) -> String {
    let mut object = serde_json::Map::new();
    object.insert("id".into(), id);
    object.insert(key.into(), Value::String(page.into()));
    format!("{}\n", Value::Object(object))
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn jsonl_keeps_the_order_and_ids_of_600_records() {
    let mut stdin = String::new();
    let mut ids = Vec::new();
    for i in 0..600 {
        let topic = format!("Harbour {i}");
        let id = if i % 2 == 0 {
            Value::from(format!("doc-{i}"))
        } else {
            Value::from(i * 1000)
        };
        ids.push(id.clone());
        if i % 3 == 0 {
            stdin.push_str(&record(id, "html", &html_page(&topic)));
        } else {
            stdin.push_str(&record(id, "text", &text_page(&topic)));
        }
    }
    let out = pith_stdin(&["clean", "--jsonl"], stdin.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 600);
    for (i, (line, id)) in lines.iter().zip(&ids).enumerate() {
        assert_eq!(&line["id"], id);
        assert_eq!(line["title"], headline(&format!("Harbour {i}")));
        let format = if i % 3 == 0 { "html" } else { "text" };
        assert_eq!(line["input_format"], format);
    }
}

#[test]
fn jsonl_a_bad_record_is_an_error_object_and_the_stream_goes_on() {
    let stdin = [
        record(Value::from("first"), "text", &text_page("Ullapool")),
        "{this is not json}\n".to_string(),
        record(Value::Null, "text", &text_page("Durness")).replace("\"id\":null,", ""),
        "{\"id\": \"neither\"}\n".to_string(),
        "\n".to_string(),
        record(Value::from(42), "html", &html_page("Thurso")),
    ]
    .concat();
    let out = pith_stdin(&["clean", "--jsonl"], stdin.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 5, "{lines:?}");
    assert_eq!(lines[0]["id"], "first");
    assert!(lines[0]["text"].as_str().unwrap().contains("Ullapool"));
    assert_eq!(lines[1]["id"], Value::Null);
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[2]["id"], Value::Null);
    assert!(lines[2]["error"].as_str().unwrap().contains("id"));
    assert_eq!(lines[3]["id"], "neither");
    assert!(lines[3]["error"].is_string());
    assert_eq!(lines[4]["id"], 42);
    assert!(lines[4]["text"].as_str().unwrap().contains("Thurso"));
}

#[test]
fn jsonl_objects_are_clean_json_with_an_id() {
    let page = html_page("Stornoway");
    let out = pith_stdin(
        &["clean", "--jsonl"],
        record(Value::from("s"), "html", &page).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let alone = pith_stdin(
        &["clean", "--format", "json", "--input", "html", "-"],
        page.as_bytes(),
    );
    let mut expected: serde_json::Map<String, Value> =
        serde_json::from_slice(&alone.stdout).unwrap();
    let mut got = json_lines(&out).remove(0);
    assert_eq!(got["id"], "s");
    got.as_object_mut().unwrap().shift_remove("id");
    expected.shift_remove("id");
    assert_eq!(got, Value::Object(expected));
}

#[test]
fn jsonl_an_empty_article_exits_1() {
    let out = pith_stdin(
        &["clean", "--jsonl"],
        record(Value::from(1), "text", "Home\nWorld\nLog in\n").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["text"], "");
}

/// A text page whose article carries a site's standing appeal between two
/// paragraphs: prose no single-page rule can tell from the story.
fn page_with_appeal(topic: &str) -> String {
    let [a, b, c] = paragraphs(topic);
    let appeal = "The Harbour Courier has been owned by its readers since 1921, and every story is paid for by them.";
    format!("{}\n\n{a}\n\n{appeal}\n\n{b}\n\n{c}\n", headline(topic))
}

#[test]
fn learned_templates_remove_what_repeats_across_a_site() {
    let input = TempDir::new("templates-in");
    for topic in ["Aldby", "Brenton", "Corvale", "Dunmore"] {
        put(
            input.path(),
            &format!("site/{topic}.txt"),
            page_with_appeal(topic).as_bytes(),
        );
    }
    let plain = TempDir::new("templates-plain");
    let out = batch(&[], input.path(), plain.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kept = String::from_utf8(tree(plain.path())["site/Aldby.txt"].clone()).unwrap();
    assert!(
        kept.contains("owned by its readers"),
        "single-page rules keep it: {kept}"
    );

    let learned = TempDir::new("templates-learned");
    let out = batch(
        &["--learn-templates", "--format", "json"],
        input.path(),
        learned.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("learned 1 template texts"),
        "{}",
        stderr(&out)
    );
    for topic in ["Aldby", "Dunmore"] {
        let json: Value =
            serde_json::from_slice(&tree(learned.path())[&format!("site/{topic}.json")]).unwrap();
        let text = json["text"].as_str().unwrap();
        assert!(!text.contains("owned by its readers"), "{text}");
        assert!(
            text.contains(&format!("The council of {topic} met")),
            "{text}"
        );
        let removed = json["removed"].as_array().unwrap();
        assert!(removed.iter().any(|r| r["rule"] == "template/repeated"));
    }
}

#[test]
fn templates_do_not_depend_on_thread_count() {
    let input = TempDir::new("templates-threads-in");
    for topic in ["Aldby", "Brenton", "Corvale", "Dunmore", "Eskby"] {
        put(
            input.path(),
            &format!("site/{topic}.txt"),
            page_with_appeal(topic).as_bytes(),
        );
    }
    let one = TempDir::new("templates-j1");
    let four = TempDir::new("templates-j4");
    batch(&["--learn-templates", "-j1"], input.path(), one.path());
    batch(&["--learn-templates", "-j4"], input.path(), four.path());
    assert_eq!(tree(one.path()), tree(four.path()));
}
