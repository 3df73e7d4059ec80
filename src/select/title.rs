//! Finding the headline.

use crate::block::{Block, BlockKind};
use crate::classify::Judgement;
use crate::html::Page;
use crate::lexicon::{normalise, normalises_to};
use crate::rules::{Effect, context};
use crate::shape;

/// How many blocks before the article we search for its headline.
const TITLE_LOOKBACK: usize = 12;
/// Headline score lost per block of distance from the article.
const TITLE_DISTANCE_COST: f32 = 0.15;
/// Headline bonuses: marked as a heading, repeated on the page (dumps often
/// carry the headline twice), title-cased.
const TITLE_HEADING_BONUS: f32 = 2.0;
const TITLE_REPEATED_BONUS: f32 = 1.5;
const TITLE_CAPITALISED_BONUS: f32 = 0.5;
/// Share of capitalised words that makes a line title-cased.
const TITLE_CASE_SHARE: f32 = 0.6;
/// Headline score per word, up to `TITLE_FULL_WORDS`: site names and
/// section labels ("The Riverside Gazette") are shorter than headlines.
const TITLE_WORD_BONUS: f32 = 0.1;
const TITLE_FULL_WORDS: u32 = 8;
/// A byline or dateline within this many blocks after a line marks it as
/// the headline (headline, byline, date is the shape of an article header).
const TITLE_META_GAP: usize = 2;
const TITLE_BEFORE_BYLINE_BONUS: f32 = 1.5;

/// A headline-length line whose words are nearly all capitalised, even if
/// it ends in a full stop: some papers end their headlines so.
fn is_titled_sentence(block: &Block) -> bool {
    (shape::HEADLINE_MIN_WORDS..=shape::HEADLINE_MAX_WORDS).contains(&block.features.words)
        && block.features.capitalised_ratio() >= TITLED_SENTENCE_CASE_SHARE
        && !block.features.ends_with_ellipsis
        && !matches!(block.kind, BlockKind::ListItem)
}

/// Share of capitalised words a title-cased line ending in a full stop
/// needs: more than a sentence's names and first word give it.
const TITLED_SENTENCE_CASE_SHARE: f32 = 0.8;

/// The headline: the most headline-like block shortly before the article.
pub fn find(blocks: &[Block], judgement: &Judgement, start: usize) -> Option<usize> {
    let from = start.saturating_sub(TITLE_LOOKBACK);
    let first_meta = judgement.findings.iter().take(start).position(|f| {
        f.as_ref()
            .is_some_and(|f| matches!(f.effect, Effect::Meta(_)))
    });
    // Headlines stand just before the byline, even when a video playlist
    // or a gallery sits between the byline and the article.
    let before_meta = first_meta.map_or(0..0, |m| m.saturating_sub(TITLE_META_GAP)..m);
    let meta_follows = |i: usize| {
        (i + 1..blocks.len().min(i + 1 + TITLE_META_GAP)).any(|j| {
            judgement.findings[j]
                .as_ref()
                .is_some_and(|f| matches!(f.effect, Effect::Meta(_)))
        })
    };
    let candidates = before_meta.filter(|&i| i < from).chain(from..start);
    let mut best: Option<(f32, usize)> = None;
    for i in candidates {
        let block = &blocks[i];
        let usable = judgement.findings[i]
            .as_ref()
            .is_none_or(|f| f.rule == &context::CAPTION);
        // A title-cased line right before the byline is the headline even
        // when it ends in a full stop ("Home Depot Stock Is Falling. Why
        // You Shouldn't Worry."), as some papers write them.
        let titled = is_titled_sentence(block) && meta_follows(i);
        if !usable || !(shape::is_headline_like(block) || titled) {
            continue;
        }
        let (first, count) = copies(blocks, start, &block.text);
        let mut points = 1.0 - TITLE_DISTANCE_COST * (start - i) as f32;
        if matches!(block.kind, BlockKind::Heading(1 | 2)) {
            points += TITLE_HEADING_BONUS;
        }
        // A headline repeated on the page, or standing first: pith's own
        // output has it once, first, so both count alike and cleaning the
        // output again finds the same headline.
        if count > 1 || i == 0 {
            points += TITLE_REPEATED_BONUS;
        }
        if block.features.capitalised_ratio() >= TITLE_CASE_SHARE {
            points += TITLE_CAPITALISED_BONUS;
        }
        points += TITLE_WORD_BONUS * block.features.words.min(TITLE_FULL_WORDS) as f32;
        if meta_follows(i) {
            points += TITLE_BEFORE_BYLINE_BONUS;
        }
        // A repeated headline counts from its first appearance.
        let at = if count > 1 && first >= from { first } else { i };
        if best.is_none_or(|(b, _)| points > b) {
            best = Some((points, at));
        }
    }
    let chosen = best.map(|(_, i)| i)?;
    Some(shorter_headline_before(blocks, judgement, chosen, from))
}

/// Where the first block before `start` with the same text as `text`
/// (normalised) stands, and how many there are. Only headline-length
/// blocks can repeat a headline. Each candidate is compared with the
/// blocks in place, most of which differ at their first letter: cheaper
/// than normalising every block before the article into a map.
fn copies(blocks: &[Block], start: usize, text: &str) -> (usize, u32) {
    let key = normalise(text);
    let mut first = None;
    let mut count = 0;
    for (i, b) in blocks.iter().enumerate().take(start) {
        if b.features.words <= shape::HEADLINE_MAX_WORDS && normalises_to(&b.text, &key) {
            first.get_or_insert(i);
            count += 1;
        }
    }
    (first.unwrap_or(start), count)
}

