//! Integration tests: one binary, one module per concern.

mod batch;
mod check;
mod cli;
mod expectations;
mod invariants;
mod pages;
mod properties;
mod snapshots;
mod support;
