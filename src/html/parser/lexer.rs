//! Splits HTML source into tags, text and comments, a byte scan at a
//! time: text runs to the next `<` (found with memchr), a tag to its `>`.
//!
//! It follows the HTML standard's tokenizer where a page's text depends
//! on it (character references, attribute quoting, comments, bogus
//! markup, raw-text elements) and leaves out what only a validator sees
//! (parse errors, a doctype's identifiers).

use super::charref::{self, Context};
use html5ever::{Attribute, LocalName, QualName, ns};
use std::borrow::Cow;

/// Most attributes read from one tag; real tags have a few dozen at most,
/// and each new one is compared with those before (the first of two
/// with one name counts).
pub const MAX_ATTRIBUTES: usize = 256;

pub enum Token<'a> {
    Start {
        name: Cow<'a, str>,
        /// Names in lower case, values decoded.
        attrs: Vec<Attribute>,
        self_closing: bool,
    },
    End {
        name: Cow<'a, str>,
    },
    /// Text as written, character references not yet decoded.
    Text(&'a str),
}

pub struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// `s` in ASCII lower case; borrowed when it already is.
fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer { src, pos: 0 }
    }

    /// Bytes read so far.
    pub fn position(&self) -> usize {
        self.pos
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    /// The content of a raw-text element (`<script>`, `<style>`,
    /// `<textarea>`…) up to its end tag, which is consumed too. Tags
    /// inside are text.
    pub fn raw_text(&mut self, name: &str) -> &'a str {
        let bytes = self.bytes();
        let start = self.pos;
        let end = if name == "script" {
            script_end(bytes, start)
        } else {
            let mut from = start;
            loop {
                let Some(lt) = memchr::memmem::find(&bytes[from..], b"</") else {
                    break None;
                };
                let at = from + lt;
                if tag_at(bytes, at + 2, name.as_bytes()) {
                    break Some(at);
                }
                from = at + 2;
            }
        };
        let Some(at) = end else {
            self.pos = bytes.len();
            return &self.src[start..];
        };
        let name_end = at + 2 + name.len();
        self.pos = match memchr::memchr(b'>', &bytes[name_end..]) {
            Some(gt) => name_end + gt + 1,
            None => bytes.len(),
        };
        &self.src[start..at]
    }

    /// Everything left, as text (`<plaintext>`).
    pub fn rest(&mut self) -> &'a str {
        let start = self.pos;
        self.pos = self.src.len();
        &self.src[start..]
    }

    /// Skips to just after the next `>` (a bogus comment, a doctype).
    fn skip_past_gt(&mut self, from: usize) {
        self.pos = match memchr::memchr(b'>', &self.bytes()[from..]) {
            Some(gt) => from + gt + 1,
            None => self.src.len(),
        };
    }

    /// `<!-- … -->`, with the standard's short forms `<!-->` and `<!--->`.
    fn comment(&mut self) {
        let bytes = self.bytes();
        let start = self.pos + 4;
        if bytes[start..].starts_with(b">") {
            self.pos = start + 1;
        } else if bytes[start..].starts_with(b"->") {
            self.pos = start + 2;
        } else {
            // "-->" ends it, and so does the mistyped "--!>".
            let mut from = start;
            self.pos = loop {
                let Some(dashes) = memchr::memmem::find(&bytes[from..], b"--") else {
                    break bytes.len();
                };
                let at = from + dashes + 2;
                match bytes.get(at) {
                    Some(b'>') => break at + 1,
                    Some(b'!') if bytes.get(at + 1) == Some(&b'>') => break at + 2,
                    _ => from = at - 1,
                }
            };
        }
    }

    fn start_tag(&mut self) -> Option<Token<'a>> {
        let bytes = self.bytes();
        let src = self.src;
        let name_start = self.pos + 1;
        let mut i = name_start;
        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
            i += 1;
        }
        let name = lower(&src[name_start..i]);
        let mut attrs: Vec<Attribute> = Vec::new();
        let mut self_closing = false;
        loop {
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            match bytes.get(i) {
                // A tag cut off by the end of the page is no tag.
                None => {
                    self.pos = bytes.len();
                    return None;
                }
                Some(b'>') => {
                    i += 1;
                    break;
                }
                Some(b'/') => {
                    i += 1;
                    self_closing = bytes.get(i) == Some(&b'>');
                    continue;
                }
                Some(_) => {}
            }
            self_closing = false;
            // A name may start with '='; it runs to space, '/', '>' or '='.
            let attr_start = i;
            i += 1;
            while i < bytes.len() && !matches!(bytes[i], b'/' | b'>' | b'=') && !is_space(bytes[i])
            {
                i += 1;
            }
            let attr_name = &src[attr_start..i];
            let mut j = i;
            while j < bytes.len() && is_space(bytes[j]) {
                j += 1;
            }
            let mut value: &'a str = "";
            if bytes.get(j) == Some(&b'=') {
                j += 1;
                while j < bytes.len() && is_space(bytes[j]) {
                    j += 1;
                }
                match bytes.get(j) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let Some(end) = memchr::memchr(q, &bytes[j + 1..]) else {
                            self.pos = bytes.len();
                            return None;
                        };
                        value = &src[j + 1..j + 1 + end];
                        j += end + 2;
                    }
                    _ => {
                        let start = j;
                        while j < bytes.len() && !is_space(bytes[j]) && bytes[j] != b'>' {
                            j += 1;
                        }
                        value = &src[start..j];
                    }
                }
                i = j;
            }
            if attrs.len() < MAX_ATTRIBUTES {
                let local = LocalName::from(&*lower(attr_name));
                if !attrs.iter().any(|a| a.name.local == local) {
                    attrs.push(Attribute {
                        name: QualName::new(None, ns!(), local),
                        value: (&*charref::decode(value, Context::Attribute)).into(),
                    });
                }
            }
        }
        self.pos = i;
        Some(Token::Start {
            name,
            attrs,
            self_closing,
        })
    }

    fn end_tag(&mut self) -> Option<Token<'a>> {
        let bytes = self.bytes();
        let name_start = self.pos + 2;
        let mut i = name_start;
        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
            i += 1;
        }
        let name = lower(&self.src[name_start..i]);
        match memchr::memchr(b'>', &bytes[i..]) {
            Some(gt) => {
                self.pos = i + gt + 1;
                Some(Token::End { name })
            }
            None => {
                self.pos = bytes.len();
                None
            }
        }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let bytes = self.bytes();
        loop {
            if self.pos >= bytes.len() {
                return None;
            }
            if !opens_markup(bytes, self.pos) {
                let start = self.pos;
                let mut from = start;
                // A '<' that opens no markup is text.
                loop {
                    let end =
                        memchr::memchr(b'<', &bytes[from..]).map_or(bytes.len(), |e| from + e);
                    if end >= bytes.len() || opens_markup(bytes, end) {
                        self.pos = end;
                        return Some(Token::Text(&self.src[start..end]));
                    }
                    from = end + 1;
                }
            }
            let next = bytes.get(self.pos + 1).copied();
            match next {
                Some(b) if b.is_ascii_alphabetic() => {
                    if let Some(token) = self.start_tag() {
                        return Some(token);
                    }
                }
                Some(b'/') => match bytes.get(self.pos + 2) {
                    Some(b) if b.is_ascii_alphabetic() => {
                        if let Some(token) = self.end_tag() {
                            return Some(token);
                        }
                    }
                    // "</>" is nothing.
                    Some(b'>') => self.pos += 3,
                    // Bogus comment, or "</" at the end of the page.
                    Some(_) => self.skip_past_gt(self.pos + 2),
                    None => {
                        let start = self.pos;
                        self.pos = bytes.len();
                        return Some(Token::Text(&self.src[start..]));
                    }
                },
                Some(b'!') if bytes[self.pos..].starts_with(b"<!--") => self.comment(),
                // Doctype, CDATA in HTML, other declarations.
                Some(b'!' | b'?') => self.skip_past_gt(self.pos + 2),
                _ => unreachable!("text ends only before markup"),
            }
        }
    }
}

