//! HTML front-end: a parsed page becomes blocks with DOM features, and
//! its metadata is read from `<head>` and JSON-LD.

mod anchor;
mod attrs;
mod flatten;
mod gathered;
pub mod head;
mod parser;
mod sink;
mod tokens;
mod walk;

pub use head::PageMeta;
pub use walk::{Page, Walked};

use crate::HtmlParser;
use crate::budget::Budget;
use crate::input::InputError;
use html5ever::tendril::TendrilSink;
use scraper::Html;

/// Bytes handed to html5ever between two looks at the time budget:
/// small enough that a slow page is given up soon after its budget ends,
/// large enough that feeding costs nothing measurable.
const PARSE_CHUNK_BYTES: usize = 64 * 1024;

/// Parses `html` and returns its blocks and metadata. The DOM stays inside
/// this call (`scraper::Html` is not `Send`); what leaves is owned data.
/// The page's text is dropped once the DOM holds it, before the walk adds
/// the blocks, so that it does not sit beside both on a huge page.
pub fn parse(html: String, parser: HtmlParser, budget: &Budget) -> Result<Walked, InputError> {
    // pith's parser caps nesting and attributes itself; html5ever needs
    // the page flattened first.
    let html = match parser {
        HtmlParser::Html5ever => flatten::flatten(&html).unwrap_or(html),
        HtmlParser::Pith => html,
    };
    budget.check()?;
    let tags = count_tags(&html);
    // The tree's nodes live in one Vec. Grown by doubling, it holds the
    // old and the new buffer at once at its last step, half again the
    // DOM's size at the peak; sized once, it does not. Each `<` opens or
    // closes at most one element, and at most one text node lies between
    // two tags, so twice the tags is enough. Capacity the page does not
    // use is never touched, and untouched pages take no memory.
    let nodes = tags
        .saturating_mul(NODES_PER_TAG)
        .saturating_add(1)
        .min(MAX_PRESIZED_NODES);
    let document = match parser {
        HtmlParser::Pith => parser::parse(&html, nodes, budget)?,
        HtmlParser::Html5ever => parse_with_html5ever(&html, nodes, budget)?,
    };
    drop(html);
    // A block takes at least an opening and a closing tag.
    let gathered = walk::walk(&document, tags.min(MAX_PRESIZED_NODES) / 2, budget)?;
    drop(document);
    Ok(gathered.into_walked())
}

/// Nodes a tag can bring: its element and the text after it.
const NODES_PER_TAG: usize = 2;

/// Most nodes the DOM is sized for up front (about 500 MB of nodes, a page
/// of some 70 MB); past it the node list grows as it goes, so a page of
/// nothing but `<a>` cannot ask for all its memory before parsing.
const MAX_PRESIZED_NODES: usize = 4_000_000;

/// `<` followed by what can start a tag (a letter, `/` or `!`): at most
/// one element opens or closes at each.
fn count_tags(html: &str) -> usize {
    let bytes = html.as_bytes();
    memchr::memchr_iter(b'<', bytes)
        .filter(|&i| {
            bytes
                .get(i + 1)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!')
        })
        .count()
}

/// `Html::parse_document` into a tree sized for `nodes`, fed in chunks so
/// that the budget is checked while html5ever works. The tokenizer
/// streams, so the tree is the same.
fn parse_with_html5ever(html: &str, nodes: usize, budget: &Budget) -> Result<Html, InputError> {
    let mut document = Html::new_document();
    document.tree = ego_tree::Tree::with_capacity(scraper::Node::Document, nodes);
    let mut parser = html5ever::driver::parse_document(
        sink::Sink::new(document),
        html5ever::ParseOpts::default(),
    );
    let mut rest = html;
    while !rest.is_empty() {
        let (chunk, after) = rest.split_at(crate::boundary::ceil(rest, PARSE_CHUNK_BYTES));
        parser.process(chunk.into());
        budget.check()?;
        rest = after;
    }
    Ok(parser.finish())
}
