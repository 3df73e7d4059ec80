//! Main-region selection: which contiguous run of blocks is the article,
//! where its headline is, and what becomes of every block.
//!
//! Each block gets a score: prose scores by its length, chrome and findings
//! score below zero. The article is the run of blocks with the highest sum
//! (Kadane's maximum subarray), so a short subheading between paragraphs
//! stays, and a menu of forty one-word lines cannot be crossed.

use crate::article::{Disposition, Metadata};
use crate::block::{Block, BlockKind};
use crate::classify::Judgement;
use crate::lang::Lang;
use crate::lexicon::normalise;
use crate::rules::{Effect, Finding, MetaValue, Section, context};
use crate::shape;
use std::collections::HashMap;

/// Words of prose worth one point. A 50-word paragraph (+5) outweighs a
/// handful of menu lines between it and the next paragraph.
const WORDS_PER_POINT: f32 = 10.0;
/// Most points one block can bring: one huge block (a pasted list, a
/// comment) must not drag the region across everything else.
const MAX_BLOCK_POINTS: f32 = 12.0;
/// A short sentence ("Please.", "The trial resumes on Monday.").
const SHORT_SENTENCE_POINTS: f32 = 0.2;
/// A short line that is not a sentence: a menu item, a headline, a label.
const SHORT_LINE_POINTS: f32 = -0.6;
/// A teaser cut off with an ellipsis.
const TEASER_POINTS: f32 = -1.5;
/// A block a rule removes.
const FINDING_POINTS: f32 = -1.0;
/// A block a rule removes that stands inside articles as often as around
/// them (an ad label, an "Also read:" link, a photo credit): a few of them
/// between two paragraphs must not split the article.
const INLINE_FINDING_POINTS: f32 = -0.6;
/// Byline and date lines: part of the article's header, removed from its
/// text, but not a reason to cut the article there.
const META_POINTS: f32 = -0.3;
/// A related heading: the article rarely goes on after one.
const RELATED_HEADING_POINTS: f32 = -6.0;
/// A comment prompt after the article: a wall.
const COMMENTS_PROMPT_POINTS: f32 = -1.0e6;

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

/// Most blocks that can stand inside an article (an ad label, an inline
/// link, a credit) crossed at once when a sentence follows the region.
const MAX_INLINE_SKIP: usize = 3;

/// Fewest words of a standfirst between headline and article.
const STANDFIRST_MIN_WORDS: u32 = 8;

/// Fewest words the article must have; less is a page without one.
const MIN_ARTICLE_WORDS: u32 = 10;

pub struct Selection {
    pub dispositions: Vec<Disposition>,
    pub metadata: Metadata,
}

pub fn select(blocks: &[Block], judgement: &Judgement) -> Selection {
    let lang = judgement.lang;
    let scores: Vec<f32> = blocks
        .iter()
        .zip(&judgement.findings)
        .map(|(b, f)| score(b, f.as_ref(), lang))
        .collect();
    let mut scores = scores;
    if let Some(anchor) = header_anchor(blocks, judgement) {
        scores[anchor] += HEADER_ANCHOR_POINTS;
    }
    let region =
        best_region(&scores).map(|(start, end)| (start, extend_tail(blocks, judgement, end)));
    let title = judgement
        .labelled_title
        .or_else(|| region.and_then(|(start, _)| find_title(blocks, judgement, start)));

    let mut dispositions: Vec<Disposition> = Vec::with_capacity(blocks.len());
    let title_key = title.map(|t| normalise(&blocks[t].text));
    let standfirst =
        title.and_then(|t| region.map(|(start, _)| standfirst_blocks(blocks, judgement, t, start)));
    for (i, block) in blocks.iter().enumerate() {
        let d = if Some(i) == title {
            Disposition::Title
        } else if title_key.as_deref() == Some(normalise(&block.text).as_str()) {
            removed(&context::REPEATED_HEADLINE, "same text as the headline")
        } else if let Some(f) = &judgement.findings[i] {
            removed(f.rule, &f.evidence)
        } else {
            match region {
                Some((start, end)) if (start..=end).contains(&i) => Disposition::Body,
                _ if standfirst.as_ref().is_some_and(|s| s.contains(&i)) => Disposition::Body,
                Some((start, _)) if i < start => {
                    removed(&context::BEFORE_MAIN, "before the article")
                }
                Some(_) => removed(&context::AFTER_MAIN, "after the article"),
                None => removed(&context::AFTER_MAIN, "no article found"),
            }
        };
        dispositions.push(d);
    }
    let body_words: u32 = blocks
        .iter()
        .zip(&dispositions)
        .filter(|(_, d)| **d == Disposition::Body)
        .map(|(b, _)| b.features.words)
        .sum();
    if body_words < MIN_ARTICLE_WORDS {
        for d in dispositions
            .iter_mut()
            .filter(|d| matches!(d, Disposition::Body | Disposition::Title))
        {
            *d = removed(&context::AFTER_MAIN, "too little text for an article");
        }
    }
    let last_kept = dispositions.iter().rposition(|d| *d == Disposition::Body);
    let metadata = metadata(judgement, last_kept);
    Selection {
        dispositions,
        metadata,
    }
}

