//! Bylines, datelines and field labels: text that is metadata, not
//! article. These blocks leave the body but their content moves into the
//! document's metadata, so nothing is lost.

use super::{DocContext, Effect, Finding, MetaValue, Needs, Rule, RuleInfo};
use crate::block::Block;
use crate::dates;
use crate::lexicon::{Mode, PhraseSet, meta, normalise};
use std::sync::LazyLock;

static BYLINE_PREFIXES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Line, meta::BYLINE_PREFIXES));
static FIELD_LABELS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Label, meta::FIELD_LABELS));

/// Most words in an author list ("Jane Smith and John Doe, Reuters", "Dr
/// Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen", "Paul Frew,
/// Home Security Expert & Gene Petrino, Home Security Expert"). Every word
/// must be a name's, a role's or a connector, so a longer cap lets few
/// sentences in.
const BYLINE_MAX_NAME_WORDS: usize = 14;

/// Words that may stand between names without capitals.
const NAME_CONNECTORS: &[&str] = &[
    "and", "&", "und", "et", "y", "e", "и", "і", "та", "de", "van", "von", "der", "da", "di",
    "del", "la", "le", "bin", "al",
];

/// "By Jane Smith", "by Sededin Dedovic", "Автор: Иван Петров", "Von Hans
/// Müller": an author line.
pub struct Byline;

pub static BYLINE: RuleInfo = RuleInfo {
    name: "meta/byline",
    summary: "an author line (\"By Jane Smith\"); moved into metadata",
};

impl Rule for Byline {
    fn info(&self) -> &'static RuleInfo {
        &BYLINE
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if block.features.ends_with_terminal || !opens_with_byline_word(&block.text) {
            return None;
        }
        let name = byline_name(&block.text)?.to_string();
        // "By Tom Reyes | May 3, 2024": the date after the name is kept too.
        let effect = match dates::find(&block.text) {
            Some(date) => Effect::Meta(MetaValue::Date {
                iso: date.iso,
                byline: Some(name),
            }),
            None => Effect::Meta(MetaValue::Byline(name)),
        };
        Some(Finding {
            rule: &BYLINE,
            effect,
            evidence: "author line".into(),
        })
    }
}

/// Most words of a byline prefix ("reporting by").
const BYLINE_PREFIX_MAX_WORDS: usize = 2;

/// Separators after which a byline line goes on with a date or a role
/// ("By HNN Staff | November 18, 2019 at 2:26 PM", "by Meaghan Weeden ●
/// December 23, 2025 ● 6 min read", "By Matthew Frankel, CFP – Updated
/// Mar 5, 2026", a forum's "by clayfoot » Sun Jan 11, 2026").
const BYLINE_TAIL_SEPARATORS: &[char] = &['|', '·', '•', '●', '–', '—', '»'];

/// Words between the names and a date glued on without a separator ("By
/// Craig Randall, Alli Miles on March 12, 2026", "… Home Security Expert
/// Last Updated on Mar 11, 2026").
const BYLINE_DATE_FILLERS: &[&str] = &["on", "last", "updated", "published", "posted"];

/// The first words of the byline prefixes ("by", "written", "автор"),
/// each once. A dozen or so: compared in turn (a word of another length
/// at once), they settle a word in fewer instructions than hashing it
/// takes.
static BYLINE_FIRST_WORDS: LazyLock<Vec<&'static [u8]>> = LazyLock::new(|| {
    let mut words: Vec<&[u8]> = meta::BYLINE_PREFIXES
        .iter()
        .flat_map(|t| t.phrases.iter())
        .filter_map(|p| p.split(' ').next())
        .map(str::as_bytes)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// Whether `text`'s first word, read as `normalise` reads it, starts a
