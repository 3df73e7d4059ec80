//! Byline, date and language for the article.

use crate::article::Metadata;
use crate::classify::Judgement;
use crate::html::Page;
use crate::rules::{Effect, MetaValue};

/// A page's date as ISO 8601: kept as given when it already is one
/// ("2024-03-12T10:31:00+01:00"), else read by `dates`.
fn iso_date(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let is_iso = bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[7] == b'-';
    if is_iso {
        Some(raw.to_string())
    } else {
        crate::dates::find(raw).map(|d| d.iso)
    }
}

/// Byline and date from the blocks up to the end of the article.
pub fn collect(judgement: &Judgement, page: Option<&Page>, last_kept: Option<usize>) -> Metadata {
    let mut meta = Metadata {
        date: judgement.labelled_date.clone(),
        language: judgement.lang.map(|l| l.code().to_string()),
        ..Metadata::default()
    };
    if let Some(page) = page.map(|p| &p.meta) {
        meta.byline.clone_from(&page.author);
        meta.date = meta
            .date
            .or_else(|| page.published.as_deref().and_then(iso_date));
        if let Some(lang) = &page.language {
            meta.language = Some(lang.to_lowercase());
        }
        meta.site_name.clone_from(&page.site_name);
        meta.url.clone_from(&page.canonical_url);
        meta.description.clone_from(&page.description);
        meta.title = super::title::page_titles(page).into_iter().next();
    }
    let limit = last_kept.map_or(0, |i| i + 1);
    for f in judgement.findings.iter().take(limit).flatten() {
        match &f.effect {
            Effect::Meta(MetaValue::Byline(name)) if meta.byline.is_none() => {
                meta.byline = Some(name.clone());
            }
            Effect::Meta(MetaValue::Date { iso, byline }) => {
                if meta.date.is_none() {
                    meta.date = Some(iso.clone());
                }
                if meta.byline.is_none() {
                    meta.byline.clone_from(byline);
                }
            }
            _ => {}
        }
    }
    // Meta tags and JSON-LD are decoded after the input was: their
    // character references and escapes may make control characters.
    for field in [
        &mut meta.byline,
        &mut meta.title,
        &mut meta.site_name,
        &mut meta.url,
        &mut meta.description,
    ] {
        *field = field.take().map(crate::input::without_controls);
    }
    meta
}
