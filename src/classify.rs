//! Combining rule findings with context: sections, captions, credits.
//!
//! Block rules see one block. Here findings spread to the neighbours they
//! speak for: the teasers after "You May Also Like", the comment thread
//! after "Leave a Reply", the caption glued to a photo credit.

use crate::block::{Block, BlockKind};
use crate::budget::Budget;
use crate::input::InputError;
use crate::lang::{self, Lang};
use crate::rules::{self, DocContext, Effect, Finding, Section, context, credits, meta};
use crate::shape;

/// Blocks at the top of a document where a field label may name the
/// headline ("Headline: …") or come after a date ("date 2023-10-26
/// Headline: …"); dumps that carry them put them first. Labels alone are
/// split off anywhere: a cleaned page is shorter, and a label that stood
/// further down the first time would otherwise be split the second.
const FIELD_LABEL_SCAN_BLOCKS: usize = 20;

/// Longest line after a bare "Credit..." label taken as the credit holder.
const CREDIT_HOLDER_MAX_WORDS: u32 = 8;

/// Longest caption glued above a photo credit.
const CAPTION_MAX_WORDS: u32 = 40;

/// Words of prose that must come before a comment prompt for it to open a
/// comment section: a "Leave a comment" link under the headline must not
/// swallow the article below it. A share of the page's prose would not
/// do: a long thread after a short post makes the post a small share.
const COMMENTS_MIN_PROSE_BEFORE: u32 = 60;

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
    /// Per block: its text (of `REPEAT_MIN_WORDS` or more) stands at least
    /// twice on the page. Selection removes later copies of what it keeps
    /// (`select::remove_copies`) and looks only at these, so that a page
    /// of a million distinct paragraphs needs no set of all of them.
    pub has_copy: Vec<bool>,
}

/// Runs the rules over `blocks` and spreads their findings to the blocks
/// they speak for. With `keep_comments`, comment rules stay silent.
pub fn classify(
    blocks: &mut [Block],
    keep_comments: bool,
    budget: &Budget,
) -> Result<Judgement, InputError> {
    let mut judgement = Judgement::default();
    split_field_labels(blocks, &mut judgement);
    judgement.lang = detect_language(blocks);
    let ctx = DocContext {
        lang: judgement.lang,
        keep_comments,
    };
    judgement.findings = rules::twins::check_each(blocks, &ctx, budget)?;
    judgement.has_copy = mark_repeats(blocks, &mut judgement.findings);
    rules::currency::mark_lists(blocks, &mut judgement.findings);
    extend_credits(blocks, &mut judgement.findings);
    extend_prompts(blocks, &mut judgement.findings);
    extend_link_labels(blocks, &mut judgement.findings);
    budget.check()?;
    demote_item_headings(&mut judgement.findings);
    mark_sections(blocks, &mut judgement.findings, judgement.lang);
    Ok(judgement)
}

