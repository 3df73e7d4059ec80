//! The one block type both front-ends produce.
//!
//! Everything after the front-end works on `Block`s only, so a rule written
//! for text dumps also works on HTML, and the other way round.

use crate::features::Features;
use std::cell::{Cell, OnceCell, RefCell};

/// What a block looked like in its source, as far as the front-end could tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running text: a paragraph, a menu item, a caption — anything unmarked.
    Paragraph,
    /// A heading the source marked as such (`# ` in markdown, `<h2>` in HTML).
    Heading(u8),
    /// A list item: a bulleted or numbered line, or an `<li>`.
    ListItem,
    /// A quotation (`<blockquote>`).
    Quote,
    /// Preformatted text or code (`<pre>`); line breaks are kept.
    Code,
    /// A table row (`<tr>`), cells separated by " | ".
    TableRow,
    /// One line of a paragraph broken with `<br>`: an address, a list of
    /// dates, a verse.
    Line,
}

/// What the DOM says about a block, for blocks from HTML.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DomFeatures {
    /// `lexicon::dom::Concept` bits of the elements around the block
    /// (navigation, footer, related, share…), leaving out elements that
    /// hold most of the page's text: those are the content, whatever
    /// their class says.
    pub concepts: u32,
    pub in_article: bool,
    pub in_main: bool,
    /// Inside `itemprop="articleBody"`.
    pub in_article_body: bool,
    /// Inside an element whose class names content ("entry-content").
    pub in_content_class: bool,
    /// Inside `<figcaption>` or an element whose class names a caption.
    pub in_caption: bool,
    /// Characters of link text in the block.
    pub link_chars: u32,
    /// All characters of the block.
    pub chars: u32,
}

impl DomFeatures {
    /// Share of the block's text that is link text.
    pub fn link_density(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
}

/// One unit of text, with the features the rules look at.
#[derive(Debug, Clone)]
pub struct Block {
    /// The text with source markup (bullets, indentation, `#`) removed and
    /// inner white space folded.
    pub text: String,
    pub kind: BlockKind,
    /// The source separated this block from the previous one with a blank
    /// line (or a block-level element boundary in HTML). Lines glued without
    /// a blank line are usually parts of one component: a menu, a figure
    /// with its credit, a teaser with its timestamp.
    pub blank_before: bool,
    pub features: Features,
    /// DOM features, for blocks from HTML.
    pub dom: Option<DomFeatures>,
    /// The text with inline markdown (emphasis, code, links), for blocks
    /// from HTML that had any.
    pub markdown: Option<String>,
    /// Forms of the text made on first use. Boxed, so that a block is
    /// small while the DOM is still alive (a huge page holds both at
    /// once); the forms are made during classification, after the DOM is
    /// gone.
    derived: OnceCell<Box<Derived>>,
    /// The text has no label (`Block::label`): what most blocks answer,
    /// kept without making the derived forms, so that the first to be
    /// made are made in the buffers of the block checked before
    /// (`Block::reuse_forms`).
    unlabelled: Cell<bool>,
}

/// Forms of the text the phrase tables match against, made on first use:
/// a short line is looked up in a dozen tables.
#[derive(Debug, Clone, Default)]
struct Derived {
    normalised: OnceCell<String>,
    lowercase: OnceCell<String>,
    /// The label before a colon ("Also read: …"), normalised, and where the
    /// rest starts, for text with one (`Block::unlabelled`).
    label: OnceCell<(String, usize)>,
    contained: OnceCell<Vec<crate::lexicon::contained::Occurrence>>,
    /// Buffers of the forms of a block checked before this one, emptied,
    /// which this block's forms are written into (`Block::reuse_forms`):
    /// made new for each block, they cost an allocation and a free apiece.
    /// Boxed: a block with a label holds its cell of forms from the time
    /// labels are split off until its rules run, and a page may have a
    /// million such blocks.
    spare: RefCell<Option<Box<SpareBuffers>>>,
}

#[derive(Debug, Clone, Default)]
struct SpareBuffers {
    normalised: String,
    lowercase: String,
    contained: Vec<crate::lexicon::contained::Occurrence>,
}

/// The forms of a block whose rules have run, emptied, for the next
/// block's (`Block::forget_derived`, `Block::reuse_forms`).
#[derive(Default)]
pub struct SpareForms(Option<Box<Derived>>);

/// Fewest characters of a text taken for a copy of itself glued on:
/// "haha" and "1212" are words and numbers.
const MIN_GLUED_COPY_CHARS: usize = 4;

/// `text` once when it is the same text twice with nothing between
/// ("EUR 163.12EUR 163.12", "Loading...Loading..."). Shops and apps put
/// a second copy of a price, a date or a label in an element that only
/// screen readers get, hidden by a style sheet pith does not read (or,
/// in a dump, not hidden from the text at all), and the two run together.
pub fn without_glued_copy(mut text: String) -> String {
    let half = text.len() / 2;
    let glued = text.len().is_multiple_of(2)
        && text.is_char_boundary(half)
        && text[..half] == text[half..]
        && text[..half].chars().count() >= MIN_GLUED_COPY_CHARS
        && text[..half].chars().any(char::is_alphanumeric)
        && !text[..half].ends_with(char::is_whitespace);
    if glued {
        text.truncate(half);
    }
    text
}

/// Separator between table cells in a row's text.
pub const CELL_SEPARATOR: &str = " | ";

/// Fewest cells with text of a row read as data, however many of them are
/// links (a list of laureates, a fixtures table): layout tables put an
/// image and a link side by side, two cells.
pub const DATA_ROW_MIN_CELLS: usize = 3;

impl Block {
    /// Cells of a table row with text in them; 0 for other blocks.
    pub fn cells(&self) -> usize {
        match self.kind {
            BlockKind::TableRow => self.text.matches(CELL_SEPARATOR).count() + 1,
            _ => 0,
        }
    }

