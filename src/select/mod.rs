//! Main-region selection: which contiguous run of blocks is the article,
//! where its headline is, and what becomes of every block.
//!
//! Each block gets a score (`score`): prose scores by its length, chrome
//! and findings score below zero. The article is the run of blocks with
//! the highest sum (`region`), so a short subheading between paragraphs
//! stays, and a menu of forty one-word lines cannot be crossed. The
//! headline (`title`) and the metadata (`metadata`) come after.

mod metadata;
mod region;
mod score;
mod title;

use crate::article::{Disposition, Metadata};
use crate::block::{Block, BlockKind};
use crate::classify::Judgement;
use crate::html::Page;
use crate::lang::Lang;
use crate::lexicon::{normalise, normalises_to};
use crate::rules::{DocContext, Effect, Finding, context};

/// Fewest words of a standfirst between headline and article.
const STANDFIRST_MIN_WORDS: u32 = 8;

/// How much longer or shorter (factor, plus bytes of bullets and
/// punctuation) a block may be and still repeat the headline after
/// normalising; others are not compared at all, which saves normalising
/// every paragraph.
const TITLE_REPEAT_LENGTH_FACTOR: usize = 2;
const TITLE_REPEAT_SLACK_BYTES: usize = 16;

/// Fewest words the article must have; less is a page without one.
const MIN_ARTICLE_WORDS: u32 = 10;

/// Most words of prose the best run may have for a page to be read as a
/// listing (a grid of cards, a category page) rather than an article.
const LISTING_MAX_ARTICLE_WORDS: u32 = 120;
/// Fewest blocks of the page's main element a listing has. (On
/// wcxb-dev-sample the figure is flat for 6 to 24 blocks and 80 to 200
/// words.)
const LISTING_MIN_BLOCKS: usize = 8;

/// An HTML page whose best run of text is short, but whose `<main>` (or
/// content-named element) holds many blocks no rule removed: its content
/// is the list itself.
fn is_listing(region_prose_words: u32, unflagged: usize) -> bool {
    region_prose_words < LISTING_MAX_ARTICLE_WORDS && unflagged >= LISTING_MIN_BLOCKS
}

/// Words of prose in the best run.
fn prose_words(blocks: &[Block], judgement: &Judgement, region: Option<(usize, usize)>) -> u32 {
    region.map_or(0, |(s, e)| {
        blocks[s..=e]
            .iter()
            .filter(|b| crate::shape::is_prose(b, judgement.lang))
            .map(|b| b.features.words)
            .sum()
    })
}

/// Fewest words of prose in the best run for a page that declares one
/// product to be read as that product's description rather than as a
/// listing: a product page with a description is not its tiles of other
/// products; one without any keeps what its main element holds.
const PRODUCT_MIN_DESCRIPTION_WORDS: u32 = 30;

/// Fewest words of a link-only block inside the main element that a
/// listing keeps: its items' titles are links ("UPLIFT V3 Standing
/// Desk"); a menu's entries are one or two words.
const LISTING_TITLE_MIN_WORDS: u32 = 3;

/// Fewest item titles a listing must show for them to count: a grid of
/// cards has many; an article's few linked names or buttons are not one.
const LISTING_MIN_TITLES: usize = 6;

fn in_main(block: &Block) -> bool {
    block.dom.is_some_and(|d| d.in_main || d.in_content_class)
}

/// The blocks inside the page's main or content element that no rule
/// removed: whether the page is a listing is decided on these.
fn unflagged_main_blocks(blocks: &[Block], judgement: &Judgement) -> Vec<usize> {
    blocks
        .iter()
        .zip(&judgement.findings)
        .enumerate()
        .filter(|(_, (b, f))| f.is_none() && in_main(b))
        .map(|(i, _)| i)
        .collect()
}

/// A listing's blocks: `unflagged`, and, when there are enough of them,
/// the blocks of the main element that only `nav/link-list` removed and
/// that are long enough to be an item's title.
fn listing_blocks(
    blocks: &[Block],
    judgement: &Judgement,
    mut unflagged: Vec<usize>,
) -> Vec<usize> {
    let titles: Vec<usize> = blocks
        .iter()
        .zip(&judgement.findings)
        .enumerate()
        .filter(|(_, (b, f))| {
            in_main(b)
                && f.as_ref()
                    .is_some_and(|f| is_listing_title(b, f, judgement.lang))
        })
        .map(|(i, _)| i)
        .collect();
    if titles.len() >= LISTING_MIN_TITLES {
        unflagged.extend(titles);
    }
    unflagged
}

