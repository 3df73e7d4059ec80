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
pub(super) mod names;
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

    /// The tree as nested names and texts ("body(p(a),p(b))"), without
    /// white-space-only text, comments and the doctype.
    fn shape(document: &Html) -> String {
        let mut out = String::new();
        let body = document
            .tree
            .nodes()
            .find(|n| matches!(n.value(), Node::Element(e) if e.name() == "body"));
        for edge in body.expect("a body").traverse() {
            match edge {
                ego_tree::iter::Edge::Open(n) => match n.value() {
                    Node::Element(e) => {
                        out.push_str(e.name());
                        out.push('(');
                    }
                    Node::Text(t) if !t.trim().is_empty() => out.push_str(t.trim()),
                    _ => {}
                },
                ego_tree::iter::Edge::Close(n) => {
                    if matches!(n.value(), Node::Element(_)) {
                        out.push(')');
                    }
                }
            }
        }
        out
    }

    /// Markup whose tree the standard's repair rules decide, where both
    /// parsers build the same tree.
    #[test]
    fn repaired_trees_match_html5ever() {
        let mut differ = Vec::new();
        for html in [
            "<p>a<p>b<div>c</div>d",
            "<ul><li>a<li>b<ul><li>c</ul><li>d</ul>",
            "<dl><dt>a<dd>b<dt>c<dd>d</dl>",
            "<table><tr><td>a<td>b<tr><td>c</table>after",
            "<table><td>a<th>b</table>",
            "<table><tbody><tr><td>a</tbody><tfoot><tr><td>b</table>",
            "<table><tr><td>a<div>b<tr><td>c</table>",
            "<table>x<tr><td>a</td></tr><div>y</div></table>",
            "<table><tr><td><table><tr><td>in</table>out<td>next</table>",
            "<h2>a<h3>b</h2>c",
            "<p><a href=x>link<p>next</p>",
            "<p><b>bold<p>more</p>",
            "<b>one<i>two</b>three</i>four",
            "<a href=1>one<a href=2>two</a>three",
            "<div><span>a</div>b</span>c",
            "</div></span><p>a</p></li></td>b",
            "<p>a<svg><path/><g><text>t</text></g></svg>b</p>",
            "<svg><g>label<p>para",
            "<pre>\nline</pre><listing>\nl2</listing>",
            "<select><option>a<option>b<optgroup><option>c</select>",
            "<title>T</title><p>x<meta name=a><style>s</style>y",
            "<form><p>a<form>b</form>c",
            "<td>stray cell</td><tr>stray row",
            "<p>one<br></br>two",
            "<image src=a.png>",
            // (Without a doctype html5ever reads the page in quirks mode,
            // where a table does not end a paragraph; pith always reads
            // it as a page with one.)
            "<!DOCTYPE html><p>text<table><tr><td>x</table>y",
            "<li>a<div>b<li>c",
            "<button>a<button>b",
            "<h1><h2>x</h2></h1>y",
            "<p><span>a<div>b</span>c</div>d",
            "<table><caption>cap<tr><td>a</table>",
            "<table><colgroup><col><tr><td>a</table>",
            "<dl><dt><p>a<dd>b</dl>",
            "<ol><li><p>a<li>b</ol>",
            "<table><tr><td>a</td><p>stray</p></tr></table>",
            "<math><mi>x</mi><p>y",
            "<textarea>\na<b>c</textarea>",
            "<noscript><p>n</p></noscript><p>z",
            "<p>a</p></body></html><p>after",
            "<script><!-- document.write('<script>x</script>'); --></script><p>after",
            "<p>a<!-- note --!>b</p>",
        ] {
            let ours = parse(html, 16, &Budget::start(None)).unwrap();
            let reference = Html::parse_document(html);
            let (ours, reference) = (shape(&ours), shape(&reference));
            if ours != reference {
                differ.push(format!(
                    "{html}\n  pith      {ours}\n  html5ever {reference}"
                ));
            }
        }
        assert!(differ.is_empty(), "{}", differ.join("\n"));
    }

    /// The one repair pith makes differently: a formatting element closed
    /// while a block opened inside it is still open. The standard moves
    /// the block out and keeps it open ("adoption agency"); pith closes
    /// the block with the formatting element. The text and its order are
    /// the same; only where a block ends differs.
    #[test]
    fn formatting_closed_across_a_block_keeps_the_text_in_order() {
        for html in [
            "<em><p>a</em>b</p>",
            "<font color=red><p>a<p>b</font>c",
            "<a href=x><div>a</a>b</div>c",
        ] {
            let ours = parse(html, 16, &Budget::start(None)).unwrap();
            let reference = Html::parse_document(html);
            assert_ne!(shape(&ours), shape(&reference), "{html}");
            let text = |d: &Html| d.root_element().text().collect::<String>();
            assert_eq!(text(&ours), text(&reference), "{html}");
        }
    }
}
