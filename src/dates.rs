//! Finding dates in text and writing them as ISO 8601.
//!
//! Datelines come in every local form: "Thursday, 26 October 2023, 16:43",
//! "October 26, 2023", "26 октября 2023", "12 de marzo de 2024",
//! "26.10.2023", "2023-10-26". The numeric forms are regexes; the two
//! with a month's name are read by hand (`named`), and a month table per
//! language says which words are months.
//!
//! Every form has a four-digit year, so dates are only looked for in a
//! short window around each run of four or more digits, in text lowered
//! without moving any byte: most blocks have no year and cost one byte
//! scan. The regexes are regex-lite's, which compile in a fraction of the
//! time: with windows this short, compiling is what a one-page run pays
//! for.

mod named;
mod time;

use crate::boundary;
use crate::pattern::lower_in_place;
use regex_lite::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Month names by language; index + 1 is the month number. Abbreviations
/// and inflected forms (Russian and Ukrainian genitive) are listed too.
const MONTHS: &[[&str; 12]] = &[
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ],
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
];

/// Extra spellings: "sept", "janv", "févr".
const MONTH_ALIASES: &[(&str, u32)] = &[
    ("sept", 9),
    ("janv", 1),
    ("févr", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
];

/// Weekday names, which datelines put before the date.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    "понеділок",
    "вівторок",
    "середа",
    "четвер",
    "п'ятниця",
    "п’ятниця",
    "субота",
    "неділя",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// Whether `text` opens with a month's name ("June 9 -- Tampa",
/// "Sept. 3: …"), in any of the languages `find` reads.
pub fn starts_with_month(text: &str) -> bool {
    text.split_whitespace()
        .next()
        .map(|w| w.trim_end_matches([',', ':']))
        .is_some_and(|w| month_number(w).is_some())
}

/// Every month's names and aliases, by their bytes: the number of the
/// first table or alias that lists a name. Looked up for every word
/// before a possible year; searching the tables for a lower case made on
/// the heap cost about 800 instructions a word.
static MONTH_NUMBERS: LazyLock<foldhash::HashMap<&'static [u8], u32>> = LazyLock::new(|| {
    let mut numbers = foldhash::HashMap::default();
    let named = MONTHS
        .iter()
        .flat_map(|table| table.iter().zip(1..))
        .chain(MONTH_ALIASES.iter().map(|(alias, n)| (alias, *n)));
    for (name, number) in named {
        numbers.entry(name.as_bytes()).or_insert(number);
    }
    numbers
});

/// Whether `word` names a month ("Nov", "Nov.", "novembre", "ноября")
/// in any of the languages `find` reads.
pub fn is_month_name(word: &str) -> bool {
    month_number(word).is_some()
}

fn month_number(name: &str) -> Option<u32> {
    crate::lexicon::with_lowercase(name.trim_end_matches('.'), |name| {
        MONTH_NUMBERS.get(name).copied()
    })
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})-(?P<d>[0-9]{2})\b").expect("valid regex")
});

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<a>[0-9]{1,2})(?P<sep>[./])(?P<b>[0-9]{1,2})[./](?P<y>[0-9]{4})\b")
        .expect("valid regex")
});

/// A date found in a line: where it stands (with its time, if one follows
/// closely) and its ISO form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    pub iso: String,
}

/// Most characters allowed between a date and the time that belongs to it
/// (", ", " at ", " - ", " um ").
const TIME_GAP_BYTES: usize = 6;

/// Bytes searched after a date for its time: the gap and "12:45 p.m.".
const TIME_WINDOW_BYTES: usize = TIME_GAP_BYTES + 16;

/// Bytes before a year a date may start at: "Wednesday 26th de
/// septiembre de " is the longest form.
const DATE_LOOKBACK_BYTES: usize = 48;

/// Bytes after a year a date may run on for: "-10-26" of an ISO date and
/// the character after it, for the word boundary.
const DATE_LOOKAHEAD_BYTES: usize = 8;

/// The first date in `text`, if any.
pub fn find(text: &str) -> Option<DateMatch> {
    let (start, end, y, m, d) = find_day(text)?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut iso = format!("{y:04}-{m:02}-{d:02}");
    let mut end = end;
    let after = &text[end..boundary::ceil(text, end + TIME_WINDOW_BYTES)];
    // A time that may belong to the date starts with a digit within the
    // gap; most dates have none, and capturing costs thousands of
    // instructions.
    let may_have_time = after
        .bytes()
        .take(TIME_GAP_BYTES + 1)
        .any(|b| b.is_ascii_digit());
    if may_have_time
        && let Some(t) = time::find(after)
        && t.start <= TIME_GAP_BYTES
    {
        let hour = match t.pm {
            Some(pm) => t.hour % 12 + if pm { 12 } else { 0 },
            None => t.hour,
        };
        if hour < 24 && t.minute < 60 {
            iso.push_str(&format!("T{hour:02}:{:02}", t.minute));
            end += t.end;
        }
    }
    Some(DateMatch { start, end, iso })
}

