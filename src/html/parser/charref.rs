//! Character references: `&amp;`, `&#233;`, `&#x2014;`, and the legacy
//! names browsers accept without a semicolon (`&copy 2024`).

use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use std::borrow::Cow;

/// Longest entity name, with its semicolon ("CounterClockwiseContourIntegral;").
const MAX_NAME_BYTES: usize = 33;

/// Where the text comes from: attribute values keep a legacy name that
/// runs on into letters or `=` as it is (`?a=1&copy=2` is a query string).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Text,
    Attribute,
}

/// `text` with its character references decoded; borrowed when it has
/// none.
pub fn decode(text: &str, context: Context) -> Cow<'_, str> {
    let Some(first) = memchr::memchr(b'&', text.as_bytes()) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut rest = &text[first..];
    while let Some(amp) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after, context) {
            Some((decoded, used)) => {
                out.push_str(decoded.as_str());
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Up to two characters a reference stands for.
struct Decoded {
    chars: [char; 2],
    len: usize,
    buffer: [u8; 8],
}

impl Decoded {
    fn new(first: char, second: Option<char>) -> Decoded {
        let mut d = Decoded {
            chars: [first, second.unwrap_or('\0')],
            len: 1 + usize::from(second.is_some()),
            buffer: [0; 8],
        };
        let mut at = 0;
        for c in &d.chars[..d.len] {
            at += c.encode_utf8(&mut d.buffer[at..]).len();
        }
        d.len = at;
        d
    }

    fn as_str(&self) -> &str {
        // Filled from `char::encode_utf8` above.
        std::str::from_utf8(&self.buffer[..self.len]).unwrap_or("\u{FFFD}")
    }
}

/// The reference at the start of `after` (the text after `&`) and the
/// bytes it takes, or `None` when the `&` is a plain ampersand.
fn reference(after: &str, context: Context) -> Option<(Decoded, usize)> {
    let bytes = after.as_bytes();
    match bytes.first()? {
        b'#' => numeric(after),
        b if b.is_ascii_alphanumeric() => named(after, context),
        _ => None,
    }
}

fn numeric(after: &str) -> Option<(Decoded, usize)> {
    let bytes = after.as_bytes();
    let (radix, start) = match bytes.get(1) {
        Some(b'x' | b'X') => (16, 2),
        _ => (10, 1),
    };
    let digits = bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || (radix == 16 && b.is_ascii_hexdigit()))
        .count();
    if digits == 0 {
        return None;
    }
    let end = start + digits;
    // Saturates: a run of digits past U+10FFFF is out of range either way.
    let value = after[start..end].chars().fold(0u32, |v, c| {
        v.saturating_mul(radix)
            .saturating_add(c.to_digit(radix).unwrap_or(0))
    });
    let used = end + usize::from(bytes.get(end) == Some(&b';'));
    let c = match value {
        0x80..=0x9F => C1_REPLACEMENTS[(value - 0x80) as usize]
            .unwrap_or_else(|| char::from_u32(value).unwrap_or('\u{FFFD}')),
        0 => '\u{FFFD}',
        _ => char::from_u32(value).unwrap_or('\u{FFFD}'),
    };
    Some((Decoded::new(c, None), used))
}

fn named(after: &str, context: Context) -> Option<(Decoded, usize)> {
    let bytes = after.as_bytes();
    // The table holds every prefix of every name, so the longest match is
    // found by extending while the prefix is known.
    let mut best: Option<((u32, u32), usize)> = None;
    let mut len = 0;
    while len < bytes.len().min(MAX_NAME_BYTES) {
        let b = bytes[len];
        if !(b.is_ascii_alphanumeric() || b == b';') {
            break;
        }
        len += 1;
        let Some(&value) = NAMED_ENTITIES.get(&after[..len]) else {
            break;
        };
        if value.0 != 0 {
            best = Some((value, len));
        }
        if b == b';' {
            break;
        }
    }
    let ((first, second), used) = best?;
    if context == Context::Attribute
        && bytes[used - 1] != b';'
        && bytes
            .get(used)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'=')
    {
        return None;
    }
    let first = char::from_u32(first)?;
    let second = (second != 0).then(|| char::from_u32(second)).flatten();
    Some((Decoded::new(first, second), used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_named_and_numeric_references() {
        assert_eq!(decode("a &amp; b", Context::Text), "a & b");
        assert_eq!(decode("&#233;t&#xE9;", Context::Text), "été");
        assert_eq!(decode("&copy 2024", Context::Text), "© 2024");
        assert_eq!(decode("&notin;", Context::Text), "∉");
        assert_eq!(decode("&notit;", Context::Text), "¬it;");
        assert_eq!(decode("&#150;", Context::Text), "–");
        assert_eq!(decode("&#0;&#x110000;", Context::Text), "\u{FFFD}\u{FFFD}");
        assert_eq!(decode("AT&T &; & &#;", Context::Text), "AT&T &; & &#;");
        assert_eq!(decode("&NotEqualTilde;", Context::Text), "≂\u{338}");
    }

    #[test]
    fn attributes_keep_legacy_names_before_letters() {
        assert_eq!(decode("?a=1&copy=2", Context::Attribute), "?a=1&copy=2");
        assert_eq!(decode("?a=1&copy=2", Context::Text), "?a=1©=2");
        assert_eq!(decode("x&amp;y", Context::Attribute), "x&y");
    }

    #[test]
    fn text_without_references_is_borrowed() {
        assert!(matches!(decode("plain", Context::Text), Cow::Borrowed(_)));
    }
}
