//! Phrase tables: the words each rule looks for, as data.
//!
//! One table per concept and language, so a removal can say which concept
//! (and which language's phrase) matched. A concept's tables are compiled
//! once into a `PhraseSet` in one of three matching modes:
//!
//! * `Mode::Line`: the whole line is the phrase ("Advertisement:",
//!   "You May Also Like", "All Sections");
//! * `Mode::Label`: the line starts with the phrase and a colon
//!   ("Also read: …", "Subjects: Russia", "Фото: …");
//! * `Mode::Contains`: the phrase occurs in the line on word boundaries
//!   ("sign up for our newsletter", "become our patron").

pub mod ads;
pub mod comments;
pub mod consent;
pub mod contained;
pub mod credits;
pub mod cta;
pub mod dom;
mod exact;
mod key_words;
pub mod meta;
pub mod nav;
pub(crate) mod prefix_index;
pub mod related;
mod switching;
pub mod tags;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use exact::ExactPhrases;
use key_words::KeyWords;

/// The phrases of one concept in one language, lower case.
pub struct PhraseTable {
    pub lang: &'static str,
    pub phrases: &'static [&'static str],
}

/// How a `PhraseSet` matches a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Line,
    Label,
    Contains,
}

/// Which phrase of which table matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub lang: &'static str,
    pub phrase: &'static str,
}

/// The compiled tables of one concept.
pub struct PhraseSet {
    mode: Mode,
    /// Longest phrase in bytes: a longer line cannot be one (`Mode::Line`).
    longest: usize,
    /// The phrases by their bytes, so that a key normalised on the stack
    /// is looked up without checking it again for UTF-8.
    exact: ExactPhrases,
    /// For `Mode::Contains`: how the phrases are searched.
    contained: Option<Contained>,
}

/// How a `Mode::Contains` set finds its phrases.
enum Contained {
    /// As a concept of the shared automaton (`contained`), long blocks
    /// tested for the concept's key words first.
    Concept(u8, KeyWords),
    /// With an automaton of its own, for tables `contained` does not list.
    Own(AhoCorasick, Vec<Hit>),
}

/// A line can carry bullets, punctuation and case changes (which may
/// change byte length) around a phrase; beyond this it cannot be the
/// phrase, and we skip normalising it. Most blocks are paragraphs far
/// longer than any phrase, so this check is most of the speed.
const LINE_SLACK_FACTOR: usize = 2;
const LINE_SLACK_BYTES: usize = 16;

/// Longest label ("Читайте также") we look for before a colon, in bytes;
/// a colon further in is punctuation inside a sentence, not a label.
const MAX_LABEL_BYTES: usize = 60;

