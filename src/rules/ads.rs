//! Advertising labels.

use super::{DocContext, Finding, Rule, RuleInfo};
use crate::block::Block;
use crate::lexicon::{Mode, PhraseSet, ads};
use std::sync::LazyLock;

static LABELS: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(Mode::Line, ads::LABELS));

/// A line that only says an ad stands here: "Advertisement:", "Реклама",
/// "Anzeige". The ad itself is gone from a dump; its label stays behind,
/// often in the middle of the article.
pub struct Label;

pub static LABEL: RuleInfo = RuleInfo {
    name: "ads/label",
    summary: "a line that only labels an advertisement (\"Advertisement:\", \"Реклама\", \"Anzeige\")",
};

impl Rule for Label {
    fn info(&self) -> &'static RuleInfo {
        &LABEL
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        LABELS
            .find(&block.text)
            .map(|hit| Finding::drop(&LABEL, format!("{}: {}", hit.lang, hit.phrase)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn hit() {
        for text in ["Advertisement:", "ADVERTISEMENT", "Реклама", "Anzeige", "Publicité", "Publicidad"] {
            assert!(hits(&Label, text), "{text}");
        }
    }

    #[test]
    fn miss() {
        assert!(!hits(&Label, "The advertisement ran for three weeks before it was pulled."));
    }
}
