//! The two forms of a date with a month's name, read by hand: "26
//! October 2023", "12 de marzo de 2024", "26th. Oct, 2023" (day first)
//! and "October 26, 2023", "Sept. 3rd 2024" (month first).
//!
//! As regexes (kept in the tests as the reference) they cost regex-lite
//! about 18,000 instructions per window, most of the time spent finding
//! datelines. Read here, they find the same matches: for each start from
//! the left, the first way through the form in the order a backtracking
//! regex tries (an optional part taken before it is left out), then the
//! next match from where that one ends. A `\b` is ASCII's: a letter
//! outside ASCII is no word character.

use std::ops::Range;

/// Which of the two forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Day, month, year: "26 October 2023", "12 de marzo de 2024".
    DayMonthYear,
    /// Month, day, year: "October 26, 2023".
    MonthDayYear,
}

/// A date of one of the forms, as byte ranges of the lower-case text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named<'t> {
    pub start: usize,
    pub end: usize,
    /// One or two digits.
    pub day: &'t str,
    /// The word where the month's name stands; the caller checks it is
    /// one.
    pub month: &'t str,
    /// Four digits.
    pub year: &'t str,
}

/// Every match of `form` in `text` (lower case), left to right, none
/// overlapping.
pub fn matches(text: &str, form: Form) -> impl Iterator<Item = Named<'_>> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = (from..=text.len())
            .filter(|&p| text.is_char_boundary(p))
            .find_map(|p| match_at(text, p, form))?;
        from = found.end;
        Some(found)
    })
}

/// The match of `form` starting at `p`, if any.
fn match_at(text: &str, p: usize, form: Form) -> Option<Named<'_>> {
    if !is_word_boundary(text, p) {
        return None;
    }
    let reader = Reader { text };
    match form {
        Form::DayMonthYear => reader.day_month_year(p),
        Form::MonthDayYear => reader.month_day_year(p),
    }
}

/// Day suffixes, in the order the day-first form tries them.
const DAY_FIRST_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "er"];
/// Day suffixes of the month-first form.
const MONTH_FIRST_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];
/// Digits of a day, at most.
const MAX_DAY_DIGITS: usize = 2;
/// Digits of a year.
const YEAR_DIGITS: usize = 4;

struct Reader<'t> {
    text: &'t str,
}

