//! Whole normalised phrases, looked up by their bytes.
//!
//! Every short block, and every token of a share bar or language
//! switcher, is looked up in a dozen of these tables, and almost never
//! found. Each lookup hashes the key and reads a table of its own: on a
//! dump, the tables' cache misses cost more time than the hashing.
//! Bitmaps kept beside the table (`Sketch`) answer most of them first.

use super::Hit;
use foldhash::HashMap;

/// The phrases of one `PhraseSet`, by their normalised bytes.
pub(super) struct ExactPhrases {
    phrases: HashMap<&'static [u8], Hit>,
    /// Of each phrase's length and first and last bytes: these tell the
    /// phrases of a table apart better than any of them alone ("home",
    /// "news", "menu" share a length; "share" and "search" a first
    /// letter).
    by_shape: Sketch,
    /// Of each phrase's first and last bytes only, which a line can be
    /// tested with before it is normalised: normalising lowers the bytes
    /// at its ends and keeps them.
    by_edges: Sketch,
}

/// Bits a sketch keeps per phrase, at least: about one key in eight that
/// is no phrase finds its bit set.
const SKETCH_BITS_PER_PHRASE: usize = 8;
/// Fewest bits of a sketch.
const SKETCH_MIN_BITS: usize = 256;

/// One bit per hash of a phrase: a key whose bit is clear is none of
/// them.
struct Sketch {
    words: Vec<u64>,
    /// Shifts a 32-bit hash down to a bit's index.
    shift: u32,
}

impl Sketch {
    fn new(hashes: impl ExactSizeIterator<Item = u32>) -> Sketch {
        let bits = (hashes.len() * SKETCH_BITS_PER_PHRASE)
            .next_power_of_two()
            .max(SKETCH_MIN_BITS);
        let mut sketch = Sketch {
            words: vec![0; bits / 64],
            shift: u32::BITS - bits.trailing_zeros(),
        };
        for hash in hashes {
            let (word, bit) = sketch.place(hash);
            sketch.words[word] |= bit;
        }
        sketch
    }

    fn place(&self, hash: u32) -> (usize, u64) {
        let index = (hash >> self.shift) as usize;
        (index / 64, 1 << (index % 64))
    }

    fn may_hold(&self, hash: u32) -> bool {
        let (word, bit) = self.place(hash);
        self.words[word] & bit != 0
    }
}

/// A hash of a key's first and last bytes.
fn edges_hash(first: u8, last: u8) -> u32 {
    u32::from(first).wrapping_mul(0x85EB_CA6B) ^ u32::from(last).wrapping_mul(0xC2B2_AE35)
}

/// A hash of a key's length and first and last bytes.
fn shape_hash(key: &[u8]) -> u32 {
    let (first, last) = ends(key);
    shape_hash_of(key.len(), first, last)
}

/// `shape_hash` of a key of `len` bytes from `first` to `last`, for keys
/// not made (a token's shape, read from the text around it).
fn shape_hash_of(len: usize, first: u8, last: u8) -> u32 {
    (len as u32).wrapping_mul(0x9E37_79B9) ^ edges_hash(first, last)
}

/// A key's first and last bytes; 0 for an empty key.
pub(super) fn ends(key: &[u8]) -> (u8, u8) {
    (
        key.first().copied().unwrap_or(0),
        key.last().copied().unwrap_or(0),
    )
}

impl ExactPhrases {
    pub(super) fn new(hits: &[Hit]) -> ExactPhrases {
        let keys = || hits.iter().map(|h| h.phrase.as_bytes());
        ExactPhrases {
            phrases: keys().zip(hits.iter().copied()).collect(),
            by_shape: Sketch::new(keys().map(shape_hash)),
            by_edges: Sketch::new(keys().map(|key| {
                let (first, last) = ends(key);
                edges_hash(first, last)
            })),
        }
    }

    /// The phrase whose normalised bytes are `key`.
    pub(super) fn get(&self, key: &[u8]) -> Option<Hit> {
        if !self.by_shape.may_hold(shape_hash(key)) {
            return None;
        }
        self.phrases.get(key).copied()
    }

    /// Whether a key that starts with `first` and ends with `last` may be
    /// a phrase: false means it is none.
    pub(super) fn may_have_edges(&self, first: u8, last: u8) -> bool {
        self.by_edges.may_hold(edges_hash(first, last))
    }

    /// Whether a key of `len` bytes from `first` to `last` may be a
    /// phrase: false means it is none.
    pub(super) fn may_have_shape(&self, len: usize, first: u8, last: u8) -> bool {
        self.by_shape.may_hold(shape_hash_of(len, first, last))
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
