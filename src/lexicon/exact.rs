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

impl ExactPhrases {
    pub(super) fn new(hits: &[Hit]) -> ExactPhrases {
        let mut sketch_bits = [0u64; 4];
        for hit in hits {
            let bit = sketch(hit.phrase.as_bytes());
            sketch_bits[bit / 64] |= 1 << (bit % 64);
        }
        ExactPhrases {
            phrases: hits.iter().map(|h| (h.phrase.as_bytes(), *h)).collect(),
            sketch_bits,
        }
    }

    /// The phrase whose normalised bytes are `key`.
    pub(super) fn get(&self, key: &[u8]) -> Option<Hit> {
        let bit = sketch(key);
        if self.sketch_bits[bit / 64] & 1 << (bit % 64) == 0 {
            return None;
        }
        self.phrases.get(key).copied()
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
    }
}
