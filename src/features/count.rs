//! A block's word counts, in one pass over its text.
//!
//! The text is read a window of 64 bytes at a time (`ByteMasks`): a
//! word of ASCII inside the window is counted from its bits, its stop
//! word looked up between its first and last letter or digit. A word
//! with a byte outside ASCII (a letter to decode, a curly apostrophe, a
//! Unicode space between two words), or longer than a window, is read
//! character by character, as every word once was.

use super::byte_masks::{ByteMasks, WINDOW};
use super::{CJK_CHARS_PER_WORD, Features, is_cjk, is_terminal_mark};
use crate::lang::{self, StopwordTally};
use crate::letters;

/// The counts of `text`; the ends (`ends_with_terminal` and kin) are the
/// caller's. Words end at `is_space`: block text holds no control
/// character but tab and line feed.
pub(super) fn counts(text: &str) -> Features {
    let mut counter = Counter::default();
    let mut pos = 0;
    while pos < text.len() {
        pos = counter.window(text, pos);
    }
    counter.finish()
}

#[derive(Default)]
struct Counter {
    f: Features,
    /// CJK characters, counted as words at the end.
    cjk_chars: u32,
    stopwords: StopwordTally,
}

impl Counter {
    fn finish(mut self) -> Features {
        self.f.words += self.cjk_chars.div_ceil(CJK_CHARS_PER_WORD);
        self.f.stopword_hits = self.stopwords.hits();
        self.f
    }

    /// Counts the words of the window of text from `pos`, which starts a
    /// word or is white space, and returns where the next window starts:
    /// after this one, or at a word it cuts.
    fn window(&mut self, text: &str, pos: usize) -> usize {
        let bytes = text.as_bytes();
        let rest = &bytes[pos..];
        let masks = ByteMasks::of(rest);
        let in_words = !masks.space;
        let mut starts = in_words & !(in_words << 1);
        // The bytes of the words counted from their bits: their letters,
        // digits and marks are counted once for the window, on leaving
        // it (a population count without the instruction for it, on the
        // processors every build runs on, takes a dozen).
        let mut counted = 0;
        let next = loop {
            if starts == 0 {
                break pos + WINDOW;
            }
            let start = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let end = match masks.space >> start {
                0 => WINDOW,
                after => start + after.trailing_zeros() as usize,
            };
            if end == WINDOW && rest.len() > WINDOW {
                // The word may go on past the window.
                if start > 0 {
                    break pos + start;
                }
                break self.long_word(text, pos);
            }
            counted |= self.word(text, pos, start, end, &masks);
        };
        self.f.alnum_chars += (masks.alnum & counted).count_ones();
        self.f.terminal_marks += (masks.terminal & counted).count_ones();
        next
    }

    /// Counts the word `text[pos + start..pos + end]`, whose bytes are
    /// `start..end` of `masks`, but for its letters, digits and marks if
    /// it is ASCII: then it returns its bits, for the caller to count
    /// those; otherwise 0.
    fn word(&mut self, text: &str, pos: usize, start: usize, end: usize, masks: &ByteMasks) -> u64 {
        let span = (u64::MAX >> (WINDOW - (end - start))) << start;
        if masks.other & span != 0 {
            self.by_characters(text, pos + start, pos + end);
            return 0;
        }
        let alnum = masks.alnum & span;
        if alnum == 0 {
            return span;
        }
        self.f.words += 1;
        let alpha = masks.alpha & span;
        if alpha != 0 {
            let upper = masks.upper >> alpha.trailing_zeros() & 1 != 0;
            self.count_case(upper, true);
        }
        if masks.apostrophe & span == 0 {
            // Without the punctuation around it.
            let first = pos + alnum.trailing_zeros() as usize;
            let last = pos + (u64::BITS - 1 - alnum.leading_zeros()) as usize;
            lang::count_ascii_word_in(text.as_bytes(), first, last + 1, &mut self.stopwords);
        } else {
            // Each part between apostrophes may be a stop word ("qu'il"
            // is "qu" and "il"), as `count_stopword` splits a token.
            lang::count_stopword(&text[pos + start..pos + end], &mut self.stopwords);
        }
        span
    }

