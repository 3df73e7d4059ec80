//! What an element's tag, role, class and id say it is.

use super::attrs;
use crate::lexicon::dom::{
    CONTENT_TOKENS, Concept, NEGATING_PREFIXES, NEUTRAL_PAIRS, WHOLE_VALUES,
};
use foldhash::{HashMap, HashMapExt};
use html5ever::{LocalName, local_name};
use scraper::node::Element;
use std::sync::LazyLock;

/// Concept bits by token, and `NAMES_CONTENT` for the tokens that name
/// content: one lookup per token answers both.
static TOKENS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u32> = HashMap::new();
    for concept in Concept::ALL {
        for token in concept.tokens() {
            *map.entry(token).or_default() |= concept.bit();
        }
    }
    for token in CONTENT_TOKENS {
        *map.entry(token).or_default() |= NAMES_CONTENT;
    }
    map
});

/// The bit of `TOKENS` that marks a token of `CONTENT_TOKENS`; no
/// concept's bit.
const NAMES_CONTENT: u32 = 1 << 31;
const _: () = assert!(Concept::ALL.len() < 31);

/// `data-role`, which forum software and jQuery Mobile use as a class
/// ("memberSignature", "header", "navbar"): read as one.
static DATA_ROLE: LazyLock<LocalName> = LazyLock::new(|| LocalName::from("data-role"));

/// Longest class or id value we tokenise; longer ones are generated
/// hashes or utility-class soup, and say nothing.
const MAX_ATTRIBUTE_BYTES: usize = 300;

/// What one element says about the text inside it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ElementSignals {
    /// `Concept` bits.
    pub concepts: u32,
    /// A class or id names article content ("article-body", "entry-content").
    pub content_class: bool,
    /// A class or id names an image's caption ("wp-caption-text",
    /// "featured-image-caption").
    pub caption_class: bool,
    pub is_article: bool,
    pub is_main: bool,
    pub is_article_body: bool,
    /// The `Concept` bits the element's tag or ARIA role gives (`<nav>`,
    /// a `<footer>` outside any article, `role="contentinfo"`), as
    /// opposed to its class or id: the page's own parts by its markup.
    pub landmarks: u32,
}

/// Reads the signals of `el`. `in_sectioning` says whether an `<article>`,
/// `<main>` or `<section>` is already open above it: a `<header>` or
/// `<footer>` there is that part's own (headline, byline, a section's
/// lead), not the site's banner or footer, as the HTML standard maps them
/// to landmarks. With `id_is_anchor`, the element's id is its heading made
/// into an anchor (see `html::anchor`), and its words name no concept.
pub fn signals<'a>(
    el: &'a Element,
    in_sectioning: bool,
    id_is_anchor: bool,
    memo: &mut ClassMemo<'a>,
) -> ElementSignals {
    let mut s = ElementSignals::default();
    match el.name() {
        "nav" => s.landmarks |= Concept::Navigation.bit(),
        "header" if !in_sectioning => s.landmarks |= Concept::Header.bit(),
        "footer" if !in_sectioning => s.landmarks |= Concept::Footer.bit(),
        // An article's own footer: its tags, share links, author.
        "footer" => s.concepts |= Concept::Footer.bit(),
        "aside" => s.landmarks |= Concept::Sidebar.bit(),
        "article" => s.is_article = true,
        "main" => s.is_main = true,
        "dialog" => s.landmarks |= Concept::Modal.bit(),
        _ => {}
    }
    match attrs::get(el, &local_name!("role")) {
        Some("navigation" | "menubar" | "menu") => s.landmarks |= Concept::Navigation.bit(),
        Some("banner") if !in_sectioning => s.landmarks |= Concept::Header.bit(),
        Some("contentinfo") => s.landmarks |= Concept::Footer.bit(),
        Some("complementary") => s.landmarks |= Concept::Sidebar.bit(),
        Some("dialog" | "alertdialog") => s.landmarks |= Concept::Modal.bit(),
        Some("main") => s.is_main = true,
        Some("article") => s.is_article = true,
        _ => {}
    }
    s.concepts |= s.landmarks;
    if attrs::get(el, &local_name!("itemprop")).is_some_and(|v| {
        v.split_whitespace()
            .any(|t| t.eq_ignore_ascii_case("articleBody") || t.eq_ignore_ascii_case("text"))
    }) {
        s.is_article_body = true;
    }
    let id = local_name!("id");
    for attribute in [&local_name!("class"), &id, &*DATA_ROLE] {
        if let Some(value) = attrs::get(el, attribute)
            && value.len() <= MAX_ATTRIBUTE_BYTES
            && !(*attribute == id && id_is_anchor)
        {
            let read = memo.read(value);
            s.concepts |= read.concepts;
            s.content_class |= read.content_class;
            s.caption_class |= read.caption_class;
        }
    }
    s
}

