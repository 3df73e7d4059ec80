//! Rejoining hard-wrapped paragraphs.
//!
//! w3m (and lynx past its width) break long paragraphs into lines of at
//! most W columns. Line-based rules then see sentence fragments. A line
//! was wrapped when the next line's first word would not have fitted after
//! it within W: that test finds the breaks without knowing the tool.

use super::width::display_width;
use crate::features::is_cjk;
use std::borrow::Cow;

/// Narrowest wrap width we believe in; narrower "wrapping" is a column of
/// short lines (a menu), not a paragraph.
const MIN_WRAP_WIDTH: usize = 40;

/// Wrapped lines needed before we accept a width: one or two long lines
/// followed by text happen in any dump. Only breaks inside a sentence
/// count: a wrapper breaks wherever the width runs out, so most of its
/// breaks fall mid-sentence, while full sentences that happen to be long
/// (a paragraph per line, then "Advertisement:") end in punctuation.
const MIN_WRAPPED_LINES: usize = 3;

/// How many of the longest distinct line widths we try as the wrap width.
/// The very longest line can be an unbreakable URL longer than W.
const WIDTH_CANDIDATES: usize = 4;

/// A wrapped line fills at least this share of the width; a shorter line
/// followed by a long word is a short line, not a wrap.
const MIN_FILL: f32 = 0.5;

pub fn join_wrapped<'a>(lines: &[&'a str]) -> Vec<Cow<'a, str>> {
    let widths: Vec<usize> = lines
        .iter()
        .map(|l| display_width(crate::whitespace::trim_end(l)))
        .collect();
    let Some(wrap) = detect_width(lines, &widths) else {
        return lines.iter().map(|&l| Cow::Borrowed(l)).collect();
    };
    let mut out: Vec<Cow<'a, str>> = Vec::with_capacity(lines.len());
    let mut joining = false;
    for (i, &line) in lines.iter().enumerate() {
        match out.last_mut() {
            Some(last) if joining => {
                append_continuation(last.to_mut(), crate::whitespace::trim(line))
            }
            _ => out.push(Cow::Borrowed(line)),
        }
        joining = continues(lines, &widths, i, wrap);
    }
    out
}

fn append_continuation(line: &mut String, next: &str) {
    let glue_cjk =
        line.chars().next_back().is_some_and(is_cjk) && next.chars().next().is_some_and(is_cjk);
    let trimmed_len = line.trim_end().len();
    line.truncate(trimmed_len);
    if !glue_cjk {
        line.push(' ');
    }
    line.push_str(next);
}

/// Line `i` was broken by the wrapper: it is full enough and the next
/// line's first word would not have fitted after it.
fn continues(lines: &[&str], widths: &[usize], i: usize, wrap: usize) -> bool {
    // The widths first: `detect_width` tries several widths on every
    // line, and most lines are too short or too long for any of them.
    if widths[i] > wrap || widths[i] as f32 <= wrap as f32 * MIN_FILL {
        return false;
    }
    let Some(next) = lines.get(i + 1) else {
        return false;
    };
    let next = crate::whitespace::trim(next);
    if next.is_empty() || starts_with_bullet(next) {
        return false;
    }
    let first_word = next.split_whitespace().next().unwrap_or("");
    let first_width = if first_word.chars().next().is_some_and(is_cjk) {
        2
    } else {
        display_width(first_word)
    };
    widths[i] + 1 + first_width > wrap
}

/// A list item or markdown heading starts its own line, never a wrapped one.
fn starts_with_bullet(line: &str) -> bool {
    line.starts_with(super::markup::BULLETS) || line.starts_with('#')
}

fn detect_width(lines: &[&str], widths: &[usize]) -> Option<usize> {
    let mut distinct: Vec<usize> = widths
        .iter()
        .copied()
        .filter(|&w| w >= MIN_WRAP_WIDTH)
        .collect();
    if distinct.is_empty() {
        return None;
    }
    distinct.sort_unstable_by(|a, b| b.cmp(a));
    distinct.dedup();
    // A line no wider than the least fill of the narrowest width ends no
    // wrapped line at any width: a dump's menus and labels are left out
    // once, not for each width tried.
    let may_continue: Vec<usize> = (0..lines.len())
        .filter(|&i| widths[i] as f32 > MIN_WRAP_WIDTH as f32 * MIN_FILL)
        .collect();
    distinct.into_iter().take(WIDTH_CANDIDATES).find(|&wrap| {
        may_continue
            .iter()
            .filter(|&&i| continues(lines, widths, i, wrap) && !ends_sentence(lines[i]))
            .take(MIN_WRAPPED_LINES)
            .count()
            >= MIN_WRAPPED_LINES
    })
}

/// Punctuation that closes a sentence, before closing quotes, brackets
/// and tags.
fn ends_sentence(line: &str) -> bool {
    crate::features::sentence_end(line).ends_with(['.', '!', '?', ':', '。', '！', '？'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, width: usize) -> Vec<String> {
        let mut lines = vec![String::new()];
        for word in text.split(' ') {
            let last = lines.last_mut().unwrap();
            if !last.is_empty() && last.len() + 1 + word.len() > width {
                lines.push(word.to_string());
            } else {
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(word);
            }
        }
        lines
    }

    #[test]
    fn rejoins_paragraphs_wrapped_at_a_fixed_width() {
        let para = "The council voted on Tuesday to expand the tram network into the northern districts, a plan that has been debated for more than a decade and that critics say will cost far more than the city can afford over the coming years.";
        let mut lines = vec!["Home", "News", ""];
        let wrapped = wrap(para, 60);
        lines.extend(wrapped.iter().map(String::as_str));
        lines.push("");
        let wrapped2 = wrap(para, 60);
        lines.extend(wrapped2.iter().map(String::as_str));
        let joined = join_wrapped(&lines);
        assert_eq!(joined[3], para);
        assert_eq!(joined[5], para);
        assert_eq!(joined[0], "Home");
    }

    #[test]
    fn leaves_unwrapped_dumps_alone() {
        let lines = [
            "A short line",
            "Another short line",
            "",
            "A paragraph that ends here.",
        ];
        let joined = join_wrapped(&lines);
        assert_eq!(joined.len(), 4);
    }

    #[test]
    fn long_sentences_of_like_width_are_not_a_wrap() {
        let lines = [
            "The minutes ran to a second page and ended there.",
            "Advertisement:",
            "The council met again and agreed on the budget.",
            "Newsletter",
            "The vote was close, and the bell rang twice in the hall.",
            "Share",
        ];
        assert_eq!(join_wrapped(&lines), lines);
    }
}
