//! Words that introduce metadata rather than article text: bylines and
//! labelled fields.

use super::PhraseTable;

/// "By Jane Smith", "Von Hans Müller": the word before an author's name.
pub static BYLINE_PREFIX_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "by",
        "written by",
        "words by",
        "reporting by",
        "author",
        "authors",
        "автор",
        "авторы",
        "автори",
        "текст",
        "von",
        "par",
        "por",
        "di",
        "oleh",
        "penulis",
    ],
};

pub static BYLINE_PREFIXES: &[&PhraseTable] = &[&BYLINE_PREFIX_ALL];

/// Labels of fields some dumps carry in front of the headline or standfirst
/// ("Headline: …", "Subtitle: …"): the label goes, the text stays.
pub static FIELD_LABEL_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "headline",
        "title",
        "subtitle",
        "subheadline",
        "standfirst",
        "summary",
        "lead",
        "заголовок",
        "подзаголовок",
        "überschrift",
        "titre",
        "sous-titre",
        "titular",
        "subtítulo",
    ],
};

pub static FIELD_LABELS: &[&PhraseTable] = &[&FIELD_LABEL_ALL];