/// Whether `bytes` at `at` spell `name` (any case) followed by the end of
/// a tag name.
fn tag_at(bytes: &[u8], at: usize, name: &[u8]) -> bool {
    let end = at + name.len();
    bytes.len() >= end
        && bytes[at..end].eq_ignore_ascii_case(name)
        && bytes
            .get(end)
            .is_none_or(|&b| is_space(b) || b == b'/' || b == b'>')
}

/// Where a script's content ends: at the `</script` that closes it. Old
/// pages hide a script in a comment and write another script from it
/// (`<!-- document.write("<script src=…></script>") -->`): inside the
/// comment, a `<script` opens a nested one whose `</script>` is text, as
/// the standard's escaped states read it.
fn script_end(bytes: &[u8], from: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    let mut i = from;
    while let Some(found) = memchr::memchr2(b'<', b'-', &bytes[i..]) {
        let at = i + found;
        i = at + 1;
        if bytes[at] == b'-' {
            if state != State::Data && bytes[at..].starts_with(b"-->") {
                state = State::Data;
                i = at + 3;
            }
            continue;
        }
        let closes = bytes.get(at + 1) == Some(&b'/') && tag_at(bytes, at + 2, b"script");
        match state {
            State::Data if bytes[at..].starts_with(b"<!--") => {
                state = State::Escaped;
                i = at + 4;
            }
            State::Data | State::Escaped if closes => return Some(at),
            State::Escaped if tag_at(bytes, at + 1, b"script") => state = State::DoubleEscaped,
            State::DoubleEscaped if closes => state = State::Escaped,
            _ => {}
        }
    }
    None
}

