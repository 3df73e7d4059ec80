//! An iterative walk over the DOM that emits text blocks with DOM
//! features, and collects the page's metadata on the way.
//!
//! Iterative because pages nest thousands of levels deep and a recursive
//! walk would overflow the stack. Element state (which concepts are open,
//! whether we are inside `<article>`) is kept as counters updated on entry
//! and exit, so emitting a block costs the same at any depth.

use super::attrs;
use super::gathered::Gathered;
use super::head::PageMeta;
use super::tokens::{self, ElementSignals};
use crate::block::{Block, BlockKind, CELL_SEPARATOR, DATA_ROW_MIN_CELLS, DomFeatures};
use crate::budget::Budget;
use crate::input::InputError;
use crate::lexicon::dom::Concept;
use ego_tree::NodeId;
use ego_tree::iter::Edge;
use html5ever::local_name;
use scraper::{ElementRef, Html, Node};

/// Elements whose content is never article text. A `match` on the name
/// compiles to a jump on its length and one comparison; the walk asks for
/// every element.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "head"
            | "select"
            | "textarea"
            | "button"
            | "input"
            | "option"
            | "canvas"
            | "object"
            | "embed"
            | "math"
            | "video"
            | "audio"
            | "map"
    )
}

/// Elements that start a new block (and, removed by `flatten`, leave a
/// line break behind).
pub(super) fn is_block_level(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "tr"
            | "table"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "br"
            | "hr"
            | "form"
            | "fieldset"
            | "address"
            | "details"
            | "summary"
            | "body"
            | "html"
            | "caption"
            | "center"
            | "dialog"
            | "legend"
            | "thead"
            | "tbody"
            | "tfoot"
    )
}

/// An element holding more than this share of the page's text is the
/// page's content, whatever its class says ("has-sidebar" layouts,
/// forum threads in a "comments" container).
const MAX_BOILERPLATE_SHARE: f32 = 0.4;

/// An element hidden in the markup that holds more than this share of the
/// page's text is shown by a script, not hidden from readers: anti-flicker
/// and bot-check wrappers (`style="display:none"` on everything until the
/// page has loaded), and the page behind an open dialog (`aria-hidden`).
/// Hidden menus, templates and alternates hold a small part of a page.
const MAX_HIDDEN_SHARE: f32 = 0.5;

/// Concepts that hold no page's content however much text they have: a
/// consent dialog listing hundreds of vendors' purposes can outweigh a
/// short forum thread. (Not modals: "enable-lightbox" on a layout
/// wrapper names a behaviour of what it holds.)
const NEVER_CONTENT: u32 = Concept::Consent.bit();

/// Landmarks (concepts given by the tag or ARIA role, not by a class name)
/// that hold no page's content either: the site's own header, navigation
/// and footer, however many mega-menu entries or testimonials they carry.
/// Class names are less sure ("sticky-footer" layouts wrap the whole
/// page), and so are `<aside>` and dialogs, which some sites use for the
/// content itself (with asides, wcxb-dev-sample fell from .869 to .865).
const NEVER_CONTENT_LANDMARKS: u32 =
    Concept::Header.bit() | Concept::Navigation.bit() | Concept::Footer.bit();

/// Most characters of a table cell read as data, whose `<br>` lines stay
/// in their row ("Pierre Curie<br>Marie Curie"). A longer cell is layout
/// holding text (a forum post), whose lines are lines.
const DATA_CELL_MAX_CHARS: u32 = 200;

/// A row of a data table: as many cells as `DATA_ROW_MIN_CELLS`. Layout
/// tables put a poster beside a post, two cells.
fn is_data_row(row: ego_tree::NodeRef<Node>) -> bool {
    row.children()
        .filter(|c| {
            c.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "td" | "th"))
        })
        .take(DATA_ROW_MIN_CELLS)
        .count()
        == DATA_ROW_MIN_CELLS
}

/// Most characters of text a site header holds (logo, tagline, a menu
/// whose links the navigation rules judge anyway).
const MAX_HEADER_CHARS: u32 = 600;

