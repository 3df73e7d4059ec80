//! Is this HTML or a plain-text dump?

/// The two kinds of input the front-ends handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Text,
}

/// How far into the input we look for HTML markers.
const SNIFF_WINDOW: usize = 4096;

/// Tags whose presence near the start says "HTML page or fragment". A text
/// dump may mention one `<b>` in passing; it does not open with a doctype or
/// carry several block tags.
const STRONG_MARKERS: &[&[u8]] = &[b"<!doctype html", b"<html", b"<head", b"<body", b"<meta "];
const WEAK_MARKERS: &[&[u8]] = &[
    b"<div",
    b"<p>",
    b"<p ",
    b"<br",
    b"<title",
    b"<article",
    b"<span",
    b"<a href",
    b"<table",
    b"<ul",
    b"<li",
    b"<h1",
    b"<h2",
    b"<script",
    b"<section",
];
/// Distinct weak markers needed without a strong one.
const MIN_WEAK_MARKERS: usize = 2;

pub fn sniff(bytes: &[u8]) -> Format {
    let window = &bytes[..bytes.len().min(SNIFF_WINDOW)];
    let lower: Vec<u8> = window.iter().map(u8::to_ascii_lowercase).collect();
    let has = |m: &[u8]| memchr::memmem::find(&lower, m).is_some();
    if STRONG_MARKERS.iter().any(|m| has(m)) {
        return Format::Html;
    }
    let weak = WEAK_MARKERS.iter().filter(|m| has(m)).count();
    if weak >= MIN_WEAK_MARKERS {
        Format::Html
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_fragments_are_html() {
        assert_eq!(sniff(b"<!DOCTYPE html><html><body>x"), Format::Html);
        assert_eq!(sniff(b"<div><p>Hello</p></div>"), Format::Html);
    }

    #[test]
    fn dumps_are_text() {
        assert_eq!(
            sniff(b"Home\nWorld\n\nA headline\n\nSome text with <b> in it."),
            Format::Text
        );
    }
}
