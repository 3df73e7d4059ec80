//! Calls to action: newsletters, apps, subscriptions, donations, sharing.
//!
//! Matched with `Mode::Contains` on short lines only: these phrases also
//! occur in articles *about* newsletters or apps, but there they sit inside
//! long sentences.

use super::PhraseTable;

pub static NEWSLETTER_EN: PhraseTable = PhraseTable {
    lang: "en",
    phrases: &[
        "newsletter",
        "newsletters",
        "sign up for our newsletter",
        "sign up to our newsletter",
        "subscribe to our newsletter",
        "subscribe to the newsletter",
        "get our newsletter",
        "our daily newsletter",
        "newsletter sign-up",
        "newsletter signup",
        "stay up to date with the latest news",
        "stay up to date",
        "stay informed",
        "get the latest news",
        "delivered to your inbox",
        "straight to your inbox",
        "enter your email",
        "enter your email address",
        "by signing up, you agree",
        // The reassurance under a sign-up box.
        "unsubscribe at any time",
        "unsubscribe anytime",
    ],
};

pub static NEWSLETTER_OTHER: PhraseTable = PhraseTable {
    lang: "ru/uk/de/fr/es",
    phrases: &[
        "подпишитесь на нашу рассылку",
        "подписаться на рассылку",
        "подпишитесь на наш",
        "подписывайтесь на наш",
        "підпишіться на нашу розсилку",
        "підпишіться на наш",
        "підписуйтесь на наш",
        "newsletter abonnieren",
        "melden sie sich für unseren newsletter an",
        "jetzt abonnieren",
        "abonnez-vous à notre newsletter",
        "inscrivez-vous à notre newsletter",
        "abonnez-vous",
        "recevez notre newsletter",
        "suscríbete a nuestro boletín",
        "suscríbete a nuestra newsletter",
        "suscríbete",
        "recibe nuestro boletín",
    ],
};

pub static APP_EN: PhraseTable = PhraseTable {
    lang: "en",
    phrases: &[
        "download our app",
        "download the app",
        "get the app",
        "in your phone app",
        "our mobile app",
        "available on the app store",
        "get it on google play",
        "check us out",
        "follow us on",
        "follow us",
        "like us on facebook",
        "join us on telegram",
        "join our telegram",
    ],
};

pub static APP_OTHER: PhraseTable = PhraseTable {
    lang: "ru/uk/de/fr/es",
    phrases: &[
        "скачайте наше приложение",
        "скачать приложение",
        "наш telegram-канал",
        "наш телеграм-канал",
        "наш канал в telegram",
        "читайте нас в",
        "завантажуйте наш застосунок",
        "читайте нас у",
        "laden sie unsere app",
        "unsere app",
        "folgen sie uns",
        "téléchargez notre application",
        "téléchargez l'application",
        "suivez-nous",
        "descarga nuestra app",
        "descarga nuestra aplicación",
        "síguenos en",
    ],
};

pub static DONATE_EN: PhraseTable = PhraseTable {
    lang: "en",
    phrases: &[
        "support our journalism",
        "support independent journalism",
        "become our patron",
        "become a patron",
        "become a supporter",
        "donate now",
        "make a donation",
        "support us on patreon",
        "on patreon",
        "buy me a coffee",
        "please consider supporting",
        "funded by readers",
        "if you enjoyed this article",
        "if you liked this article",
        "reader-funded",
        "supported by readers",
        "have a tip",
        "got a tip",
        "send us a tip",
        "send us your pictures",
        "send us your photos",
        "was this page helpful",
        "was this article helpful",
        "did you find this helpful",
    ],
};

pub static DONATE_OTHER: PhraseTable = PhraseTable {
    lang: "ru/uk/de/fr/es",
    phrases: &[
        "поддержите нас",
        "поддержать редакцию",
        "поддержите редакцию",
        "підтримайте нас",
        "підтримати нас",
        "підтримайте редакцію",
        "станьте нашим патроном",
        "ставайте нашими патронами",
        "підтримайте незалежну журналістику",
        "поддержите независимую журналистику",
        "unterstützen sie uns",
        "jetzt spenden",
        "soutenez-nous",
        "faire un don",
        "apóyanos",
        "haz una donación",
    ],
};

pub static SUBSCRIBE_EN: PhraseTable = PhraseTable {
    lang: "en",
    phrases: &[
        "subscribe now",
        "subscribe today",
        "subscribe for",
        "already a subscriber",
        "already subscribed",
        "start your free trial",
        "subscribers only",
        "this article is for subscribers",
        "to continue reading",
        "to read the full story",
        "to read the full article",
        "subscribe to read",
        "continue reading the main story",
        "get unlimited access",
        "keep reading with",
        "continue reading with",
        "create a free account",
        "log in to continue",
        "sign in to continue",
        "cancel anytime",
        "cancel at any time",
    ],
};

pub static SUBSCRIBE_OTHER: PhraseTable = PhraseTable {
    lang: "ru/uk/de/fr/es",
    phrases: &[
        "оформите подписку",
        "оформить подписку",
        "оформіть передплату",
        "jetzt testen",
        "bereits abonnent",
        "déjà abonné",
        "abonnez-vous pour lire",
        "ya eres suscriptor",
        "hazte suscriptor",
        "jederzeit kündbar",
        "sans engagement",
        "sin permanencia",
    ],
};

pub static SHARE_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "send by email",
        "email this article",
        "partager l'article",
        "partager l’article",
        "envoyer par e-mail",
        "per e-mail senden",
        "enviar por correo",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share this on",
        "share on whatsapp",
        "share on linkedin",
        "share on pinterest",
        "share on reddit",
        "share on telegram",
        "share via whatsapp",
        "share via email",
        "share article",
        "click to share",
        "copy link",
        "link copied",
        "artikel teilen",
        "partager cet article",
        "compartir en",
    ],
};

pub static NEWSLETTER: &[&PhraseTable] = &[&NEWSLETTER_EN, &NEWSLETTER_OTHER];
pub static APP: &[&PhraseTable] = &[&APP_EN, &APP_OTHER];
pub static DONATE: &[&PhraseTable] = &[&DONATE_EN, &DONATE_OTHER];
pub static SUBSCRIBE: &[&PhraseTable] = &[&SUBSCRIBE_EN, &SUBSCRIBE_OTHER];
pub static SHARE: &[&PhraseTable] = &[&SHARE_ALL];