/// byline prefix. Every byline does, and few other lines: this settles
/// most blocks without the prefix lookups of `byline_name`.
fn opens_with_byline_word(text: &str) -> bool {
    match ascii_first_word(text) {
        // The words are lower case: an ASCII word is one of them in any
        // case, without a lower-case copy.
        Some(word) => BYLINE_FIRST_WORDS
            .iter()
            .any(|first| first.eq_ignore_ascii_case(word.as_bytes())),
        None => opens_with_byline_word_by_characters(text),
    }
}

/// The first word of `text` as `opens_with_byline_word` reads it, when
/// the text up to the word's end is ASCII (most lines): found byte by
/// byte, where decoding characters cost most of the rule's time. `None`
/// when a character outside ASCII comes first: it may be a letter, or
/// white space ending the word.
fn ascii_first_word(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let kept = |b: u8| b.is_ascii_alphanumeric() || b == b'#';
    let start = bytes.iter().position(|&b| kept(b) || !b.is_ascii())?;
    let length = bytes[start..]
        .iter()
        .position(|&b| crate::whitespace::is_ascii_space(b) || !b.is_ascii())
        .unwrap_or(bytes.len() - start);
    let end = start + length;
    if !bytes.get(start).is_some_and(u8::is_ascii) || bytes.get(end).is_some_and(|b| !b.is_ascii())
    {
        return None;
    }
    let last_kept = bytes[start..end].iter().rposition(|&b| kept(b))?;
    Some(&text[start..start + last_kept + 1])
}

/// `opens_with_byline_word` for any text, character by character.
fn opens_with_byline_word_by_characters(text: &str) -> bool {
    let kept = |c: char| c.is_alphanumeric() || c == '#' || c == '©';
    let Some(start) = text.find(kept) else {
        return false;
    };
    let word = text[start..].split_whitespace().next().unwrap_or("");
    let word = word.trim_end_matches(|c: char| !kept(c));
    crate::lexicon::with_lowercase(word, |word| BYLINE_FIRST_WORDS.contains(&word))
}

/// The names in a byline, if `text` is one.
fn byline_name(text: &str) -> Option<&str> {
    let text = text
        .split(BYLINE_TAIL_SEPARATORS)
        .next()
        .unwrap_or(text)
        .trim();
    let text = match dates::find(text) {
        Some(date) => without_date_fillers(&text[..date.start]),
        None => text,
    };
    let names = (1..=BYLINE_PREFIX_MAX_WORDS).find_map(|n| {
        let mut end = 0;
        for (i, word) in text.split_whitespace().enumerate().take(n) {
            end = text[end..].find(word).map(|at| end + at + word.len())?;
            if i + 1 == n && BYLINE_PREFIXES.find(&text[..end]).is_some() {
                return Some(text[end..].trim_start_matches([':', ' ']));
            }
        }
        None
    })?;
    if names.contains(':') {
        return None;
    }
    let words: Vec<&str> = names.split_whitespace().collect();
    let is_names = !words.is_empty()
        && words.len() <= BYLINE_MAX_NAME_WORDS
        && words.iter().all(|w| is_name_word(w));
    is_names.then(|| tidy_names(names))
}

/// Names without the separators a line leaves after them ("Gwen Morgan,"
/// before a date, "Oksana Hrytsenko —").
fn tidy_names(names: &str) -> &str {
    names.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '—' | '–' | '-' | '/' | '&')
    })
}

/// `text` without the filler words at its end ("… Expert Last Updated
/// on") that lead to a date.
fn without_date_fillers(text: &str) -> &str {
    let mut rest = text.trim_end();
    while let Some((before, last)) = rest.rsplit_once(char::is_whitespace) {
        if !BYLINE_DATE_FILLERS
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
        {
            break;
        }
        rest = before.trim_end();
    }
    rest
}

fn is_name_word(word: &str) -> bool {
    let word = word.trim_matches(|c: char| c == ',' || c == '|');
    // Punctuation between names: "&", "/", a stray ",".
    !word.chars().any(char::is_alphanumeric)
        || word.chars().next().is_some_and(char::is_uppercase)
        || NAME_CONNECTORS.contains(&normalise(word).as_str())
}