/// A link-only block long enough to be a listed item's title, whose
/// words no text rule objects to ("Subscribe now" and "Read more" are
/// links too).
fn is_listing_title(block: &Block, finding: &Finding, lang: Option<Lang>) -> bool {
    let ctx = DocContext {
        lang,
        keep_comments: false,
    };
    std::ptr::eq(finding.rule, &crate::rules::dom::LINK_LIST)
        && block.features.words >= LISTING_TITLE_MIN_WORDS
        && !crate::rules::text_rules_find(block, &ctx)
}

/// Most long paragraphs (`shape::is_long_prose`) the best run may have on
/// a landing page: an article has a run of them.
const LANDING_MAX_LONG_PARAGRAPHS: usize = 2;
/// Most of the page's unremoved words the best run may hold on a landing
/// page: its text is spread over sections, not gathered in one run.
const LANDING_MAX_REGION_SHARE: f32 = 0.7;
/// Fewest words of a block a landing page keeps: one- and two-word
/// lines are its buttons and labels.
const LANDING_MIN_WORDS: u32 = 3;

/// An HTML page that is not an article but a landing page (a service, a
/// product, a documentation index): it has a run of text worth reading,
/// but nothing marks an article (no `<article>`, no article body, no
/// byline or date line), that run has few long paragraphs, and it holds
/// less than most of the text no rule removed. Its content is all of that
/// text, section after section, which one run would cut to its largest
/// section.
fn is_landing(blocks: &[Block], judgement: &Judgement, region: Option<(usize, usize)>) -> bool {
    // Without a run worth reading (a slogan is not one) the page has no
    // content at all.
    let Some((start, end)) = region else {
        return false;
    };
    let marks_article = judgement.findings.iter().any(|f| {
        f.as_ref()
            .is_some_and(|f| matches!(f.effect, Effect::Meta(_)))
    }) || blocks
        .iter()
        .any(|b| b.dom.is_some_and(|d| d.in_article || d.in_article_body));
    if marks_article {
        return false;
    }
    let unflagged_words = |range: &[Block], findings: &[Option<Finding>]| -> u32 {
        range
            .iter()
            .zip(findings)
            .filter(|(_, f)| f.is_none())
            .map(|(b, _)| b.features.words)
            .sum()
    };
    let region_words = unflagged_words(&blocks[start..=end], &judgement.findings[start..=end]);
    let long_paragraphs = blocks[start..=end]
        .iter()
        .filter(|b| crate::shape::is_long_prose(b, judgement.lang))
        .count();
    let page_words = unflagged_words(blocks, &judgement.findings);
    region_words >= MIN_ARTICLE_WORDS
        && long_paragraphs <= LANDING_MAX_LONG_PARAGRAPHS
        && (region_words as f32) < LANDING_MAX_REGION_SHARE * page_words as f32
}

/// A landing page's blocks: every block no rule removed, but its buttons
/// and labels.
fn landing_blocks(blocks: &[Block], judgement: &Judgement) -> Vec<usize> {
    blocks
        .iter()
        .zip(&judgement.findings)
        .enumerate()
        .filter(|(_, (b, f))| f.is_none() && b.features.words >= LANDING_MIN_WORDS)
        .map(|(i, _)| i)
        .collect()
}

pub struct Selection {
    pub dispositions: Vec<Disposition>,
    pub metadata: Metadata,
}

