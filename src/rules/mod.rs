//! Named rules: small detectors that each recognise one kind of boilerplate.
//!
//! A rule looks at one block (and the document context) and may return a
//! `Finding`: which rule, what it does to the block, and the evidence (the
//! phrase or pattern that matched). Rules never decide alone what is kept:
//! `classify` and `select` weigh findings against the shape of the text
//! around them. But every removal names a rule, so `--explain` can always
//! say why a block went.
//!
//! Rule names are stable, kebab-case and grouped by family
//! (`related/heading`, `cta/newsletter`); `pith rules` lists them.

pub mod ads;
pub mod ascii_tokens;
pub mod comments;
pub mod consent;
pub mod context;
pub mod credits;
pub mod cta;
pub mod currency;
pub mod dom;
pub mod form_consent;
pub mod meta;
pub mod nav;
pub mod needs;
pub mod number_line;
pub mod post_control;
pub mod related;
pub mod short_phrase;
pub mod skip_link;
pub mod tags;
pub mod time_stamp;
pub mod twins;

use crate::block::{Block, BlockKind};
use crate::lang::Lang;
use needs::{BlockFacts, NeedMasks, Needs};
use std::sync::LazyLock;

/// A rule's stable name and one-line description.
#[derive(Debug, PartialEq, Eq)]
pub struct RuleInfo {
    pub name: &'static str,
    pub summary: &'static str,
}

/// What kind of page section a heading opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// "You May Also Like", "Most read": a list of other stories follows.
    Related,
    /// "Leave a Reply": a comment form or thread follows.
    Comments,
}

/// Metadata a removed block carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetaValue {
    Byline(String),
    /// A date, ISO 8601 where it could be parsed, with the byline glued
    /// in front of it if there was one ("Tetiana LozovenkoThursday, …").
    Date {
        iso: String,
        byline: Option<String>,
    },
    /// A day and time without a year ("Updated Nov 19, 6:55 AM"): it
    /// marks the article's header as a date does, but makes no date.
    YearlessDate,
}

/// What a finding does to its block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Remove the block wherever it stands.
    Drop,
    /// Remove the block; what follows is a section of this kind.
    OpensSection(Section),
    /// Remove the block from the text; it is metadata.
    Meta(MetaValue),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static RuleInfo,
    pub effect: Effect,
    /// What matched: a phrase, a pattern's name, a neighbour's rule.
    pub evidence: String,
}

impl Finding {
    pub fn drop(rule: &'static RuleInfo, evidence: impl Into<String>) -> Finding {
        Finding {
            rule,
            effect: Effect::Drop,
            evidence: evidence.into(),
        }
    }
}

/// What block rules may know about the document as a whole.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocContext {
    pub lang: Option<Lang>,
    /// The user asked to keep comments (`--comments`).
    pub keep_comments: bool,
}

/// A detector that looks at one block.
pub trait Rule: Sync {
    fn info(&self) -> &'static RuleInfo;
    fn check(&self, block: &Block, ctx: &DocContext) -> Option<Finding>;

    /// What a block must have for `check` to find anything in it; the
    /// rule is not called for other blocks (`needs`). Read once.
    fn needs(&self) -> Needs {
        Needs::NOTHING
    }
}

/// Rules that read the DOM; they apply to every block from HTML.
pub static DOM_RULES: &[&dyn Rule] = &[
    &dom::MODAL,
    &dom::CONSENT,
    &dom::COMMENTS,
    &dom::NAVIGATION,
    &dom::CONTROLS,
    &dom::BREADCRUMB,
    &dom::PAGINATION,
    &dom::HEADER,
    &dom::FOOTER,
    &dom::SIDEBAR,
    &dom::RELATED,
    &dom::SHARE,
    &dom::NEWSLETTER,
    &dom::ADS,
    &dom::AUTHOR_BOX,
    &dom::TAGS,
    &credits::FigureCaption,
    &dom::LinkList,
];

