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
    // Folding leaves a block no white space but single spaces; when the
    // text has no other control character either, neither has any block.
    let controls = crate::input::has_controls(text);
    let lines = lines_of(text);
    let logical = unwrap::join_wrapped(&lines);
    budget.check()?;
    let mut blocks = Vec::new();
    let mut blank_before = true;
    for line in &logical {
        budget.tick()?;
        match markup::strip(line) {
            Some((text, kind)) => {
                blocks.push(if controls {
                    Block::new(text, kind, blank_before)
                } else {
                    Block::from_control_free(text, kind, blank_before)
                });
                blank_before = false;
            }
            None => blank_before = true,
        }
    }
    Ok(blocks)
}

/// The lines of `text`, as `str::lines` gives them (a final line feed
/// ends the last line; a carriage return before a line feed is dropped),
/// found in one vectorised pass: `lines` starts a new search for every
/// line, and a dump's lines are about 42 bytes.
fn lines_of(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let line = &text[start..end];
        lines.push(line.strip_suffix('\r').unwrap_or(line));
        start = end + 1;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::BlockKind;

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn one_block_per_line_with_blank_line_marks() {
        let dump = "Home\nWorld\n\nA paragraph.\r\n\r\n  • An item\n";
        let b = blocks(dump, &Budget::unlimited()).unwrap();
        assert_eq!(texts(&b), ["Home", "World", "A paragraph.", "An item"]);
        assert_eq!(
            b.iter().map(|b| b.blank_before).collect::<Vec<_>>(),
            [true, false, true, true]
        );
        assert_eq!(b[3].kind, BlockKind::ListItem);
    }

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(256))]
        #[test]
        fn lines_are_the_standard_library_s(text in "([a\r\n]|\r\n|é){0,24}") {
            proptest::prop_assert_eq!(lines_of(&text), text.lines().collect::<Vec<_>>());
        }
    }

    #[test]
    fn control_characters_never_reach_a_block() {
        // Text from `input::decode` has none; a caller's own text may.
        let dump = "Escape\u{1b}here\nNext\u{85}line\u{7f}too\n";
        let b = blocks(dump, &Budget::unlimited()).unwrap();
        assert_eq!(texts(&b), ["Escape here", "Next line too"]);
    }
}
