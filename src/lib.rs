//! pith: strips boilerplate from web pages and plain-text page dumps and
//! keeps the article.
//!
//! ```text
//! bytes ─► input ─► front-end ─► blocks ─► rules ─► classify ─► select ─► render
//!           │        html | text            (named      (context    (main     text
//!           │                               evidence)   smoothing)  region)   json
//!           └ gunzip, decode (BOM, meta charset, chardetng), sniff html vs text
//! ```
//!
//! * [`input`] turns bytes into text and says whether it is HTML.
//! * The front-ends ([`text`], [`html`]) turn text into [`Block`]s; nothing
//!   after them knows where a block came from.
//! * [`rules`] are small named detectors; [`classify`] spreads their
//!   findings to the blocks they speak for (a teaser list after its
//!   heading); [`select`] picks the article's run of blocks and headline.
//! * Every block ends as [`Disposition::Title`], [`Disposition::Body`] or
//!   [`Disposition::Removed`] with the rule that removed it.
//!
//! ```
//! let dump = "Home\nWorld\n\nCity opens new library\n\nThe city opened its new central library on Monday, \
//!             after four years of building work and a long fight over its cost.\n\nAdvertisement:\n\n\
//!             Readers queued from early morning to see the reading rooms.\n";
//! let article = pith::clean(dump.as_bytes(), &pith::Options::default()).unwrap();
//! assert_eq!(article.title(), Some("City opens new library"));
//! assert!(pith::render::text(&article).contains("Readers queued"));
//! assert!(!pith::render::text(&article).contains("Advertisement"));
//! ```

pub mod article;
pub mod block;
pub mod boundary;
pub mod budget;
pub mod case;
pub mod classify;
pub mod dates;
pub mod eval;
pub mod features;
pub mod html;
pub mod input;
pub mod jsonl;
pub mod lang;
pub mod letters;
pub mod lexicon;
mod packed_bytes;
pub mod pattern;
#[cfg(test)]
mod proptest_config;
pub mod render;
pub mod rules;
pub mod seen;
pub mod select;
pub mod shape;
pub mod template;
pub mod text;
pub mod whitespace;

pub use article::{Article, Disposition, Metadata};
pub use block::{Block, BlockKind};
pub use budget::Budget;
pub use input::{Format, FormatHint, InputError};

use std::time::Duration;

/// Default bound on input size, before and after gunzip. Large enough for
/// any real page or dump (the biggest pages in the wild are a few MB),
/// small enough that a bomb is refused rather than filling memory.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// Least markup inside `<noscript>` worth reading when a page has no
/// article outside it: a tracking pixel or a "please enable JavaScript"
/// line is far less.
const NOSCRIPT_MIN_BYTES: usize = 1024;

/// Default time budget for one document. A few MB page takes well under
/// a second; only inputs of hundreds of MB, or a machine that has stalled,
/// get near it.
pub const DEFAULT_TIME_BUDGET: Duration = Duration::from_secs(30);

/// How to clean.
#[derive(Debug, Clone)]
pub struct Options {
    /// Format of the input, or `Auto` to sniff it.
    pub input: FormatHint,
    /// Inputs larger than this (before or after gunzip) are refused.
    pub max_input_bytes: usize,
    /// Keep comment sections instead of removing them.
    pub keep_comments: bool,
    /// Texts of this page's site template (see `template`), to remove
    /// under `template/repeated`.
    pub template: Option<std::sync::Arc<std::collections::HashSet<u64>>>,
    /// Give the document up with [`InputError::TimeBudget`] when cleaning
    /// takes longer than this; `None`: no limit.
    pub time_budget: Option<Duration>,
    /// Which parser reads HTML.
    pub html_parser: HtmlParser,
}

