//! The one block type both front-ends produce.
//!
//! Everything after the front-end works on `Block`s only, so a rule written
//! for text dumps also works on HTML, and the other way round.

use crate::features::Features;

/// What a block looked like in its source, as far as the front-end could tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text: a paragraph, a menu item, a caption — anything unmarked.
    Paragraph,
    /// A heading the source marked as such (`# ` in markdown, `<h2>` in HTML).
    Heading(u8),
    /// A list item: a bulleted or numbered line, or an `<li>`.
    ListItem,
}

/// One unit of text, with the features the rules look at.
#[derive(Debug, Clone)]
pub struct Block {
    /// The text with source markup (bullets, indentation, `#`) removed and
    /// inner white space folded.
    pub text: String,
    pub kind: BlockKind,
    /// The source separated this block from the previous one with a blank
    /// line (or a block-level element boundary in HTML). Lines glued without
    /// a blank line are usually parts of one component: a menu, a figure
    /// with its credit, a teaser with its timestamp.
    pub blank_before: bool,
    pub features: Features,
}

impl Block {
    pub fn new(text: String, kind: BlockKind, blank_before: bool) -> Self {
        let features = Features::of(&text);
        Block {
            text,
            kind,
            blank_before,
            features,
        }
    }
}
