//! Related content: inline links to other stories, headings that open
//! teaser lists, and the timestamps of those lists.

use super::{DocContext, Effect, Finding, Needs, Rule, RuleInfo, Section};
use crate::block::Block;
use crate::features::Features;
use crate::lexicon::{Mode, PhraseSet, related};
use crate::pattern;
use regex_lite::Regex;
use std::sync::LazyLock;

static INLINE_LABELS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Label, related::INLINE));
static HEADINGS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Line, related::HEADINGS));
static HEADING_PREFIXES: LazyLock<Vec<String>> = LazyLock::new(|| {
    related::HEADING_PREFIXES
        .iter()
        .flat_map(|t| t.phrases.iter().map(|p| format!("{p} ")))
        .collect()
});
/// The first words of `HEADING_PREFIXES` ("more", "related"): a line
/// that opens with none of them is compared with no prefix.
static HEADING_PREFIX_FIRST_WORDS: LazyLock<foldhash::HashSet<&'static str>> =
    LazyLock::new(|| {
        related::HEADING_PREFIXES
            .iter()
            .flat_map(|t| t.phrases.iter())
            .filter_map(|p| p.split(' ').next())
            .collect()
    });

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«' | '‘' | '\'' | '‹' | '「')
}

/// Longest headline after an inline label ("Also read: …").
const INLINE_HEADLINE_MAX_WORDS: u32 = 30;

/// An inline link to another story: a short label and a headline, inside
/// the article ("Also read: …", "See: …", "Читайте также: …").
pub struct InlineLink;

pub static INLINE_LINK: RuleInfo = RuleInfo {
    name: "related/inline-link",
    summary: "a label and another story's headline inside the article (\"Also read: …\")",
};

impl Rule for InlineLink {
    fn info(&self) -> &'static RuleInfo {
        &INLINE_LINK
    }

    fn needs(&self) -> Needs {
        Needs::NOTHING.and_label()
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        // "“Look: nobody wants a war,” he said." is speech.
        if block.text.starts_with(is_opening_quote) {
            return None;
        }
        let (hit, rest) = INLINE_LABELS.find_label_in(block)?;
        let words = Features::of(rest).words;
        (1..=INLINE_HEADLINE_MAX_WORDS)
            .contains(&words)
            .then(|| Finding::drop(&INLINE_LINK, format!("{}: {}", hit.lang, hit.phrase)))
    }
}

/// Most words between "More" and the noun: a site name or a topic.
const MORE_OF_KIND_MAX_MIDDLE_WORDS: usize = 3;
/// The nouns that close a "More … Stories" heading.
const MORE_OF_KIND_NOUNS: &[&str] = &["stories", "articles", "news", "reads", "posts", "videos"];

/// "More Great WIRED Stories", "More Top News": "more", a few words, and
/// a plural noun for stories. `line` is normalised.
fn more_of_kind(line: &str) -> Option<String> {
    let rest = line.strip_prefix("more ")?;
    // "More than 40 stories" is a sentence's subject, not a heading.
    if rest.starts_with("than ")
        || rest.contains(|c: char| c.is_ascii_digit())
        || rest.split(' ').count() > MORE_OF_KIND_MAX_MIDDLE_WORDS + 1
    {
        return None;
    }
    let noun = MORE_OF_KIND_NOUNS
        .iter()
        .find(|n| rest == **n || rest.ends_with(&format!(" {n}")))?;
    Some(format!("more … {noun}"))
}

/// What a teaser's summary ends with: the link to the story it teases.
const READ_MORE_TAILS: &[&str] = &[
    "read more",
    "read more »",
    "read more ›",
    "continue reading",
    "read the full story",
    "read full story",
    "read full article",
    "weiterlesen",
    "lire la suite",
    "leer más",
    "читать далее",
    "читати далі",
];
/// Longest teaser summary.
const TEASER_MAX_WORDS: u32 = 80;

/// A story's summary ending in its "Read More" link: a teaser of another
/// story (or of this one, on the page that lists it).
pub struct ReadMoreTeaser;

pub static READ_MORE_TEASER: RuleInfo = RuleInfo {
    name: "related/read-more",
    summary: "a summary ending in a \"Read More\" link: a teaser of a story",
};

