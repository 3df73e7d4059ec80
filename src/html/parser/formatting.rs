//! The list of active formatting elements: a `<b>` or `<a>` that a block
//! closed before its end tag came is opened again in the next text, as
//! browsers do (`<p><a href=…>link<p>more` links "more" too).

use ego_tree::NodeId;
use html5ever::LocalName;

/// Most entries of one element with the same attributes kept after the
/// last marker (the standard's "Noah's Ark" clause): pages that never
/// close their `<font>` would otherwise grow the list without end.
const MAX_SAME_ENTRIES: usize = 3;

/// Most entries after the last marker. The standard sets no limit, but a
/// page that opens thousands of distinct `<b>` and never closes them
/// would have each of them reopened after every block, a quadratic cost;
/// real pages keep a handful open.
const MAX_ENTRIES: usize = 64;

#[derive(Clone, PartialEq, Eq)]
pub enum Entry {
    /// Set at a table cell, caption or object: formatting from outside
    /// is not reopened inside it.
    Marker,
    Element(NodeId, LocalName),
}

#[derive(Default)]
pub struct ActiveFormatting {
    pub entries: Vec<Entry>,
}

impl ActiveFormatting {
    /// Index of the first entry after the last marker.
    fn after_marker(&self) -> usize {
        self.entries
            .iter()
            .rposition(|e| *e == Entry::Marker)
            .map_or(0, |m| m + 1)
    }

    pub fn push_marker(&mut self) {
        self.entries.push(Entry::Marker);
    }

    /// Drops the entries up to and including the last marker, when the
    /// cell or caption that set it closes.
    pub fn clear_to_marker(&mut self) {
        while let Some(entry) = self.entries.pop() {
            if entry == Entry::Marker {
                break;
            }
        }
    }

    /// Adds an element just opened. `same` says whether another entry's
    /// element has the same name and attributes.
    pub fn push(&mut self, id: NodeId, name: LocalName, same: impl Fn(NodeId) -> bool) {
        let start = self.after_marker();
        let twins: Vec<usize> = (start..self.entries.len())
            .filter(|&i| matches!(&self.entries[i], Entry::Element(other, n) if *n == name && same(*other)))
            .collect();
        if twins.len() >= MAX_SAME_ENTRIES {
            self.entries.remove(twins[0]);
        } else if self.entries.len() - start >= MAX_ENTRIES {
            self.entries.remove(start);
        }
        self.entries.push(Entry::Element(id, name));
    }

    /// The element of this name after the last marker, if any.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        let start = self.after_marker();
        self.entries[start..].iter().rev().find_map(|e| match e {
            Entry::Element(id, n) if &**n == name => Some(*id),
            _ => None,
        })
    }

    pub fn remove(&mut self, id: NodeId) {
        if let Some(i) = self
            .entries
            .iter()
            .rposition(|e| matches!(e, Entry::Element(other, _) if *other == id))
        {
            self.entries.remove(i);
        }
    }
}
