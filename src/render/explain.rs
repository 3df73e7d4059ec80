//! The explain view: every block in order, with what became of it.

use crate::article::{Article, Disposition};
use std::fmt::Write;

/// Width of the rule-name column.
const RULE_COLUMN: usize = 22;

/// One line per block: `TITLE`, `KEEP`, or `DROP <rule>`, then the text.
/// Trimmed labels are listed as `TRIM <rule>` before their block.
pub fn explain(article: &Article) -> String {
    let mut out = String::new();
    for (i, (block, disposition)) in article.blocks.iter().zip(&article.dispositions).enumerate() {
        for trim in article.trims.iter().filter(|t| t.block == i) {
            let _ = writeln!(
                out,
                "TRIM  {:<w$} {}",
                trim.rule.name,
                trim.text,
                w = RULE_COLUMN
            );
        }
        let (tag, rule) = match disposition {
            Disposition::Title => ("TITLE", ""),
            Disposition::Body => ("KEEP", ""),
            Disposition::Removed { rule, .. } => ("DROP", rule.name),
        };
        let _ = writeln!(out, "{tag:<5} {rule:<w$} {}", block.text, w = RULE_COLUMN);
    }
    let meta = &article.metadata;
    for (key, value) in meta.fields() {
        let _ = writeln!(out, "META  {key:<w$} {value}", w = RULE_COLUMN);
    }
    out
}

/// The explain view for JSON: `[{text, disposition, rule?}]` per block.
pub fn explain_json(article: &Article) -> serde_json::Value {
    let blocks = article
        .blocks
        .iter()
        .zip(&article.dispositions)
        .map(|(block, disposition)| match disposition {
            Disposition::Title => serde_json::json!({"text": block.text, "disposition": "title"}),
            Disposition::Body => serde_json::json!({"text": block.text, "disposition": "body"}),
            Disposition::Removed { rule, evidence } => serde_json::json!({
                "text": block.text,
                "disposition": "removed",
                "rule": rule.name,
                "evidence": evidence,
            }),
        })
        .collect();
    serde_json::Value::Array(blocks)
}
