//! Cheap text features of one block, computed once when the block is made.
//!
//! They describe the *shape* of the text (how long, how sentence-like, how
//! much like a headline or a link), which is what separates article prose
//! from page chrome in any language, including ones no phrase table knows.

use crate::lang::{self, Lang, StopwordTally};
use crate::letters;

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
        let mut f = Self::counts(text);
        let trimmed = sentence_end(text);
        f.ends_with_ellipsis = trimmed.ends_with('…') || trimmed.ends_with("...");
        f.ends_with_terminal = trimmed.chars().next_back().is_some_and(is_terminal_mark);
        f
    }

    /// The counts of `text` in one pass, word by word: an ASCII word (most
    /// words, in most pages) is read from a byte-class table in a loop
    /// with no branch but its end, and only a word holding other
    /// characters is decoded. Words end at `is_space`: block text holds no
    /// control character but tab and line feed.
    fn counts(text: &str) -> Features {
        let bytes = text.as_bytes();
        let mut f = Features::default();
        let mut cjk_chars = 0u32;
        let mut stopwords = StopwordTally::default();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if ascii_class(b) & SPACE != 0 {
                i += 1;
                continue;
            }
            if !b.is_ascii() {
                let c = text[i..].chars().next().expect("a character starts here");
                if is_space(c) {
                    i += c.len_utf8();
                    continue;
                }
            }
            i = match f.ascii_word(text, i, &mut stopwords) {
                Some(end) => end,
                None => f.other_word(text, i, &mut cjk_chars, &mut stopwords),
            };
        }
        f.words += cjk_chars.div_ceil(CJK_CHARS_PER_WORD);
        f.stopword_hits = stopwords.hits();
        f
    }

    /// Counts the word from `start` if it is all ASCII, and returns where
    /// it ends; `None`, counting nothing, if it holds another character.
    fn ascii_word(
        &mut self,
        text: &str,
        start: usize,
        stopwords: &mut StopwordTally,
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut end = start;
        let mut seen = 0u8;
        let mut alnum = 0u32;
        let mut terminal = 0u32;
        while let Some(&b) = bytes.get(end) {
            let class = ascii_class(b);
            if class & (SPACE | NOT_ASCII) != 0 {
                break;
            }
            seen |= class;
            alnum += u32::from(class & ALNUM);
            terminal += u32::from(class & TERMINAL != 0);
            end += 1;
        }
        if bytes.get(end).is_some_and(|b| !b.is_ascii())
            && !text[end..].chars().next().is_some_and(is_space)
        {
            return None;
        }
        self.alnum_chars += alnum;
        self.terminal_marks += terminal;
        if seen & ALNUM == 0 {
            return Some(end);
        }
        self.words += 1;
        if seen & ALPHA != 0 {
            let first = bytes[start..end]
                .iter()
                .find(|b| b.is_ascii_alphabetic())
                .expect("an ASCII letter was seen");
            self.count_case(first.is_ascii_uppercase(), true);
        }
        if seen & APOSTROPHE == 0 {
            count_ascii_part(bytes, start, end, stopwords);
        } else {
            // Each part between apostrophes may be a stop word ("qu'il"
            // is "qu" and "il"), as `count_stopword` splits a token.
            lang::count_stopword(&text[start..end], stopwords);
        }
        Some(end)
    }

    /// Counts the word from `start`, which holds a character outside
    /// ASCII, character by character, and returns where it ends. It is
    /// looked up whole as a stop word: `count_stopword` splits it at
    /// apostrophes, straight or curly ("l'été", "qu’il").
    fn other_word(
        &mut self,
        text: &str,
        start: usize,
        cjk_chars: &mut u32,
        stopwords: &mut StopwordTally,
    ) -> usize {
        let mut end = start;
        let mut has_alnum = false;
        let mut first_letter = None;
        for c in text[start..].chars() {
            if is_space(c) {
                break;
            }
            end += c.len_utf8();
            if letters::is_alphanumeric(c) {
                self.alnum_chars += 1;
                if is_cjk(c) {
                    *cjk_chars += 1;
                } else {
                    has_alnum = true;
                }
                if first_letter.is_none() && letters::is_alphabetic(c) {
                    first_letter = Some(c);
                }
            } else if is_terminal_mark(c) {
                self.terminal_marks += 1;
            }
        }
        if has_alnum {
            self.words += 1;
            lang::count_stopword(&text[start..end], stopwords);
        }
        if let Some(c) = first_letter {
            let upper = c.is_uppercase();
            self.count_case(upper, upper || c.is_lowercase());
        }
        end
    }

    /// Counts a word's first letter. Without branches on its case: which
    /// way it goes is as random as the text's capitals.
    fn count_case(&mut self, upper: bool, cased: bool) {
        self.capitalised_words += u32::from(upper);
        self.cased_words += u32::from(cased);
    }

    /// The counts of any text, word by word: what `counts` must count.
    #[cfg(test)]
    fn of_words(text: &str) -> Features {
        let mut f = Features::default();
        let mut cjk_chars = 0u32;
        for token in text.split_whitespace() {
            let mut has_alnum = false;
            let mut first_letter: Option<char> = None;
            if token.is_ascii() {
                // Most words: bytes, without decoding or Unicode tables.
                for &b in token.as_bytes() {
                    if b.is_ascii_alphanumeric() {
                        f.alnum_chars += 1;
                        has_alnum = true;
                        if first_letter.is_none() && b.is_ascii_alphabetic() {
                            first_letter = Some(char::from(b));
                        }
                    }
                    if matches!(b, b'.' | b'!' | b'?') {
                        f.terminal_marks += 1;
                    }
                }
            } else {
                for c in token.chars() {
                    if c.is_alphanumeric() {
                        f.alnum_chars += 1;
                        if is_cjk(c) {
                            cjk_chars += 1;
                        } else {
                            has_alnum = true;
                        }
                        if first_letter.is_none() && c.is_alphabetic() {
                            first_letter = Some(c);
                        }
                    }
                    if is_terminal_mark(c) {
                        f.terminal_marks += 1;
                    }
                }
            }
            if has_alnum {
                f.words += 1;
                lang::count_stopword(token, &mut f.stopword_hits);
            }
            if let Some(c) = first_letter {
                if c.is_uppercase() {
                    f.capitalised_words += 1;
                    f.cased_words += 1;
                } else if c.is_lowercase() {
                    f.cased_words += 1;
                }
            }
        }
        f.words += cjk_chars.div_ceil(CJK_CHARS_PER_WORD);
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

/// A character that ends a word: `u8::is_ascii_whitespace`'s white space
/// in ASCII (not the vertical tab), `char::is_whitespace`'s outside it.
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_whitespace()
    } else {
        c.is_whitespace()
    }
}

