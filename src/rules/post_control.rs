//! A forum post's controls and counters: "Link to comment", "Share on
//! other sites", "Click to expand...", "17 likes", "Views 26.2k".
//!
//! They stand between the posts of a thread, so they are a thread's
//! furniture (`rules::is_thread_furniture`): removing them must not end
//! the thread after its first post, as a removed block otherwise scores
//! lower than the short line it was.

use super::{DocContext, Finding, Rule, RuleInfo};
use crate::block::Block;
use crate::lexicon::{Mode, PhraseSet, comments};
use crate::pattern::Cued;
use std::sync::LazyLock;

static CONTROL_LINES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Line, comments::POST_CONTROLS));

/// Matched against the block's lower case: a reaction or view count
/// ("17 likes", "Likes: 3", "Views 26.2k"). Counts of replies and comments
/// are `comments/count`, which opens a comment section.
static COUNTER_PATTERN: LazyLock<Cued> = LazyLock::new(|| {
    Cued::new(
        &["like", "reaction", "upvote", "views", "replies"],
        r"(?x)^(?:
            [0-9][0-9.,]*[km]?\s+(?:likes?|reactions?|upvotes?|views)
          | (?:likes?|reactions?|upvotes?|views|replies)\s*:?\s*[0-9][0-9.,]*[km]?
        )$",
    )
});

/// Most words of a counter line ("Views 26.2k").
const COUNTER_MAX_WORDS: u32 = 3;

pub struct PostControl;

pub static POST_CONTROL: RuleInfo = RuleInfo {
    name: "comments/post-control",
    summary: "a forum post's control or counter (\"Link to comment\", \"Click to expand...\", \"17 likes\")",
};

impl Rule for PostControl {
    fn info(&self) -> &'static RuleInfo {
        &POST_CONTROL
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if let Some(hit) = CONTROL_LINES.find_in(block) {
            return Some(Finding::drop(&POST_CONTROL, hit.phrase));
        }
        let counter = block.features.words <= COUNTER_MAX_WORDS
            && block.text.bytes().any(|b| b.is_ascii_digit())
            && COUNTER_PATTERN.is_match(block.lowercase().trim());
        counter.then(|| Finding::drop(&POST_CONTROL, "post counter"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn post_controls_hit() {
        assert!(hits(&PostControl, "Link to comment"));
        assert!(hits(&PostControl, "Share on other sites"));
        assert!(hits(&PostControl, "Click to expand..."));
        assert!(hits(&PostControl, "17 likes"));
        assert!(hits(&PostControl, "Views 26.2k"));
        assert!(hits(&PostControl, "Likes: 3"));
        // Every word of the counter pattern, as its cue words must find it.
        for counter in [
            "1 like",
            "2 reactions",
            "5 upvotes",
            "Replies: 4",
            "3 Reaction",
        ] {
            assert!(hits(&PostControl, counter), "{counter}");
        }
    }

    #[test]
    fn post_controls_miss() {
        assert!(!hits(
            &PostControl,
            "Link to comment threads in the settings page."
        ));
        assert!(!hits(
            &PostControl,
            "17 likes and 3 replies later, nobody had an answer."
        ));
        assert!(!hits(&PostControl, "The quote"));
        assert!(!hits(&PostControl, "Views of the harbour"));
    }
}
