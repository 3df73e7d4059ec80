//! Site navigation: menu entries, language switchers, breadcrumbs and the
//! form controls text browsers print.

use super::ascii_tokens::{self, ALNUM, COMMA, SEPARATES, read_unless_turned_away};
use super::number_line::NumberLineRule;
use super::short_phrase::ShortPhraseRule;
use super::{DocContext, Finding, Needs, Rule, RuleInfo};
use crate::block::{Block, BlockKind};
use crate::letters;
use crate::lexicon::{Mode, PhraseSet, nav, normalise};
use crate::pattern::Cued;
use std::sync::LazyLock;

static CHROME: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(Mode::Line, nav::CHROME));
static LANGUAGES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Line, nav::LANGUAGE_NAMES));

/// A line that is one menu or chrome entry: "All Sections", "Home",
/// "Skip to content", "Главная", "Startseite".
pub struct ChromeLine;

pub static CHROME_LINE: RuleInfo = RuleInfo {
    name: "nav/chrome-line",
    summary: "a line that is a menu or site-chrome entry (\"All Sections\", \"Home\", \"Log in\")",
};

impl Rule for ChromeLine {
    fn info(&self) -> &'static RuleInfo {
        &CHROME_LINE
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        CHROME
            .find_in(block)
            .map(|hit| Finding::drop(&CHROME_LINE, format!("{}: {}", hit.lang, hit.phrase)))
    }
}

/// Longest line we read as a language switcher.
const SWITCHER_MAX_TOKENS: usize = 12;
/// Language names it must list.
const SWITCHER_MIN_LANGUAGES: usize = 2;

/// A language switcher: "Укр Рус Eng", "EN | DE | FR", "English Español".
pub struct LanguageSwitcher;

pub static LANGUAGE_SWITCHER: RuleInfo = RuleInfo {
    name: "nav/language-switcher",
    summary: "a language switcher (\"Укр Рус Eng\", \"EN | DE | FR\")",
};

impl Rule for LanguageSwitcher {
    fn info(&self) -> &'static RuleInfo {
        &LANGUAGE_SWITCHER
    }

    fn needs(&self) -> Needs {
        Needs::words(SWITCHER_MAX_TOKENS as u32)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        // Its tokens split words further, so a block of more words than
        // that has more tokens too.
        if block.features.ends_with_terminal || block.features.words as usize > SWITCHER_MAX_TOKENS
        {
            return None;
        }
        let languages =
            read_unless_turned_away(&block.text, may_be_ascii_switcher, switcher_languages)?;
        Some(Finding::drop(
            &LANGUAGE_SWITCHER,
            format!("{languages} language names"),
        ))
    }
}

/// How many language names `line` lists, if it is a language switcher.
fn switcher_languages(line: &str) -> Option<usize> {
    // One pass keeps the tokens; a line with more is no switcher.
    let mut tokens = [""; SWITCHER_MAX_TOKENS];
    let mut count = 0;
    let split = line
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•'))
        .filter(|t| t.chars().any(letters::is_alphanumeric));
    for token in split {
        *tokens.get_mut(count)? = token;
        count += 1;
    }
    if count < SWITCHER_MIN_LANGUAGES {
        return None;
    }
    // Half the tokens must be languages: stop looking them up once more
    // than half are not, as on most short lines within two.
    let most_others = count / 2;
    let mut languages = 0;
    for (seen, token) in tokens[..count].iter().enumerate() {
        if is_language_token(token) {
            languages += 1;
        } else if seen + 1 - languages > most_others {
            return None;
        }
    }
    (languages >= SWITCHER_MIN_LANGUAGES).then_some(languages)
}

/// Whether `line`, ASCII, has the tokens of a switcher by their shapes:
/// at least `SWITCHER_MIN_LANGUAGES` that may be language names
/// (`PhraseSet::may_match_shape`), and no more others than languages. In
/// one pass over the bytes, without looking any token up: most short
/// lines are no switcher, and splitting them into tokens and looking
/// those up cost the rule most of its time.
fn may_be_ascii_switcher(line: &[u8]) -> bool {
    let (mut tokens, mut languages) = (0, 0);
    for token in ascii_tokens::tokens(line, SEPARATES).filter(|t| t.classes & ALNUM != 0) {
        tokens += 1;
        languages += usize::from(token.may_be_in(line, &LANGUAGES));
    }
    languages >= SWITCHER_MIN_LANGUAGES && tokens - languages <= tokens / 2
}