/// Looks `bytes[start..end]`, an ASCII word without an apostrophe, up as a
/// stop word without the punctuation around it.
fn count_ascii_part(bytes: &[u8], start: usize, end: usize, stopwords: &mut StopwordTally) {
    let part = &bytes[start..end];
    if let Some(first) = part.iter().position(u8::is_ascii_alphanumeric) {
        let last = part.iter().rposition(u8::is_ascii_alphanumeric);
        let last = last.expect("a letter or digit is first");
        lang::count_ascii_word_in(bytes, start + first, start + last + 1, stopwords);
    }
}

/// `ascii_class` bits.
const ALNUM: u8 = 1;
const ALPHA: u8 = 2;
const TERMINAL: u8 = 4;
const SPACE: u8 = 8;
const NOT_ASCII: u8 = 16;
const APOSTROPHE: u8 = 32;

/// What `Features::counts` needs to know of a byte, by byte value.
static ASCII_CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if !byte.is_ascii() {
            NOT_ASCII
        } else if byte.is_ascii_whitespace() {
            SPACE
        } else if byte.is_ascii_alphabetic() {
            ALNUM | ALPHA
        } else if byte.is_ascii_digit() {
            ALNUM
        } else if matches!(byte, b'.' | b'!' | b'?') {
            TERMINAL
        } else if byte == b'\'' {
            APOSTROPHE
        } else {
            0
        };
        b += 1;
    }
    classes
};

fn ascii_class(b: u8) -> u8 {
    ASCII_CLASSES[usize::from(b)]
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

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 4096,
            ..proptest::test_runner::Config::default()
        })]

        /// The one-pass count is the word-by-word count: words, letters,
        /// capitals, marks and stop words in every language, apostrophes,
        /// punctuation, Cyrillic, CJK and Unicode spaces included.
        #[test]
        fn one_pass_counts_as_words_do(
            text in "([ \t\n.!?',;()a-zA-Z0-9-]|the |The |l'|qu'|l’|и |Это |日本|é|É|\u{a0}|\u{2009}|…|。|“|”){0,60}"
        ) {
            proptest::prop_assert_eq!(Features::counts(&text), Features::of_words(&text));
        }
    }

    #[test]
    fn counts_cjk_characters_as_words() {
        let f = Features::of("日本の首相は本日記者会見を開いた。");
        assert!(f.words >= 7, "{}", f.words);
        assert!(f.ends_with_terminal);
    }
}
