//! What every fuzz target asserts about a cleaned document, beyond "no
//! panic": each output renders, and the text is clean.

use pith::{Article, FormatHint, Options, render};

/// Cleans `bytes` as `input` and checks every rendering of the result.
pub fn clean_and_check(bytes: &[u8], input: FormatHint) {
    let options = Options {
        input,
        ..Options::default()
    };
    if let Ok(article) = pith::clean(bytes, &options) {
        check_article(&article);
    }
}

/// Renders `article` every way pith can and checks the text output.
pub fn check_article(article: &Article) {
    let text = render::text(article);
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "control character in the output: {text:?}"
    );
    let _ = render::markdown(article, true);
    let _ = render::json(article, "-");
    let _ = render::explain_json(article);
}