/// The page's blocks and metadata.
pub struct Walked {
    pub blocks: Vec<Block>,
    pub page: Page,
}

/// What the page's structure and head say, beyond its blocks.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub meta: PageMeta,
    /// For every element that holds text: the first and last index of the
    /// blocks inside it. `select` uses them to find the element that holds
    /// the article.
    pub spans: Vec<(usize, usize)>,
}

#[derive(Default)]
struct Counters {
    concepts: [u32; Concept::ALL.len()],
    article: u32,
    main: u32,
    article_body: u32,
    content_class: u32,
    caption: u32,
    /// Open `<section>` elements.
    section: u32,
    /// Open `<td>`/`<th>` elements of data (see `DATA_CELL_MAX_CHARS`).
    cell: u32,
    /// Open `<tr>` elements of data (see `is_data_row`).
    data_row: u32,
    link: u32,
    pre: u32,
}

impl Counters {
    fn apply(&mut self, s: &ElementSignals, up: bool) {
        let step = |n: &mut u32, on: bool| {
            if on {
                *n = if up { *n + 1 } else { n.saturating_sub(1) };
            }
        };
        for (i, c) in Concept::ALL.iter().enumerate() {
            step(&mut self.concepts[i], s.concepts & c.bit() != 0);
        }
        step(&mut self.article, s.is_article);
        step(&mut self.main, s.is_main);
        step(&mut self.article_body, s.is_article_body);
        step(&mut self.content_class, s.content_class);
    }

    fn features(&self) -> DomFeatures {
        let concepts = Concept::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| self.concepts[*i] > 0)
            .fold(0, |bits, (_, c)| bits | c.bit());
        DomFeatures {
            concepts,
            in_article: self.article > 0,
            in_main: self.main > 0,
            in_article_body: self.article_body > 0,
            in_content_class: self.content_class > 0,
            in_caption: self.caption > 0,
            link_chars: 0,
            chars: 0,
        }
    }
}

/// Text being gathered for the next block; cleared, not dropped, after
/// each block so that its buffers are reused.
#[derive(Default)]
struct Pending {
    text: String,
    /// The same text with inline markdown.
    markdown: String,
    has_markup: bool,
    /// A `<br>` ended this text or came before it in the same paragraph.
    broken_line: bool,
    link_chars: u32,
    cells: u32,
}

impl Pending {
    fn clear(&mut self) {
        self.text.clear();
        self.markdown.clear();
        self.has_markup = false;
        self.broken_line = false;
        self.link_chars = 0;
        self.cells = 0;
    }
}

struct Frame {
    id: NodeId,
    /// Index of the first block emitted inside this element.
    first_block: usize,
    signals: ElementSignals,
    block_level: bool,
    kind: Option<BlockKind>,
    link: bool,
    caption: bool,
    cell: bool,
    data_row: bool,
    pre: bool,
    section: bool,
    /// Markdown to write when the element closes ("**", "](url)").
    closer: Option<String>,
}

/// Inline markdown for an element: what opens it and what closes it.
fn inline_markup(
    name: &str,
    el: &scraper::node::Element,
    in_pre: bool,
) -> Option<(&'static str, String)> {
    match name {
        "em" | "i" => Some(("*", "*".into())),
        "strong" | "b" => Some(("**", "**".into())),
        "code" | "kbd" | "samp" if !in_pre => Some(("`", "`".into())),
        "a" => {
            let href = attrs::get(el, &local_name!("href"))
                .filter(|h| !h.starts_with('#') && !h.starts_with("javascript:"))?;
            Some(("[", format!("]({href})")))
        }
        _ => None,
    }
}

