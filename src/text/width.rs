//! Display width, as a terminal dumper counts columns.

use crate::features::is_cjk;

/// Columns `s` takes on a terminal: wide (CJK, Hangul) characters take two.
pub fn display_width(s: &str) -> usize {
    // Every wide character is outside ASCII, and so are its bytes.
    if s.is_ascii() {
        return s.len();
    }
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
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
