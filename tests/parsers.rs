//! pith's own HTML parser against html5ever, the reference: on every HTML
//! fixture and on markup that leaves the tree to the parser's repair
//! rules, both must give the same blocks, with the same fate.

fn explain_with(bytes: &[u8], parser: pith::HtmlParser) -> String {
    let options = pith::Options {
        input: pith::FormatHint::Html,
        html_parser: parser,
        ..pith::Options::default()
    };
    let article = pith::clean(bytes, &options).unwrap_or_else(|e| panic!("{e}"));
    pith::render::explain(&article)
}

fn assert_same(label: &str, bytes: &[u8]) {
    let ours = explain_with(bytes, pith::HtmlParser::Pith);
    let reference = explain_with(bytes, pith::HtmlParser::Html5ever);
    assert!(
        ours == reference,
        "{label}: the parsers differ\n--- html5ever\n{reference}\n--- pith\n{ours}"
    );
}

#[test]
fn every_html_fixture_parses_as_html5ever_parses_it() {
    let inputs: Vec<_> = crate::support::inputs()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html" || e == "htm"))
        .collect();
    assert!(
        inputs.len() >= 30,
        "only {} HTML fixtures found",
        inputs.len()
    );
    for path in inputs {
        let bytes = std::fs::read(&path).unwrap();
        assert_same(&path.display().to_string(), &bytes);
    }
}

/// Prose long enough for an article, so that the blocks around it are
/// judged and shown.
const PROSE: &str = "<p>The council met on Tuesday evening to discuss the new budget for the \
    town's libraries, which had been cut twice in the last three years.</p>";

/// Markup whose tree comes from the standard's repair rules: missing end
/// tags, stray ones, content where it does not belong.
const REPAIRED: &[(&str, &str)] = &[
    (
        "unclosed paragraphs",
        "<p>One paragraph of text<p>Another paragraph<div>A block</div>",
    ),
    (
        "unclosed list items",
        "<ul><li>First item<li>Second item<li>Third</ul><p>After the list",
    ),
    (
        "definition lists",
        "<dl><dt>Term<dd>Its meaning<dt>Next term<dd>Next meaning</dl>",
    ),
    (
        "rows and cells without end tags",
        "<table><tr><td>a<td>b<tr><td>c<td>d</table><p>After the table",
    ),
    (
        "cells without rows",
        "<table><td>first cell<td>second cell</table>",
    ),
    (
        "text and blocks inside a table",
        "<table>stray text<tr><td>cell</td></tr><div>a block in a table</div></table>",
    ),
    (
        "nested tables",
        "<table><tr><td><table><tr><td>inner</td></tr></table>outer cell<td>next</table>",
    ),
    (
        "stray end tags",
        "</div></span><p>Text</p></li></td></table><p>More text</p>",
    ),
    (
        "headings that run into each other",
        "<h2>First heading<h3>Second heading</h2><p>Body text",
    ),
    (
        "a link around a block",
        "<a href='/x'><div>Card title</div><p>Card text</p></a><p>Next",
    ),
    (
        "a link left open",
        "<p><a href='/x'>link text<p>next paragraph</p>",
    ),
    (
        "nested links",
        "<a href='/a'>first<a href='/b'>second</a> after</a>",
    ),
    (
        "svg with self-closing tags",
        "<p>Before<svg><path d='M0 0'/><title>Icon</title><circle/></svg> after</p>",
    ),
    (
        "svg left open",
        "<svg><g><text>label</text><p>Paragraph after the svg",
    ),
    (
        "pre keeps its lines",
        "<pre>\nline one\n  line two\n\nline four</pre>",
    ),
    (
        "head content in the body",
        "<title>Doc</title><p>Text<meta name=x content=y><style>p{}</style> more</p>",
    ),
    (
        "raw text with tags inside",
        "<script>if (a < b) document.write('<p>no</p>')</script><p>yes</p><textarea><b>typed</b></textarea>",
    ),
    (
        "references in text and attributes",
        "<p title='a&amp;b'>AT&amp;T &copy 2024 &#8212; &#x27;quoted&#x27; &notit; &bogus;</p>\
         <a href='?a=1&copy=2'>query</a>",
    ),
    (
        "comments and declarations",
        "<!DOCTYPE html><!-- note --><p>Text<!-- a <b> comment --> on</p><?pi?>",
    ),
    (
        "forms and options",
        "<form><p>Name<form><input name=q><button>Go</button></form><select><option>A<option>B</select>",
    ),
    (
        "a second body tag",
        "<body class=a><p>Text</p><body class=b id=main><p>More</p>",
    ),
    (
        "carriage returns",
        "<pre>one\r\ntwo\rthree</pre><p>four\r\nfive</p>",
    ),
    (
        "uppercase tags",
        "<DIV CLASS='Nav'><UL><LI>Home<LI>About</UL></DIV><P>Body",
    ),
    (
        "an unfinished tag at the end",
        "<p>Complete text</p><div class=\"open",
    ),
];

