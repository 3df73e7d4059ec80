//! Every `Mode::Contains` phrase of every concept, in one automaton.
//!
//! Ten concepts (cookie notices, newsletter and share prompts, credit
//! trailers, error messages…) search blocks for their phrases. Most blocks
//! hold none of them. One automaton over every phrase, searched once per
//! block for overlapping matches, finds every occurrence of every phrase;
//! each concept then picks, among its own occurrences, the match its own
//! leftmost-longest search would have reported. Ten searches per block
//! become one, and `pith clean` builds one automaton instead of ten.

use super::switching::NfaThenDfa;
use super::{Hit, PhraseTable, comments, consent, credits, cta, nav, on_word_boundaries};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

/// Every concept matched in `Mode::Contains`. A `PhraseSet` built from
/// tables not listed here still works; it just searches every block.
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

/// The automaton over every phrase, of `kind`. Overlapping search needs
/// standard match semantics.
fn build(patterns: &[(u8, Hit)], kind: AhoCorasickKind) -> AhoCorasick {
    AhoCorasick::builder()
        .kind(Some(kind))
        .match_kind(MatchKind::Standard)
        .build(patterns.iter().map(|(_, hit)| hit.phrase))
        .expect("phrase tables are small and valid")
}

/// Bytes the process searches with the NFA before it builds a DFA for
/// the rest. A one-page `pith clean` pays the NFA's build in full, 3.6 M
/// instructions (a contiguous NFA takes 4.5 M for no faster search). The
/// DFA takes 45 M and then about half the NFA's 40 instructions a byte,
/// so it pays for itself after some 2.5 MB: a batch, a benchmark or one
/// huge page builds it early, and a one-page `pith clean` never does.
const DFA_AFTER_BYTES: usize = 2 << 20;

static AUTOMATA: NfaThenDfa = NfaThenDfa::new(DFA_AFTER_BYTES);

/// The automaton to search `len` more bytes with. No caller depends on
/// the order occurrences come in.
fn automaton_for(len: usize) -> &'static AhoCorasick {
    AUTOMATA.for_bytes(len, |kind| build(&PATTERNS, kind))
}

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
    automaton_for(lower.len())
        .find_overlapping_iter(lower)
        .map(|m| Occurrence {
            start: m.start(),
            end: m.end(),
            pattern: m.pattern().as_usize(),
        })
        .collect()
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
        assert!(occurrences("the council met on tuesday").is_empty());
        assert_eq!(concept_of(consent::COOKIE), Some(0));
        assert_eq!(concept_of(nav::UI_MESSAGE), Some(11));
        let notice = "© 2024 example media.all rights reserved";
        let copyright = concept_of(credits::COPYRIGHT).unwrap();
        assert!(any(&occurrences(notice), copyright));
        assert!(!any(&occurrences("the council met"), copyright));
    }

    /// The DFA a long run switches to finds what the NFA finds, for every
    /// phrase inside a sentence and glued to words.
    #[test]
    fn the_dfa_finds_what_the_nfa_finds() {
        let dfa = build(&PATTERNS, AhoCorasickKind::DFA);
        let nfa = build(&PATTERNS, AhoCorasickKind::NoncontiguousNFA);
        let found = |automaton: &AhoCorasick, text: &str| {
            let mut found: Vec<(usize, usize, usize)> = automaton
                .find_overlapping_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            found.sort_unstable();
            found
        };
        for (_, hit) in PATTERNS.iter() {
            for text in [
                format!("so {} now", hit.phrase),
                format!("x{}y", hit.phrase),
            ] {
                assert_eq!(found(&dfa, &text), found(&nfa, &text), "{text}");
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
