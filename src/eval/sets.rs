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
    /// WCXB: `ground-truth/<id>.json` and `html/<id>.html.gz`.
    Wcxb,
}

/// One document and its gold body.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    pub id: String,
    pub path: PathBuf,
    pub gold: String,
    /// WCXB: snippets the extraction must contain, and must not.
    pub with: Vec<String>,
    pub without: Vec<String>,
    /// WCXB: article, forum, product, collection, listing, documentation,
    /// service.
    pub page_type: Option<String>,
}

impl GoldDoc {
    fn new(id: &str, path: PathBuf, gold: &str) -> GoldDoc {
        GoldDoc {
            id: id.to_string(),
            path,
            gold: gold.to_string(),
            with: Vec::new(),
            without: Vec::new(),
            page_type: None,
        }
    }
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
            SetKind::ScrapingHubHtml | SetKind::Wcxb => FormatHint::Html,
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
            return Ok(vec![read_wcxb(dir, folder)?]);
        }
        return Err("no ground-truth.json and no ground-truth/ folder here".into());
    }
    let gold = read_gold(&gt_path)?;
    let html = dir.join("html");
    if html.is_dir() {
        let docs = gold
            .iter()
            .map(|(id, text)| GoldDoc::new(id, html.join(format!("{id}.html.gz")), text))
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
            .map(|(id, text)| GoldDoc::new(id, tool.join(format!("{id}.txt")), text))
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

/// A WCXB folder: one JSON file per page with `ground_truth.main_content`,
/// `with`, `without` and `_internal.page_type.primary`.
fn read_wcxb(dir: &Path, name: String) -> Result<EvalSet, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir.join("ground-truth"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut docs = Vec::new();
    for file in files {
        let raw = fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let value: Value =
            serde_json::from_slice(&raw).map_err(|e| format!("{}: {e}", file.display()))?;
        let Some(truth) = value.get("ground_truth") else {
            continue;
        };
        let id = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let strings = |key: &str| -> Vec<String> {
            truth
                .get(key)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default()
        };
        let page_type = value
            .pointer("/_internal/page_type/primary")
            .and_then(Value::as_str)
            .map(|t| if t == "category" { "collection" } else { t }.to_string());
        let mut doc = GoldDoc::new(
            &id,
            dir.join("html").join(format!("{id}.html.gz")),
            truth
                .get("main_content")
                .and_then(Value::as_str)
                .unwrap_or_default(),
        );
        doc.with = strings("with");
        doc.without = strings("without");
        doc.page_type = Some(page_type.unwrap_or_else(|| "article".into()));
        docs.push(doc);
    }
    Ok(EvalSet {
        name,
        kind: SetKind::Wcxb,
        docs,
    })
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