/// Whether `at` holds a `<` that opens a tag, a comment or a declaration.
fn opens_markup(bytes: &[u8], at: usize) -> bool {
    if bytes.get(at) != Some(&b'<') {
        return false;
    }
    match bytes.get(at + 1) {
        Some(b) if b.is_ascii_alphabetic() => true,
        Some(b'!' | b'?') => true,
        Some(b'/') => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(html: &str) -> Vec<String> {
        Lexer::new(html)
            .map(|t| match t {
                Token::Start {
                    name,
                    attrs,
                    self_closing,
                } => {
                    let attrs: Vec<String> = attrs
                        .iter()
                        .map(|a| format!("{}={}", &*a.name.local, &*a.value))
                        .collect();
                    format!(
                        "<{name} {}{}>",
                        attrs.join(" "),
                        if self_closing { "/" } else { "" }
                    )
                }
                Token::End { name } => format!("</{name}>"),
                Token::Text(t) => format!("{t:?}"),
            })
            .collect()
    }

    #[test]
    fn reads_tags_attributes_and_text() {
        assert_eq!(
            render(r#"<P CLASS="a b" id=x data-n='1&amp;2' hidden>Hi &amp; bye</P>"#),
            [
                "<p class=a b id=x data-n=1&2 hidden=>",
                "\"Hi &amp; bye\"",
                "</p>"
            ]
        );
        assert_eq!(
            render("<br/><img src=a.png />"),
            ["<br />", "<img src=a.png/>"]
        );
        assert_eq!(
            render("<a href=x title=\"1\" href=y>"),
            ["<a href=x title=1>"]
        );
    }

    #[test]
    fn comments_doctypes_and_stray_brackets() {
        assert_eq!(
            render("<!DOCTYPE html><!-- a <b> -->x < y<!---->z<? pi ?></ bogus>w</>v"),
            ["\"x < y\"", "\"z\"", "\"w\"", "\"v\""]
        );
        assert_eq!(render("a<!-->b"), ["\"a\"", "\"b\""]);
        assert_eq!(render("a<!-- unclosed"), ["\"a\""]);
        assert_eq!(render("a <"), ["\"a <\""]);
    }

    #[test]
    fn a_tag_cut_off_by_the_end_is_dropped() {
        assert_eq!(render("text<div class=\"a"), ["\"text\""]);
        assert_eq!(render("text<div"), ["\"text\""]);
    }

    #[test]
    fn raw_text_runs_to_its_end_tag() {
        let mut lexer = Lexer::new("var a = '<p>';</SCRIPT >after");
        assert_eq!(lexer.raw_text("script"), "var a = '<p>';");
        assert!(matches!(lexer.next(), Some(Token::Text("after"))));
        let mut lexer = Lexer::new("x </scripts> y");
        assert_eq!(lexer.raw_text("script"), "x </scripts> y");
    }

    #[test]
    fn a_script_written_from_a_commented_script_is_text() {
        let script = "<!-- document.write('<script src=a.js></script>'); -->";
        let page = format!("{script}</script>after");
        let mut lexer = Lexer::new(&page);
        assert_eq!(lexer.raw_text("script"), script);
        assert!(matches!(lexer.next(), Some(Token::Text("after"))));
        // A comment alone does not hide the end tag.
        let mut lexer = Lexer::new("<!-- x </script>after");
        assert_eq!(lexer.raw_text("script"), "<!-- x ");
    }

    #[test]
    fn a_comment_ends_at_the_mistyped_close_too() {
        assert_eq!(
            render("a<!-- x --!>b<!-- y -- z -->c"),
            ["\"a\"", "\"b\"", "\"c\""]
        );
    }
}