impl PhraseSet {
    pub fn new(mode: Mode, tables: &[&'static PhraseTable]) -> PhraseSet {
        let hits: Vec<Hit> = tables
            .iter()
            .flat_map(|t| {
                t.phrases.iter().map(|&phrase| Hit {
                    lang: t.lang,
                    phrase,
                })
            })
            .collect();
        let contained = (mode == Mode::Contains).then(|| match contained::concept_of(tables) {
            Some(concept) => Contained::Concept(concept, KeyWords::new(&hits)),
            None => {
                let ac = AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(hits.iter().map(|h| h.phrase))
                    .expect("phrase tables are small and valid");
                Contained::Own(ac, hits.clone())
            }
        });
        let exact = ExactPhrases::new(if mode == Mode::Contains { &[] } else { &hits });
        PhraseSet {
            mode,
            longest: hits.iter().map(|h| h.phrase.len()).max().unwrap_or(0),
            exact,
            contained,
        }
    }

    /// How the set matches a block (`Mode`).
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// For a set of contained phrases searched as a concept of
    /// `contained`, the concept.
    pub fn concept(&self) -> Option<u8> {
        match self.contained.as_ref()? {
            Contained::Concept(concept, _) => Some(*concept),
            Contained::Own(..) => None,
        }
    }

    /// For `Mode::Line`: whether a line whose normalised form is `len`
    /// bytes from `first` to `last` may be a phrase; false means it is
    /// none. Tells most words from a table's phrases without normalising
    /// them: a switcher's or share bar's tokens are read this way first.
    pub fn may_match_shape(&self, len: usize, first: u8, last: u8) -> bool {
        len <= self.longest && self.exact.may_have_shape(len, first, last)
    }

    /// The phrase that matches `line`, if any. `line` is any block text;
    /// case, surrounding punctuation and bullets are ignored.
    pub fn find(&self, line: &str) -> Option<Hit> {
        match self.mode {
            Mode::Line if line.len() > self.longest * LINE_SLACK_FACTOR + LINE_SLACK_BYTES => None,
            Mode::Line => self.find_line(line),
            Mode::Label => self.find_label(line).map(|(hit, _)| hit),
            Mode::Contains => self.find_contained(&crate::case::to_lowercase(line)),
        }
    }

    /// `Mode::Line` lookup of one line; short ASCII lines (menu words,
    /// the tokens of a switcher or share bar) are trimmed and normalised
    /// byte by byte on the stack.
    fn find_line(&self, line: &str) -> Option<Hit> {
        if line.len() <= STACK_LINE_BYTES && line.is_ascii() {
            let trimmed = trim_ascii_for_normalise(line);
            // Normalising keeps the ends, lowered: most lines are settled
            // by them.
            let (first, last) = exact::ends(trimmed);
            if !self
                .exact
                .may_have_edges(first.to_ascii_lowercase(), last.to_ascii_lowercase())
            {
                return None;
            }
            return self.exact.get(normalised_on_stack(trimmed).as_slice());
        }
        let trimmed = trim_for_normalise(line);
        if trimmed.is_ascii() && trimmed.len() <= STACK_LINE_BYTES {
            return self
                .exact
                .get(normalised_on_stack(trimmed.as_bytes()).as_slice());
        }
        self.exact.get(normalise(line).as_bytes())
    }

    /// `find` for a block, using the block's cached normalised and
    /// lower-case forms.
    pub fn find_in(&self, block: &crate::block::Block) -> Option<Hit> {
        match self.mode {
            Mode::Line
                if block.text.len() > self.longest * LINE_SLACK_FACTOR + LINE_SLACK_BYTES =>
            {
                None
            }
            Mode::Line => self.exact.get(block.normalised().as_bytes()),
            Mode::Label => self.find_label_in(block).map(|(hit, _)| hit),
            Mode::Contains => self.find_contained_in(block).map(|(hit, _)| hit),
        }
    }

    /// The contained phrase `block` holds and where it ends in the block's
    /// lower case, using the block's cached occurrences.
    fn find_contained_in(&self, block: &crate::block::Block) -> Option<(Hit, usize)> {
        match self.contained.as_ref()? {
            Contained::Concept(_, key_words) if !may_hold(block, key_words) => None,
            Contained::Concept(concept, _) => {
                // Most blocks hold no phrase of any concept: settled
                // without the lower case, which only the word-boundary
                // test of an occurrence needs.
                let found = block.contained_occurrences();
                if found.is_empty() {
                    return None;
                }
                contained::first(block.lowercase(), found, *concept)
            }
            Contained::Own(..) => self.find_contained_at(block.lowercase()),
        }
    }

    /// For `Mode::Contains`: whether any phrase occurs in `block`, inside a
    /// word or not ("Example Ltd.All rights reserved" glued by markup).
    pub fn occurs_in(&self, block: &crate::block::Block) -> bool {
        match self.contained.as_ref() {
            Some(Contained::Concept(_, key_words)) if !may_hold(block, key_words) => false,
            Some(Contained::Concept(concept, _)) => {
                contained::any(block.contained_occurrences(), *concept)
            }
            Some(Contained::Own(ac, _)) => ac.is_match(block.lowercase()),
            None => false,
        }
    }

    /// For `Mode::Label`: the phrase and the text after the colon (or
    /// after a spaced dash or bar: "VIDÉO - …", "WATCH | …").
    pub fn find_label<'a>(&self, line: &'a str) -> Option<(Hit, &'a str)> {
        let (label, rest) = split_label(line)?;
        let hit = self.exact.get(label.as_bytes())?;
        Some((hit, rest))
    }

