//! Lower case, answered quickly in the scripts pages use most.
//!
//! `str::to_lowercase` looks every character outside ASCII up in
//! Unicode's conversion table, and rules ask for the lower case of almost
//! every short line. Here Latin-1, Latin Extended-A and Cyrillic letters
//! map by their ranges, and the common scripts and symbols without case
//! map to themselves. A text with any other character outside ASCII is
//! lowered by the standard library, whole, because its final-sigma rule
//! looks at a letter's neighbours.

/// The lower case of `c` when it is one character that its range gives
/// (`c` itself for characters without case); `None` outside the ranges
/// answered here, and for 'İ', whose lower case is two characters.
#[inline]
fn lower_by_range(c: u32) -> Option<u32> {
    let lower = match c {
        // Latin-1: upper-case letters sit 0x20 below their lower case;
        // × (0xD7) and ÷ (0xF7) have none.
        0xD7 => c,
        0xC0..=0xDE => c + 0x20,
        0x80..=0xFF => c,
        0x130 => return None,
        0x178 => 0xFF,
        // Latin Extended-A: upper case, then lower case, pair by pair,
        // with the pairs shifted by one from 0x139 to 0x148 and from
        // 0x179; ı, ĸ, ŉ and ſ stand alone.
        0x131 | 0x138 | 0x149 | 0x17F => c,
        0x139..=0x148 | 0x179..=0x17E => c + (c & 1),
        0x100..=0x17F => c | 1,
        // Cyrillic: Ѐ–Џ and А–Я, then the pairs of the historic and
        // non-Russian letters; signs and combining marks have no case.
        0x400..=0x40F => c + 0x50,
        0x410..=0x42F => c + 0x20,
        0x430..=0x45F | 0x482..=0x489 | 0x4CF => c,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE => c + (c & 1),
        0x460..=0x4FF => c | 1,
        // Scripts and symbols without case: Hebrew, Arabic and the
        // scripts of India and Thailand; general punctuation (dashes,
        // quotes, the ellipsis), super- and subscripts, currency signs,
        // arrows, mathematical and technical signs, box drawing, shapes
        // and dingbats; CJK punctuation, kana and ideographs; Hangul;
        // emoji.
        0x590..=0xDFF
        | 0x2000..=0x206F
        | 0x2070..=0x20FF
        | 0x2190..=0x23FF
        | 0x2500..=0x27BF
        | 0x3000..=0x9FFF
        | 0xAC00..=0xD7A3
        | 0x1F000..=0x1FAFF => c,
        _ => return None,
    };
    Some(lower)
}

/// `c.to_lowercase()` when it is the one character `lower_by_range`
/// gives; `None` where the tables must answer.
#[inline]
pub fn lower_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    lower_by_range(c as u32).and_then(char::from_u32)
}

/// `text.to_lowercase()`. Runs of ASCII are copied and lowered whole.
pub fn to_lowercase(text: &str) -> String {
    let mut lower = String::new();
    lowercase_into(text, &mut lower);
    lower
}

/// `text.to_lowercase()`, written over `lower`: a block's forms are made
/// in the buffers of the block checked before it.
pub fn lowercase_into(text: &str, lower: &mut String) {
    lower.clear();
    if text.is_ascii() {
        lower.push_str(text);
        lower.make_ascii_lowercase();
        return;
    }
    lower.reserve(text.len());
    let mut rest = text;
    loop {
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = lower.len();
        lower.push_str(&rest[..run]);
        lower[start..].make_ascii_lowercase();
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else {
            return;
        };
        match lower_by_range(c as u32).and_then(char::from_u32) {
            Some(l) => lower.push(l),
            None => {
                // Final sigma and kin: what the tables say of the whole.
                *lower = text.to_lowercase();
                return;
            }
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// Pushes the lower case of `c` (one character or more) to `out`, as
/// `char::to_lowercase` gives it.
#[inline]
pub fn push_lower(c: char, out: &mut String) {
    match lower_char(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn agrees_with_the_unicode_tables() {
        for c in (0..=0x3_0000).filter_map(char::from_u32) {
            if let Some(l) = lower_char(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            }
        }
        assert_eq!(lower_char('İ'), None);
        assert_eq!(lower_char('Σ'), None);
    }

    #[test]
    fn lowers_whole_texts_as_the_standard_library() {
        for text in [
            "ПОНЕДІЛОК, 26 ЖОВТНЯ",
            "Ÿ ĹĽ Ŋ Ź Ѐ Ӏ Ӂ Ґ",
            "ΟΔΟΣ ΣΑΣ",
            "İstanbul",
            "Straße – “Quote”…",
        ] {
            assert_eq!(to_lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    proptest! {
        #![proptest_config(crate::proptest_config::with_cases(4096))]
        #[test]
        fn any_text_lowers_as_the_standard_library(text in "[a-zA-Z \u{80}-\u{52f}\u{1e00}-\u{1fff}\u{2000}-\u{206f}]{0,40}") {
            prop_assert_eq!(to_lowercase(&text), text.to_lowercase());
        }
    }
}
