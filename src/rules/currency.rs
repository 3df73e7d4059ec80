//! Currency pickers: the product's price again in a list of other
//! currencies ("AED: 549.56", "GBP: £110.82", "USD: $149.64"), which shop
//! themes print as a menu. One such line could be a price; three or more
//! in a row, each in another currency, are the picker.

use super::{Finding, RuleInfo};
use crate::block::Block;
use crate::pattern;
use regex_lite::Regex;
use std::sync::LazyLock;

pub static CURRENCY_LIST: RuleInfo = RuleInfo {
    name: "nav/currency-list",
    summary: "a price in a list of other currencies (a currency picker): three or more lines in a row",
};

/// ISO 4217 codes of the currencies shops list.
const CODES: &[&str] = &[
    "AED", "ARS", "AUD", "BGN", "BHD", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK",
    "EGP", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "ISK", "JOD", "JPY", "KES", "KRW",
    "KWD", "MAD", "MXN", "MYR", "NGN", "NOK", "NZD", "OMR", "PEN", "PHP", "PKR", "PLN", "QAR",
    "RON", "RSD", "RUB", "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "USD", "VND", "ZAR",
];

/// Fewest lines in a row a currency picker has.
const MIN_LINES: usize = 3;

/// Longest line taken: a code, a symbol and an amount.
const MAX_WORDS: u32 = 4;

/// A code, a colon or dash, and an amount marked as money by a symbol
/// before it or a code after it ("AED: 549.56AED", "ZAR: $2,679.54").
/// A bare number ("USD: 1.08") is an exchange rate, which an article may
/// list.
static LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^[A-Z]{3}\s*[:\-–]\s*(?:[^0-9 ]{1,3}\s*[0-9][0-9.,]*|[0-9][0-9.,]*\s*[A-Z]{3})$",
    )
});

/// The currency code of a price line, if `block` is one.
fn code(block: &Block) -> Option<&str> {
    if block.features.words > MAX_WORDS {
        return None;
    }
    let text = block.text.trim();
    // The code first: most short lines fail on their first bytes.
    let code = text.get(..3)?;
    if !code.bytes().all(|b| b.is_ascii_uppercase()) || !CODES.contains(&code) {
        return None;
    }
    LINE.is_match(text).then_some(code)
}

/// Marks runs of `MIN_LINES` or more price lines, each in a currency the
/// run has not had yet, that no other rule claimed.
pub fn mark_lists(blocks: &[Block], findings: &mut [Option<Finding>]) {
    let mut i = 0;
    while i < blocks.len() {
        let mut codes: Vec<&str> = Vec::new();
        let mut end = i;
        while end < blocks.len()
            && findings[end].is_none()
            && let Some(c) = code(&blocks[end])
            && !codes.contains(&c)
        {
            codes.push(c);
            end += 1;
        }
        if codes.len() >= MIN_LINES {
            for finding in &mut findings[i..end] {
                *finding = Some(Finding::drop(
                    &CURRENCY_LIST,
                    format!("one of {} prices in other currencies", codes.len()),
                ));
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(lines: &[&str]) -> Vec<bool> {
        let blocks: Vec<Block> = lines
            .iter()
            .map(|l| Block::new(l.to_string(), crate::block::BlockKind::Paragraph, false))
            .collect();
        let mut findings = vec![None; blocks.len()];
        mark_lists(&blocks, &mut findings);
        findings.iter().map(Option::is_some).collect()
    }

    #[test]
    fn three_currencies_in_a_row_are_a_picker() {
        assert_eq!(
            marked(&[
                "Linen dress",
                "AED: 549.56AED",
                "GBP: $110.82",
                "USD - $149.64",
                "Size"
            ]),
            [false, true, true, true, false]
        );
        assert_eq!(
            marked(&["ZAR: R2,679.54", "KWD: 46.060 KWD", "EUR: €132.34"]),
            [true; 3]
        );
    }

    #[test]
    fn a_price_or_two_is_no_picker() {
        assert_eq!(marked(&["USD: $149.64", "In stock"]), [false, false]);
        assert_eq!(
            marked(&["USD: $1", "EUR: €1", "Size"]),
            [false, false, false]
        );
        // The same currency again is a price list, not a picker.
        assert_eq!(marked(&["USD: $10", "USD: $20", "USD: $30"]), [false; 3]);
        // Exchange rates, codes that are no currency, and lines with more
        // in them.
        assert_eq!(
            marked(&["USD: 1.08", "GBP: 0.85", "JPY: 161.2"]),
            [false; 3]
        );
        assert_eq!(marked(&["SKU: 1234", "REF: 5678", "ABC: 9"]), [false; 3]);
        assert_eq!(
            marked(&["USD: $10 a month", "EUR: €9 a month", "GBP: £8 a month"]),
            [false; 3]
        );
    }
}
