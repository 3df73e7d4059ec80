//! The article's run of blocks: the maximum-sum run of scores, extended
//! over inline removals to the short sentences after them.

use crate::block::Block;
use crate::classify::Judgement;
use crate::rules::{Effect, Finding};

/// Most blocks that can stand inside an article (an ad label, an inline
/// link, a credit) crossed at once when a sentence follows the region.
const MAX_INLINE_SKIP: usize = 3;

/// The run of blocks with the highest total score, if any is positive.
pub fn best(scores: &[f32]) -> Option<(usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut run_sum = 0.0f32;
    let mut run_start = 0;
    for (i, &s) in scores.iter().enumerate() {
        if run_sum <= 0.0 {
            run_sum = 0.0;
            run_start = i;
        }
        run_sum += s;
        if run_sum > 0.0 && best.is_none_or(|(b, _, _)| run_sum > b) {
            best = Some((run_sum, run_start, i));
        }
    }
    best.map(|(_, start, end)| (start, end))
}

/// Rule families whose blocks stand inside articles as often as around
/// them: removing one must not end the article. A thread's furniture
/// (`rules::is_thread_furniture`) stands between its posts likewise.
const INLINE_FAMILIES: &[&str] = &["ads/", "related/inline-link", "credits/", "cta/"];

pub fn is_thread_furniture(finding: &Finding) -> bool {
    crate::rules::is_thread_furniture(finding.rule)
}

pub fn is_inline(finding: &Finding) -> bool {
    is_thread_furniture(finding)
        || INLINE_FAMILIES
            .iter()
            .any(|family| finding.rule.name.starts_with(family))
}

/// Extends the region over inline removals to the short sentences after
/// them ("Tolls will be charged from next month." after a photo credit):
/// one short sentence scores too little to cross a removal on its own.
pub fn extend_tail(blocks: &[Block], judgement: &Judgement, end: usize) -> usize {
    let mut last = end;
    let mut skipped = 0;
    for (i, (block, finding)) in blocks
        .iter()
        .zip(&judgement.findings)
        .enumerate()
        .skip(end + 1)
    {
        match finding {
            Some(f) if f.effect == Effect::Drop && is_inline(f) => {
                skipped += 1;
                if skipped > MAX_INLINE_SKIP {
                    break;
                }
            }
            None if skipped > 0 && is_closing_sentence(block) => {
                last = i;
                skipped = 0;
            }
            // Nothing of the article follows a paragraph cut off.
            None if i == last + 1 && is_cut_paragraph(block, judgement) => return i,
            _ => break,
        }
    }
    last
}

/// Fewest words of a paragraph cut off with an ellipsis that continues
/// the article right after it; a teaser's summary is a line or two.
const CUT_PARAGRAPH_MIN_WORDS: u32 = 25;

/// The article's last paragraph cut off at a paywall ("… and may receive
/// further discipline...."): long, prose, a full sentence before the cut.
fn is_cut_paragraph(block: &Block, judgement: &Judgement) -> bool {
    let f = &block.features;
    let before_cut = block.text.trim_end().trim_end_matches(['.', '…']);
    f.ends_with_ellipsis
        && f.words >= CUT_PARAGRAPH_MIN_WORDS
        && before_cut.contains(". ")
        && crate::shape::stopword_share(block, judgement.lang) >= crate::shape::PROSE_STOPWORD_SHARE
}

/// Fewest items of a dated list for it to count: two dated lines after a
/// colon can be anything.
const DATED_LIST_MIN_ITEMS: usize = 3;
/// Most words of one item ("June 9 -- Coral Sky Amphitheatre, West Palm
/// Beach, FL").
const DATED_LIST_ITEM_MAX_WORDS: u32 = 25;

/// Extends the region over a list its last sentence announces: a line
/// ending in a colon ("The tour's 2020 dates:") at or right after the
/// region's end, then at least three lines that each open with a date or
/// a number ("June 9 -- Coral Sky Amphitheatre"). In a text dump nothing
/// marks them as list items, and short lines score below zero.
pub fn extend_dated_list(blocks: &[Block], judgement: &Judgement, end: usize) -> usize {
    let unflagged = |i: usize| judgement.findings.get(i).is_some_and(Option::is_none);
    let announces = |i: usize| unflagged(i) && blocks[i].text.trim_end().ends_with(':');
    let intro = if announces(end) {
        end
    } else if announces(end + 1) {
        end + 1
    } else {
        return end;
    };
    let items = (intro + 1..blocks.len())
        .take_while(|&i| unflagged(i) && is_dated_item(&blocks[i]))
        .count();
    if items >= DATED_LIST_MIN_ITEMS {
        intro + items
    } else {
        end
    }
}

