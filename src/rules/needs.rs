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

/// The facts of one block that needs are tested against, each read when
/// a rule first asks.
pub struct BlockFacts<'a> {
    block: &'a Block,
    digit: OnceCell<bool>,
    concepts: OnceCell<Option<u32>>,
}

impl<'a> BlockFacts<'a> {
    pub fn new(block: &'a Block) -> BlockFacts<'a> {
        BlockFacts {
            block,
            digit: OnceCell::new(),
            concepts: OnceCell::new(),
        }
    }

    /// Whether the block has what `needs` names, as far as is known
    /// cheaply. The concepts are tested only once the block's phrase
    /// occurrences are made (a short block's are, by the comment-form
    /// rule, before any rule that needs them): a long block, which most
    /// such rules turn away by its length, is not searched for them here.
    pub fn meet(&self, needs: &Needs) -> bool {
        let block = self.block;
        block.features.words <= needs.max_words
            && (!needs.label || block.label().is_some())
            && (!needs.digit
                || *self
                    .digit
                    .get_or_init(|| block.text.bytes().any(|b| b.is_ascii_digit())))
            && (needs.concepts == 0 || self.concepts().is_none_or(|c| c & needs.concepts != 0))
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
