//! Builds the DOM from the lexer's tokens: the HTML standard's tree
//! construction, reduced to what decides where text ends up.
//!
//! Kept: the implied `<html>`, `<head>` and `<body>`; elements of the
//! head; void elements; paragraphs, list items, headings, cells and rows
//! that end without their end tag; end tags that close what was opened
//! inside them, and stray end tags that close nothing; text and elements
//! moved out of a table where they do not belong; `<svg>` and `<math>`
//! content with its self-closing tags; formatting elements a block closed
//! before their end tag, reopened around the text that follows. Left
//! out: quirks, the adoption agency's moving of a block out of a link
//! closed around it (pith closes the block with the link), `<select>`'s
//! and `<frameset>`'s own modes.

use super::formatting::{ActiveFormatting, Entry};
use super::names::{self, Content, Scope};
use crate::html::walk::is_block_level;
use ego_tree::NodeId;
use html5ever::{Attribute, LocalName, Namespace, QualName, ns};
use scraper::node::{Element, Text};
use scraper::{Html, Node};

/// An element on the stack of open elements.
struct Open {
    id: NodeId,
    name: LocalName,
    /// Inside `<svg>` or `<math>`: self-closing tags are honoured there.
    foreign: bool,
}

/// Whether the body has started.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Head,
    Body,
}

pub struct Builder {
    document: Html,
    html: NodeId,
    body: NodeId,
    stack: Vec<Open>,
    phase: Phase,
    /// Open `<pre>` elements: white space is text inside them.
    pre_depth: usize,
    /// The first line break after `<pre>` or `<listing>` is not text.
    skip_newline: bool,
    formatting: ActiveFormatting,
    /// Start tags left out past `MAX_DEPTH`, whose end tags are left out
    /// too.
    overflow: Vec<LocalName>,
}

/// Deepest nesting built. Real pages stay under a few hundred levels;
/// past it, start tags (and the end tags that match them) are left out
/// and only their text stays, so that a page nested 200,000 levels deep
/// costs no more than a flat one.
pub const MAX_DEPTH: usize = crate::html::flatten::MAX_DEPTH;

/// What a start tag asks of the lexer next.
pub enum Next {
    Markup,
    /// Read the element's content as text up to its end tag.
    Text(Content, LocalName),
}

fn qual(ns: Namespace, name: &str) -> QualName {
    QualName::new(None, ns, LocalName::from(name))
}

fn element(ns: Namespace, name: &str, attrs: Vec<Attribute>) -> Node {
    Node::Element(Element::new(qual(ns, name), attrs))
}

fn is_space(text: &str) -> bool {
    text.bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
}

impl Builder {
    /// An empty document with room for `nodes` nodes.
    pub fn new(nodes: usize) -> Builder {
        let mut document = Html::new_document();
        document.tree = ego_tree::Tree::with_capacity(Node::Document, nodes);
        let mut root = document.tree.root_mut();
        let mut html = root.append(element(ns!(html), "html", Vec::new()));
        let head = html.append(element(ns!(html), "head", Vec::new())).id();
        let body = html.append(element(ns!(html), "body", Vec::new())).id();
        let html = html.id();
        Builder {
            document,
            html,
            body,
            stack: vec![
                Open {
                    id: html,
                    name: LocalName::from("html"),
                    foreign: false,
                },
                Open {
                    id: head,
                    name: LocalName::from("head"),
                    foreign: false,
                },
            ],
            phase: Phase::Head,
            pre_depth: 0,
            skip_newline: false,
            formatting: ActiveFormatting::default(),
            overflow: Vec::new(),
        }
    }

    pub fn finish(self) -> Html {
        self.document
    }

    fn current(&self) -> &Open {
        // The stack always holds `<html>`: nothing pops it.
        self.stack.last().unwrap_or(&self.stack[0])
    }

    fn current_name(&self) -> &str {
        &self.current().name
    }

