//! Hostile inputs and environments: each gives clean output or one clear
//! error line with the documented exit code, never a panic or a hang, and
//! the input file is never changed.
//!
//! Every run has a time budget (`--time-budget`), so a case that would
//! hang fails with the budget's error instead of stalling the suite.

use crate::pages;
use crate::support::{self, TempDir};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Seconds any single hostile input may take before the run counts as a
/// hang; each of them takes well under one.
const HANG_GUARD_SECONDS: &str = "20";

/// A sentence long enough to make a paragraph of prose.
const PROSE: &str = "The council met on Tuesday to discuss the new bridge over the river, \
    which has been closed for repairs since the spring floods damaged its supports.";

const LATER: &str = "Engineers told the meeting that the work would end in the autumn, \
    two months later than planned, because the steel had arrived late from the mill.";

/// Exit codes, as the README documents them.
const EXIT_OK: i32 = 0;
const EXIT_NOTHING: i32 = 1;
const EXIT_ERROR: i32 = 2;

/// Writes `bytes` to a file called `name`, runs `pith clean` on it and
/// checks that the file is unchanged afterwards.
fn clean_file(name: &str, bytes: &[u8]) -> Output {
    let dir = TempDir::new("hostile");
    dir.put(name, bytes);
    let path = dir.path().join(name);
    let out = support::run_pith(
        &[
            "clean",
            "--time-budget",
            HANG_GUARD_SECONDS,
            path.to_str().unwrap(),
        ],
        b"",
        None,
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} was modified");
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Exit 0, nothing on stderr, clean text on stdout that contains every
/// one of `present` and none of `absent`.
fn assert_article(out: &Output, present: &[&str], absent: &[&str]) {
    assert_eq!(out.status.code(), Some(EXIT_OK), "stderr: {}", stderr(out));
    assert!(out.stderr.is_empty(), "stderr: {}", stderr(out));
    let text = stdout(out);
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "control characters in {text:?}"
    );
    let folded = support::fold(&text);
    for want in present {
        assert!(folded.contains(want), "{want:?} missing from {folded:?}");
    }
    for unwanted in absent {
        assert!(!folded.contains(unwanted), "{unwanted:?} in {folded:?}");
    }
}

/// `code`, nothing on stdout, and exactly one line on stderr naming the
/// file and containing `why`.
fn assert_one_error(out: &Output, code: i32, why: &str) {
    assert_eq!(out.status.code(), Some(code), "stderr: {}", stderr(out));
    assert!(out.stdout.is_empty(), "stdout: {}", stdout(out));
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.starts_with("pith: "), "{err:?}");
    assert!(err.contains(why), "{why:?} not in {err:?}");
}

/// A small article page around `body`, with `head` in its `<head>`.
fn page(head: &str, body: &str) -> String {
    format!(
        "<html><head>{head}<title>Bridge reopens</title></head><body><article>\
         <h1>Bridge reopens</h1><p>{PROSE}</p>{body}<p>{LATER}</p></article></body></html>"
    )
}

#[test]
fn empty_file_has_no_article() {
    assert_one_error(&clean_file("empty.html", b""), EXIT_NOTHING, "no article");
}

#[test]
fn whitespace_only_has_no_article() {
    let out = clean_file("blank.txt", b" \n\t \r\n\n   ");
    assert_one_error(&out, EXIT_NOTHING, "no article");
}

#[test]
fn one_byte_has_no_article() {
    assert_one_error(&clean_file("one.txt", b"x"), EXIT_NOTHING, "no article");
}

#[test]
fn png_named_html_is_refused_as_binary() {
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00".to_vec();
    png.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    assert_one_error(&clean_file("photo.html", &png), EXIT_ERROR, "binary");
}

#[test]
fn random_bytes_are_refused_as_binary() {
    // A xorshift stream: the same "random" bytes on every run.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    assert_one_error(&clean_file("noise.bin", &bytes), EXIT_ERROR, "binary");
}

#[test]
fn nul_bytes_inside_text_are_dropped_not_fatal() {
    let dump = format!("Bridge reopens\n\n{PROSE}\n\nThe vote\0was close. {LATER}\n");
    let out = clean_file("nul.txt", dump.as_bytes());
    assert_article(&out, &["Bridge reopens", "The vote was close."], &[]);
}

