//! The shingle metric.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// Tokens per shingle.
const SHINGLE_LEN: usize = 4;

/// One document's normalised counts: tp + fp + fn = 1 (or all zero).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DocScore {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl DocScore {
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp + self.fp > 0.0 {
            self.tp / (self.tp + self.fp)
        } else {
            0.0
        }
    }

    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp + self.fn_ > 0.0 {
            self.tp / (self.tp + self.fn_)
        } else {
            0.0
        }
    }

    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }
}

fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Python's `\w`: letters, digits (all numeric kinds) and underscore.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn token_hashes(text: &str) -> Vec<u64> {
    text.split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
        .map(|t| {
            let mut h = DefaultHasher::new();
            t.hash(&mut h);
            h.finish()
        })
        .collect()
}

fn shingle_bag(tokens: &[u64]) -> HashMap<u64, i64> {
    let mut bag = HashMap::new();
    if tokens.is_empty() {
        return bag;
    }
    let window = SHINGLE_LEN.min(tokens.len());
    for w in tokens.windows(window) {
        let mut h = DefaultHasher::new();
        w.hash(&mut h);
        *bag.entry(h.finish()).or_insert(0) += 1;
    }
    bag
}

/// Scores one prediction against its gold text.
pub fn score_doc(truth: &str, prediction: &str) -> DocScore {
    let t = shingle_bag(&token_hashes(truth));
    let p = shingle_bag(&token_hashes(prediction));
    let mut tp = 0i64;
    let mut fp = 0i64;
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        tp += pc.min(tc);
        fp += (pc - tc).max(0);
    }
    let fn_: i64 = t
        .iter()
        .map(|(k, &tc)| (tc - p.get(k).copied().unwrap_or(0)).max(0))
        .sum();
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return DocScore::default();
    }
    DocScore {
        tp: tp as f64 / total,
        fp: fp as f64 / total,
        fn_: fn_ as f64 / total,
    }
}

/// Corpus-level figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub documents: usize,
}

/// Precision is averaged over documents with a non-empty prediction,
/// recall over documents with a non-empty gold text.
pub fn summarise(scores: &[DocScore]) -> Summary {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            f64::NAN
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let precision = mean(
        scores
            .iter()
            .filter(|s| s.tp + s.fp > 0.0)
            .map(DocScore::precision)
            .collect(),
    );
    let recall = mean(
        scores
            .iter()
            .filter(|s| s.tp + s.fn_ > 0.0)
            .map(DocScore::recall)
            .collect(),
    );
    Summary {
        precision,
        recall,
        f1: harmonic(precision, recall),
        documents: scores.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let s = score_doc("one two three four five", "one two three four five");
        assert_eq!((s.precision(), s.recall()), (1.0, 1.0));
    }

    #[test]
    fn counts_extra_and_missing_shingles() {
        // gold abcd bcde cdef; prediction abcd bcde cdex: 2 shared, 1 each extra.
        let s = score_doc("a b c d e f", "a b c d e x");
        assert!((s.tp - 0.5).abs() < 1e-9);
        assert!((s.fp - 0.25).abs() < 1e-9);
        assert!((s.fn_ - 0.25).abs() < 1e-9);
    }

    #[test]
    fn short_texts_are_one_shingle_and_punctuation_is_ignored() {
        let s = score_doc("Hello, world!", "hello world");
        assert_eq!(s.tp, 0.0);
        assert_eq!(score_doc("Hello, world!", "Hello world").precision(), 1.0);
    }

    #[test]
    fn empty_prediction_counts_for_recall_only() {
        let scores = [score_doc("a b c d", ""), score_doc("a b c d", "a b c d")];
        let s = summarise(&scores);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
    }
}
