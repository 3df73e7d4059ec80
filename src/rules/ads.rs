//! Advertising labels.

use super::{DocContext, Finding, Rule, RuleInfo};
use crate::block::Block;
use crate::lexicon::{Mode, PhraseSet, ads};
use std::sync::LazyLock;

static LABELS: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(Mode::Line, ads::LABELS));

/// Longest ad disclosure ("Реклама. ООО «Ромашка», ИНН 7700000000").
const DISCLOSURE_MAX_WORDS: u32 = 20;

/// The disclosure phrase `lower` (a line in lower case) opens with,
/// followed by punctuation: "реклама. ооо …", "erid: 2vtz…", "sponsored
/// by acme".
fn disclosure(lower: &str) -> Option<&'static str> {
    ads::DISCLOSURES
        .iter()
        .flat_map(|t| t.phrases.iter())
        .copied()
        .find(|phrase| {
            lower.strip_prefix(phrase).is_some_and(|rest| {
                let next = rest.chars().next();
                next.is_some_and(|c| matches!(c, ':' | '.' | '|' | '–' | '-'))
                    || (phrase.contains(' ') && next == Some(' '))
            })
        })
}

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
        if let Some(hit) = LABELS.find_in(block) {
            return Some(Finding::drop(
                &LABEL,
                format!("{}: {}", hit.lang, hit.phrase),
            ));
        }
        // "Paid for by taxpayers, the stadium opened in 2019." is a sentence.
        if block.features.words > DISCLOSURE_MAX_WORDS || block.features.ends_with_terminal {
            return None;
        }
        disclosure(block.lowercase())
            .map(|phrase| Finding::drop(&LABEL, format!("disclosure: {phrase}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn hit() {
        for text in [
            "Advertisement:",
            "ADVERTISEMENT",
            "Реклама",
            "Anzeige",
            "Publicité",
            "Publicidad",
            "erid: 2VtzqwH3kLm",
            "Реклама. ООО «Ромашка»",
            "Sponsored by Acme Bank",
        ] {
            assert!(hits(&Label, text), "{text}");
        }
    }

    #[test]
    fn miss() {
        assert!(!hits(
            &Label,
            "The advertisement ran for three weeks before it was pulled."
        ));
        assert!(!hits(&Label, "Рекламация поступила в понедельник."));
        assert!(!hits(&Label, "Sponsored athletes must declare it."));
        assert!(!hits(
            &Label,
            "Paid for by taxpayers, the stadium opened in 2019."
        ));
    }
}
