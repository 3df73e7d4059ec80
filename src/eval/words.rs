//! The WCXB metric: per-page bag-of-words precision, recall and F1, and
//! the share of must-have and must-not-have snippets found.

use std::collections::HashMap;

/// One page's figures.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PageScore {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Share of the page's `with` snippets found in the prediction.
    pub with_rate: f64,
    /// Share of its `without` snippets found (lower is better).
    pub without_rate: f64,
}

fn bag(text: &str) -> HashMap<String, i64> {
    let mut bag = HashMap::new();
    let lower = text.to_lowercase();
    for word in lower
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
    {
        *bag.entry(word.to_string()).or_insert(0) += 1;
    }
    bag
}

/// Share of `snippets` found in `prediction`, case-insensitively and
/// without white-space folding; 1.0 for an empty list (the benchmark's
/// convention, also for `without`).
fn snippet_rate(prediction: &str, snippets: &[String]) -> f64 {
    if snippets.is_empty() {
        return 1.0;
    }
    let lower = prediction.to_lowercase();
    let found = snippets
        .iter()
        .filter(|s| lower.contains(&s.to_lowercase()))
        .count();
    found as f64 / snippets.len() as f64
}

/// Scores one page. An empty reference scores 1 only for an empty
/// prediction; an empty prediction of a non-empty reference scores 0.
pub fn score_page(truth: &str, prediction: &str, with: &[String], without: &[String]) -> PageScore {
    let t = bag(truth);
    let p = bag(prediction);
    let n_truth: i64 = t.values().sum();
    let n_pred: i64 = p.values().sum();
    let (precision, recall, f1) = if n_truth == 0 {
        let v = if n_pred == 0 { 1.0 } else { 0.0 };
        (v, v, v)
    } else if n_pred == 0 {
        (0.0, 0.0, 0.0)
    } else {
        let common: i64 = p
            .iter()
            .map(|(w, &c)| c.min(t.get(w).copied().unwrap_or(0)))
            .sum();
        let precision = common as f64 / n_pred as f64;
        let recall = common as f64 / n_truth as f64;
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        (precision, recall, f1)
    };
    PageScore {
        precision,
        recall,
        f1,
        with_rate: snippet_rate(prediction, with),
        without_rate: snippet_rate(prediction, without),
    }
}

/// Plain means over pages.
pub fn mean(pages: &[PageScore]) -> PageScore {
    let n = pages.len().max(1) as f64;
    let sum = |f: fn(&PageScore) -> f64| pages.iter().map(f).sum::<f64>() / n;
    PageScore {
        precision: sum(|p| p.precision),
        recall: sum(|p| p.recall),
        f1: sum(|p| p.f1),
        with_rate: sum(|p| p.with_rate),
        without_rate: sum(|p| p.without_rate),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bag_overlap_ignores_case_order_and_punctuation() {
        let s = score_page("The cat sat.", "sat, the CAT", &[], &[]);
        assert_eq!((s.precision, s.recall, s.f1), (1.0, 1.0, 1.0));
        let s = score_page("a b c d", "a b x y", &[], &[]);
        assert_eq!((s.precision, s.recall), (0.5, 0.5));
    }

    #[test]
    fn empty_edges() {
        assert_eq!(score_page("", "", &[], &[]).f1, 1.0);
        assert_eq!(score_page("", "x", &[], &[]).f1, 0.0);
        assert_eq!(score_page("x", "", &[], &[]).f1, 0.0);
    }

    #[test]
    fn snippet_rates() {
        let with = vec!["Hello World".to_string(), "missing".to_string()];
        let s = score_page("hello world", "hello world", &with, &[]);
        assert_eq!(s.with_rate, 0.5);
        assert_eq!(s.without_rate, 1.0);
    }
}
