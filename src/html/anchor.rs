//! Ids made from a heading, for its anchor, and the links to them.
//!
//! Documentation and article tools give each section an id made from its
//! heading: `<section id="respond-to-review-comments"><h2>Respond to
//! review comments</h2>`. Read as a component's name, such an id would
//! make the section a comment box. An id is taken for an anchor only when
//! it spells the element's own first heading, so component names
//! ("comment-form", "share-and-follow") keep their meaning.

use super::attrs;
use crate::block::BlockKind;
use ego_tree::NodeRef;
use html5ever::local_name;
use scraper::{ElementRef, Node};

/// Glyphs that documentation and blog tools print as a heading's
/// permalink ("Use replies¶", "Setup #"): a link to the heading's own
/// anchor, shown on hover, that is no part of the heading's text.
const PERMALINK_GLYPHS: &[&str] = &["¶", "#", "§", "🔗"];

/// `el` (with `text_bytes` bytes of trimmed text) is a permalink: a link
/// within the page whose whole text is a permalink glyph.
pub fn is_permalink(node: NodeRef<Node>, el: &scraper::node::Element, text_bytes: u32) -> bool {
    const MOST_GLYPH_BYTES: u32 = 4;
    if el.name() != "a"
        || text_bytes > MOST_GLYPH_BYTES
        || !attrs::get(el, &local_name!("href")).is_some_and(|h| h.starts_with('#'))
    {
        return false;
    }
    let Some(link) = ElementRef::wrap(node) else {
        return false;
    };
    let text: String = link.text().collect();
    PERMALINK_GLYPHS.contains(&text.trim())
}

/// `id` is the heading that opens `node` (its first child element with
/// text; Sphinx puts an empty `<span id>` link target before it), written
/// as an anchor: its words in lower case, joined by '-' or '_'.
pub fn id_is_heading_anchor(node: NodeRef<Node>, id: &str) -> bool {
    let Some(first) = node
        .children()
        .filter_map(ElementRef::wrap)
        .find(|el| el.text().any(|t| !crate::whitespace::trim(t).is_empty()))
    else {
        return false;
    };
    if !matches!(
        super::walk::kind_of(first.value().name()),
        Some(BlockKind::Heading(_))
    ) {
        return false;
    }
    let mut words = first
        .text()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let mut parts = id.split(['-', '_']).filter(|p| !p.is_empty());
    loop {
        match (words.next(), parts.next()) {
            (None, None) => return true,
            (Some(word), Some(part)) if same_word(word, part) => {}
            _ => return false,
        }
    }
}

/// `a` and `b` are one word but for case, compared without building
/// their lower-case forms.
fn same_word(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn permalink(html: &str) -> bool {
        let doc = Html::parse_fragment(html);
        let a = doc.select(&Selector::parse("a").unwrap()).next().unwrap();
        let text: String = a.text().collect();
        is_permalink(*a, a.value(), text.trim().len() as u32)
    }

    #[test]
    fn a_glyph_linking_within_the_page_is_a_permalink() {
        assert!(permalink(
            r##"<h2>Setup<a class="headerlink" href="#setup">¶</a></h2>"##
        ));
        assert!(permalink(r##"<h3>Setup <a href="#setup"> # </a></h3>"##));
        assert!(!permalink(r##"<p>See <a href="#setup">setup</a></p>"##));
        assert!(!permalink(r#"<p><a href="/tags/rust">#</a></p>"#));
    }

    fn anchored(html: &str) -> bool {
        let doc = Html::parse_fragment(html);
        let el = doc
            .select(&Selector::parse("section, div").unwrap())
            .next()
            .unwrap();
        id_is_heading_anchor(*el, el.value().id().unwrap())
    }

    #[test]
    fn an_id_that_spells_the_first_heading_is_an_anchor() {
        assert!(anchored(
            r#"<section id="respond-to-review-comments"><h2>Respond to review comments</h2><p>…</p></section>"#
        ));
        assert!(anchored(
            r#"<div id="share_your_work"> <h3>Share your <em>work</em>!</h3></div>"#
        ));
        assert!(anchored(
            r##"<section id="email-replies"><span id="replies"></span><h2>Email replies<a href="#email-replies">¶</a></h2></section>"##
        ));
        assert!(!anchored(
            r#"<div id="comments"><h2>12 comments</h2></div>"#
        ));
        assert!(!anchored(r#"<div id="share-bar"><p>Share</p></div>"#));
        assert!(!anchored(r#"<div id="related"></div>"#));
        assert!(!anchored(
            r#"<div id="comments"><span class="count">2</span><h2>Comments</h2></div>"#
        ));
    }
}