/// Most words besides the date a dateline may carry (a name, "Updated",
/// "Published on").
const DATELINE_MAX_OTHER_WORDS: usize = 5;

/// Most words of a whole dateline: weekday, day, month, year, time, zone
/// and the other words.
const DATELINE_MAX_WORDS: u32 = 12 + DATELINE_MAX_OTHER_WORDS as u32;

/// Stop words that make a line with a date a sentence ("The trial opens
/// on 12 March 2024.") rather than a dateline.
const DATELINE_MAX_SENTENCE_STOPWORDS: u32 = 2;

/// Words datelines add around the date.
pub(super) const DATELINE_FILLERS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "on",
    "at",
    "am",
    "um",
    "le",
    "el",
    "à",
    "опубликовано",
    "обновлено",
    "опубліковано",
    "оновлено",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "mis",
    "jour",
    "publicado",
    "actualizado",
    "date",
    "dated",
    "datum",
    "fecha",
    "дата",
    "г",
    "р",
    "uhr",
    "h",
    "et",
];

/// A line that is a date, maybe with a time, a weekday and an author's name
/// glued on: "Tetiana LozovenkoThursday, 26 October 2023, 16:43".
pub struct Dateline;

pub static DATELINE: RuleInfo = RuleInfo {
    name: "meta/dateline",
    summary: "a date line (\"Thursday, 26 October 2023, 16:43\"); moved into metadata",
};

impl Rule for Dateline {
    fn info(&self) -> &'static RuleInfo {
        &DATELINE
    }

    fn needs(&self) -> Needs {
        Needs::words(DATELINE_MAX_WORDS).and_digit()
    }

    fn check(&self, block: &Block, ctx: &DocContext) -> Option<Finding> {
        let f = &block.features;
        let stopwords = ctx.lang.map_or_else(
            || f.stopword_hits.iter().copied().max().map_or(0, u32::from),
            |lang| f.stopwords(Some(lang)),
        );
        let sentence = f.ends_with_terminal && stopwords >= DATELINE_MAX_SENTENCE_STOPWORDS;
        let cheap_reject = f.words > DATELINE_MAX_WORDS
            || sentence
            || !block.text.bytes().any(|b| b.is_ascii_digit());
        if cheap_reject {
            return None;
        }
        let date = dates::find(&block.text)?;
        if is_post_signature(&block.text[..date.start]) {
            return None;
        }
        let before = strip_weekday(
            block.text[..date.start].trim_end_matches([',', ' ', '|', '-', '–', '—', '·']),
        );
        let after = &block.text[date.end..];
        let other: Vec<&str> = before
            .split_whitespace()
            .chain(after.split_whitespace())
            .filter(|w| {
                let w = normalise(w);
                !w.is_empty()
                    && !DATELINE_FILLERS.contains(&w.as_str())
                    && !dates::WEEKDAYS.contains(&w.as_str())
            })
            .collect();
        if other.len() > DATELINE_MAX_OTHER_WORDS {
            return None;
        }
        let name_words: Vec<&str> = before
            .split_whitespace()
            .filter(|w| !DATELINE_FILLERS.contains(&normalise(w).as_str()))
            .collect();
        let byline = (!name_words.is_empty()
            && name_words.iter().all(|w| is_name_word(w))
            && !after.chars().any(char::is_alphabetic))
        .then(|| tidy_names(&name_words.join(" ")).to_string())
        .filter(|names| !names.is_empty());
        Some(Finding {
            rule: &DATELINE,
            effect: Effect::Meta(MetaValue::Date {
                iso: date.iso,
                byline,
            }),
            evidence: "date".into(),
        })
    }
}