/// Words before a year searched for a month name: "12 de marzo de",
/// "October 26,".
const MONTH_LOOKBACK_WORDS: usize = 3;

/// A short stretch of text around a possible year.
struct YearWindow<'t> {
    /// Where it starts in the text.
    at: usize,
    /// The stretch, lowered in place.
    text: Cow<'t, str>,
    /// A '-' follows the year: "2023-10-26".
    iso: bool,
    /// A '.' or '/' comes before the year: "26.10.2023".
    numeric: bool,
    /// A month name stands among the last words before the year.
    named: bool,
}

/// Words a date takes before the word of its year: "12 de marzo de" in
/// "12 de marzo de 2024"; "October 26," and "26.10." take fewer.
const DATE_WORDS_BEFORE_YEAR: usize = 4;

/// Where a window for the year at `run_start` may start instead of
/// `start`: at the word `DATE_WORDS_BEFORE_YEAR` words before the year's,
/// when there is one after `start`. No date that ends with this year
/// starts earlier (a date that ends with an earlier year is found in that
/// year's window, which comes first), and a shorter window costs the
/// regexes less.
fn nearer_start(bytes: &[u8], start: usize, run_start: usize) -> usize {
    let mut word_starts = (start + 1..=run_start)
        .rev()
        .filter(|&p| bytes[p - 1].is_ascii_whitespace() && !bytes[p].is_ascii_whitespace());
    // The first word start is the year's own word.
    word_starts.nth(DATE_WORDS_BEFORE_YEAR).unwrap_or(start)
}

/// The windows around each possible year, with the forms a date there
/// could take. A window that can hold no date is left out, so most
/// numbers cost no regex search.
fn year_windows(text: &str) -> Vec<YearWindow<'_>> {
    let bytes = text.as_bytes();
    let mut windows = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        // A year is four digits; a longer run may be a year with a time
        // glued on ("Nov 19 20197:05 AM").
        if i - run_start < 4 {
            continue;
        }
        let mut start = boundary::floor(text, run_start.saturating_sub(DATE_LOOKBACK_BYTES));
        // Start at a word, so that the window's edge is no false word
        // boundary.
        if start > 0
            && let Some(space) = bytes[start..run_start]
                .iter()
                .position(u8::is_ascii_whitespace)
        {
            start += space + 1;
        }
        start = nearer_start(bytes, start, run_start);
        let iso = i - run_start == 4 && bytes.get(i) == Some(&b'-');
        let numeric = run_start > 0 && matches!(bytes[run_start - 1], b'.' | b'/');
        let named = text[start..run_start]
            .split_whitespace()
            .rev()
            .take(MONTH_LOOKBACK_WORDS)
            .any(|word| month_number(word.trim_matches(|c| c == ',' || c == '.')).is_some());
        if !(iso || numeric || named) {
            continue;
        }
        let end = boundary::ceil(text, run_start + 4 + DATE_LOOKAHEAD_BYTES);
        windows.push(YearWindow {
            at: start,
            text: lower_in_place(&text[start..end]),
            iso,
            numeric,
            named,
        });
    }
    windows
}

