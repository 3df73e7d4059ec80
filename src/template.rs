//! Site templates: text that repeats across many pages of one site.
//!
//! A menu, a footer or a "You May Also Like" heading that the single-page
//! rules miss still gives itself away in a batch: it stands, word for
//! word, on page after page of the same site. A first pass collects each
//! page's block texts (as hashes of their normalised form) by site; the
//! texts on enough of a site's pages become that site's template, and the
//! second pass removes them under `template/repeated`.
//!
//! The result depends only on which pages there are, not on their order
//! or on how many threads read them.

use crate::block::Block;
use crate::lexicon::normalise;
use crate::{Budget, Format, InputError, Options, html, input, text};
use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

/// Fewest pages of a site a text must stand on to be template.
pub const MIN_PAGES: u32 = 3;
/// Least share of a site's pages a text must stand on. A quote repeated in
/// a few stories of a large site is not template; a footer is on all.
pub const MIN_SHARE: f32 = 0.2;
/// Fewest words of a block that can be template: shorter ones ("Share",
/// "Home") are the single-page rules' business, and a two-word subheading
/// may well recur in real articles.
pub const MIN_WORDS: u32 = 3;

/// The hash a block's text is known by: its normalised form, hashed with
/// fixed keys so that every run and every thread agrees.
pub fn text_key(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    normalise(text).hash(&mut hasher);
    hasher.finish()
}

/// What the first pass learns from one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageKeys {
    /// The host of the page's canonical URL, when the page names one.
    pub host: Option<String>,
    /// The keys of its blocks, each once.
    pub keys: Vec<u64>,
}

/// Reads a page far enough to know its blocks and its host.
pub fn page_keys(bytes: &[u8], options: &Options) -> Result<PageKeys, InputError> {
    let budget = Budget::start(options.time_budget);
    let decoded = input::decode(bytes, options.input, options.max_input_bytes)?;
    let (blocks, host): (Vec<Block>, Option<String>) = match decoded.format {
        Format::Html => {
            let walked = html::parse(decoded.text, options.html_parser, &budget)?;
            let host = walked.page.meta.canonical_url.as_deref().and_then(url_host);
            (walked.blocks, host)
        }
        Format::Text => (text::blocks(&decoded.text, &budget)?, None),
    };
    let mut keys: Vec<u64> = blocks
        .iter()
        .filter(|b| b.features.words >= MIN_WORDS)
        .map(|b| text_key(&b.text))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    Ok(PageKeys { host, keys })
}

/// "https://www.example.com/a/b" → "www.example.com".
fn url_host(url: &str) -> Option<String> {
    let rest = url
        .split_once("://")
        .map_or(url, |(_, r)| r)
        .trim_start_matches('/');
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Counts, per site, on how many pages each text stands.
#[derive(Debug, Default)]
pub struct Learner {
    sites: HashMap<String, (u32, HashMap<u64, u32>)>,
    /// Pages already counted, by site and the hash of all their keys: a
    /// crawl that fetched one page twice must not make its article a
    /// template.
    seen: HashSet<(String, u64)>,
}

impl Learner {
    /// Adds one page of `site`; a page with the same texts as one already
    /// added for the site counts once. `keys` must be sorted and unique,
    /// as `page_keys` returns them.
    pub fn add(&mut self, site: &str, keys: &[u64]) {
        let mut hasher = DefaultHasher::new();
        keys.hash(&mut hasher);
        if !self.seen.insert((site.to_string(), hasher.finish())) {
            return;
        }
        let (pages, counts) = self.sites.entry(site.to_string()).or_default();
        *pages += 1;
        for &key in keys {
            *counts.entry(key).or_default() += 1;
        }
    }

    /// Each site's template: the texts on at least `MIN_PAGES` and
    /// `MIN_SHARE` of its pages.
    pub fn finish(self) -> Templates {
        let sites = self
            .sites
            .into_iter()
            .map(|(site, (pages, counts))| {
                let needed = MIN_PAGES.max((MIN_SHARE * pages as f32).ceil() as u32);
                let template: HashSet<u64> = counts
                    .into_iter()
                    .filter(|&(_, n)| n >= needed)
                    .map(|(k, _)| k)
                    .collect();
                (site, template)
            })
            .collect();
        Templates { sites }
    }
}

/// The templates learned for each site.
#[derive(Debug, Default)]
pub struct Templates {
    sites: HashMap<String, HashSet<u64>>,
}

impl Templates {
    /// The template of `site`, if it has one.
    pub fn of(&self, site: &str) -> Option<&HashSet<u64>> {
        self.sites.get(site).filter(|t| !t.is_empty())
    }

    /// Texts learned over all sites.
    pub fn len(&self) -> usize {
        self.sites.values().map(HashSet::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_what_repeats_on_enough_pages_of_one_site() {
        let footer = text_key("© Example Media. All rights reserved.");
        let story = |n: u64| text_key(&format!("story number {n} of the day"));
        let mut learner = Learner::default();
        for n in 0..5 {
            learner.add("a.example", &[footer, story(n)]);
        }
        learner.add("b.example", &[footer]);
        let templates = learner.finish();
        assert!(templates.of("a.example").unwrap().contains(&footer));
        assert!(!templates.of("a.example").unwrap().contains(&story(1)));
        assert!(
            templates.of("b.example").is_none(),
            "one page teaches nothing"
        );
    }

    #[test]
    fn a_page_fetched_twice_counts_once() {
        let mut keys = vec![
            text_key("a story told once"),
            text_key("and its second paragraph"),
        ];
        keys.sort_unstable();
        let mut learner = Learner::default();
        for _ in 0..5 {
            learner.add("a.example", &keys);
        }
        assert!(learner.finish().of("a.example").is_none());
    }

    #[test]
    fn keys_ignore_case_and_punctuation_around() {
        assert_eq!(text_key("Most Read:"), text_key("most read"));
    }

    #[test]
    fn hosts_from_urls() {
        assert_eq!(
            url_host("https://www.Example.com:443/a?b").as_deref(),
            Some("www.example.com")
        );
        assert_eq!(
            url_host("//cdn.example.org/x").as_deref(),
            Some("cdn.example.org")
        );
    }
}