impl Rule for ReadMoreTeaser {
    fn info(&self) -> &'static RuleInfo {
        &READ_MORE_TEASER
    }

    fn needs(&self) -> Needs {
        Needs::words(TEASER_MAX_WORDS)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > TEASER_MAX_WORDS {
            return None;
        }
        let lower = block.lowercase().trim_end();
        let tail = READ_MORE_TAILS.iter().find(|t| lower.ends_with(**t))?;
        // The summary before the link ends like a sentence or a cut.
        let summary = lower[..lower.len() - tail.len()].trim_end();
        summary
            .ends_with(['.', '!', '?', '…', '"', '”'])
            .then(|| Finding::drop(&READ_MORE_TEASER, *tail))
    }
}

/// A label alone, with nothing after its colon ("More:", "Related:",
/// "Читайте также:"): the links it introduces follow on their own lines.
pub fn is_bare_link_label(block: &Block) -> bool {
    block.text.trim_end().ends_with([':', '：'])
        && INLINE_LABELS
            .find_label_in(block)
            .is_some_and(|(_, rest)| rest.is_empty())
}

/// Longest heading of the "More from The Daily Star" kind.
const PREFIX_HEADING_MAX_WORDS: u32 = 8;

/// A heading that opens a list of other stories: "You May Also Like",
/// "Most read", "RECENT NEWS", "More from …", "Читайте также".
pub struct Heading;

pub static HEADING: RuleInfo = RuleInfo {
    name: "related/heading",
    summary: "a heading over other stories (\"You May Also Like\", \"Most read\"); opens a related section",
};

impl Rule for Heading {
    fn info(&self) -> &'static RuleInfo {
        &HEADING
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        let evidence = if let Some(hit) = HEADINGS.find_in(block) {
            format!("{}: {}", hit.lang, hit.phrase)
        } else if block.features.words <= PREFIX_HEADING_MAX_WORDS
            && !block.features.ends_with_terminal
        {
            let line = block.normalised();
            let first_word = line.split(' ').next().unwrap_or(line);
            if HEADING_PREFIX_FIRST_WORDS.contains(first_word)
                && let Some(prefix) = HEADING_PREFIXES
                    .iter()
                    .find(|p| line.starts_with(p.as_str()))
            {
                format!("prefix: {}", prefix.trim())
            } else {
                more_of_kind(line)?
            }
        } else {
            return None;
        };
        Some(Finding {
            rule: &HEADING,
            effect: Effect::OpensSection(Section::Related),
            evidence,
        })
    }
}

/// Matched against the block's lower case.
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::compile(
        r"(?x)^(?:
            [0-9]{1,2}[:.][0-9]{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:utc|gmt|[a-z]{2,4}t))?
          | (?:updated\s+)?[0-9]+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|months?)\s+ago
          | (?:an?|one)\s+(?:minute|hour|day|week)\s+ago
          | just\s+now | yesterday | today
          | [0-9]+\s*(?:секунд[а-яё]*|минут[а-яё]*|хвилин[а-яії]*|час[а-яё]*|годин[а-яії]*|дн[а-яёії]*|день)\s+(?:назад|тому)
          | vor\s+[0-9]+\s*(?:minuten?|stunden?|tagen?)
          | il\s+y\s+a\s+[0-9]+\s*(?:min|minutes?|heures?|h|jours?)
          | hace\s+[0-9]+\s*(?:minutos?|horas?|días?)
        )$",
    )
});

/// Most words of a time line ("5 минут назад", "il y a 3 heures").
const TIMESTAMP_MAX_WORDS: u32 = 5;
/// The words a line `TIMESTAMP` matches may start with ("vor 3 Stunden",
/// "il y a 2 h", "hace 5 minutos").
const TIMESTAMP_OPENING_WORDS: &[&str] = &["vor", "il", "hace"];
/// The words a line `TIMESTAMP` matches may end with ("2 hours ago", "just
/// now", "yesterday", "5 минут назад").
const TIMESTAMP_CLOSING_WORDS: &[&str] = &["ago", "now", "yesterday", "today", "назад", "тому"];

/// `lower` starts like a clock time: one or two digits, then ':' or '.'
/// and a digit ("14:54", "9.05 pm").
fn starts_like_a_clock(lower: &str) -> bool {
    let b = lower.as_bytes();
    let digits = b.iter().take(2).take_while(|b| b.is_ascii_digit()).count();
    digits > 0
        && matches!(b.get(digits), Some(b':' | b'.'))
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
}

