//! Folding white space, as both front-ends make block text.

/// `text` with each run of white space made one space, and none at the
/// ends.
pub fn fold(text: &str) -> String {
    if is_folded(text) {
        return text.to_owned();
    }
    let mut folded = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(word);
    }
    folded
}

/// `text.trim()`, reading ASCII white space byte by byte: dump tools
/// indent most lines (lynx and w3m by three spaces and more), and
/// `str::trim` decodes each of those characters and looks it up. Only
/// an end that is not ASCII after that (or a vertical tab) is trimmed the
/// standard way, for the white space outside ASCII (no-break and
/// ideographic spaces).
pub fn trim(text: &str) -> &str {
    let trimmed = text.trim_ascii();
    let bytes = trimmed.as_bytes();
    if bytes.first().is_some_and(may_trim_further) || bytes.last().is_some_and(may_trim_further) {
        trimmed.trim()
    } else {
        trimmed
    }
}

/// `text.trim_end()`, the same way as `trim`.
pub fn trim_end(text: &str) -> &str {
    let trimmed = text.trim_ascii_end();
    if trimmed.as_bytes().last().is_some_and(may_trim_further) {
        trimmed.trim_end()
    } else {
        trimmed
    }
}

/// Whether a text `trim_ascii` left with `b` at an end may lose more to
/// `str::trim`: white space outside ASCII, or the vertical tab, which
/// `trim_ascii` leaves.
fn may_trim_further(b: &u8) -> bool {
    !b.is_ascii() || *b == 0x0b
}

/// Whether the ASCII byte `b` is white space as `char::is_whitespace`
/// has it: `u8::is_ascii_whitespace` leaves out the vertical tab. For
/// readers that take a line's ASCII bytes one by one and must split it
/// where `split_whitespace` and `trim` do.
pub const fn is_ascii_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0b
}

/// Two spaces, searched for once per line: `memmem::find` would build
/// its searcher again for every line.
static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// `text` is already folded: single spaces between words and none at the
/// ends, no other white space. Most lines of a dump are, and checking
/// spares splitting them into words and joining the words again: an
/// ASCII line eight bytes at a time (`is_folded_ascii`), any other with a
/// few vectorised searches over its bytes (a byte-by-byte check took ten
/// instructions a byte).
pub(crate) fn is_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    if let Some(folded) = is_folded_ascii(bytes) {
        return folded;
    }
    if DOUBLE_SPACE.find(bytes).is_some()
        || memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_some()
        || memchr::memchr2(b'\x0b', b'\x0c', bytes).is_some()
    {
        return false;
    }
    // The lead bytes of every white-space character outside ASCII.
    let unicode_space = |i: usize| is_unicode_space(&bytes[i..]);
    !(memchr::memchr3_iter(0xc2, 0xe1, 0xe2, bytes).any(unicode_space)
        || memchr::memchr_iter(0xe3, bytes).any(unicode_space))
}

/// `is_folded` for ASCII text, eight bytes at a time (`packed_bytes`):
/// most lines are short, and the six searches, each set up again for
/// each line, cost more than reading it. `None` when `bytes` holds a byte
/// outside ASCII. The ends are the caller's to check.
fn is_folded_ascii(bytes: &[u8]) -> Option<bool> {
    use crate::packed_bytes::{HIGH_BITS, equal, in_range, load, load_last};
    let mut outside_ascii = 0;
    let mut unfolded = 0;
    // The mark of the previous eight bytes' last space, moved to the
    // first byte's place.
    let mut space_before = 0;
    let mut read = |word: u64| {
        outside_ascii |= word & HIGH_BITS;
        let spaces = equal(word, b' ');
        // Tab, line feed, vertical tab, form feed, carriage return; and a
        // space after a space.
        unfolded |= in_range(word, b'\t', b'\r') | spaces & (spaces << 8 | space_before);
        space_before = spaces >> 56;
    };
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        read(load(chunk));
    }
    if !chunks.remainder().is_empty() {
        read(load_last(bytes, bytes.len() - chunks.remainder().len()));
    }
    (outside_ascii == 0).then_some(unfolded == 0)
}

/// `bytes` starts with a white-space character outside ASCII (what
/// `char::is_whitespace` accepts): U+0085, U+00A0, U+1680, U+2000 to
/// U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
fn is_unicode_space(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [0xc2, 0x85 | 0xa0, ..]
            | [0xe1, 0x9a, 0x80, ..]
            | [0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf, ..]
            | [0xe2, 0x81, 0x9f, ..]
            | [0xe3, 0x80, 0x80, ..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_runs_and_ends_of_white_space() {
        for (text, folded) in [
            ("", ""),
            (" ", ""),
            ("one", "one"),
            ("two words", "two words"),
            ("  two  words ", "two words"),
            (
                "tab\tand\nline\x0bvertical\x0cfeed\r\nend",
                "tab and line vertical feed end",
            ),
            ("café\u{a0}au  lait", "café au lait"),
            ("trailing ", "trailing"),
            ("“curly” – dash", "“curly” – dash"),
        ] {
            assert_eq!(fold(text), folded, "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(4096))]
        #[test]
        fn trims_as_the_standard_library(
            text in "([ \t\n\r\x0b\x0ca-z“–]|\u{a0}|\u{2009}|\u{3000}|\u{85}|\u{1680}){0,12}"
        ) {
            proptest::prop_assert_eq!(trim(&text), text.trim());
            proptest::prop_assert_eq!(trim_end(&text), text.trim_end());
        }
    }

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(256))]
        #[test]
        fn folds_as_splitting_into_words_does(
            text in "([ \t\n\r\x0b\x0ca-z“”–]|\u{a0}|\u{2009}|\u{3000}|\u{85}){0,40}"
        ) {
            proptest::prop_assert_eq!(
                fold(&text),
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(256))]
        /// ASCII lines are read eight bytes at a time: runs of spaces
        /// across the eight-byte boundaries included.
        #[test]
        fn folds_ascii_as_splitting_into_words_does(text in "[ \t\n\r\x0b\x0cab]{0,40}") {
            proptest::prop_assert_eq!(
                fold(&text),
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            );
            proptest::prop_assert_eq!(
                is_folded(&text),
                fold(&text) == text
            );
        }
    }

    #[test]
    fn unicode_spaces_are_the_ones_std_knows() {
        for c in (0x80..=0x3000).filter_map(char::from_u32) {
            let mut buffer = [0; 4];
            let encoded = c.encode_utf8(&mut buffer).as_bytes();
            assert_eq!(is_unicode_space(encoded), c.is_whitespace(), "{c:?}");
            let text = format!("a{c}b");
            assert_eq!(
                fold(&text),
                text.split_whitespace().collect::<Vec<_>>().join(" "),
                "{c:?}"
            );
        }
    }
}
