//! The rules over a page, each distinct short block checked once.
//!
//! The rules read a block's text, kind and DOM features and nothing else,
//! so a block whose twin came earlier on the page (`crate::seen`) gets the
//! twin's finding without running the rules again.

use super::{DocContext, Finding};
use crate::block::{Block, SpareForms};
use crate::budget::Budget;
use crate::input::InputError;
use crate::seen::FirstSeen;

/// The rules' finding for each block of a page (`super::check`), in
/// order. Drops each block's derived forms once it is checked, and makes
/// the next block's in their buffers.
pub fn check_each(
    blocks: &mut [Block],
    ctx: &DocContext,
    budget: &Budget,
) -> Result<Vec<Option<Finding>>, InputError> {
    let mut seen = FirstSeen::with_capacity(blocks.len());
    let mut findings: Vec<Option<Finding>> = Vec::with_capacity(blocks.len());
    let mut spare = SpareForms::default();
    for i in 0..blocks.len() {
        budget.tick()?;
        let block = &blocks[i];
        let key = seen.key(&block.text, (&block.text, block.kind, block.dom));
        let twin = seen.get(key).filter(|&j| is_twin(&blocks[j], block));
        if let Some(j) = twin {
            findings.push(findings[j].clone());
            continue;
        }
        blocks[i].reuse_forms(std::mem::take(&mut spare));
        findings.push(super::check(&blocks[i], ctx));
        spare = blocks[i].forget_derived();
        seen.remember(key, i);
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