    fn start_body(&mut self) {
        if self.phase == Phase::Head {
            self.phase = Phase::Body;
            self.stack.truncate(1);
            self.stack.push(Open {
                id: self.body,
                name: LocalName::from("body"),
                foreign: false,
            });
        }
    }

    /// Adds the attributes `el` lacks (a second `<html>` or `<body>` tag).
    fn merge_attrs(&mut self, id: NodeId, attrs: Vec<Attribute>) {
        let Some(mut node) = self.document.tree.get_mut(id) else {
            return;
        };
        let Node::Element(el) = node.value() else {
            return;
        };
        let mut all: Vec<Attribute> = el
            .attrs
            .iter()
            .map(|(name, value)| Attribute {
                name: name.clone(),
                value: value.clone(),
            })
            .collect();
        let before = all.len();
        for attr in attrs {
            if !all[..before]
                .iter()
                .any(|a| a.name.local == attr.name.local)
            {
                all.push(attr);
            }
        }
        if all.len() > before {
            *node.value() = Node::Element(Element::new(el.name.clone(), all));
        }
    }

    /// Index in the stack of the topmost element that `matches`, looking
    /// no further than `scope` allows.
    fn find_in_scope(&self, scope: Scope, matches: impl Fn(&str) -> bool) -> Option<usize> {
        for (i, open) in self.stack.iter().enumerate().rev() {
            if matches(&open.name) {
                return Some(i);
            }
            if scope.stops_at(&open.name) {
                return None;
            }
        }
        None
    }

    fn pop_to(&mut self, index: usize) {
        while self.stack.len() > index.max(1) {
            let Some(open) = self.stack.pop() else {
                break;
            };
            match &*open.name {
                "pre" => self.pre_depth -= 1,
                name if names::sets_marker(name) && !open.foreign => {
                    self.formatting.clear_to_marker()
                }
                _ => {}
            }
        }
    }

    fn on_stack(&self, id: NodeId) -> bool {
        self.stack.iter().rev().any(|o| o.id == id)
    }

    /// Reopens the formatting elements a block closed before their end
    /// tag, innermost last, around the content that follows.
    fn reconstruct_formatting(&mut self) {
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        let entries = &self.formatting.entries;
        let reopen = |e: &Entry| matches!(e, Entry::Element(id, _) if !self.on_stack(*id));
        if !entries.last().is_some_and(reopen) {
            return;
        }
        let mut first = entries.len() - 1;
        while first > 0 && reopen(&entries[first - 1]) {
            first -= 1;
        }
        for i in first..self.formatting.entries.len() {
            if self.stack.len() >= MAX_DEPTH {
                break;
            }
            let Entry::Element(old, name) = self.formatting.entries[i].clone() else {
                continue;
            };
            let Some(Node::Element(el)) = self.document.tree.get(old).map(|n| n.value().clone())
            else {
                continue;
            };
            let id = self.insert(Node::Element(el), true);
            self.push(id, &name, false);
            self.formatting.entries[i] = Entry::Element(id, name);
        }
    }

    /// Whether two elements have the same name and attributes.
    fn same_element(&self, a: NodeId, b: NodeId) -> bool {
        let value = |id| self.document.tree.get(id).map(|n| n.value());
        matches!((value(a), value(b)), (Some(Node::Element(x)), Some(Node::Element(y))) if x.name == y.name && x.attrs == y.attrs)
    }

    fn close_paragraph(&mut self) {
        if let Some(i) = self.find_in_scope(Scope::Button, |n| n == "p") {
            self.pop_to(i);
        }
    }

    /// The nearest open table, for content that does not belong in it.
    fn open_table(&self) -> Option<usize> {
        self.stack.iter().rposition(|o| &*o.name == "table")
    }

