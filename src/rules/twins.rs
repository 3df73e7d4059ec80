//! The rules over a page, each distinct short block checked once.
//!
//! Pages repeat their short blocks: a menu at the top and the bottom,
//! "Share" under every post, "Advertisement" between paragraphs, the same
//! label on every teaser. A fifth of the lines of a typical dump stand
//! earlier on the same page. The rules read a block's text, kind and DOM
//! features and nothing else, so a block whose twin came earlier gets the
//! twin's finding without running the rules again.

use super::{DocContext, Finding};
use crate::block::Block;
use crate::budget::Budget;
use crate::input::InputError;
use std::hash::BuildHasher;

/// Longest block, in bytes, looked up among its earlier twins. Repeated
/// blocks are labels and menu lines; a long paragraph seldom repeats, and
/// most rules turn it down at its word count anyway.
const TWIN_MAX_BYTES: usize = 200;

/// Most distinct short blocks remembered per page (1 MB of table), so
/// that a page of a million distinct lines does not hold a table of all
/// of them. Blocks past it are still found as twins of the ones
/// remembered.
const MAX_REMEMBERED: usize = 1 << 16;

/// The rules' finding for each block of a page (`super::check`), in
/// order. Drops each block's derived forms once it is checked.
pub fn check_each(
    blocks: &mut [Block],
    ctx: &DocContext,
    budget: &Budget,
) -> Result<Vec<Option<Finding>>, InputError> {
    let hasher = foldhash::fast::FixedState::default();
    // Block index by the hash of its text, kind and DOM features.
    let mut first_by_hash: foldhash::HashMap<u64, usize> = foldhash::HashMap::default();
    let mut findings: Vec<Option<Finding>> = Vec::with_capacity(blocks.len());
    for i in 0..blocks.len() {
        budget.tick()?;
        let block = &blocks[i];
        let key = (block.text.len() <= TWIN_MAX_BYTES)
            .then(|| hasher.hash_one((&block.text, block.kind, block.dom)));
        let twin = key
            .and_then(|key| first_by_hash.get(&key).copied())
            .filter(|&j| is_twin(&blocks[j], block));
        if let Some(j) = twin {
            findings.push(findings[j].clone());
            continue;
        }
        findings.push(super::check(block, ctx));
        blocks[i].forget_derived();
        if let Some(key) = key
            && first_by_hash.len() < MAX_REMEMBERED
        {
            first_by_hash.entry(key).or_insert(i);
        }
    }
    Ok(findings)
}

/// The rules cannot tell `a` from `b`.
fn is_twin(a: &Block, b: &Block) -> bool {
    a.text == b.text && a.kind == b.kind && a.dom == b.dom
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::{BlockKind, DomFeatures};

    fn block(text: &str, kind: BlockKind) -> Block {
        Block::new(text.to_string(), kind, true)
    }

    #[test]
    fn twins_get_the_findings_the_rules_give() {
        let mut blocks = vec![
            block("Share this article", BlockKind::Paragraph),
            block(
                "The harbour will close for a week in May.",
                BlockKind::Paragraph,
            ),
            block("Share this article", BlockKind::Paragraph),
            block("Share this article", BlockKind::Heading(2)),
            block(
                "The harbour will close for a week in May.",
                BlockKind::Paragraph,
            ),
        ];
        let mut in_nav = block("Share this article", BlockKind::Paragraph);
        in_nav.dom = Some(DomFeatures {
            concepts: crate::lexicon::dom::Concept::Navigation.bit(),
            ..DomFeatures::default()
        });
        blocks.push(in_nav);
        let ctx = DocContext::default();
        let expected: Vec<_> = blocks
            .iter()
            .map(|b| super::super::check(b, &ctx))
            .collect();
        let found = check_each(&mut blocks, &ctx, &Budget::unlimited()).unwrap();
        assert_eq!(found, expected);
        assert!(found[0].is_some() && found[1].is_none());
    }
}
