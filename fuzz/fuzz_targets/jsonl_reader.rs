//! The JSON Lines reader on an arbitrary byte stream: every line is read
//! within its bound, parsed as a record or refused, and cleaned.
#![no_main]

#[path = "check.rs"]
#[allow(dead_code)] // The byte-level entry point is for the other targets.
mod check;

use pith::jsonl::{self, Line};

/// A small input limit, so that the line bound is reached often.
const MAX_INPUT_BYTES: usize = 4096;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let options = pith::Options {
        max_input_bytes: MAX_INPUT_BYTES,
        ..pith::Options::default()
    };
    let limit = jsonl::line_limit(MAX_INPUT_BYTES);
    let mut input = std::io::Cursor::new(bytes);
    loop {
        let Ok((chunk, at_end)) = jsonl::read_chunk(&mut input, limit) else {
            return;
        };
        for line in &chunk {
            let Line::Record(line) = line else { continue };
            // The bound, plus the line's newline.
            assert!(
                line.len() <= limit + 1,
                "a line of {} bytes passed the bound {limit}",
                line.len()
            );
            if let Ok(record) = jsonl::parse_record(line)
                && let Ok(article) = jsonl::clean_str(&record.content, record.hint, &options)
            {
                check::check_article(&article);
            }
        }
        if at_end {
            return;
        }
    }
});
