//! An automaton searched as an NFA until the process has searched enough
//! bytes with it to pay for building a DFA.
//!
//! A DFA searches a phrase set about twice as fast as the noncontiguous
//! NFA but takes ten times as long or more to build: a one-page run
//! should never build it, a batch or a benchmark should build it early.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct NfaThenDfa {
    /// Bytes searched with the NFA before the DFA is built.
    dfa_after_bytes: usize,
    nfa: OnceLock<AhoCorasick>,
    dfa: OnceLock<AhoCorasick>,
    /// Bytes searched with the NFA so far, by every thread.
    nfa_bytes: AtomicUsize,
}

impl NfaThenDfa {
    pub const fn new(dfa_after_bytes: usize) -> NfaThenDfa {
        NfaThenDfa {
            dfa_after_bytes,
            nfa: OnceLock::new(),
            dfa: OnceLock::new(),
            nfa_bytes: AtomicUsize::new(0),
        }
    }

    /// The automaton to search `len` more bytes with, made by `build` in
    /// the kind asked on first use. Both kinds find the same matches;
    /// only the order overlapping ones come in may differ.
    pub fn for_bytes(
        &self,
        len: usize,
        build: impl FnOnce(AhoCorasickKind) -> AhoCorasick,
    ) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        let searched = self.nfa_bytes.fetch_add(len, Ordering::Relaxed) + len;
        if searched > self.dfa_after_bytes {
            self.dfa.get_or_init(|| build(AhoCorasickKind::DFA))
        } else {
            self.nfa
                .get_or_init(|| build(AhoCorasickKind::NoncontiguousNFA))
        }
    }
}