/// Two-letter codes ("de", "es", "it") are everyday words in some
/// languages; they count only in capitals, as switchers write them.
fn is_language_token(token: &str) -> bool {
    let letter_count = token.chars().filter(|&c| letters::is_alphabetic(c)).count();
    if letter_count <= 2 && token.chars().any(char::is_lowercase) {
        return false;
    }
    LANGUAGES.find(token).is_some()
}

/// Separators breadcrumbs put between their items.
const BREADCRUMB_SEPARATORS: &[char] = &['›', '»', '>', '/', '|', '→', '＞'];
/// Fewest items in a breadcrumb ("Home > World > Europe"). With arrow-like
/// separators two are enough ("News > Local"); "/" and "|" also separate
/// ordinary words, so they need three.
const BREADCRUMB_MIN_ITEMS: usize = 3;
const BREADCRUMB_MIN_ARROW_ITEMS: usize = 2;
const BREADCRUMB_ARROWS: &[char] = &['›', '»', '>', '→', '＞'];
/// Longest breadcrumb item, in words.
const BREADCRUMB_MAX_ITEM_WORDS: usize = 5;
/// Most items of a breadcrumb: a site's deepest page is a few levels
/// down. With `BREADCRUMB_MAX_ITEM_WORDS` this bounds a trail's words, so
/// that paragraphs are not searched for separators.
const BREADCRUMB_MAX_ITEMS: usize = 12;

/// Labels a site puts before its trail ("You are here: Home › News").
/// After one, the trail is the rest of the line whatever parts its
/// items: a dump may glue the links together ("You are here:
/// HomeNewsBusiness").
static BREADCRUMB_LABELS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Label, nav::BREADCRUMB_LABELS));

/// A set of characters, with the bytes that end their UTF-8 forms, made
/// when the program is compiled.
struct CharSet {
    chars: &'static [char],
    last_bytes: [bool; 256],
}

impl CharSet {
    const fn new(chars: &'static [char]) -> CharSet {
        let mut last_bytes = [false; 256];
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i] as u32;
            // An ASCII character is its own byte; any other ends with a
            // continuation byte holding its low six bits.
            let last = if c < 0x80 { c } else { 0x80 | (c & 0x3f) };
            last_bytes[last as usize] = true;
            i += 1;
        }
        CharSet { chars, last_bytes }
    }
}

static BREADCRUMB_SEPARATOR_SET: CharSet = CharSet::new(BREADCRUMB_SEPARATORS);
static BREADCRUMB_ARROW_SET: CharSet = CharSet::new(BREADCRUMB_ARROWS);

/// Whether `text` holds any of `set`'s characters, in one pass over its
/// bytes: a byte that ends one of the characters is checked, the rest
/// skipped. `str::contains` with a set of characters decodes every
/// character of the text and costs several times more, and this runs on
/// most blocks.
fn contains_any(text: &str, set: &CharSet) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        set.last_bytes[usize::from(b)]
            && set.chars.iter().any(|c| {
                let len = c.len_utf8();
                i + 1 >= len
                    && text.is_char_boundary(i + 1 - len)
                    && text[i + 1 - len..].starts_with(*c)
            })
    })
}

/// A breadcrumb trail: "Home › World › Europe".
pub struct Breadcrumb;

pub static BREADCRUMB: RuleInfo = RuleInfo {
    name: "nav/breadcrumb",
    summary: "a breadcrumb trail (\"Home › World › Europe\")",
};

impl Rule for Breadcrumb {
    fn info(&self) -> &'static RuleInfo {
        &BREADCRUMB
    }

    fn needs(&self) -> Needs {
        Needs::words((BREADCRUMB_MAX_ITEMS * BREADCRUMB_MAX_ITEM_WORDS) as u32)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.ends_with_terminal
            || block.kind == BlockKind::TableRow
            || block.features.words as usize > BREADCRUMB_MAX_ITEMS * BREADCRUMB_MAX_ITEM_WORDS
        {
            return None;
        }
        if let Some((hit, trail)) = BREADCRUMB_LABELS.find_label_in(block)
            && !trail.is_empty()
        {
            return Some(Finding::drop(&BREADCRUMB, format!("{}: …", hit.phrase)));
        }
        if !contains_any(&block.text, &BREADCRUMB_SEPARATOR_SET) {
            return None;
        }
        let items = || block.text.split(BREADCRUMB_SEPARATORS).map(str::trim);
        // "News > Local" is a trail; "Risk > reward" is not. With only
        // "/" or "|" between items, the trail must start at a menu word:
        // "GK - Vicario/Forster/Austin" is a list of names.
        let starts_at_chrome = items()
            .next()
            .is_some_and(|first| CHROME.find(first).is_some());
        let arrows = contains_any(&block.text, &BREADCRUMB_ARROW_SET);
        if !arrows && !starts_at_chrome {
            return None;
        }
        let min_items = if arrows && starts_at_chrome {
            BREADCRUMB_MIN_ARROW_ITEMS
        } else {
            BREADCRUMB_MIN_ITEMS
        };
        let count = items().count();
        let is_trail = count >= min_items
            && items().all(|item| {
                let words = item.split_whitespace().count();
                (1..=BREADCRUMB_MAX_ITEM_WORDS).contains(&words)
            });
        is_trail.then(|| Finding::drop(&BREADCRUMB, format!("{count} items")))
    }
}

