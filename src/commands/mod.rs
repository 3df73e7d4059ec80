//! One module per subcommand, plus the output plumbing they share.

pub mod clean;
pub mod eval;
pub mod rules;

use std::io::{self, Write};

/// Exit code: content was written.
pub const EXIT_OK: u8 = 0;
/// Exit code: no article content found (or some sets below their floor).
pub const EXIT_NOTHING: u8 = 1;
/// Exit code: usage errors, unreadable input, failed output.
pub const EXIT_ERROR: u8 = 2;

/// Why writing stopped.
pub enum WriteStop {
    /// The reader went away (`| head`): stop quietly.
    Closed,
    Failed(io::Error),
}

/// Writes `s` to `out`, telling a closed pipe from a real failure.
pub fn write_out(out: &mut impl Write, s: &str) -> Result<(), WriteStop> {
    out.write_all(s.as_bytes()).map_err(classify_write_error)
}

pub fn flush_out(out: &mut impl Write) -> Result<(), WriteStop> {
    out.flush().map_err(classify_write_error)
}

fn classify_write_error(e: io::Error) -> WriteStop {
    if e.kind() == io::ErrorKind::BrokenPipe {
        WriteStop::Closed
    } else {
        WriteStop::Failed(e)
    }
}

/// Prints the one-line error format: `pith: <what>: <why>`.
pub fn report(what: &str, why: impl std::fmt::Display) {
    eprintln!("pith: {what}: {why}");
}