/// The signature under an embedded social post, "— Name (@handle)"
/// before its date: it closes the quoted post, which is the article's
/// content, and dates the post, not the article.
fn is_post_signature(before_date: &str) -> bool {
    before_date
        .trim_end()
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once("(@"))
        .is_some_and(|(_, handle)| !handle.is_empty() && !handle.contains(char::is_whitespace))
}

/// `text` without a weekday name at its end, even one glued to the word
/// before it ("LozovenkoThursday").
fn strip_weekday(text: &str) -> &str {
    let lower = crate::case::to_lowercase(text);
    if lower.len() != text.len() {
        return text;
    }
    dates::WEEKDAYS
        .iter()
        .filter(|w| w.len() > 3)
        .find(|w| lower.ends_with(*w))
        .map_or(text, |w| {
            text[..text.len() - w.len()].trim_end_matches([',', ' '])
        })
}

/// A labelled field some dumps carry: "Headline: …", "Subtitle: …",
/// optionally after a date ("date 2023-10-26 Headline: …").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldLabel {
    /// The text removed in front of the value ("date 2023-10-26 Headline:").
    pub prefix: String,
    pub value: String,
    /// The label, lower case ("headline").
    pub label: &'static str,
    pub date: Option<String>,
}

pub static FIELD_LABEL: RuleInfo = RuleInfo {
    name: "meta/field-label",
    summary: "a field label before a headline or standfirst (\"Headline:\", \"Subtitle:\"); the label goes, the text stays",
};

/// Splits a field label off a block's text; with `dated`, also a date in
/// front of it ("date 2023-10-26 Headline: …"), which costs a date search.
pub fn field_label(block: &Block, dated: bool) -> Option<FieldLabel> {
    let text = block.text.as_str();
    let date = dated.then(|| dates::find(text)).flatten();
    let (date, rest_start) = match date {
        Some(d) if text[..d.start].split_whitespace().count() <= 1 => (Some(d.iso), d.end),
        _ => (None, 0),
    };
    // Without a date in front, the label is the block's own
    // (`Block::label`), which the rules read next.
    let (hit, value) = if rest_start == 0 {
        FIELD_LABELS.find_label_in(block)?
    } else {
        FIELD_LABELS.find_label(&text[rest_start..])?
    };
    if value.is_empty() {
        return None;
    }
    let prefix_len = text.len() - value.len();
    Some(FieldLabel {
        prefix: text[..prefix_len].trim().to_string(),
        value: value.to_string(),
        label: hit.phrase,
        date,
    })
}

