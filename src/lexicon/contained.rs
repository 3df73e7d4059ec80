//! Every `Mode::Contains` phrase of every concept, in one search.
//!
//! Twelve concepts (cookie notices, newsletter and share prompts, credit
//! trailers, error messages…) search blocks for their phrases. Most blocks
//! hold none of them. One search over every phrase (`PrefixIndex`), once
//! per block, finds every occurrence of every phrase, overlapping ones
//! included; each concept then picks, among its own occurrences, the
//! match its own leftmost-longest search would have reported. Twelve
//! searches per block become one.

use super::prefix_index::PrefixIndex;
use super::{Hit, PhraseTable, comments, consent, credits, cta, nav, on_word_boundaries};
use std::sync::LazyLock;

/// Every concept matched in `Mode::Contains`. A `PhraseSet` built from
/// tables not listed here still works; it just searches every block.
/// Concepts are told by their index here, as bits of a `u32` too
/// (`concepts_of`).
static CONCEPTS: &[&[&PhraseTable]] = &[
    consent::COOKIE,
    cta::NEWSLETTER,
    cta::APP,
    cta::DONATE,
    cta::SUBSCRIBE,
    cta::SHARE,
    comments::FORM_SENTENCES,
    credits::TRAILERS,
    credits::CONTRIBUTORS,
    credits::COPYRIGHT,
    nav::ERROR_PAGE,
    nav::UI_MESSAGE,
];

/// One occurrence of a phrase in a lower-case text: byte range and
/// pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    start: usize,
    end: usize,
    pattern: usize,
}

/// Concept and phrase of each pattern, by pattern id. A concept's
/// patterns keep their table order, so a lower id is an earlier phrase
/// of the same concept.
static PATTERNS: LazyLock<Vec<(u8, Hit)>> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    for (i, tables) in CONCEPTS.iter().enumerate() {
        for table in tables.iter() {
            patterns.extend(table.phrases.iter().map(|&phrase| {
                let hit = Hit {
                    lang: table.lang,
                    phrase,
                };
                (i as u8, hit)
            }));
        }
    }
    patterns
});

/// Every pattern, indexed by its first bytes.
static INDEX: LazyLock<PrefixIndex> =
    LazyLock::new(|| PrefixIndex::new(PATTERNS.iter().map(|(_, hit)| hit.phrase)));

