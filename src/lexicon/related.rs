//! Related content: inline "Also read:" links and "You May Also Like"
//! headings that open teaser lists.

use super::PhraseTable;

/// Labels that put a link to another story inside the article text.
pub static INLINE_EN: PhraseTable = PhraseTable {
    lang: "en",
    phrases: &[
        "also read",
        "read also",
        "read more",
        "read",
        "see",
        "see also",
        "look",
        "watch",
        "also watch",
        "watch also",
        "related",
        "related article",
        "related story",
        "related coverage",
        "related content",
        "more",
        "more on this",
        "more on this story",
        "video",
        "photos",
        "gallery",
        "podcast",
        "recommended",
        "suggested",
        "don't miss",
        "don’t miss",
        "must read",
        "in case you missed it",
        "listen",
        "trending",
    ],
};

pub static INLINE_RU: PhraseTable = PhraseTable {
    lang: "ru",
    phrases: &[
        "читайте также",
        "читай также",
        "читайте",
        "смотрите также",
        "смотрите",
        "по теме",
        "также читайте",
        "также по теме",
        "подробнее",
        "новость по теме",
        "материал по теме",
    ],
};

pub static INLINE_UK: PhraseTable = PhraseTable {
    lang: "uk",
    phrases: &[
        "читайте також",
        "читай також",
        "також читайте",
        "дивіться також",
        "дивіться",
        "за темою",
        "по темі",
        "детальніше",
        "більше",
    ],
};

pub static INLINE_DE: PhraseTable = PhraseTable {
    lang: "de",
    phrases: &[
        "lesen sie auch",
        "lies auch",
        "auch interessant",
        "mehr zum thema",
        "siehe auch",
        "zum thema",
        "passend dazu",
        "mehr dazu",
        "video",
        "bildergalerie",
        "weiterlesen",
    ],
};

pub static INLINE_FR: PhraseTable = PhraseTable {
    lang: "fr",
    phrases: &[
        "à lire aussi",
        "a lire aussi",
        "lire aussi",
        "voir aussi",
        "à voir aussi",
        "sur le même sujet",
        "lire la suite",
        "vidéo",
        "en vidéo",
        "en images",
        "diaporama",
        "à lire",
    ],
};

pub static INLINE_ES: PhraseTable = PhraseTable {
    lang: "es",
    phrases: &[
        "lea también",
        "lee también",
        "leer más",
        "ver también",
        "te puede interesar",
        "le puede interesar",
        "relacionado",
        "noticia relacionada",
        "más información",
    ],
};

pub static INLINE: &[&PhraseTable] = &[
    &INLINE_EN, &INLINE_RU, &INLINE_UK, &INLINE_DE, &INLINE_FR, &INLINE_ES,
];

/// Headings that open a list of other stories.
pub static HEADING_EN: PhraseTable = PhraseTable {
    lang: "en",
    phrases: &[
        "you may also like",
        "you might also like",
        "you may like",
        "you might like",
        "you may also be interested in",
        "we recommend",
        "recommended",
        "recommended for you",
        "recommended stories",
        "recommended articles",
        "recommended reading",
        "most read",
        "most popular",
        "most viewed",
        "most shared",
        "popular",
        "popular now",
        "popular posts",
        "popular stories",
        "trending",
        "trending now",
        "trending stories",
        "recent news",
        "recent posts",
        "recent articles",
        "recent stories",
        "latest news",
        "latest stories",
        "latest articles",
        "latest posts",
        "top stories",
        "top news",
        "related",
        "related articles",
        "related stories",
        "related posts",
        "related news",
        "related content",
        "related topics",
        "more stories",
        "more news",
        "more articles",
        "more to read",
        "more to explore",
        "read next",
        "up next",
        "what to read next",
        "editor's picks",
        "editors' picks",
        "editor’s picks",
        "don't miss",
        "don’t miss",
        "further reading",
        "around the web",
        "from the web",
        "sponsored stories",
        "promoted stories",
        "more from",
        "more in",
        "more on",
        "also on",
        "elsewhere on",
        "in other news",
        "news feed",
        "the latest",
        "what's new",
    ],
};

pub static HEADING_RU: PhraseTable = PhraseTable {
    lang: "ru",
    phrases: &[
        "читайте также",
        "читайте еще",
        "смотрите также",
        "по теме",
        "новости по теме",
        "материалы по теме",
        "популярное",
        "самое популярное",
        "самое читаемое",
        "последние новости",
        "главные новости",
        "другие новости",
        "лента новостей",
        "рекомендуем",
        "вам может быть интересно",
        "выбор редакции",
        "еще по теме",
        "ещё по теме",
    ],
};

pub static HEADING_UK: PhraseTable = PhraseTable {
    lang: "uk",
    phrases: &[
        "читайте також",
        "дивіться також",
        "за темою",
        "новини за темою",
        "популярне",
        "найпопулярніше",
        "найчитаніше",
        "останні новини",
        "головні новини",
        "інші новини",
        "стрічка новин",
        "рекомендуємо",
        "вибір редакції",
    ],
};

pub static HEADING_DE: PhraseTable = PhraseTable {
    lang: "de",
    phrases: &[
        "meistgelesen",
        "meistgelesene artikel",
        "am meisten gelesen",
        "mehr zum thema",
        "das könnte sie auch interessieren",
        "das könnte dich auch interessieren",
        "auch interessant",
        "weitere artikel",
        "weitere nachrichten",
        "neueste artikel",
        "neueste nachrichten",
        "aktuelle nachrichten",
        "empfehlungen",
        "unsere empfehlungen",
        "top-themen",
        "beliebt",
        "ähnliche artikel",
    ],
};

pub static HEADING_FR: PhraseTable = PhraseTable {
    lang: "fr",
    phrases: &[
        "à lire aussi",
        "a lire aussi",
        "sur le même sujet",
        "les plus lus",
        "les plus populaires",
        "les plus partagés",
        "dernières actualités",
        "dernières infos",
        "à la une",
        "nos recommandations",
        "vous aimerez aussi",
        "articles similaires",
        "dans la même rubrique",
        "vous pourriez aimer",
    ],
};

pub static HEADING_ES: PhraseTable = PhraseTable {
    lang: "es",
    phrases: &[
        "te puede interesar",
        "también te puede interesar",
        "le puede interesar",
        "más leídas",
        "lo más leído",
        "lo más visto",
        "más noticias",
        "últimas noticias",
        "noticias relacionadas",
        "artículos relacionados",
        "recomendado",
        "recomendados",
        "te recomendamos",
        "más populares",
    ],
};

pub static HEADINGS: &[&PhraseTable] = &[
    &HEADING_EN,
    &HEADING_RU,
    &HEADING_UK,
    &HEADING_DE,
    &HEADING_FR,
    &HEADING_ES,
];

/// Heading prefixes followed by a site or section name: "More from The
/// Daily Star", "Ещё из раздела Политика".
pub static HEADING_PREFIX_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "more from",
        "more in",
        "more on",
        "more stories from",
        "more news from",
        "latest from",
        "also on",
        "ещё из",
        "еще из",
        "больше новостей",
        "більше новин",
        "mehr aus",
        "mehr von",
        "más noticias de",
    ],
};

pub static HEADING_PREFIXES: &[&PhraseTable] = &[&HEADING_PREFIX_ALL];