/// Picks the article's blocks. The judgement is spent: each finding's
/// evidence moves into the disposition of its block.
pub fn select(blocks: &[Block], mut judgement: Judgement, page: Option<&Page>) -> Selection {
    let scores = score::scores(blocks, &judgement, page);
    let region = region::best(&scores)
        .map(|(start, end)| (start, region::extend_tail(blocks, &judgement, end)))
        .map(|(start, end)| (start, region::extend_dated_list(blocks, &judgement, end)));
    let title = judgement
        .labelled_title
        .or_else(|| title::from_page(blocks, page, region))
        .or_else(|| region.and_then(|(start, _)| title::find(blocks, &judgement, start)))
        .or_else(|| region.and_then(|(start, end)| title::opening(blocks, &judgement, start, end)));

    let mut dispositions: Vec<Disposition> = Vec::with_capacity(blocks.len());
    let title_key = title.map(|t| normalise(&blocks[t].text));
    let title_len = title.map_or(0, |t| blocks[t].text.len());
    // Normalising changes case and trims punctuation: a block of a very
    // different length cannot be the headline again.
    let may_repeat_title = |b: &Block| {
        let len = b.text.len();
        len <= TITLE_REPEAT_LENGTH_FACTOR * title_len + TITLE_REPEAT_SLACK_BYTES
            && TITLE_REPEAT_LENGTH_FACTOR * len + TITLE_REPEAT_SLACK_BYTES >= title_len
    };
    let unflagged = unflagged_main_blocks(blocks, &judgement);
    // A page that declares one product is that product's page, however
    // many product tiles follow it.
    let product_page = page.is_some_and(|p| p.meta.is_product_page());
    let region_prose_words = prose_words(blocks, &judgement, region);
    let listing_mode = is_listing(region_prose_words, unflagged.len())
        && !(product_page && region_prose_words >= PRODUCT_MIN_DESCRIPTION_WORDS);
    let landing = !listing_mode && page.is_some() && is_landing(blocks, &judgement, region);
    // Titles are looked for only on a listing: it runs the text rules
    // again on the link-only blocks.
    let extension = match (page, region) {
        // A product's page lists other products' tiles, not its content.
        _ if listing_mode && product_page => unflagged,
        _ if listing_mode => listing_blocks(blocks, &judgement, unflagged),
        _ if landing => landing_blocks(blocks, &judgement),
        (Some(page), Some(region)) => {
            region::container_extension(blocks, &judgement, &page.spans, region, title)
        }
        _ => Vec::new(),
    };
    let mut in_extension = vec![false; blocks.len()];
    for &i in &extension {
        in_extension[i] = true;
    }
    let standfirst = title
        .and_then(|t| region.map(|(start, _)| standfirst_blocks(blocks, &judgement, t, start)));
    for (i, block) in blocks.iter().enumerate() {
        let d = if Some(i) == title {
            Disposition::Title
        } else if may_repeat_title(block)
            && title_key
                .as_deref()
                .is_some_and(|key| normalises_to(&block.text, key))
        {
            removed(&context::REPEATED_HEADLINE, "same text as the headline")
        } else if let Some(f) = judgement.findings[i].as_mut()
            && !(listing_mode && in_extension[i])
        {
            removed(f.rule, std::mem::take(&mut f.evidence))
        } else {
            match region {
                Some((start, end)) if (start..=end).contains(&i) => Disposition::Body,
                _ if standfirst.as_ref().is_some_and(|s| s.contains(&i)) => Disposition::Body,
                _ if in_extension[i] => Disposition::Body,
                Some((start, _)) if i < start => {
                    removed(&context::BEFORE_MAIN, "before the article")
                }
                Some(_) => removed(&context::AFTER_MAIN, "after the article"),
                None => removed(&context::AFTER_MAIN, "no article found"),
            }
        };
        dispositions.push(d);
    }
    // HTML only: the copies these are for are a page's texts for other
    // screens. In a dump, removing one copy changes the words the page's
    // language is read from, and cleaning the output again could read it
    // in another language.
    if page.is_some() {
        remove_doubled_runs(blocks, &mut dispositions);
        remove_copies(blocks, &judgement.has_copy, &mut dispositions);
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
    let metadata = metadata::collect(&judgement, page, last_kept);
    Selection {
        dispositions,
        metadata,
    }
}

/// Longest run of blocks we look for a second copy of.
const DOUBLED_RUN_MAX_BLOCKS: usize = 64;
/// Fewest words a doubled run must have: "Yes" twice is a table, not a
/// copy.
const DOUBLED_RUN_MIN_WORDS: u32 = 10;

/// Removes the second copy of a run of the article's blocks that follows
/// the first straight away. Pages carry one text twice for different
/// screens (a product description for phones, then for desktops), one
/// copy hidden by a style sheet pith does not read. A run may hold short
/// blocks and list items, which `remove_copies` leaves alone; copies
/// further apart do not count here. Table rows and code repeat
/// legitimately.
fn remove_doubled_runs(blocks: &[Block], dispositions: &mut [Disposition]) {
    let body: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            dispositions[i] == Disposition::Body
                && !matches!(blocks[i].kind, BlockKind::TableRow | BlockKind::Code)
        })
        .collect();
    let same = |a: usize, b: usize| blocks[body[a]].text.trim() == blocks[body[b]].text.trim();
    let mut i = 0;
    while i < body.len() {
        let longest = DOUBLED_RUN_MAX_BLOCKS.min((body.len() - i) / 2);
        let doubled = (1..=longest).find(|&k| {
            (0..k).all(|j| same(i + j, i + k + j))
                && body[i..i + k]
                    .iter()
                    .map(|&b| blocks[b].features.words)
                    .sum::<u32>()
                    >= DOUBLED_RUN_MIN_WORDS
        });
        match doubled {
            Some(k) => {
                for &b in &body[i + k..i + 2 * k] {
                    dispositions[b] =
                        removed(&context::DUPLICATE, "a second copy of the text before it");
                }
                i += 2 * k;
            }
            None => i += 1,
        }
    }
}