/// Walks the DOM into blocks; `expected_blocks` sizes the block list once.
/// Make the blocks with `Gathered::into_walked` once the DOM is dropped.
pub fn walk(
    document: &Html,
    expected_blocks: usize,
    budget: &Budget,
) -> Result<Gathered, InputError> {
    let text_len = text_lengths(document);
    let total = text_len.first().copied().unwrap_or(0).max(1);
    // The pre-order number of the node being opened, text nodes aside:
    // its index in `text_len`.
    let mut ordinal = 0;
    let mut meta = PageMeta::default();
    let mut blocks = Gathered::with_capacity(expected_blocks);
    let mut counters = Counters::default();
    let mut pending = Pending::default();
    let mut frames: Vec<Frame> = Vec::new();
    let mut kinds: Vec<BlockKind> = Vec::new();
    let mut skipping: Option<NodeId> = None;
    let mut spans = Vec::new();
    let mut class_memo = tokens::ClassMemo::default();

    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                budget.tick()?;
                let this = ordinal;
                if !matches!(node.value(), Node::Text(_)) {
                    ordinal += 1;
                }
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => {
                        if counters.link > 0 {
                            pending.link_chars +=
                                t.chars().filter(|c| !c.is_whitespace()).count() as u32;
                        }
                        pending.text.push_str(t);
                        pending.markdown.push_str(t);
                    }
                    Node::Element(el) => {
                        let name = el.name();
                        meta.read_element(el);
                        let chars = text_len.get(this).copied().unwrap_or(0);
                        let share = chars as f32 / total as f32;
                        if is_skipped(name)
                            || (share <= MAX_HIDDEN_SHARE && is_hidden(el))
                            || super::anchor::is_permalink(node, el, chars)
                        {
                            read_skipped(node, name, el, &mut meta);
                            skipping = Some(node.id());
                            continue;
                        }
                        let in_article = counters.article > 0 || counters.main > 0;
                        // A section's <header> is no more the site's than
                        // an article's is.
                        let in_section = in_article || counters.section > 0;
                        let id_is_anchor = el
                            .id()
                            .is_some_and(|id| super::anchor::id_is_heading_anchor(node, id));
                        let mut signals =
                            tokens::signals(el, in_section, id_is_anchor, &mut class_memo);
                        // Inside the article or <main>, a class that names
                        // navigation ("o-navCardGrid", "section-nav") is the
                        // content's own signposting, cards linking to its
                        // parts; a <nav> element there still counts.
                        if in_article {
                            signals.concepts &= !(Concept::Navigation.bit() & !signals.landmarks);
                        }
                        // An element that is itself content ("<article class=
                        // "post tag-books">" in WordPress) is no boilerplate.
                        let is_content = signals.is_article
                            || signals.is_main
                            || signals.is_article_body
                            || signals.content_class;
                        if is_content || matches!(name, "html" | "body") {
                            signals.concepts = 0;
                        } else if share > MAX_BOILERPLATE_SHARE {
                            signals.concepts &=
                                NEVER_CONTENT | (signals.landmarks & NEVER_CONTENT_LANDMARKS);
                        }
                        // A header with paragraphs of text is a landing
                        // page's hero section, not the site's masthead.
                        // And a header inside a list item is the header of
                        // that item's card ("item-card__header"): the site's
                        // masthead is in no list.
                        let header = signals.concepts & Concept::Header.bit() != 0;
                        if header
                            && (chars > MAX_HEADER_CHARS || kinds.contains(&BlockKind::ListItem))
                        {
                            signals.concepts &= !Concept::Header.bit();
                        }
                        // Lines of one short table cell ("Pierre Curie<br>
                        // Marie Curie") stay in their row.
                        let cell_break = name == "br" && counters.cell > 0;
                        let block_level = is_block_level(name) && !cell_break;
                        if cell_break {
                            pending.text.push(' ');
                            pending.markdown.push(' ');
                        } else if name == "br" {
                            pending.broken_line = true;
                            flush(&mut pending, &kinds, &counters, &mut blocks);
                            pending.broken_line = true;
                        } else if block_level {
                            flush(&mut pending, &kinds, &counters, &mut blocks);
                        }
                        if matches!(name, "td" | "th")
                            && !crate::whitespace::trim(&pending.text).is_empty()
                        {
                            pending.text.push_str(CELL_SEPARATOR);
                            pending.markdown.push_str(CELL_SEPARATOR);
                            pending.cells += 1;
                        }
                        let markup = inline_markup(name, el, counters.pre > 0);
                        if let Some((open, _)) = &markup {
                            pending.markdown.push_str(open);
                            pending.has_markup = true;
                        }
                        counters.apply(&signals, true);
                        let frame = Frame {
                            id: node.id(),
                            first_block: blocks.len(),
                            signals,
                            block_level,
                            kind: kind_of(name),
                            link: name == "a",
                            caption: name == "figcaption" || signals.caption_class,
                            cell: matches!(name, "td" | "th")
                                && chars <= DATA_CELL_MAX_CHARS
                                && counters.data_row > 0,
                            data_row: name == "tr" && is_data_row(node),
                            pre: name == "pre",
                            section: name == "section",
                            closer: markup.map(|(_, close)| close),
                        };
                        counters.link += u32::from(frame.link);
                        counters.caption += u32::from(frame.caption);
                        counters.section += u32::from(frame.section);
                        counters.cell += u32::from(frame.cell);
                        counters.data_row += u32::from(frame.data_row);
                        counters.pre += u32::from(frame.pre);
                        if let Some(kind) = frame.kind {
                            // A quotation's paragraphs are the quotation.
                            let quoted = kind == BlockKind::Paragraph
                                && kinds.last() == Some(&BlockKind::Quote);
                            kinds.push(if quoted { BlockKind::Quote } else { kind });
                        }
                        frames.push(frame);
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() || frames.last().is_none_or(|f| f.id != node.id()) {
                    continue;
                }
                let Some(frame) = frames.pop() else { continue };
                if let Some(closer) = &frame.closer {
                    pending.markdown.push_str(closer);
                }
                if frame.block_level {
                    flush(&mut pending, &kinds, &counters, &mut blocks);
                }
                if blocks.len() > frame.first_block {
                    spans.push((frame.first_block, blocks.len() - 1));
                }
                if frame.kind.is_some() {
                    kinds.pop();
                }
                counters.apply(&frame.signals, false);
                counters.link -= u32::from(frame.link);
                counters.caption -= u32::from(frame.caption);
                counters.section -= u32::from(frame.section);
                counters.cell -= u32::from(frame.cell);
                counters.data_row -= u32::from(frame.data_row);
                counters.pre -= u32::from(frame.pre);
            }
        }
    }
    flush(&mut pending, &kinds, &counters, &mut blocks);
    blocks.page = Page { meta, spans };
    Ok(blocks)
}