#[test]
fn invalid_utf8_is_decoded_not_refused() {
    let mut dump = format!("Bridge reopens\n\n{PROSE}\n\n").into_bytes();
    dump.extend_from_slice(b"The caf\xe9 on the bank \xff stays open. ");
    dump.extend_from_slice(format!("{LATER}\n").as_bytes());
    let out = clean_file("broken.txt", &dump);
    assert_article(
        &out,
        &["Bridge reopens", "on the bank", "steel had arrived"],
        &[],
    );
}

#[test]
fn utf16_without_bom_is_read_as_html() {
    let html = page("", "");
    let bytes: Vec<u8> = html.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let out = clean_file("wide.html", &bytes);
    assert_article(
        &out,
        &["Bridge reopens", "spring floods"],
        &["<p>", "<html"],
    );
}

#[test]
fn utf8_page_labelled_latin1_is_read_as_utf8() {
    let html = page(
        "<meta charset=\"iso-8859-1\">",
        "<p>The café by the bridge, run by Zoë, reopens too.</p>",
    );
    let out = clean_file("mislabelled.html", html.as_bytes());
    assert_article(&out, &["The café by the bridge, run by Zoë"], &["Ã"]);
}

#[test]
fn unknown_charset_label_falls_back_to_detection() {
    let html = page(
        "<meta charset=\"x-no-such-charset\">",
        "<p>The café by the bridge reopens too.</p>",
    );
    let out = clean_file("unknown.html", html.as_bytes());
    assert_article(&out, &["The café by the bridge"], &[]);
}

#[test]
fn truncated_gzip_is_one_error() {
    let gz = pages::gzip(page("", "").as_bytes());
    let out = clean_file("cut.html.gz", &gz[..gz.len() / 2]);
    assert_one_error(&out, EXIT_ERROR, "broken gzip stream");
}

#[test]
fn unclosed_comment_hides_only_what_follows_it() {
    let html = format!(
        "<html><body><h1>Bridge reopens</h1><p>{PROSE}</p><p>{LATER}</p>\
         <!-- a comment that never closes <p>Hidden draft paragraph.</p>"
    );
    let out = clean_file("comment.html", html.as_bytes());
    assert_article(
        &out,
        &["spring floods", "steel had arrived"],
        &["Hidden draft"],
    );
}

#[test]
fn page_of_only_script_has_no_article() {
    let html = format!(
        "<html><head><script>{}</script></head></html>",
        "var headline = 'Bridge reopens';\n".repeat(2000)
    );
    let out = clean_file("script.html", html.as_bytes());
    assert_one_error(&out, EXIT_NOTHING, "no article");
}

#[test]
fn page_without_body_is_still_read() {
    let html = format!(
        "<html><head><title>Bridge reopens</title></head>\
         <h1>Bridge reopens</h1><p>{PROSE}</p><p>{LATER}</p>"
    );
    let out = clean_file("nobody.html", html.as_bytes());
    assert_article(&out, &["Bridge reopens", "spring floods", "steel"], &[]);
}

#[test]
fn entity_bomb_stays_linear() {
    let bomb = format!(
        "<p>{}{}{}</p>",
        "&amp;".repeat(300_000),
        "&#x1F600;".repeat(100_000),
        "&notanentity;".repeat(100_000)
    );
    let out = clean_file("entities.html", page("", &bomb).as_bytes());
    assert_article(&out, &["spring floods", "steel had arrived"], &[]);
}

#[test]
fn huge_attribute_is_dropped_with_its_tag() {
    let body = format!(
        "<p title=\"{}\">Tagged paragraph.</p>",
        "q".repeat(5_000_000)
    );
    let out = clean_file("attribute.html", page("", &body).as_bytes());
    assert_article(&out, &["spring floods", "Tagged paragraph."], &["qqqq"]);
}

#[test]
fn megabyte_word_does_not_break_the_page() {
    let word = "w".repeat(1 << 20);
    let html = page("", &format!("<p>{word}</p>"));
    assert_article(
        &clean_file("word.html", html.as_bytes()),
        &["spring floods", "steel"],
        &[],
    );
    let dump = format!("Bridge reopens\n\n{PROSE}\n\n{word}\n\n{LATER}\n");
    assert_article(
        &clean_file("word.txt", dump.as_bytes()),
        &["spring floods", "steel"],
        &[],
    );
}