/// When nothing before the article reads as its headline: the article's
/// own first block, if it is shaped like one and more follows. A headline
/// that asks a question ends like a sentence, and the run of text can
/// open with it.
pub fn opening(blocks: &[Block], judgement: &Judgement, start: usize, end: usize) -> Option<usize> {
    let block = &blocks[start];
    (start < end && judgement.findings[start].is_none() && shape::is_headline_like(block))
        .then_some(start)
}

/// Fewest words of a headline that takes the place of the line after it.
/// Kickers ("Israel-Hamas war live updates") are shorter.
const HEADLINE_OVER_DECK_MIN_WORDS: u32 = 6;

/// A headline followed by a deck without a full stop looks like two
/// headlines; the first, shorter one is the headline.
fn shorter_headline_before(
    blocks: &[Block],
    judgement: &Judgement,
    chosen: usize,
    from: usize,
) -> usize {
    if chosen == 0 || chosen - 1 < from {
        return chosen;
    }
    let before = &blocks[chosen - 1];
    let words = before.features.words;
    let takes_over = judgement.findings[chosen - 1].is_none()
        && shape::is_headline_like(before)
        && words >= HEADLINE_OVER_DECK_MIN_WORDS
        && words < blocks[chosen].features.words;
    if takes_over { chosen - 1 } else { chosen }
}

/// Separators between a headline and the site name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " // ", " « ", " » ",
];
/// Least share of the longer title's length that the shorter must have
/// for one to count as the other (an h1 "Storm hits coast" and the
/// og:title "Storm hits coast, thousands without power").
const TITLE_MATCH_SHARE: f32 = 0.6;

/// The headlines the page's metadata gives, best first: JSON-LD
/// `headline`, `og:title`, then `<title>` without the site name.
pub fn page_titles(page: &crate::html::PageMeta) -> Vec<String> {
    let mut titles: Vec<String> = [&page.headline, &page.og_title]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if let Some(doc) = &page.document_title {
        titles.push(strip_site_name(doc, page.site_name.as_deref()));
    }
    titles.retain(|t| !t.trim().is_empty());
    titles
}

/// "Storm hits coast | The Daily" → "Storm hits coast": the longest part
/// that is not the site's name.
pub fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let mut parts = vec![title];
    for sep in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let site = site.map(normalise);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| site.as_deref() != Some(normalise(p).as_str()))
        .max_by_key(|p| p.chars().count())
        .unwrap_or(title)
        .to_string()
}

/// `words` occurs in `text` on word boundaries (both normalised).
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words)
        .any(|(at, _)| crate::lexicon::on_word_boundaries(text, at, at + words.len()))
}

fn same_title(a: &str, b: &str) -> bool {
    let (a, b) = (normalise(a), normalise(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long.contains(short.as_str()) && short.len() as f32 >= TITLE_MATCH_SHARE * long.len() as f32
}

/// For HTML: the heading the metadata names as the headline, or the first
/// `<h1>` before the end of the article.
pub fn from_page(
    blocks: &[Block],
    page: Option<&Page>,
    region: Option<(usize, usize)>,
) -> Option<usize> {
    let page = page?;
    let limit = region.map_or(blocks.len(), |(_, end)| end + 1);
    let titles = page_titles(&page.meta);
    let headings = || {
        blocks
            .iter()
            .enumerate()
            .take(limit)
            .filter(|(_, b)| matches!(b.kind, BlockKind::Heading(_)))
    };
    let named = headings().find(|(_, b)| titles.iter().any(|t| same_title(&b.text, t)));
    // A section's one-word heading ("Headphones") is too short to look
    // like a headline, but it is the page's when the page's title names
    // it ("Headphones News, Rumors and Reviews | The Site").
    let document_title = page.meta.document_title.as_deref().map(normalise);
    let titled_h1 = || {
        let document_title = document_title.as_deref()?;
        headings().find(|(_, b)| {
            let h1 = normalise(&b.text);
            b.kind == BlockKind::Heading(1) && !h1.is_empty() && contains_words(document_title, &h1)
        })
    };
    let first_h1 =
        || headings().find(|(_, b)| b.kind == BlockKind::Heading(1) && shape::is_headline_like(b));
    named.or_else(titled_h1).or_else(first_h1).map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_site_names() {
        assert_eq!(
            strip_site_name("Storm hits coast | The Daily", Some("The Daily")),
            "Storm hits coast"
        );
        assert_eq!(
            strip_site_name("The Daily - Storm hits the coast", None),
            "Storm hits the coast"
        );
    }

    #[test]
    fn finds_words_on_word_boundaries() {
        assert!(contains_words(
            "headphones news, rumors and reviews",
            "headphones"
        ));
        assert!(contains_words(
            "maritime news | the herald",
            "maritime news"
        ));
        assert!(!contains_words("headphones news", "phones"));
        assert!(!contains_words("headphones news", "news reviews"));
    }

    #[test]
    fn title_matching_tolerates_small_differences() {
        assert!(same_title("Storm hits coast", "Storm hits coast!"));
        assert!(!same_title("Storm", "Storm hits coast as thousands flee"));
    }
}