    /// `find_label` for a block, using its cached label.
    pub fn find_label_in<'a>(&self, block: &'a crate::block::Block) -> Option<(Hit, &'a str)> {
        let (label, rest) = block.label()?;
        let hit = self.exact.get(label.as_bytes())?;
        Some((hit, rest))
    }

    /// For `Mode::Contains`: the phrase in `block` and the block's
    /// lower-cased text after it.
    pub fn find_with_rest_in(&self, block: &crate::block::Block) -> Option<(Hit, String)> {
        let (hit, end) = self.find_contained_in(block)?;
        Some((hit, block.lowercase()[end..].to_string()))
    }

    fn find_contained(&self, lower: &str) -> Option<Hit> {
        self.find_contained_at(lower).map(|(hit, _)| hit)
    }

    fn find_contained_at(&self, lower: &str) -> Option<(Hit, usize)> {
        match self.contained.as_ref()? {
            Contained::Concept(concept, _) => {
                contained::first(lower, &contained::occurrences(lower), *concept)
            }
            Contained::Own(ac, hits) => ac
                .find_iter(lower)
                .find(|m| on_word_boundaries(lower, m.start(), m.end()))
                .map(|m| (hits[m.pattern().as_usize()], m.end())),
        }
    }
}

/// Whether `block` may hold one of the phrases whose key words are
/// `key_words`. A block shorter than `key_words::TESTED_FROM_WORDS` is
/// not tested, and may.
fn may_hold(block: &crate::block::Block, key_words: &KeyWords) -> bool {
    block.features.words < key_words::TESTED_FROM_WORDS || key_words.any_in(block.lowercase())
}

/// The label of `line` (normalised) and the text after its separator.
pub fn split_label(line: &str) -> Option<(String, &str)> {
    let (end, separator_len) = label_end(line)?;
    Some((normalise(&line[..end]), line[end + separator_len..].trim()))
}

/// Separators that may end a label besides a colon.
const SPACED_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | "];

/// Where the label part of `line` ends, and the separator's length: the
/// first separator in one pass over the head of the line.
fn label_end(line: &str) -> Option<(usize, usize)> {
    let head = &line[..crate::boundary::floor(line, MAX_LABEL_BYTES + 3)];
    let (end, len) = head.bytes().enumerate().find_map(|(i, b)| match b {
        b':' => Some((i, 1)),
        // Each separator starts with an ASCII byte or the lead byte of
        // '：', so `i` is a character boundary.
        0xEF if head[i..].starts_with('：') => Some((i, '：'.len_utf8())),
        // Most spaces are followed by a word: only a dash, a bar or
        // the lead byte of '–' and '—' may make a separator.
        b' ' if matches!(head.as_bytes().get(i + 1), Some(b'-' | b'|' | 0xE2)) => SPACED_SEPARATORS
            .iter()
            .find(|s| head[i..].starts_with(**s))
            .map(|s| (i, s.len())),
        _ => None,
    })?;
    (end <= MAX_LABEL_BYTES).then_some((end, len))
}

/// A match must not start or end inside a word; a phrase edge that is
/// punctuation ("credit…", "© ") needs no boundary on that side.
pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let matched = &text[start..end];
    let starts_word = matched.chars().next().is_some_and(char::is_alphanumeric);
    let ends_word = matched
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued_before = starts_word && before.is_some_and(char::is_alphanumeric);
    let glued_after = ends_word && after.is_some_and(char::is_alphanumeric);
    !glued_before && !glued_after
}

/// Lower case, with bullets, surrounding punctuation and repeated white
/// space removed: the form phrase tables are written in.
pub fn normalise(line: &str) -> String {
    let mut out = String::new();
    normalise_into(line, &mut out);
    out
}