/// What a class or id value says, remembered by value for one page: a
/// page repeats the same few class strings on hundreds of elements.
#[derive(Default)]
pub struct ClassMemo<'a> {
    values: HashMap<&'a str, ElementSignals>,
    /// Reused while reading a value the memo has not seen.
    scratch: Tokens,
}

impl<'a> ClassMemo<'a> {
    fn read(&mut self, value: &'a str) -> ElementSignals {
        let scratch = &mut self.scratch;
        *self.values.entry(value).or_insert_with(|| {
            let mut s = ElementSignals::default();
            for class in value.split_whitespace() {
                read_class(class, &mut s, scratch);
            }
            s
        })
    }
}

/// The lower-case word parts of one class name, in one buffer: a page has
/// thousands of distinct class names, and a `String` for each part of
/// each was most of the cost of reading them.
#[derive(Default)]
struct Tokens {
    text: String,
    /// Byte ranges of the parts in `text`.
    parts: Vec<(usize, usize)>,
    /// Two adjacent parts joined ("most" + "read").
    joined: String,
}

impl Tokens {
    fn part(&self, i: usize) -> &str {
        let (start, end) = self.parts[i];
        &self.text[start..end]
    }
}

/// Boxes that articles carry inside their own container, so that their
/// class names both: an author's bio ("entry-author-bio"). Share bars
/// and tag lists were tried too: forum posts name their share links so,
/// and a thread lost its posts.
const INSIDE_ARTICLE_BOXES: u32 = Concept::AuthorBox.bit();
/// The class token of a byline, which names the author box concept too.
const BYLINE_TOKEN: &str = "byline";
/// The class token of an image's caption.
const CAPTION_TOKEN: &str = "caption";

/// One class (or id) value: its tokens, and adjacent pairs joined
/// ("most-read" → "mostread").
fn read_class(class: &str, s: &mut ElementSignals, tokens: &mut Tokens) {
    split_tokens(class, tokens);
    let mut joined = std::mem::take(&mut tokens.joined);
    let mut concepts = 0;
    let mut content = false;
    let mut byline = false;
    for i in 0..tokens.parts.len() {
        let part = tokens.part(i);
        let negated = i > 0 && NEGATING_PREFIXES.contains(&tokens.part(i - 1));
        if !negated && part == CAPTION_TOKEN {
            s.caption_class = true;
        }
        byline |= part == BYLINE_TOKEN;
        let mut read = |token: &str| {
            let bits = TOKENS.get(token).copied().unwrap_or(0);
            content |= bits & NAMES_CONTENT != 0;
            if !negated {
                concepts |= bits & !NAMES_CONTENT;
            }
        };
        let mut neutral = false;
        if i + 1 < tokens.parts.len() {
            joined.clear();
            joined.push_str(part);
            joined.push_str(tokens.part(i + 1));
            neutral = NEUTRAL_PAIRS.contains(&joined.as_str());
            read(&joined);
        }
        if !neutral {
            read(part);
        }
    }
    tokens.joined = joined;
    for (value, concept) in WHOLE_VALUES {
        if class.eq_ignore_ascii_case(value) {
            concepts |= concept.bit();
        }
    }
    // "article-header", "entry-header": the article's own header. A class
    // that names content and an author's box ("entry-author-bio") is that
    // box, but "post-byline" stays the article's: its author and date are
    // metadata the text rules read.
    if content {
        concepts &= !Concept::Header.bit();
        if concepts & INSIDE_ARTICLE_BOXES == 0 || byline {
            s.content_class = true;
        }
    }
    s.concepts |= concepts;
}