fn removed(rule: &'static crate::rules::RuleInfo, evidence: &str) -> Disposition {
    Disposition::Removed {
        rule,
        evidence: evidence.to_string(),
    }
}

fn score(block: &Block, finding: Option<&Finding>, lang: Option<Lang>) -> f32 {
    match finding.map(|f| &f.effect) {
        Some(Effect::OpensSection(Section::Comments)) => return COMMENTS_PROMPT_POINTS,
        Some(Effect::OpensSection(Section::Related)) => return RELATED_HEADING_POINTS,
        Some(Effect::Meta(_)) => return META_POINTS,
        Some(Effect::Drop) if finding.is_some_and(is_inline) => return INLINE_FINDING_POINTS,
        Some(Effect::Drop) => return FINDING_POINTS,
        None => {}
    }
    let f = &block.features;
    if f.ends_with_ellipsis {
        TEASER_POINTS
    } else if shape::is_prose(block, lang) {
        (f.words as f32 / WORDS_PER_POINT).clamp(SHORT_SENTENCE_POINTS, MAX_BLOCK_POINTS)
    } else if is_closing_sentence(block) {
        SHORT_SENTENCE_POINTS
    } else {
        SHORT_LINE_POINTS
    }
}

/// The run of blocks with the highest total score, if any is positive.
fn best_region(scores: &[f32]) -> Option<(usize, usize)> {
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

/// Points for the first paragraph after the page's first byline or
/// dateline: that is where an article starts, and a short article must
/// not lose to a longer run of footer prose.
const HEADER_ANCHOR_POINTS: f32 = 4.0;
/// How many blocks after the byline or dateline the first paragraph may
/// stand (a credit, a caption and a share bar come between).
const HEADER_ANCHOR_WINDOW: usize = 6;

/// The first prose block shortly after the first byline or dateline.
fn header_anchor(blocks: &[Block], judgement: &Judgement) -> Option<usize> {
    let meta = judgement.findings.iter().position(|f| {
        f.as_ref()
            .is_some_and(|f| matches!(f.effect, Effect::Meta(_)))
    })?;
    (meta + 1..blocks.len().min(meta + 1 + HEADER_ANCHOR_WINDOW))
        .find(|&i| judgement.findings[i].is_none() && shape::is_prose(&blocks[i], judgement.lang))
}

/// Rule families whose blocks stand inside articles as often as around
/// them: removing one must not end the article.
const INLINE_FAMILIES: &[&str] = &["ads/", "related/inline-link", "credits/", "cta/"];

fn is_inline(finding: &Finding) -> bool {
    INLINE_FAMILIES
        .iter()
        .any(|family| finding.rule.name.starts_with(family))
}

/// Extends the region over inline removals to the short sentences after
/// them ("Tolls will be charged from next month." after a photo credit):
/// one short sentence scores too little to cross a removal on its own.
fn extend_tail(blocks: &[Block], judgement: &Judgement, end: usize) -> usize {
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
            _ => break,
        }
    }
    last
}

/// A sentence, however short: "Пункт працюватиме цілодобово."
fn is_closing_sentence(block: &Block) -> bool {
    let f = &block.features;
    f.ends_with_terminal
        && !f.ends_with_ellipsis
        && f.words >= 2
        && !block.text.starts_with(char::is_lowercase)
}