/// Longest button or image label w3m prints in brackets ("[Search]").
const BRACKETED_LABEL_MAX_CHARS: usize = 40;

/// Fewest blanks of a w3m text input ("[          ]").
const TEXT_INPUT_MIN_BLANKS: usize = 3;

/// Form controls as lynx and w3m print them (ASCII, case as printed):
/// lines that start "IFRAME:", "#alternate" or "[IMG]"; a whole line in
/// brackets ("[Search]", "[logo.png]"); a check box ("[X] Remember me");
/// and anywhere in a line "(BUTTON)", "(IMAGE)" or a text input's
/// bracketed blanks. Returns the control's text. A byte scan: this runs on
/// every short line of a dump.
fn find_control(line: &str) -> Option<&str> {
    if let Some(prefix) = ["IFRAME:", "#alternate", "[IMG]"]
        .into_iter()
        .find(|p| line.starts_with(p))
    {
        return Some(prefix);
    }
    let bytes = line.as_bytes();
    // Every other form has a bracket or a parenthesis: most lines end here.
    memchr::memchr2(b'[', b'(', bytes)?;
    if let Some(label) = line.strip_prefix('[').and_then(|r| r.strip_suffix(']'))
        && !label.contains([']', '\n'])
        && (1..=BRACKETED_LABEL_MAX_CHARS).contains(&label.chars().count())
    {
        return Some(line);
    }
    if let [b'[', mark, b']', after, ..] = bytes
        && (mark.is_ascii_whitespace() || matches!(mark, b'X' | b'*'))
        && after.is_ascii_whitespace()
    {
        return Some(&line[..3]);
    }
    let text_input = memchr::memchr_iter(b'[', bytes).find_map(|start| {
        let blanks = bytes[start + 1..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        let end = start + 1 + blanks;
        (blanks >= TEXT_INPUT_MIN_BLANKS && bytes.get(end) == Some(&b']'))
            .then_some((start, end + 1))
    });
    let words = ["(BUTTON)", "(IMAGE)"].into_iter().filter_map(|word| {
        memchr::memmem::find(bytes, word.as_bytes()).map(|start| (start, start + word.len()))
    });
    text_input
        .into_iter()
        .chain(words)
        .min()
        .map(|(start, end)| &line[start..end])
}

static LISTING_CONTROLS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Label, nav::LISTING_CONTROLS));

/// Most words of a sort control's line ("Sort by: Price, low to high").
const LISTING_CONTROL_MAX_WORDS: u32 = 6;

pub static LISTING_CONTROL_RULE: RuleInfo = RuleInfo {
    name: "nav/listing-control",
    summary: "a listing's sort control (\"Sort: Best Match\", \"Sort by: Newest\")",
};

/// A listing's sort control with its current choice: "Sort: Best Match".
/// (A bare "Sort by" is a chrome line.)
pub static LISTING_CONTROL: ShortPhraseRule = ShortPhraseRule {
    info: &LISTING_CONTROL_RULE,
    phrases: &LISTING_CONTROLS,
    max_words: LISTING_CONTROL_MAX_WORDS,
};

/// Longest line we drop for carrying a form control.
const CONTROL_MAX_WORDS: u32 = 12;

/// Form controls as text browsers print them: lynx's "(BUTTON) Search" and
/// "IFRAME: …", w3m's "[Search]" and "[          ]".
pub struct UiControl;

pub static UI_CONTROL_RULE: RuleInfo = RuleInfo {
    name: "nav/ui-control",
    summary: "a form control as a text browser prints it (\"(BUTTON) Search\", \"[Search]\")",
};

