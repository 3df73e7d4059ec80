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
use pith::jsonl::{self, Line, RecordError};
use pith::{Options, render};
use rayon::prelude::*;
use serde_json::{Map, Value, json};
use std::io::{self, BufWriter};

pub fn run(args: &CleanArgs) -> u8 {
    let options = args.cleaning.options();
    let line_limit = jsonl::line_limit(options.max_input_bytes);
    let mut input = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut worst = EXIT_OK;
    loop {
        let (chunk, at_end) = match jsonl::read_chunk(&mut input, line_limit) {
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

/// The output line for one input line, and whether the record was fine
/// (cleaned, with article content).
fn clean_line(line: &Line, options: &Options, explain: bool) -> (String, bool) {
    let result = match line {
        Line::Record(bytes) => clean_record(bytes, options, explain),
        Line::TooLong => Err(RecordError {
            id: Value::Null,
            why: "record is longer than the line limit (see --max-input-bytes)".to_string(),
        }),
    };
    match result {
        Ok((value, empty)) => (format!("{value}\n"), !empty),
        Err(RecordError { id, why }) => (format!("{}\n", json!({"id": id, "error": why})), false),
    }
}

/// The output object and whether the article was empty, or the record's
/// id (null if it has none) and what went wrong.
fn clean_record(
    bytes: &[u8],
    options: &Options,
    explain: bool,
) -> Result<(Value, bool), RecordError> {
    let record = jsonl::parse_record(bytes)?;
    let id = record.id;
    let article = match jsonl::clean_str(&record.content, record.hint, options) {
        Ok(article) => article,
        Err(e) => {
            return Err(RecordError {
                id,
                why: e.to_string(),
            });
        }
    };
    drop(record.content);
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
