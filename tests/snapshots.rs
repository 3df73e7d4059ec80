//! insta snapshots of every fixture and seed: the explain view, which shows
//! the kept text and every removed block with its rule. `glob!` checks all
//! files and reports every failure, not just the first.

fn explain(path: &std::path::Path) -> String {
    pith::render::explain(&crate::support::clean(path))
}

fn with_top_level_snapshots(check: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(crate::support::root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(check);
}

// One glob per front-end keeps snapshot names stable when the other
// folder gains files (insta names a file by its path below the glob's
// common prefix).

#[test]
fn text_fixtures() {
    with_top_level_snapshots(|| {
        insta::glob!("../fixtures/text", "**/*.txt", |path| {
            insta::assert_snapshot!(explain(path));
        });
    });
}

#[test]
fn html_fixtures() {
    with_top_level_snapshots(|| {
        insta::glob!("../fixtures/html", "**/*.{html,htm}", |path| {
            insta::assert_snapshot!(explain(path));
        });
    });
}

#[test]
fn seeds() {
    with_top_level_snapshots(|| {
        insta::glob!("../seeds", "*.txt", |path| {
            insta::assert_snapshot!(explain(path));
        });
    });
}