impl Rule for UiControl {
    fn info(&self) -> &'static RuleInfo {
        &UI_CONTROL_RULE
    }

    fn needs(&self) -> Needs {
        Needs::words(CONTROL_MAX_WORDS)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > CONTROL_MAX_WORDS {
            return None;
        }
        find_control(&block.text).map(|control| Finding::drop(&UI_CONTROL_RULE, normalise(control)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn a_char_set_knows_the_last_byte_of_each_character() {
        static SAMPLES: &[char] = &['a', '/', '\u{7f}', 'é', '›', '＞', '😀', '\u{10ffff}'];
        let set = CharSet::new(SAMPLES);
        for &c in SAMPLES {
            let mut buffer = [0; 4];
            let encoded = c.encode_utf8(&mut buffer).as_bytes();
            assert!(
                set.last_bytes[usize::from(encoded[encoded.len() - 1])],
                "{c:?}"
            );
        }
        assert_eq!(set.last_bytes.iter().filter(|&&b| b).count(), 8);
    }

    #[test]
    fn finds_any_of_a_set_of_characters() {
        for (text, expected) in [
            ("Home › World", true),
            ("Home > World", true),
            ("A＞B", true),
            ("→", true),
            ("plain words", false),
            ("", false),
            // '≥' and '⁄' share bytes with '›' and '/' but are neither.
            ("a ≥ b ⁄ c", false),
        ] {
            assert_eq!(
                contains_any(text, &BREADCRUMB_SEPARATOR_SET),
                expected,
                "{text:?}"
            );
            assert_eq!(text.contains(BREADCRUMB_SEPARATORS), expected, "{text:?}");
        }
    }

    #[test]
    fn chrome_hit_and_miss() {
        for text in [
            "All Sections",
            "All News",
            "Home",
            "Skip to content",
            "Главная",
            "Startseite",
            "Table of Contents",
            "On this page:",
            "Search form",
            "Edit Profile",
            "Sign Out",
        ] {
            assert!(hits(&ChromeLine, text), "{text}");
        }
        assert!(!hits(&ChromeLine, "Home prices rose again in March."));
        assert!(!hits(&ChromeLine, "Contents of the parcel"));
    }

    #[test]
    fn language_switcher_hit_and_miss() {
        assert!(hits(&LanguageSwitcher, "Укр Рус Eng"));
        assert!(hits(&LanguageSwitcher, "Укр Рус Eng Support Us"));
        assert!(hits(&LanguageSwitcher, "EN | DE | FR"));
        assert!(hits(&LanguageSwitcher, "English Español Français"));
        assert!(!hits(&LanguageSwitcher, "es de ti"));
        assert!(!hits(&LanguageSwitcher, "English teachers in Spain"));
        assert!(!may_be_ascii_switcher(b"Home Delivery"));
        assert!(may_be_ascii_switcher(b"EN | DE | FR"));
        assert!(may_be_ascii_switcher(b"Choose: English / Deutsch"));
    }

    #[test]
    fn breadcrumb_hit_and_miss() {
        assert!(hits(&Breadcrumb, "Home › World › Europe"));
        assert!(hits(&Breadcrumb, "News / Politics / Elections"));
        assert!(hits(&Breadcrumb, "News > Local"));
        assert!(!hits(&Breadcrumb, "Risk > reward"));
        assert!(!hits(
            &Breadcrumb,
            "GK -Vicario/Forster/Austin/Whiteman or Gunter"
        ));
        assert!(!hits(
            &Breadcrumb,
            "Opinion|Republicans Are Following Trump to Nowhere"
        ));
        assert!(!hits(&Breadcrumb, "Prices rose 3/4 of a point, then fell."));
        // After its label a trail is taken whatever parts its items, glued
        // links included.
        assert!(hits(&Breadcrumb, "you are here: HomeNewsBusinessMarkets"));
        assert!(hits(&Breadcrumb, "Sie sind hier: Startseite Politik"));
        assert!(hits(&Breadcrumb, "Вы здесь: Главная / Новости"));
        assert!(!hits(&Breadcrumb, "You are here:"));
        assert!(!hits(
            &Breadcrumb,
            "You are here: the museum keeps the map where the town began."
        ));
    }

    #[test]
    fn listing_control_hit_and_miss() {
        assert!(hits(&LISTING_CONTROL, "Sort: Best Match"));
        assert!(hits(&LISTING_CONTROL, "Sort by: Price, low to high"));
        assert!(hits(&LISTING_CONTROL, "Sortieren nach: Relevanz"));
        assert!(hits(&ChromeLine, "Sort by:"));
        assert!(!hits(
            &LISTING_CONTROL,
            "Sort: the council has not yet decided which of the three plans to fund"
        ));
        assert!(!hits(&LISTING_CONTROL, "Sorting out the harbour plan"));
    }

    #[test]
    fn ui_control_hit_and_miss() {
        assert!(hits(&UiControl, "(BUTTON) Search"));
        assert!(hits(&UiControl, "IFRAME: https://example.com/embed"));
        assert!(hits(&UiControl, "[Search]"));
        assert!(hits(
            &UiControl,
            "Email: [                    ] [Subscribe]"
        ));
        assert!(!hits(
            &UiControl,
            "The report [PDF] was published on Monday."
        ));
        assert_eq!(find_control("[X] Remember me"), Some("[X]"));
        assert_eq!(find_control("Go (IMAGE) and (BUTTON)"), Some("(IMAGE)"));
        assert_eq!(find_control("Name [    ] (BUTTON)"), Some("[    ]"));
        assert_eq!(find_control("[]"), None);
        assert_eq!(find_control(&format!("[{}]", "x".repeat(41))), None);
        assert_eq!(find_control("#alternate"), Some("#alternate"));
    }
}

static SOCIAL: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Line, nav::SOCIAL_NAMES));
/// Fewest network names a share bar lists.
const SOCIAL_MIN_NAMES: usize = 2;

