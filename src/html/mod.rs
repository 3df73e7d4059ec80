//! HTML front-end: a parsed page becomes blocks.
//!
//! This first version walks the DOM into one block per block-level
//! element, skipping scripts, styles and hidden nodes, and lets the shared
//! rules judge the text. DOM features (class tokens, link density) come
//! with the HTML extraction work.

mod walk;

use crate::block::Block;

pub use walk::blocks_from_document;

/// Parses `html` and returns its blocks.
pub fn blocks(html: &str) -> Vec<Block> {
    let document = scraper::Html::parse_document(html);
    blocks_from_document(&document)
}
