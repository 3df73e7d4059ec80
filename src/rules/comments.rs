//! Comment forms, counters and field labels.

use super::{DocContext, Effect, Finding, Needs, Rule, RuleInfo, Section};
use crate::block::Block;
use crate::lexicon::{Mode, PhraseSet, comments};
use crate::pattern::{self, Cued};
use regex_lite::Regex;
use std::sync::LazyLock;

static FORM_LINES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Line, comments::FORMS));
static FORM_SENTENCES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Contains, comments::FORM_SENTENCES));
static FIELD_LINES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Line, comments::FIELDS));

/// Longest line a comment-form prompt takes ("Your email address will not
/// be published. Required fields are marked *" is 13 words).
const FORM_MAX_WORDS: u32 = 25;

/// The prompts of a comment form: "Leave a Reply", "Your email address will
/// not be published". What follows them is the form or the thread.
pub struct Form;

pub static FORM: RuleInfo = RuleInfo {
    name: "comments/form",
    summary: "a comment form prompt (\"Leave a Reply\"); opens a comment section",
};

impl Rule for Form {
    fn info(&self) -> &'static RuleInfo {
        &FORM
    }

    fn needs(&self) -> Needs {
        Needs::words(FORM_MAX_WORDS)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > FORM_MAX_WORDS {
            return None;
        }
        let hit = FORM_LINES
            .find_in(block)
            .or_else(|| FORM_SENTENCES.find_in(block))?;
        Some(Finding {
            rule: &FORM,
            effect: Effect::OpensSection(Section::Comments),
            evidence: format!("{}: {}", hit.lang, hit.phrase),
        })
    }
}

/// Matched against the block's lower case.
static COUNT_PATTERN: LazyLock<Cued> = LazyLock::new(|| {
    Cued::new(
        &[
            "comment",
            "respons",
            "repl",
            "reaction",
            "thought",
            "коммент",
            "комент",
            "kommentar",
            "comentario",
        ],
        r#"^(?:[0-9]+\s*(?:comments?|responses?|replies|reactions|thoughts|комментари[а-яё]*|коментар[а-яії]*|kommentare?|commentaires?|comentarios?)(?:\s+(?:to|on)\s+["“«„'‘].+)?|(?:comments?|комментарии|коментарі|kommentare|commentaires|comentarios)\s*[(\[]?[0-9]+[)\]]?)$"#,
    )
});

/// Most words of a comment counter ("34 responses to “…the post's
/// headline…”").
const COUNT_MAX_WORDS: u32 = 30;

/// A comment counter: "12 Comments", "Comments (3)".
pub struct Count;

pub static COUNT: RuleInfo = RuleInfo {
    name: "comments/count",
    summary: "a comment counter (\"12 Comments\", \"Comments (3)\"); after the article it opens a comment section",
};

impl Rule for Count {
    fn info(&self) -> &'static RuleInfo {
        &COUNT
    }

    fn needs(&self) -> Needs {
        Needs::words(COUNT_MAX_WORDS).and_digit()
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        let sentence = block.features.ends_with_terminal && !block.text.ends_with(['”', '"', '»']);
        // Every form has the number of comments.
        if block.features.words > COUNT_MAX_WORDS
            || sentence
            || !block.text.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        COUNT_PATTERN.is_match(block.lowercase()).then(|| Finding {
            rule: &COUNT,
            effect: Effect::OpensSection(Section::Comments),
            evidence: "number of comments".into(),
        })
    }
}

/// A form field label alone on its line: "Name *", "Email *", "Website".
pub struct Field;

pub static FIELD: RuleInfo = RuleInfo {
    name: "comments/field",
    summary: "a comment form field label alone on a line (\"Name *\", \"Website\")",
};

