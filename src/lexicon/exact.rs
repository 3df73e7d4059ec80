//! Whole normalised phrases, looked up by their bytes.
//!
//! Every short block, and every token of a share bar or language
//! switcher, is looked up in a dozen of these tables, and almost never
//! found. Each lookup hashes the key and reads a table of its own: on a
//! dump, the tables' cache misses cost more time than the hashing. A
//! bitmap of 256 bits, kept beside the table, answers most of them first.

use super::Hit;
use foldhash::HashMap;

/// The phrases of one `PhraseSet`, by their normalised bytes.
pub(super) struct ExactPhrases {
    phrases: HashMap<&'static [u8], Hit>,
    /// Bit `sketch(phrase)` is set for each phrase: a key whose bit is
    /// clear is none of them.
    sketch_bits: [u64; 4],
    /// The same for `edges_sketch`, which a line can be tested with
    /// before it is normalised.
    edges_bits: [u64; 4],
}

/// A key's bit in `ExactPhrases::sketch_bits`, from its length and its
/// first and last bytes, which tell the phrases of a table apart better
/// than any of them alone ("home", "news", "menu" share a length; "share"
/// and "search" a first letter).
fn sketch(key: &[u8]) -> usize {
    let first = key.first().copied().unwrap_or(0);
    let last = key.last().copied().unwrap_or(0);
    let mixed = (key.len() as u32).wrapping_mul(0x9E37_79B9)
        ^ u32::from(first).wrapping_mul(0x85EB_CA6B)
        ^ u32::from(last).wrapping_mul(0xC2B2_AE35);
    (mixed >> 24) as usize
}

/// A key's bit from its first and last bytes only: known before a line
/// is normalised, as normalising lowers and keeps the bytes at its ends.
fn edges_sketch(first: u8, last: u8) -> usize {
    let mixed =
        u32::from(first).wrapping_mul(0x85EB_CA6B) ^ u32::from(last).wrapping_mul(0xC2B2_AE35);
    (mixed >> 24) as usize
}

fn is_set(bits: &[u64; 4], bit: usize) -> bool {
    bits[bit / 64] & 1 << (bit % 64) != 0
}

impl ExactPhrases {
    pub(super) fn new(hits: &[Hit]) -> ExactPhrases {
        let mut sketch_bits = [0u64; 4];
        let mut edges_bits = [0u64; 4];
        for hit in hits {
            let key = hit.phrase.as_bytes();
            let bit = sketch(key);
            sketch_bits[bit / 64] |= 1 << (bit % 64);
            let (first, last) = (key.first().copied(), key.last().copied());
            let bit = edges_sketch(first.unwrap_or(0), last.unwrap_or(0));
            edges_bits[bit / 64] |= 1 << (bit % 64);
        }
        ExactPhrases {
            phrases: hits.iter().map(|h| (h.phrase.as_bytes(), *h)).collect(),
            sketch_bits,
            edges_bits,
        }
    }

    /// The phrase whose normalised bytes are `key`.
    pub(super) fn get(&self, key: &[u8]) -> Option<Hit> {
        if !is_set(&self.sketch_bits, sketch(key)) {
            return None;
        }
        self.phrases.get(key).copied()
    }

    /// Whether a key that starts with `first` and ends with `last` may be
    /// a phrase: false means it is none.
    pub(super) fn may_have_edges(&self, first: u8, last: u8) -> bool {
        is_set(&self.edges_bits, edges_sketch(first, last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_phrase_and_nothing_else() {
        let phrases = ["home", "news", "menu", "share", "search", "", "ça va"];
        let hits: Vec<Hit> = phrases
            .iter()
            .map(|&phrase| Hit { lang: "en", phrase })
            .collect();
        let exact = ExactPhrases::new(&hits);
        for phrase in phrases {
            assert_eq!(exact.get(phrase.as_bytes()).map(|h| h.phrase), Some(phrase));
        }
        for other in ["hom", "homes", "news ", "Home", "ça"] {
            assert_eq!(exact.get(other.as_bytes()), None, "{other}");
        }
        for phrase in phrases {
            let key = phrase.as_bytes();
            let (first, last) = (key.first().copied(), key.last().copied());
            assert!(exact.may_have_edges(first.unwrap_or(0), last.unwrap_or(0)));
        }
    }
}
