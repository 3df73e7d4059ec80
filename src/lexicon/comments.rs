//! Comment forms and comment-section headings.

use super::PhraseTable;

/// Comment prompts that are a whole line: "Leave a Reply". Inside a
/// sentence ("Other nations will join the discussion") they are prose.
pub static FORM_EN: PhraseTable = PhraseTable {
    lang: "en",
    phrases: &[
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "write a comment",
        "post comment",
        "submit comment",
        "join the discussion",
        "join the conversation",
        "comments are closed",
        "show comments",
        "view comments",
        "cancel reply",
        "comment policy",
        "write a review",
        "add a review",
        "leave a review",
    ],
};

/// Sentences only comment forms say; found inside a longer line.
pub static FORM_SENTENCES_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "your email address will not be published",
        "required fields are marked",
        "save my name, email, and website in this browser",
        "you must be logged in to post a comment",
        // A review form under a product ("Be the first to review “Joco
        // Cup”", "Be the first to review this item").
        "be the first to review",
        "ваш адрес email не будет опубликован",
        "обязательные поля помечены",
        "ваша адреса email не буде опублікована",
        "deine e-mail-adresse wird nicht veröffentlicht",
        "ihre e-mail-adresse wird nicht veröffentlicht",
        "erforderliche felder sind mit",
        "votre adresse e-mail ne sera pas publiée",
        "votre adresse de messagerie ne sera pas publiée",
        "les champs obligatoires sont indiqués",
        "tu dirección de correo electrónico no será publicada",
        "los campos obligatorios están marcados",
    ],
};

pub static FORM_SENTENCES: &[&PhraseTable] = &[&FORM_SENTENCES_ALL];

pub static FORM_RU: PhraseTable = PhraseTable {
    lang: "ru",
    phrases: &[
        "добавить комментарий",
        "добавить отзыв",
        "оставить отзыв",
        "оставить комментарий",
        "оставьте комментарий",
        "написать комментарий",
        "показать комментарии",
    ],
};

pub static FORM_UK: PhraseTable = PhraseTable {
    lang: "uk",
    phrases: &[
        "додати коментар",
        "залишити коментар",
        "залиште коментар",
        "написати коментар",
    ],
};

pub static FORM_DE: PhraseTable = PhraseTable {
    lang: "de",
    phrases: &[
        "kommentar schreiben",
        "kommentar verfassen",
        "hinterlasse einen kommentar",
        "einen kommentar hinterlassen",
        "schreibe einen kommentar",
        "kommentare anzeigen",
    ],
};

pub static FORM_FR: PhraseTable = PhraseTable {
    lang: "fr",
    phrases: &[
        "laisser un commentaire",
        "laissez un commentaire",
        "ajouter un commentaire",
        "écrire un commentaire",
        "voir les commentaires",
    ],
};

pub static FORM_ES: PhraseTable = PhraseTable {
    lang: "es",
    phrases: &[
        "deja un comentario",
        "dejar un comentario",
        "deja una respuesta",
        "escribe un comentario",
        "añadir comentario",
        "ver comentarios",
    ],
};

pub static FORMS: &[&PhraseTable] = &[&FORM_EN, &FORM_RU, &FORM_UK, &FORM_DE, &FORM_FR, &FORM_ES];

/// Form field labels: only boilerplate when the line is nothing else.
pub static FIELD_LINES: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "comment",
        "comments",
        "name",
        "name *",
        "email",
        "email *",
        "e-mail",
        "website",
        "reply",
        "first name",
        "last name",
        "email address",
        "phone number",
        "your message",
        "имя",
        "комментарий",
        "комментарии",
        "отзывы",
        "reviews",
        "коментар",
        "коментарі",
        "ім'я",
        "kommentar",
        "kommentare",
        "commentaire",
        "commentaires",
        "comentario",
        "comentarios",
        "nom",
        "nombre",
    ],
};

pub static FIELDS: &[&PhraseTable] = &[&FIELD_LINES];

/// Labels of the user details forums print beside each post ("Posts:
/// 8,317", "Joined: May 2012").
pub static USER_INFO_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "joined",
        "posts",
        "messages",
        "member since",
        "location",
        "reputation",
        "karma",
        "reaction score",
        "points",
        "likes",
        "likes received",
        "registered",
        "threads",
        "rank",
        "beiträge",
        "dabei seit",
        "registriert",
        "сообщения",
        "сообщений",
        "зарегистрирован",
        "регистрация",
        "повідомлення",
        "inscrit",
        "inscrit le",
        "mensajes",
        "registrado",
    ],
};

pub static USER_INFO: &[&PhraseTable] = &[&USER_INFO_ALL];

/// Whole-line controls forum software prints under or beside each post
/// (Invision, XenForo, vBulletin, phpBB, Discourse): a post's own links,
/// not its text.
pub static POST_CONTROLS_ALL: PhraseTable = PhraseTable {
    lang: "*",
    phrases: &[
        "link to comment",
        "link to post",
        "share on other sites",
        "report post",
        "report this post",
        "report content",
        "reply with quote",
        "quote reply",
        "multiquote",
        "multi-quote",
        "quote",
        "click to expand",
        "click to shrink",
        "top posters in this topic",
        "zitieren",
        "citer",
        "citar",
        "цитировать",
        "цитата",
        "цитувати",
    ],
};

pub static POST_CONTROLS: &[&PhraseTable] = &[&POST_CONTROLS_ALL];
