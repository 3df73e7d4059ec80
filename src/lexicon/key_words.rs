//! A quick test that a long block holds none of a concept's phrases.
//!
//! The shared search (`contained`) finds every phrase of every concept
//! in a block at some 10 instructions a byte. Short blocks are searched
//! anyway, for the many rules that take them; a long block is asked about
//! by one or two concepts, and most long blocks hold none of their
//! phrases. Each phrase holds its longest word, so a block without any of
//! those words holds no phrase: a search for a few dozen words, which an
//! automaton's vectorised prefilter reads at a byte or two a byte,
//! settles most long blocks without the shared search.

use super::Hit;
use super::switching::NfaThenDfa;
use aho_corasick::AhoCorasick;

/// Fewest words of a block first tested for key words: past the 45
/// words where every rule that asks for contained phrases stops but the
/// cookie banner's. Shorter blocks are asked about by several concepts,
/// and one shared search for all of them costs less than a test for
/// each (on the dumps: 26 words cost 23 M instructions more, 16 words
/// 88 M more).
pub const TESTED_FROM_WORDS: u32 = 46;

/// Bytes a concept's key words are searched for with an NFA before it
/// builds a DFA for them. The DFA takes 1.1 M instructions to build, a
/// fifteenth of a one-page `pith clean`, and then saves some 10
/// instructions a byte: a page has less text in long blocks than this,
/// a batch or a benchmark far more.
const DFA_AFTER_BYTES: usize = 128 << 10;

/// A concept's phrases, and the automata of their longest words, made on
/// the first long block (a page may have none).
pub struct KeyWords {
    hits: Vec<Hit>,
    automata: NfaThenDfa,
}

impl KeyWords {
    pub fn new(hits: &[Hit]) -> KeyWords {
        KeyWords {
            hits: hits.to_vec(),
            automata: NfaThenDfa::new(DFA_AFTER_BYTES),
        }
    }

    /// Whether any key word occurs in `lower` (lower case), inside a word
    /// or not: false means no phrase of the concept occurs in it.
    pub fn any_in(&self, lower: &str) -> bool {
        self.automata
            .for_bytes(lower.len(), |kind| {
                AhoCorasick::builder()
                    .kind(Some(kind))
                    .build(key_words(&self.hits))
                    .expect("key words are few and valid")
            })
            .is_match(lower)
    }
}

/// The longest word of each phrase, each once.
fn key_words(hits: &[Hit]) -> Vec<&'static str> {
    let mut words: Vec<&'static str> = hits.iter().map(|hit| longest_word(hit.phrase)).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The longest run of letters and digits in `phrase` (the whole phrase if
/// it has none, as "© " has not). Any part of a phrase would do; the
/// longest is the rarest, usually.
fn longest_word(phrase: &'static str) -> &'static str {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .max_by_key(|word| word.len())
        .filter(|word| !word.is_empty())
        .unwrap_or(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(phrase: &'static str) -> Hit {
        Hit { lang: "en", phrase }
    }

    #[test]
    fn every_phrase_holds_its_key_word() {
        let hits = [hit("we use cookies"), hit("© "), hit("photo:")];
        assert_eq!(key_words(&hits), ["cookies", "photo", "© "]);
        let keys = KeyWords::new(&hits);
        assert!(keys.any_in("the site says: we use cookies here"));
        assert!(keys.any_in("© 2024"));
        assert!(!keys.any_in("the harbour will close for a week"));
    }
}