/// Removes later copies of a paragraph the article already has, however
/// far apart: a product's summary again under "Details", a text laid out
/// once per screen size with other blocks between the copies, a reply
/// quoting a post the thread already shows. (On wcxb-dev-sample forum
/// pages quotes were copies the gold leaves out more often than not.)
/// List items, table rows and code stay: plans share feature lines, and
/// a table repeats its values. Short lines ("Add to basket") repeat
/// legitimately; `has_copy` marks only texts of
/// `classify::REPEAT_MIN_WORDS` or more that stand twice.
fn remove_copies(blocks: &[Block], has_copy: &[bool], dispositions: &mut [Disposition]) {
    let mut seen: foldhash::HashSet<&str> = foldhash::HashSet::default();
    for ((block, d), &copied) in blocks.iter().zip(dispositions.iter_mut()).zip(has_copy) {
        if !copied
            || *d != Disposition::Body
            || matches!(
                block.kind,
                BlockKind::TableRow | BlockKind::Code | BlockKind::ListItem
            )
        {
            continue;
        }
        if !seen.insert(block.text.trim()) {
            *d = removed(&context::DUPLICATE, "a copy of a paragraph above");
        }
    }
}

fn removed(
    rule: &'static crate::rules::RuleInfo,
    evidence: impl Into<std::borrow::Cow<'static, str>>,
) -> Disposition {
    Disposition::Removed {
        rule,
        evidence: evidence.into(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn body(texts: &[&str]) -> (Vec<Block>, Vec<Disposition>) {
        let blocks = texts
            .iter()
            .map(|t| Block::new((*t).to_string(), BlockKind::Paragraph, true))
            .collect();
        (blocks, vec![Disposition::Body; texts.len()])
    }

    fn kept(blocks: &[Block], dispositions: &[Disposition]) -> Vec<String> {
        blocks
            .iter()
            .zip(dispositions)
            .filter(|(_, d)| **d == Disposition::Body)
            .map(|(b, _)| b.text.clone())
            .collect()
    }

    #[test]
    fn a_run_printed_twice_in_a_row_is_kept_once() {
        let description = [
            "Make each cup feel special with a wheel-thrown mug.",
            "Handmade stoneware.",
            "Volume: about 350 ml.",
        ];
        let mut texts = vec!["$60.00"];
        texts.extend(description);
        texts.extend(description);
        texts.push("Shipping and returns are free in the first month.");
        let (blocks, mut dispositions) = body(&texts);
        remove_doubled_runs(&blocks, &mut dispositions);
        let mut expected = vec!["$60.00"];
        expected.extend(description);
        expected.push("Shipping and returns are free in the first month.");
        assert_eq!(kept(&blocks, &dispositions), expected);
    }

    #[test]
    fn copies_apart_and_short_doubles_stay() {
        let quoted = "I think the new interface is slower than the old one on big files.";
        let texts = [
            quoted,
            "Agreed, and the search box moved too.",
            quoted,
            "Yes",
            "Yes",
        ];
        let (blocks, mut dispositions) = body(&texts);
        remove_doubled_runs(&blocks, &mut dispositions);
        assert_eq!(kept(&blocks, &dispositions).len(), texts.len());
    }
}
