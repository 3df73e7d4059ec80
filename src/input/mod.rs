//! Bytes in, text out: gunzip, decode, and tell HTML from a text dump.
//!
//! Nothing here panics on any byte sequence; what cannot be read becomes an
//! `InputError` that names what went wrong.

mod charset;
mod controls;
mod gzip;
mod mojibake;
mod sniff;

pub use controls::{has_controls, without_controls};
pub use sniff::Format;

use std::borrow::Cow;
use std::fmt;

/// What the caller says about the input's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FormatHint {
    /// Look at the bytes and decide.
    #[default]
    Auto,
    Html,
    Text,
}

/// Decoded input and what we learned on the way.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// The WHATWG name of the encoding the bytes were decoded from.
    pub encoding: &'static str,
    pub format: Format,
    pub was_gzipped: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Larger than the limit, before or after gunzipping.
    TooLarge { limit: usize },
    /// A gzip stream that ends early or is corrupt.
    BadGzip(String),
    /// Bytes that are not text in any encoding we know (an image, say).
    Binary,
    /// Cleaning ran past the per-document time budget (see `budget`).
    TimeBudget { limit: std::time::Duration },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::TooLarge { limit } => {
                write!(f, "input is larger than the limit of {limit} bytes")
            }
            InputError::BadGzip(why) => write!(f, "broken gzip stream: {why}"),
            InputError::Binary => write!(f, "input looks binary, not text or HTML"),
            InputError::TimeBudget { limit } => write!(
                f,
                "gave up: cleaning took longer than the time budget of {:.3} s",
                limit.as_secs_f64()
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Turns raw bytes into text. `max_bytes` bounds the input and, for gzip,
/// the inflated size.
pub fn decode(bytes: &[u8], hint: FormatHint, max_bytes: usize) -> Result<Decoded, InputError> {
    decode_cow(Cow::Borrowed(bytes), hint, max_bytes)
}

/// `decode` of bytes the caller gives up: UTF-8 input becomes the text
/// without a copy.
pub fn decode_owned(
    bytes: Vec<u8>,
    hint: FormatHint,
    max_bytes: usize,
) -> Result<Decoded, InputError> {
    decode_cow(Cow::Owned(bytes), hint, max_bytes)
}

fn decode_cow(
    bytes: Cow<'_, [u8]>,
    hint: FormatHint,
    max_bytes: usize,
) -> Result<Decoded, InputError> {
    if bytes.len() > max_bytes {
        return Err(InputError::TooLarge { limit: max_bytes });
    }
    let (bytes, was_gzipped) = if gzip::is_gzip(&bytes) {
        (Cow::Owned(gzip::gunzip(&bytes, max_bytes)?), true)
    } else {
        (bytes, false)
    };
    let format = match hint {
        FormatHint::Html => Format::Html,
        FormatHint::Text => Format::Text,
        FormatHint::Auto => sniff::sniff(&bytes),
    };
    let (text, encoding) = charset::decode(bytes, format)?;
    let format = if hint == FormatHint::Auto && charset::is_utf16(encoding) {
        sniff::sniff(text.as_bytes())
    } else {
        format
    };
    Ok(Decoded {
        text,
        encoding,
        format,
        was_gzipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_pages_are_sniffed_after_decoding() {
        let page = "<html><body><p>Hello</p></body></html>";
        for bom in [&[0xff, 0xfe][..], &[]] {
            let mut bytes = bom.to_vec();
            bytes.extend(page.encode_utf16().flat_map(u16::to_le_bytes));
            let decoded = decode(&bytes, FormatHint::Auto, usize::MAX).unwrap();
            assert_eq!(decoded.format, Format::Html);
            assert_eq!(decoded.encoding, "UTF-16LE");
        }
    }
}