#[test]
fn repaired_markup_parses_as_html5ever_parses_it() {
    for (label, body) in REPAIRED {
        let page =
            format!("<html><head><title>T</title></head><body>{PROSE}{body}{PROSE}</body></html>");
        assert_same(label, page.as_bytes());
        // And as the whole page, with no prose to anchor it.
        assert_same(label, body.as_bytes());
    }
}

/// The one repair the parsers make differently: a link closed while a
/// block opened inside it is still open. The standard moves the block out
/// of the link ("adoption agency") and keeps it open, so what follows
/// the link goes into the block; pith closes the block with the link.
/// The text is the same, only where a block ends differs: here a table
/// cell holds a company's logo and name, and pith keeps the name in the
/// row.
#[test]
fn a_block_closed_with_its_link_keeps_the_text() {
    let page = "<table><tr><th><a href='/x'><div><img src=a.png></a><a href='/x'>Name</a></div></th><td>cell</td></tr></table>";
    let text = |parser| {
        let options = pith::Options {
            input: pith::FormatHint::Html,
            html_parser: parser,
            ..pith::Options::default()
        };
        let article = pith::clean(page.as_bytes(), &options).unwrap();
        article
            .blocks
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join(" / ")
    };
    assert_eq!(text(pith::HtmlParser::Pith), "Name | cell");
    assert_eq!(text(pith::HtmlParser::Html5ever), "Name / cell");
}

/// Pieces of markup a generated tag soup is made of: every repair the
/// tree builder makes, and markup cut off anywhere.
const SOUP: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"post\">",
    "</div>",
    "<table>",
    "</table>",
    "<tr>",
    "<td>",
    "</td>",
    "<li>",
    "<ul>",
    "</ul>",
    "<a href=\"/x\">",
    "</a>",
    "<b>",
    "</b>",
    "<svg><path/>",
    "</svg>",
    "<script>var x = '<p>';",
    "</script>",
    "<pre>\n",
    "<!-- note",
    "-->",
    "<br/>",
    "<h2>",
    "</h3>",
    "<form><button>",
    "</body>",
    "<html lang=de>",
    "&amp; &copy &#x2014; &",
    "<",
    "<div class=\"",
    "The council met on Tuesday and agreed to publish the report next month.",
    "Residents said the new bridge would cut their journey to work by half.",
];

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x7a95_0001),
        ..proptest::test_runner::Config::default()
    })]

    /// Whatever the markup, both parsers give a result, and every word
    /// pith's keeps comes from the page.
    #[test]
    fn tag_soup_parses_and_keeps_only_the_pages_words(
        parts in proptest::collection::vec(0..SOUP.len(), 0..60)
    ) {
        let page: String = parts.iter().map(|&i| SOUP[i]).collect();
        let ours = explain_with(page.as_bytes(), pith::HtmlParser::Pith);
        explain_with(page.as_bytes(), pith::HtmlParser::Html5ever);
        let words: std::collections::HashSet<&str> = SOUP
            .iter()
            .flat_map(|p| p.split(|c: char| !c.is_alphanumeric()))
            .collect();
        for line in ours.lines().filter(|l| l.starts_with("KEEP") || l.starts_with("TITLE")) {
            for word in line[5..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                proptest::prop_assert!(words.contains(word), "{word:?} is not the page's: {line}");
            }
        }
    }
}
