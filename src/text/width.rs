//! Display width, as a terminal dumper counts columns.

use crate::features::is_cjk;

/// Columns `s` takes on a terminal: wide (CJK, Hangul) characters take two.
pub fn display_width(s: &str) -> usize {
    // Every wide character is outside ASCII, and so are its bytes.
    if s.is_ascii() {
        return s.len();
    }
    // The standard library counts characters a word at a time.
    let chars = s.chars().count();
    // Wide characters are U+1100..=U+115F (lead byte 0xE1) or from
    // U+3000 on (lead bytes from 0xE3): text whose only non-ASCII is
    // accents, dashes and curly quotes is not decoded at all. Without
    // stopping early, the test runs on many bytes at once.
    let may_be_wide = s
        .bytes()
        .fold(false, |wide, b| wide | (b == 0xe1) | (b >= 0xe3));
    let wide = if may_be_wide {
        s.chars().filter(|&c| is_wide(c)).count()
    } else {
        0
    };
    chars + wide
}

fn is_wide(c: char) -> bool {
    is_cjk(c)
        || matches!(c as u32,
            0x1100..=0x115F     // Hangul Jamo
            | 0xAC00..=0xD7A3   // Hangul syllables
            | 0x3000..=0x303F   // CJK punctuation
            | 0xFF01..=0xFF60   // Fullwidth forms
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns() {
        for (text, columns) in [
            ("plain", 5),
            ("café – “quoted”", 15),
            ("東京", 4),
            ("한국어", 6),
            ("\u{1100}\u{1160}", 3),
            ("ＡＢ ok", 7),
            ("", 0),
        ] {
            assert_eq!(display_width(text), columns, "{text:?}");
            let by_char: usize = text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum();
            assert_eq!(display_width(text), by_char, "{text:?}");
        }
    }
}