/// Rules that read a block's text, in the order they are tried; the first
/// finding wins, so the more specific rules come first. Table rows and
/// code are content whose lines look like labels ("published | 1991-03-14")
/// and are left to the DOM rules.
pub static TEXT_RULES: &[&dyn Rule] = &[
    &meta::Byline,
    &meta::Dateline,
    &time_stamp::TimeStamp,
    &nav::UiControl,
    &nav::RESULT_COUNT,
    &comments::Form,
    &comments::Count,
    &comments::Author,
    &comments::UserInfo,
    &post_control::PostControl,
    &comments::Field,
    &related::InlineLink,
    &related::Heading,
    &related::Timestamp,
    &related::ReadMoreTeaser,
    &ads::Label,
    &consent::COOKIE,
    &credits::GalleryCaption,
    &credits::Photo,
    &credits::Copyright,
    &credits::CONTRIBUTORS,
    &tags::SubjectLine,
    &cta::Newsletter,
    &cta::App,
    &cta::Donate,
    &cta::Subscribe,
    &form_consent::FormConsent,
    &cta::Share,
    &nav::ERROR_PAGE,
    &nav::UI_MESSAGE,
    &nav::READING_TIME,
    &nav::SocialLinks,
    &nav::LanguageSwitcher,
    &nav::Breadcrumb,
    &nav::ChromeLine,
    &skip_link::SkipLink,
    &nav::LISTING_CONTROL,
];

/// The needs of `TEXT_RULES`, a bit each by index.
static TEXT_RULE_NEEDS: LazyLock<NeedMasks> = LazyLock::new(|| {
    let needs: Vec<Needs> = TEXT_RULES.iter().map(|rule| rule.needs()).collect();
    NeedMasks::new(&needs)
});

/// Every rule that can remove a block, for `pith rules`: the block rules,
/// then the rules that judge a block by its neighbours and position.
pub fn all() -> Vec<&'static RuleInfo> {
    let mut rules: Vec<&'static RuleInfo> = DOM_RULES
        .iter()
        .chain(TEXT_RULES)
        .map(|r| r.info())
        .collect();
    rules.extend(context::ALL);
    rules
}

/// Whether any text rule (the rules that read the words, not the DOM)
/// finds something in `block`.
pub fn text_rules_find(block: &Block, ctx: &DocContext) -> bool {
    first_text_finding(block, ctx, 0).is_some()
}

/// The first finding of the text rules, in order, for `block`, but for
/// the `silenced` ones (a bit each). Only the rules whose needs the block
/// meets are called; in debug builds, the others are called too and must
/// find nothing. A loop over the bits of the rules let through: as a
/// chain of iterator adapters, the dispatch alone cost as much as a rule.
fn first_text_finding(block: &Block, ctx: &DocContext, silenced: u64) -> Option<Finding> {
    let needs = &*TEXT_RULE_NEEDS;
    let facts = BlockFacts::new(block);
    let by_needs = needs.eligible(&facts);
    let spared = |i: usize| {
        let rule = TEXT_RULES[i];
        debug_assert!(
            rule.check(block, ctx).is_none(),
            "{} finds something in a block that lacks what it needs: {:?}",
            rule.info().name,
            block.text
        );
    };
    if cfg!(debug_assertions) {
        needs::bits(needs::bits_below(TEXT_RULES.len()) & !by_needs).for_each(spared);
    }
    let mut eligible = by_needs & !silenced;
    while eligible != 0 {
        let i = eligible.trailing_zeros() as usize;
        eligible &= eligible - 1;
        if !needs.meets_concepts(&facts, i) {
            spared(i);
            continue;
        }
        if let Some(finding) = TEXT_RULES[i].check(block, ctx) {
            return Some(finding);
        }
    }
    None
}

/// The text rules that `--comments` silences, a bit each: the comment
/// rules but those of a thread's furniture.
static COMMENT_BOX_RULES: LazyLock<u64> = LazyLock::new(|| {
    TEXT_RULES
        .iter()
        .enumerate()
        .filter(|(_, rule)| is_comment_box_rule(rule.info()))
        .fold(0, |mask, (i, _)| mask | 1 << i)
});

