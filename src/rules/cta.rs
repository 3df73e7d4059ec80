//! Calls to action: newsletter, app, donation, subscription and share
//! prompts.
//!
//! All five match their phrase table anywhere in a *short* block: the same
//! words inside a long sentence are usually the article talking about
//! newsletters or apps, not the page asking for something.

use super::{DocContext, Finding, Needs, Rule, RuleInfo};
use crate::block::Block;
use crate::lexicon::{Mode, PhraseSet, PhraseTable, cta};
use std::sync::LazyLock;

/// Longest block a prompt takes. "Want to stay up to date with the latest
/// news?" is 11 words; prompts with a sentence of pitch reach about 25.
const PROMPT_MAX_WORDS: u32 = 25;

fn prompt(block: &Block, set: &PhraseSet, rule: &'static RuleInfo) -> Option<Finding> {
    if block.features.words > PROMPT_MAX_WORDS {
        return None;
    }
    set.find_in(block)
        .map(|hit| Finding::drop(rule, format!("{}: {}", hit.lang, hit.phrase)))
}

fn contains(tables: &[&'static PhraseTable]) -> PhraseSet {
    PhraseSet::new(Mode::Contains, tables)
}

macro_rules! prompt_rule {
    ($ty:ident, $info:ident, $set:ident, $tables:expr, $name:literal, $summary:literal) => {
        static $set: LazyLock<PhraseSet> = LazyLock::new(|| contains($tables));

        #[doc = $summary]
        pub struct $ty;

        pub static $info: RuleInfo = RuleInfo {
            name: $name,
            summary: $summary,
        };

        impl Rule for $ty {
            fn info(&self) -> &'static RuleInfo {
                &$info
            }

            fn needs(&self) -> Needs {
                Needs::phrases(&$set, PROMPT_MAX_WORDS)
            }

            fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
                prompt(block, &$set, &$info)
            }
        }
    };
}

prompt_rule!(
    Newsletter,
    NEWSLETTER,
    NEWSLETTER_PHRASES,
    cta::NEWSLETTER,
    "cta/newsletter",
    "a newsletter or \"stay up to date\" prompt"
);
prompt_rule!(
    App,
    APP,
    APP_PHRASES,
    cta::APP,
    "cta/app",
    "an app, channel or \"follow us\" prompt"
);
prompt_rule!(
    Donate,
    DONATE,
    DONATE_PHRASES,
    cta::DONATE,
    "cta/donate",
    "a donation or membership appeal (\"Support Us\", \"become our patron\")"
);
prompt_rule!(
    Subscribe,
    SUBSCRIBE,
    SUBSCRIBE_PHRASES,
    cta::SUBSCRIBE,
    "cta/subscribe",
    "a subscription or paywall prompt"
);
prompt_rule!(
    Share,
    SHARE,
    SHARE_PHRASES,
    cta::SHARE,
    "cta/share",
    "a share prompt (\"Share this article\", \"Поделиться\")"
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn hits_each_kind() {
        assert!(hits(
            &Newsletter,
            "Want to stay up to date with the latest news?"
        ));
        assert!(hits(&Newsletter, "Abonnez-vous à notre newsletter"));
        assert!(hits(
            &Newsletter,
            "To learn how we process your data, visit our Privacy Notice. You can unsubscribe at any time without costs."
        ));
        assert!(hits(&App, "We are in your phone app. Check us out!"));
        assert!(
            hits(&App, "Подпишитесь на наш Telegram-канал")
                || hits(&Newsletter, "Подпишитесь на наш Telegram-канал")
        );
        assert!(hits(&Donate, "Support UP or become our patron!"));
        assert!(hits(&Donate, "Підтримайте нас"));
        assert!(hits(&Subscribe, "Continue reading the main story"));
        assert!(hits(&Subscribe, "To Read the Full Story"));
        assert!(hits(&Share, "Share this article"));
    }

    #[test]
    fn misses_long_sentences_and_lookalikes() {
        let long = "The company said its new app, which lets readers download the app once and follow us on every device, had been installed more than two million times since it launched in the spring of last year.";
        assert!(!hits(&App, long));
        assert!(!hits(
            &Donate,
            "Residents who support usage limits spoke first."
        ));
        assert!(!hits(&Share, "Her share of the vote fell."));
    }
}
