//! HTML front-end: a parsed page becomes blocks with DOM features, and
//! its metadata is read from `<head>` and JSON-LD.

mod flatten;
pub mod head;
mod tokens;
mod walk;

pub use head::PageMeta;
pub use walk::{Page, Walked};

/// Parses `html` and returns its blocks and metadata. The DOM stays inside
/// this call (`scraper::Html` is not `Send`); what leaves is owned data.
pub fn parse(html: &str) -> Walked {
    let flattened = flatten::flatten(html);
    let document = scraper::Html::parse_document(flattened.as_deref().unwrap_or(html));
    walk::walk(&document)
}
