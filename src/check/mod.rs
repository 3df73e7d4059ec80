//! The parts of `pith check` that are not the command line:
//!
//! * [`options`]: `EXPECTED_DIR/.pith-check.json`, the options the
//!   expectations were made with, and how two sets of options differ;
//! * [`pins`]: the `<name>.expect.toml` side files beside the inputs,
//!   text that must survive or must go whatever the snapshot says;
//! * [`diff`]: line counts and unified diffs (coloured or not) between an
//!   expectation and what pith makes of its input today.
//!
//! The walk of the corpus and the atomic writes are those of `pith batch`
//! (`crate::batch`); `commands::check` drives the run.

pub mod diff;
pub mod options;
pub mod pins;
