//! Page metadata from `<head>` and JSON-LD: title, site name, author,
//! date, language, canonical URL, description, and the article body some
//! pages embed as `articleBody`.

use super::attrs;
use html5ever::local_name;
use scraper::node::Element;
use serde_json::Value;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// `<title>`, as written (site suffix and all).
    pub document_title: Option<String>,
    pub og_title: Option<String>,
    pub site_name: Option<String>,
    pub description: Option<String>,
    pub canonical_url: Option<String>,
    pub language: Option<String>,
    pub author: Option<String>,
    /// As the page gives it; ISO 8601 in practice.
    pub published: Option<String>,
    /// JSON-LD `headline`.
    pub headline: Option<String>,
    /// JSON-LD `articleBody`, white space folded.
    pub article_body: Option<String>,
    /// JSON-LD `description` of a `Product`, white space folded: a product
    /// page's main text.
    pub product_description: Option<String>,
    /// JSON-LD or microdata says the page is a discussion
    /// (`DiscussionForumPosting`, `QAPage`): its replies are its content,
    /// not comments under it.
    pub is_discussion: bool,
    /// Products the page's JSON-LD declares as its own entities (at the
    /// top level or in `@graph`, not inside a list): one on a product
    /// page; none or many on a listing.
    pub products_declared: u32,
    /// The markup inside the page's `<noscript>` elements, which the parser
    /// keeps as raw text: pages that build their content with JavaScript
    /// often give the whole article there (forum software does).
    pub noscript_html: String,
}

impl PageMeta {
    /// Reads a `<meta>` or `<link>` element.
    pub fn read_element(&mut self, el: &Element) {
        match el.name() {
            "meta" => self.read_meta(el),
            "link"
                if attrs::get(el, &local_name!("rel"))
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
            {
                set_once(
                    &mut self.canonical_url,
                    attrs::get(el, &local_name!("href")),
                );
            }
            "html" => set_once(&mut self.language, attrs::get(el, &local_name!("lang"))),
            _ => {}
        }
        // Microdata says it as JSON-LD does: itemtype="https://schema.org/QAPage".
        if !self.is_discussion
            && let Some(itemtype) = attrs::get(el, &local_name!("itemtype"))
        {
            self.is_discussion = itemtype.split_whitespace().any(|t| {
                let name = t.rsplit('/').next().unwrap_or(t);
                DISCUSSION_TYPES.contains(&name)
            });
        }
    }

    fn read_meta(&mut self, el: &Element) {
        let key = attrs::get(el, &local_name!("property"))
            .or(attrs::get(el, &local_name!("name")))
            .or(attrs::get(el, &local_name!("itemprop")));
        let Some(key) = key.map(str::to_ascii_lowercase) else {
            return;
        };
        let content = attrs::get(el, &local_name!("content"));
        match key.as_str() {
            "og:title" | "twitter:title" => set_once(&mut self.og_title, content),
            "og:site_name" | "application-name" => set_once(&mut self.site_name, content),
            "description" | "og:description" => set_once(&mut self.description, content),
            // article:author is often a profile URL, not a name.
            "author" | "article:author" | "parsely-author" | "dc.creator"
                if content.is_some_and(|c| !c.starts_with("http")) =>
            {
                set_once(&mut self.author, content);
            }
            "article:published_time"
            | "datepublished"
            | "date"
            | "dc.date"
            | "parsely-pub-date"
            | "pubdate"
            | "publishdate"
            | "og:article:published_time" => {
                set_once(&mut self.published, content);
            }
            "og:url" => set_once(&mut self.canonical_url, content),
            "og:locale" | "language" | "content-language" => {
                let lang = content.map(|c| c.split(['_', '-']).next().unwrap_or(c));
                set_once(&mut self.language, lang);
            }
            _ => {}
        }
    }