impl<'t> Reader<'t> {
    /// `\b(d{1,2})(st|nd|rd|th|er)?\.?\s+(de\s+)?(month)\.?,?\s+(de\s+)?(y{4})`
    fn day_month_year(&self, p: usize) -> Option<Named<'t>> {
        let day_end = self.day_end(p)?;
        let after_suffix = self.suffixed(day_end, DAY_FIRST_SUFFIXES);
        after_suffix.into_iter().flatten().find_map(|q| {
            self.optional(q, ".").find_map(|q| {
                let q = self.spaces_end(q)?;
                self.optional_de(q).find_map(|month_start| {
                    let month_end = self.month_end(month_start)?;
                    self.optional(month_end, ".").find_map(|q| {
                        self.optional(q, ",").find_map(|q| {
                            let q = self.spaces_end(q)?;
                            self.optional_de(q).find_map(|year_start| {
                                self.dated(p, p..day_end, month_start..month_end, year_start)
                            })
                        })
                    })
                })
            })
        })
    }

    /// `\b(month)\.?\s+(d{1,2})(st|nd|rd|th)?,?\s+(y{4})`
    fn month_day_year(&self, p: usize) -> Option<Named<'t>> {
        let month_end = self.month_end(p)?;
        self.optional(month_end, ".").find_map(|q| {
            let day_start = self.spaces_end(q)?;
            let day_end = self.day_end(day_start)?;
            let after_suffix = self.suffixed(day_end, MONTH_FIRST_SUFFIXES);
            after_suffix.into_iter().flatten().find_map(|q| {
                self.optional(q, ",").find_map(|q| {
                    let year_start = self.spaces_end(q)?;
                    self.dated(p, day_start..day_end, p..month_end, year_start)
                })
            })
        })
    }

    /// The end of the day's one or two digits at `p`. A longer run of
    /// digits is no day: whatever follows a day is not a digit.
    fn day_end(&self, p: usize) -> Option<usize> {
        let digits = self.text.as_bytes()[p..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        (1..=MAX_DAY_DIGITS).contains(&digits).then_some(p + digits)
    }

    /// Where the text goes on after `q`: past each of `suffixes` that
    /// stands there, then at `q` itself.
    fn suffixed(&self, q: usize, suffixes: &[&str]) -> [Option<usize>; 2] {
        let rest = &self.text[q..];
        let with = suffixes
            .iter()
            .find(|s| rest.starts_with(**s))
            .map(|s| q + s.len());
        [with, Some(q)]
    }

    /// Where the text goes on after an optional `part` at `q`: past it if
    /// it stands there, then at `q`.
    fn optional(&self, q: usize, part: &str) -> impl Iterator<Item = usize> {
        let with = self.text[q..].starts_with(part).then_some(q + part.len());
        with.into_iter().chain(Some(q))
    }

    /// Past an optional "de" and its spaces at `q`, then at `q`.
    fn optional_de(&self, q: usize) -> impl Iterator<Item = usize> {
        let with = self.text[q..]
            .starts_with("de")
            .then(|| self.spaces_end(q + 2))
            .flatten();
        with.into_iter().chain(Some(q))
    }

    /// The end of the run of one or more spaces at `q`. All of the run or
    /// nothing: what follows spaces never starts with one.
    fn spaces_end(&self, q: usize) -> Option<usize> {
        self.run_end(q, is_space)
    }

    /// The end of the word at `q` where a month's name may stand: all of
    /// its letters, since what follows one is no letter.
    fn month_end(&self, q: usize) -> Option<usize> {
        self.run_end(q, is_month_letter)
    }

    /// The end of the run of one or more characters of `class` at `q`.
    fn run_end(&self, q: usize, class: fn(char) -> bool) -> Option<usize> {
        let len: usize = self.text[q..]
            .chars()
            .take_while(|&c| class(c))
            .map(char::len_utf8)
            .sum();
        (len > 0).then_some(q + len)
    }

    /// The date starting at `start`, with its day and month where
    /// given, if four digits of a year stand at `year_start`.
    fn dated(
        &self,
        start: usize,
        day: Range<usize>,
        month: Range<usize>,
        year_start: usize,
    ) -> Option<Named<'t>> {
        let end = year_start + YEAR_DIGITS;
        let year = self.text.as_bytes().get(year_start..end)?;
        year.iter().all(u8::is_ascii_digit).then(|| Named {
            start,
            end,
            day: &self.text[day],
            month: &self.text[month],
            year: &self.text[year_start..end],
        })
    }
}

/// `crate::pattern::SPACE`: ASCII white space, the no-break space and the
/// thin spaces.
fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}'
    )
}

/// A lower-case letter of the month names' alphabets.
fn is_month_letter(c: char) -> bool {
    matches!(c, 'a'..='z' | 'à'..='ÿ' | 'а'..='я' | 'ё' | 'і' | 'ї' | 'є' | 'ґ')
}

