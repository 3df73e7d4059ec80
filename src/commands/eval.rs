//! `pith eval`: score against gold sets and check pinned floors.

use super::{EXIT_ERROR, EXIT_NOTHING, EXIT_OK, WriteStop, report, write_out};
use crate::cli::EvalArgs;
use pith::eval::{self, DocScore, EvalSet, SetKind, words};
use pith::{Options, render};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Characters of a worst page's id shown in the listing.
const ID_SHOWN: usize = 16;

/// One document's prediction, and why there is none if it failed.
struct Prediction {
    text: String,
    error: Option<String>,
}

pub fn run(args: &EvalArgs) -> u8 {
    let floors = match args.floors.as_deref().map(read_floors).transpose() {
        Ok(f) => f.unwrap_or_default(),
        Err(e) => {
            let name = args.floors.as_ref().map(|p| p.display().to_string());
            report(&name.unwrap_or_default(), e);
            return EXIT_ERROR;
        }
    };
    let mut sets = Vec::new();
    for dir in &args.sets {
        match eval::discover(dir) {
            Ok(found) => sets.extend(found),
            Err(e) => {
                report(&dir.display().to_string(), e);
                return EXIT_ERROR;
            }
        }
    }
    let mut out = std::io::stdout().lock();
    let header = format!(
        "{:<32} {:>5} {:>9} {:>9} {:>9}\n",
        "set", "docs", "precision", "recall", "F1"
    );
    if let Err(stop) = write_out(&mut out, &header) {
        return stopped(stop);
    }
    let mut below = Vec::new();
    // Every figure scored, for the floors that name one not scored.
    let mut scored: Vec<String> = Vec::new();
    for set in &sets {
        let predictions = predict(set);
        for (doc, p) in set.docs.iter().zip(&predictions) {
            if let Some(e) = &p.error {
                report(&doc.path.display().to_string(), e);
            }
        }
        let (figures, text) = match set.kind {
            SetKind::Wcxb => wcxb_report(set, &predictions, args.worst),
            SetKind::ScrapingHubHtml | SetKind::TextDump => {
                shingle_report(set, &predictions, args.worst)
            }
        };
        if let Err(stop) = write_out(&mut out, &text) {
            return stopped(stop);
        }
        if let Some(dir) = &args.predictions
            && let Err(e) = write_predictions(dir, set, &predictions)
        {
            report(&dir.display().to_string(), e);
            return EXIT_ERROR;
        }
        for (name, f1) in figures {
            if let Some(&floor) = floors.get(&name)
                && f1 < floor
            {
                below.push(format!("{name}: F1 {f1:.3} is below the floor {floor:.3}"));
            }
            scored.push(name);
        }
    }
    for line in &below {
        report("eval", line);
    }
    let missing: Vec<&String> = floors.keys().filter(|k| !scored.contains(k)).collect();
    for name in &missing {
        report("eval", format!("{name}: has a floor but was not evaluated"));
    }
    if below.is_empty() && missing.is_empty() {
        EXIT_OK
    } else {
        EXIT_NOTHING
    }
}

fn stopped(stop: WriteStop) -> u8 {
    match stop {
        WriteStop::Closed => EXIT_OK,
        WriteStop::Failed(e) => {
            report("stdout", e);
            EXIT_ERROR
        }
    }
}

/// Cleans every document of the set, in parallel; the prediction is the
/// body text (the JSON `text` field).
fn predict(set: &EvalSet) -> Vec<Prediction> {
    let options = Options {
        input: set.input(),
        ..Options::default()
    };
    set.docs
        .par_iter()
        .map(|doc| {
            let cleaned = fs::read(&doc.path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| pith::clean_owned(bytes, &options).map_err(|e| e.to_string()));
            match cleaned {
                Ok(article) => Prediction {
                    text: render::body_text(&article),
                    error: None,
                },
                Err(e) => Prediction {
                    text: String::new(),
                    error: Some(e),
                },
            }
        })
        .collect()
}

/// The F1 of each figure a floors file may name: the set, and for WCXB
/// each page type (`wcxb-dev-sample/product`).
type Figures = Vec<(String, f64)>;

