//! Removing the marks dump tools leave on a line.

use crate::block::BlockKind;
use crate::letters;

/// Characters dump tools put before list items.
pub(super) const BULLETS: &[char] = &[
    '•', '*', '+', '·', '◦', '▪', '■', '□', '‣', '-', '–', '—', '○', '●',
];

/// Deepest markdown heading (`######`).
const MAX_HEADING_LEVEL: usize = 6;

/// The line's text without markup, and what kind of block it was; `None`
/// for lines with no letter or digit at all (blank lines, rules, lone
/// bullets), which carry no text to keep or remove.
pub fn strip(line: &str) -> Option<(String, BlockKind)> {
    let trimmed = crate::whitespace::trim(line);
    if !trimmed.chars().any(letters::is_alphanumeric) {
        return None;
    }
    let indented = line.starts_with(char::is_whitespace);
    let (rest, kind) = markdown_heading(trimmed)
        .or_else(|| bullet(trimmed, indented))
        .unwrap_or((trimmed, BlockKind::Paragraph));
    let text = crate::whitespace::fold(&strip_markdown_links(rest));
    text.chars()
        .any(letters::is_alphanumeric)
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
/// `[text](url)` (images inside links too: `[![alt](a.jpg)](/story)`): an
/// image is dropped, a link keeps its text. Brackets that are not a link
/// ("Figure [1]") stay as they are.
pub fn strip_links(s: &str) -> String {
    strip_markdown_links(s).into_owned()
}

/// `strip_links`, borrowing when there is nothing to strip.
fn strip_markdown_links(s: &str) -> std::borrow::Cow<'_, str> {
    // A byte scan for the bracket first: most lines have none, and
    // `contains` sets up a substring search for every line.
    let has_link =
        memchr::memchr_iter(b']', s.as_bytes()).any(|i| s.as_bytes().get(i + 1) == Some(&b'('));
    if !has_link {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = s.to_string();
    // Innermost links first, so nested images resolve before their link.
    while let Some((start, end, keep)) = innermost_link(&out) {
        out.replace_range(start..end, &keep);
    }
    std::borrow::Cow::Owned(out)
}

/// The first `[text](url)` or `![alt](url)` whose text holds no bracket:
/// its byte range and what replaces it.
fn innermost_link(s: &str) -> Option<(usize, usize, String)> {
    let mut search = 0;
    while let Some(rel) = s[search..].find("](") {
        let close = search + rel;
        search = close + 2;
        let Some(open) = s[..close]
            .rfind(['[', ']'])
            .filter(|&o| s[o..].starts_with('['))
        else {
            continue;
        };
        let Some(target_len) = url_end(&s[close + 2..]) else {
            continue;
        };
        let url_end = close + 2 + target_len;
        let image = s[..open].ends_with('!');
        let start = if image { open - 1 } else { open };
        let keep = if image {
            String::new()
        } else {
            s[open + 1..close].to_string()
        };
        return Some((start, url_end + 1, keep));
    }
    None
}

/// The index of the `)` that closes a link target, counting nested
/// parentheses (`…/Mercury_(planet))`).
fn url_end(target: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in target.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            c if c.is_whitespace() => return None,
            _ => {}
        }
    }
    None
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
        assert_eq!(
            strip("Figure [1] shows the [chart](https://x.test/c)")
                .unwrap()
                .0,
            "Figure [1] shows the chart"
        );
        assert_eq!(strip("[![alt](a.jpg)](/story) Title").unwrap().0, "Title");
        assert_eq!(
            strip("See [Mercury](https://x.test/Mercury_(planet)) tonight")
                .unwrap()
                .0,
            "See Mercury tonight"
        );
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