fn find_day(text: &str) -> Option<(usize, usize, u32, u32, u32)> {
    let num =
        |c: &regex_lite::Captures, k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
    let windows = year_windows(text);
    let first = |re: &Regex, form: fn(&YearWindow) -> bool| {
        windows
            .iter()
            .filter(|w| form(w))
            .find_map(|w| re.captures(&w.text).map(|c| (w.at, c)))
    };
    if let Some((at, c)) = first(&ISO_DATE, |w| w.iso) {
        let whole = c.get(0)?;
        return Some((
            at + whole.start(),
            at + whole.end(),
            num(&c, "y")?,
            num(&c, "mo")?,
            num(&c, "d")?,
        ));
    }
    for form in [named::Form::DayMonthYear, named::Form::MonthDayYear] {
        let found = windows.iter().filter(|w| w.named).find_map(|w| {
            named::matches(&w.text, form)
                .find_map(|date| Some((w.at, date, month_number(date.month)?)))
        });
        if let Some((at, date, month)) = found {
            return Some((
                at + date.start,
                at + date.end,
                date.year.parse().ok()?,
                month,
                date.day.parse().ok()?,
            ));
        }
    }
    let (at, c) = first(&NUMERIC_DATE, |w| w.numeric)?;
    let whole = c.get(0)?;
    let (a, b) = (num(&c, "a")?, num(&c, "b")?);
    // Dots mean day.month (Europe); slashes month/day (US) unless the
    // first number cannot be a month.
    let (d, m) = if &c["sep"] == "." || a > 12 {
        (a, b)
    } else {
        (b, a)
    };
    Some((at + whole.start(), at + whole.end(), num(&c, "y")?, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The month of `name` as the tables read in order give it.
    fn month_by_tables(name: &str) -> Option<u32> {
        let name = name.trim_end_matches('.').to_lowercase();
        MONTHS
            .iter()
            .find_map(|table| table.iter().position(|m| *m == name))
            .map(|i| i as u32 + 1)
            .or_else(|| {
                MONTH_ALIASES
                    .iter()
                    .find(|(a, _)| *a == name)
                    .map(|&(_, n)| n)
            })
    }

    #[test]
    fn month_names_read_as_the_tables_give_them() {
        let names = MONTHS
            .iter()
            .flatten()
            .chain(MONTH_ALIASES.iter().map(|(a, _)| a));
        for name in names {
            let mut upper = name.to_uppercase();
            upper.push('.');
            for form in [name.to_string(), upper] {
                assert_eq!(month_number(&form), month_by_tables(&form), "{form}");
            }
        }
        assert_eq!(month_number("Octobre"), month_by_tables("Octobre"));
        assert_eq!(month_number("council"), None);
    }

    fn iso(text: &str) -> Option<String> {
        find(text).map(|m| m.iso)
    }

    #[test]
    fn reads_local_forms() {
        assert_eq!(
            iso("Thursday, 26 October 2023, 16:43").as_deref(),
            Some("2023-10-26T16:43")
        );
        assert_eq!(iso("October 26, 2023").as_deref(), Some("2023-10-26"));
        assert_eq!(iso("26 октября 2023 г.").as_deref(), Some("2023-10-26"));
        assert_eq!(
            iso("26 жовтня 2023, 10:15").as_deref(),
            Some("2023-10-26T10:15")
        );
        assert_eq!(
            iso("12 de marzo de 2024, 10:31").as_deref(),
            Some("2024-03-12T10:31")
        );
        assert_eq!(iso("26. Oktober 2023").as_deref(), Some("2023-10-26"));
        assert_eq!(iso("date 2023-10-26").as_deref(), Some("2023-10-26"));
        assert_eq!(iso("26.10.2023").as_deref(), Some("2023-10-26"));
        assert_eq!(
            iso("Nov 5, 2019 at 3:05 pm").as_deref(),
            Some("2019-11-05T15:05")
        );
        // After many words, the window starts near the year.
        assert_eq!(
            iso("Filed from the harbour office late on Tuesday, 12 de marzo de 2024, 10:31")
                .as_deref(),
            Some("2024-03-12T10:31")
        );
        assert_eq!(
            iso("The long awaited report came out 5 March 2023 2024").as_deref(),
            Some("2023-03-05")
        );
    }

    #[test]
    fn a_time_belongs_to_the_date_within_the_gap() {
        let with_gap = |gap: usize| iso(&format!("October 26, 2023{}10:15", " ".repeat(gap)));
        assert_eq!(
            with_gap(TIME_GAP_BYTES).as_deref(),
            Some("2023-10-26T10:15")
        );
        assert_eq!(with_gap(TIME_GAP_BYTES + 1).as_deref(), Some("2023-10-26"));
    }

    #[test]
    fn no_date() {
        assert_eq!(iso("May the best team win"), None);
        assert_eq!(iso("in 2023 prices rose"), None);
        assert_eq!(iso("x26 October 2023"), None);
        assert_eq!(iso("26.10.20231"), None);
        assert_eq!(
            iso("Tue, Nov 19 20197:05 AM").as_deref(),
            Some("2019-11-19T07:05")
        );
    }

    #[test]
    fn sees_a_month_opening_a_line() {
        assert!(starts_with_month("June 9 -- Coral Sky Amphitheatre"));
        assert!(starts_with_month("Sept. 3: season opener"));
        assert!(starts_with_month("März 12 – Berlin"));
        assert!(!starts_with_month("Junebug Festival, Tampa"));
        assert!(!starts_with_month(""));
    }

    #[test]
    fn finds_dates_far_into_a_line_and_after_other_years() {
        let long = format!(
            "{} In 1999 it opened; on 3 March 2021 it closed.",
            "Word ".repeat(200)
        );
        let found = find(&long).unwrap();
        assert_eq!(found.iso, "2021-03-03");
        assert_eq!(&long[found.start..found.end], "3 March 2021");
        assert_eq!(
            iso("ПОНЕДІЛОК, 26 ЖОВТНЯ 2023").as_deref(),
            Some("2023-10-26")
        );
        assert_eq!(
            iso("26\u{a0}October\u{a0}2023").as_deref(),
            Some("2023-10-26")
        );
    }
}
