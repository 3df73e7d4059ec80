//! Finding gold sets on disk.
//!
//! Two layouts are read:
//! * ScrapingHub: `ground-truth.json` (`{id: {"articleBody": …}}`) and
//!   `html/<id>.html.gz`;
//! * text dumps: the same `ground-truth.json` and one folder per dump tool
//!   with `<id>.txt` in it. Each tool's folder is its own set.

use crate::input::FormatHint;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetKind {
    ScrapingHubHtml,
    TextDump,
}

/// One document and its gold body.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    pub id: String,
    pub path: PathBuf,
    pub gold: String,
}

/// A named set of documents to score.
#[derive(Debug, Clone)]
pub struct EvalSet {
    /// `<folder>` or `<folder>/<tool>`, as floors files name it.
    pub name: String,
    pub kind: SetKind,
    pub docs: Vec<GoldDoc>,
}

impl EvalSet {
    /// How the documents are to be read.
    pub fn input(&self) -> FormatHint {
        match self.kind {
            SetKind::ScrapingHubHtml => FormatHint::Html,
            SetKind::TextDump => FormatHint::Text,
        }
    }
}

/// The sets under `dir`, sorted by name.
pub fn discover(dir: &Path) -> Result<Vec<EvalSet>, String> {
    let folder = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| dir.display().to_string());
    let gt_path = dir.join("ground-truth.json");
    if !gt_path.is_file() {
        if dir.join("ground-truth").is_dir() {
            return Err("the WCXB layout (ground-truth/<id>.json) is not supported yet".into());
        }
        return Err("no ground-truth.json here".into());
    }
    let gold = read_gold(&gt_path)?;
    let html = dir.join("html");
    if html.is_dir() {
        let docs = gold
            .iter()
            .map(|(id, text)| GoldDoc {
                id: id.clone(),
                path: html.join(format!("{id}.html.gz")),
                gold: text.clone(),
            })
            .collect();
        return Ok(vec![EvalSet {
            name: folder,
            kind: SetKind::ScrapingHubHtml,
            docs,
        }]);
    }
    let mut sets = Vec::new();
    let mut tools: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    tools.sort();
    for tool in tools {
        let docs: Vec<GoldDoc> = gold
            .iter()
            .map(|(id, text)| GoldDoc {
                id: id.clone(),
                path: tool.join(format!("{id}.txt")),
                gold: text.clone(),
            })
            .filter(|d| d.path.is_file())
            .collect();
        if docs.is_empty() {
            continue;
        }
        let tool_name = tool
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        sets.push(EvalSet {
            name: format!("{folder}/{tool_name}"),
            kind: SetKind::TextDump,
            docs,
        });
    }
    if sets.is_empty() {
        return Err("no html/ folder and no dump folders with <id>.txt files".into());
    }
    Ok(sets)
}

fn read_gold(path: &Path) -> Result<Vec<(String, String)>, String> {
    let raw = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: Value =
        serde_json::from_slice(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
    let object = value
        .as_object()
        .ok_or_else(|| format!("{}: not a JSON object", path.display()))?;
    let mut gold: Vec<(String, String)> = object
        .iter()
        .map(|(id, v)| {
            let body = v
                .get("articleBody")
                .and_then(Value::as_str)
                .unwrap_or_default();
            (id.clone(), body.to_string())
        })
        .collect();
    gold.sort();
    Ok(gold)
}