/// A line that is only a time: "14:54", "2 hours ago", "5 минут назад".
/// Article text never stands alone as a clock time; news tickers and
/// teaser lists put one before every headline.
pub struct Timestamp;

pub static TIMESTAMP_RULE: RuleInfo = RuleInfo {
    name: "related/timestamp",
    summary: "a line that is only a time (\"14:54\", \"2 hours ago\"), as news tickers print",
};

impl Rule for Timestamp {
    fn info(&self) -> &'static RuleInfo {
        &TIMESTAMP_RULE
    }

    fn needs(&self) -> Needs {
        Needs::words(TIMESTAMP_MAX_WORDS)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.words > TIMESTAMP_MAX_WORDS {
            return None;
        }
        let lower = block.lowercase().trim();
        // Every form of the pattern starts like a clock or with one of the
        // opening words, or ends with a closing word; the regex runs only
        // on the few lines that do.
        let may_match = starts_like_a_clock(lower)
            || TIMESTAMP_OPENING_WORDS.iter().any(|w| lower.starts_with(w))
            || TIMESTAMP_CLOSING_WORDS.iter().any(|w| lower.ends_with(w));
        (may_match && TIMESTAMP.is_match(lower))
            .then(|| Finding::drop(&TIMESTAMP_RULE, "time only"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check, hits};

    #[test]
    fn inline_link_hit() {
        for text in [
            "Also read: In response, Russia is training forces",
            "See: Storm after Erdogan’s words about Hamas. “Terrible and disgusting”",
            "look: Hospitals in the Gaza Strip lack electricity",
            "Читайте также: Курс доллара вырос",
            "Lesen Sie auch: Die Bahn streikt wieder",
            "À lire aussi : La réforme adoptée",
            "Lea también: El Gobierno aprueba el presupuesto",
        ] {
            assert!(hits(&InlineLink, text), "{text}");
        }
    }

    #[test]
    fn inline_link_miss() {
        assert!(!hits(
            &InlineLink,
            "Source: RIA Novosti, with reference to an anonymous source"
        ));
        assert!(!hits(&InlineLink, "Read:"));
        assert!(!hits(&InlineLink, "“Look: nobody wants a war,” he said."));
        assert!(!hits(
            &InlineLink,
            "They see: nothing has changed since the vote, and nothing will change until the government admits that the plan failed, the union's leader told reporters outside the ministry on Friday."
        ));
    }

    #[test]
    fn heading_hit_opens_related_section() {
        for text in [
            "You May Also Like",
            "RECENT NEWS",
            "Most read",
            "More from The Daily Star",
            "More Great WIRED Stories",
            "MORE TOP NEWS",
            "Читайте также",
            "Meistgelesen",
            "Les plus lus",
            "Más leídas",
            "Related case studies about AI assistants:",
            "Related posts on bookkeeping",
            "From the blog",
        ] {
            let f = check(&Heading, text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(f.effect, Effect::OpensSection(Section::Related));
        }
    }

    #[test]
    fn heading_miss() {
        assert!(!hits(
            &Heading,
            "More from the interview is available on our website."
        ));
        assert!(!hits(
            &Heading,
            "Recommended daily intake of salt has fallen"
        ));
        assert!(!hits(&Heading, "More people are reading the news"));
        assert!(!hits(&Heading, "More than 40 stories"));
    }

    #[test]
    fn read_more_teaser_hit_and_miss() {
        assert!(hits(
            &ReadMoreTeaser,
            "According to a new poll, most voters back the bridge plan. Read More"
        ));
        assert!(hits(
            &ReadMoreTeaser,
            "The council met again on Tuesday… Continue reading"
        ));
        assert!(!hits(
            &ReadMoreTeaser,
            "Officials said residents should read more about the plan before the vote"
        ));
        assert!(!hits(&ReadMoreTeaser, "Read more"));
    }

    #[test]
    fn timestamp_hit_and_miss() {
        for text in [
            "14:54",
            "9:05 pm",
            "7.30",
            "2 hours ago",
            "5 минут назад",
            "vor 3 Stunden",
            "Updated 5 min ago",
            "il y a 3 heures",
            "hace 5 minutos",
            "an hour ago",
            "Just now",
            "Yesterday",
            " today ",
        ] {
            assert!(hits(&Timestamp, text), "{text}");
        }
        assert!(!hits(&Timestamp, "At 14:54 the train stopped."));
    }
}
