//! Comment forms and comment-section headings.

use super::PhraseTable;

/// Phrases that only a comment form or comment section says.
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
        "your email address will not be published",
        "required fields are marked",
        "save my name, email, and website in this browser",
        "you must be logged in to post a comment",
        "comments are closed",
        "show comments",
        "view comments",
        "cancel reply",
        "comment policy",
    ],
};

pub static FORM_RU: PhraseTable = PhraseTable {
    lang: "ru",
    phrases: &[
        "добавить комментарий",
        "оставить комментарий",
        "оставьте комментарий",
        "написать комментарий",
        "ваш адрес email не будет опубликован",
        "обязательные поля помечены",
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
        "ваша адреса email не буде опублікована",
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
        "deine e-mail-adresse wird nicht veröffentlicht",
        "ihre e-mail-adresse wird nicht veröffentlicht",
        "erforderliche felder sind mit",
    ],
};

pub static FORM_FR: PhraseTable = PhraseTable {
    lang: "fr",
    phrases: &[
        "laisser un commentaire",
        "laissez un commentaire",
        "ajouter un commentaire",
        "écrire un commentaire",
        "votre adresse e-mail ne sera pas publiée",
        "votre adresse de messagerie ne sera pas publiée",
        "les champs obligatoires sont indiqués",
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
        "tu dirección de correo electrónico no será publicada",
        "los campos obligatorios están marcados",
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
        "имя",
        "комментарий",
        "комментарии",
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