/// Longest "Follow … on Facebook, Twitter and Instagram" prompt.
const FOLLOW_PROMPT_MAX_WORDS: u32 = 25;
/// Words that open a follow prompt, lower case.
const FOLLOW_VERBS: &[&str] = &["follow", "folgen", "folgt", "suivez", "síguenos", "sigue"];

/// A share or follow bar: "Facebook Twitter E-Mail", "Поширити: Facebook
/// Telegram X", or a sentence asking to follow the site on several
/// networks: "Follow Newsbeat on Instagram, Facebook and YouTube."
pub struct SocialLinks;

pub static SOCIAL_LINKS: RuleInfo = RuleInfo {
    name: "nav/social-links",
    summary: "a share or follow bar listing networks (\"Facebook Twitter E-Mail\", \"Follow us on Facebook and X\")",
};

/// Whether the first letter or digit of `text` may begin a follow verb:
/// settled on its first ASCII letter or digit, which most lines open
/// with, before the line is split into words (a third of the rule's
/// cost). A character outside ASCII on the way leaves it to the words.
fn may_open_with_follow_verb(text: &str) -> bool {
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() {
            let first = b.to_ascii_lowercase();
            return FOLLOW_VERBS.iter().any(|verb| verb.as_bytes()[0] == first);
        }
        if !b.is_ascii() {
            return true;
        }
    }
    false
}

/// How many networks a follow prompt names, if `block` is one.
fn follow_prompt_names(block: &Block) -> Option<usize> {
    if block.features.words > FOLLOW_PROMPT_MAX_WORDS || !may_open_with_follow_verb(&block.text) {
        return None;
    }
    let mut words = block
        .text
        .split(|c: char| !letters::is_alphanumeric(c))
        .filter(|w| !w.is_empty());
    let first = words.next()?;
    if !crate::lexicon::with_lowercase(first, |first| {
        FOLLOW_VERBS.iter().any(|verb| verb.as_bytes() == first)
    }) {
        return None;
    }
    // The prompt ends with its list of networks.
    let mut names = 0;
    let mut last_is_name = false;
    for word in words {
        last_is_name = SOCIAL.find(word).is_some();
        names += usize::from(last_is_name);
    }
    (last_is_name && names >= SOCIAL_MIN_NAMES).then_some(names)
}

impl Rule for SocialLinks {
    fn info(&self) -> &'static RuleInfo {
        &SOCIAL_LINKS
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if let Some(names) = follow_prompt_names(block) {
            return Some(Finding::drop(
                &SOCIAL_LINKS,
                format!("follow prompt, {names} network names"),
            ));
        }
        let names = read_unless_turned_away(&block.text, may_be_ascii_share_bar, share_bar_names)?;
        Some(Finding::drop(
            &SOCIAL_LINKS,
            format!("{names} network names"),
        ))
    }
}

/// How many networks `line` names, if it is a share bar: a list of
/// network names, after a label ("Share:") if it has one.
fn share_bar_names(line: &str) -> Option<usize> {
    let list = match line.split_once(':') {
        Some((label, rest))
            if SOCIAL.find(label).is_some() || label.split_whitespace().count() == 1 =>
        {
            rest
        }
        _ => line,
    };
    let mut names = 0;
    for token in list
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | '/'))
        .filter(|t| !t.is_empty())
    {
        SOCIAL.find(token)?;
        names += 1;
    }
    (names >= SOCIAL_MIN_NAMES).then_some(names)
}

