//! The JSON object for one document.

use crate::article::Article;
use serde_json::{Map, Value, json};

/// `title`, `text` (the body without the title), the metadata found,
/// `removed: [{text, rule}]`, and the input facts. `source` names the
/// input (a path, or "-" for stdin).
pub fn json(article: &Article, source: &str) -> Value {
    let mut object = Map::new();
    object.insert("source".into(), json!(source));
    object.insert("title".into(), json!(article.title()));
    object.insert("text".into(), json!(super::body_text(article)));
    let meta = &article.metadata;
    for (key, value) in meta.fields() {
        object.insert(key.into(), json!(value));
    }
    object.insert(
        "input_format".into(),
        json!(format!("{:?}", article.format).to_lowercase()),
    );
    object.insert("encoding".into(), json!(article.encoding));
    let removed: Vec<Value> = article
        .removed()
        .into_iter()
        .map(|(text, rule)| json!({"text": text, "rule": rule.name}))
        .collect();
    object.insert("removed".into(), Value::Array(removed));
    Value::Object(object)
}