/// A short line that opens with a number or a month's name.
fn is_dated_item(block: &Block) -> bool {
    let text = block.text.trim_start();
    block.features.words <= DATED_LIST_ITEM_MAX_WORDS
        && (text.starts_with(|c: char| c.is_ascii_digit()) || crate::dates::starts_with_month(text))
}

/// A sentence, however short: "Пункт працюватиме цілодобово."
pub fn is_closing_sentence(block: &Block) -> bool {
    let f = &block.features;
    f.ends_with_terminal
        && !f.ends_with_ellipsis
        && f.words >= 2
        && !block.text.starts_with(char::is_lowercase)
}

/// How much larger (in blocks) than the region the element holding it may
/// be for the region to take in what precedes it there: ahead of the
/// article, an element far larger holds the page's layout (teaser grids,
/// product tiles before a category blurb). After the article's start no
/// such limit holds: a round-up's product boxes or a closing section go on
/// for many blocks, and a box a rule names still ends them.
const CONTAINER_GROWTH: usize = 2;
const CONTAINER_SLACK_BLOCKS: usize = 20;

/// For HTML: the blocks of the smallest element holding more than the
/// region (a one-paragraph region's own `<p>` holds nothing else) that lie
/// outside the region and are article-shaped (prose, headings,
/// list items, table rows, quotes, code) with no finding. A closing list
/// or a last short post scores too little to join the region on its own,
/// but it sits in the same element as the article.
pub fn container_extension(
    blocks: &[Block],
    judgement: &Judgement,
    spans: &[(usize, usize)],
    (start, end): (usize, usize),
    title: Option<usize>,
) -> Vec<usize> {
    let Some(&(first, last)) = spans
        .iter()
        .filter(|&&(s, e)| s <= start && e >= end && (s, e) != (start, end))
        .min_by_key(|&&(s, e)| e - s)
    else {
        return Vec::new();
    };
    let region_len = end - start + 1;
    let holds_layout = last - first + 1 > CONTAINER_GROWTH * region_len + CONTAINER_SLACK_BLOCKS;
    // What stands above the headline is not the article's either.
    let before_start = match title {
        _ if holds_layout => start,
        Some(t) => first.max(t + 1),
        None => first,
    };
    // Walking away from the region, a box a rule names (a subscription
    // offer, a related list) ends the article's side of the element.
    let stops = |i: &usize| {
        judgement.findings[*i].as_ref().is_some_and(|f| {
            BOX_FAMILIES
                .iter()
                .any(|family| f.rule.name.starts_with(family))
                && !is_thread_furniture(f)
        })
    };
    let before = (before_start..start).rev().take_while(|i| !stops(i));
    let after = (end + 1..=last).take_while(|i| !stops(i));
    let mut extension: Vec<usize> = before
        .chain(after)
        .filter(|&i| judgement.findings[i].is_none() && is_article_shaped(&blocks[i], judgement))
        .collect();
    extension.sort_unstable();
    // A heading with nothing of the article after it heads something else.
    while extension
        .last()
        .is_some_and(|&i| i > end && matches!(blocks[i].kind, crate::block::BlockKind::Heading(_)))
    {
        extension.pop();
    }
    extension
}

fn is_article_shaped(block: &Block, judgement: &Judgement) -> bool {
    use crate::block::BlockKind;
    matches!(
        block.kind,
        BlockKind::Heading(_)
            | BlockKind::ListItem
            | BlockKind::TableRow
            | BlockKind::Quote
            | BlockKind::Code
            | BlockKind::Line
    ) || (crate::shape::is_prose(block, judgement.lang)
        && block.features.words >= EXTENSION_MIN_PROSE_WORDS)
}

/// Rule families of boxes that end the article's side of its element:
/// subscription offers, related lists, comment threads.
const BOX_FAMILIES: &[&str] = &["cta/", "related/", "comments/"];

/// Fewest words of a paragraph that joins the article from its element.
const EXTENSION_MIN_PROSE_WORDS: u32 = 30;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_region_skips_negative_edges_and_crosses_small_gaps() {
        let scores = [-1.0, -1.0, 5.0, -0.6, 4.0, -1.0, -6.0, 0.2];
        assert_eq!(best(&scores), Some((2, 4)));
        assert_eq!(best(&[-1.0, -2.0]), None);
    }
}
