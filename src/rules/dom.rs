//! Rules that read the DOM: a block inside a `<nav>`, a `related-posts`
//! box or a cookie banner is boilerplate whatever its text says.
//!
//! Each rule covers one `Concept` of `lexicon::dom`; the element's tag,
//! role, class or id put the block in it (see `html::tokens`).

use super::{DocContext, Finding, Rule, RuleInfo};
use crate::block::Block;
use crate::lexicon::dom::Concept;

/// A rule that drops blocks inside elements of one concept.
pub struct InElement {
    concept: Concept,
    info: &'static RuleInfo,
}

impl Rule for InElement {
    fn info(&self) -> &'static RuleInfo {
        self.info
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        let dom = block.dom?;
        (dom.concepts & self.concept.bit() != 0).then(|| {
            Finding::drop(
                self.info,
                format!("inside a {:?} element", self.concept).to_lowercase(),
            )
        })
    }
}

macro_rules! element_rule {
    ($rule:ident, $info:ident, $concept:ident, $name:literal, $summary:literal) => {
        pub static $info: RuleInfo = RuleInfo {
            name: $name,
            summary: $summary,
        };
        pub static $rule: InElement = InElement {
            concept: Concept::$concept,
            info: &$info,
        };
    };
}

element_rule!(
    MODAL,
    MODAL_INFO,
    Modal,
    "nav/modal-element",
    "inside a modal, popup or overlay (HTML)"
);
element_rule!(
    CONSENT,
    CONSENT_INFO,
    Consent,
    "consent/element",
    "inside a cookie or consent banner (HTML)"
);
element_rule!(
    NAVIGATION,
    NAVIGATION_INFO,
    Navigation,
    "nav/menu-element",
    "inside <nav> or a menu (HTML)"
);
element_rule!(
    CONTROLS,
    CONTROLS_INFO,
    Controls,
    "nav/controls-element",
    "inside a toolbar, drawer or other page controls (HTML)"
);
element_rule!(
    BREADCRUMB,
    BREADCRUMB_INFO,
    Breadcrumb,
    "nav/breadcrumb-element",
    "inside a breadcrumb trail (HTML)"
);
element_rule!(
    PAGINATION,
    PAGINATION_INFO,
    Pagination,
    "nav/pagination-element",
    "inside pagination or previous/next links (HTML)"
);
element_rule!(
    HEADER,
    HEADER_INFO,
    Header,
    "nav/header-element",
    "inside the site header, outside the article (HTML)"
);
element_rule!(
    FOOTER,
    FOOTER_INFO,
    Footer,
    "nav/footer-element",
    "inside a footer (HTML)"
);
element_rule!(
    SIDEBAR,
    SIDEBAR_INFO,
    Sidebar,
    "nav/sidebar-element",
    "inside <aside> or a sidebar or widget (HTML)"
);
element_rule!(
    RELATED,
    RELATED_INFO,
    Related,
    "related/element",
    "inside a related, recommended or popular box (HTML)"
);
element_rule!(
    SHARE,
    SHARE_INFO,
    Share,
    "cta/share-element",
    "inside a share or social bar (HTML)"
);
element_rule!(
    NEWSLETTER,
    NEWSLETTER_INFO,
    Newsletter,
    "cta/newsletter-element",
    "inside a newsletter, subscription or paywall box (HTML)"
);
element_rule!(
    ADS,
    ADS_INFO,
    Ads,
    "ads/element",
    "inside an ad slot or sponsored box (HTML)"
);
element_rule!(
    COMMENTS,
    COMMENTS_INFO,
    Comments,
    "comments/element",
    "inside a comment section (HTML)"
);
element_rule!(
    AUTHOR_BOX,
    AUTHOR_BOX_INFO,
    AuthorBox,
    "credits/author-box-element",
    "inside an author box (HTML)"
);
element_rule!(
    TAGS,
    TAGS_INFO,
    Tags,
    "tags/element",
    "inside a tag or topic list (HTML)"
);

/// Least share of a block's characters in links for it to be a link list.
const LINK_LIST_MIN_DENSITY: f32 = 0.7;
/// Longest link-list block: a paragraph that is mostly a long link is text.
const LINK_LIST_MAX_WORDS: u32 = 40;

/// Fewest words of a linked sentence that stays for the region to judge.
const LINKED_SENTENCE_MIN_WORDS: u32 = 10;

/// A whole sentence of prose that is a link: a card's description on a
/// service or landing page ("Support customers on any channel with AI, in
/// one connected view."), which sites wrap in the card's link. Menus and
/// tag clouds are no sentences, and a teaser list after an article is
/// left to region selection and the related rules.
fn is_linked_sentence(block: &Block, ctx: &DocContext) -> bool {
    let f = &block.features;
    f.words >= LINKED_SENTENCE_MIN_WORDS
        && block.text.trim_end().ends_with('.')
        && !f.ends_with_ellipsis
        && crate::shape::is_prose(block, ctx.lang)
}

/// A block that is mostly link text: a menu, a teaser, a tag cloud.
pub struct LinkList;

pub static LINK_LIST: RuleInfo = RuleInfo {
    name: "nav/link-list",
    summary: "a block that is mostly link text: menus, teasers, tag clouds (HTML)",
};

impl Rule for LinkList {
    fn info(&self) -> &'static RuleInfo {
        &LINK_LIST
    }

    fn check(&self, block: &Block, ctx: &DocContext) -> Option<Finding> {
        let dom = block.dom?;
        let density = dom.link_density();
        // Most blocks have little link text; the shape tests wait for the
        // few that have much.
        if density < LINK_LIST_MIN_DENSITY
            || block.features.words > LINK_LIST_MAX_WORDS
            || is_linked_sentence(block, ctx)
        {
            return None;
        }
        // A linked heading inside the content's own element (its article,
        // <main>, or an element named for content) is part of it: a card
        // title on a listing page, a linked subheading.
        let in_content =
            dom.in_article_body || dom.in_content_class || dom.in_article || dom.in_main;
        if in_content && matches!(block.kind, crate::block::BlockKind::Heading(_)) {
            return None;
        }
        // A data table's rows are mostly links when its cells name
        // people or pages; they are the table, not a menu.
        if block.cells() >= crate::block::DATA_ROW_MIN_CELLS {
            return None;
        }
        Some(Finding::drop(
            &LINK_LIST,
            format!("{:.0} % link text", density * 100.0),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::{BlockKind, DomFeatures};

    fn block(concepts: u32, link_chars: u32) -> Block {
        let mut b = Block::new("Some words of text here".into(), BlockKind::Paragraph, true);
        b.dom = Some(DomFeatures {
            concepts,
            link_chars,
            chars: 20,
            ..DomFeatures::default()
        });
        b
    }

    #[test]
    fn element_rules_hit_their_concept_only() {
        let ctx = DocContext::default();
        assert!(
            RELATED
                .check(&block(Concept::Related.bit(), 0), &ctx)
                .is_some()
        );
        assert!(
            RELATED
                .check(&block(Concept::Share.bit(), 0), &ctx)
                .is_none()
        );
        let text_block = Block::new("x".into(), BlockKind::Paragraph, true);
        assert!(RELATED.check(&text_block, &ctx).is_none());
    }

    #[test]
    fn link_list_hit_and_miss() {
        let ctx = DocContext::default();
        assert!(LinkList.check(&block(0, 18), &ctx).is_some());
        assert!(LinkList.check(&block(0, 2), &ctx).is_none());
    }
}