fn split_field_labels(blocks: &mut [Block], judgement: &mut Judgement) {
    for (i, block) in blocks.iter_mut().enumerate() {
        if matches!(block.kind, BlockKind::TableRow | BlockKind::Code) {
            continue;
        }
        let at_top = i < FIELD_LABEL_SCAN_BLOCKS;
        let Some(field) = meta::field_label(block, at_top) else {
            continue;
        };
        if meta::HEADLINE_LABELS.contains(&field.label)
            && judgement.labelled_title.is_none()
            && at_top
        {
            judgement.labelled_title = Some(i);
        }
        if judgement.labelled_date.is_none() {
            judgement.labelled_date = field.date;
        }
        let dom = block.dom;
        *block = Block::new(field.value, block.kind, block.blank_before);
        block.dom = dom;
        // The label is gone from the text; inline markup would bring it back.
        block.markdown = None;
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

/// Fewest words of a block the page's JSON-LD text can vouch for: short
/// lines ("Share", "Reuters") are in any text.
pub const JSON_LD_MIN_WORDS: u32 = 6;

/// Lifts what the DOM rules said about blocks whose text is the product
/// description the page's JSON-LD gives: a description in a details
/// drawer is named like a modal, but the page says it is the content.
/// Text rules stand. (An article's `articleBody` is not trusted so far:
/// it often carries the captions, credits and shop links of the body,
/// which the DOM rules rightly drop.)
pub fn trust_product_description(
    blocks: &[Block],
    findings: &mut [Option<Finding>],
    text: &str,
    spans: &[(usize, usize)],
) {
    let mut lifted = Vec::new();
    for (i, (block, finding)) in blocks.iter().zip(findings.iter_mut()).enumerate() {
        let from_dom = finding.as_ref().is_some_and(|f| rules::is_dom_rule(f.rule));
        if from_dom
            && block.features.words >= JSON_LD_MIN_WORDS
            && text.contains(block.text.as_str())
            && let Some(f) = finding.take()
        {
            lifted.push((i, f.rule));
        }
    }
    // The rest of the element that holds the description (its heading,
    // its list of features) is the description's too, when the same
    // rule removed it.
    for (i, rule) in lifted {
        let Some(&(first, last)) = spans
            .iter()
            .filter(|&&(first, last)| first <= i && i <= last && last > first)
            .min_by_key(|&&(first, last)| last - first)
        else {
            continue;
        };
        if last - first >= DESCRIPTION_MAX_BLOCKS {
            continue;
        }
        for finding in &mut findings[first..=last] {
            if finding.as_ref().is_some_and(|f| std::ptr::eq(f.rule, rule)) {
                *finding = None;
            }
        }
    }
}

/// Most blocks of the element around a product description that are
/// lifted with it: a drawer of details, not the page.
const DESCRIPTION_MAX_BLOCKS: usize = 40;

/// Marks the blocks whose text is in the site's template (see
/// `template`). Findings of the page's own rules stand; a template only
/// names what they missed.
pub fn mark_template(
    blocks: &[Block],
    findings: &mut [Option<Finding>],
    template: &std::collections::HashSet<u64>,
) {
    for (block, finding) in blocks.iter().zip(findings.iter_mut()) {
        if finding.is_none()
            && block.features.words >= crate::template::MIN_WORDS
            && template.contains(&crate::template::text_key(&block.text))
        {
            *finding = Some(Finding::drop(
                &context::TEMPLATE_REPEATED,
                "on many pages of this site",
            ));
        }
    }
}

/// How often the same text must stand on a page to be template: a
/// headline appears twice in many dumps, but an article does not repeat a
/// paragraph three times.
const REPEAT_MIN_COUNT: usize = 3;
/// Fewest words of a repeated block; short labels ("Share") repeat
/// legitimately and have their own rules.
pub const REPEAT_MIN_WORDS: u32 = 6;

/// Blocks whose text stands three or more times on the page: carousels,
/// repeated captions, per-item templates. In HTML the first copy stays:
/// there the copies are mostly one text laid out for each screen size (a
/// style sheet pith does not read shows one of them), or a post that
/// replies quote; in a text dump every copy was on screen. HTML list items
/// and table rows are exempt: there they are each item's own facts. Returns,
/// per block, whether its text stands twice or more.
fn mark_repeats(blocks: &[Block], findings: &mut [Option<Finding>]) -> Vec<bool> {
    let mut counts: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
    for block in blocks
        .iter()
        .filter(|b| b.features.words >= REPEAT_MIN_WORDS)
    {
        *counts.entry(block.text.as_str()).or_default() += 1;
    }
    let mut seen: foldhash::HashSet<&str> = foldhash::HashSet::default();
    let mut has_copy = Vec::with_capacity(blocks.len());
    for (block, finding) in blocks.iter().zip(findings.iter_mut()) {
        // A heading repeats in its page's table of contents.
        let heading = matches!(block.kind, BlockKind::Heading(_));
        // In HTML, list items and table rows that repeat are an item's
        // fields: plans, product boxes and spec tables share lines.
        let item_field =
            block.dom.is_some() && matches!(block.kind, BlockKind::ListItem | BlockKind::TableRow);
        let count = counts.get(block.text.as_str()).copied().unwrap_or(0);
        has_copy.push(count >= 2);
        let repeated = count >= REPEAT_MIN_COUNT;
        // Only repeated texts are remembered: a page of a million distinct
        // paragraphs would otherwise fill a set with all of them.
        let first_in_html = repeated && seen.insert(block.text.as_str()) && block.dom.is_some();
        if finding.is_none() && repeated && !heading && !item_field && !first_in_html {
            *finding = Some(Finding::drop(
                &context::REPEATED_BLOCK,
                "the same text stands 3+ times",
            ));
        }
    }
    has_copy
}

/// A bare credit label takes the name on the next line with it; a credit
/// takes the caption glued above it.
fn extend_credits(blocks: &[Block], findings: &mut [Option<Finding>]) {
    for i in 0..blocks.len() {
        let Some(f) = &findings[i] else { continue };
        if f.rule != &credits::PHOTO {
            continue;
        }
        let is_trailer = f.evidence.starts_with("credit:");
        let bare_label = f.evidence.starts_with("label alone");
        if bare_label
            && let Some(next) = blocks.get(i + 1)
            && !next.blank_before
            && next.features.words <= CREDIT_HOLDER_MAX_WORDS
            && findings[i + 1].is_none()
        {
            findings[i + 1] = Some(Finding::drop(&credits::PHOTO, "after a credit label"));
        }
        let glued_caption = i > 0
            && !blocks[i].blank_before
            && !is_trailer
            && blocks[i - 1].features.words <= CAPTION_MAX_WORDS
            && !matches!(blocks[i - 1].kind, BlockKind::Heading(_));
        // Browsers print a figure's caption, then caption and credit glued.
        let repeated_caption =
            i > 0 && is_trailer && blocks[i].text.starts_with(blocks[i - 1].text.as_str());
        if (glued_caption || repeated_caption) && findings[i - 1].is_none() {
            findings[i - 1] = Some(Finding::drop(&context::CAPTION, "glued to a photo credit"));
        }
    }
}

/// Longest line glued to a call to action that we take as part of its box
/// ("Recibe cada mañana las noticias…" under "Suscríbete a nuestro
/// boletín", the "Je m'abonne" button after it).
const PROMPT_BOX_MAX_WORDS: u32 = 20;

/// A call to action is a box: the lines glued to it (no blank line
/// between) are its pitch and its button.
fn extend_prompts(blocks: &[Block], findings: &mut [Option<Finding>]) {
    let is_prompt =
        |f: &Option<Finding>| f.as_ref().is_some_and(|f| f.rule.name.starts_with("cta/"));
    let in_box = |b: &Block| b.features.words <= PROMPT_BOX_MAX_WORDS;
    for i in 0..blocks.len() {
        if !is_prompt(&findings[i]) {
            continue;
        }
        let rule = findings[i].as_ref().map(|f| f.rule).expect("checked above");
        let mut j = i + 1;
        while j < blocks.len()
            && !blocks[j].blank_before
            && in_box(&blocks[j])
            && findings[j].is_none()
        {
            findings[j] = Some(Finding::drop(rule, "glued to a call to action"));
            j += 1;
        }
        let mut j = i;
        while j > 0
            && !blocks[j].blank_before
            && in_box(&blocks[j - 1])
            && findings[j - 1].is_none()
        {
            findings[j - 1] = Some(Finding::drop(rule, "glued to a call to action"));
            j -= 1;
        }
    }
}

/// Most headlines a bare link label ("More:") introduces.
const LABELLED_LINKS_MAX: usize = 8;
/// Least link density of an HTML line listed after such a label.
const LABELLED_LINK_DENSITY: f32 = 0.5;

/// "More:" alone on a line, then headlines on their own lines: those are
/// links to other stories, wherever they stand in the article. The run
/// ends at the first line that is not a headline (or, in HTML, not a
/// link).
fn extend_link_labels(blocks: &[Block], findings: &mut [Option<Finding>]) {
    for i in 0..blocks.len() {
        if !rules::related::is_bare_link_label(&blocks[i]) {
            continue;
        }
        let is_link = |b: &Block| {
            b.dom
                .is_none_or(|d| d.link_density() >= LABELLED_LINK_DENSITY)
        };
        for j in (i + 1..blocks.len()).take(LABELLED_LINKS_MAX) {
            let block = &blocks[j];
            if findings[j].is_some() || !shape::is_headline_like(block) || !is_link(block) {
                break;
            }
            findings[j] = Some(Finding::drop(
                &rules::related::INLINE_LINK,
                "a headline listed after a link label",
            ));
        }
    }
}

/// Share of the document's prose after which a related heading is taken
/// for the end of the article: only a long paragraph then ends its section.
const LATE_RELATED_PROSE_SHARE: f32 = 0.5;

/// Least link density of an HTML teaser; a paragraph with less is text.
const TEASER_LINK_DENSITY: f32 = 0.3;

/// Shortest paragraph that ends a related section that opened early.
const RESUMING_PARAGRAPH_WORDS: u32 = 15;

/// After a related heading, the article is back when a long paragraph
/// comes, or, if the heading came early (an inline "Don't miss" box), a
/// sentence-shaped paragraph. After a late heading, teasers written as
/// full sentences are more likely than more article.
fn article_resumes(blocks: &[Block], i: usize, lang: Option<Lang>, late: bool) -> bool {
    let block = &blocks[i];
    // In HTML, teasers are links: any plain paragraph ends the list.
    if let Some(dom) = block.dom {
        return shape::is_prose(block, lang) && dom.link_density() < TEASER_LINK_DENSITY;
    }
    shape::is_long_prose(block, lang)
        || (!late
            && block.features.words >= RESUMING_PARAGRAPH_WORDS
            && shape::is_prose(block, lang))
}

/// How often one related heading ("More on …") must stand for it to be
/// each item's link rather than a section's heading.
const ITEM_HEADING_MIN_COUNT: usize = 3;

/// A related heading found three or more times with the same phrase is an
/// item's link, not a section's heading: a review round-up ends each
/// album with "More on <band>", a list of profiles each with "More from
/// <author>". Read as headings, each would end the article there; they
/// are removed as plain links instead.
fn demote_item_headings(findings: &mut [Option<Finding>]) {
    let is_heading = |f: &Finding| f.effect == Effect::OpensSection(Section::Related);
    // The evidence names the phrase that matched ("prefix: more on").
    let mut counts: foldhash::HashMap<String, usize> = foldhash::HashMap::default();
    for f in findings.iter().flatten().filter(|f| is_heading(f)) {
        *counts.entry(f.evidence.clone()).or_default() += 1;
    }
    for f in findings.iter_mut().flatten() {
        if is_heading(f)
            && counts
                .get(&f.evidence)
                .is_some_and(|&n| n >= ITEM_HEADING_MIN_COUNT)
        {
            f.effect = Effect::Drop;
        }
    }
}

/// Spreads section headings over the blocks they govern.
fn mark_sections(blocks: &[Block], findings: &mut [Option<Finding>], lang: Option<Lang>) {
    let prose_words: Vec<u32> = blocks
        .iter()
        .map(|b| {
            if shape::is_prose(b, lang) {
                b.features.words
            } else {
                0
            }
        })
        .collect();
    let total_prose: u32 = prose_words.iter().sum();
    let mut prose_before = 0u32;
    let mut section: Option<Section> = None;
    let mut late_heading = false;
    for i in 0..blocks.len() {
        let words_here = prose_words[i];
        match findings[i].as_ref().map(|f| &f.effect) {
            Some(Effect::OpensSection(Section::Comments)) => {
                if prose_before >= COMMENTS_MIN_PROSE_BEFORE {
                    section = Some(Section::Comments);
                } else if let Some(f) = findings[i].as_mut() {
                    // Too early to be the page's comment section: just a link.
                    f.effect = Effect::Drop;
                }
            }
            Some(Effect::OpensSection(Section::Related)) => {
                section = Some(Section::Related);
                late_heading = prose_before as f32 >= LATE_RELATED_PROSE_SHARE * total_prose as f32;
            }
            Some(_) => {}
            None => match section {
                Some(Section::Related) if article_resumes(blocks, i, lang, late_heading) => {
                    section = None
                }
                Some(Section::Related) => {
                    findings[i] = Some(Finding::drop(
                        &context::TEASER_LIST,
                        "after a related heading",
                    ));
                }
                Some(Section::Comments) => {
                    findings[i] = Some(Finding::drop(
                        &context::COMMENT_SECTION,
                        "after a comment prompt",
                    ));
                }
                None => {}
            },
        }
        prose_before += words_here;
    }
}
