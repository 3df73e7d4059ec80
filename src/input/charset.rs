//! Character decoding: BOM, declared charset, UTF-8, then a guess.

use super::{Format, InputError};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How far into an HTML page a `<meta charset>` may stand (the HTML
/// standard's prescan looks at 1024 bytes; pages in the wild overshoot).
const META_PRESCAN_BYTES: usize = 4096;

/// Share of NUL bytes at even or odd offsets that marks BOM-less UTF-16.
const UTF16_NUL_SHARE: f32 = 0.3;

/// Share of control characters (other than tab, newline, carriage return,
/// form feed) above which decoded text is taken for binary data.
const MAX_CONTROL_SHARE: f32 = 0.05;

pub fn decode(bytes: &[u8], format: Format) -> Result<(String, &'static str), InputError> {
    let encoding = detect(bytes, format);
    let (text, used, _had_errors) = encoding.decode(bytes);
    if looks_binary(&text) {
        return Err(InputError::Binary);
    }
    Ok((text.into_owned(), used.name()))
}

fn detect(bytes: &[u8], format: Format) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return enc;
    }
    if format == Format::Html
        && let Some(enc) = declared_charset(bytes)
    {
        return enc;
    }
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    // Not UTF-8 (checked above), so UTF-8 is not a candidate; ISO-2022-JP
    // is, since we never run what we decode.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// UTF-16 text without a BOM has a NUL in every other byte for ASCII.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(META_PRESCAN_BYTES) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let share = |n: usize| n as f32 / pairs as f32;
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

fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(64 * 1024) {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            control += 1;
        }
    }
    total > 0 && control as f32 / total as f32 > MAX_CONTROL_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honours_boms() {
        let mut le = vec![0xff, 0xfe];
        le.extend("Привет".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, Format::Text).unwrap().0, "Привет");
        let mut be = vec![0xfe, 0xff];
        be.extend("Привет".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be, Format::Text).unwrap().0, "Привет");
        let utf8 = [&[0xef, 0xbb, 0xbf][..], "Grüße".as_bytes()].concat();
        assert_eq!(decode(&utf8, Format::Text).unwrap().0, "Grüße");
    }

    #[test]
    fn guesses_windows_1251() {
        let text =
            "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let (decoded, name) = decode(&bytes, Format::Text).unwrap();
        assert_eq!(decoded, text);
        assert_eq!(name, "windows-1251");
    }

    #[test]
    fn reads_meta_charset() {
        let page = b"<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8\xe2\xe5\xf2</body></html>";
        let (text, name) = decode(page, Format::Html).unwrap();
        assert_eq!(name, "windows-1251");
        assert!(text.contains("Привет"));
    }

    #[test]
    fn utf16_without_bom() {
        let bytes: Vec<u8> = "Hello, world"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&bytes, Format::Text).unwrap().0, "Hello, world");
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00";
        assert_eq!(decode(png, Format::Html), Err(InputError::Binary));
    }
}
