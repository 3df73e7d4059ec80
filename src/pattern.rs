//! How the small line patterns see text.
//!
//! Rules match short lines ("2 hours ago", "12 Comments", "5 min read")
//! and dates against regexes. They are regex-lite regexes: a one-page run
//! compiles every one of them, and regex-lite compiles them ten to twenty
//! times faster than `regex`, whose faster search does not pay on lines
//! this short. regex-lite knows only ASCII classes and ASCII case, so
//! patterns spell out the white space they accept ([`SPACE`]) and match
//! lowered text ([`lower_in_place`], or the block's cached lower case).

use crate::lexicon::prefix_index::PrefixIndex;
use regex_lite::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

/// White space as pages print it, no-break and thin spaces included, for
/// use inside a pattern in place of `\s` (ASCII only in regex-lite).
pub const SPACE: &str = r"[\s\u{a0}\u{2009}\u{202f}]";

/// `text` in lower case where a letter's lower case takes as many bytes
/// (all Latin and Cyrillic letters do), so offsets stay valid.
pub fn lower_in_place(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_uppercase) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                    _ => c,
                }
            })
            .collect(),
    )
}

/// Compiles `pattern` with every `\s` standing for [`SPACE`] (so none
/// may stand inside a class: regex-lite does not nest classes). Patterns are constants: a bad one is a bug, caught by
/// the tests of the rule that holds it.
pub fn compile(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\s", SPACE)).expect("valid pattern")
}

/// A regex with the words one of which every text it matches holds: a
/// line that holds none is turned away by one pass over its bytes
/// (`PrefixIndex`), where regex-lite's search walks every thread of the
/// pattern at every byte (a "52 results" pattern cost 4,000 instructions
/// a short line). The regex is compiled when a line first holds a cue:
/// compiling takes about 220,000 instructions a pattern, and most pages
/// have no line for most patterns.
pub struct Cued {
    cues: PrefixIndex,
    pattern: &'static str,
    regex: OnceLock<Regex>,
}

impl Cued {
    /// `pattern` as `compile` reads it; `cues` in the case the pattern
    /// matches. A match without a cue would be missed, so each rule's
    /// tests give a hit for every form of its pattern (which compiles it).
    pub fn new(cues: &[&'static str], pattern: &'static str) -> Cued {
        Cued {
            // Built in a few thousand instructions, where an automaton's
            // NFA took a hundred thousand and more for a handful of words.
            cues: PrefixIndex::new(cues.iter().copied()),
            pattern,
            regex: OnceLock::new(),
        }
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.cues.occurs_in(text.as_bytes())
            && self
                .regex
                .get_or_init(|| compile(self.pattern))
                .is_match(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowering_keeps_offsets() {
        let text = "Über 26 ОКТЯБРЯ, İstanbul";
        let lower = lower_in_place(text);
        assert_eq!(lower.len(), text.len());
        assert_eq!(lower, "über 26 октября, İstanbul");
    }

    #[test]
    fn cues_turn_lines_away_before_the_regex() {
        let cued = Cued::new(&["ago"], r"^[0-9]+\s+hours?\s+ago$");
        assert!(cued.is_match("2 hours ago"));
        assert!(!cued.is_match("2 hours"));
    }

    #[test]
    fn spaces_include_no_break_spaces() {
        assert!(compile(r"^a\sb$").is_match("a\u{a0}b"));
    }
}
