//! Block scores: how much each block looks like article text.

use super::region::{is_closing_sentence, is_inline, is_thread_furniture};
use crate::block::Block;
use crate::classify::Judgement;
use crate::html::Page;
use crate::lang::Lang;
use crate::rules::{Effect, Finding, Section};
use crate::shape;

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

/// Every block's score, with the header anchor and the DOM's hints.
pub fn scores(blocks: &[Block], judgement: &Judgement, page: Option<&Page>) -> Vec<f32> {
    let body = page.and_then(|p| p.meta.json_ld_text());
    let mut scores: Vec<f32> = blocks
        .iter()
        .zip(&judgement.findings)
        .map(|(b, f)| score(b, f.as_ref(), judgement.lang) + dom_points(b, f.as_ref(), body))
        .collect();
    if let Some(anchor) = header_anchor(blocks, judgement) {
        scores[anchor] += HEADER_ANCHOR_POINTS;
    }
    scores
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
    // A long paragraph cut with "…" is article text behind a paywall or a
    // quote trailing off; teasers are short.
    if f.ends_with_ellipsis && f.words < shape::LONG_PROSE_WORDS {
        TEASER_POINTS
    } else if shape::is_prose(block, lang) {
        (f.words as f32 / WORDS_PER_POINT).clamp(SHORT_SENTENCE_POINTS, MAX_BLOCK_POINTS)
    } else if is_closing_sentence(block) {
        SHORT_SENTENCE_POINTS
    } else if is_structured_content(block) {
        STRUCTURED_POINTS
    } else {
        SHORT_LINE_POINTS
    }
}

/// A table row or list item from HTML that no rule removed and that is
/// not mostly links: data, not chrome. It neither starts an article nor
/// breaks one (a spec table between a description and its notes).
const STRUCTURED_POINTS: f32 = 0.0;
/// Most link text such a block may have.
const STRUCTURED_MAX_LINK_DENSITY: f32 = 0.5;

fn is_structured_content(block: &Block) -> bool {
    use crate::block::BlockKind;
    let data_row = block.cells() >= crate::block::DATA_ROW_MIN_CELLS;
    block
        .dom
        .is_some_and(|d| data_row || d.link_density() <= STRUCTURED_MAX_LINK_DENSITY)
        && matches!(block.kind, BlockKind::TableRow | BlockKind::ListItem)
}

/// Points for blocks inside `itemprop="articleBody"`: the page says this
/// is the article.
const ARTICLE_BODY_POINTS: f32 = 1.0;
/// Points for blocks inside `<article>` or a content-named element.
const ARTICLE_POINTS: f32 = 0.5;
/// Points for blocks inside `<main>`.
const MAIN_POINTS: f32 = 0.3;
/// Points for a block whose text is in the page's JSON-LD `articleBody`:
/// strong evidence, but not the answer (the JSON can be truncated or
/// stale).
const JSON_LD_BODY_POINTS: f32 = 2.0;

/// What the DOM adds to a block's score: hints that it is inside the
/// article, and less for link text.
fn dom_points(block: &Block, finding: Option<&Finding>, article_body: Option<&str>) -> f32 {
    let Some(dom) = block.dom else { return 0.0 };
    // A thread's furniture inside the article keeps the article's points:
    // between two posts it must not weigh more than the short line it was.
    if finding.is_some_and(|f| !is_thread_furniture(f)) {
        return 0.0;
    }
    let mut points = if dom.in_article_body {
        ARTICLE_BODY_POINTS
    } else if dom.in_article || dom.in_content_class {
        ARTICLE_POINTS
    } else if dom.in_main {
        MAIN_POINTS
    } else {
        0.0
    };
    if let Some(body) = article_body
        && block.features.words >= crate::classify::JSON_LD_MIN_WORDS
        && body.contains(block.text.as_str())
    {
        points += JSON_LD_BODY_POINTS;
    }
    points
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
