//! Combining rule findings with context: sections, captions, credits.
//!
//! Block rules see one block. Here findings spread to the neighbours they
//! speak for: the teasers after "You May Also Like", the comment thread
//! after "Leave a Reply", the caption glued to a photo credit.

use crate::block::{Block, BlockKind};
use crate::lang::{self, Lang};
use crate::rules::{self, DocContext, Effect, Finding, Section, context, credits, meta};
use crate::shape;

/// Blocks at the top of a document searched for field labels
/// ("Headline: …"); dumps that carry them put them first.
const FIELD_LABEL_SCAN_BLOCKS: usize = 20;

/// Longest line after a bare "Credit..." label taken as the credit holder.
const CREDIT_HOLDER_MAX_WORDS: u32 = 8;

/// Longest caption glued above a photo credit.
const CAPTION_MAX_WORDS: u32 = 40;

/// Share of the document's prose that must come before a comment prompt for
/// it to open a comment section. A "Leave a comment" link under the
/// headline must not swallow the article below it.
const COMMENTS_MIN_PROSE_BEFORE: f32 = 0.3;

/// The findings for a document and what classification learned.
#[derive(Debug, Default)]
pub struct Judgement {
    pub lang: Option<Lang>,
    pub findings: Vec<Option<Finding>>,
    /// Text cut from the front of a block by `meta/field-label`.
    pub label_prefixes: Vec<(usize, String)>,
    /// The block a field label marked as the headline.
    pub labelled_title: Option<usize>,
    /// A date a field label carried.
    pub labelled_date: Option<String>,
}

pub fn classify(blocks: &mut [Block]) -> Judgement {
    let mut judgement = Judgement::default();
    split_field_labels(blocks, &mut judgement);
    judgement.lang = detect_language(blocks);
    let ctx = DocContext {
        lang: judgement.lang,
    };
    judgement.findings = blocks.iter().map(|b| rules::check(b, &ctx)).collect();
    extend_credits(blocks, &mut judgement.findings);
    mark_sections(blocks, &mut judgement.findings, judgement.lang);
    judgement
}

fn split_field_labels(blocks: &mut [Block], judgement: &mut Judgement) {
    for (i, block) in blocks.iter_mut().enumerate().take(FIELD_LABEL_SCAN_BLOCKS) {
        let Some(field) = meta::field_label(&block.text) else {
            continue;
        };
        if meta::HEADLINE_LABELS.contains(&field.label) && judgement.labelled_title.is_none() {
            judgement.labelled_title = Some(i);
        }
        if judgement.labelled_date.is_none() {
            judgement.labelled_date = field.date;
        }
        *block = Block::new(field.value, block.kind, block.blank_before);
        judgement.label_prefixes.push((i, field.prefix));
    }
}

fn detect_language(blocks: &[Block]) -> Option<Lang> {
    let mut hits = [0u32; lang::COUNT];
    let mut words = 0;
    for block in blocks {
        words += block.features.words;
        for (total, &h) in hits.iter_mut().zip(&block.features.stopword_hits) {
            *total += u32::from(h);
        }
    }
    lang::detect(&hits, words)
}

/// A bare credit label takes the name on the next line with it; a credit
/// takes the caption glued above it.
fn extend_credits(blocks: &[Block], findings: &mut [Option<Finding>]) {
    for i in 0..blocks.len() {
        let Some(f) = &findings[i] else { continue };
        if f.rule != &credits::PHOTO || f.evidence.starts_with("credit:") {
            continue;
        }
        let bare_label = f.evidence.starts_with("label alone");
        if bare_label
            && let Some(next) = blocks.get(i + 1)
            && !next.blank_before
            && next.features.words <= CREDIT_HOLDER_MAX_WORDS
            && findings[i + 1].is_none()
        {
            findings[i + 1] = Some(Finding::drop(&credits::PHOTO, "after a credit label"));
        }
        if i > 0
            && !blocks[i].blank_before
            && findings[i - 1].is_none()
            && blocks[i - 1].features.words <= CAPTION_MAX_WORDS
            && !matches!(blocks[i - 1].kind, BlockKind::Heading(_))
        {
            findings[i - 1] = Some(Finding::drop(&context::CAPTION, "glued to a photo credit"));
        }
    }
}

/// Shortest paragraph that, followed by another like it, ends a related
/// section: teaser lists alternate headlines and blurbs, and never carry
/// two full paragraphs in a row.
const RESUMING_PARAGRAPH_WORDS: u32 = 15;

/// After a related heading, the article is back when a long paragraph
/// comes, or two sentence-shaped paragraphs in a row.
fn article_resumes(blocks: &[Block], i: usize, lang: Option<Lang>) -> bool {
    let paragraph = |b: &Block| b.features.words >= RESUMING_PARAGRAPH_WORDS && shape::is_prose(b, lang);
    shape::is_long_prose(&blocks[i], lang)
        || (paragraph(&blocks[i]) && blocks.get(i + 1).is_some_and(paragraph))
}

/// Spreads section headings over the blocks they govern.
fn mark_sections(blocks: &[Block], findings: &mut [Option<Finding>], lang: Option<Lang>) {
    let prose_words: Vec<u32> = blocks
        .iter()
        .map(|b| if shape::is_prose(b, lang) { b.features.words } else { 0 })
        .collect();
    let total_prose: u32 = prose_words.iter().sum();
    let mut prose_before = 0u32;
    let mut section: Option<Section> = None;
    for i in 0..blocks.len() {
        let words_here = prose_words[i];
        match findings[i].as_ref().map(|f| &f.effect) {
            Some(Effect::OpensSection(Section::Comments)) => {
                let share = prose_before as f32 / total_prose.max(1) as f32;
                if share >= COMMENTS_MIN_PROSE_BEFORE {
                    section = Some(Section::Comments);
                } else if let Some(f) = findings[i].as_mut() {
                    // Too early to be the page's comment section: just a link.
                    f.effect = Effect::Drop;
                }
            }
            Some(Effect::OpensSection(Section::Related)) => section = Some(Section::Related),
            Some(_) => {}
            None => match section {
                Some(Section::Related) if article_resumes(blocks, i, lang) => section = None,
                Some(Section::Related) => {
                    findings[i] = Some(Finding::drop(&context::TEASER_LIST, "after a related heading"));
                }
                Some(Section::Comments) => {
                    findings[i] = Some(Finding::drop(&context::COMMENT_SECTION, "after a comment prompt"));
                }
                None => {}
            },
        }
        prose_before += words_here;
    }
}