    /// Appends `node` to the current element, or before the table when
    /// the current element is a table part.
    fn insert(&mut self, node: Node, foster: bool) -> NodeId {
        if foster
            && names::is_table_part(self.current_name())
            && let Some(t) = self.open_table()
            && let Some(mut table) = self.document.tree.get_mut(self.stack[t].id)
            && table.parent().is_some()
        {
            return table.insert_before(node).id();
        }
        let parent = self.current().id;
        match self.document.tree.get_mut(parent) {
            Some(mut p) => p.append(node).id(),
            None => self.document.tree.root_mut().append(node).id(),
        }
    }

    fn push(&mut self, id: NodeId, name: &str, foreign: bool) {
        if name == "pre" {
            self.pre_depth += 1;
        }
        self.stack.push(Open {
            id,
            name: LocalName::from(name),
            foreign,
        });
    }

    /// A start tag. Returns what the lexer should read next.
    pub fn start(&mut self, name: &str, attrs: Vec<Attribute>, self_closing: bool) -> Next {
        match name {
            "html" => {
                self.merge_attrs(self.html, attrs);
                return Next::Markup;
            }
            "head" => return Next::Markup,
            "body" => {
                self.start_body();
                self.merge_attrs(self.body, attrs);
                return Next::Markup;
            }
            _ => {}
        }
        if self.phase == Phase::Head && !names::is_head_content(name) {
            self.start_body();
        }
        if self.stack.len() >= MAX_DEPTH
            && !names::is_void(name)
            && names::content(name) == Content::Markup
        {
            self.overflow.push(LocalName::from(name));
            return Next::Markup;
        }
        if self.current().foreign {
            let breaks_out = names::breaks_out_of_foreign(name)
                || (name == "font"
                    && attrs
                        .iter()
                        .any(|a| matches!(&*a.name.local, "color" | "face" | "size")));
            if !breaks_out {
                let ns = self.current_ns();
                let id = self.insert(element(ns, name, attrs), false);
                if !self_closing {
                    self.push(id, name, true);
                }
                return Next::Markup;
            }
            while self.stack.len() > 1 && self.current().foreign {
                self.pop_to(self.stack.len() - 1);
            }
        }
        self.start_html(name, attrs, self_closing)
    }

    fn current_ns(&self) -> Namespace {
        let mut ns = ns!(svg);
        for open in self.stack.iter().rev() {
            if !open.foreign {
                break;
            }
            match &*open.name {
                "svg" => ns = ns!(svg),
                "math" => ns = ns!(mathml),
                _ => continue,
            }
            break;
        }
        ns
    }

    fn start_html(&mut self, name: &str, attrs: Vec<Attribute>, self_closing: bool) -> Next {
        // A form inside a form is ignored, tag and all.
        if name == "form" && self.stack.iter().any(|o| &*o.name == "form") {
            return Next::Markup;
        }
        if names::closes_paragraph(name) {
            self.close_paragraph();
        }
        if matches!(
            name,
            "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" | "caption" | "colgroup"
        ) && !self.open_table_part(name)
        {
            return Next::Markup;
        }
        match name {
            "li" => self.close_list_item(&["li"]),
            "dd" | "dt" => self.close_list_item(&["dd", "dt"]),
            _ if names::is_heading(name) && names::is_heading(self.current_name()) => {
                self.pop_to(self.stack.len() - 1);
            }
            "a" => {
                if let Some(open) = self.formatting.find("a") {
                    self.formatting.remove(open);
                    if let Some(i) = self.stack.iter().rposition(|o| o.id == open) {
                        self.pop_to(i);
                    }
                }
            }
            "button" => {
                if let Some(i) = self.find_in_scope(Scope::Default, |n| n == "button") {
                    self.pop_to(i);
                }
            }
            "option" | "optgroup" => {
                if self.current_name() == "option" {
                    self.pop_to(self.stack.len() - 1);
                }
                if name == "optgroup" && self.current_name() == "optgroup" {
                    self.pop_to(self.stack.len() - 1);
                }
            }
            "svg" | "math" => {
                let ns = if name == "svg" { ns!(svg) } else { ns!(mathml) };
                let id = self.insert(element(ns, name, attrs), true);
                if !self_closing {
                    self.push(id, name, true);
                }
                return Next::Markup;
            }
            _ => {}
        }
        let name = if name == "image" { "img" } else { name };
        if !names::is_special(name) {
            self.reconstruct_formatting();
        }
        let id = self.insert(element(ns!(html), name, attrs), names::fosters(name));
        if names::is_void(name) {
            return Next::Markup;
        }
        if names::is_formatting(name) {
            let mut formatting = std::mem::take(&mut self.formatting);
            formatting.push(id, LocalName::from(name), |other| {
                self.same_element(id, other)
            });
            self.formatting = formatting;
        } else if names::sets_marker(name) {
            self.formatting.push_marker();
        }
        match names::content(name) {
            Content::Markup => {
                self.push(id, name, false);
                if matches!(name, "pre" | "listing") {
                    self.skip_newline = true;
                }
                Next::Markup
            }
            // The element is complete once its text is in: `text_into`.
            content => {
                self.push(id, name, false);
                Next::Text(content, LocalName::from(name))
            }
        }
    }

