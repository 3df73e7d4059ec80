//! A story's time stamp without a year: "Updated Nov 19, 6:55 AM;Posted
//! Nov 19, 6:51 AM".
//!
//! News pages stamp a story with its day and time and leave the year to
//! the reader. `meta/dateline` takes a date only with its year, so such
//! a stamp stayed in the text, and, standing between the headline and
//! the body, was taken for the headline. A line that says when the story
//! was posted or updated, whose every other word is part of a day and a
//! time (month, day, clock, am/pm, time zone, weekday) or a word
//! datelines put around them, is such a stamp. Without the word that
//! says so, a day and a time is as often an event's or an auction's, on
//! a listing or a product page, and content there. It is metadata as a
//! dateline is (what marks the article's header for the headline and
//! the main region) but gives the metadata no date: it has no year.

use super::meta::DATELINE_FILLERS;
use super::{DocContext, Effect, Finding, MetaValue, Needs, Rule, RuleInfo};
use crate::block::Block;
use crate::dates;

/// Most words of a stamp: two of "Updated Tue, Nov. 19, 6:55 a.m. EST".
const STAMP_MAX_WORDS: u32 = 16;

/// Highest day of a month.
const MAX_DAY: u32 = 31;

/// Characters that part the stamps of a line, besides white space:
/// "Updated …;Posted …", "Nov 19 | 6:55 AM".
const STAMP_SEPARATORS: &[char] = &[';', '|', ',', '·', '•', '–', '—', '/'];

/// Words that say a day and time is when the story was posted or
/// updated, lower case.
const STAMP_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "modified",
    "опубликовано",
    "обновлено",
    "опубліковано",
    "оновлено",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "publicado",
    "actualizado",
];

/// Time zones news pages print after a time, lower case.
const TIME_ZONES: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
    "bst", "cet", "cest", "eet", "eest", "msk", "ist", "aest", "aedt",
];

/// What a word of a stamp is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Month,
    Day,
    Clock,
    /// "Updated", "Posted": what says the line is a story's stamp.
    StampWord,
    /// A weekday, "am"/"pm", a time zone or another word datelines put
    /// around a date ("on", "at", "Uhr").
    Around,
}

/// A line that is only a day and a time without a year.
pub struct TimeStamp;

pub static TIME_STAMP: RuleInfo = RuleInfo {
    name: "meta/time-stamp",
    summary: "a day and time without a year (\"Updated Nov 19, 6:55 AM\"); metadata, but no date",
};

impl Rule for TimeStamp {
    fn info(&self) -> &'static RuleInfo {
        &TIME_STAMP
    }

    fn needs(&self) -> Needs {
        Needs::words(STAMP_MAX_WORDS).and_digit()
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        // Every stamp has a clock: most lines with a digit have no colon.
        if block.features.words > STAMP_MAX_WORDS
            || memchr::memchr(b':', block.text.as_bytes()).is_none()
        {
            return None;
        }
        is_time_stamp(&block.text).then(|| Finding {
            rule: &TIME_STAMP,
            effect: Effect::Meta(MetaValue::YearlessDate),
            evidence: "day and time".into(),
        })
    }
}

/// `text` is made of a stamp word, a month, a day and a clock time, and
/// words that go around them, and nothing else.
fn is_time_stamp(text: &str) -> bool {
    // Most lines with a clock have no stamp word: they are turned away
    // before each word is looked up in every list.
    if !words(text).any(is_stamp_word) {
        return false;
    }
    let (mut month, mut day, mut clock) = (false, false, false);
    for word in words(text) {
        match part(word) {
            Some(Part::Month) => month = true,
            Some(Part::Day) => day = true,
            Some(Part::Clock) => clock = true,
            Some(Part::StampWord | Part::Around) => {}
            None => return false,
        }
    }
    month && day && clock
}

/// The words of `text`, parted at white space and `STAMP_SEPARATORS`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || STAMP_SEPARATORS.contains(&c))
        .filter(|w| !w.is_empty())
}

/// What `word` is in a stamp; `None` for a word no stamp has.
fn part(word: &str) -> Option<Part> {
    if is_clock(word) {
        return Some(Part::Clock);
    }
    if is_day(word) {
        return Some(Part::Day);
    }
    let bare = bare_word(word);
    if dates::is_month_name(bare) {
        Some(Part::Month)
    } else if is_stamp_word(word) {
        Some(Part::StampWord)
    } else {
        crate::lexicon::with_lowercase(bare, |lower| {
            let is = |list: &[&str]| list.iter().any(|w| w.as_bytes() == lower);
            (is(dates::WEEKDAYS) || is(TIME_ZONES) || is(DATELINE_FILLERS) || is_meridiem(lower))
                .then_some(Part::Around)
        })
    }
}

