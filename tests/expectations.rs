//! Each fixture's side file (`<name>.expect.toml`) lists text that must
//! survive and text that must go, so a regression cannot hide in a routine
//! snapshot update.
//!
//! ```toml
//! title = "The exact headline"
//! keep = ["a phrase of paragraph one", "…"]
//! drop = ["Advertisement:", "…"]
//! once = ["a phrase the page prints twice but the article has once"]
//! times = { "a feature line every plan lists" = 3 }
//! expect_empty = false
//! ```

use crate::support::{self, fold};
use std::path::Path;

#[derive(Debug, Default)]
struct Expectation {
    title: Option<String>,
    keep: Vec<String>,
    drop: Vec<String>,
    /// Kept, and exactly once.
    once: Vec<String>,
    /// Kept exactly this many times: lines each item of a list repeats.
    times: Vec<(String, usize)>,
    expect_empty: bool,
}

fn read(path: &Path) -> Option<Expectation> {
    let side = path.with_extension("expect.toml");
    let raw = std::fs::read_to_string(&side).ok()?;
    let table: toml::Table = raw
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", side.display()));
    let strings = |key: &str| -> Vec<String> {
        table
            .get(key)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    Some(Expectation {
        title: table
            .get("title")
            .and_then(|v| v.as_str())
            .map(String::from),
        keep: strings("keep"),
        drop: strings("drop"),
        once: strings("once"),
        times: table
            .get("times")
            .and_then(|v| v.as_table())
            .map(|t| {
                t.iter()
                    .map(|(phrase, n)| {
                        let n = n.as_integer().and_then(|n| usize::try_from(n).ok());
                        let n = n.unwrap_or_else(|| panic!("{}: times.{phrase:?}", side.display()));
                        (phrase.clone(), n)
                    })
                    .collect()
            })
            .unwrap_or_default(),
        expect_empty: table
            .get("expect_empty")
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
    })
}

/// Checks one input against its side file; returns the violations.
fn violations(path: &Path, expected: &Expectation) -> Vec<String> {
    let article = support::clean(path);
    let output = fold(&pith::render::text(&article));
    let mut problems = Vec::new();
    if expected.expect_empty && !article.is_empty() {
        problems.push(format!(
            "expected no article, got: {}",
            output.chars().take(120).collect::<String>()
        ));
    }
    if let Some(title) = &expected.title
        && article.title().map(fold).as_deref() != Some(fold(title).as_str())
    {
        problems.push(format!(
            "title: expected {title:?}, got {:?}",
            article.title()
        ));
    }
    for keep in &expected.keep {
        if !output.contains(&fold(keep)) {
            problems.push(format!("lost: {keep:?}"));
        }
    }
    for drop in &expected.drop {
        if output.contains(&fold(drop)) {
            problems.push(format!("kept: {drop:?}"));
        }
    }
    let once = expected.once.iter().map(|phrase| (phrase, 1));
    let times = expected.times.iter().map(|(phrase, n)| (phrase, *n));
    for (phrase, wanted) in once.chain(times) {
        let found = output.matches(&fold(phrase)).count();
        if found != wanted {
            problems.push(format!("{phrase:?} stands {found} times, not {wanted}"));
        }
    }
    problems
}

#[test]
fn fixtures_keep_and_drop_what_their_side_files_say() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in support::inputs() {
        let Some(expected) = read(&path) else {
            continue;
        };
        checked += 1;
        for problem in violations(&path, &expected) {
            failures.push(format!(
                "{}: {problem}",
                path.strip_prefix(support::root()).unwrap().display()
            ));
        }
    }
    assert!(checked >= 25, "only {checked} fixtures have side files");
    assert!(
        failures.is_empty(),
        "{} violations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_fixture_has_a_side_file() {
    let missing: Vec<_> = support::inputs()
        .into_iter()
        .filter(|p| p.starts_with(support::root().join("fixtures")))
        .filter(|p| !p.with_extension("expect.toml").is_file())
        .collect();
    assert!(
        missing.is_empty(),
        "fixtures without side files: {missing:?}"
    );
}
