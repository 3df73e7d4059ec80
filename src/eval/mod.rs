//! Scoring pith against gold article texts.
//!
//! The metric is the ScrapingHub article-extraction benchmark's: per
//! document, 4-word shingles of `\w+` tokens; true and false positives and
//! negatives over the shingle multisets, each document's triple divided by
//! its sum; precision and recall averaged over documents; F1 from the two
//! averages. It agrees with `score_shingles.py` in `../shared/bench`.
//! WCXB sets use their own metric (`words`): a per-page bag-of-words F1,
//! averaged over pages, as `score_wcxb.py` computes it.

pub mod sets;
pub mod shingles;
pub mod words;

pub use sets::{EvalSet, GoldDoc, SetKind, discover};
pub use shingles::{DocScore, Summary, score_doc, summarise};
