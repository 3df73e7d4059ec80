//! `pith clean --jsonl`: JSON Lines in, one JSON object per record out.
//!
//! Each input line is `{"id": …, "html": …}` or `{"id": …, "text": …}`;
//! each output line is the `--format json` object with the record's `id`
//! first, or `{"id": …, "error": "…"}` for a record that could not be
//! cleaned, and the stream goes on. Records are read in chunks, cleaned
//! in parallel and written in input order before the next chunk is read,
//! so memory depends on the chunk, not on the stream.

use super::{EXIT_ERROR, EXIT_NOTHING, EXIT_OK, WriteStop, flush_out, report, write_out};
use crate::cli::CleanArgs;
use pith::{Article, FormatHint, InputError, Options, render};
use rayon::prelude::*;
use serde_json::{Map, Value, json};
use std::io::{self, BufRead, BufWriter, Read};

/// Records cleaned together: enough to keep every core busy, few enough
/// that a chunk of large pages stays small in memory.
const CHUNK_RECORDS: usize = 256;

/// A chunk also ends once its lines add up to this many bytes, so a
/// stream of huge records does not hold 256 of them at once.
const CHUNK_BYTES: usize = 64 * 1024 * 1024;

/// A JSON string can be up to six times longer than its text (`\u0000`),
/// so a record line may be this many times `--max-input-bytes`…
const LINE_EXPANSION: usize = 6;

/// …plus this much for the id and the keys. Longer lines are refused
/// without being held in memory.
const LINE_SLACK: usize = 64 * 1024;

/// The UTF-8 byte order mark.
const BOM: &str = "\u{feff}";

/// One input line.
enum Line {
    Record(Vec<u8>),
    /// Longer than the limit: skipped, not held.
    TooLong,
}

pub fn run(args: &CleanArgs) -> u8 {
    let options = args.cleaning.options();
    let line_limit = options
        .max_input_bytes
        .saturating_mul(LINE_EXPANSION)
        .saturating_add(LINE_SLACK);
    let mut input = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut worst = EXIT_OK;
    loop {
        let (chunk, at_end) = match read_chunk(&mut input, line_limit) {
            Ok(read) => read,
            Err(e) => {
                report("stdin", e);
                return EXIT_ERROR;
            }
        };
        let results: Vec<(String, bool)> = chunk
            .par_iter()
            .map(|line| clean_line(line, &options, args.explain))
            .collect();
        drop(chunk);
        for (text, fine) in results {
            if !fine {
                worst = worst.max(EXIT_NOTHING);
            }
            if let Err(stop) = write_out(&mut out, &text) {
                return stopped(stop, worst);
            }
        }
        if let Err(stop) = flush_out(&mut out) {
            return stopped(stop, worst);
        }
        if at_end {
            return worst;
        }
    }
}

fn stopped(stop: WriteStop, worst: u8) -> u8 {
    match stop {
        WriteStop::Closed => worst,
        WriteStop::Failed(e) => {
            report("stdout", e);
            EXIT_ERROR
        }
    }
}

/// Reads up to [`CHUNK_RECORDS`] non-blank lines (or [`CHUNK_BYTES`]);
/// tells whether the input has ended.
fn read_chunk(input: &mut impl BufRead, line_limit: usize) -> io::Result<(Vec<Line>, bool)> {
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
fn read_line(input: &mut impl BufRead, limit: usize) -> io::Result<Option<Line>> {
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

/// The output line for one input line, and whether the record was fine
/// (cleaned, with article content).
fn clean_line(line: &Line, options: &Options, explain: bool) -> (String, bool) {
    let result = match line {
        Line::Record(bytes) => clean_record(bytes, options, explain),
        Line::TooLong => Err((
            Value::Null,
            "record is longer than the line limit (see --max-input-bytes)".to_string(),
        )),
    };
    match result {
        Ok((value, empty)) => (format!("{value}\n"), !empty),
        Err((id, why)) => (format!("{}\n", json!({"id": id, "error": why})), false),
    }
}

/// The output object and whether the article was empty, or the record's
/// id (null if it has none) and what went wrong.
fn clean_record(
    bytes: &[u8],
    options: &Options,
    explain: bool,
) -> Result<(Value, bool), (Value, String)> {
    let record: Value =
        serde_json::from_slice(bytes).map_err(|e| (Value::Null, format!("invalid JSON: {e}")))?;
    let Value::Object(mut record) = record else {
        return Err((Value::Null, "a record must be a JSON object".into()));
    };
    let id = match record.remove("id") {
        Some(id @ (Value::String(_) | Value::Number(_))) => id,
        Some(_) => return Err((Value::Null, "\"id\" must be a string or a number".into())),
        None => return Err((Value::Null, "missing \"id\"".into())),
    };
    let (hint, content) = match (record.remove("html"), record.remove("text")) {
        (Some(Value::String(html)), None) => (FormatHint::Html, html),
        (None, Some(Value::String(text))) => (FormatHint::Text, text),
        (Some(_), Some(_)) => {
            return Err((id, "a record has \"html\" or \"text\", not both".into()));
        }
        (None, None) => return Err((id, "missing \"html\" or \"text\"".into())),
        _ => return Err((id, "\"html\" and \"text\" must be strings".into())),
    };
    let article = match clean_str(&content, hint, options) {
        Ok(article) => article,
        Err(e) => return Err((id, e.to_string())),
    };
    drop(content);
    let mut object = Map::new();
    object.insert("id".into(), id);
    if let Value::Object(fields) = render::json(&article, "-") {
        object.extend(fields);
    }
    if explain {
        object.insert("blocks".into(), render::explain_json(&article));
    }
    Ok((Value::Object(object), article.is_empty()))
}

/// Cleans text that JSON has already decoded. It reaches `pith::clean`
/// behind a UTF-8 byte order mark, which outranks a `<meta charset>` in
/// the page: the text must not be decoded a second time.
fn clean_str(content: &str, hint: FormatHint, options: &Options) -> Result<Article, InputError> {
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
    pith::clean(&bytes, &options)
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
        assert!(render::text(&article).contains("Le café du port"));
    }
}
