//! The result of cleaning one document.

use crate::block::{Block, BlockKind};
use crate::input::Format;
use crate::rules::RuleInfo;
use std::borrow::Cow;

/// What became of a block. A block cannot be removed without a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disposition {
    Title,
    Body,
    Removed {
        rule: &'static RuleInfo,
        /// What the rule saw: the phrase it matched, or a fixed reason.
        /// Borrowed when fixed, so that removing most of a page's blocks
        /// as "before the article" copies nothing.
        evidence: Cow<'static, str>,
    },
}

/// Facts about the document found on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub byline: Option<String>,
    /// ISO 8601 where the source date could be read.
    pub date: Option<String>,
    /// ISO 639-1 code of the declared or detected language.
    pub language: Option<String>,
    /// The headline the page's metadata gives (HTML), used when no block
    /// of the page is the headline.
    pub title: Option<String>,
    pub site_name: Option<String>,
    /// Canonical URL (HTML).
    pub url: Option<String>,
    pub description: Option<String>,
}

impl Metadata {
    /// The fields that are set, as (name, value), in output order.
    pub fn fields(&self) -> Vec<(&'static str, &str)> {
        [
            ("byline", &self.byline),
            ("date", &self.date),
            ("language", &self.language),
            ("site_name", &self.site_name),
            ("url", &self.url),
            ("description", &self.description),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().map(|v| (k, v)))
        .collect()
    }
}

/// A piece of text removed from inside a kept block (a field label).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trim {
    pub block: usize,
    pub text: String,
    pub rule: &'static RuleInfo,
}

/// One cleaned document: every block with its disposition.
#[derive(Debug, Clone)]
pub struct Article {
    pub blocks: Vec<Block>,
    pub dispositions: Vec<Disposition>,
    pub trims: Vec<Trim>,
    pub metadata: Metadata,
    pub format: Format,
    /// WHATWG name of the encoding the input was decoded from.
    pub encoding: &'static str,
}

/// A kept body block, as renderers see it.
#[derive(Debug, Clone, Copy)]
pub struct BodyBlock<'a> {
    pub text: &'a str,
    pub kind: BlockKind,
    /// The text with inline markdown, when the source had any.
    pub markdown: Option<&'a str>,
}

impl Article {
    /// The headline: the block chosen as headline, else the one the page's
    /// metadata gives; none for a page without an article.
    pub fn title(&self) -> Option<&str> {
        let block = self
            .dispositions
            .iter()
            .position(|d| *d == Disposition::Title)
            .map(|i| self.blocks[i].text.as_str());
        block.or(if self.is_empty() {
            None
        } else {
            self.metadata.title.as_deref()
        })
    }

    pub fn body(&self) -> impl Iterator<Item = BodyBlock<'_>> {
        self.blocks
            .iter()
            .zip(&self.dispositions)
            .filter(|(_, d)| **d == Disposition::Body)
            .map(|(b, _)| BodyBlock {
                text: &b.text,
                kind: b.kind,
                markdown: b.markdown.as_deref(),
            })
    }

    /// Removed blocks and trimmed labels, in document order.
    pub fn removed(&self) -> Vec<(&str, &'static RuleInfo)> {
        let mut out: Vec<(usize, &str, &'static RuleInfo)> = self
            .blocks
            .iter()
            .zip(&self.dispositions)
            .enumerate()
            .filter_map(|(i, (b, d))| match d {
                Disposition::Removed { rule, .. } => Some((i, b.text.as_str(), *rule)),
                _ => None,
            })
            .collect();
        out.extend(
            self.trims
                .iter()
                .map(|t| (t.block, t.text.as_str(), t.rule)),
        );
        out.sort_by_key(|&(i, _, _)| i);
        out.into_iter()
            .map(|(_, text, rule)| (text, rule))
            .collect()
    }

    /// No article text was found.
    pub fn is_empty(&self) -> bool {
        self.body().next().is_none()
    }
}
