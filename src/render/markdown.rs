//! Markdown output: the headline as `#`, then the body with its
//! structure (headings, lists, quotes, code, tables) and, from HTML, its
//! inline emphasis and code; links only when asked for.

use crate::article::Article;
use crate::block::BlockKind;

/// Renders the article as markdown. Without `links`, `[text](url)` keeps
/// only its text.
pub fn markdown(article: &Article, links: bool) -> String {
    let mut out = String::new();
    if let Some(title) = article.title() {
        out.push_str("# ");
        out.push_str(title);
    }
    let mut previous: Option<BlockKind> = None;
    let mut table_rows = 0usize;
    for block in article.body() {
        let continues_run = matches!(
            (previous, block.kind),
            (Some(BlockKind::ListItem), BlockKind::ListItem)
                | (Some(BlockKind::TableRow), BlockKind::TableRow)
                | (Some(BlockKind::Quote), BlockKind::Quote)
                | (Some(BlockKind::Line), BlockKind::Line)
        );
        if !out.is_empty() {
            out.push_str(match (continues_run, block.kind) {
                // Each block of a quotation is a paragraph of it.
                (true, BlockKind::Quote) => "\n>\n",
                (true, _) => "\n",
                (false, _) => "\n\n",
            });
        }
        if block.kind != BlockKind::TableRow || !continues_run {
            table_rows = 0;
        }
        let inline = block.markdown.unwrap_or(block.text);
        let inline = if links {
            inline.to_string()
        } else {
            crate::text::strip_links(inline)
        };
        match block.kind {
            BlockKind::Heading(level) => {
                // The headline is the only `#`; body headings start at `##`.
                let hashes = "#".repeat(usize::from(level.clamp(2, 6)));
                out.push_str(&format!("{hashes} {inline}"));
            }
            BlockKind::ListItem => out.push_str(&format!("- {inline}")),
            BlockKind::Quote => out.push_str(&format!("> {inline}")),
            BlockKind::Code => out.push_str(&format!("```\n{}\n```", block.text)),
            BlockKind::TableRow => {
                out.push_str(&format!("| {inline} |"));
                if table_rows == 0 {
                    let cells = inline.matches(" | ").count() + 1;
                    out.push('\n');
                    out.push_str(&format!("|{}", " --- |".repeat(cells)));
                }
                table_rows += 1;
            }
            BlockKind::Paragraph => out.push_str(&inline),
            // Markdown needs two trailing spaces to keep a line break.
            BlockKind::Line => out.push_str(&format!("{inline}  ")),
        }
        previous = Some(block.kind);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_structure_and_inline_markup() {
        let html = r#"<html><head><title>Plan | Site</title></head><body><article>
            <h1>City adopts a new transport plan</h1>
            <p>The council voted on <em>Tuesday</em> to adopt the plan, which has been <a href="/x">debated</a> for years and will now go ahead.</p>
            <h2>What changes</h2><ul><li>More buses</li><li>Fewer cars</li></ul>
            <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>12m</td></tr></table>
            <p>The first routes will open next spring, the council said in a statement on its website.</p>
            </article></body></html>"#;
        let article = crate::clean(html.as_bytes(), &crate::Options::default()).unwrap();
        let md = markdown(&article, false);
        assert!(
            md.starts_with("# City adopts a new transport plan\n"),
            "{md}"
        );
        assert!(md.contains("on *Tuesday* to adopt"), "{md}");
        assert!(md.contains("has been debated for"), "{md}");
        assert!(
            md.contains("## What changes\n\n- More buses\n- Fewer cars"),
            "{md}"
        );
        assert!(
            md.contains("| Year | Cost |\n| --- | --- |\n| 2025 | 12m |"),
            "{md}"
        );
        assert!(markdown(&article, true).contains("[debated](/x)"));
    }

    #[test]
    fn paragraphs_of_a_quotation_stay_apart_inside_it() {
        let html = r#"<html><body><article><h1>Readers write about the harbour plan</h1>
            <p>The letters page filled up this week with views on the plan for the old harbour district.</p>
            <blockquote><p>The quay walls are older than the council thinks.</p><p>Nobody has asked the ferry crews.</p></blockquote>
            <p>The council will answer the letters at its open session in March, a spokesman said.</p>
            </article></body></html>"#;
        let article = crate::clean(html.as_bytes(), &crate::Options::default()).unwrap();
        let md = markdown(&article, false);
        assert!(
            md.contains(
                "\n\n> The quay walls are older than the council thinks.\n>\n> Nobody has asked the ferry crews.\n\n"
            ),
            "{md}"
        );
    }
}
