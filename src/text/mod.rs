//! Text front-end: a plain-text dump of a page becomes blocks.
//!
//! Dumps come from browsers ("select all, copy"), w3m, lynx, inscriptis,
//! html2text and the like. Each leaves its own marks (bullets, indentation,
//! `#` headings, hard wrapping); this stage removes them so the rules see
//! the same text whichever tool made the dump.

mod markup;

pub use markup::strip_links;
mod unwrap;
pub mod width;

use crate::block::Block;
use crate::budget::Budget;
use crate::input::InputError;

/// Splits a dump into blocks: one per logical line, after hard-wrapped
/// paragraphs are joined again.
pub fn blocks(text: &str, budget: &Budget) -> Result<Vec<Block>, InputError> {
    let lines: Vec<&str> = text.lines().collect();
    let logical = unwrap::join_wrapped(&lines);
    budget.check()?;
    let mut blocks = Vec::new();
    let mut blank_before = true;
    for line in &logical {
        budget.tick()?;
        match markup::strip(line) {
            Some((text, kind)) => {
                blocks.push(Block::new(text, kind, blank_before));
                blank_before = false;
            }
            None => blank_before = true,
        }
    }
    Ok(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::BlockKind;

    #[test]
    fn one_block_per_line_with_blank_line_marks() {
        let b = blocks(
            "Home\nWorld\n\nA paragraph.\r\n\r\n  • An item\n",
            &Budget::unlimited(),
        )
        .unwrap();
        let texts: Vec<_> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Home", "World", "A paragraph.", "An item"]);
        assert_eq!(
            b.iter().map(|b| b.blank_before).collect::<Vec<_>>(),
            [true, false, true, true]
        );
        assert_eq!(b[3].kind, BlockKind::ListItem);
    }
}