/// Labels that mark the field as the headline.
pub const HEADLINE_LABELS: &[&str] = &[
    "headline",
    "title",
    "заголовок",
    "überschrift",
    "titre",
    "titular",
];

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(crate::proptest_config::with_cases(2048))]
        /// Read byte by byte, a line opens with a byline word when read
        /// character by character it does.
        #[test]
        fn first_words_read_as_characters_read_them(
            text in "([ \t\u{b}.,:#()a-zA-Z0-9-]|By |bY |von |Written |Автор |©|é|\u{a0}|—){0,12}"
        ) {
            if let Some(word) = ascii_first_word(&text) {
                let kept = |c: char| c.is_alphanumeric() || c == '#' || c == '©';
                let start = text.find(kept).unwrap();
                let expected = text[start..].split_whitespace().next().unwrap();
                proptest::prop_assert_eq!(word, expected.trim_end_matches(|c: char| !kept(c)));
            }
            proptest::prop_assert_eq!(
                opens_with_byline_word(&text),
                opens_with_byline_word_by_characters(&text)
            );
        }
    }
    use crate::rules::testing::{check, hits};

    #[test]
    fn byline_hit() {
        let f = check(&Byline, "by Sededin Dedovic").unwrap();
        assert_eq!(
            f.effect,
            Effect::Meta(MetaValue::Byline("Sededin Dedovic".into()))
        );
        assert!(hits(&Byline, "By Jane Smith and John Doe"));
        assert!(hits(&Byline, "Автор: Иван Петров"));
        assert!(hits(&Byline, "Von Hans Müller"));
        assert!(hits(&Byline, "Por María López"));
        assert!(hits(&Byline, "Reporting by Jane Smith"));
        assert!(hits(
            &Byline,
            "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM"
        ));
        let f = check(
            &Byline,
            "By Craig Randall , Alli Miles , Eszter Horanyi on March 12, 2026 | Comments",
        )
        .unwrap();
        assert!(matches!(
            f.effect,
            Effect::Meta(MetaValue::Date { byline: Some(ref names), .. })
                if names == "Craig Randall , Alli Miles , Eszter Horanyi"
        ));
        assert!(hits(
            &Byline,
            "By Paul Frew, Home Security Expert & Gene Petrino, Home Security Expert Last Updated on Feb 27, 2026"
        ));
        assert!(hits(
            &Byline,
            "by Meaghan Weeden ● December 23, 2025 ● 6 min read"
        ));
        assert!(hits(
            &Byline,
            "Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen"
        ));
        // A forum post's author line: the name ends at the '»'.
        let f = check(&Byline, "by Marrowgate » Sun Jan 11, 2026 11:02 am").unwrap();
        assert!(matches!(
            f.effect,
            Effect::Meta(MetaValue::Date { byline: Some(ref names), .. }) if names == "Marrowgate"
        ));
    }

    #[test]
    fn byline_miss() {
        assert!(!hits(
            &Byline,
            "By the end of the week the river had risen."
        ));
        assert!(!hits(&Byline, "by train"));
        assert!(!hits(&Byline, "By The Numbers: How Rents Rose"));
        assert!(!hits(&Byline, "By March 2024, rents had risen again"));
    }

    #[test]
    fn dateline_hit_keeps_glued_author() {
        let f = check(
            &Dateline,
            "Tetiana LozovenkoThursday, 26 October 2023, 16:43",
        )
        .unwrap();
        assert_eq!(
            f.effect,
            Effect::Meta(MetaValue::Date {
                iso: "2023-10-26T16:43".into(),
                byline: Some("Tetiana Lozovenko".into())
            })
        );
        assert!(hits(&Dateline, "12 de marzo de 2024, 10:31"));
        let f = check(&Dateline, "Updated: October 26, 2023").unwrap();
        assert_eq!(
            f.effect,
            Effect::Meta(MetaValue::Date {
                iso: "2023-10-26".into(),
                byline: None
            })
        );
    }

    #[test]
    fn dateline_miss() {
        assert!(!hits(&Dateline, "The trial opens on 12 March 2024."));
        assert!(!hits(
            &Dateline,
            "On 26 October 2023 the delegation arrived in Moscow for talks with the ministry."
        ));
        // An embedded post's signature belongs to the quoted post.
        assert!(!hits(
            &Dateline,
            "— Cooper Lund (@cooperlund) November 18, 2019"
        ));
        assert!(hits(&Dateline, "Cooper Lund (Reuters) November 18, 2019"));
    }

    #[test]
    fn field_label_splits_date_and_label() {
        let label = |text: &str, dated| {
            let block = Block::new(text.to_string(), crate::block::BlockKind::Paragraph, true);
            field_label(&block, dated)
        };
        let f = label(
            " date 2023-10-26 Headline: Hamas delegation visits Moscow",
            true,
        )
        .unwrap();
        assert_eq!(f.value, "Hamas delegation visits Moscow");
        assert_eq!(f.prefix, "date 2023-10-26 Headline:");
        assert_eq!(f.label, "headline");
        assert_eq!(f.date.as_deref(), Some("2023-10-26"));
        for dated in [false, true] {
            assert_eq!(
                label("Subtitle: Officials meet", dated).unwrap().value,
                "Officials meet"
            );
        }
        assert_eq!(label("The headline: nothing", true), None);
    }
}
