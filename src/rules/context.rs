//! Rules that judge a block by its neighbours or its place on the page.
//! They run in `classify` and `select`; these are their names and docs.

use super::RuleInfo;

pub static TEASER_LIST: RuleInfo = RuleInfo {
    name: "related/teaser-list",
    summary: "a teaser, headline or timestamp in the list after a related heading",
};

pub static COMMENT_SECTION: RuleInfo = RuleInfo {
    name: "comments/section",
    summary: "text in the comment section after a comment form prompt",
};

pub static CAPTION: RuleInfo = RuleInfo {
    name: "credits/caption",
    summary: "a caption: the short line glued to a photo credit",
};

pub static TEMPLATE_REPEATED: RuleInfo = RuleInfo {
    name: "template/repeated",
    summary: "text on many pages of the same site (pith batch --learn-templates)",
};

pub static REPEATED_BLOCK: RuleInfo = RuleInfo {
    name: "nav/repeated-block",
    summary: "text that stands three or more times on the page (carousels, templates)",
};

pub static REPEATED_HEADLINE: RuleInfo = RuleInfo {
    name: "headline/repeated",
    summary: "the headline again, after the headline",
};

pub static DUPLICATE: RuleInfo = RuleInfo {
    name: "select/duplicate",
    summary: "a second copy of text the article already has (a page's mobile and desktop versions)",
};

pub static BEFORE_MAIN: RuleInfo = RuleInfo {
    name: "select/before-main",
    summary: "outside the main text, before it (masthead, menus, teasers)",
};

pub static AFTER_MAIN: RuleInfo = RuleInfo {
    name: "select/after-main",
    summary: "outside the main text, after it (footers, menus, teaser lists)",
};

pub static ALL: [&RuleInfo; 11] = [
    &TEMPLATE_REPEATED,
    &super::currency::CURRENCY_LIST,
    &REPEATED_BLOCK,
    &TEASER_LIST,
    &COMMENT_SECTION,
    &CAPTION,
    &REPEATED_HEADLINE,
    &DUPLICATE,
    &super::meta::FIELD_LABEL,
    &BEFORE_MAIN,
    &AFTER_MAIN,
];
