//! Cookie and consent banners.

use super::PhraseTable;

pub static COOKIE_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "we use cookies",
        "this site uses cookies",
        "this website uses cookies",
        "uses cookies",
        "use of cookies",
        "necessary cookies",
        "privacy overview",
        "cookie policy",
        "cookie settings",
        "cookie preferences",
        "accept cookies",
        "accept all cookies",
        "manage cookies",
        "manage preferences",
        "by continuing to use this site",
        "by continuing to use our site",
        "by continuing to browse",
        "by using this site, you agree",
        "by using our site, you agree",
        "your privacy choices",
        "do not sell my personal information",
        "please enable javascript",
        "enable javascript",
        "javascript is disabled",
        "использует cookie",
        "использует файлы cookie",
        "файлы cookie",
        "файли cookie",
        "використовує cookie",
        "verwendet cookies",
        "wir verwenden cookies",
        "nutzt cookies",
        "utilise des cookies",
        "nous utilisons des cookies",
        "utiliza cookies",
        "utilizamos cookies",
        "usamos cookies",
        "utilizza cookie",
    ],
};

pub static COOKIE: &[&PhraseTable] = &[&COOKIE_ALL];
