//! pith's own HTML parser: a byte-scanning lexer and a tree builder that
//! follows the HTML standard where it decides what text a page has and
//! where it sits, into the same DOM type html5ever builds for scraper.
//!
//! html5ever implements the standard to the letter and reads a page a
//! character at a time; on the benchmark pages its tokenizer alone cost
//! more than all of pith's own work. This parser reads text runs and
//! tags a memchr at a time. html5ever stays the reference: the tests
//! compare the two on every fixture.

mod charref;
mod formatting;
mod lexer;
mod names;
mod tree;

use crate::budget::Budget;
use crate::input::InputError;
use html5ever::tendril::StrTendril;
use lexer::{Lexer, Token};
use names::Content;
use scraper::Html;
use std::borrow::Cow;

/// Bytes read between two looks at the time budget.
const BUDGET_CHUNK_BYTES: usize = 64 * 1024;

/// Parses `html` into a document with room for `nodes` nodes.
pub fn parse(html: &str, nodes: usize, budget: &Budget) -> Result<Html, InputError> {
    let mut lexer = Lexer::new(html);
    let mut builder = tree::Builder::new(nodes);
    let mut next_check = BUDGET_CHUNK_BYTES;
    while let Some(token) = lexer.next() {
        match token {
            Token::Text(text) => {
                builder.text(&newlines(charref::decode(text, charref::Context::Text)));
            }
            Token::Start {
                name,
                attrs,
                self_closing,
            } => {
                let attrs = attrs
                    .into_iter()
                    .map(|a| (a.name, StrTendril::from(&*a.value)))
                    .collect();
                if let tree::Next::Text(content, name) = builder.start(&name, attrs, self_closing) {
                    let text = match content {
                        Content::PlainText => Cow::Borrowed(lexer.rest()),
                        Content::EscapableRawText => {
                            charref::decode(lexer.raw_text(&name), charref::Context::Text)
                        }
                        _ => Cow::Borrowed(lexer.raw_text(&name)),
                    };
                    builder.text_into(&newlines(text));
                }
            }
            Token::End { name } => builder.end(&name),
        }
        if lexer.position() >= next_check {
            budget.check()?;
            next_check = lexer.position() + BUDGET_CHUNK_BYTES;
        }
    }
    Ok(builder.finish())
}

/// Line breaks as the standard reads them: CR LF and a lone CR are LF.
fn newlines(text: Cow<'_, str>) -> Cow<'_, str> {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}
