//! Attribute lookup by interned name.
//!
//! `scraper::node::Element::attr` interns the name it is given on every
//! call (a perfect-hash lookup), and the walk asks each element for half
//! a dozen attributes. Names interned at compile time compare as one
//! integer, and elements carry few attributes, so a scan is cheaper.

use html5ever::{LocalName, ns};
use scraper::node::Element;

/// The value of attribute `name` (in no namespace) on `el`. Build `name`
/// with `html5ever::local_name!`.
pub fn get<'a>(el: &'a Element, name: &LocalName) -> Option<&'a str> {
    el.attrs
        .iter()
        .find(|(qual, _)| qual.local == *name && qual.ns == ns!())
        .map(|(_, value)| &**value)
}