/// A rule of the comments family that `--comments` silences.
fn is_comment_box_rule(rule: &RuleInfo) -> bool {
    rule.name.starts_with("comments/") && !is_thread_furniture(rule)
}

/// Rules of the comments family that remove a thread's furniture (a
/// poster's details, a post's controls), not a comment box. They stand
/// between the posts of a forum thread, so they apply when comments are
/// kept too, and removing them does not end the thread (`select::region`).
static THREAD_FURNITURE: [&RuleInfo; 2] = [&comments::USER_INFO, &post_control::POST_CONTROL];

pub fn is_thread_furniture(rule: &RuleInfo) -> bool {
    THREAD_FURNITURE.iter().any(|r| std::ptr::eq(*r, rule))
}

/// The first finding of the block rules for `block`.
pub fn check(block: &Block, ctx: &DocContext) -> Option<Finding> {
    let structured = matches!(block.kind, BlockKind::TableRow | BlockKind::Code);
    // Every DOM rule reads `block.dom`; a dump's blocks have none.
    let dom_finding = || {
        block.dom.and_then(|_| {
            DOM_RULES
                .iter()
                .filter(|rule| !ctx.keep_comments || !is_comment_box_rule(rule.info()))
                .find_map(|rule| rule.check(block, ctx))
        })
    };
    let silenced = if ctx.keep_comments {
        *COMMENT_BOX_RULES
    } else {
        0
    };
    let finding = dom_finding().or_else(|| {
        if structured {
            None
        } else {
            first_text_finding(block, ctx, silenced)
        }
    })?;
    // The byline box ("By Jane Doe", "March 3, 2024") goes either way, but
    // its author and date are the article's metadata.
    if std::ptr::eq(finding.rule, &dom::AUTHOR_BOX_INFO) && !structured {
        let meta = META_RULES.iter().find_map(|rule| rule.check(block, ctx));
        return meta.or(Some(finding));
    }
    Some(finding)
}

/// Whether `rule` is one of the DOM rules (what the page's elements say,
/// rather than what the text says).
pub fn is_dom_rule(rule: &RuleInfo) -> bool {
    DOM_RULES.iter().any(|r| std::ptr::eq(r.info(), rule))
}

/// Text rules that read metadata out of a block.
static META_RULES: &[&dyn Rule] = &[&meta::Byline, &meta::Dateline];

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::block::BlockKind;

    /// The finding of `rule` on a paragraph with `text`.
    pub fn check(rule: &dyn Rule, text: &str) -> Option<Finding> {
        let block = Block::new(text.to_string(), BlockKind::Paragraph, true);
        rule.check(&block, &DocContext::default())
    }

    pub fn hits(rule: &dyn Rule, text: &str) -> bool {
        check(rule, text).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_box_gives_its_author_to_the_metadata() {
        use crate::block::DomFeatures;
        use crate::lexicon::dom::Concept;
        let in_box = |text: &str| {
            let mut b = Block::new(text.into(), BlockKind::Paragraph, true);
            b.dom = Some(DomFeatures {
                concepts: Concept::AuthorBox.bit(),
                ..DomFeatures::default()
            });
            b
        };
        let ctx = DocContext::default();
        let byline = check(&in_box("By Morven Tait"), &ctx).unwrap();
        assert_eq!(byline.rule.name, "meta/byline");
        assert!(matches!(byline.effect, Effect::Meta(_)));
        let bio = "Morven Tait covers transport and the islands for the paper.";
        assert_eq!(
            check(&in_box(bio), &ctx).unwrap().rule.name,
            "credits/author-box-element"
        );
    }

    #[test]
    fn rule_names_are_unique_and_kebab_case() {
        let rules = all();
        let mut names: Vec<_> = rules.iter().map(|r| r.name).collect();
        for name in &names {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c == '/'),
                "{name}"
            );
            assert_eq!(name.matches('/').count(), 1, "{name} needs a family");
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), rules.len());
    }
}
