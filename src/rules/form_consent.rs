//! The consent line under a form: "By signing up, you agree to our Terms
//! of Use and Privacy Policy", "By checking this box, you confirm that you
//! have read this notice", "I agree to the Privacy Policy*".
//!
//! Newsletter boxes, contact forms and comment forms carry one; the box
//! around it is often caught by its class, but a form inside the article's
//! element, or a form a page builds without telling names, leaves the line
//! behind. It opens with what the reader does and says they agree: a
//! sentence of an article that opens "By continuing to raise rates, …"
//! agrees to nothing.

use super::{DocContext, Finding, Needs, Rule, RuleInfo};
use crate::block::Block;
use crate::pattern;
use regex_lite::Regex;
use std::sync::LazyLock;

/// First words a consent line opens with, checked before the pattern.
const OPENING_WORDS: &[&str] = &[
    "by",
    "i",
    "en",
    "al",
    "mit",
    "durch",
    "нажимая",
    "натискаючи",
];

/// Matched against the block's lower case.
static CONSENT_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?x)^(?:
            by\s+(?:checking|clicking|tapping|submitting|signing\s+up|subscribing|registering|entering|providing|continuing|creating)\b
              .*\b(?:agree|consent|acknowledge|authori[sz]e|confirm)
          | i\s+(?:agree|consent)\s+to\b
          | i\s+have\s+read\s+and\s+(?:agree|accept|understand)
          | en\s+(?:cliquant|vous\s+inscrivant|soumettant|continuant)\b.*\b(?:acceptez|consentez|reconnaissez)
          | al\s+(?:hacer\s+clic|enviar|suscribirte|registrarte|continuar)\b.*\b(?:aceptas|acepta|consientes)
          | (?:mit\s+(?:dem|der|ihrer)\s+(?:absenden|anmeldung|registrierung)|durch\s+(?:klicken|absenden))\b.*\b(?:einverstanden|akzeptiere|stimme|willige)
          | нажимая\s.*(?:соглаша|согласие)
          | натискаючи\s.*(?:погоджу|згоду)
        )",
    )
});

/// Longest consent line: some spell out every channel they may use.
const CONSENT_MAX_WORDS: u32 = 80;

pub struct FormConsent;

pub static FORM_CONSENT: RuleInfo = RuleInfo {
    name: "cta/form-consent",
    summary: "the consent line under a form (\"By signing up, you agree to our Terms of Use\")",
};

impl Rule for FormConsent {
    fn info(&self) -> &'static RuleInfo {
        &FORM_CONSENT
    }

    fn needs(&self) -> Needs {
        Needs::words(CONSENT_MAX_WORDS)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > CONSENT_MAX_WORDS {
            return None;
        }
        // The first word settles most blocks before a lower-case copy.
        let first = block
            .text
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()?;
        if !crate::lexicon::with_lowercase(first, |w| {
            OPENING_WORDS.iter().any(|opening| opening.as_bytes() == w)
        }) {
            return None;
        }
        CONSENT_PATTERN
            .is_match(block.lowercase().trim_start())
            .then(|| Finding::drop(&FORM_CONSENT, "consent to a form"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn consent_lines_hit() {
        for text in [
            "By signing up, you agree to our Terms of Use and Privacy Policy.",
            "By checking this box, you confirm that you have read and understand this notice.",
            "By clicking \"Sign Up\", you are consenting to our processing of your email address.",
            "I agree to the Privacy Policy*",
            "En cliquant sur « S'inscrire », vous acceptez nos conditions.",
            "Нажимая кнопку, вы соглашаетесь с политикой конфиденциальности.",
        ] {
            assert!(hits(&FormConsent, text), "{text}");
        }
    }

    #[test]
    fn sentences_that_agree_to_nothing_miss() {
        for text in [
            "By continuing to raise rates, the central bank hopes to cool prices.",
            "By clicking through the archive, she found the letters.",
            "I agree with the critics: the second half drags.",
        ] {
            assert!(!hits(&FormConsent, text), "{text}");
        }
    }
}
