//! Letters and digits, told apart quickly in the scripts pages use most.
//!
//! `char::is_alphanumeric` answers outside ASCII with a binary search of
//! Unicode's tables: about 250 instructions a character, and every
//! character of a line in Russian or with one curly quote asks. Latin-1,
//! Latin Extended-A and Cyrillic letters and the general punctuation
//! (dashes, quotes, the ellipsis) are answered here from their ranges;
//! any other character asks the tables.

/// Whether `c` is a letter, for the ranges answered here: Latin-1
/// letters (not × and ÷), Latin Extended-A, Cyrillic without its
/// combining marks and thousands sign (all letters), general
/// punctuation, arrows, and the box-drawing, block, shape and symbol
/// characters text browsers draw tables and stars with (none); `None`
/// elsewhere.
fn letter_by_range(c: u32) -> Option<bool> {
    match c {
        0xD7 | 0xF7 => Some(false),
        0xC0..=0x17F | 0x400..=0x481 | 0x48A..=0x4FF => Some(true),
        // General punctuation: spaces, dashes, quotes, bullets, ellipsis.
        0x2000..=0x206F => Some(false),
        // Arrows; box drawing, block elements, geometric shapes and
        // miscellaneous symbols (lynx and w3m draw rules with "━").
        0x2190..=0x21FF | 0x2500..=0x26FF => Some(false),
        _ => None,
    }
}

/// `c.is_alphanumeric()`.
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    letter_by_range(c as u32).unwrap_or_else(|| c.is_alphanumeric())
}

/// `c.is_alphabetic()`.
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    letter_by_range(c as u32).unwrap_or_else(|| c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_unicode_tables() {
        for c in (0..=0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