impl Rule for Field {
    fn info(&self) -> &'static RuleInfo {
        &FIELD
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        FIELD_LINES
            .find_in(block)
            .map(|hit| Finding::drop(&FIELD, hit.phrase))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, hits};

    #[test]
    fn form_hit_opens_a_section() {
        let f = check(&Form, "Leave a Reply").unwrap();
        assert_eq!(f.effect, Effect::OpensSection(Section::Comments));
        assert!(hits(
            &Form,
            "Your email address will not be published. Required fields are marked *"
        ));
        assert!(hits(&Form, "Добавить комментарий"));
        assert!(hits(&Form, "Deja un comentario"));
        assert!(hits(&Form, "Be the first to review “Joco Cup 4oz”"));
        assert!(hits(&Form, "Be the first to review this item"));
    }

    #[test]
    fn form_miss() {
        assert!(!hits(
            &Form,
            "Other nations will join the discussion next week."
        ));
        assert!(!hits(
            &Form,
            "Readers were invited to leave a comment on the proposal before the council meets again in the spring, and hundreds of people did so within the first week of the consultation."
        ));
    }

    #[test]
    fn count_hit_and_miss() {
        assert!(hits(&Count, "12 Comments"));
        assert!(hits(&Count, "Comments (3)"));
        assert!(hits(
            &Count,
            "34 responses to “Anthony Lynn: We needed to win”"
        ));
        assert!(hits(&Count, "5 thoughts on “Garden diary”"));
        for text in [
            "3 replies",
            "8 reactions",
            "1 response",
            "12 комментариев",
            "5 коментарів",
            "4 Kommentare",
            "2 commentaires",
            "6 comentarios",
            "Комментарии (7)",
            "Коментарі 3",
            "Kommentare (2)",
        ] {
            assert!(hits(&Count, text), "{text}");
        }
        assert!(!hits(&Count, "12 comments were removed by moderators."));
        assert!(!hits(
            &Count,
            "150 comments on the proposal were submitted by Friday."
        ));
    }

    #[test]
    fn field_hit_and_miss() {
        assert!(hits(&Field, "Name *"));
        assert!(hits(&Field, "Website"));
        assert!(hits(&Field, "First Name"));
        assert!(!hits(&Field, "Name the three rivers."));
    }
}

/// After a handle's first character, which `is_handle_start` checks.
static AUTHOR_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"^[^:;,!?()\t\x20\u{a0}]*\s+(?:says|said|wrote|replied|пишет|пише|schreibt|dit|dice)\s*:$",
    )
});

/// User handles start in lower case, with a digit or an underscore.
fn is_handle_start(c: char) -> bool {
    c.is_lowercase() || c.is_numeric() || c == '_'
}

/// Most words of a comment's author line.
const AUTHOR_MAX_WORDS: u32 = 6;

/// The author line comment threads put above each comment: a user handle
/// and "says:" ("joetoronto says:"). Only a lower-case handle counts: "Kuleba
/// said:" and "The minister says:" introduce quotes in news.
pub struct Author;

pub static AUTHOR: RuleInfo = RuleInfo {
    name: "comments/author",
    summary: "a comment's author line (\"joetoronto says:\"); after the article it opens a comment section",
};

impl Rule for Author {
    fn info(&self) -> &'static RuleInfo {
        &AUTHOR
    }

    fn needs(&self) -> Needs {
        Needs::words(AUTHOR_MAX_WORDS)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > AUTHOR_MAX_WORDS {
            return None;
        }
        let line = block.text.trim();
        let mut chars = line.chars();
        // The pattern ends with the colon; most short lines do not.
        let is_author = line.ends_with(':')
            && chars.next().is_some_and(is_handle_start)
            && AUTHOR_PATTERN.is_match(chars.as_str());
        is_author.then(|| Finding {
            rule: &AUTHOR,
            effect: Effect::OpensSection(Section::Comments),
            evidence: "author of a comment".into(),
        })
    }
}

#[cfg(test)]
mod author_tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn author_hit_and_miss() {
        assert!(hits(&Author, "joetoronto says:"));
        assert!(hits(&Author, "ivan_petrov пишет:"));
        assert!(!hits(&Author, "The minister says:"));
        assert!(!hits(&Author, "Kuleba said:"));
        assert!(!hits(&Author, "He says the plan will work."));
    }
}

static USER_INFO_LABELS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Label, comments::USER_INFO));

/// Most words after a user-detail label ("Joined: 14 May 2012").
const USER_INFO_MAX_WORDS: u32 = 4;

/// A forum user's details beside a post: "Posts: 8,317", "Joined: May
/// 2012".
pub struct UserInfo;

pub static USER_INFO: RuleInfo = RuleInfo {
    name: "comments/user-info",
    summary: "a forum user's details beside a post (\"Posts: 8,317\", \"Joined: May 2012\")",
};

impl Rule for UserInfo {
    fn info(&self) -> &'static RuleInfo {
        &USER_INFO
    }

    fn needs(&self) -> Needs {
        Needs::words(USER_INFO_MAX_WORDS + 2)
            .and_digit()
            .and_label()
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > USER_INFO_MAX_WORDS + 2 {
            return None;
        }
        let (hit, rest) = USER_INFO_LABELS.find_label_in(block)?;
        let is_detail = rest.chars().any(|c| c.is_ascii_digit())
            && crate::features::Features::of(rest).words <= USER_INFO_MAX_WORDS;
        is_detail.then(|| Finding::drop(&USER_INFO, hit.phrase))
    }
}

#[cfg(test)]
mod user_info_tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn user_info_hit_and_miss() {
        assert!(hits(&UserInfo, "Posts: 8,317"));
        assert!(hits(&UserInfo, "Joined: May 2012"));
        assert!(!hits(
            &UserInfo,
            "Location: the old mill on the river, which burned down in 1921."
        ));
        assert!(!hits(&UserInfo, "Posts: none yet"));
    }
}
