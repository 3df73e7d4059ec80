//! Character decoding: BOM, declared charset, UTF-8, then a guess.

use super::{Format, InputError, controls};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use std::borrow::Cow;

/// How far into an HTML page a `<meta charset>` may stand (the HTML
/// standard's prescan looks at 1024 bytes; pages in the wild overshoot).
const META_PRESCAN_BYTES: usize = 4096;

/// Share of NUL bytes at even or odd offsets that marks BOM-less UTF-16.
const UTF16_NUL_SHARE: f32 = 0.3;

/// Invalid UTF-8 sequences tolerated per well-formed multi-byte character
/// for bytes to count as UTF-8 still: a page cut inside a character, or
/// one byte mangled in a copy, must not turn a whole Cyrillic page into
/// windows-1252 mojibake. Text in a legacy encoding has invalid
/// sequences for most of its non-ASCII letters, far above this.
const MAX_INVALID_PER_UTF8_CHAR: f32 = 0.01;

/// Multi-byte characters needed before a few invalid sequences are
/// forgiven.
const MIN_UTF8_CHARS_TO_FORGIVE: usize = 100;

/// Share of control characters (other than tab, newline, carriage return,
/// form feed) above which decoded text is taken for binary data.
const MAX_CONTROL_SHARE: f32 = 0.05;

/// Decodes `bytes`. Owned bytes that are already valid UTF-8 (without a
/// BOM) become the text as they are, without a copy: on a large page that
/// is one copy of the page less in memory.
pub fn decode(bytes: Cow<'_, [u8]>, format: Format) -> Result<(String, &'static str), InputError> {
    let encoding = detect(&bytes, format);
    let (text, used) = match bytes {
        Cow::Owned(owned) if encoding == UTF_8 && Encoding::for_bom(&owned).is_none() => {
            match String::from_utf8(owned) {
                Ok(text) => (text, UTF_8),
                Err(e) => {
                    let (text, used, _) = encoding.decode(e.as_bytes());
                    (text.into_owned(), used)
                }
            }
        }
        bytes => {
            let (text, used, _had_errors) = encoding.decode(&bytes);
            (text.into_owned(), used)
        }
    };
    let text = super::mojibake::repair(text);
    let stray = controls::count(&text, controls::INPUT_LAYOUT);
    if stray == 0 {
        return Ok((text, used.name()));
    }
    let chars = controls::chars(&text);
    if chars > 0 && stray as f32 / chars as f32 > MAX_CONTROL_SHARE {
        return Err(InputError::Binary);
    }
    let text = controls::replace(text, controls::INPUT_LAYOUT);
    Ok((text, used.name()))
}

fn detect(bytes: &[u8], format: Format) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return enc;
    }
    let utf8 = Utf8Census::of(bytes);
    if format == Format::Html
        && let Some(enc) = declared_charset(bytes)
    {
        // Pages are often re-saved as UTF-8 under their old declaration.
        // Text in a legacy encoding almost never forms valid multi-byte
        // UTF-8, so UTF-8 with non-ASCII in it outranks the label.
        if utf8.multibyte && utf8.is_utf8 {
            return UTF_8;
        }
        return enc;
    }
    if utf8.is_utf8 {
        return UTF_8;
    }
    // Not UTF-8 (checked above), so UTF-8 is not a candidate; ISO-2022-JP
    // is, since we never run what we decode.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// What the bytes hold as UTF-8.
struct Utf8Census {
    /// Any well-formed multi-byte character.
    multibyte: bool,
    /// Valid UTF-8, or so nearly that the few bad sequences are damage.
    is_utf8: bool,
}

impl Utf8Census {
    fn of(bytes: &[u8]) -> Utf8Census {
        // Valid text needs no count: any byte above ASCII starts or
        // continues a character, and `is_ascii` reads words, not bytes.
        if std::str::from_utf8(bytes).is_ok() {
            return Utf8Census {
                multibyte: !bytes.is_ascii(),
                is_utf8: true,
            };
        }
        // Each multi-byte character has exactly one lead byte.
        let mut multibyte = 0;
        let mut invalid = 0;
        for chunk in bytes.utf8_chunks() {
            multibyte += controls::count_bytes(chunk.valid().as_bytes(), |b| b >= 0xc0);
            invalid += usize::from(!chunk.invalid().is_empty());
        }
        Utf8Census {
            multibyte: multibyte > 0,
            is_utf8: multibyte >= MIN_UTF8_CHARS_TO_FORGIVE
                && invalid as f32 <= multibyte as f32 * MAX_INVALID_PER_UTF8_CHAR,
        }
    }
}