/// `normalise(line)`, written over `out`: a block's forms are made in the
/// buffers of the block checked before it (`Block::reuse_forms`).
pub fn normalise_into(line: &str, out: &mut String) {
    out.clear();
    let trimmed = trim_for_normalise(line);
    if trimmed.is_ascii() {
        // Block text is folded already: then lowering is all there is to
        // do, without building bytes and checking them again for UTF-8.
        if crate::whitespace::is_folded(trimmed) {
            out.push_str(trimmed);
            out.make_ascii_lowercase();
            return;
        }
        // On the stack first: a zeroed heap buffer of the line's length,
        // or pushing to a `String`, cost more than the normalising.
        if trimmed.len() <= STACK_LINE_BYTES {
            let key = normalised_on_stack(trimmed.as_bytes());
            out.push_str(std::str::from_utf8(key.as_slice()).expect("ASCII in, ASCII out"));
        } else {
            let mut bytes = std::mem::take(out).into_bytes();
            bytes.resize(trimmed.len(), 0);
            let len = normalise_ascii_into(trimmed.as_bytes(), &mut bytes);
            bytes.truncate(len);
            *out = String::from_utf8(bytes).expect("ASCII in, ASCII out");
        }
        return;
    }
    // One pass over the characters; Latin and Cyrillic letters (most,
    // in most lines) lowered without Unicode's tables.
    out.reserve(trimmed.len());
    let mut space = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        crate::case::push_lower(c, out);
    }
}

/// Whether `normalise(line) == key`, without building the normalised
/// line when it is ASCII: the comparison stops at the first byte that
/// differs, and the headline is compared with every block of about its
/// length.
pub fn normalises_to(line: &str, key: &str) -> bool {
    // Most lines differ from the key at their first letter: settle them
    // before trimming the line's end and reading it all.
    let head = line.trim_start_matches(|c: char| !is_kept_at_edge(c));
    if let (Some(&first), Some(&expected)) = (head.as_bytes().first(), key.as_bytes().first())
        && first.is_ascii()
        && first.to_ascii_lowercase() != expected
    {
        return false;
    }
    let trimmed = trim_for_normalise(line);
    if !trimmed.is_ascii() {
        return normalise(line) == key;
    }
    let mut expected = key.bytes();
    let mut space = false;
    for &b in trimmed.as_bytes() {
        if crate::whitespace::is_ascii_space(b) {
            space = true;
            continue;
        }
        if space && expected.next() != Some(b' ') {
            return false;
        }
        space = false;
        if expected.next() != Some(b.to_ascii_lowercase()) {
            return false;
        }
    }
    expected.next().is_none()
}

/// Calls `f` with the bytes of `word` in lower case, made on the stack
/// when it is short ASCII (almost every word): rules that look up a
/// line's first word run on every block, and a `String` each time was a
/// tenth of their cost. Bytes, not `str`: checking them again for UTF-8
/// cost as much as lowering them.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    if word.is_ascii() && word.len() <= STACK_LINE_BYTES {
        let mut buffer = [0u8; STACK_LINE_BYTES];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        f(lower)
    } else {
        f(crate::case::to_lowercase(word).as_bytes())
    }
}

/// Longest ASCII line `PhraseSet::find` normalises on the stack.
const STACK_LINE_BYTES: usize = 64;

/// `line` without the surrounding characters `normalise` drops.
fn trim_for_normalise(line: &str) -> &str {
    line.trim_matches(|c: char| !is_kept_at_edge(c))
}

/// Characters `normalise` keeps at either end of a line.
fn is_kept_at_edge(c: char) -> bool {
    crate::letters::is_alphanumeric(c) || c == '#' || c == '©'
}

/// `trim_for_normalise` of an ASCII line, byte by byte.
fn trim_ascii_for_normalise(line: &str) -> &[u8] {
    let bytes = line.as_bytes();
    let kept = |b: &u8| b.is_ascii_alphanumeric() || *b == b'#';
    let start = bytes.iter().position(kept).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(kept).map_or(start, |last| last + 1);
    &bytes[start..end]
}

