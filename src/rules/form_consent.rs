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
        if !opens_with_consent_word(&block.text) {
            return None;
        }
        CONSENT_PATTERN
            .is_match(block.lowercase().trim_start())
            .then(|| Finding::drop(&FORM_CONSENT, "consent to a form"))
    }
}

/// Whether the first word of `text` (its letters and digits after white
/// space) is one of `OPENING_WORDS`, in any case. An ASCII word is read
/// and compared byte by byte, without a lower-case copy.
fn opens_with_consent_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    let start = bytes
        .iter()
        .position(|&b| !crate::whitespace::is_ascii_space(b))
        .unwrap_or(bytes.len());
    let length = bytes[start..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len() - start);
    let end = start + length;
    // A character outside ASCII may be white space before the word or a
    // letter of it: read as characters.
    if bytes.get(start).is_some_and(|b| !b.is_ascii())
        || bytes.get(end).is_some_and(|b| !b.is_ascii())
    {
        return opens_with_consent_word_by_characters(text);
    }
    let first = &bytes[start..end];
    OPENING_WORDS
        .iter()
        .any(|opening| opening.as_bytes().eq_ignore_ascii_case(first))
}

/// `opens_with_consent_word` for any text, character by character.
fn opens_with_consent_word_by_characters(text: &str) -> bool {
    text.trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|first| {
            crate::lexicon::with_lowercase(first, |w| {
                OPENING_WORDS.iter().any(|opening| opening.as_bytes() == w)
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(2048))]
        /// Read byte by byte, a line opens with a consent word when read
        /// character by character it does.
        #[test]
        fn first_words_read_as_characters_read_them(
            text in "([ \t\u{b},.\"a-zA-Z0-9-]|By |bY |I |En |mit |Нажимая |é|\u{a0}|—){0,10}"
        ) {
            proptest::prop_assert_eq!(
                opens_with_consent_word(&text),
                opens_with_consent_word_by_characters(&text)
            );
        }
    }
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
