//! Which `Mode::Contains` concepts occur in a text at all, in one pass.
//!
//! Ten concepts (cookie notices, newsletter and share prompts, credit
//! trailers, error messages…) each search a block for their phrases. Most
//! blocks hold none of them, yet each search scans the whole block. One
//! automaton over every phrase of every concept, searched for overlapping
//! matches, finds every occurrence of every phrase; a concept with none
//! cannot match, and its own search (with its own leftmost-longest and
//! word-boundary rules) runs only where one occurred.

use super::{PhraseTable, comments, consent, credits, cta, nav};
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
    nav::ERROR_PAGE,
    nav::UI_MESSAGE,
];

/// A set of concepts, one bit per index in `CONCEPTS`.
pub type ConceptMask = u32;

const _: () = assert!(CONCEPTS.len() <= ConceptMask::BITS as usize);

struct Index {
    automaton: AhoCorasick,
    /// The concept of each pattern, by pattern id.
    concept_of: Vec<u8>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut phrases = Vec::new();
    let mut concept_of = Vec::new();
    for (i, tables) in CONCEPTS.iter().enumerate() {
        for table in tables.iter() {
            phrases.extend(table.phrases.iter().copied());
            concept_of.extend(std::iter::repeat_n(i as u8, table.phrases.len()));
        }
    }
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::Standard)
        .build(&phrases)
        .expect("phrase tables are small and valid");
    Index {
        automaton,
        concept_of,
    }
});

/// The index of `tables` in the list of contained concepts, if listed.
/// Tables are statics, so each has one address; the slices that list them
/// may be copied, so they are compared table by table.
pub fn concept_of(tables: &[&'static PhraseTable]) -> Option<u8> {
    let same = |listed: &[&PhraseTable]| {
        listed.len() == tables.len() && listed.iter().zip(tables).all(|(a, b)| std::ptr::eq(*a, *b))
    };
    CONCEPTS.iter().position(|c| same(c)).map(|i| i as u8)
}

/// The concepts any of whose phrases occur in `lower` (lower case), on
/// word boundaries or not.
pub fn occurring(lower: &str) -> ConceptMask {
    let index = &*INDEX;
    index
        .automaton
        .find_overlapping_iter(lower)
        .fold(0, |mask, m| {
            mask | 1 << index.concept_of[m.pattern().as_usize()]
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_concept_is_found_by_its_tables() {
        for (i, tables) in CONCEPTS.iter().enumerate() {
            assert_eq!(concept_of(tables), Some(i as u8));
            let phrase = tables[0].phrases[0];
            assert_ne!(occurring(phrase) & 1 << i, 0, "{phrase}");
        }
        assert_eq!(occurring("the council met on tuesday"), 0);
        assert_eq!(concept_of(consent::COOKIE), Some(0));
        assert_eq!(concept_of(nav::UI_MESSAGE), Some(9));
    }
}
