//! Cookie and consent banners.

use super::RuleInfo;
use super::short_phrase::ShortPhraseRule;
use crate::lexicon::{Mode, PhraseSet, consent};
use std::sync::LazyLock;

static COOKIE_PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Contains, consent::COOKIE));

/// Longest block we take for a banner. Consent notices run to a few
/// sentences; an article paragraph that mentions cookie policy runs longer
/// and is about something.
const BANNER_MAX_WORDS: u32 = 150;

pub static COOKIE_RULE: RuleInfo = RuleInfo {
    name: "consent/cookie",
    summary: "a cookie, consent or \"enable JavaScript\" notice",
};

/// Cookie, consent and "enable JavaScript" notices.
pub static COOKIE: ShortPhraseRule = ShortPhraseRule {
    info: &COOKIE_RULE,
    phrases: &COOKIE_PHRASES,
    max_words: BANNER_MAX_WORDS,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn hit() {
        assert!(hits(
            &COOKIE,
            "We use cookies to improve your experience. By continuing to browse you agree."
        ));
        assert!(hits(&COOKIE, "Diese Website verwendet Cookies."));
    }

    #[test]
    fn miss() {
        assert!(!hits(
            &COOKIE,
            "The bakery sold out of cookies by noon on Saturday."
        ));
    }
}
