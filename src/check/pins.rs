//! Pins: `<name>.expect.toml` beside an input in the corpus, in the
//! format of the project's own fixtures.
//!
//! ```toml
//! title = "The exact headline"
//! keep = ["a phrase that must survive", "…"]
//! drop = ["Advertisement:", "…"]
//! once = ["a phrase the page prints twice, the article once"]
//! expect_empty = false
//! ```
//!
//! A snapshot says "this is what came out last time"; a pin says "this
//! must (not) come out", so a regression cannot be waved through by an
//! `--update`. Matching is by substring in the text output (headline and
//! body) after folding every run of white space to one space, whatever
//! `--format` the snapshot uses.

use pith::whitespace::fold;
use pith::{Article, render};
use serde::Deserialize;
use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Path, PathBuf};

/// What the side file's name adds to the input's stem.
pub const SIDE_SUFFIX: &str = ".expect.toml";

/// How much of an unexpected article a violation quotes.
const QUOTE_CHARS: usize = 120;

/// One side file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pins {
    /// The headline, exactly (after folding white space).
    pub title: Option<String>,
    /// Text that must be in the output.
    #[serde(default)]
    pub keep: Vec<String>,
    /// Text that must not be in the output.
    #[serde(default)]
    pub drop: Vec<String>,
    /// Text that must be in the output exactly once.
    #[serde(default)]
    pub once: Vec<String>,
    /// The page has no article: the output must be empty.
    #[serde(default)]
    pub expect_empty: bool,
}

/// The side file of an input whose name without its input extensions is
/// `stem`: `news/a.html.gz` → `news/a.expect.toml`.
pub fn side_file(input: &Path, stem: &OsStr) -> PathBuf {
    let mut name = OsString::from(stem);
    name.push(SIDE_SUFFIX);
    input.with_file_name(name)
}

/// The pins in `path`, `None` when there is no such file. A file that is
/// not valid TOML, or has a key other than the five above, is an error:
/// a misspelt `kep = […]` would otherwise pin nothing without a word.
pub fn read(path: &Path) -> Result<Option<Pins>, String> {
    let raw = match std::fs::read_to_string(path) {
        Ok(raw) => raw,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    toml::from_str(&raw).map(Some).map_err(|e| {
        let line = e
            .span()
            .map(|span| raw[..span.start.min(raw.len())].matches('\n').count() + 1);
        match line {
            Some(line) => format!("line {line}: {}", e.message()),
            None => e.message().to_string(),
        }
    })
}

impl Pins {
    /// Every pin the article breaks, one line each: `lost: "…"`,
    /// `kept: "…"`, `"…" stands 2 times, not once`, `title: expected "…",
    /// got "…"`, `expected no article, got: …`.
    pub fn violations(&self, article: &Article) -> Vec<String> {
        let output = fold(&render::text(article));
        let mut out = Vec::new();
        if self.expect_empty && !article.is_empty() {
            let quote: String = output.chars().take(QUOTE_CHARS).collect();
            out.push(format!("expected no article, got: {quote}"));
        }
        if let Some(title) = &self.title
            && article.title().map(fold).as_deref() != Some(fold(title).as_str())
        {
            out.push(format!(
                "title: expected {title:?}, got {:?}",
                article.title()
            ));
        }
        for keep in &self.keep {
            if !output.contains(&fold(keep)) {
                out.push(format!("lost: {keep:?}"));
            }
        }
        for drop in &self.drop {
            if output.contains(&fold(drop)) {
                out.push(format!("kept: {drop:?}"));
            }
        }
        for once in &self.once {
            let times = output.matches(&fold(once)).count();
            if times != 1 {
                out.push(format!("{once:?} stands {times} times, not once"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        pith::clean(text.as_bytes(), &pith::Options::default()).unwrap()
    }

    const PAGE: &str = "Home\nWorld\n\nCity opens new library\n\nThe city opened its new \
        central library on Monday, after four years of building work and a long fight over \
        its cost.\n\nAdvertisement:\n\nReaders queued from early morning to see the reading \
        rooms, and the children's floor was full by ten.\n";

    #[test]
    fn side_files_sit_beside_the_input_under_its_stem() {
        assert_eq!(
            side_file(Path::new("corpus/news/a.html.gz"), OsStr::new("a")),
            Path::new("corpus/news/a.expect.toml")
        );
    }

    #[test]
    fn kept_pins_pass_and_broken_ones_are_named() {
        let pins: Pins = toml::from_str(
            "title = \"City opens new library\"\n\
             keep = [\"Readers   queued\", \"the mayor said\"]\n\
             drop = [\"Advertisement:\", \"Home\"]\n",
        )
        .unwrap();
        let violations = pins.violations(&article(PAGE));
        assert_eq!(violations, ["lost: \"the mayor said\""]);
    }

    #[test]
    fn once_pins_count_their_text() {
        let pins: Pins = toml::from_str("once = [\"the children's floor\", \"the\"]\n").unwrap();
        let violations = pins.violations(&article(PAGE));
        assert_eq!(violations.len(), 1, "{violations:?}");
        assert!(
            violations[0].starts_with("\"the\" stands"),
            "{violations:?}"
        );
    }

    #[test]
    fn unknown_keys_are_refused() {
        let dir = std::env::temp_dir().join(format!("pith-pins-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.expect.toml");
        std::fs::write(&path, "kep = [\"x\"]\n").unwrap();
        let err = read(&path).unwrap_err();
        assert!(err.contains("kep"), "{err}");
        assert!(read(&dir.join("none.expect.toml")).unwrap().is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