/// Whether `line`, ASCII, may be a share bar by its tokens' shapes: every
/// token may be a network's name (`PhraseSet::may_match_shape`), of the
/// whole line or of what follows its label's colon, as the rule reads a
/// line with a label ("Condividi : Facebook, X"). Most lines are settled
/// at their first token, in a few bytes, where splitting them into
/// tokens and looking the first up cost the rule most of its time.
fn may_be_ascii_share_bar(line: &[u8]) -> bool {
    may_all_be_share_names(line)
        || label_colon(line).is_some_and(|colon| may_all_be_share_names(&line[colon + 1..]))
}

/// Most words of a label the share-bar rule reads past: one word, or a
/// network's name ("Copy link:"). A test holds it to the table.
const SOCIAL_LABEL_MAX_WORDS: usize = 2;

/// Where the first colon of `line` (ASCII) stands, if the words before
/// it are few enough to be a label the rule reads past. A memchr call
/// first: reading a line byte by byte up to its third word cost more.
fn label_colon(line: &[u8]) -> Option<usize> {
    let colon = memchr::memchr(b':', line)?;
    let words = line[..colon]
        .split(|&b| crate::whitespace::is_ascii_space(b))
        .filter(|word| !word.is_empty())
        .take(SOCIAL_LABEL_MAX_WORDS + 1)
        .count();
    (words <= SOCIAL_LABEL_MAX_WORDS).then_some(colon)
}

/// Whether every token of `list` may be a network's name, and there are
/// enough. A token with a colon is read as any other: a label's colon is
/// found by `label_colon`.
fn may_all_be_share_names(list: &[u8]) -> bool {
    let mut names = 0;
    for token in ascii_tokens::tokens(list, SEPARATES | COMMA) {
        if !token.may_be_in(list, &SOCIAL) {
            return false;
        }
        names += 1;
    }
    names >= SOCIAL_MIN_NAMES
}

static ERROR_PAGE_PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Contains, nav::ERROR_PAGE));
/// Longest block we take for an error page's message.
const ERROR_MESSAGE_MAX_WORDS: u32 = 30;

pub static ERROR_PAGE_RULE: RuleInfo = RuleInfo {
    name: "nav/error-page",
    summary: "an error page's message (\"Page not found\", \"Seite nicht gefunden\")",
};

/// What an error page says instead of an article: "Page not found",
/// "Страница не найдена".
pub static ERROR_PAGE: ShortPhraseRule = ShortPhraseRule {
    info: &ERROR_PAGE_RULE,
    phrases: &ERROR_PAGE_PHRASES,
    max_words: ERROR_MESSAGE_MAX_WORDS,
};

static UI_MESSAGE_PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Contains, nav::UI_MESSAGE));
/// Longest block we take for a widget's message; a paragraph that quotes
/// one runs longer.
const UI_MESSAGE_MAX_WORDS: u32 = 20;

pub static UI_MESSAGE_RULE: RuleInfo = RuleInfo {
    name: "nav/ui-message",
    summary: "a widget's error or status message (\"An error has occurred, please try again later.\")",
};

/// A widget's status or error message left in the page: "An error has
/// occurred, please try again later."
pub static UI_MESSAGE: ShortPhraseRule = ShortPhraseRule {
    info: &UI_MESSAGE_RULE,
    phrases: &UI_MESSAGE_PHRASES,
    max_words: UI_MESSAGE_MAX_WORDS,
};

/// Matched against the block's lower case.
static READING_TIME_PATTERN: LazyLock<Cued> = LazyLock::new(|| {
    Cued::new(
        &["read", "lese", "lectur", "чтения", "читання"],
        r"(?x)^(?:
            (?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|время\s+чтения|час\s+читання|час\s+прочитання)
              \s*:?\s*(?:about\s+|ca\.?\s+|environ\s+|~)?[0-9]+\s*[a-zа-яёіїäöüéè]*\.?
          | (?:about\s+)?[0-9]+\s*(?:min|mins|minutes?|minuten|мин|хв)\.?\s+(?:read|lesezeit|de\s+lecture|de\s+lectura|чтения|читання)
        )$",
    )
});

/// Most words of a reading-time line ("Temps de lecture : environ 2 min").
const READING_TIME_MAX_WORDS: u32 = 8;

