//! Blocks as the walk gathers them, while the DOM is still alive.
//!
//! A page of a million paragraphs holds its DOM and its blocks at the same
//! moment, and the DOM alone is several times the page's size. Gathered
//! blocks keep their texts in one buffer and a small record each; the full
//! `Block`s (a `String` each, text features, room for derived forms) are
//! made by `into_walked` after the DOM is dropped, so they never sit beside
//! it.

use super::walk::{Page, Walked};
use crate::block::{Block, BlockKind, DomFeatures};

/// What a block is, besides its text.
struct Record {
    kind: BlockKind,
    dom: DomFeatures,
    /// Where the block's text ends in `Gathered::texts`; it starts where
    /// the previous record's text or markdown ended.
    text_end: usize,
    /// Where its markdown, which follows the text, ends, if it has any.
    markdown_end: Option<usize>,
}

/// The walk's blocks and what it read of the page.
pub struct Gathered {
    texts: String,
    records: Vec<Record>,
    pub page: Page,
}

impl Gathered {
    pub fn with_capacity(blocks: usize) -> Gathered {
        Gathered {
            texts: String::new(),
            records: Vec::with_capacity(blocks),
            page: Page::default(),
        }
    }

    /// Blocks gathered so far.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn push(&mut self, text: &str, markdown: Option<&str>, kind: BlockKind, dom: DomFeatures) {
        self.texts.push_str(text);
        let text_end = self.texts.len();
        let markdown_end = markdown.map(|m| {
            self.texts.push_str(m);
            self.texts.len()
        });
        self.records.push(Record {
            kind,
            dom,
            text_end,
            markdown_end,
        });
    }

    /// The full blocks. Call it once the DOM is gone.
    pub fn into_walked(self) -> Walked {
        let mut blocks = Vec::with_capacity(self.records.len());
        let mut start = 0;
        for record in self.records {
            let text = self.texts[start..record.text_end].to_string();
            let markdown = record
                .markdown_end
                .map(|end| &self.texts[record.text_end..end]);
            start = record.markdown_end.unwrap_or(record.text_end);
            let kind = record.kind;
            let mut block = Block::new(text, kind, true);
            block.dom = Some(record.dom);
            block.markdown = markdown
                .map(|m| {
                    crate::block::without_glued_copy(crate::input::without_controls(m.to_string()))
                })
                .filter(|m| *m != block.text && kind != BlockKind::Code);
            blocks.push(block);
        }
        Walked {
            blocks,
            page: self.page,
        }
    }
}