/// Reads what we need from an element whose text is not page text: the
/// `<title>`, and JSON-LD scripts.
fn read_skipped(
    node: ego_tree::NodeRef<'_, Node>,
    name: &str,
    el: &scraper::node::Element,
    meta: &mut PageMeta,
) {
    let Some(element) = ElementRef::wrap(node) else {
        return;
    };
    match name {
        "head" => {
            for child in element.descendants().skip(1) {
                if let Node::Element(inner) = child.value() {
                    meta.read_element(inner);
                    read_skipped(child, inner.name(), inner, meta);
                }
            }
        }
        "title" if meta.document_title.is_none() => {
            let title: String = element.text().collect();
            let title = crate::whitespace::fold(&title);
            if !title.is_empty() {
                meta.document_title = Some(title);
            }
        }
        "script"
            if attrs::get(el, &local_name!("type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
        {
            meta.read_json_ld(&element.text().collect::<String>());
        }
        "noscript" => {
            for text in element.text() {
                meta.noscript_html.push_str(text);
            }
            meta.noscript_html.push('\n');
        }
        _ => {}
    }
}

/// Characters of text below every node but text nodes, in the order a
/// walk opens them (pre-order, the document first), computed bottom-up
/// without recursion.
fn text_lengths(document: &Html) -> Vec<u32> {
    let mut lengths = Vec::new();
    // (index in `lengths`, characters so far)
    let mut stack: Vec<(usize, u32)> = Vec::new();
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(t) => {
                    if let Some(top) = stack.last_mut() {
                        top.1 += crate::whitespace::trim(t).len() as u32;
                    }
                }
                _ => {
                    stack.push((lengths.len(), 0));
                    lengths.push(0);
                }
            },
            Edge::Close(node) => {
                if matches!(node.value(), Node::Text(_)) {
                    continue;
                }
                if let Some((index, len)) = stack.pop() {
                    let skipped =
                        matches!(node.value(), Node::Element(el) if is_skipped(el.name()));
                    let len = if skipped { 0 } else { len };
                    lengths[index] = len;
                    if let Some(parent) = stack.last_mut() {
                        parent.1 += len;
                    }
                }
            }
        }
    }
    lengths
}

