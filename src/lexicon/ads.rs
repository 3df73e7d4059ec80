//! Advertising labels: a line that says an ad stood here.

use super::PhraseTable;

pub static LABEL_EN: PhraseTable = PhraseTable {
    lang: "en",
    phrases: &[
        "advertisement",
        "advertisements",
        "advertising",
        "advert",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "sponsored links",
        "sponsored stories",
        "paid content",
        "paid post",
        "promoted",
        "promoted content",
        "partner content",
        "story continues below advertisement",
        "article continues below advertisement",
        "continue reading below",
        "advertisement - scroll to continue",
        "scroll to continue with content",
        "ad feedback",
        "report this ad",
    ],
};

pub static LABEL_RU: PhraseTable = PhraseTable {
    lang: "ru",
    phrases: &[
        "реклама",
        "на правах рекламы",
        "партнерский материал",
        "партнёрский материал",
        "спонсорский материал",
        "продолжение ниже",
    ],
};

pub static LABEL_UK: PhraseTable = PhraseTable {
    lang: "uk",
    phrases: &[
        "реклама",
        "на правах реклами",
        "партнерський матеріал",
        "спецпроєкт",
    ],
};

pub static LABEL_DE: PhraseTable = PhraseTable {
    lang: "de",
    phrases: &[
        "anzeige",
        "werbung",
        "gesponsert",
        "sponsored post",
        "weiter nach der anzeige",
        "weiterlesen nach der anzeige",
    ],
};

pub static LABEL_FR: PhraseTable = PhraseTable {
    lang: "fr",
    phrases: &[
        "publicité",
        "annonce",
        "contenu sponsorisé",
        "contenu partenaire",
    ],
};

pub static LABEL_ES: PhraseTable = PhraseTable {
    lang: "es",
    phrases: &[
        "publicidad",
        "anuncio",
        "contenido patrocinado",
        "patrocinado",
    ],
};

pub static LABEL_PT_IT: PhraseTable = PhraseTable {
    lang: "pt/it",
    phrases: &[
        "publicidade",
        "pubblicità",
        "continua a leggere dopo la pubblicità",
    ],
};

/// Labels followed by the advertiser: "Реклама. ООО Ромашка", "erid: …",
/// "Sponsored by …".
pub static DISCLOSURE_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "erid",
        "реклама",
        "sponsored by",
        "paid for by",
        "presented by",
        "anzeige",
        "werbung",
    ],
};

pub static DISCLOSURES: &[&PhraseTable] = &[&DISCLOSURE_ALL];

pub static LABELS: &[&PhraseTable] = &[
    &LABEL_EN,
    &LABEL_RU,
    &LABEL_UK,
    &LABEL_DE,
    &LABEL_FR,
    &LABEL_ES,
    &LABEL_PT_IT,
];
