//! What a block must have for a rule to find anything in it.
//!
//! The text rules run on every block, and most find nothing in most: a
//! prompt rule's block holds none of its phrases, a date rule's block no
//! digit. A rule names what it cannot do without (`Rule::needs`);
//! `rules::check` tests that against facts of the block, each read once
//! for all rules (`BlockFacts`), and calls only the rules that may find
//! something. Calling a rule to have it turn a block away cost about a
//! hundred instructions, three dozen times a block.
//!
//! A need must be a true one, or a rule would miss what it finds: debug
//! builds, which the tests run, call every rule a block was spared and
//! check that it finds nothing there.

use crate::block::Block;
use crate::lexicon::{Mode, PhraseSet, contained};
use std::cell::OnceCell;

/// What a rule cannot find anything without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Needs {
    /// Most words of a block the rule takes.
    pub max_words: u32,
    /// An ASCII digit.
    pub digit: bool,
    /// A label before a colon or spaced dash (`Block::label`).
    pub label: bool,
    /// An occurrence of a phrase of one of these concepts of
    /// `lexicon::contained`, a bit each; 0 for none.
    pub concepts: u32,
}

impl Needs {
    /// What every block has.
    pub const NOTHING: Needs = Needs {
        max_words: u32::MAX,
        digit: false,
        label: false,
        concepts: 0,
    };

    /// A block of at most `max_words` words.
    pub const fn words(max_words: u32) -> Needs {
        Needs {
            max_words,
            ..Needs::NOTHING
        }
    }

    pub const fn and_digit(self) -> Needs {
        Needs {
            digit: true,
            ..self
        }
    }

    pub const fn and_label(self) -> Needs {
        Needs {
            label: true,
            ..self
        }
    }

    /// A block of at most `max_words` words that `phrases` may match
    /// with `find_in`: for labels, a block with a label; for contained
    /// phrases of a concept, one where a phrase of the concept occurs.
    pub fn phrases(phrases: &PhraseSet, max_words: u32) -> Needs {
        let needs = Needs::words(max_words);
        match (phrases.mode(), phrases.concept()) {
            (Mode::Label, _) => needs.and_label(),
            (Mode::Contains, Some(concept)) => Needs {
                concepts: 1 << concept,
                ..needs
            },
            _ => needs,
        }
    }
}

/// The needs of a list of rules (at most 64), as bit masks: bit `i` is
/// rule `i`. Which rules a block's facts let through is a few table
/// reads and bitwise ands, where testing each rule's needs in turn cost
/// some thirty instructions a rule, for every rule and every block.
#[derive(Debug)]
pub struct NeedMasks {
    /// `by_words[w]`: the rules that may take a block of `w` words; a
    /// longer block takes the last, the rules without a limit below it.
    by_words: Vec<u64>,
    /// The rules that need a digit.
    digit: u64,
    /// The rules that need a label.
    label: u64,
    /// Each rule's concepts (`Needs::concepts`), by index.
    concepts: Vec<u32>,
}

impl NeedMasks {
    pub fn new(needs: &[Needs]) -> NeedMasks {
        assert!(needs.len() <= u64::BITS as usize, "a bit for each rule");
        let mask_of = |pick: &dyn Fn(&Needs) -> bool| {
            needs
                .iter()
                .enumerate()
                .filter(|(_, n)| pick(n))
                .fold(0u64, |mask, (i, _)| mask | 1 << i)
        };
        // Past the highest limit every length is let through by the same
        // rules.
        let longest_limit = needs
            .iter()
            .map(|n| n.max_words)
            .filter(|&w| w != u32::MAX)
            .max()
            .unwrap_or(0);
        NeedMasks {
            by_words: (0..=longest_limit + 1)
                .map(|words| mask_of(&|n| words <= n.max_words))
                .collect(),
            digit: mask_of(&|n| n.digit),
            label: mask_of(&|n| n.label),
            concepts: needs.iter().map(|n| n.concepts).collect(),
        }
    }

    /// The rules whose needs, concepts aside, the block of `facts` meets.
    /// Its label and digit are read only when a rule its length lets
    /// through asks for them.
    pub fn eligible(&self, facts: &BlockFacts) -> u64 {
        let words = facts.block.features.words as usize;
        let mut rules = self.by_words[words.min(self.by_words.len() - 1)];
        if rules & self.label != 0 && facts.block.label().is_none() {
            rules &= !self.label;
        }
        if rules & self.digit != 0 && !facts.has_digit() {
            rules &= !self.digit;
        }
        rules
    }

    /// Whether rule `i` of the eligible ones meets its concept needs in
    /// `facts`, as far as is known by now (`BlockFacts::meet_concepts`).
    pub fn meets_concepts(&self, facts: &BlockFacts, i: usize) -> bool {
        facts.meet_concepts(self.concepts[i])
    }
}

/// The mask of bits `0..n`.
pub fn bits_below(n: usize) -> u64 {
    if n >= u64::BITS as usize {
        u64::MAX
    } else {
        (1 << n) - 1
    }
}