/// Splits a class name into lower-case word parts, at non-alphanumerics
/// and at lower-to-upper case changes ("shareBar" → "share", "bar").
fn split_tokens(class: &str, tokens: &mut Tokens) {
    tokens.text.clear();
    tokens.parts.clear();
    let mut start = 0;
    let mut previous_lower = false;
    for c in class.chars() {
        let len = tokens.text.len();
        if !c.is_alphanumeric() {
            if len > start {
                tokens.parts.push((start, len));
            }
            start = len;
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && len > start {
            tokens.parts.push((start, len));
            start = len;
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        if c.is_ascii() {
            tokens.text.push(c.to_ascii_lowercase());
        } else {
            tokens.text.extend(c.to_lowercase());
        }
    }
    if tokens.text.len() > start {
        tokens.parts.push((start, tokens.text.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn signals_of(html: &str) -> ElementSignals {
        let doc = Html::parse_fragment(html);
        let el = doc
            .select(&Selector::parse("div, nav, header, aside").unwrap())
            .next()
            .unwrap();
        signals(el.value(), false, false, &mut ClassMemo::default())
    }

    #[test]
    fn reads_caption_classes() {
        assert!(signals_of(r#"<div class="wp-caption-text"></div>"#).caption_class);
        assert!(signals_of(r#"<div class="featured-image-caption"></div>"#).caption_class);
        assert!(!signals_of(r#"<div class="has-caption"></div>"#).caption_class);
        assert!(!signals_of(r#"<div class="captioned-video"></div>"#).caption_class);
    }

    #[test]
    fn reads_class_tokens_and_tags() {
        assert_ne!(
            signals_of(r#"<div class="related-posts"></div>"#).concepts & Concept::Related.bit(),
            0
        );
        assert_ne!(
            signals_of(r#"<div class="shareBar"></div>"#).concepts & Concept::Share.bit(),
            0
        );
        assert_ne!(
            signals_of(r#"<div id="most-read"></div>"#).concepts & Concept::Related.bit(),
            0
        );
        assert_ne!(
            signals_of("<nav></nav>").concepts & Concept::Navigation.bit(),
            0
        );
        assert!(signals_of(r#"<div class="entry-content"></div>"#).content_class);
        assert!(signals_of(r#"<div class="post-byline"></div>"#).content_class);
    }

    #[test]
    fn secondary_names_a_sidebar_only_alone() {
        let sidebar = |html: &str| signals_of(html).concepts & Concept::Sidebar.bit() != 0;
        assert!(sidebar(r#"<div id="secondary"></div>"#));
        assert!(!sidebar(
            r#"<div class="rhcl__background--secondary"></div>"#
        ));
        assert!(!sidebar(r#"<div class="secondary-intro"></div>"#));
    }

    #[test]
    fn a_follow_up_is_no_follow_button() {
        let share = |html: &str| signals_of(html).concepts & Concept::Share.bit() != 0;
        assert!(share(r#"<div class="follow-us"></div>"#));
        assert!(!share(
            r#"<div class="better__follow-up testimonials"></div>"#
        ));
        assert!(!share(r#"<div class="shareprice-widget"></div>"#));
        assert!(!share(r#"<div class="share-price"></div>"#));
        assert!(share(r#"<div class="share-buttons"></div>"#));
    }

    #[test]
    fn article_headers_and_negations_are_not_chrome() {
        assert_eq!(
            signals_of(r#"<div class="article-header"></div>"#).concepts,
            0
        );
        assert_eq!(
            signals_of(r#"<div class="has-sidebar no-comments"></div>"#).concepts,
            0
        );
        assert_eq!(signals_of(r#"<div class="download"></div>"#).concepts, 0);
    }

    #[test]
    fn an_author_bio_named_after_the_entry_is_no_content() {
        let bio = signals_of(r#"<div class="entry-author-bio"></div>"#);
        assert_ne!(bio.concepts & Concept::AuthorBox.bit(), 0);
        assert!(!bio.content_class);
        assert!(signals_of(r#"<div class="entry-content"></div>"#).content_class);
    }
}