/// `normalise` for trimmed ASCII text, byte by byte, into `out` (at least
/// as long as `trimmed`); returns the length written. Most lines are
/// ASCII, and Unicode case mapping and word splitting cost several times
/// more.
fn normalise_ascii_into(trimmed: &[u8], out: &mut [u8]) -> usize {
    let mut len = 0;
    let mut space = false;
    for &b in trimmed {
        if crate::whitespace::is_ascii_space(b) {
            space = true;
            continue;
        }
        if space && len > 0 {
            out[len] = b' ';
            len += 1;
        }
        space = false;
        out[len] = b.to_ascii_lowercase();
        len += 1;
    }
    len
}

/// A normalised key of at most `STACK_LINE_BYTES`, on the stack.
struct StackKey {
    bytes: [u8; STACK_LINE_BYTES],
    len: usize,
}

impl StackKey {
    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// `normalise` of trimmed ASCII text of at most `STACK_LINE_BYTES`, made
/// on the stack.
fn normalised_on_stack(trimmed: &[u8]) -> StackKey {
    let mut bytes = [0; STACK_LINE_BYTES];
    let len = normalise_ascii_into(trimmed, &mut bytes);
    StackKey { bytes, len }
}

#[cfg(test)]
mod tests {
    use super::*;

    static EN: PhraseTable = PhraseTable {
        lang: "en",
        phrases: &["also read", "you may also like", "newsletter"],
    };

    #[test]
    fn normalises_to_agrees_with_normalise() {
        for line in [
            "  Hello,   World! ",
            "• Also READ:",
            "Ελληνικά Νέα",
            "",
            "a\u{b}b",
            "#1 © 2024",
        ] {
            let key = normalise(line);
            assert!(normalises_to(line, &key), "{line:?}");
            assert!(!normalises_to(line, &format!("{key}x")), "{line:?}");
            assert!(!normalises_to(line, "hello world!!"), "{line:?}");
        }
    }

    #[test]
    fn line_mode_ignores_case_and_punctuation() {
        let set = PhraseSet::new(Mode::Line, &[&EN]);
        assert!(set.find("  You May Also Like:").is_some());
        assert!(set.find("You may also like this dress").is_none());
    }

    #[test]
    fn every_spaced_separator_is_seen_from_its_second_byte() {
        // `label_end` looks at a space's next byte before comparing.
        for separator in SPACED_SEPARATORS {
            let bytes = separator.as_bytes();
            assert!(
                bytes[0] == b' ' && matches!(bytes[1], b'-' | b'|' | 0xE2),
                "{separator:?}"
            );
        }
    }

    #[test]
    fn label_mode_returns_the_rest() {
        let set = PhraseSet::new(Mode::Label, &[&EN]);
        let (hit, rest) = set
            .find_label("• Also read: Storm after the speech")
            .unwrap();
        assert_eq!(hit.phrase, "also read");
        assert_eq!(rest, "Storm after the speech");
        assert!(set.find_label("I also read: many books").is_none());
        let (_, rest) = set.find_label("ALSO READ - The next story").unwrap();
        assert_eq!(rest, "The next story");
    }

    #[test]
    fn normalises_ascii_as_any_text() {
        for line in [
            "  • You  May\tAlso\x0bLike: ",
            "ALSO READ",
            "#hashtag ©",
            "--",
            "",
            "Café  Déjà vu:",
            "“Читайте ТАКЖЕ”\u{a0}– İstanbul\u{2009}ΣΟΦΙΑ",
        ] {
            let by_char: String = line
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '#' && c != '©')
                .split_whitespace()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(normalise(line), by_char, "{line:?}");
        }
    }

    #[test]
    fn lowers_words_on_the_stack_or_not() {
        assert_eq!(with_lowercase("Follow", <[u8]>::to_vec), b"follow");
        assert_eq!(
            with_lowercase("ÉCOUTEZ", <[u8]>::to_vec),
            "écoutez".as_bytes()
        );
        let long = "A".repeat(STACK_LINE_BYTES + 1);
        assert_eq!(
            with_lowercase(&long, <[u8]>::to_vec),
            long.to_lowercase().as_bytes()
        );
    }

    #[test]
    fn contains_mode_needs_word_boundaries() {
        let set = PhraseSet::new(Mode::Contains, &[&EN]);
        assert!(set.find("Sign up for our Newsletter today").is_some());
        assert!(set.find("newsletters").is_none());
    }
}
