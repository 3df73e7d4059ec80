//! Removing the marks dump tools leave on a line.

use crate::block::BlockKind;

/// Characters dump tools put before list items.
const BULLETS: &[char] = &[
    '•', '*', '+', '·', '◦', '▪', '■', '□', '‣', '-', '–', '—', '○', '●',
];

/// Deepest markdown heading (`######`).
const MAX_HEADING_LEVEL: usize = 6;

/// The line's text without markup, and what kind of block it was; `None`
/// for lines with no letter or digit at all (blank lines, rules, lone
/// bullets), which carry no text to keep or remove.
pub fn strip(line: &str) -> Option<(String, BlockKind)> {
    let trimmed = line.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return None;
    }
    let indented = line.starts_with(char::is_whitespace);
    let (rest, kind) = markdown_heading(trimmed)
        .or_else(|| bullet(trimmed, indented))
        .unwrap_or((trimmed, BlockKind::Paragraph));
    let text = fold_whitespace(&strip_markdown_links(rest));
    text.chars()
        .any(char::is_alphanumeric)
        .then_some((text, kind))
}

fn markdown_heading(line: &str) -> Option<(&str, BlockKind)> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if hashes == 0 || hashes > MAX_HEADING_LEVEL {
        return None;
    }
    let rest = &line[hashes..];
    rest.starts_with(' ')
        .then(|| (rest.trim_start(), BlockKind::Heading(hashes as u8)))
}

/// lynx marks third-level items with "o"; only indented, so that a line
/// starting with the word "o" (Portuguese, Italian) is not taken for one.
fn bullet(line: &str, indented: bool) -> Option<(&str, BlockKind)> {
    let first = line.chars().next()?;
    let rest = if BULLETS.contains(&first) || (first == 'o' && indented) {
        &line[first.len_utf8()..]
    } else {
        return None;
    };
    // "-5 degrees" or "*emphasis*" is not a bullet: a bullet is followed by
    // white space.
    rest.starts_with(char::is_whitespace)
        .then(|| (rest.trim_start(), BlockKind::ListItem))
}

/// Markdown dumps (html2text) write images as `![alt](url)` and links as
/// `[text](url)`: an image is dropped, a link keeps its text.
fn strip_markdown_links(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains("](") {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let image = rest[..open].ends_with('!');
        let Some(close) = rest[open..].find("](").map(|c| open + c) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|e| close + e) else {
            break;
        };
        out.push_str(&rest[..if image { open - 1 } else { open }]);
        if !image {
            out.push_str(&rest[open + 1..close]);
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bullets_headings_and_indent() {
        assert_eq!(
            strip("  • An item"),
            Some(("An item".into(), BlockKind::ListItem))
        );
        assert_eq!(
            strip("   o lynx item"),
            Some(("lynx item".into(), BlockKind::ListItem))
        );
        assert_eq!(strip("## Sub"), Some(("Sub".into(), BlockKind::Heading(2))));
        assert_eq!(
            strip("   body\ttext  here"),
            Some(("body text here".into(), BlockKind::Paragraph))
        );
    }

    #[test]
    fn strips_markdown_images_and_link_targets() {
        assert_eq!(strip("![A photo](https://x.test/a.jpg)"), None);
        assert_eq!(
            strip("Read [the report](https://x.test/r) now").unwrap().0,
            "Read the report now"
        );
        assert_eq!(strip("A [bracket] stays").unwrap().0, "A [bracket] stays");
    }

    #[test]
    fn keeps_lookalikes() {
        assert_eq!(strip("-5 degrees").unwrap().1, BlockKind::Paragraph);
        assert_eq!(strip("#hashtag").unwrap().1, BlockKind::Paragraph);
    }

    #[test]
    fn drops_lines_without_text() {
        assert_eq!(strip("  *  "), None);
        assert_eq!(strip("----|----"), None);
    }
}
