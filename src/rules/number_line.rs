//! Rules that drop a short line holding a number and matching a pattern
//! whole: a reading time ("5 min read"), a listing's result count ("52
//! results").
//!
//! Every form such a rule knows has a digit, so the pattern runs only on
//! short lines that have one; it is matched against the block's lower
//! case, trimmed.

use super::{DocContext, Finding, Needs, Rule, RuleInfo};
use crate::block::Block;
use crate::pattern::Cued;
use std::sync::LazyLock;

pub struct NumberLineRule {
    pub info: &'static RuleInfo,
    /// Anchored at both ends; written for lower case.
    pub pattern: &'static LazyLock<Cued>,
    /// Most words of a line the rule takes.
    pub max_words: u32,
    /// What a finding says it saw.
    pub evidence: &'static str,
}

impl Rule for NumberLineRule {
    fn info(&self) -> &'static RuleInfo {
        self.info
    }

    fn needs(&self) -> Needs {
        Needs::words(self.max_words).and_digit()
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > self.max_words || !block.text.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        self.pattern
            .is_match(block.lowercase().trim())
            .then(|| Finding::drop(self.info, self.evidence))
    }
}