    /// `<li>`, `<dd>` or `<dt>`: the open item of the same kind ends.
    fn close_list_item(&mut self, kinds: &[&str]) {
        for i in (0..self.stack.len()).rev() {
            let name = &*self.stack[i].name;
            if kinds.contains(&name) {
                self.pop_to(i);
                return;
            }
            if names::is_special(name) && !matches!(name, "address" | "div" | "p") {
                return;
            }
        }
    }

    /// Prepares the stack for a table part: the open cell or row it ends
    /// is closed, with whatever was left open inside it, and the row or
    /// section it needs is opened. False when no table is open: the tag
    /// is ignored, as browsers do.
    fn open_table_part(&mut self, name: &str) -> bool {
        let Some(table) = self.find_in_scope(Scope::Table, |n| n == "table") else {
            return false;
        };
        let is_cell = |n: &str| matches!(n, "td" | "th");
        let row = match name {
            "td" | "th" | "tr" => {
                if let Some(cell) = self.find_in_scope(Scope::Table, is_cell) {
                    self.pop_to(cell);
                }
                if name == "tr"
                    && let Some(row) = self.find_in_scope(Scope::Table, |n| n == "tr")
                {
                    self.pop_to(row);
                }
                // What a cell or row goes into: the row, a section, or
                // the table itself.
                let context = |n: &str| {
                    matches!(n, "tbody" | "thead" | "tfoot" | "table")
                        || (name != "tr" && n == "tr")
                };
                self.find_in_scope(Scope::Table, context)
            }
            _ => Some(table),
        };
        if let Some(row) = row {
            self.pop_to(row + 1);
        }
        if matches!(name, "td" | "th" | "tr") && self.current_name() == "table" {
            let id = self.insert(element(ns!(html), "tbody", Vec::new()), false);
            self.push(id, "tbody", false);
        }
        if matches!(name, "td" | "th") && self.current_name() != "tr" {
            let id = self.insert(element(ns!(html), "tr", Vec::new()), false);
            self.push(id, "tr", false);
        }
        true
    }

    /// The text of a raw-text element just opened, which it closes.
    pub fn text_into(&mut self, text: &str) {
        if !text.is_empty() {
            let parent = self.current().id;
            if let Some(mut p) = self.document.tree.get_mut(parent) {
                p.append(Node::Text(Text { text: text.into() }));
            }
        }
        self.pop_to(self.stack.len() - 1);
    }

