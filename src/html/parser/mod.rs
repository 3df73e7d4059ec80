//! pith's own HTML parser: a byte-scanning lexer and a tree builder that
//! follows the HTML standard where it decides what text a page has and
//! where it sits, into the same DOM type html5ever builds for scraper.
//!
//! html5ever implements the standard to the letter and reads a page a
//! character at a time; on the benchmark pages its tokenizer alone cost
//! more than all of pith's own work. This parser reads text runs and
//! tags a memchr at a time. html5ever stays the reference: the tests
//! compare the two on every fixture.

mod charref;
mod formatting;
mod lexer;
mod names;
mod tree;

use crate::budget::Budget;
use crate::input::InputError;
use lexer::{Lexer, Token};
use names::Content;
use scraper::Html;
use std::borrow::Cow;

/// Bytes read between two looks at the time budget.
const BUDGET_CHUNK_BYTES: usize = 64 * 1024;

/// Parses `html` into a document with room for `nodes` nodes.
pub fn parse(html: &str, nodes: usize, budget: &Budget) -> Result<Html, InputError> {
    let mut lexer = Lexer::new(html);
    let mut builder = tree::Builder::new(nodes);
    let mut next_check = BUDGET_CHUNK_BYTES;
    while let Some(token) = lexer.next() {
        match token {
            Token::Text(text) => {
                builder.text(&newlines(charref::decode(text, charref::Context::Text)));
            }
            Token::Start {
                name,
                attrs,
                self_closing,
            } => {
                if let tree::Next::Text(content, name) = builder.start(&name, attrs, self_closing) {
                    let text = match content {
                        Content::PlainText => Cow::Borrowed(lexer.rest()),
                        Content::EscapableRawText => {
                            charref::decode(lexer.raw_text(&name), charref::Context::Text)
                        }
                        _ => Cow::Borrowed(lexer.raw_text(&name)),
                    };
                    builder.text_into(&newlines(text));
                }
            }
            Token::End { name } => builder.end(&name),
        }
        if lexer.position() >= next_check {
            budget.check()?;
            next_check = lexer.position() + BUDGET_CHUNK_BYTES;
        }
    }
    Ok(builder.finish())
}

/// Line breaks as the standard reads them: CR LF and a lone CR are LF.
fn newlines(text: Cow<'_, str>) -> Cow<'_, str> {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Node;

    fn texts(html: &str) -> Vec<String> {
        let document = parse(html, 16, &Budget::start(None)).unwrap();
        document
            .tree
            .values()
            .filter_map(|n| match n {
                Node::Text(t) => Some(t.text.to_string()),
                _ => None,
            })
            .collect()
    }

    fn depth(html: &str) -> usize {
        let document = parse(html, 16, &Budget::start(None)).unwrap();
        document
            .tree
            .nodes()
            .map(|n| n.ancestors().count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn nesting_past_the_cap_keeps_its_text() {
        let levels = tree::MAX_DEPTH * 3;
        let html = format!(
            "{}deep{}<p>after</p>",
            "<div>".repeat(levels),
            "</div>".repeat(levels)
        );
        assert!(depth(&html) <= tree::MAX_DEPTH + 1);
        assert_eq!(texts(&html), ["deep", "after"]);
        // The end tags of the left-out start tags are left out too: the
        // paragraph is not inside the divs.
        let document = parse(&html, 16, &Budget::start(None)).unwrap();
        let p = document
            .tree
            .nodes()
            .find(|n| matches!(n.value(), Node::Element(e) if e.name() == "p"))
            .unwrap();
        assert_eq!(p.ancestors().count(), 3, "html > body > p");
    }

    #[test]
    fn a_tag_with_endless_attributes_keeps_the_first() {
        let attrs: String = (0..100_000).map(|i| format!(" a{i}=x")).collect();
        let html = format!("<div class=c{attrs}>text</div>");
        let document = parse(&html, 16, &Budget::start(None)).unwrap();
        let div = document
            .tree
            .values()
            .find_map(|n| match n {
                Node::Element(e) if e.name() == "div" => Some(e),
                _ => None,
            })
            .unwrap();
        assert_eq!(div.attrs.len(), lexer::MAX_ATTRIBUTES);
        assert_eq!(texts(&html), ["text"]);
    }

    #[test]
    fn white_space_after_a_block_goes_except_in_pre() {
        assert_eq!(
            texts("<body><p>a</p>\n<p>b</p>\n <b>c</b> <i>d</i></body>"),
            ["a", "b", "c", " ", "d"]
        );
        assert_eq!(
            texts("<body><pre>\n<div>a</div>\n<div>b</div></pre></body>"),
            ["a", "\n", "b"]
        );
    }

    #[test]
    fn formatting_left_open_is_reopened_a_bounded_number_of_times() {
        // Thousands of distinct <b> never closed, then many blocks: each
        // block reopens at most the list's bound, not all of them.
        let opened: String = (0..5_000).map(|i| format!("<b id=b{i}>")).collect();
        let blocks = "<div>x</div>".repeat(2_000);
        let html = format!("<div>{opened}</div>{blocks}");
        let started = std::time::Instant::now();
        let document = parse(&html, 16, &Budget::start(None)).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert!(document.tree.nodes().count() < 300_000);
        // And the ordinary case still reopens: "more" is bold.
        let texts_in_b = |html: &str| {
            let document = parse(html, 16, &Budget::start(None)).unwrap();
            document
                .tree
                .nodes()
                .filter(|n| matches!(n.value(), Node::Text(_)))
                .filter(|n| {
                    n.ancestors()
                        .any(|a| matches!(a.value(), Node::Element(e) if e.name() == "b"))
                })
                .count()
        };
        assert_eq!(texts_in_b("<p><b>bold<p>more</p>"), 2);
        assert_eq!(texts_in_b("<p><b>bold</b><p>more</p>"), 1);
    }
}
