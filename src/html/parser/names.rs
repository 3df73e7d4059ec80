//! The element categories of the HTML standard's tree construction that
//! decide where an element ends when its end tag is missing or misplaced.

/// Elements that never have content.
pub fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "image"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// How an element's content is read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Content {
    Markup,
    /// Text up to the end tag, references left as they are (`<script>`).
    RawText,
    /// Text up to the end tag, references decoded (`<title>`).
    EscapableRawText,
    /// Text to the end of the page (`<plaintext>`).
    PlainText,
}

pub fn content(name: &str) -> Content {
    match name {
        // A template's content is no part of the page: kept as text,
        // which the walk skips with its element.
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript"
        | "template" => Content::RawText,
        "title" | "textarea" => Content::EscapableRawText,
        "plaintext" => Content::PlainText,
        _ => Content::Markup,
    }
}

/// Elements that belong in `<head>` when they come before the body.
pub fn is_head_content(name: &str) -> bool {
    matches!(
        name,
        "base"
            | "basefont"
            | "bgsound"
            | "link"
            | "meta"
            | "title"
            | "noscript"
            | "noframes"
            | "style"
            | "script"
            | "template"
    )
}

/// The standard's "special" elements: an end tag for another element
/// does not reach past one.
pub fn is_special(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "applet"
            | "area"
            | "article"
            | "aside"
            | "base"
            | "basefont"
            | "bgsound"
            | "blockquote"
            | "body"
            | "br"
            | "button"
            | "caption"
            | "center"
            | "col"
            | "colgroup"
            | "dd"
            | "details"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "embed"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "frame"
            | "frameset"
            | "head"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "iframe"
            | "img"
            | "input"
            | "keygen"
            | "li"
            | "link"
            | "listing"
            | "main"
            | "marquee"
            | "menu"
            | "meta"
            | "nav"
            | "noembed"
            | "noframes"
            | "noscript"
            | "object"
            | "ol"
            | "p"
            | "param"
            | "plaintext"
            | "pre"
            | "script"
            | "search"
            | "section"
            | "select"
            | "source"
            | "style"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "template"
            | "textarea"
            | "tfoot"
            | "th"
            | "thead"
            | "title"
            | "tr"
            | "track"
            | "ul"
            | "wbr"
            | "xmp"
    ) || is_heading(name)
}

/// Elements that end an open `<p>` when they start.
pub fn closes_paragraph(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "pre"
            | "listing"
            | "form"
            | "li"
            | "dd"
            | "dt"
            | "plaintext"
            | "table"
            | "hr"
            | "xmp"
    ) || is_heading(name)
}

pub fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Inline formatting elements, which an end tag closes even across the
/// elements opened inside them (the standard's adoption agency, reduced
/// to its effect on text: what follows the end tag is outside).
pub fn is_formatting(name: &str) -> bool {
    matches!(
        name,
        "a" | "b"
            | "big"
            | "code"
            | "em"
            | "font"
            | "i"
            | "nobr"
            | "s"
            | "small"
            | "strike"
            | "strong"
            | "tt"
            | "u"
    )
}

/// How far up the stack of open elements a search for an element looks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Stops at tables, cells and other containers.
    Default,
    /// Also stops at lists (for `<li>`).
    ListItem,
    /// Also stops at buttons (for `<p>`).
    Button,
    /// Stops at tables only (for rows and sections).
    Table,
}

impl Scope {
    /// Whether `name` bounds a search in this scope.
    pub fn stops_at(self, name: &str) -> bool {
        let table = matches!(name, "html" | "table" | "template");
        let default = table
            || matches!(
                name,
                "applet" | "caption" | "td" | "th" | "marquee" | "object" | "foreignobject"
            );
        match self {
            Scope::Default => default,
            Scope::ListItem => default || matches!(name, "ol" | "ul"),
            Scope::Button => default || name == "button",
            Scope::Table => table,
        }
    }
}

/// Start tags that end foreign content (`<svg>`, `<math>`): HTML's own
/// elements, which a page that forgot to close its `<svg>` goes on with.
pub fn breaks_out_of_foreign(name: &str) -> bool {
    matches!(
        name,
        "b" | "big"
            | "blockquote"
            | "body"
            | "br"
            | "center"
            | "code"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "em"
            | "embed"
            | "head"
            | "hr"
            | "i"
            | "img"
            | "li"
            | "listing"
            | "menu"
            | "meta"
            | "nobr"
            | "ol"
            | "p"
            | "pre"
            | "ruby"
            | "s"
            | "small"
            | "span"
            | "strong"
            | "strike"
            | "sub"
            | "sup"
            | "table"
            | "tt"
            | "u"
            | "ul"
            | "var"
    ) || is_heading(name)
}

/// Table parts, inside which text and other elements do not belong: they
/// are moved before the table.
pub fn is_table_part(name: &str) -> bool {
    matches!(name, "table" | "tbody" | "thead" | "tfoot" | "tr")
}

/// Elements that set a marker in the list of active formatting elements:
/// formatting opened outside them is not reopened inside.
pub fn sets_marker(name: &str) -> bool {
    matches!(
        name,
        "td" | "th" | "caption" | "applet" | "object" | "marquee" | "template"
    )
}

/// Whether an element opened inside a table part goes before the table.
pub fn fosters(name: &str) -> bool {
    !matches!(
        name,
        "caption"
            | "colgroup"
            | "col"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "script"
            | "style"
            | "template"
            | "form"
            | "input"
    )
}