/// The ScrapingHub figures: F1 of the mean precision and mean recall.
fn shingle_report(set: &EvalSet, predictions: &[Prediction], worst: usize) -> (Figures, String) {
    let scores: Vec<DocScore> = set
        .docs
        .iter()
        .zip(predictions)
        .map(|(doc, p)| eval::score_doc(&doc.gold, &p.text))
        .collect();
    let summary = eval::summarise(&scores);
    let mut text = format!(
        "{:<32} {:>5} {:>9.3} {:>9.3} {:>9.3}\n",
        set.name, summary.documents, summary.precision, summary.recall, summary.f1
    );
    let pages: Vec<(f64, f64, f64, bool)> = scores
        .iter()
        .map(|s| (s.precision(), s.recall(), s.f1(), s.tp + s.fp == 0.0))
        .collect();
    text.push_str(&worst_pages(set, &pages, worst));
    (vec![(set.name.clone(), summary.f1)], text)
}

/// The WCXB figures: means over pages of P, R, F1 and the snippet rates,
/// overall and per page type.
fn wcxb_report(set: &EvalSet, predictions: &[Prediction], worst: usize) -> (Figures, String) {
    let scores: Vec<words::PageScore> = set
        .docs
        .iter()
        .zip(predictions)
        .map(|(doc, p)| words::score_page(&doc.gold, &p.text, &doc.with, &doc.without))
        .collect();
    let all = words::mean(&scores);
    let mut text = format!(
        "{:<32} {:>5} {:>9.3} {:>9.3} {:>9.3}   with {:.3}  without {:.3}\n",
        set.name,
        scores.len(),
        all.precision,
        all.recall,
        all.f1,
        all.with_rate,
        all.without_rate
    );
    let mut figures = vec![(set.name.clone(), all.f1)];
    let mut by_type: BTreeMap<&str, Vec<words::PageScore>> = BTreeMap::new();
    for (doc, score) in set.docs.iter().zip(&scores) {
        by_type
            .entry(doc.page_type.as_deref().unwrap_or("article"))
            .or_default()
            .push(*score);
    }
    for (page_type, pages) in &by_type {
        let m = words::mean(pages);
        figures.push((format!("{}/{page_type}", set.name), m.f1));
        let name = format!("  {}/{page_type}", set.name);
        let _ = writeln!(
            text,
            "{name:<32} {:>5} {:>9.3} {:>9.3} {:>9.3}   with {:.3}  without {:.3}",
            pages.len(),
            m.precision,
            m.recall,
            m.f1,
            m.with_rate,
            m.without_rate
        );
    }
    let pages: Vec<(f64, f64, f64, bool)> = scores
        .iter()
        .zip(predictions)
        .map(|(s, p)| (s.precision, s.recall, s.f1, p.text.trim().is_empty()))
        .collect();
    text.push_str(&worst_pages(set, &pages, worst));
    (figures, text)
}

/// The `count` pages with the lowest F1, with a hint of what went wrong.
/// `pages` holds (precision, recall, F1, prediction empty) per document.
fn worst_pages(set: &EvalSet, pages: &[(f64, f64, f64, bool)], count: usize) -> String {
    let mut order: Vec<usize> = (0..pages.len()).collect();
    order.sort_by(|&a, &b| pages[a].2.total_cmp(&pages[b].2));
    let mut text = String::new();
    for &i in order.iter().take(count) {
        let (p, r, f1, empty) = pages[i];
        let hint = if empty {
            "nothing extracted"
        } else if p < r {
            "kept too much"
        } else {
            "lost article text"
        };
        let doc = &set.docs[i];
        let id: String = doc.id.chars().take(ID_SHOWN).collect();
        let page_type = doc
            .page_type
            .as_deref()
            .map(|t| format!(" [{t}]"))
            .unwrap_or_default();
        let _ = writeln!(
            text,
            "    worst: {id:<w$} P {p:.2} R {r:.2} F1 {f1:.2}  {hint}{page_type}",
            w = ID_SHOWN
        );
    }
    text
}

fn write_predictions(dir: &Path, set: &EvalSet, predictions: &[Prediction]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let object: serde_json::Map<String, serde_json::Value> = set
        .docs
        .iter()
        .zip(predictions)
        .map(|(doc, p)| (doc.id.clone(), serde_json::json!({"articleBody": p.text})))
        .collect();
    let file = dir.join(format!("{}.json", set.name.replace('/', "--")));
    fs::write(file, serde_json::Value::Object(object).to_string())
}

/// `<set-name> <min-f1>` per line; `#` starts a comment.
fn read_floors(path: &Path) -> Result<BTreeMap<String, f64>, String> {
    let text = fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut floors = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(name), Some(value), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("line {}: expected `<set-name> <min-f1>`", n + 1));
        };
        let value: f64 = value
            .parse()
            .map_err(|_| format!("line {}: {value:?} is not a number", n + 1))?;
        floors.insert(name.to_string(), value);
    }
    Ok(floors)
}
