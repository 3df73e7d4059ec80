//! The tree sink pith parses into: scraper's, without the white space
//! between blocks.
//!
//! Pages put a line break after each closing `</p>`, `</li>` or `</div>`.
//! Each becomes a text node of its own, and a text node costs as much
//! memory as an element (128 bytes in the node list): on a page of a
//! million paragraphs they are a fifth of the DOM. The walk ends a block
//! at a block-level element, and a block's text is folded and trimmed, so
//! white space right after a block-level element never reaches a block
//! (nor does it count toward any length: those count trimmed text). Such
//! text is dropped here, except inside `<pre>`, where line breaks are
//! text.

use ego_tree::NodeId;
use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink, Node};
use std::borrow::Cow;
use std::cell::Ref;

/// scraper's sink, with `append` filtered; everything else is passed on.
pub struct Sink(HtmlTreeSink);

impl Sink {
    pub fn new(document: Html) -> Sink {
        Sink(HtmlTreeSink::new(document))
    }

    /// `text` is white space after a block-level element, outside `<pre>`.
    fn drops(&self, parent: &NodeId, text: &StrTendril) -> bool {
        if !text
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            return false;
        }
        let document = self.0.0.borrow();
        let Some(parent) = document.tree.get(*parent) else {
            return false;
        };
        let after_block = parent.last_child().is_some_and(|last| {
            matches!(last.value(), Node::Element(el) if super::walk::is_block_level(el.name()))
        });
        after_block
            && !std::iter::successors(Some(parent), |n| n.parent())
                .any(|n| matches!(n.value(), Node::Element(el) if el.name() == "pre"))
    }
}

impl TreeSink for Sink {
    type Output = Html;
    type Handle = NodeId;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Html {
        self.0.finish()
    }

    fn parse_error(&self, msg: Cow<'static, str>) {
        self.0.parse_error(msg)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.0.set_quirks_mode(mode)
    }

    fn get_document(&self) -> NodeId {
        self.0.get_document()
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.0.same_node(x, y)
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.0.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        self.0.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.0.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.0.create_pi(target, data)
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.0
            .append_doctype_to_document(name, public_id, system_id)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        if let NodeOrText::AppendText(text) = &child
            && self.drops(parent, text)
        {
            return;
        }
        self.0.append(parent, child)
    }

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.0.append_before_sibling(sibling, new_node)
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        self.0
            .append_based_on_parent_node(element, prev_element, child)
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.0.remove_from_parent(target)
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.0.reparent_children(node, new_parent)
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.0.add_attrs_if_missing(target, attrs)
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.0.get_template_contents(target)
    }

    fn mark_script_already_started(&self, node: &NodeId) {
        self.0.mark_script_already_started(node)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use html5ever::tendril::TendrilSink;

    /// The texts of the page's text nodes, in order.
    fn texts(html: &str) -> Vec<String> {
        let document =
            html5ever::driver::parse_document(Sink::new(Html::new_document()), Default::default())
                .one(html);
        document
            .tree
            .values()
            .filter_map(|n| match n {
                Node::Text(t) => Some(t.text.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn white_space_after_a_block_goes_except_in_pre() {
        assert_eq!(
            texts("<body><p>a</p>\n<p>b</p>\n <b>c</b> <i>d</i></body>"),
            ["a", "b", "c", " ", "d"]
        );
        assert_eq!(
            texts("<body><pre><div>a</div>\n<div>b</div></pre></body>"),
            ["a", "\n", "b"]
        );
    }
}