    /// Reads one `<script type="application/ld+json">`.
    pub fn read_json_ld(&mut self, source: &str) {
        let Ok(value) = serde_json::from_str::<Value>(source.trim()) else {
            return;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if is_type(map.get("@type"), DISCUSSION_TYPES) {
                        self.is_discussion = true;
                    }
                    if is_type(map.get("@type"), ARTICLE_TYPES) {
                        self.read_article(v);
                    } else if is_type(map.get("@type"), PRODUCT_TYPES) {
                        self.products_declared += 1;
                        self.read_product(v);
                    }
                }
                _ => {}
            }
        }
    }

    fn read_article(&mut self, v: &Value) {
        set_once(
            &mut self.headline,
            v.get("headline").and_then(Value::as_str),
        );
        set_once(
            &mut self.published,
            v.get("datePublished").and_then(Value::as_str),
        );
        if self.author.is_none() {
            self.author = v.get("author").and_then(author_name);
        }
        if self.article_body.is_none() {
            self.article_body = v
                .get("articleBody")
                .and_then(Value::as_str)
                .map(crate::whitespace::fold)
                .filter(|b| !b.is_empty());
        }
    }

    fn read_product(&mut self, v: &Value) {
        if self.product_description.is_none() {
            self.product_description = v
                .get("description")
                .and_then(Value::as_str)
                .map(crate::whitespace::fold)
                .filter(|d| !d.is_empty());
        }
    }

    /// The page declares one product as its entity: a product page, not
    /// a listing of products.
    pub fn is_product_page(&self) -> bool {
        self.products_declared == 1
    }

    /// The page's main text as its JSON-LD gives it: an article's body,
    /// or else a product's description.
    pub fn json_ld_text(&self) -> Option<&str> {
        self.article_body
            .as_deref()
            .or(self.product_description.as_deref())
    }
}

fn set_once(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none()
        && let Some(v) = value.map(str::trim).filter(|v| !v.is_empty())
    {
        *slot = Some(v.to_string());
    }
}

/// JSON-LD types whose objects describe the page's main text.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "TechArticle",
    "ScholarlyArticle",
    "LiveBlogPosting",
    "WebPage",
    "DiscussionForumPosting",
    "Recipe",
    "Review",
];

/// JSON-LD types of a discussion thread.
const DISCUSSION_TYPES: &[&str] = &["DiscussionForumPosting", "QAPage"];

/// JSON-LD types whose `description` is a product page's main text.
const PRODUCT_TYPES: &[&str] = &["Product", "ProductGroup"];

/// Whether a JSON-LD `@type` (a name or a list of names) is one of `types`.
fn is_type(t: Option<&Value>, types: &[&str]) -> bool {
    match t {
        Some(Value::String(s)) => types.contains(&s.as_str()),
        Some(Value::Array(a)) => a.iter().any(|v| is_type(Some(v), types)),
        _ => false,
    }
}

/// `"author": "Jane"`, `{"name": "Jane"}` or a list of those, joined.
fn author_name(v: &Value) -> Option<String> {
    let names: Vec<String> = match v {
        Value::String(s) => vec![s.clone()],
        Value::Object(m) => m
            .get("name")
            .and_then(Value::as_str)
            .map(String::from)
            .into_iter()
            .collect(),
        Value::Array(a) => a.iter().filter_map(author_name).collect(),
        _ => Vec::new(),
    };
    let joined = names.join(", ");
    (!joined.trim().is_empty()).then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_ld_graphs_and_authors() {
        let mut meta = PageMeta::default();
        meta.read_json_ld(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
            {"@type":["NewsArticle"],"headline":"Big news","datePublished":"2024-03-12T10:31:00Z",
             "author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],
             "articleBody":"First  line.\n Second."}]}"#,
        );
        assert_eq!(meta.headline.as_deref(), Some("Big news"));
        assert_eq!(meta.author.as_deref(), Some("Jane Doe, John Roe"));
        assert_eq!(meta.published.as_deref(), Some("2024-03-12T10:31:00Z"));
        assert_eq!(meta.article_body.as_deref(), Some("First line. Second."));
    }

    #[test]
    fn reads_a_product_description() {
        let mut meta = PageMeta::default();
        meta.read_json_ld(
            r#"{"@type":"Product","name":"Mug","description":"Wheel  thrown.\nStoneware."}"#,
        );
        assert_eq!(
            meta.product_description.as_deref(),
            Some("Wheel thrown. Stoneware.")
        );
        assert_eq!(meta.json_ld_text(), Some("Wheel thrown. Stoneware."));
        assert_eq!(meta.headline, None);
        assert!(meta.is_product_page());
    }

    #[test]
    fn a_product_page_declares_one_product() {
        let products = |scripts: &[&str]| {
            let mut meta = PageMeta::default();
            for s in scripts {
                meta.read_json_ld(s);
            }
            meta.is_product_page()
        };
        assert!(products(&[
            r#"{"@graph":[{"@type":"WebPage"},{"@type":"ProductGroup","hasVariant":[{"@type":"Product"},{"@type":"Product"}]}]}"#
        ]));
        // A category page lists its products, or declares each of them.
        assert!(!products(&[
            r#"{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"Product"}}]}"#
        ]));
        assert!(!products(&[
            r#"{"@type":"Product"}"#,
            r#"{"@type":"Product"}"#
        ]));
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let mut meta = PageMeta::default();
        meta.read_json_ld("{not json");
        assert_eq!(meta, PageMeta::default());
    }
}
