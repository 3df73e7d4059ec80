//! Class, id and role tokens that name what a page component is.
//!
//! A class like `related-posts` or `share-bar` says what a block is more
//! reliably than its text. Class and id values are split into tokens
//! (`related-posts` → `related`, `posts`; `shareBar` → `share`, `bar`) and
//! looked up here, one table per concept.

/// A kind of page component that is not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concept {
    Navigation,
    /// Widgets that work the page rather than lead away from it: toolbars,
    /// player and auto-update controls, drawers, the hamburger button.
    Controls,
    Header,
    Footer,
    Sidebar,
    Related,
    Share,
    Comments,
    Ads,
    Consent,
    Newsletter,
    Modal,
    AuthorBox,
    Tags,
    Breadcrumb,
    Pagination,
}

impl Concept {
    pub const ALL: [Concept; 16] = [
        Concept::Navigation,
        Concept::Controls,
        Concept::Header,
        Concept::Footer,
        Concept::Sidebar,
        Concept::Related,
        Concept::Share,
        Concept::Comments,
        Concept::Ads,
        Concept::Consent,
        Concept::Newsletter,
        Concept::Modal,
        Concept::AuthorBox,
        Concept::Tags,
        Concept::Breadcrumb,
        Concept::Pagination,
    ];

    pub const fn bit(self) -> u32 {
        1 << self as u32
    }

    /// Class and id tokens (lower case) that name this concept.
    pub fn tokens(self) -> &'static [&'static str] {
        match self {
            Concept::Navigation => &[
                "nav",
                "navbar",
                "navigation",
                "menu",
                "menus",
                "menubar",
                "topnav",
                "subnav",
                "mainnav",
                "megamenu",
                "skiplink",
                "skiplinks",
            ],
            Concept::Controls => &["controls", "toolbar", "hamburger", "offcanvas", "drawer"],
            Concept::Header => &["header", "masthead", "topbar", "banner", "branding", "logo"],
            Concept::Footer => &["footer", "colophon", "copyright", "legal", "bottombar"],
            // Not "widget": Blogger and WordPress wrap whole posts in
            // widget containers.
            // Not "secondary" as a part: styles name colours and buttons
            // so ("background--secondary", "btn-secondary", "secondary-
            // intro"); see WHOLE_VALUES.
            Concept::Sidebar => &["sidebar", "aside", "rail", "sidenav"],
            Concept::Related => &[
                "related",
                "recommended",
                "recommendation",
                "recommendations",
                "morestories",
                "popular",
                "trending",
                "mostread",
                "mostpopular",
                "outbrain",
                "taboola",
                "suggested",
                "suggestions",
                "readnext",
                "upnext",
                "teaser",
                "teasers",
                "promo",
                "promos",
                "similar",
                "latest",
                "headlines",
            ],
            Concept::Share => &[
                // Not "social": embedded posts ("social-media-embed") are
                // article content.
                "share",
                "shares",
                "sharing",
                "sharebar",
                "socials",
                "addthis",
                "sharethis",
                "sociallinks",
                "socialshare",
                "follow",
            ],
            // Customer reviews of a product are comments too; a review
            // article ("review-body") is content and exempt.
            Concept::Comments => &[
                "reviews",
                "comment",
                "comments",
                "disqus",
                "respond",
                "replies",
                "discussion",
                "commentlist",
            ],
            Concept::Ads => &[
                "ad",
                "ads",
                "advert",
                "adverts",
                "advertisement",
                "advertising",
                "adslot",
                "adunit",
                "adsense",
                "dfp",
                "gpt",
                "doubleclick",
                "sponsor",
                "sponsored",
                "sponsors",
                "commercial",
                "billboard",
                "leaderboard",
                "skyscraper",
                "mpu",
            ],
            // Not "cmp": Adobe's core components use it as a class prefix.
            Concept::Consent => &[
                "cookie",
                "cookies",
                "consent",
                "gdpr",
                "onetrust",
                "cookiebanner",
            ],
            Concept::Newsletter => &[
                // Not "paywall": sites wrap the article text itself in a
                // paywall container.
                "newsletter",
                "newsletters",
                "subscribe",
                "subscription",
                "signup",
                "membership",
                "donate",
                "donation",
                "cta",
            ],
            // Not "overlay": "body_overlay" wrappers hold whole pages.
            Concept::Modal => &["modal", "popup", "lightbox", "dialog", "interstitial"],
            // User profiles beside forum posts belong here too.
            Concept::AuthorBox => &[
                "postprofile",
                "profilerank",
                "userinfo",
                "authorcard",
                "authorinfo",
                "authorprofile",
                "authorbio",
                "authorbox",
                "bio",
                "biography",
                "aboutauthor",
                "byline",
                // A forum member's signature under each post.
                "signature",
                "signaturecontainer",
            ],
            Concept::Tags => &[
                "tags",
                "tag",
                "taglist",
                "keywords",
                "topics",
                "categories",
                "labels",
                // WooCommerce's line of a product's SKU, categories and
                // tags.
                "productmeta",
            ],
            Concept::Breadcrumb => &["breadcrumb", "breadcrumbs", "crumbs", "crumb"],
            Concept::Pagination => &[
                "pagination",
                "pager",
                "paging",
                "pages",
                "prevnext",
                "postnav",
            ],
        }
    }
}

/// Tokens that say "the article's text is in here".
pub const CONTENT_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "post",
    "postbody",
    "postcontent",
    "entry",
    "entrycontent",
    "content",
    "story",
    "storybody",
    "storycontent",
    "body",
    "text",
    "prose",
    "richtext",
    "main",
    "maincontent",
    "articletext",
    "bodytext",
    "blogpost",
];

/// Words before a concept token that negate it ("has-sidebar",
/// "no-comments", "with-ads" describe the page, not the element).
pub const NEGATING_PREFIXES: &[&str] =
    &["has", "no", "with", "without", "hide", "show", "is", "not"];

/// Pairs of class parts, joined, that mean something other than their
/// first part: a "follow-up" is what comes next, not a follow button, and
/// a "share-price" widget quotes a stock. The first part's concept is not
/// read from such a pair.
pub const NEUTRAL_PAIRS: &[&str] = &["followup", "shareprice"];

/// Class or id values that name a concept only as a whole: WordPress
/// themes call their sidebar `id="secondary"`, while "secondary" as a part
/// of a longer name is a style.
pub const WHOLE_VALUES: &[(&str, Concept)] = &[("secondary", Concept::Sidebar)];
