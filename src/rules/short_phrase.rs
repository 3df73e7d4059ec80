//! Rules that drop a short block holding one of their phrases.
//!
//! A cookie notice, an error page's message, a widget's status line, a
//! contributor line: each is a phrase standing in a short block. The same
//! phrase inside a long paragraph is the article talking about the thing,
//! so each rule names the most words a block it takes may have.

use super::{DocContext, Finding, Needs, Rule, RuleInfo};
use crate::block::Block;
use crate::lexicon::PhraseSet;
use std::sync::LazyLock;

pub struct ShortPhraseRule {
    pub info: &'static RuleInfo,
    /// The phrases, in `Mode::Contains`.
    pub phrases: &'static LazyLock<PhraseSet>,
    /// Most words of a block the rule takes.
    pub max_words: u32,
}

impl Rule for ShortPhraseRule {
    fn info(&self) -> &'static RuleInfo {
        self.info
    }

    fn needs(&self) -> Needs {
        Needs::phrases(self.phrases, self.max_words)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > self.max_words {
            return None;
        }
        self.phrases
            .find_in(block)
            .map(|hit| Finding::drop(self.info, hit.phrase))
    }
}
