//! Skip links: "Skip to main content", "Jump to navigation", "Skip to
//! search results". Accessible pages open with one or more; each names
//! where it leads, so the words after "skip to" are open-ended and a
//! phrase table of whole lines would miss most of them.

use super::{DocContext, Finding, Needs, Rule, RuleInfo};
use crate::block::Block;

/// How a skip link starts, lower case, with the space after it.
const SKIP_PREFIXES: &[&str] = &["skip to ", "skip over ", "jump to "];

/// Most words of a skip link: "Skip to the end of the global utility
/// bar" is the longest kind.
const SKIP_LINK_MAX_WORDS: u32 = 10;

pub struct SkipLink;

pub static SKIP_LINK: RuleInfo = RuleInfo {
    name: "nav/skip-link",
    summary: "a skip link (\"Skip to main content\", \"Jump to navigation\")",
};

impl Rule for SkipLink {
    fn info(&self) -> &'static RuleInfo {
        &SKIP_LINK
    }

    fn needs(&self) -> Needs {
        Needs::words(SKIP_LINK_MAX_WORDS)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        // A sentence that starts so ("Skip to the end if you know the
        // story.") is the article's.
        if block.features.words > SKIP_LINK_MAX_WORDS || block.features.ends_with_terminal {
            return None;
        }
        let lower = block.lowercase().trim_start();
        SKIP_PREFIXES
            .iter()
            .find(|prefix| lower.starts_with(**prefix))
            .map(|prefix| Finding::drop(&SKIP_LINK, prefix.trim_end()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn skip_link_hit_and_miss() {
        for text in [
            "Skip to main content",
            "Skip to search results",
            "Jump to navigation",
            "skip to the end of the global utility bar",
        ] {
            assert!(hits(&SkipLink, text), "{text}");
        }
        for text in [
            "Skip to the end if you already know the story.",
            "Skipper to be named on Friday",
            "Why fans skip to the last chapter",
            "Skip",
        ] {
            assert!(!hits(&SkipLink, text), "{text}");
        }
    }
}
