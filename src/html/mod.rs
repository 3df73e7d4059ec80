//! HTML front-end: a parsed page becomes blocks with DOM features, and
//! its metadata is read from `<head>` and JSON-LD.

mod flatten;
pub mod head;
mod tokens;
mod walk;

pub use head::PageMeta;
pub use walk::{Page, Walked};

use crate::budget::Budget;
use crate::input::InputError;
use html5ever::tendril::TendrilSink;
use scraper::{Html, HtmlTreeSink};

/// Bytes handed to the parser between two looks at the time budget:
/// small enough that a slow page is given up soon after its budget ends,
/// large enough that feeding costs nothing measurable.
const PARSE_CHUNK_BYTES: usize = 64 * 1024;

/// Parses `html` and returns its blocks and metadata. The DOM stays inside
/// this call (`scraper::Html` is not `Send`); what leaves is owned data.
pub fn parse(html: &str, budget: &Budget) -> Result<Walked, InputError> {
    let flattened = flatten::flatten(html);
    budget.check()?;
    let document = parse_document(flattened.as_deref().unwrap_or(html), budget)?;
    walk::walk(&document, budget)
}

/// `Html::parse_document`, fed in chunks so that the budget is checked
/// while html5ever works. The tokenizer streams, so the tree is the same.
fn parse_document(html: &str, budget: &Budget) -> Result<Html, InputError> {
    let mut parser = html5ever::driver::parse_document(
        HtmlTreeSink::new(Html::new_document()),
        html5ever::ParseOpts::default(),
    );
    let mut rest = html;
    while !rest.is_empty() {
        let mut end = rest.len().min(PARSE_CHUNK_BYTES);
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        let (chunk, after) = rest.split_at(end);
        parser.process(chunk.into());
        budget.check()?;
        rest = after;
    }
    Ok(parser.finish())
}