/// The HTML parser. Both build the same DOM type; on the benchmark sets
/// they give the same output but for a handful of pages with misnested
/// tags, and pith's own is about twice as fast overall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum HtmlParser {
    /// pith's own: a byte-scanning lexer and a tree builder reduced to
    /// what decides where text ends up (`html::parser`).
    #[default]
    Pith,
    /// html5ever, the HTML standard's algorithm to the letter: the
    /// reference the tests compare pith's parser with.
    Html5ever,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            input: FormatHint::Auto,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            keep_comments: false,
            template: None,
            time_budget: Some(DEFAULT_TIME_BUDGET),
            html_parser: HtmlParser::default(),
        }
    }
}

/// Cleans one document.
pub fn clean(bytes: &[u8], options: &Options) -> Result<Article, InputError> {
    let budget = Budget::start(options.time_budget);
    let decoded = input::decode(bytes, options.input, options.max_input_bytes)?;
    clean_decoded(decoded, options, &budget)
}

/// Cleans one document whose bytes the caller gives up: UTF-8 input is
/// not copied, which on a large page saves a copy of it in memory.
pub fn clean_owned(bytes: Vec<u8>, options: &Options) -> Result<Article, InputError> {
    let budget = Budget::start(options.time_budget);
    let decoded = input::decode_owned(bytes, options.input, options.max_input_bytes)?;
    clean_decoded(decoded, options, &budget)
}

fn clean_decoded(
    decoded: input::Decoded,
    options: &Options,
    budget: &Budget,
) -> Result<Article, InputError> {
    budget.check()?;
    let (format, encoding) = (decoded.format, decoded.encoding);
    if format == Format::Text {
        let blocks = text::blocks(&decoded.text, budget)?;
        return clean_blocks(blocks, None, format, encoding, options, budget);
    }
    let mut walked = html::parse(decoded.text, options.html_parser, budget)?;
    let noscript = std::mem::take(&mut walked.page.meta.noscript_html);
    let article = clean_blocks(
        walked.blocks,
        Some(&walked.page),
        format,
        encoding,
        options,
        budget,
    )?;
    if !article.is_empty() || noscript.len() < NOSCRIPT_MIN_BYTES {
        return Ok(article);
    }
    // Nothing outside <noscript>: read what the page gives readers
    // without JavaScript, with the page's own metadata.
    let inner = html::parse(noscript, options.html_parser, budget)?;
    let page = html::Page {
        meta: walked.page.meta,
        spans: inner.page.spans,
    };
    let fallback = clean_blocks(inner.blocks, Some(&page), format, encoding, options, budget)?;
    Ok(if fallback.is_empty() {
        article
    } else {
        fallback
    })
}

/// Runs the shared stages on blocks from either front-end.
pub fn clean_blocks(
    mut blocks: Vec<Block>,
    page: Option<&html::Page>,
    format: Format,
    encoding: &'static str,
    options: &Options,
    budget: &Budget,
) -> Result<Article, InputError> {
    // A thread's replies are its content: the page's JSON-LD says when it
    // is one.
    let keep_comments = options.keep_comments || page.is_some_and(|p| p.meta.is_discussion);
    let mut judgement = classify::classify(&mut blocks, keep_comments, budget)?;
    if let Some(page) = page
        && let Some(text) = page.meta.product_description.as_deref()
    {
        classify::trust_product_description(&blocks, &mut judgement.findings, text, &page.spans);
    }
    if let Some(template) = &options.template {
        classify::mark_template(&blocks, &mut judgement.findings, template);
    }
    budget.check()?;
    let trims = std::mem::take(&mut judgement.label_prefixes)
        .into_iter()
        .map(|(block, text)| article::Trim {
            block,
            text,
            rule: &rules::meta::FIELD_LABEL,
        })
        .collect();
    let selection = select::select(&blocks, judgement, page);
    budget.check()?;
    Ok(Article {
        blocks,
        dispositions: selection.dispositions,
        trims,
        metadata: selection.metadata,
        format,
        encoding,
    })
}
