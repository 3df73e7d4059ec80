//! Turning an `Article` into output: plain text, JSON, or the explain view.

mod explain;
mod json;
mod markdown;

pub use explain::{explain, explain_json};
pub use json::json;
pub use markdown::markdown;

use crate::article::Article;
use crate::block::BlockKind;

/// Prefix of a list item in text output.
const LIST_BULLET: &str = "• ";

/// The headline, a blank line, then the body: paragraphs separated by a
/// blank line, list items and table rows one per line.
pub fn text(article: &Article) -> String {
    let body = body_text(article);
    match article.title() {
        Some(title) if body.is_empty() => format!("{title}\n"),
        Some(title) => format!("{title}\n\n{body}"),
        None => body,
    }
}

/// The body without the headline, ending in a newline (empty if none).
pub fn body_text(article: &Article) -> String {
    let mut out = String::new();
    let mut previous: Option<BlockKind> = None;
    for block in article.body() {
        if let Some(prev) = previous {
            let same_run = prev == block.kind
                && matches!(
                    prev,
                    BlockKind::ListItem | BlockKind::TableRow | BlockKind::Line
                );
            out.push_str(if same_run { "\n" } else { "\n\n" });
        }
        if block.kind == BlockKind::ListItem {
            out.push_str(LIST_BULLET);
        }
        out.push_str(block.text);
        previous = Some(block.kind);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}