    pub fn new(text: String, kind: BlockKind, blank_before: bool) -> Self {
        Self::from_control_free(crate::input::without_controls(text), kind, blank_before)
    }

    /// `Block::new` for text that holds no control character but tab and
    /// line feed (what `input::without_controls` leaves), as a front-end
    /// may know of all its blocks at once: looking again block by block
    /// costs a pass over each.
    pub fn from_control_free(mut text: String, kind: BlockKind, blank_before: bool) -> Self {
        debug_assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\t' && c != '\n'),
            "{text:?}"
        );
        if kind != BlockKind::Code {
            text = without_glued_copy(text);
        }
        let features = Features::of(&text);
        Block {
            text,
            kind,
            blank_before,
            features,
            dom: None,
            markdown: None,
            derived: OnceCell::new(),
            unlabelled: Cell::new(false),
        }
    }

    /// The normalised label in front of a colon or spaced dash, and the
    /// text after it (`lexicon::split_label`).
    pub fn label(&self) -> Option<(&str, &str)> {
        if self.unlabelled.get() {
            return None;
        }
        let (label, start) = match self.derived.get().and_then(|d| d.label.get()) {
            Some(label) => label,
            None => {
                let Some((label, rest)) = crate::lexicon::split_label(&self.text) else {
                    self.unlabelled.set(true);
                    return None;
                };
                let start = self.text.len() - rest.len();
                self.form(|d| &d.label, || (label, start))
            }
        };
        Some((label.as_str(), &self.text[*start..]))
    }

    /// The text as phrase tables are written: lower case, without
    /// surrounding punctuation and bullets (`lexicon::normalise`).
    pub fn normalised(&self) -> &str {
        self.text_form(
            |d| &d.normalised,
            |s| &mut s.normalised,
            crate::lexicon::normalise_into,
        )
    }

    /// Drops the derived forms. The rules make them and nothing after the
    /// rules needs them; kept, a page's blocks would hold all of them at
    /// once (a lower-case copy, often a normalised one, and their cell:
    /// about 250 bytes a paragraph). Made again if asked for. Their
    /// buffers are handed back, for the next block's forms.
    pub fn forget_derived(&mut self) -> SpareForms {
        self.unlabelled.set(false);
        let Some(mut derived) = self.derived.take() else {
            return SpareForms::default();
        };
        let spare = derived.spare.get_mut().get_or_insert_default();
        if let Some(normalised) = derived.normalised.take() {
            spare.normalised = normalised;
        }
        if let Some(lowercase) = derived.lowercase.take() {
            spare.lowercase = lowercase;
        }
        if let Some(contained) = derived.contained.take() {
            spare.contained = contained;
        }
        derived.label.take();
        SpareForms(Some(derived))
    }

    /// Lets this block's forms be made in the buffers of another's.
    pub fn reuse_forms(&mut self, spare: SpareForms) {
        let Some(mut spare) = spare.0 else {
            return;
        };
        match self.derived.get_mut() {
            Some(derived) => *derived.spare.get_mut() = spare.spare.get_mut().take(),
            None => self.derived = OnceCell::from(spare),
        }
    }

