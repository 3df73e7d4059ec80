//! Inputs the fuzz targets found crashing, kept in `fixtures/regressions/`
//! and named after what they exposed. Each is checked as its target
//! checked it: every rendering works and the text has no control
//! characters but newlines and tabs.

use crate::support;
use pith::FormatHint;

fn regression(name: &str) -> Vec<u8> {
    let path = support::root().join("fixtures/regressions").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_clean_text(text: &str) {
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "control character in {text:?}"
    );
}

/// Cleans `name` read as `input`, renders it every way, checks the text;
/// returns it and the encoding the input was read in.
fn check(name: &str, input: FormatHint) -> (String, &'static str) {
    let options = pith::Options {
        input,
        ..pith::Options::default()
    };
    let article = pith::clean(&regression(name), &options).expect("cleans");
    let _ = pith::render::markdown(&article, true);
    let _ = pith::render::json(&article, "-");
    let text = pith::render::text(&article);
    assert_clean_text(&text);
    (text, article.encoding)
}

/// An expectation file read as HTML, one byte broken: the legacy guess
/// for it turned every Cyrillic letter into mojibake with C1 controls.
#[test]
fn c1_controls_from_a_legacy_guess() {
    let (_, encoding) = check("c1-controls-from-a-legacy-guess.html.bin", FormatHint::Html);
    assert_eq!(encoding, "UTF-8");
}

/// A Ukrainian dump with one bad byte was taken for windows-1252.
#[test]
fn one_bad_byte_in_utf8_cyrillic() {
    let (text, encoding) = check("one-bad-byte-in-utf8-cyrillic.txt.bin", FormatHint::Text);
    assert_eq!(encoding, "UTF-8");
    assert!(text.contains("На Закарпатті"), "{text}");
}

/// NUL and other C0 controls inside a paragraph reached the output.
#[test]
fn nul_and_c0_controls_in_text() {
    let (text, _) = check("nul-and-c0-controls-in-text.bin", FormatHint::Auto);
    assert!(text.contains("деревянным жилым домом"), "{text}");
}

/// A DEL character inside a JSON string reached the output.
#[test]
fn del_in_a_jsonl_record() {
    let out = support::run_pith(
        &["clean", "--jsonl"],
        &regression("del-in-a-jsonl-record.jsonl"),
        None,
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(!stdout.is_empty());
    for line in stdout.lines() {
        let object: serde_json::Value = serde_json::from_str(line).expect("one JSON object");
        if let Some(text) = object["text"].as_str() {
            assert_clean_text(text);
        }
    }
}

/// `&#8` in a page (a character reference to a control character) reached
/// the output: references are decoded after the input is.
#[test]
fn control_from_a_character_reference() {
    let (text, _) = check(
        "control-from-a-character-reference.html.bin",
        FormatHint::Auto,
    );
    assert!(text.contains("ater butts"), "{text}");
    let page = "<html><head><title>Rain&#8; returns</title>\
        <meta name=\"description\" content=\"Wet&#27; week\">\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Ann\\u0007 Lee\"}}</script>\
        </head><body><article><h1>Rain&#8; returns</h1><p>The rain came back to the valley on \
        Monday&#1; after a dry month, and the farmers said the fields had needed it for weeks.</p>\
        <p>More rain is expected on Thursday, when a front moves in from the west.</p></article></body></html>";
    let article = pith::clean(page.as_bytes(), &pith::Options::default()).expect("cleans");
    let json = pith::render::json(&article, "-");
    for (key, value) in json.as_object().expect("an object") {
        if let Some(s) = value.as_str() {
            assert!(
                !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
                "{key}: {s:?}"
            );
        }
    }
    assert_clean_text(&pith::render::markdown(&article, true));
}

/// A form feed inside a heading reached the output: the input scrub keeps
/// form feeds (layout for the front-ends), so blocks drop them too.
#[test]
fn form_feed_in_a_heading() {
    let (text, _) = check("form-feed-in-a-heading.html.bin", FormatHint::Html);
    assert!(
        text.contains("Which districts recycled the m ost"),
        "{text}"
    );
}
