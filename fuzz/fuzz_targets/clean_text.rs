//! `pith::clean` on arbitrary bytes read as text.
#![no_main]

#[path = "check.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    check::clean_and_check(bytes, pith::FormatHint::Text);
});
