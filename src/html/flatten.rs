//! Flattening absurdly deep nesting, and stripping absurdly long tags,
//! before the parser sees them.
//!
//! html5ever checks the stack of open elements on many tags, so a page
//! nested hundreds of thousands of elements deep takes quadratic time.
//! No real page needs more than a few hundred levels. Past `MAX_DEPTH`,
//! opening tags (and the closing tags that match them) are left out: the
//! text stays, only the useless nesting goes.

use super::parser::names::is_void;
use std::borrow::Cow;

/// Deepest nesting kept. Real pages stay under a few hundred levels;
/// html5ever is still fast at this depth.
pub const MAX_DEPTH: usize = 1000;

/// What a removed block element leaves behind.
const BREAK: &str = "<br>";

/// Elements whose content is raw text: tags inside are not tags.
fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "textarea" | "title" | "xmp" | "noscript" | "iframe"
    )
}

/// Longest tag kept whole. html5ever compares every attribute with the
/// ones before it, so a tag with 100,000 attributes takes seconds; real
/// tags are far below this.
pub const MAX_TAG_BYTES: usize = 16 * 1024;

/// What a cut tag is replaced with.
enum Replacement {
    Nothing,
    /// A line break, for a dropped block element.
    Break,
    /// The bare tag without its attributes.
    Bare(String),
}

/// `html` with tags past `MAX_DEPTH` removed and oversized tags stripped
/// of their attributes, or `None` when there is nothing to change (the
/// common case: the input is used as it is).
pub fn flatten(html: &str) -> Option<String> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut suppressed = 0usize;
    let mut cuts: Vec<(usize, usize, Replacement)> = Vec::new();
    // Where the last run of cut tags that left a line break ends.
    let mut break_run_end: Option<usize> = None;
    let mut pos = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[pos..]) {
        let start = pos + offset;
        let rest = &html[start + 1..];
        if rest.starts_with("!--") {
            pos = memchr::memmem::find(&bytes[start..], b"-->")
                .map_or(bytes.len(), |e| start + e + 3);
            continue;
        }
        let Some(end) = memchr::memchr(b'>', &bytes[start..]).map(|e| start + e + 1) else {
            break;
        };
        pos = end;
        let closing = rest.starts_with('/');
        let after = &rest[usize::from(closing)..];
        let name = &after[..after.bytes().take_while(u8::is_ascii_alphanumeric).count()];
        if name.is_empty() {
            continue;
        }
        // Tag names are nearly always lower case already.
        let name: Cow<str> = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name)
        };
        if closing {
            if suppressed > 0 && depth > MAX_DEPTH {
                suppressed -= 1;
                push_cut(
                    &mut cuts,
                    start,
                    end,
                    separation(&name, start, end, &mut break_run_end),
                );
            }
            depth = depth.saturating_sub(1);
            continue;
        }
        let oversized = end - start > MAX_TAG_BYTES;
        if is_void(&name) || html[start..end].ends_with("/>") {
            if oversized {
                cuts.push((start, end, Replacement::Bare(format!("<{name}>"))));
            }
            continue;
        }
        if is_raw_text(&name) {
            pos = raw_text_end(bytes, end, &name);
            continue;
        }
        depth += 1;
        if depth > MAX_DEPTH {
            suppressed += 1;
            push_cut(
                &mut cuts,
                start,
                end,
                separation(&name, start, end, &mut break_run_end),
            );
        } else if oversized {
            cuts.push((start, end, Replacement::Bare(format!("<{name}>"))));
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end, replacement) in cuts {
        out.push_str(&html[from..start]);
        match replacement {
            Replacement::Nothing => {}
            Replacement::Break => out.push_str(BREAK),
            Replacement::Bare(tag) => out.push_str(&tag),
        }
        from = end;
    }
    out.push_str(&html[from..]);
    Some(out)
}

/// Adds a cut; one that leaves nothing and starts where the last ends
/// widens the last, so a run of 200,000 cut tags is one cut.
fn push_cut(
    cuts: &mut Vec<(usize, usize, Replacement)>,
    start: usize,
    end: usize,
    replacement: Replacement,
) {
    match cuts.last_mut() {
        Some((_, last_end, _))
            if *last_end == start && matches!(replacement, Replacement::Nothing) =>
        {
            *last_end = end;
        }
        _ => cuts.push((start, end, replacement)),
    }
}

/// What a cut tag `name` at `start..end` leaves: a line break for a block
/// element, unless it continues a run of cut tags that already left one.
/// A run with nothing between its tags is one break: 200,000 nested
/// `<div>` must not become 400,000 `<br>`.
fn separation(
    name: &str,
    start: usize,
    end: usize,
    break_run_end: &mut Option<usize>,
) -> Replacement {
    if *break_run_end == Some(start) {
        *break_run_end = Some(end);
        return Replacement::Nothing;
    }
    if super::walk::is_block_level(name) {
        *break_run_end = Some(end);
        Replacement::Break
    } else {
        Replacement::Nothing
    }
}

/// Where the raw text of element `name` that starts at `from` ends: at its
/// closing tag, in any case, or at the end of the input.
fn raw_text_end(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(offset) = memchr::memmem::find(&bytes[at..], b"</") {
        let tag = at + offset + 2;
        let candidate = &bytes[tag..(tag + name.len()).min(bytes.len())];
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            return at + offset;
        }
        at = tag;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_left_alone() {
        assert_eq!(flatten("<div><p>Hi <br> there</p><img src=x></div>"), None);
    }

    #[test]
    fn deep_nesting_keeps_its_text() {
        let html = format!(
            "{}<p>deep text</p>{}",
            "<div>".repeat(5000),
            "</div>".repeat(5000)
        );
        let flat = flatten(&html).unwrap();
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("<br>deep text<br>"));
        // One break per run of dropped tags, not one per tag.
        assert_eq!(flat.matches("<br>").count(), 2);
    }

    #[test]
    fn oversized_tags_lose_their_attributes() {
        let attributes: String = (0..5000).map(|i| format!(" data-a{i}=\"v\"")).collect();
        let html = format!("<div{attributes}><p>kept</p></div><img{attributes}>");
        let flat = flatten(&html).unwrap();
        assert_eq!(flat, "<div><p>kept</p></div><img>");
    }

    #[test]
    fn tags_in_scripts_and_comments_do_not_count() {
        let html = format!(
            "<script>{}</script><!-- {} -->",
            "<div>".repeat(2000),
            "<div>".repeat(2000)
        );
        assert_eq!(flatten(&html), None);
    }
}