/// `word` without the full stop or colon after it ("Nov.", "Updated:").
fn bare_word(word: &str) -> &str {
    word.trim_end_matches(['.', ':'])
}

/// "Updated", "posted:": one of `STAMP_WORDS`, in any case.
fn is_stamp_word(word: &str) -> bool {
    let bare = bare_word(word);
    STAMP_WORDS.iter().any(|w| w.len() == bare.len())
        && crate::lexicon::with_lowercase(bare, |lower| {
            STAMP_WORDS.iter().any(|w| w.as_bytes() == lower)
        })
}

/// "6:55", "18:05", "6:55AM", "6:55p.m.": hours and minutes of a day,
/// with the half of the day glued on or not.
fn is_clock(word: &str) -> bool {
    let bytes = word.as_bytes();
    let Some(colon) = bytes.iter().position(|&b| b == b':') else {
        return false;
    };
    let (hour, rest) = (&bytes[..colon], &bytes[colon + 1..]);
    let Some((minute, meridiem)) = rest.split_at_checked(2) else {
        return false;
    };
    (1..=2).contains(&hour.len())
        && number(hour).is_some_and(|h| h < 24)
        && number(minute).is_some_and(|m| m < 60)
        && (meridiem.is_empty() || is_meridiem(&meridiem.to_ascii_lowercase()))
}

/// "19", "3rd", "21st": a day of a month.
fn is_day(word: &str) -> bool {
    let bytes = word.trim_end_matches('.').as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let suffix = bytes[digits..].to_ascii_lowercase();
    (1..=2).contains(&digits)
        && number(&bytes[..digits]).is_some_and(|d| (1..=MAX_DAY).contains(&d))
        && matches!(suffix.as_slice(), b"" | b"st" | b"nd" | b"rd" | b"th")
}

/// "am", "pm", "a.m.", "p.m" (lower case).
fn is_meridiem(lower: &[u8]) -> bool {
    matches!(lower, b"am" | b"pm" | b"a.m" | b"p.m" | b"a.m." | b"p.m.")
}

/// The value of ASCII digits; `None` if any byte is no digit.
fn number(digits: &[u8]) -> Option<u32> {
    (!digits.is_empty() && digits.iter().all(u8::is_ascii_digit))
        .then(|| digits.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn stamps_without_a_year() {
        for text in [
            "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
            "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM",
            "Posted Nov 19, 6:51 AM",
            "Last updated: Tue, Nov. 19, 6:55 a.m. EST",
            "Aktualisiert am 19. November, 18:05 Uhr",
            "Published 3:04 PM ET Tue, Nov 19",
            "Posted March 3rd | 10:15am",
        ] {
            assert!(hits(&TimeStamp, text), "{text}");
        }
    }

    #[test]
    fn not_stamps() {
        for text in [
            // No clock, no day, no month, or nothing that says it is
            // the story's (an event's or an auction's time).
            "Updated Nov 19",
            "Updated 6:55 AM",
            "Updated Nov 6:55 AM",
            "Wed, Mar 18, 12:00 AM GMT",
            // Words no stamp has.
            "Doors open Nov 19 at 6:55 PM at the Beacon",
            "Ratio 3:1 on Nov 19",
            // A year: a dateline's.
            "Updated Nov 19, 2019, 6:55 AM",
            // Not a clock or a day.
            "Updated Nov 19, 6:75 AM",
            "Updated Nov 32, 6:55 AM",
        ] {
            assert!(!hits(&TimeStamp, text), "{text}");
        }
    }

    #[test]
    fn clocks_and_days() {
        assert!(
            is_clock("6:55") && is_clock("18:05") && is_clock("6:55AM") && is_clock("6:55p.m.")
        );
        assert!(
            !is_clock("24:00") && !is_clock("6:5") && !is_clock("106:55") && !is_clock("6:55x")
        );
        assert!(is_day("19") && is_day("3rd") && is_day("21st") && is_day("1."));
        assert!(!is_day("0") && !is_day("32") && !is_day("123") && !is_day("3x"));
    }
}
