//! The tokens of an ASCII line, read byte by byte, and their shapes.
//!
//! A share bar ("Facebook | X | E-Mail") and a language switcher ("EN /
//! DE / FR") are lists of names from a table. Most short lines are
//! neither, and splitting each into Unicode tokens to look the tokens up
//! cost those rules most of their time. An ASCII line is read here once,
//! through a byte-class table, and each token's normalised length and
//! ends are tested against its table's shape sketch
//! (`PhraseSet::may_match_shape`): a token that fails is no name. The
//! rules read a line the old way only when this cannot turn it away.

use crate::lexicon::PhraseSet;

/// `ByteClass` bits: white space and the bars and slashes lists put
/// between their items; the comma share bars put there too; what
/// normalising keeps at a token's ends; letters and digits.
pub const SEPARATES: u8 = 1;
pub const COMMA: u8 = 2;
pub const KEPT: u8 = 4;
pub const ALNUM: u8 = 8;

/// What the token reader needs to know of a byte, by its value.
static BYTE_CLASSES: [u8; 256] = {
    let mut classes = [0; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        classes[b] = if crate::whitespace::is_ascii_space(byte) || matches!(byte, b'|' | b'/') {
            SEPARATES
        } else if byte.is_ascii_alphanumeric() {
            KEPT | ALNUM
        } else {
            match byte {
                b'#' => KEPT,
                b',' => COMMA,
                _ => 0,
            }
        };
        b += 1;
    }
    classes
};

fn class(b: u8) -> u8 {
    BYTE_CLASSES[usize::from(b)]
}

/// One token of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where its first and last kept bytes stand in the line; `None` for
    /// a token of punctuation alone.
    pub kept: Option<(usize, usize)>,
    /// The classes of its bytes, or'ed.
    pub classes: u8,
}

impl Token {
    /// Whether the token may be a phrase of `set` (a `Mode::Line` set):
    /// normalised, it is its kept bytes lowered.
    #[inline]
    pub fn may_be_in(&self, line: &[u8], set: &PhraseSet) -> bool {
        self.kept.is_some_and(|(first, last)| {
            let ends = (
                line[first].to_ascii_lowercase(),
                line[last].to_ascii_lowercase(),
            );
            set.may_match_shape(last + 1 - first, ends.0, ends.1)
        })
    }
}

/// The tokens of `line` (ASCII) between bytes of the `separators`
/// classes, none empty. Inlined into the rules' loops, as the hand-written
/// loops it replaced were: called apart, it cost them a tenth more.
#[inline]
pub fn tokens(line: &[u8], separators: u8) -> impl Iterator<Item = Token> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < line.len() && class(line[i]) & separators != 0 {
            i += 1;
        }
        if i == line.len() {
            return None;
        }
        let mut token = Token {
            kept: None,
            classes: 0,
        };
        while let Some(&b) = line.get(i)
            && class(b) & separators == 0
        {
            if class(b) & KEPT != 0 {
                let first = token.kept.map_or(i, |(first, _)| first);
                token.kept = Some((first, i));
            }
            token.classes |= class(b);
            i += 1;
        }
        Some(token)
    })
}

/// `read(line)`, unless `may_be` turns the line away by its tokens'
/// shapes, when the line is ASCII. Debug builds read every line turned
/// away too, and assert that the reading finds nothing there.
pub fn read_unless_turned_away<T>(
    line: &str,
    may_be: impl Fn(&[u8]) -> bool,
    read: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let passes = !line.is_ascii() || may_be(line.as_bytes());
    debug_assert!(
        passes || read(line).is_none(),
        "turned away by its tokens' shapes, but read as a list: {line:?}"
    );
    if passes { read(line) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tokens_between_separators() {
        let line = b" EN | de/#,FR:  -- x";
        let read: Vec<Token> = tokens(line, SEPARATES).collect();
        assert_eq!(
            read.iter().map(|t| t.kept).collect::<Vec<_>>(),
            [
                Some((1, 2)),
                Some((6, 7)),
                Some((9, 12)),
                None,
                Some((19, 19))
            ]
        );
        assert_eq!(read[2].classes, KEPT | ALNUM | COMMA);
        assert_eq!(read[3].classes, 0);
        let by_commas: Vec<_> = tokens(b"a,b c", SEPARATES | COMMA)
            .map(|t| t.kept)
            .collect();
        assert_eq!(by_commas, [Some((0, 0)), Some((2, 2)), Some((4, 4))]);
        assert_eq!(tokens(b"", SEPARATES).count(), 0);
        assert_eq!(tokens(b" | ", SEPARATES).count(), 0);
    }
}
