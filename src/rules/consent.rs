//! Cookie and consent banners.

use super::{DocContext, Finding, Rule, RuleInfo};
use crate::block::Block;
use crate::lexicon::{Mode, PhraseSet, consent};
use std::sync::LazyLock;

static COOKIE_PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Contains, consent::COOKIE));

/// Longest block we take for a banner. Consent notices run to a few
/// sentences; an article paragraph that mentions cookie policy runs longer
/// and is about something.
const BANNER_MAX_WORDS: u32 = 150;

/// Cookie, consent and "enable JavaScript" notices.
pub struct Cookie;

pub static COOKIE: RuleInfo = RuleInfo {
    name: "consent/cookie",
    summary: "a cookie, consent or \"enable JavaScript\" notice",
};

impl Rule for Cookie {
    fn info(&self) -> &'static RuleInfo {
        &COOKIE
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > BANNER_MAX_WORDS {
            return None;
        }
        COOKIE_PHRASES
            .find_in(block)
            .map(|hit| Finding::drop(&COOKIE, hit.phrase))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn hit() {
        assert!(hits(
            &Cookie,
            "We use cookies to improve your experience. By continuing to browse you agree."
        ));
        assert!(hits(&Cookie, "Diese Website verwendet Cookies."));
    }

    #[test]
    fn miss() {
        assert!(!hits(
            &Cookie,
            "The bakery sold out of cookies by noon on Saturday."
        ));
    }
}