/// The index of `tables` in the list of contained concepts, if listed.
/// Tables are statics, so each has one address; the slices that list them
/// may be copied, so they are compared table by table.
pub fn concept_of(tables: &[&'static PhraseTable]) -> Option<u8> {
    let same = |listed: &[&PhraseTable]| {
        listed.len() == tables.len() && listed.iter().zip(tables).all(|(a, b)| std::ptr::eq(*a, *b))
    };
    CONCEPTS.iter().position(|c| same(c)).map(|i| i as u8)
}

/// Every occurrence of every contained phrase in `lower` (lower case), on
/// word boundaries or not. Usually none, and then nothing is allocated.
pub fn occurrences(lower: &str) -> Vec<Occurrence> {
    let mut found = Vec::new();
    occurrences_into(lower, &mut found);
    found
}

/// `occurrences(lower)`, written over `found`.
pub fn occurrences_into(lower: &str, found: &mut Vec<Occurrence>) {
    found.clear();
    let index = &*INDEX;
    index.for_each_occurrence(lower.as_bytes(), |start, pattern| {
        found.push(Occurrence {
            start,
            end: start + index.phrase_len(pattern),
            pattern,
        });
    });
}

/// The concepts whose phrases occur in `found`, a bit each (`1 <<
/// concept`).
pub fn concepts_of(found: &[Occurrence]) -> u32 {
    found
        .iter()
        .fold(0, |bits, o| bits | 1 << PATTERNS[o.pattern].0)
}

/// Whether any phrase of `concept` occurs in `found`, on word boundaries
/// or not.
pub fn any(found: &[Occurrence], concept: u8) -> bool {
    found.iter().any(|o| PATTERNS[o.pattern].0 == concept)
}

/// What a leftmost-longest search for `concept`'s phrases over `lower`
/// reports first on word boundaries, and where that match ends. Such a
/// search takes, from where it stands, the match that starts first, the
/// longest of those, the earliest phrase among equals; then goes on from
/// its end. `found` are `lower`'s `occurrences`.
pub fn first(lower: &str, found: &[Occurrence], concept: u8) -> Option<(Hit, usize)> {
    let patterns = &*PATTERNS;
    let mut from = 0;
    loop {
        let next = found
            .iter()
            .filter(|o| o.start >= from && patterns[o.pattern].0 == concept)
            .min_by_key(|o| (o.start, std::cmp::Reverse(o.end), o.pattern))?;
        if on_word_boundaries(lower, next.start, next.end) {
            return Some((patterns[next.pattern].1, next.end));
        }
        from = next.end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    #[test]
    fn every_listed_concept_finds_its_phrases() {
        for (i, tables) in CONCEPTS.iter().enumerate() {
            assert_eq!(concept_of(tables), Some(i as u8));
            for table in tables.iter() {
                for phrase in table.phrases {
                    let (hit, end) = first(phrase, &occurrences(phrase), i as u8)
                        .unwrap_or_else(|| panic!("{phrase}"));
                    assert_eq!(end, phrase.len(), "{phrase}");
                    assert_eq!(hit.phrase.len(), phrase.len(), "{phrase}");
                }
            }
        }
        assert!(
            CONCEPTS.len() <= u32::BITS as usize,
            "a bit each in concepts_of"
        );
        assert!(occurrences("the council met on tuesday").is_empty());
        assert_eq!(concept_of(consent::COOKIE), Some(0));
        assert_eq!(concept_of(nav::UI_MESSAGE), Some(11));
        let notice = "© 2024 example media.all rights reserved";
        let copyright = concept_of(credits::COPYRIGHT).unwrap();
        assert!(any(&occurrences(notice), copyright));
        assert!(!any(&occurrences("the council met"), copyright));
    }

    /// The index finds what an automaton over every phrase finds, for
    /// every phrase inside a sentence and glued to words.
    #[test]
    fn finds_what_an_automaton_finds() {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(PATTERNS.iter().map(|(_, hit)| hit.phrase))
            .unwrap();
        for (_, hit) in PATTERNS.iter() {
            for text in [
                format!("so {} now", hit.phrase),
                format!("x{}y", hit.phrase),
                format!("{0}{0}", hit.phrase),
            ] {
                let mut expected: Vec<Occurrence> = automaton
                    .find_overlapping_iter(&text)
                    .map(|m| Occurrence {
                        start: m.start(),
                        end: m.end(),
                        pattern: m.pattern().as_usize(),
                    })
                    .collect();
                let mut found = occurrences(&text);
                for list in [&mut expected, &mut found] {
                    list.sort_unstable_by_key(|o| (o.start, o.end, o.pattern));
                }
                assert_eq!(found, expected, "{text}");
            }
        }
    }

    /// `first` agrees with a leftmost-longest automaton over the concept's
    /// own phrases, on texts where phrases overlap, nest, repeat and stand
    /// inside words.
    #[test]
    fn first_matches_a_leftmost_longest_search() {
        let texts = [
            "we use cookies. this website uses cookies and cookie settings",
            "cookiesettings uses cookies",
            "sign up for our newsletter, subscribe to our newsletter today",
            "share this article share on facebook copy link",
            "photo: reuters / photo by jane doe, image credit: ap",
            "an error has occurred, please try again later please try again",
            "xyzzy",
        ];
        for (i, tables) in CONCEPTS.iter().enumerate() {
            let phrases: Vec<&str> = tables
                .iter()
                .flat_map(|t| t.phrases.iter().copied())
                .collect();
            let own = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&phrases)
                .unwrap();
            for text in texts {
                let expected = own
                    .find_iter(text)
                    .find(|m| on_word_boundaries(text, m.start(), m.end()))
                    .map(|m| (phrases[m.pattern().as_usize()], m.end()));
                let got = first(text, &occurrences(text), i as u8).map(|(h, end)| (h.phrase, end));
                assert_eq!(got, expected, "concept {i} on {text:?}");
            }
        }
    }
}
