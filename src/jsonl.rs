//! Reading JSON Lines records (`{"id": …, "html": …}` or
//! `{"id": …, "text": …}`), for `pith clean --jsonl` and for callers that
//! feed pages in the same shape.
//!
//! Lines are read without ever holding more than a bound of bytes, and
//! every malformed record becomes a [`RecordError`] that keeps the
//! record's id when it has one, so that a stream goes on past it.

use crate::{Article, FormatHint, InputError, Options};
use serde_json::Value;
use std::io::{self, BufRead, Read};

/// Records cleaned together: enough to keep every core busy, few enough
/// that a chunk of large pages stays small in memory.
pub const CHUNK_RECORDS: usize = 256;

/// A chunk also ends once its lines add up to this many bytes, so a
/// stream of huge records does not hold 256 of them at once.
pub const CHUNK_BYTES: usize = 64 * 1024 * 1024;

/// A JSON string can be up to six times longer than its text (`\u0000`),
/// so a record line may be this many times `--max-input-bytes`…
pub const LINE_EXPANSION: usize = 6;

/// …plus this much for the id and the keys. Longer lines are refused
/// without being held in memory.
pub const LINE_SLACK: usize = 64 * 1024;

/// The UTF-8 byte order mark.
const BOM: &str = "\u{feff}";

/// One input line.
pub enum Line {
    Record(Vec<u8>),
    /// Longer than the limit: skipped, not held.
    TooLong,
}

/// The longest record line accepted when inputs may be `max_input_bytes`.
pub fn line_limit(max_input_bytes: usize) -> usize {
    max_input_bytes
        .saturating_mul(LINE_EXPANSION)
        .saturating_add(LINE_SLACK)
}

/// Reads up to [`CHUNK_RECORDS`] non-blank lines (or [`CHUNK_BYTES`]);
/// tells whether the input has ended.
pub fn read_chunk(input: &mut impl BufRead, line_limit: usize) -> io::Result<(Vec<Line>, bool)> {
    let mut chunk = Vec::new();
    let mut bytes = 0;
    while chunk.len() < CHUNK_RECORDS && bytes < CHUNK_BYTES {
        match read_line(input, line_limit)? {
            None => return Ok((chunk, true)),
            Some(Line::Record(line)) if line.trim_ascii().is_empty() => {}
            Some(line) => {
                if let Line::Record(bytes_read) = &line {
                    bytes += bytes_read.len();
                }
                chunk.push(line);
            }
        }
    }
    Ok((chunk, false))
}

/// One line, without holding more than `limit` bytes of it.
pub fn read_line(input: &mut impl BufRead, limit: usize) -> io::Result<Option<Line>> {
    let mut line = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    if input.by_ref().take(cap).read_until(b'\n', &mut line)? == 0 {
        return Ok(None);
    }
    if line.len() > limit && line.last() != Some(&b'\n') {
        skip_line(input)?;
        return Ok(Some(Line::TooLong));
    }
    Ok(Some(Line::Record(line)))
}

/// Skips the rest of the current line.
fn skip_line(input: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        if let Some(i) = memchr::memchr(b'\n', buffer) {
            input.consume(i + 1);
            return Ok(());
        }
        let n = buffer.len();
        input.consume(n);
    }
}

/// A record that can be cleaned.
#[derive(Debug)]
pub struct Record {
    /// A JSON string or number, echoed in the output.
    pub id: Value,
    pub hint: FormatHint,
    pub content: String,
}

/// A record that cannot be cleaned: its id (null if it has none) and why.
#[derive(Debug)]
pub struct RecordError {
    pub id: Value,
    pub why: String,
}

impl RecordError {
    fn new(id: Value, why: impl Into<String>) -> RecordError {
        RecordError {
            id,
            why: why.into(),
        }
    }
}

/// Reads one record line.
pub fn parse_record(bytes: &[u8]) -> Result<Record, RecordError> {
    let record: Value = serde_json::from_slice(bytes)
        .map_err(|e| RecordError::new(Value::Null, format!("invalid JSON: {e}")))?;
    let Value::Object(mut record) = record else {
        return Err(RecordError::new(
            Value::Null,
            "a record must be a JSON object",
        ));
    };
    let id = match record.remove("id") {
        Some(id @ (Value::String(_) | Value::Number(_))) => id,
        Some(_) => {
            return Err(RecordError::new(
                Value::Null,
                "\"id\" must be a string or a number",
            ));
        }
        None => return Err(RecordError::new(Value::Null, "missing \"id\"")),
    };
    let (hint, content) = match (record.remove("html"), record.remove("text")) {
        (Some(Value::String(html)), None) => (FormatHint::Html, html),
        (None, Some(Value::String(text))) => (FormatHint::Text, text),
        (Some(_), Some(_)) => {
            return Err(RecordError::new(
                id,
                "a record has \"html\" or \"text\", not both",
            ));
        }
        (None, None) => return Err(RecordError::new(id, "missing \"html\" or \"text\"")),
        _ => {
            return Err(RecordError::new(
                id,
                "\"html\" and \"text\" must be strings",
            ));
        }
    };
    Ok(Record { id, hint, content })
}

/// Cleans text that JSON has already decoded. It reaches `pith::clean`
/// behind a UTF-8 byte order mark, which outranks a `<meta charset>` in
/// the page: the text must not be decoded a second time.
pub fn clean_str(
    content: &str,
    hint: FormatHint,
    options: &Options,
) -> Result<Article, InputError> {
    let content = content.strip_prefix(BOM).unwrap_or(content);
    if content.len() > options.max_input_bytes {
        return Err(InputError::TooLarge {
            limit: options.max_input_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(BOM.len() + content.len());
    bytes.extend_from_slice(BOM.as_bytes());
    bytes.extend_from_slice(content.as_bytes());
    let options = Options {
        input: hint,
        max_input_bytes: options.max_input_bytes.saturating_add(BOM.len()),
        ..options.clone()
    };
    crate::clean(&bytes, &options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_skipped_not_held() {
        let mut input = io::Cursor::new(b"0123456789\n{\"id\":1}\n".to_vec());
        assert!(matches!(
            read_line(&mut input, 5).unwrap(),
            Some(Line::TooLong)
        ));
        match read_line(&mut input, 100).unwrap() {
            Some(Line::Record(line)) => assert_eq!(line, b"{\"id\":1}\n"),
            _ => panic!("expected the second line"),
        }
        assert!(read_line(&mut input, 100).unwrap().is_none());
    }

    #[test]
    fn a_meta_charset_does_not_decode_json_text_twice() {
        let prose = "<p>Le café du port a rouvert ses portes lundi matin, après deux années \
                     de travaux. Les habitués sont revenus dès l’aube pour retrouver leur \
                     table près de la fenêtre. Le patron a promis que les prix ne changeraient pas.</p>";
        let html = format!(
            "<html><head><meta charset=\"windows-1251\"></head><body><article>\
             <h1>Le café rouvre</h1>{prose}{prose}</article></body></html>"
        );
        let article = clean_str(&html, FormatHint::Html, &Options::default()).unwrap();
        assert_eq!(article.encoding, "UTF-8");
        assert!(crate::render::text(&article).contains("Le café du port"));
    }
}