pub static READING_TIME_RULE: RuleInfo = RuleInfo {
    name: "nav/reading-time",
    summary: "a reading-time line (\"5 min read\", \"Lesezeit: 3 Min.\")",
};

/// A reading-time line: "5 min read", "Lesezeit: 3 Min.", "Temps de lecture : 2 min".
pub static READING_TIME: NumberLineRule = NumberLineRule {
    info: &READING_TIME_RULE,
    pattern: &READING_TIME_PATTERN,
    max_words: READING_TIME_MAX_WORDS,
    evidence: "reading time",
};

/// Matched against the block's lower case: "52 results", "Showing 1–24
/// of 310 products", "Products (52)", "(52 products)", "loaded 153 results".
static RESULT_COUNT_PATTERN: LazyLock<Cued> = LazyLock::new(|| {
    Cued::new(
        &[
            "result",
            "résultat",
            "produ",
            "item",
            "match",
            "ergebnis",
            "treffer",
            "artikel",
            "результат",
            "товар",
        ],
        r"(?x)^(?:
            \(?
            (?:(?:loaded|showing|displaying|viewing|found)\s+)?
            (?:[0-9][0-9,.]*\s*(?:-|–|to)\s*[0-9][0-9,.]*\s+of\s+)?
            \(?[0-9][0-9,.]*\)?\s+
            (?:results?|products?|items?|matches|ergebnisse|treffer|produkte|artikel|résultats|produits|resultados|productos|результатов|товаров)
            (?:\s+found)?
            \)?
          | (?:results?|products?|items?|ergebnisse|produkte|résultats|produits|resultados|productos)\s*\([0-9][0-9,.]*\)
        )$",
    )
});

/// Most words of a result-count line ("Showing 1 - 24 of 310 products").
const RESULT_COUNT_MAX_WORDS: u32 = 8;

pub static RESULT_COUNT_RULE: RuleInfo = RuleInfo {
    name: "nav/result-count",
    summary: "a search or shop listing's count (\"52 results\", \"Products (52)\")",
};

/// A listing's count of what it shows: "52 results", "Products (52)".
pub static RESULT_COUNT: NumberLineRule = NumberLineRule {
    info: &RESULT_COUNT_RULE,
    pattern: &RESULT_COUNT_PATTERN,
    max_words: RESULT_COUNT_MAX_WORDS,
    evidence: "result count",
};

