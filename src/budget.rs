//! A per-document time budget.
//!
//! pith runs unattended over crawls; a page that would take minutes must
//! end in an error, not stall a batch. Every stage that loops over the
//! document (parsing, the DOM walk, the dump's lines, the rules) ticks the
//! budget, and the document is given up with [`InputError::TimeBudget`]
//! once the clock has run out. Cleaning is linear, so the budget is only
//! reached by inputs far larger than pages, or by a machine that is badly
//! overloaded.

use crate::input::InputError;
use std::cell::Cell;
use std::time::{Duration, Instant};

/// Ticks between two readings of the clock: reading it costs more than a
/// tick's work, and a thousand ticks take well under a millisecond.
const TICKS_PER_CLOCK_READING: u32 = 1024;

/// The clock of one document, started when cleaning starts.
#[derive(Debug)]
pub struct Budget {
    /// `None`: no limit.
    deadline: Option<Instant>,
    limit: Duration,
    ticks: Cell<u32>,
}

impl Budget {
    /// Starts the clock; `None` means no limit.
    pub fn start(limit: Option<Duration>) -> Budget {
        Budget {
            deadline: limit.and_then(|l| Instant::now().checked_add(l)),
            limit: limit.unwrap_or(Duration::MAX),
            ticks: Cell::new(0),
        }
    }

    /// A budget that never runs out.
    pub fn unlimited() -> Budget {
        Budget::start(None)
    }

    /// Reads the clock: an error once the budget has run out.
    pub fn check(&self) -> Result<(), InputError> {
        match self.deadline {
            Some(deadline) if Instant::now() >= deadline => {
                Err(InputError::TimeBudget { limit: self.limit })
            }
            _ => Ok(()),
        }
    }

    /// One unit of work done; reads the clock every
    /// [`TICKS_PER_CLOCK_READING`] ticks.
    pub fn tick(&self) -> Result<(), InputError> {
        let ticks = self.ticks.get().wrapping_add(1);
        self.ticks.set(ticks);
        if ticks.is_multiple_of(TICKS_PER_CLOCK_READING) {
            self.check()
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_budget_is_spent_at_once() {
        let budget = Budget::start(Some(Duration::ZERO));
        assert!(matches!(
            budget.check(),
            Err(InputError::TimeBudget { limit }) if limit == Duration::ZERO
        ));
    }

    #[test]
    fn ticks_read_the_clock_now_and_then() {
        let budget = Budget::start(Some(Duration::ZERO));
        let failures = (0..2 * TICKS_PER_CLOCK_READING)
            .filter(|_| budget.tick().is_err())
            .count();
        assert_eq!(failures, 2);
    }

    #[test]
    fn no_limit_never_runs_out() {
        let budget = Budget::unlimited();
        assert!((0..10_000).all(|_| budget.tick().is_ok()));
        assert!(budget.check().is_ok());
    }
}
