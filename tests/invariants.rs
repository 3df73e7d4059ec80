//! Properties that hold for every input.

use crate::support;

/// For text dumps. Cleaning an HTML page's text output as a dump is not
/// the same operation: the text has lost the DOM that kept, say, a short
/// closing list in the article.
#[test]
fn cleaning_a_dump_twice_changes_nothing() {
    let dumps = support::inputs()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"));
    for path in dumps {
        assert_cleans_to_itself(&path);
    }
}

/// The same on every benchmark dump, when `../shared/bench` (or
/// `PITH_BENCH_DIR`) is there: 415 pages of five tools found cases the
/// fixtures had not.
#[test]
fn cleaning_a_benchmark_dump_twice_changes_nothing() {
    let dir = support::bench_dir().join("textdump-dev");
    let Ok(tools) = std::fs::read_dir(&dir) else {
        eprintln!("{}: missing, skipped", dir.display());
        return;
    };
    for tool in tools.flatten().filter(|t| t.path().is_dir()) {
        for dump in std::fs::read_dir(tool.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            assert_cleans_to_itself(&dump.path());
        }
    }
}

fn assert_cleans_to_itself(path: &std::path::Path) {
    let once = pith::render::text(&support::clean(path));
    if once.is_empty() {
        return;
    }
    let options = pith::Options {
        input: pith::FormatHint::Text,
        ..Default::default()
    };
    let twice = pith::render::text(&pith::clean(once.as_bytes(), &options).unwrap());
    assert_eq!(
        support::fold(&once),
        support::fold(&twice),
        "{}",
        path.display()
    );
}

#[test]
fn every_output_word_is_in_the_input() {
    for path in support::inputs() {
        let article = support::clean(&path);
        let bytes = std::fs::read(&path).unwrap();
        let decoded = pith::input::decode(&bytes, pith::FormatHint::Auto, usize::MAX).unwrap();
        // In HTML a word can span elements ("<code>a.toml</code>."): also
        // search the page's text nodes joined without separators.
        let decoded = if decoded.format == pith::Format::Html {
            let document = scraper::Html::parse_document(&decoded.text);
            let joined: String = document.root_element().text().collect();
            format!("{}\n{joined}", decoded.text)
        } else {
            decoded.text
        };
        for word in pith::render::text(&article).split_whitespace() {
            // pith's own marks: list bullets and the cell separator of a
            // table row.
            if word == "•" || word == pith::block::CELL_SEPARATOR.trim() {
                continue;
            }
            assert!(
                decoded.contains(word),
                "{}: {word:?} not in input",
                path.display()
            );
        }
    }
}

#[test]
fn removed_blocks_name_a_listed_rule() {
    let listed: Vec<&str> = pith::rules::all().iter().map(|r| r.name).collect();
    for path in support::inputs() {
        for (_, rule) in support::clean(&path).removed() {
            assert!(
                listed.contains(&rule.name),
                "{}: unlisted rule {}",
                path.display(),
                rule.name
            );
        }
    }
}

#[test]
fn no_panic_on_hostile_bytes() {
    let cases: Vec<Vec<u8>> = vec![
        vec![],
        b" \n\t\r\n".to_vec(),
        vec![0],
        vec![0xff; 100],
        b"\x1f\x8b\x08\x00garbage".to_vec(),
        "<".repeat(10_000).into_bytes(),
        format!("{}x", "<div>".repeat(50_000)).into_bytes(),
        "a\u{301}\u{301}\u{301} שלום 世界 🎉\n"
            .repeat(100)
            .into_bytes(),
        (0..=255u8).cycle().take(5000).collect(),
    ];
    for bytes in cases {
        for input in [
            pith::FormatHint::Auto,
            pith::FormatHint::Html,
            pith::FormatHint::Text,
        ] {
            let options = pith::Options {
                input,
                ..Default::default()
            };
            if let Ok(article) = pith::clean(&bytes, &options) {
                let _ = pith::render::text(&article);
                let _ = pith::render::json(&article, "-");
            }
        }
    }
}

#[test]
fn owned_and_borrowed_input_clean_the_same() {
    for path in support::inputs() {
        let bytes = std::fs::read(&path).unwrap();
        let options = pith::Options::default();
        let borrowed = pith::clean(&bytes, &options).map(|a| pith::render::explain(&a));
        let owned = pith::clean_owned(bytes, &options).map(|a| pith::render::explain(&a));
        assert_eq!(borrowed, owned, "{}", path.display());
    }
}

#[test]
fn articles_can_cross_threads() {
    fn send<T: Send>(_: &T) {}
    let page = crate::pages::html_page("threads");
    let article = pith::clean(page.as_bytes(), &pith::Options::default()).unwrap();
    send(&article);
    let text = std::thread::spawn(move || pith::render::text(&article))
        .join()
        .unwrap();
    assert!(!text.is_empty());
}
