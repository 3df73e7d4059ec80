//! What a block's shape says: prose, headline, teaser or chrome.
//!
//! These judgements use no word lists beyond stop words, so they work in
//! languages no phrase table covers.

use crate::block::{Block, BlockKind};
use crate::lang::Lang;

/// Fewest words of a sentence we count as prose. "The trial resumes on
/// Monday." (5) is a real closing paragraph; "Read more." (2) is a link.
pub const PROSE_MIN_WORDS: u32 = 5;

/// Fewest words of a block without a final full stop that still counts as
/// prose, if it is full of stop words (paragraphs that end in a quote, a
/// colon, or nothing).
pub const UNPUNCTUATED_PROSE_MIN_WORDS: u32 = 25;

/// Least share of stop words that unpunctuated text needs to count as
/// prose. Running text in the languages we list sits at 25–50 %; lists of
/// names and headlines sit well under 15 %.
pub const PROSE_STOPWORD_SHARE: f32 = 0.15;

/// A paragraph this long that ends like a sentence is article text even
/// after a related heading: teasers are shorter.
pub const LONG_PROSE_WORDS: u32 = 40;

/// Headline lengths, in words.
pub const HEADLINE_MIN_WORDS: u32 = 2;
pub const HEADLINE_MAX_WORDS: u32 = 30;

/// Reads like running text: sentence-shaped, or long and full of stop
/// words.
pub fn is_prose(block: &Block, lang: Option<Lang>) -> bool {
    let f = &block.features;
    if f.ends_with_ellipsis {
        return false;
    }
    if f.ends_with_terminal {
        return f.words >= PROSE_MIN_WORDS;
    }
    f.words >= UNPUNCTUATED_PROSE_MIN_WORDS && stopword_share(block, lang) >= PROSE_STOPWORD_SHARE
}

/// Long sentence-shaped prose: article text wherever it stands.
pub fn is_long_prose(block: &Block, lang: Option<Lang>) -> bool {
    block.features.words >= LONG_PROSE_WORDS && is_prose(block, lang)
}

/// Share of the block's words that are stop words of `lang`; without a
/// known language, a neutral 0.5 so that length and punctuation decide.
pub fn stopword_share(block: &Block, lang: Option<Lang>) -> f32 {
    match lang {
        Some(_) => block.features.stopwords(lang) as f32 / block.features.words.max(1) as f32,
        None => 0.5,
    }
}

/// Shaped like a headline: a handful of words, not ending in a full stop
/// or an ellipsis. Questions and exclamations qualify.
pub fn is_headline_like(block: &Block) -> bool {
    let f = &block.features;
    let ends_with_full_stop = crate::features::sentence_end(&block.text).ends_with(['.', '。']);
    (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&f.words)
        && !ends_with_full_stop
        && !f.ends_with_ellipsis
        && !matches!(block.kind, BlockKind::ListItem)
}
