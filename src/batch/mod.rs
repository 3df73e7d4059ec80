//! The file-system side of `pith batch`, apart from the command line:
//!
//! * [`walk`]: which files of the input tree are inputs, and where each
//!   one's output goes in the mirror tree;
//! * [`output`]: where a path really is (the input tree is never written),
//!   and output files that appear whole or not at all;
//! * [`manifest`]: the options of the last run, so an incremental run
//!   knows whether up-to-date outputs can be kept;
//! * [`interrupt`]: Ctrl-C ends a run between files, not inside one.
//!
//! Nothing here cleans anything: `commands::batch` drives the run.

pub mod interrupt;
pub mod manifest;
pub mod output;
pub mod templates;
pub mod walk;