/// The headline: the most headline-like block shortly before the article.
fn find_title(blocks: &[Block], judgement: &Judgement, start: usize) -> Option<usize> {
    let mut seen: HashMap<String, (usize, u32)> = HashMap::new();
    for (i, b) in blocks.iter().enumerate().take(start) {
        let entry = seen.entry(normalise(&b.text)).or_insert((i, 0));
        entry.1 += 1;
    }
    let from = start.saturating_sub(TITLE_LOOKBACK);
    let first_meta = judgement.findings.iter().take(start).position(|f| {
        f.as_ref()
            .is_some_and(|f| matches!(f.effect, Effect::Meta(_)))
    });
    // Headlines stand just before the byline, even when a video playlist
    // or a gallery sits between the byline and the article.
    let before_meta = first_meta.map_or(0..0, |m| m.saturating_sub(TITLE_META_GAP)..m);
    let candidates = before_meta.filter(|&i| i < from).chain(from..start);
    let mut best: Option<(f32, usize)> = None;
    for i in candidates {
        let block = &blocks[i];
        let usable = judgement.findings[i]
            .as_ref()
            .is_none_or(|f| f.rule == &context::CAPTION);
        if !usable || !shape::is_headline_like(block) {
            continue;
        }
        let (first, count) = seen[&normalise(&block.text)];
        let mut points = 1.0 - TITLE_DISTANCE_COST * (start - i) as f32;
        if matches!(block.kind, BlockKind::Heading(1 | 2)) {
            points += TITLE_HEADING_BONUS;
        }
        if count > 1 {
            points += TITLE_REPEATED_BONUS;
        }
        if block.features.capitalised_ratio() >= TITLE_CASE_SHARE {
            points += TITLE_CAPITALISED_BONUS;
        }
        points += TITLE_WORD_BONUS * block.features.words.min(TITLE_FULL_WORDS) as f32;
        let byline_follows = (i + 1..blocks.len().min(i + 1 + TITLE_META_GAP)).any(|j| {
            judgement.findings[j]
                .as_ref()
                .is_some_and(|f| matches!(f.effect, Effect::Meta(_)))
        });
        if byline_follows {
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

/// Most blocks of deck between headline and article.
const STANDFIRST_MAX_BLOCKS: usize = 2;

/// The deck or standfirst right after the headline: blocks of a sentence
/// or a long headline-like line (not a short label like "Opinion
/// Columnist"), before anything else that is not removed anyway.
fn standfirst_blocks(
    blocks: &[Block],
    judgement: &Judgement,
    title: usize,
    start: usize,
) -> Vec<usize> {
    let mut out = Vec::new();
    let title_key = normalise(&blocks[title].text);
    let between = blocks.iter().zip(&judgement.findings).enumerate();
    for (i, (block, finding)) in between.take(start).skip(title + 1) {
        if finding.is_some() || normalise(&block.text) == title_key {
            continue;
        }
        let f = &block.features;
        if f.words < STANDFIRST_MIN_WORDS
            || f.ends_with_ellipsis
            || out.len() == STANDFIRST_MAX_BLOCKS
        {
            break;
        }
        out.push(i);
    }
    out
}

/// Byline and date from the blocks up to the end of the article.
fn metadata(judgement: &Judgement, last_kept: Option<usize>) -> Metadata {
    let mut meta = Metadata {
        date: judgement.labelled_date.clone(),
        language: judgement.lang.map(|l| l.code().to_string()),
        ..Metadata::default()
    };
    let limit = last_kept.map_or(0, |i| i + 1);
    for f in judgement.findings.iter().take(limit).flatten() {
        match &f.effect {
            Effect::Meta(MetaValue::Byline(name)) if meta.byline.is_none() => {
                meta.byline = Some(name.clone());
            }
            Effect::Meta(MetaValue::Date { iso, byline }) => {
                if meta.date.is_none() {
                    meta.date = Some(iso.clone());
                }
                if meta.byline.is_none() {
                    meta.byline.clone_from(byline);
                }
            }
            _ => {}
        }
    }
    meta
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_region_skips_negative_edges_and_crosses_small_gaps() {
        let scores = [-1.0, -1.0, 5.0, -0.6, 4.0, -1.0, -6.0, 0.2];
        assert_eq!(best_region(&scores), Some((2, 4)));
        assert_eq!(best_region(&[-1.0, -2.0]), None);
    }
}
