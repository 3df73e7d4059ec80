//! Ctrl-C (SIGINT) and SIGTERM during a batch.
//!
//! Killing a batch in the middle of a write would leave a temporary file
//! behind. Once `catch` has run, the first signal only raises a flag:
//! the workers finish the file in hand (each output is written whole and
//! renamed into place), take no new one, and the run ends with
//! [`EXIT_INTERRUPTED`]. A second signal ends the process at once, for
//! when a single document takes too long to wait for.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

/// Exit code of an interrupted run: 128 + SIGINT, as shells report it.
pub const EXIT_INTERRUPTED: u8 = 130;

/// Raised by the first SIGINT or SIGTERM.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// From now on, SIGINT and SIGTERM ask the run to stop instead of killing
/// the process.
pub fn catch() -> io::Result<()> {
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        // Registered first, so it sees the flag as it was before this
        // signal raised it.
        signal_hook::flag::register_conditional_shutdown(
            signal,
            i32::from(EXIT_INTERRUPTED),
            &INTERRUPTED,
        )?;
        signal_hook::flag::register(signal, &INTERRUPTED)?;
    }
    Ok(())
}

/// Whether a signal has asked the run to stop.
pub fn requested() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}
