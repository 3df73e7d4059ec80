//! Tag and subject lines.

use super::{DocContext, Finding, Needs, Rule, RuleInfo};
use crate::block::Block;
use crate::features::Features;
use crate::lexicon::{Mode, PhraseSet, tags};
use std::sync::LazyLock;

static LABELS: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(Mode::Label, tags::LABELS));

/// Longest tag list we take; a longer text after "Topic:" is a sentence.
const TAGS_MAX_WORDS: u32 = 25;

/// A tag or subject line: "Subjects: Russia", "Tags: economy, inflation",
/// "Теги: …", "Schlagwörter: …".
pub struct SubjectLine;

pub static SUBJECT_LINE: RuleInfo = RuleInfo {
    name: "tags/subject-line",
    summary: "a tag or subject line (\"Subjects: Russia\", \"Tags: economy, inflation\")",
};

impl Rule for SubjectLine {
    fn info(&self) -> &'static RuleInfo {
        &SUBJECT_LINE
    }

    fn needs(&self) -> Needs {
        Needs::NOTHING.and_label()
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        let (hit, rest) = LABELS.find_label_in(block)?;
        let rest_features = Features::of(rest);
        let is_list = rest_features.words <= TAGS_MAX_WORDS && !rest_features.ends_with_terminal;
        is_list.then(|| Finding::drop(&SUBJECT_LINE, hit.phrase))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn hit() {
        for text in [
            "Subjects: Russia",
            "Tags: economy, inflation",
            "Теги: політика, вибори",
            "Schlagwörter: Bahn, Streik",
            "Mots-clés : climat",
        ] {
            assert!(hits(&SubjectLine, text), "{text}");
        }
    }

    #[test]
    fn miss() {
        assert!(!hits(
            &SubjectLine,
            "Topic: the council will decide on the budget next week."
        ));
        assert!(!hits(
            &SubjectLine,
            "Russia is the subject of new sanctions"
        ));
    }
}