    /// An end tag.
    pub fn end(&mut self, name: &str) {
        if self.overflow.last().is_some_and(|top| &**top == name) {
            self.overflow.pop();
            return;
        }
        if self.phase == Phase::Head {
            match name {
                "br" => {}
                "template" | "noscript" if self.stack.len() > 2 => {
                    if let Some(i) = self.stack.iter().rposition(|o| &*o.name == name) {
                        self.pop_to(i);
                    }
                    return;
                }
                _ => return,
            }
        }
        if self.current().foreign {
            for i in (1..self.stack.len()).rev() {
                if !self.stack[i].foreign {
                    break;
                }
                if (*self.stack[i].name).eq_ignore_ascii_case(name) {
                    self.pop_to(i);
                    return;
                }
            }
        }
        match name {
            "html" | "body" => {}
            "br" => {
                self.start("br", Vec::new(), false);
            }
            "p" => self.close_paragraph(),
            "li" => self.close_in(Scope::ListItem, |n| n == "li"),
            _ if names::is_heading(name) => self.close_in(Scope::Default, names::is_heading),
            "table" => self.close_in(Scope::Table, |n| n == "table"),
            "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption" => {
                self.close_in(Scope::Table, |n| n == name)
            }
            _ if names::is_formatting(name) => self.close_formatting(name),
            _ if names::is_special(name) => self.close_in(Scope::Default, |n| n == name),
            _ => {
                // Any other end tag closes its element unless a special
                // element lies between.
                for i in (1..self.stack.len()).rev() {
                    let open = &*self.stack[i].name;
                    if open == name {
                        self.pop_to(i);
                        return;
                    }
                    if names::is_special(open) {
                        return;
                    }
                }
            }
        }
    }

    /// The end tag of a formatting element closes it, and what was opened
    /// inside it; one a block already closed is forgotten.
    fn close_formatting(&mut self, name: &str) {
        let Some(id) = self.formatting.find(name) else {
            return self.close_in(Scope::Default, |n| n == name);
        };
        self.formatting.remove(id);
        if let Some(i) = self.find_in_scope(Scope::Default, |n| n == name)
            && self.stack[i].id == id
        {
            self.pop_to(i);
        }
    }

    fn close_in(&mut self, scope: Scope, matches: impl Fn(&str) -> bool) {
        if let Some(i) = self.find_in_scope(scope, matches) {
            self.pop_to(i);
        }
    }

    /// Text, references already decoded.
    pub fn text(&mut self, text: &str) {
        let mut text = text;
        if self.skip_newline {
            self.skip_newline = false;
            text = text.strip_prefix('\n').unwrap_or(text);
        }
        if text.is_empty() {
            return;
        }
        let space = is_space(text);
        if self.phase == Phase::Head {
            if space {
                return;
            }
            self.start_body();
        }
        if !space && names::is_table_part(self.current_name()) {
            return self.foster_text(text);
        }
        self.reconstruct_formatting();
        let parent = self.current().id;
        let Some(mut p) = self.document.tree.get_mut(parent) else {
            return;
        };
        if let Some(mut last) = p.last_child() {
            match last.value() {
                Node::Text(t) => {
                    t.text.push_slice(text);
                    return;
                }
                // White space between blocks reaches no block; a page of
                // a million paragraphs would hold as many such nodes.
                Node::Element(el) if space && self.pre_depth == 0 && is_block_level(el.name()) => {
                    return;
                }
                _ => {}
            }
        }
        p.append(Node::Text(Text { text: text.into() }));
    }

    /// Text inside a table but outside its cells goes before the table.
    fn foster_text(&mut self, text: &str) {
        let Some(t) = self.open_table() else {
            return;
        };
        let Some(mut table) = self.document.tree.get_mut(self.stack[t].id) else {
            return;
        };
        if let Some(mut before) = table.prev_sibling()
            && let Node::Text(previous) = before.value()
        {
            previous.text.push_slice(text);
            return;
        }
        if table.parent().is_some() {
            table.insert_before(Node::Text(Text { text: text.into() }));
        }
    }
}
