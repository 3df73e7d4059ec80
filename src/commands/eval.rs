//! `pith eval`: score against gold sets and check pinned floors.

use super::{EXIT_ERROR, EXIT_NOTHING, EXIT_OK, report};
use crate::cli::EvalArgs;
use pith::eval::{self, DocScore, EvalSet};
use pith::{Options, render};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Characters of a worst page's id shown in the listing.
const ID_SHOWN: usize = 16;

pub fn run(args: &EvalArgs) -> u8 {
    let floors = match args.floors.as_deref().map(read_floors).transpose() {
        Ok(f) => f.unwrap_or_default(),
        Err(e) => {
            report(
                &args
                    .floors
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                e,
            );
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
    println!(
        "{:<32} {:>5} {:>9} {:>9} {:>9}",
        "set", "docs", "precision", "recall", "F1"
    );
    let mut below = Vec::new();
    for set in &sets {
        let (scores, predictions) = score_set(set);
        let summary = eval::summarise(&scores);
        println!(
            "{:<32} {:>5} {:>9.3} {:>9.3} {:>9.3}",
            set.name, summary.documents, summary.precision, summary.recall, summary.f1
        );
        print_worst(set, &scores, args.worst);
        if let Some(dir) = &args.predictions
            && let Err(e) = write_predictions(dir, set, &predictions)
        {
            report(&dir.display().to_string(), e);
            return EXIT_ERROR;
        }
        if let Some(&floor) = floors.get(&set.name)
            && summary.f1 < floor
        {
            below.push(format!(
                "{}: F1 {:.3} is below the floor {floor:.3}",
                set.name, summary.f1
            ));
        }
    }
    for line in &below {
        report("eval", line);
    }
    let missing: Vec<&String> = floors
        .keys()
        .filter(|k| !sets.iter().any(|s| &s.name == *k))
        .collect();
    for name in &missing {
        report("eval", format!("{name}: has a floor but was not evaluated"));
    }
    if below.is_empty() && missing.is_empty() {
        EXIT_OK
    } else {
        EXIT_NOTHING
    }
}

/// Cleans every document of the set (in parallel) and scores its body.
fn score_set(set: &EvalSet) -> (Vec<DocScore>, Vec<String>) {
    let options = Options {
        input: set.input(),
        ..Options::default()
    };
    set.docs
        .par_iter()
        .map(|doc| {
            let prediction = fs::read(&doc.path)
                .ok()
                .and_then(|bytes| pith::clean(&bytes, &options).ok())
                .map(|article| render::body_text(&article))
                .unwrap_or_default();
            (eval::score_doc(&doc.gold, &prediction), prediction)
        })
        .unzip()
}

fn print_worst(set: &EvalSet, scores: &[DocScore], count: usize) {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[a].f1().total_cmp(&scores[b].f1()));
    for &i in order.iter().take(count) {
        let s = &scores[i];
        let hint = if s.tp + s.fp == 0.0 {
            "nothing extracted"
        } else if s.precision() < s.recall() {
            "kept too much"
        } else {
            "lost article text"
        };
        let id: String = set.docs[i].id.chars().take(ID_SHOWN).collect();
        println!(
            "    worst: {id:<16} P {:.2} R {:.2} F1 {:.2}  {hint}",
            s.precision(),
            s.recall(),
            s.f1()
        );
    }
}

fn write_predictions(dir: &Path, set: &EvalSet, predictions: &[String]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let object: serde_json::Map<String, serde_json::Value> = set
        .docs
        .iter()
        .zip(predictions)
        .map(|(doc, p)| (doc.id.clone(), serde_json::json!({"articleBody": p})))
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
