//! Cheap text features of one block, computed once when the block is made.
//!
//! They describe the *shape* of the text (how long, how sentence-like, how
//! much like a headline or a link), which is what separates article prose
//! from page chrome in any language, including ones no phrase table knows.

mod byte_masks;
mod count;

use crate::lang::{self, Lang};

/// How many CJK characters make up one "word" for length purposes. Chinese
/// and Japanese write words without spaces; about two characters per word
/// is the usual rule of thumb, and keeps a CJK paragraph from looking like
/// a one-word menu item.
const CJK_CHARS_PER_WORD: u32 = 2;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// Word count (CJK characters counted at `CJK_CHARS_PER_WORD` a word).
    pub words: u32,
    /// Characters that are letters or digits.
    pub alnum_chars: u32,
    /// Stop-word hits per language, indexed by `Lang as usize`.
    pub stopword_hits: [u16; lang::COUNT],
    /// Words that start with an upper-case letter.
    pub capitalised_words: u32,
    /// Words that start with a letter that has case at all.
    pub cased_words: u32,
    /// The text ends like a sentence: `.`, `!`, `?`, `…`, `。` and kin,
    /// possibly followed by closing quotes or brackets.
    pub ends_with_terminal: bool,
    /// The text ends with `…` or `...`: a teaser cut short, usually.
    pub ends_with_ellipsis: bool,
    /// Sentence-ending marks inside the text (a rough sentence count).
    pub terminal_marks: u32,
}

impl Features {
    pub fn of(text: &str) -> Features {
        let mut f = count::counts(text);
        let trimmed = sentence_end(text);
        f.ends_with_ellipsis = trimmed.ends_with('…') || trimmed.ends_with("...");
        f.ends_with_terminal = trimmed.chars().next_back().is_some_and(is_terminal_mark);
        f
    }

    /// Stop words of the given language in this block.
    pub fn stopwords(&self, lang: Option<Lang>) -> u32 {
        lang.map_or(0, |l| u32::from(self.stopword_hits[l as usize]))
    }

    /// Share of cased words that are capitalised; 0 when nothing has case.
    pub fn capitalised_ratio(&self) -> f32 {
        if self.cased_words == 0 {
            0.0
        } else {
            self.capitalised_words as f32 / self.cased_words as f32
        }
    }
}

/// Marks that end a sentence in the scripts we see most.
pub fn is_terminal_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।')
}

/// `text` without what may follow a sentence's final mark: closing quotes
/// and brackets, and closing tags left in a dump ("today.</p>"), so that
/// a paragraph in leftover markup still ends like a sentence.
pub fn sentence_end(text: &str) -> &str {
    let mut rest = text.trim_end_matches(is_closing_mark);
    while let Some(before) = strip_closing_tag(rest) {
        rest = before.trim_end_matches(is_closing_mark);
    }
    rest
}

/// `text` before a final `</name>`, if it ends with one.
fn strip_closing_tag(text: &str) -> Option<&str> {
    let inner = text.strip_suffix('>')?;
    let name_start = inner.trim_end_matches(|c: char| c.is_ascii_alphanumeric());
    (name_start.len() < inner.len())
        .then(|| name_start.strip_suffix("</"))
        .flatten()
}

/// Closing quotes and brackets that may follow a sentence's final mark.
fn is_closing_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '）' | '*' | '_'
    ) || c.is_whitespace()
}

/// Han, kana and fullwidth forms: scripts written without spaces between
/// words. Hangul is left out on purpose: Korean separates words by spaces.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0xFF66..=0xFF9F    // Halfwidth Katakana
        | 0x20000..=0x2FA1F  // CJK Extensions B–F and supplement
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_and_sentence_shape() {
        let f = Features::of("The trial resumes on Monday.");
        assert_eq!(f.words, 5);
        assert!(f.ends_with_terminal);
        assert!(!f.ends_with_ellipsis);
        assert_eq!(f.capitalised_words, 2);
    }

    #[test]
    fn sentence_ends_behind_closing_tags() {
        assert_eq!(sentence_end("It rained today.</p>"), "It rained today.");
        assert_eq!(sentence_end("“It rained.”</em></p> "), "“It rained.");
        assert!(Features::of("<p>It rained today.</p>").ends_with_terminal);
        // Not a closing tag: nothing is cut.
        assert_eq!(sentence_end("a -> b"), "a -> b");
        assert_eq!(sentence_end("x </>"), "x </>");
        assert_eq!(sentence_end("Fish & Chips <b>"), "Fish & Chips <b>");
    }

    #[test]
    fn sees_teaser_ellipsis_behind_closing_quote() {
        assert!(Features::of("He said it was “a secret…”").ends_with_ellipsis);
        assert!(Features::of("Paid a secret...").ends_with_ellipsis);
    }

    #[test]
    fn counts_cjk_characters_as_words() {
        let f = Features::of("日本の首相は本日記者会見を開いた。");
        assert!(f.words >= 7, "{}", f.words);
        assert!(f.ends_with_terminal);
    }
}
