//! Ids made from a heading, for its anchor.
//!
//! Documentation and article tools give each section an id made from its
//! heading: `<section id="respond-to-review-comments"><h2>Respond to
//! review comments</h2>`. Read as a component's name, such an id would
//! make the section a comment box. An id is taken for an anchor only when
//! it spells the element's own first heading, so component names
//! ("comment-form", "share-and-follow") keep their meaning.

use crate::block::BlockKind;
use ego_tree::NodeRef;
use scraper::{ElementRef, Node};

/// `id` is the heading that opens `node` (its first child element with
/// text; Sphinx puts an empty `<span id>` link target before it), written
/// as an anchor: its words in lower case, joined by '-' or '_'.
pub fn id_is_heading_anchor(node: NodeRef<Node>, id: &str) -> bool {
    let Some(first) = node
        .children()
        .filter_map(ElementRef::wrap)
        .find(|el| el.text().any(|t| !t.trim().is_empty()))
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