pub(super) fn kind_of(name: &str) -> Option<BlockKind> {
    match name {
        "h1" => Some(BlockKind::Heading(1)),
        "h2" => Some(BlockKind::Heading(2)),
        "h3" => Some(BlockKind::Heading(3)),
        "h4" | "h5" | "h6" => Some(BlockKind::Heading(4)),
        "li" | "dt" | "dd" => Some(BlockKind::ListItem),
        "blockquote" => Some(BlockKind::Quote),
        "pre" => Some(BlockKind::Code),
        "tr" => Some(BlockKind::TableRow),
        "p" | "div" | "section" | "article" | "main" | "td" | "th" | "figcaption" | "table" => {
            Some(BlockKind::Paragraph)
        }
        _ => None,
    }
}

/// Hidden from readers by its markup: `hidden`, `aria-hidden="true"` or an
/// inline style. A link's `aria-hidden` is left alone: cards link their
/// image and their summary to the story a second time and hide those
/// links from screen readers, so the story is announced once; they are on
/// screen all the same.
fn is_hidden(el: &scraper::node::Element) -> bool {
    if attrs::get(el, &local_name!("hidden")).is_some() && !is_streamed_segment(el) {
        return true;
    }
    if attrs::get(el, &local_name!("aria-hidden")) == Some("true") && el.name() != "a" {
        return true;
    }
    attrs::get(el, &local_name!("style")).is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// A segment of a page streamed by server-side rendering (React's
/// `<div hidden id="S:3">`, `id="S:1f"`; the number is base 32): the
/// server sends it hidden and a script moves it into place as soon as it
/// arrives, so it is the page's content, not something hidden from
/// readers.
fn is_streamed_segment(el: &scraper::node::Element) -> bool {
    attrs::get(el, &local_name!("id"))
        .and_then(|id| id.strip_prefix("S:"))
        .is_some_and(|n| {
            !n.is_empty()
                && n.bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
        })
}

fn flush(pending: &mut Pending, kinds: &[BlockKind], counters: &Counters, out: &mut Gathered) {
    // Most flushes meet only the white space between two tags.
    if !pending.text.chars().any(char::is_alphanumeric) {
        pending.clear();
        return;
    }
    let kind = kinds.last().copied().unwrap_or(BlockKind::Paragraph);
    let kind = if kind == BlockKind::Paragraph && pending.cells > 0 {
        BlockKind::TableRow
    } else if kind == BlockKind::Paragraph && pending.broken_line {
        BlockKind::Line
    } else {
        kind
    };
    let text = if kind == BlockKind::Code || counters.pre > 0 {
        pending
            .text
            .lines()
            .map(crate::whitespace::fold)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    } else {
        crate::whitespace::fold(&pending.text)
    };
    let text = without_trailing_separator(text);
    let markdown = pending
        .has_markup
        .then(|| without_trailing_separator(crate::whitespace::fold(&pending.markdown)));
    if text.chars().any(char::is_alphanumeric) {
        let mut dom = counters.features();
        dom.chars = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        dom.link_chars = pending.link_chars.min(dom.chars);
        out.push(&text, markdown.as_deref(), kind, dom);
    }
    pending.clear();
}

/// A row's text without the separator its last cell left behind.
fn without_trailing_separator(mut text: String) -> String {
    let end = crate::whitespace::trim_end(text.trim_end_matches(CELL_SEPARATOR.trim())).len();
    text.truncate(end);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(html: &str) -> Walked {
        walk(&Html::parse_document(html), 0, &Budget::unlimited())
            .unwrap()
            .into_walked()
    }

    fn texts(html: &str) -> Vec<String> {
        parse(html).blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn emits_block_text_and_skips_scripts_and_hidden() {
        let got = texts(
            "<html><head><title>T</title><script>var x;</script></head><body><h1>Head</h1><p>One <b>two</b></p><div hidden>secret</div><p style='display: none'>gone</p><ul><li>item</li></ul></body></html>",
        );
        assert_eq!(got, ["Head", "One two", "item"]);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}text{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
        assert_eq!(texts(&html), ["text"]);
    }

    #[test]
    fn table_rows_are_blocks_with_cells() {
        let walked = parse(
            "<table><tr><th>City</th><th>Rain</th></tr><tr><td>Oslo</td><td>12 mm</td></tr></table>",
        );
        let rows: Vec<_> = walked
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.kind))
            .collect();
        assert_eq!(
            rows,
            [
                ("City | Rain", BlockKind::TableRow),
                ("Oslo | 12 mm", BlockKind::TableRow)
            ]
        );
    }

    #[test]
    fn paragraphs_of_a_quotation_are_quotation() {
        let walked = parse(
            "<p>Before.</p><blockquote><p>One.</p><div><p>Two.</p></div><ul><li>Three.</li></ul></blockquote><p>After.</p>",
        );
        let kinds: Vec<_> = walked
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Before.", BlockKind::Paragraph),
                ("One.", BlockKind::Quote),
                ("Two.", BlockKind::Quote),
                ("Three.", BlockKind::ListItem),
                ("After.", BlockKind::Paragraph),
            ]
        );
    }

    #[test]
    fn lines_of_a_data_cell_stay_in_their_row() {
        let texts = |html: &str| -> Vec<String> {
            parse(html).blocks.iter().map(|b| b.text.clone()).collect()
        };
        assert_eq!(
            texts(
                "<table><tr><td>1903</td><td>Pierre Curie;<br>Marie Curie</td><td>Arrhenius</td></tr></table>"
            ),
            ["1903 | Pierre Curie; Marie Curie | Arrhenius"]
        );
        // Two cells, a poster beside a post: the post's lines are lines.
        assert_eq!(
            texts("<table><tr><td>ann</td><td>Ok, cool!<br>I'm waiting...</td></tr></table>"),
            ["ann | Ok, cool!", "I'm waiting..."]
        );
    }

    #[test]
    fn records_concepts_links_and_metadata() {
        let walked = parse(
            r#"<html lang="de"><head><title>Story | Site</title><meta property="og:site_name" content="Site">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"name":"Ann"}}</script></head>
            <body><nav><a href="/">Home</a></nav><article><p>Body text here.</p></article>
            <div class="related-links"><p>Other story</p></div><div class="main">a</div></body></html>"#,
        );
        let b = &walked.blocks;
        assert_ne!(b[0].dom.unwrap().concepts & Concept::Navigation.bit(), 0);
        assert_eq!(b[0].dom.unwrap().link_density(), 1.0);
        assert!(b[1].dom.unwrap().in_article);
        assert_ne!(b[2].dom.unwrap().concepts & Concept::Related.bit(), 0);
        let meta = &walked.page.meta;
        assert_eq!(meta.document_title.as_deref(), Some("Story | Site"));
        assert_eq!(meta.author.as_deref(), Some("Ann"));
        assert_eq!(meta.language.as_deref(), Some("de"));
        assert!(
            walked.page.spans.contains(&(1, 1)),
            "{:?}",
            walked.page.spans
        );
    }
}
