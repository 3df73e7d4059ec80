//! Integration tests: one binary, one module per concern.

mod batch;
mod check;
mod cli;
mod expectations;
mod hostile;
mod invariants;
mod pages;
mod parsers;
mod properties;
mod regressions;
mod rule_shortcuts;
mod snapshots;
mod support;
