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

/// `text` is already folded: single spaces between words and none at the
/// ends, no other white space. Most lines of a dump are, and one pass over
/// their bytes spares splitting them into words and joining the words
/// again.
fn is_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => return false,
            0xc2 | 0xe1..=0xe3 if is_unicode_space(&bytes[i..]) => return false,
            _ => after_space = false,
        }
    }
    !after_space || text.is_empty()
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