/// The indices of the set bits of `mask`, lowest first.
pub fn bits(mut mask: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let i = mask.trailing_zeros() as usize;
        (mask != 0).then(|| {
            mask &= mask - 1;
            i
        })
    })
}

/// The facts of one block that needs are tested against. Its digit is
/// read once, by `NeedMasks::eligible`; its concepts when a rule first
/// asks after its phrase occurrences are made.
pub struct BlockFacts<'a> {
    block: &'a Block,
    concepts: OnceCell<Option<u32>>,
}

impl<'a> BlockFacts<'a> {
    pub fn new(block: &'a Block) -> BlockFacts<'a> {
        BlockFacts {
            block,
            concepts: OnceCell::new(),
        }
    }

    /// Whether the block has what `needs` names, as far as is known
    /// cheaply: what `NeedMasks` tells of many rules at once, for one.
    #[cfg(test)]
    pub fn meet(&self, needs: &Needs) -> bool {
        let block = self.block;
        block.features.words <= needs.max_words
            && (!needs.label || block.label().is_some())
            && (!needs.digit || self.has_digit())
            && self.meet_concepts(needs.concepts)
    }

    fn has_digit(&self) -> bool {
        self.block.text.bytes().any(|b| b.is_ascii_digit())
    }

    /// Whether a phrase of one of `concepts` (bits; 0 for none needed)
    /// may occur in the block. Tested only once the block's phrase
    /// occurrences are made (a short block's are, by the comment-form
    /// rule, before any rule that needs them): a long block, which most
    /// such rules turn away by its length, is not searched for them here.
    fn meet_concepts(&self, concepts: u32) -> bool {
        concepts == 0 || self.concepts().is_none_or(|c| c & concepts != 0)
    }

    /// The concepts whose phrases occur in the block, if its occurrences
    /// are made.
    fn concepts(&self) -> Option<u32> {
        if let Some(known) = self.concepts.get() {
            return *known;
        }
        let found = self.block.contained_occurrences_if_made()?;
        *self
            .concepts
            .get_or_init(|| Some(contained::concepts_of(found)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::BlockKind;

    fn block(text: &str) -> Block {
        Block::new(text.into(), BlockKind::Paragraph, true)
    }

    #[test]
    fn facts_meet_needs() {
        let share = block("Share this article: 3 comments");
        let facts = BlockFacts::new(&share);
        assert!(facts.meet(&Needs::NOTHING));
        assert!(facts.meet(&Needs::words(5).and_digit().and_label()));
        assert!(!facts.meet(&Needs::words(4)));
        let plain = block("The harbour reopens");
        let facts = BlockFacts::new(&plain);
        assert!(!facts.meet(&Needs::NOTHING.and_digit()));
        assert!(!facts.meet(&Needs::NOTHING.and_label()));
    }

    #[test]
    fn masks_agree_with_each_rules_needs() {
        let share = contained::concept_of(crate::lexicon::cta::SHARE).unwrap();
        let needs = [
            Needs::NOTHING,
            Needs::words(3),
            Needs::words(5).and_digit(),
            Needs::words(40).and_label(),
            Needs::NOTHING.and_digit(),
            Needs {
                concepts: 1 << share,
                ..Needs::words(25)
            },
        ];
        let masks = NeedMasks::new(&needs);
        let long = "The harbour reopens after a year of repairs. ".repeat(10);
        for text in [
            "Home",
            "Share this article: 3 comments",
            "Share this article",
            "Photo: Reuters",
            "The harbour reopens on 3 May after a year of repairs to the quay",
            long.as_str(),
        ] {
            let b = block(text);
            for made in [false, true] {
                if made {
                    b.contained_occurrences();
                }
                let facts = BlockFacts::new(&b);
                let eligible = masks.eligible(&facts);
                for (i, need) in needs.iter().enumerate() {
                    let by_masks = eligible >> i & 1 == 1 && masks.meets_concepts(&facts, i);
                    assert_eq!(by_masks, facts.meet(need), "{text:?}, need {i}");
                }
            }
        }
        assert_eq!(bits(0b1010_0001).collect::<Vec<_>>(), [0, 5, 7]);
        assert_eq!(bits_below(3), 0b111);
        assert_eq!(bits_below(64), u64::MAX);
    }

    #[test]
    fn concepts_are_tested_once_occurrences_are_made() {
        let share_concept = contained::concept_of(crate::lexicon::cta::SHARE).unwrap();
        let needs = Needs {
            concepts: 1 << share_concept,
            ..Needs::NOTHING
        };
        let plain = block("The harbour reopens");
        let facts = BlockFacts::new(&plain);
        assert!(facts.meet(&needs), "not made yet: not known");
        plain.contained_occurrences();
        let facts = BlockFacts::new(&plain);
        assert!(!facts.meet(&needs));
        let share = block("Share this article");
        share.contained_occurrences();
        assert!(BlockFacts::new(&share).meet(&needs));
    }
}