/// An ASCII word boundary at `p`: a word character on one side only.
fn is_word_boundary(text: &str, p: usize) -> bool {
    let is_word = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
    let before = p.checked_sub(1).and_then(|i| text.as_bytes().get(i));
    is_word(before) != is_word(text.as_bytes().get(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex_lite::Regex;
    use std::sync::LazyLock;

    /// The forms as regexes: what `matches` must find.
    static REGEXES: LazyLock<[Regex; 2]> = LazyLock::new(|| {
        let space = crate::pattern::SPACE;
        let month = "[a-zà-ÿа-яёіїєґ]+";
        [
            Regex::new(&format!(
                r"\b(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th|er)?\.?{space}+(?:de{space}+)?(?P<m>{month})\.?,?{space}+(?:de{space}+)?(?P<y>[0-9]{{4}})"
            ))
            .unwrap(),
            Regex::new(&format!(
                r"\b(?P<m>{month})\.?{space}+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?{space}+(?P<y>[0-9]{{4}})"
            ))
            .unwrap(),
        ]
    });

    fn by_regex(text: &str, form: Form) -> Vec<Named<'_>> {
        let re = &REGEXES[form as usize];
        re.captures_iter(text)
            .map(|c| {
                let whole = c.get(0).unwrap();
                Named {
                    start: whole.start(),
                    end: whole.end(),
                    day: c.name("d").unwrap().as_str(),
                    month: c.name("m").unwrap().as_str(),
                    year: c.name("y").unwrap().as_str(),
                }
            })
            .collect()
    }

    fn check(text: &str) {
        for form in [Form::DayMonthYear, Form::MonthDayYear] {
            assert_eq!(
                matches(text, form).collect::<Vec<_>>(),
                by_regex(text, form),
                "{text:?} {form:?}"
            );
        }
    }

    #[test]
    fn reads_the_forms_as_the_regexes_do() {
        for text in [
            "26 october 2023",
            "thursday, 26 october 2023, 16:43",
            "12 de marzo de 2024",
            "5 de 2024 and 6 de mayo 2025",
            "26th. oct, 2023",
            "1er mars 2021",
            "october 26, 2023",
            "sept. 3rd 2024",
            "26 октября 2023",
            "октября 26, 2023",
            "x26 october 2023",
            "123 october 2023",
            "26 october 20231",
            "5 dem 2024",
            "maß 5, 2024",
            "26\u{a0}october\u{a0}2023",
            "",
        ] {
            check(text);
        }
    }

    /// Pieces of dates and of what surrounds them, glued at random.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "1",
            "5",
            "12",
            "26",
            "123",
            "2023",
            "20231",
            "october",
            "oct",
            "marzo",
            "октября",
            "de",
            "dem",
            "st",
            "th",
            "er",
            "nd",
            "x",
            "X",
            "_",
            "ß",
            "é",
            " ",
            "  ",
            "\u{a0}",
            "\t",
            ".",
            ",",
            "-",
            ":",
        ])
    }

    /// One of `options` for each slot of a date's shape, most of them
    /// right, some wrong or missing.
    fn shaped(slots: &[&'static [&'static str]]) -> impl Strategy<Value = String> + use<> {
        let slots: Vec<_> = slots
            .iter()
            .map(|options| prop::sample::select(options.to_vec()))
            .collect();
        slots.prop_map(|chosen| chosen.concat())
    }

    const JUNK: &[&str] = &["", "", "x", "on ", "X", "5", "é", "_", ", "];
    const DAY: &[&str] = &["26", "5", "05", "123", "", "x5"];
    const SUFFIX: &[&str] = &["", "", "th", "st", "er", "rd", "nd", "x"];
    const DOT: &[&str] = &["", "", ".", ".."];
    const COMMA: &[&str] = &["", "", ",", ",,"];
    const SPACE: &[&str] = &[" ", " ", "  ", "\u{a0}", "\t", ""];
    const DE: &[&str] = &["", "", "de ", "de", "dem "];
    const MONTH: &[&str] = &["october", "oct", "marzo", "октября", "de", "maß", "", "X"];
    const YEAR: &[&str] = &["2023", "2023", "20231", "202", "1999x"];

    fn day_first() -> impl Strategy<Value = String> {
        shaped(&[
            JUNK, DAY, SUFFIX, DOT, SPACE, DE, MONTH, DOT, COMMA, SPACE, DE, YEAR, JUNK,
        ])
    }

    fn month_first() -> impl Strategy<Value = String> {
        shaped(&[
            JUNK, MONTH, DOT, SPACE, DAY, SUFFIX, COMMA, SPACE, YEAR, JUNK,
        ])
    }

    proptest! {
        #![proptest_config(crate::proptest_config::with_cases(8192))]
        #[test]
        fn finds_what_the_regexes_find(pieces in prop::collection::vec(piece(), 0..14)) {
            check(&pieces.concat());
        }

        #[test]
        fn finds_what_the_regexes_find_in_date_shapes(
            first in prop_oneof![day_first(), month_first()],
            second in prop_oneof![day_first(), month_first()],
        ) {
            check(&first);
            check(&format!("{first}{second}"));
        }
    }
}
