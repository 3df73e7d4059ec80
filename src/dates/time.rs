//! The time of day after a date: "16:43", "9.30 p.m.", "14h05".
//!
//! Read by hand, as this regular expression (`regex_lite`, whose `\b`
//! and `\s` are ASCII's) would match it, leftmost first:
//!
//! `(?i)\b([0-9]{1,2})[:.h]([0-9]{2})(?:SPACE*(am|pm|a\.m\.|p\.m\.))?`
//!
//! where SPACE is ASCII white space (vertical tab included), U+00A0,
//! U+2009 or U+202F. `regex_lite`'s Pike VM took some ten thousand
//! instructions for the 22 bytes after a date; this takes a few hundred.

/// A time found after a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeMatch {
    /// Where it starts and ends in the text searched.
    pub start: usize,
    pub end: usize,
    /// As written: 0 to 99, and 0 to 99.
    pub hour: u32,
    pub minute: u32,
    /// "pm" or "p.m.", in any case; `None` without a suffix or with
    /// "am".
    pub pm: Option<bool>,
}

/// Suffixes after the minutes, in the order they are tried: "am" is
/// taken before "a.m." is.
const SUFFIXES: [(&str, bool); 4] = [("am", false), ("pm", true), ("a.m.", false), ("p.m.", true)];

/// Spaces allowed before a suffix besides ASCII white space.
const OTHER_SPACES: [char; 3] = ['\u{a0}', '\u{2009}', '\u{202f}'];

/// The first time in `text`.
pub fn find(text: &str) -> Option<TimeMatch> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find_map(|start| {
        let starts_word = start == 0 || !is_word_byte(bytes[start - 1]);
        if !starts_word || !bytes[start].is_ascii_digit() {
            return None;
        }
        // Two digits of hour if they go on to a time, else one.
        [2, 1]
            .into_iter()
            .find_map(|hour_digits| time_at(text, start, hour_digits))
    })
}

/// The time whose hour is the `hour_digits` digits at `start`, if one
/// stands there.
fn time_at(text: &str, start: usize, hour_digits: usize) -> Option<TimeMatch> {
    let bytes = text.as_bytes();
    let hour = digits(bytes.get(start..start + hour_digits)?)?;
    let separator = start + hour_digits;
    if !matches!(bytes.get(separator)?, b':' | b'.' | b'h' | b'H') {
        return None;
    }
    let minutes_end = separator + 3;
    let minute = digits(bytes.get(separator + 1..minutes_end)?)?;
    let mut suffix_start = minutes_end;
    for c in text[minutes_end..].chars() {
        if !(matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ') || OTHER_SPACES.contains(&c)) {
            break;
        }
        suffix_start += c.len_utf8();
    }
    let rest = &bytes[suffix_start..];
    let suffix = SUFFIXES.iter().find(|(suffix, _)| {
        rest.get(..suffix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(suffix.as_bytes()))
    });
    Some(TimeMatch {
        start,
        end: suffix.map_or(minutes_end, |(s, _)| suffix_start + s.len()),
        hour,
        minute,
        pm: suffix.map(|&(_, pm)| pm),
    })
}

/// The number the ASCII digits `bytes` write; `None` if any is not one.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// A byte of an ASCII word, as `\b` reads it.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_lite::Regex;
    use std::sync::LazyLock;

    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?P<h>[0-9]{1,2})[:.h](?P<min>[0-9]{2})(?:[\s\u{a0}\u{2009}\u{202f}]*(?P<ampm>am|pm|a\.m\.|p\.m\.))?",
        )
        .expect("valid regex")
    });

    fn by_regex(text: &str) -> Option<TimeMatch> {
        let t = TIME.captures(text)?;
        let whole = t.get(0)?;
        Some(TimeMatch {
            start: whole.start(),
            end: whole.end(),
            hour: t["h"].parse().ok()?,
            minute: t["min"].parse().ok()?,
            pm: t
                .name("ampm")
                .map(|s| s.as_str().to_lowercase().starts_with('p')),
        })
    }

    #[test]
    fn reads_times_as_pages_write_them() {
        let at = |text| find(text).map(|t| (t.hour, t.minute, t.pm));
        assert_eq!(at(", 16:43"), Some((16, 43, None)));
        assert_eq!(at(" at 9.30 P.M. local"), Some((9, 30, Some(true))));
        assert_eq!(at(" um 14h05 Uhr"), Some((14, 5, None)));
        assert_eq!(at(" 7:05\u{202f}am"), Some((7, 5, Some(false))));
        assert_eq!(at(" 123:45"), None);
        assert_eq!(at("x12:45"), None);
        for text in [
            ", 16:43",
            " 9.30 p.m.",
            "123:45",
            "_1:30",
            "1:3",
            "10:300 PMx",
        ] {
            assert_eq!(find(text), by_regex(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(8192))]

        /// Found where the regular expression finds it, with the same
        /// parts, whatever the text.
        #[test]
        fn reads_as_the_regular_expression_does(
            text in "([0-9:.hHaApPmM_xé \t\x0b]|\u{a0}|\u{2009}|\u{202f}|a\\.m\\.|P\\.M\\.|12:30){0,16}"
        ) {
            proptest::prop_assert_eq!(find(&text), by_regex(&text));
        }
    }
}