    /// Takes the spare buffer `pick` chooses; an empty one if there is
    /// none. The borrow ends before the form is made: making one form
    /// may make another.
    fn spare<B: Default>(&self, pick: fn(&mut SpareBuffers) -> &mut B) -> B {
        let Some(derived) = self.derived.get() else {
            return B::default();
        };
        let mut spare = derived.spare.borrow_mut();
        spare
            .as_mut()
            .map(|buffers| std::mem::take(pick(buffers)))
            .unwrap_or_default()
    }

    /// The derived form `field` picks, made by `make` on first use. Rules
    /// ask for the forms of a block dozens of times and make each once:
    /// the asking is read straight from the cells, the making kept out of
    /// line.
    #[inline]
    fn form<T>(&self, field: fn(&Derived) -> &OnceCell<T>, make: impl FnOnce() -> T) -> &T {
        if let Some(derived) = self.derived.get()
            && let Some(form) = field(derived).get()
        {
            return form;
        }
        self.make_form(field, make)
    }

    #[cold]
    fn make_form<T>(&self, field: fn(&Derived) -> &OnceCell<T>, make: impl FnOnce() -> T) -> &T {
        field(self.derived.get_or_init(Box::default)).get_or_init(make)
    }

    /// Where the `Mode::Contains` phrases occur in the lower case
    /// (`lexicon::contained`).
    pub fn contained_occurrences(&self) -> &[crate::lexicon::contained::Occurrence] {
        self.form(
            |d| &d.contained,
            || {
                let mut found = self.spare(|s| &mut s.contained);
                crate::lexicon::contained::occurrences_into(self.lowercase(), &mut found);
                found
            },
        )
        .as_slice()
    }

    /// `contained_occurrences`, if a rule has made them.
    pub fn contained_occurrences_if_made(
        &self,
    ) -> Option<&[crate::lexicon::contained::Occurrence]> {
        let found = self.derived.get()?.contained.get()?;
        Some(found.as_slice())
    }

    /// The text in lower case.
    pub fn lowercase(&self) -> &str {
        self.text_form(
            |d| &d.lowercase,
            |s| &mut s.lowercase,
            crate::case::lowercase_into,
        )
    }

    /// A form of the text that `field` picks, written by `write` over
    /// the spare buffer `pick` chooses, on first use.
    #[inline]
    fn text_form(
        &self,
        field: fn(&Derived) -> &OnceCell<String>,
        pick: fn(&mut SpareBuffers) -> &mut String,
        write: impl FnOnce(&str, &mut String),
    ) -> &str {
        self.form(field, || {
            let mut form = self.spare(pick);
            write(&self.text, &mut form);
            form
        })
        .as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_glued_to_itself_is_read_once() {
        let once = |t: &str| without_glued_copy(t.to_string());
        assert_eq!(once("EUR 163.12EUR 163.12"), "EUR 163.12");
        assert_eq!(once("Loading...Loading..."), "Loading...");
        assert_eq!(
            once("Seller's other itemsSeller's other items"),
            "Seller's other items"
        );
        // Words, numbers and texts with room between stay.
        assert_eq!(once("haha"), "haha");
        assert_eq!(once("1212"), "1212");
        assert_eq!(once("...."), "....");
        assert_eq!(once("Bora Bora"), "Bora Bora");
        assert_eq!(once("Sold out Sold out"), "Sold out Sold out");
        assert_eq!(once("ÄÖÄÖ"), "ÄÖÄÖ");
    }

    #[test]
    fn forms_made_in_another_blocks_buffers_are_the_forms() {
        let paragraph = |text: &str| Block::new(text.into(), BlockKind::Paragraph, true);
        let mut first = paragraph("• Also READ: The Harbour Reopens © 2024, ΣΟΦΙΑ");
        assert_eq!(
            first.label(),
            Some(("also read", "The Harbour Reopens © 2024, ΣΟΦΙΑ"))
        );
        assert!(!first.contained_occurrences().is_empty());
        first.normalised();
        let mut spare = first.forget_derived();
        for text in ["Home", "Ünïcode ÜBER alles", "Share: Facebook", "", "ΟΔΟΣ"] {
            let mut block = paragraph(text);
            block.reuse_forms(spare);
            assert_eq!(block.lowercase(), text.to_lowercase(), "{text}");
            assert_eq!(
                block.normalised(),
                crate::lexicon::normalise(text),
                "{text}"
            );
            assert_eq!(
                block.contained_occurrences(),
                crate::lexicon::contained::occurrences(&text.to_lowercase())
            );
            let label = crate::lexicon::split_label(text);
            assert_eq!(
                block.label(),
                label.as_ref().map(|(l, rest)| (l.as_str(), *rest)),
                "{text}"
            );
            spare = block.forget_derived();
        }
    }
}
