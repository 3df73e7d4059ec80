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
pub mod credits;
pub mod cta;
pub mod meta;
pub mod nav;
pub mod related;
pub mod tags;

use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

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
    exact: HashMap<&'static str, Hit>,
    automaton: Option<(AhoCorasick, Vec<Hit>)>,
}

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
        let automaton = (mode == Mode::Contains).then(|| {
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(hits.iter().map(|h| h.phrase))
                .expect("phrase tables are small and valid");
            (ac, hits.clone())
        });
        let exact = if mode == Mode::Contains {
            HashMap::new()
        } else {
            hits.iter().map(|h| (h.phrase, *h)).collect()
        };
        PhraseSet {
            mode,
            exact,
            automaton,
        }
    }

    /// The phrase that matches `line`, if any. `line` is any block text;
    /// case, surrounding punctuation and bullets are ignored.
    pub fn find(&self, line: &str) -> Option<Hit> {
        match self.mode {
            Mode::Line => self.exact.get(normalise(line).as_str()).copied(),
            Mode::Label => self.find_label(line).map(|(hit, _)| hit),
            Mode::Contains => self.find_contained(&line.to_lowercase()),
        }
    }

    /// For `Mode::Label`: the phrase and the text after the colon.
    pub fn find_label<'a>(&self, line: &'a str) -> Option<(Hit, &'a str)> {
        let colon = line.find([':', '：'])?;
        if colon > MAX_LABEL_BYTES {
            return None;
        }
        let label = normalise(&line[..colon]);
        let hit = self.exact.get(label.as_str()).copied()?;
        let rest = line[colon..].trim_start_matches([':', '：']).trim();
        Some((hit, rest))
    }

    fn find_contained(&self, lower: &str) -> Option<Hit> {
        let (ac, hits) = self.automaton.as_ref()?;
        ac.find_iter(lower)
            .find(|m| on_word_boundaries(lower, m.start(), m.end()))
            .map(|m| hits[m.pattern().as_usize()])
    }
}

/// A match must not start or end inside a word; a phrase edge that is
/// punctuation ("credit…", "© ") needs no boundary on that side.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let matched = &text[start..end];
    let starts_word = matched.chars().next().is_some_and(char::is_alphanumeric);
    let ends_word = matched.chars().next_back().is_some_and(char::is_alphanumeric);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !(starts_word && before.is_some_and(char::is_alphanumeric))
        && !(ends_word && after.is_some_and(char::is_alphanumeric))
}

/// Lower case, with bullets, surrounding punctuation and repeated white
/// space removed: the form phrase tables are written in.
pub fn normalise(line: &str) -> String {
    let trimmed = line.trim_matches(|c: char| !c.is_alphanumeric() && c != '#' && c != '©');
    let mut out = String::with_capacity(trimmed.len());
    for word in trimmed.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    static EN: PhraseTable = PhraseTable {
        lang: "en",
        phrases: &["also read", "you may also like", "newsletter"],
    };

    #[test]
    fn line_mode_ignores_case_and_punctuation() {
        let set = PhraseSet::new(Mode::Line, &[&EN]);
        assert!(set.find("  You May Also Like:").is_some());
        assert!(set.find("You may also like this dress").is_none());
    }

    #[test]
    fn label_mode_returns_the_rest() {
        let set = PhraseSet::new(Mode::Label, &[&EN]);
        let (hit, rest) = set.find_label("• Also read: Storm after the speech").unwrap();
        assert_eq!(hit.phrase, "also read");
        assert_eq!(rest, "Storm after the speech");
        assert!(set.find_label("I also read: many books").is_none());
    }

    #[test]
    fn contains_mode_needs_word_boundaries() {
        let set = PhraseSet::new(Mode::Contains, &[&EN]);
        assert!(set.find("Sign up for our Newsletter today").is_some());
        assert!(set.find("newsletters").is_none());
    }
}