#[test]
fn rtl_cjk_emoji_and_combining_marks_pass_through_unchanged() {
    let arabic = "اجتمع المجلس يوم الثلاثاء لمناقشة الجسر الجديد فوق النهر، الذي أغلق للإصلاح منذ فيضانات الربيع.";
    let chinese =
        "市议会周二开会讨论河上的新桥，该桥自春季洪水以来一直关闭维修，工程师说秋天完工。";
    let marks = "Zoe\u{308} and the cafe\u{301} owners 👩‍👩‍👧 cheered 🎉 when the first cars crossed.";
    let html = format!(
        "<html lang=\"ar\" dir=\"rtl\"><body><article><h1>الجسر يعيد فتح أبوابه</h1>\
         <p>{arabic} {arabic}</p><p>{chinese}{chinese}</p><p>{marks} {PROSE}</p></article></body></html>"
    );
    let out = clean_file("scripts.html", html.as_bytes());
    assert_article(
        &out,
        &["الجسر يعيد فتح أبوابه", arabic, chinese, marks],
        &[],
    );
}

#[test]
fn time_budget_gives_up_with_one_error() {
    let paragraphs: String = (0..200_000)
        .map(|i| format!("<p>Paragraph {i} of a page far longer than any article.</p>"))
        .collect();
    let dir = TempDir::new("budget");
    dir.put("long.html", page("", &paragraphs).as_bytes());
    let path = dir.path().join("long.html");
    let out = support::run_pith(
        &["clean", "--time-budget", "0.001", path.to_str().unwrap()],
        b"",
        None,
    );
    assert_one_error(&out, EXIT_ERROR, "time budget of 0.001 s");
}

#[test]
fn library_time_budget_is_an_error_not_a_hang() {
    let html = page("", "");
    let spent = pith::Options {
        time_budget: Some(Duration::ZERO),
        ..pith::Options::default()
    };
    let start = Instant::now();
    assert!(matches!(
        pith::clean(html.as_bytes(), &spent),
        Err(pith::InputError::TimeBudget { .. })
    ));
    assert!(start.elapsed() < Duration::from_secs(5));
    assert!(pith::clean(html.as_bytes(), &pith::Options::default()).is_ok());
}

/// Runs `pith batch IN OUT` and returns its output.
fn batch(in_dir: &Path, out_dir: &Path) -> Output {
    support::run_pith(
        &["batch", in_dir.to_str().unwrap(), out_dir.to_str().unwrap()],
        b"",
        None,
    )
}

#[test]
fn output_dir_that_cannot_be_created_is_one_error() {
    let dir = TempDir::new("unwritable");
    dir.put("in/a.html", page("", "").as_bytes());
    dir.put("blocker", b"a file where a directory should be");
    let out = batch(&dir.path().join("in"), &dir.path().join("blocker/out"));
    assert_one_error(&out, EXIT_ERROR, "blocker/out");
}

#[test]
fn output_dir_without_write_permission_is_one_error() {
    let dir = TempDir::new("readonly");
    dir.put("in/a.html", page("", "").as_bytes());
    // sysfs refuses new files even to root; a mode-0555 directory does not.
    let sys = Path::new("/sys");
    let read_only = if sys.is_dir() && std::fs::write(sys.join("pith-probe"), b"").is_err() {
        sys.to_path_buf()
    } else {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        locked
    };
    let out = batch(&dir.path().join("in"), &read_only);
    assert_one_error(&out, EXIT_ERROR, "cannot write");
}

#[test]
fn ctrl_c_during_a_batch_leaves_only_whole_outputs() {
    let dir = TempDir::new("interrupt");
    let count = 3000;
    for i in 0..count {
        dir.put(
            &format!("in/{i:05}.html"),
            pages::html_page(&format!("topic {i}")).as_bytes(),
        );
    }
    let (in_dir, out_dir) = (dir.path().join("in"), dir.path().join("out"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_pith"))
        .args([
            "batch",
            "-j2",
            in_dir.to_str().unwrap(),
            out_dir.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for the first outputs, then interrupt as a terminal would.
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::fs::read_dir(&out_dir).map_or(0, |d| d.count()) < 10 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let interrupted = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let status = child.wait().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(130), "{err}");
    assert!(err.contains("interrupted"), "{err}");

    let outputs: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(outputs.len() < count, "the run was not cut short");
    for output in &outputs {
        let name = output.file_name().unwrap().to_str().unwrap();
        assert!(!name.contains(".pith-tmp-"), "partial file {name} left");
        assert!(!name.starts_with(".pith-batch"), "manifest written: {name}");
        let input = in_dir.join(name.replace(".txt", ".html"));
        let whole = support::run_pith(&["clean", input.to_str().unwrap()], b"", None);
        assert_eq!(
            std::fs::read(output).unwrap(),
            whole.stdout,
            "{name} is not whole"
        );
    }
}
