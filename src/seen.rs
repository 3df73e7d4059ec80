//! Where a page first showed a short text, for reusing the work done on
//! it when the text stands again.
//!
//! Pages repeat their short lines: a menu at the top and the bottom,
//! "Share" under every post, "Advertisement" between paragraphs, the same
//! label on every teaser. A fifth of the lines of a typical dump stand
//! earlier on the same page.

use std::hash::{BuildHasher, Hash};

/// Longest text, in bytes, remembered. Repeated texts are labels and
/// menu lines; a long paragraph seldom repeats.
const MAX_TEXT_BYTES: usize = 200;

/// Most texts remembered per page (a table of about 2 MB), so that a
/// page of a million distinct lines does not hold a table of all of
/// them. Texts past it are still found when they repeat one remembered.
const MAX_REMEMBERED: usize = 1 << 16;

/// The index at which each remembered key was first seen. Keys are
/// hashes: the caller confirms a match by comparing what it hashed.
pub struct FirstSeen {
    hasher: foldhash::fast::FixedState,
    first: foldhash::HashMap<u64, usize>,
}

impl FirstSeen {
    /// A table sized for `texts` texts (or `MAX_REMEMBERED`), so that it
    /// does not grow, and rehash, as it fills.
    pub fn with_capacity(texts: usize) -> Self {
        FirstSeen {
            hasher: foldhash::fast::FixedState::default(),
            first: foldhash::HashMap::with_capacity_and_hasher(
                texts.min(MAX_REMEMBERED),
                foldhash::fast::RandomState::default(),
            ),
        }
    }

    /// The key of `value`, made of a text of at most `MAX_TEXT_BYTES`;
    /// `None` for a longer text, which is not remembered.
    pub fn key(&self, text: &str, value: impl Hash) -> Option<u64> {
        (text.len() <= MAX_TEXT_BYTES).then(|| self.hasher.hash_one(value))
    }

    /// Where `key` was first seen, if remembered.
    pub fn get(&self, key: Option<u64>) -> Option<usize> {
        self.first.get(&key?).copied()
    }

    /// Remembers `index` for `key`, unless the key has an index already
    /// or the table is full.
    pub fn remember(&mut self, key: Option<u64>, index: usize) {
        if let Some(key) = key
            && self.first.len() < MAX_REMEMBERED
        {
            self.first.entry(key).or_insert(index);
        }
    }
}
