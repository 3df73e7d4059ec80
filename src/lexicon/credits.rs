//! Photo and image credits.

use super::PhraseTable;

/// Labels that introduce a credit: "Photo: Reuters", "Фото: ТАСС".
pub static LABEL_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "photo",
        "photos",
        "photo credit",
        "photograph",
        "image",
        "image credit",
        "image source",
        "picture",
        "pictured",
        "credit",
        "credits",
        "source of photo",
        "illustration",
        "фото",
        "фото и видео",
        "иллюстрация",
        "источник фото",
        "фотография",
        "ілюстрація",
        "джерело фото",
        "foto",
        "fotos",
        "bild",
        "bildquelle",
        "quelle",
        "crédit photo",
        "crédits photo",
        "иллюстративное фото",
        "фото иллюстративное",
        "архивное фото",
        "ілюстративне фото",
        "архівне фото",
        "symbolbild",
        "archivbild",
        "imagen de archivo",
        "foto de archivo",
        "file photo",
        "stock photo",
        "photo d'illustration",
        "crédit",
        "imagen",
        "fotografía",
        "créditos",
    ],
};

pub static LABELS: &[&PhraseTable] = &[&LABEL_ALL];

/// Phrases that end a caption with its credit: "…, said the police. Photo:
/// Wikipedia", "(Photo by Jane Doe/Getty Images)".
pub static TRAILER_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "photo:",
        "photo by",
        "photos by",
        "photograph by",
        "photographs by",
        "image by",
        "illustration by",
        "video by",
        "photo credit:",
        "image:",
        "image credit:",
        "credit:",
        "credit...",
        "credit…",
        "фото:",
        "фото —",
        "фото -",
        "foto:",
        "bild:",
        "crédit photo",
        "© ",
        "image copyright",
        "picture copyright",
        "via ap",
        "via reuters",
        "via afp",
        "via getty images",
        "ap photo/",
        "afp photo/",
        "reuters photo/",
    ],
};

pub static TRAILERS: &[&PhraseTable] = &[&TRAILER_ALL];

/// What a line crediting the reporters besides the byline says: "Keith
/// Bradsher contributed reporting from Hong Kong.", "Associated Press
/// writers … contributed to this report."
pub static CONTRIBUTORS_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "contributed reporting",
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed additional reporting",
        "additional reporting by",
        "zu diesem bericht beigetragen",
        "a contribué à cet article",
        "contribuyó a este informe",
    ],
};

pub static CONTRIBUTORS: &[&PhraseTable] = &[&CONTRIBUTORS_ALL];

/// Phrases of a site's copyright notice, in any language.
pub static COPYRIGHT_NOTICE: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "all rights reserved",
        "все права защищены",
        "всі права захищені",
        "alle rechte vorbehalten",
        "tous droits réservés",
        "todos los derechos reservados",
    ],
};

pub static COPYRIGHT: &[&PhraseTable] = &[&COPYRIGHT_NOTICE];
