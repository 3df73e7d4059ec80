//! An iterative walk over the DOM that emits text blocks.
//!
//! Iterative because pages nest thousands of levels deep and a recursive
//! walk would overflow the stack.

use crate::block::{Block, BlockKind};
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "head", "select", "textarea",
    "button", "input", "option", "canvas", "object", "embed", "math",
];

/// Elements that start a new block.
const BLOCK_LEVEL: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "table",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "br",
    "hr",
    "form",
    "fieldset",
    "address",
    "details",
    "summary",
    "body",
    "html",
    "td",
    "th",
    "caption",
    "center",
];

pub fn blocks_from_document(document: &Html) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut kinds: Vec<BlockKind> = Vec::new();
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => current.push_str(t),
                    Node::Element(el) => {
                        let name = el.name();
                        if SKIPPED.contains(&name) || is_hidden(el) {
                            skipping = Some(node.id());
                            continue;
                        }
                        if BLOCK_LEVEL.contains(&name) {
                            flush(&mut current, kinds.last().copied(), &mut out);
                            kinds.push(
                                kind_of(name)
                                    .unwrap_or(*kinds.last().unwrap_or(&BlockKind::Paragraph)),
                            );
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(el) = node.value()
                    && BLOCK_LEVEL.contains(&el.name())
                {
                    flush(&mut current, kinds.last().copied(), &mut out);
                    kinds.pop();
                }
            }
        }
    }
    flush(&mut current, None, &mut out);
    out
}

fn kind_of(name: &str) -> Option<BlockKind> {
    match name {
        "h1" => Some(BlockKind::Heading(1)),
        "h2" => Some(BlockKind::Heading(2)),
        "h3" => Some(BlockKind::Heading(3)),
        "h4" | "h5" | "h6" => Some(BlockKind::Heading(4)),
        "li" => Some(BlockKind::ListItem),
        "p" | "div" | "section" | "article" | "main" | "td" | "th" | "blockquote" => {
            Some(BlockKind::Paragraph)
        }
        _ => None,
    }
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    el.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

fn flush(current: &mut String, kind: Option<BlockKind>, out: &mut Vec<Block>) {
    let text: String = current.split_whitespace().collect::<Vec<_>>().join(" ");
    current.clear();
    if text.chars().any(char::is_alphanumeric) {
        out.push(Block::new(text, kind.unwrap_or(BlockKind::Paragraph), true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        blocks_from_document(&Html::parse_document(html))
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn emits_block_text_and_skips_scripts_and_hidden() {
        let got = texts(
            "<html><head><title>T</title><script>var x;</script></head><body><h1>Head</h1><p>One <b>two</b></p><div hidden>secret</div><p style='display: none'>gone</p><ul><li>item</li></ul></body></html>",
        );
        assert_eq!(got, ["Head", "One two", "item"]);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}text{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
        assert_eq!(texts(&html), ["text"]);
    }
}
