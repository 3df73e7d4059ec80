//! Tag and subject lines: "Tags: economy, inflation".

use super::PhraseTable;

pub static LABEL_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "tags",
        "tagged",
        "tagged with",
        "topics",
        "topic",
        "subjects",
        "filed under",
        "categories",
        "category",
        "keywords",
        "теги",
        "метки",
        "темы",
        "тема",
        "рубрика",
        "рубрики",
        "теми",
        "мітки",
        "schlagwörter",
        "schlagworte",
        "themen",
        "stichwörter",
        "mots-clés",
        "mots clés",
        "sujets",
        "thèmes",
        "etiquetas",
        "temas",
        "palabras clave",
        "tópicos",
        "argomenti",
    ],
};

pub static LABELS: &[&PhraseTable] = &[&LABEL_ALL];
