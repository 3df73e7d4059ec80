//! The shortcuts the rules take agree with the rules read in full.
//!
//! A rule is skipped for a block that lacks what it needs (`Needs`), and
//! some rules turn a line away by its tokens' shapes before splitting it.
//! Release builds trust those shortcuts; debug builds, these tests
//! among them, also read every block the long way and assert that the
//! shortcut lost nothing. The lines here are made to reach the rules:
//! phrases of every table of the lexicon, in three cases, mixed with
//! words, numbers, times and the punctuation lists and labels put
//! between them ("Condividi : Facebook, X", "EN | DE", "By Ann Lee ·
//! 3 min"), as dumps and as pages. A shortcut that loses a finding
//! panics, and proptest shrinks the input to the line that shows it.

use pith::lexicon::{PhraseTable, ads, comments, consent, credits, cta, meta, nav, related, tags};
use proptest::prelude::*;
use std::sync::LazyLock;

/// Every table whose phrases a rule looks for; a table added to the
/// lexicon belongs here.
const TABLES: &[&[&PhraseTable]] = &[
    ads::DISCLOSURES,
    ads::LABELS,
    credits::LABELS,
    credits::TRAILERS,
    credits::CONTRIBUTORS,
    credits::COPYRIGHT,
    nav::CHROME,
    nav::LISTING_CONTROLS,
    nav::SOCIAL_NAMES,
    nav::ERROR_PAGE,
    nav::UI_MESSAGE,
    nav::LANGUAGE_NAMES,
    cta::NEWSLETTER,
    cta::APP,
    cta::DONATE,
    cta::SUBSCRIBE,
    cta::SHARE,
    tags::LABELS,
    consent::COOKIE,
    related::INLINE,
    related::HEADINGS,
    related::HEADING_PREFIXES,
    meta::BYLINE_PREFIXES,
    meta::FIELD_LABELS,
    comments::FORM_SENTENCES,
    comments::FORMS,
    comments::FIELDS,
    comments::USER_INFO,
    comments::POST_CONTROLS,
];

/// Words that are in no table but that the rules read: dates, times,
/// counts, names, handles, links.
const OTHER_WORDS: &[&str] = &[
    "March",
    "Jan.",
    "2024",
    "14:54",
    "3",
    "12",
    "min",
    "ago",
    "(52)",
    "©",
    "@ann_lee",
    "#news",
    "https://example.com/a",
    "Ann",
    "Lee",
    "Home",
    "News",
    "EN",
    "de",
    "Фото",
    "vor",
    "Stunden",
    "Read",
    "more",
    "…",
    "→",
    "Posted",
    "Reply",
    "Likes",
];

/// What lines put between their words, in prose and in chrome.
const SEPARATORS: &[&str] = &[
    " ", " ", " ", ": ", " : ", ":", " | ", "|", " / ", "/", ", ", ",", " - ", " – ", " — ", " · ",
    " • ", " » ", " > ", ". ", " (", ") ", "\t",
];

/// What ends a list's label: "Share:", "Partager :", "VIDEO - ", "WATCH | ".
const LABEL_ENDS: &[&str] = &[": ", " : ", ":", " :", " - ", " | ", "："];

/// What lists put between their items, the same all along a list.
const LIST_SEPARATORS: &[&str] = &[
    " | ", "|", " / ", "/", ", ", ",", " ", " · ", " • ", " » ", " > ", " – ",
];

/// Dumps, and pages, drawn on each run (`PROPTEST_CASES` for more).
const CASES: u32 = 6144;
/// Most lines in a drawn dump, and most pieces in a drawn line of
/// prose.
const MAX_LINES: usize = 12;
const MAX_PIECES: usize = 8;
/// Most items in a drawn list.
const MAX_ITEMS: usize = 6;
/// How often a piece is of the line's table, against 3 for the others
/// together: a list's items mostly are, and most of what breaks a
/// shortcut is a list with a label of another kind ("Condividi :
/// Facebook, X"), or a stray word among the items.
const ITEM_THEME_WEIGHT: u32 = 8;
const LABEL_THEME_WEIGHT: u32 = 2;
const MIXED_THEME_WEIGHT: u32 = 4;

fn config() -> ProptestConfig {
    crate::support::proptest_config(CASES)
}

/// The phrases of every table, made once: a piece is drawn for every
/// word of every line.
static ALL_PHRASES: LazyLock<Vec<&'static str>> = LazyLock::new(|| phrases_of(&TABLES.concat()));

fn phrases_of(tables: &[&PhraseTable]) -> Vec<&'static str> {
    tables
        .iter()
        .flat_map(|table| table.phrases.iter().copied())
        .collect()
}