    /// Counts a word of a window or more from `pos` (a URL, a run of
    /// dashes), and returns where it ends.
    fn long_word(&mut self, text: &str, pos: usize) -> usize {
        let end = text.as_bytes()[pos + WINDOW..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(text.len(), |i| pos + WINDOW + i);
        self.by_characters(text, pos, end);
        end
    }

    /// Counts the words of `text[from..to]`, which starts and ends at white
    /// space or a word's start, character by character: an ASCII word
    /// from a byte-class table, any other decoded.
    fn by_characters(&mut self, text: &str, from: usize, to: usize) {
        let bytes = text.as_bytes();
        let mut i = from;
        while i < to {
            let b = bytes[i];
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
            i = match self.ascii_word(text, i) {
                Some(end) => end,
                None => self.other_word(text, i),
            };
        }
    }

    /// Counts the word from `start` if it is all ASCII, and returns where
    /// it ends; `None`, counting nothing, if it holds another character.
    fn ascii_word(&mut self, text: &str, start: usize) -> Option<usize> {
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
        self.f.alnum_chars += alnum;
        self.f.terminal_marks += terminal;
        if seen & ALNUM == 0 {
            return Some(end);
        }
        self.f.words += 1;
        if seen & ALPHA != 0 {
            let first = bytes[start..end]
                .iter()
                .find(|b| b.is_ascii_alphabetic())
                .expect("an ASCII letter was seen");
            self.count_case(first.is_ascii_uppercase(), true);
        }
        if seen & APOSTROPHE == 0 {
            count_ascii_part(bytes, start, end, &mut self.stopwords);
        } else {
            lang::count_stopword(&text[start..end], &mut self.stopwords);
        }
        Some(end)
    }

    /// Counts the word from `start`, which holds a character outside
    /// ASCII, character by character, and returns where it ends. It is
    /// looked up whole as a stop word: `count_stopword` splits it at
    /// apostrophes, straight or curly ("l'été", "qu’il").
    fn other_word(&mut self, text: &str, start: usize) -> usize {
        let mut end = start;
        let mut has_alnum = false;
        let mut first_letter = None;
        for c in text[start..].chars() {
            if is_space(c) {
                break;
            }
            end += c.len_utf8();
            if letters::is_alphanumeric(c) {
                self.f.alnum_chars += 1;
                if is_cjk(c) {
                    self.cjk_chars += 1;
                } else {
                    has_alnum = true;
                }
                if first_letter.is_none() && letters::is_alphabetic(c) {
                    first_letter = Some(c);
                }
            } else if is_terminal_mark(c) {
                self.f.terminal_marks += 1;
            }
        }
        if has_alnum {
            self.f.words += 1;
            lang::count_stopword(&text[start..end], &mut self.stopwords);
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
        self.f.capitalised_words += u32::from(upper);
        self.f.cased_words += u32::from(cased);
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

/// What `Counter::by_characters` needs to know of a byte, by byte value.
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts of any text, word by word: what `counts` must count.
    fn of_words(text: &str) -> Features {
        let mut f = Features::default();
        let mut cjk_chars = 0u32;
        for token in text.split_whitespace() {
            let mut has_alnum = false;
            let mut first_letter: Option<char> = None;
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

    /// `counts` of `text`, character by character only.
    fn by_characters(text: &str) -> Features {
        let mut counter = Counter::default();
        counter.by_characters(text, 0, text.len());
        counter.finish()
    }

    #[test]
    fn words_across_windows_and_longer_than_one() {
        let url = format!("https://example.com/{}", "a".repeat(90));
        for text in [
            format!("{} end", "word ".repeat(30)),
            format!("Read {url} now. {url}"),
            format!("{}The cut", "x".repeat(WINDOW - 2)),
            format!("{}l'été", " ".repeat(WINDOW - 3)),
            "a".repeat(WINDOW),
            "a".repeat(2 * WINDOW + 1),
            String::new(),
        ] {
            assert_eq!(counts(&text), of_words(&text), "{text}");
        }
        assert_eq!(counts(&"word ".repeat(30)).words, 30);
    }

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(4096))]

        /// The windowed count is the word-by-word count: words, letters,
        /// capitals, marks and stop words in every language, apostrophes,
        /// punctuation, Cyrillic, CJK and Unicode spaces included, and
        /// words cut by a window's end or longer than a window.
        #[test]
        fn windows_count_as_words_do(
            text in "([ \t\n.!?',;()a-zA-Z0-9-]|the |The |l'|qu'|l’|и |Это |日本|é|É|\u{a0}|\u{2009}|…|。|“|”|[a-z]{60,70}){0,120}"
        ) {
            proptest::prop_assert_eq!(counts(&text), of_words(&text));
            proptest::prop_assert_eq!(by_characters(&text), of_words(&text));
        }
    }
}