#[cfg(test)]
mod more_tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(4096))]
        /// A line turned away by the shapes of its tokens is no share bar.
        #[test]
        fn shapes_turn_away_no_share_bar(
            line in "(Facebook|Twitter|X|E-Mail|Email|WhatsApp|Share|Print|Home|News|#|-|[a-zA-Z]{1,8}|[ |/,]{1,2}|[.:]){0,10}"
        ) {
            if !may_be_ascii_share_bar(line.as_bytes()) {
                proptest::prop_assert_eq!(share_bar_names(&line), None);
            }
        }

        /// A line turned away by the shapes of its tokens is no switcher.
        #[test]
        fn shapes_turn_away_no_switcher(
            line in "(EN|DE|FR|en|de|English|Deutsch|Español|Eng|Rus|Ukr|Home|News|de|it|#|-|[a-zA-Z]{1,8}|[ |/]{1,2}|[.:,]){0,10}"
        ) {
            if line.is_ascii() && !may_be_ascii_switcher(line.as_bytes()) {
                proptest::prop_assert_eq!(switcher_languages(&line), None);
            }
        }
    }
    use crate::rules::testing::hits;

    #[test]
    fn result_count_hit_and_miss() {
        assert!(hits(&RESULT_COUNT, "52 results"));
        assert!(hits(&RESULT_COUNT, "Showing 1–24 of 310 products"));
        assert!(hits(&RESULT_COUNT, "Products (52)"));
        assert!(hits(&RESULT_COUNT, "(52 products)"));
        assert!(hits(&RESULT_COUNT, "loaded 153 results"));
        for text in [
            "48 Ergebnisse",
            "12 Treffer",
            "9 matches",
            "30 items found",
            "5 Artikel",
            "Showing 1 to 24 of 80 résultats",
            "18 produits",
            "7 resultados",
            "15 productos",
            "120 результатов",
            "40 товаров",
            "Items (12)",
            "Produkte (4)",
        ] {
            assert!(hits(&RESULT_COUNT, text), "{text}");
        }
        assert!(!hits(&RESULT_COUNT, "52 results were counted by hand."));
        assert!(!hits(
            &RESULT_COUNT,
            "The survey drew 52 results from 12 labs"
        ));
        assert!(!hits(&RESULT_COUNT, "Results"));
    }

    #[test]
    fn social_links_hit_and_miss() {
        assert!(hits(&SocialLinks, "Facebook Twitter E-Mail"));
        assert!(hits(&SocialLinks, "Поширити: Facebook Telegram X"));
        assert!(!hits(&SocialLinks, "Facebook"));
        assert!(hits(
            &SocialLinks,
            "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
        ));
        assert!(hits(
            &SocialLinks,
            "Follow The Times Opinion section on Facebook, Twitter (@TimesOpinion) and Instagram."
        ));
        assert!(!hits(
            &SocialLinks,
            "Follow the money: the company bought Instagram after Facebook's rivals passed."
        ));
        assert!(!hits(&SocialLinks, "Follow us on Facebook."));
        assert!(!hits(&SocialLinks, "Facebook bought Instagram in 2012"));
        assert!(hits(
            &SocialLinks,
            "«Síguenos» en Facebook, Instagram y YouTube"
        ));
        assert!(hits(&SocialLinks, "— SUIVEZ-NOUS sur Facebook et X"));
        assert!(hits(&SocialLinks, "Facebook, X | WhatsApp / E-Mail"));
        assert!(!may_be_ascii_share_bar(b"Home Delivery"));
        assert!(!may_be_ascii_share_bar(b"Facebook"));
        assert!(may_be_ascii_share_bar(b"Share: Facebook X"));
        assert!(!may_be_ascii_share_bar(b"Share: anything"));
        assert!(!may_be_ascii_share_bar(b"Posted: 12:30 pm"));
        // A label not in the table, set off with a space before its colon.
        assert!(hits(&SocialLinks, "Condividi : Facebook, Twitter"));
        assert!(may_be_ascii_share_bar(b"Home,:Facebook/Facebook"));
        assert!(hits(&SocialLinks, "Copy link: Facebook, X"));
        assert_eq!(label_colon(b"Copy link: Facebook, X"), Some(9));
        assert_eq!(label_colon(b"Ask the three of them: Facebook, X"), None);
        let most_words = nav::SOCIAL_NAMES
            .iter()
            .flat_map(|table| table.phrases)
            .map(|name| name.split_whitespace().count())
            .max();
        assert_eq!(most_words, Some(SOCIAL_LABEL_MAX_WORDS));
    }

    #[test]
    fn a_follow_verb_is_looked_for_from_the_first_letter() {
        for opening in ["Follow us", "• folgen", "«Síguenos»", "(Suivez", "Éa", "—"] {
            assert!(may_open_with_follow_verb(opening), "{opening}");
        }
        for other in ["Home", "12 comments", "", "  ...  ", "#news"] {
            assert!(!may_open_with_follow_verb(other), "{other}");
        }
    }

    #[test]
    fn error_page_hit_and_miss() {
        assert!(hits(&ERROR_PAGE, "Page not found"));
        assert!(hits(
            &ERROR_PAGE,
            "Sorry, the page you were looking for has moved or no longer exists."
        ));
        assert!(!hits(&ERROR_PAGE, "The missing files were never found."));
    }

    #[test]
    fn ui_message_hit_and_miss() {
        assert!(hits(
            &UI_MESSAGE,
            "An error has occurred, please try again later."
        ));
        assert!(hits(
            &UI_MESSAGE,
            "Your browser does not support the video tag."
        ));
        assert!(hits(
            &UI_MESSAGE,
            "Oops! Something went wrong while submitting the form."
        ));
        assert!(!hits(
            &UI_MESSAGE,
            "Engineers said an error in the software had occurred twice."
        ));
        let quoted = "The airline's website showed only \"please try again later\" for most of the morning, as thousands of passengers tried to rebook flights cancelled by the storm.";
        assert!(!hits(&UI_MESSAGE, quoted));
    }

    #[test]
    fn reading_time_hit_and_miss() {
        for text in [
            "5 min read",
            "Lesezeit: 3 Min.",
            "Temps de lecture : 2 min",
            "Время чтения: 4 минуты",
            "Reading time: about 6 minutes",
            "Lesedauer 4 Min.",
            "Tiempo de lectura: 3 min",
            "Час читання: 5 хв",
            "Час прочитання: 2 хв",
            "3 Minuten Lesezeit",
            "4 min de lectura",
            "7 мин чтения",
            "2 хв читання",
        ] {
            assert!(hits(&READING_TIME, text), "{text}");
        }
        assert!(!hits(
            &READING_TIME,
            "It took 5 minutes to read the verdict."
        ));
    }
}