/// A phrase or word as a page may write it: as listed, capitalised, or
/// in capitals. `theme_weight` in `theme_weight + 3` come from `theme`,
/// the table the line is a list of; the others from any table, from
/// `OTHER_WORDS`, or made up.
fn piece(theme: Vec<&'static str>, theme_weight: u32) -> impl Strategy<Value = String> {
    let word = prop_oneof![
        theme_weight => prop::sample::select(theme).prop_map(str::to_string),
        1 => prop::sample::select(&**ALL_PHRASES).prop_map(str::to_string),
        1 => prop::sample::select(OTHER_WORDS).prop_map(str::to_string),
        1 => "[A-Za-z]{1,9}",
    ];
    (word, 0..3u8).prop_map(|(word, case)| match case {
        0 => word,
        1 => {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        }
        _ => word.to_uppercase(),
    })
}

/// A line of a dump: a list, or words and punctuation in any order.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![list(), mixed()]
}

/// A list of a table's phrases (a menu, a share bar, a language
/// switcher, tags), maybe after a label.
fn list() -> impl Strategy<Value = String> {
    (0..TABLES.len()).prop_flat_map(|theme| {
        let items = phrases_of(TABLES[theme]);
        (
            prop::option::of((
                piece(items.clone(), LABEL_THEME_WEIGHT),
                prop::sample::select(LABEL_ENDS),
            )),
            prop::collection::vec(piece(items, ITEM_THEME_WEIGHT), 1..=MAX_ITEMS),
            prop::sample::select(LIST_SEPARATORS),
        )
            .prop_map(|(label, items, separator)| {
                let label = label.map_or_else(String::new, |(label, end)| label + end);
                label + &items.join(separator)
            })
    })
}

/// Pieces of a table and others, each followed by any separator.
fn mixed() -> impl Strategy<Value = String> {
    (0..TABLES.len()).prop_flat_map(|theme| {
        prop::collection::vec(
            (
                piece(phrases_of(TABLES[theme]), MIXED_THEME_WEIGHT),
                prop::sample::select(SEPARATORS),
            ),
            1..=MAX_PIECES,
        )
        .prop_map(|parts| {
            parts
                .into_iter()
                .flat_map(|(piece, separator)| [piece, separator.to_string()])
                .collect()
        })
    })
}

/// How a dump marks a line's kind: none (a paragraph), a heading, a
/// list item.
const LINE_MARKS: &[&str] = &["", "", "", "# ", "## ", "- ", "* ", "1. "];

/// The elements a page puts a line in, with what they tell the rules: a
/// paragraph, a heading, a list item, a link, a caption, a table cell, a
/// quotation, or a paragraph inside a page's navigation, footer, sidebar
/// or share box.
const ELEMENTS: &[(&str, &str)] = &[
    ("<p>", "</p>"),
    ("<h2>", "</h2>"),
    ("<h3>", "</h3>"),
    ("<ul><li>", "</li></ul>"),
    ("<p><a href=\"/x\">", "</a></p>"),
    ("<figure><figcaption>", "</figcaption></figure>"),
    ("<table><tr><td>", "</td></tr></table>"),
    ("<blockquote>", "</blockquote>"),
    ("<nav><p>", "</p></nav>"),
    ("<footer><p>", "</p></footer>"),
    ("<aside class=\"related\"><p>", "</p></aside>"),
    ("<div class=\"share\"><p>", "</p></div>"),
];

/// Lines, each with a mark (for a dump) and an element (for a page).
fn lines() -> impl Strategy<Value = Vec<(String, &'static str, (&'static str, &'static str))>> {
    prop::collection::vec(
        (
            line(),
            prop::sample::select(LINE_MARKS),
            prop::sample::select(ELEMENTS),
        ),
        1..=MAX_LINES,
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn clean(document: &str, input: pith::FormatHint) -> Result<pith::Article, pith::InputError> {
    // No time budget: a loaded machine must not turn a check into a
    // timeout.
    let options = pith::Options {
        input,
        time_budget: None,
        ..pith::Options::default()
    };
    pith::clean(document.as_bytes(), &options)
}

proptest! {
    #![proptest_config(config())]

    /// Cleaning runs every skipped rule on every block in debug builds
    /// and panics where a shortcut turned away what the rule takes. A
    /// release build checks nothing here, and says so.
    #[test]
    #[cfg_attr(
        not(debug_assertions),
        ignore = "the shortcuts are checked by debug assertions"
    )]
    fn shortcuts_lose_no_finding_in_dumps(lines in lines()) {
        let dump: Vec<String> = lines.iter().map(|(line, mark, _)| format!("{mark}{line}")).collect();
        prop_assert!(clean(&dump.join("\n"), pith::FormatHint::Text).is_ok());
    }

    /// The same in pages, where the elements around a block tell the
    /// rules more.
    #[test]
    #[cfg_attr(
        not(debug_assertions),
        ignore = "the shortcuts are checked by debug assertions"
    )]
    fn shortcuts_lose_no_finding_in_pages(lines in lines()) {
        let mut page = String::from("<!DOCTYPE html><html><head><title>A page</title></head><body>");
        for (line, _, (open, close)) in &lines {
            page.push_str(open);
            page.push_str(&escape(line));
            page.push_str(close);
        }
        page.push_str("</body></html>");
        prop_assert!(clean(&page, pith::FormatHint::Html).is_ok());
    }
}