/// UTF-16 text without a BOM has a NUL in every other byte for ASCII.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(META_PRESCAN_BYTES) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let share = |n: usize| n as f32 / pairs as f32;
    // One vectorised count settles almost every page: too few NULs for
    // either byte order.
    let nuls = controls::count_bytes(sample, |b| b == 0);
    if share(nuls) < UTF16_NUL_SHARE {
        return None;
    }
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = nuls - even;
    if share(odd) >= UTF16_NUL_SHARE && share(even) < UTF16_NUL_SHARE / 3.0 {
        Some(UTF_16LE)
    } else if share(even) >= UTF16_NUL_SHARE && share(odd) < UTF16_NUL_SHARE / 3.0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The encoding named by `<meta charset=…>` or `content="…; charset=…"`.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"charset") {
        let start = from + pos + b"charset".len();
        from = start;
        let rest = &lower[start..];
        let rest = rest.trim_ascii_start();
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = rest.trim_ascii_start();
        let rest = rest
            .strip_prefix(b"\"")
            .or(rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|&b| {
                matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace()
            })
            .unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(&rest[..end]) {
            // A page that claims UTF-16 in ASCII bytes is not UTF-16.
            return Some(if enc == UTF_16LE || enc == UTF_16BE {
                UTF_8
            } else {
                enc
            });
        }
    }
    None
}

/// Whether `encoding` (a WHATWG name) is UTF-16, whose bytes say nothing
/// about markup until they are decoded.
pub fn is_utf16(encoding: &str) -> bool {
    encoding == UTF_16LE.name() || encoding == UTF_16BE.name()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honours_boms() {
        let mut le = vec![0xff, 0xfe];
        le.extend("Привет".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            decode(Cow::Borrowed(&le), Format::Text).unwrap().0,
            "Привет"
        );
        let mut be = vec![0xfe, 0xff];
        be.extend("Привет".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(
            decode(Cow::Borrowed(&be), Format::Text).unwrap().0,
            "Привет"
        );
        let utf8 = [&[0xef, 0xbb, 0xbf][..], "Grüße".as_bytes()].concat();
        assert_eq!(
            decode(Cow::Borrowed(&utf8), Format::Text).unwrap().0,
            "Grüße"
        );
    }

    #[test]
    fn guesses_windows_1251() {
        let text =
            "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let (decoded, name) = decode(Cow::Borrowed(&bytes), Format::Text).unwrap();
        assert_eq!(decoded, text);
        assert_eq!(name, "windows-1251");
    }

    #[test]
    fn reads_meta_charset() {
        let page = b"<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8\xe2\xe5\xf2</body></html>";
        let (text, name) = decode(Cow::Borrowed(&page[..]), Format::Html).unwrap();
        assert_eq!(name, "windows-1251");
        assert!(text.contains("Привет"));
    }

    #[test]
    fn stray_controls_become_spaces() {
        let prose = "The committee agreed to publish its findings next month. ".repeat(4);
        let input = format!("{prose}a\0b\u{1b}c\u{85}d\te\r\nf");
        let (text, _) = decode(Cow::Borrowed(input.as_bytes()), Format::Text).unwrap();
        assert_eq!(text, format!("{prose}a b c d\te\r\nf"));
    }

    #[test]
    fn one_bad_byte_does_not_make_utf8_a_legacy_encoding() {
        let text = "Министр иностранных дел заявил, что переговоры продолжатся. ".repeat(4);
        let mut bytes = text.as_bytes().to_vec();
        bytes[10] = 0xb8;
        let (decoded, name) = decode(Cow::Borrowed(&bytes), Format::Text).unwrap();
        assert_eq!(name, "UTF-8");
        assert!(decoded.ends_with("переговоры продолжатся. "));
        let (legacy, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
        assert_eq!(
            decode(Cow::Borrowed(&legacy), Format::Text).unwrap().1,
            "windows-1251"
        );
    }

    #[test]
    fn valid_utf8_outranks_a_legacy_label() {
        let page = "<html><head><meta charset=\"iso-8859-1\"></head><body>Café</body></html>";
        let (text, name) = decode(Cow::Borrowed(page.as_bytes()), Format::Html).unwrap();
        assert_eq!(name, "UTF-8");
        assert!(text.contains("Café"));
        let ascii = b"<html><head><meta charset=\"windows-1252\"></head><body>Cafe</body></html>";
        assert_eq!(
            decode(Cow::Borrowed(&ascii[..]), Format::Html).unwrap().1,
            "windows-1252"
        );
    }

    #[test]
    fn utf16_without_bom() {
        let bytes: Vec<u8> = "Hello, world"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            decode(Cow::Borrowed(&bytes), Format::Text).unwrap().0,
            "Hello, world"
        );
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00";
        assert_eq!(
            decode(Cow::Borrowed(&png[..]), Format::Html),
            Err(InputError::Binary)
        );
    }
}
