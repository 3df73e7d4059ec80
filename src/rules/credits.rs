//! Photo credits, captions with credits, and copyright lines.

use super::short_phrase::ShortPhraseRule;
use super::{DocContext, Finding, Needs, Rule, RuleInfo};
use crate::block::Block;
use crate::lexicon::{Mode, PhraseSet, credits};
use std::sync::LazyLock;

static LABEL_LINES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Line, credits::LABELS));
static LABELS: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(Mode::Label, credits::LABELS));
static TRAILERS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Contains, credits::TRAILERS));

/// Longest credit after a label ("Photo: Jane Doe / Reuters"): a name and
/// an agency. More words than this after "Photo:" is a sentence.
const CREDIT_MAX_WORDS: u32 = 12;

/// Longest caption that ends in a credit ("Mousa Mohammed Abu Marzook.
/// Photo: Wikipedia"). Captions are a sentence or two.
const CAPTION_MAX_WORDS: u32 = 45;

/// A photo credit: "Photo: Wikipedia", "© Sky News / Youtube channel",
/// "Credit...", or a caption that ends in one.
pub struct Photo;

pub static PHOTO: RuleInfo = RuleInfo {
    name: "credits/photo",
    summary: "a photo credit or a caption ending in one (\"Photo: Wikipedia\", \"© Sky News\")",
};

impl Rule for Photo {
    fn info(&self) -> &'static RuleInfo {
        &PHOTO
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        let words = block.features.words;
        if let Some(hit) = LABEL_LINES.find_in(block) {
            return Some(Finding::drop(
                &PHOTO,
                format!("label alone: {}", hit.phrase),
            ));
        }
        if let Some((hit, rest)) = LABELS.find_label_in(block)
            && !rest.is_empty()
            && crate::features::Features::of(rest).words <= CREDIT_MAX_WORDS
        {
            return Some(Finding::drop(&PHOTO, format!("label: {}", hit.phrase)));
        }
        if words <= CREDIT_MAX_WORDS && block.text.starts_with('©') && !is_copyright(block) {
            return Some(Finding::drop(&PHOTO, "©"));
        }
        if words <= CAPTION_MAX_WORDS
            && let Some((hit, rest)) = TRAILERS.find_with_rest_in(block)
            && is_credit_text(&rest)
        {
            return Some(Finding::drop(
                &PHOTO,
                format!("credit: {}", hit.phrase.trim()),
            ));
        }
        None
    }
}

/// What follows "Photo:" in a credit: a name and an agency, not a sentence
/// ("Agencies cut its credit: the outlook is negative.").
fn is_credit_text(rest: &str) -> bool {
    let f = crate::features::Features::of(rest);
    f.words <= CREDIT_MAX_WORDS && !rest.trim_end().ends_with('.')
}

/// Longest copyright line: footers add a company name and a sentence.
const COPYRIGHT_MAX_WORDS: u32 = 40;

static COPYRIGHT_PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Contains, credits::COPYRIGHT));

fn is_copyright(block: &Block) -> bool {
    let lower = block.lowercase();
    let starts =
        lower.starts_with("©") || lower.starts_with("(c)") || lower.starts_with("copyright");
    let has_year = || {
        block
            .text
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'))
    };
    COPYRIGHT_PHRASES.occurs_in(block) || (starts && has_year())
}

/// A site's copyright notice: "© 2024 Example Media. All rights reserved."
pub struct Copyright;

pub static COPYRIGHT: RuleInfo = RuleInfo {
    name: "credits/copyright",
    summary: "a copyright notice (\"© 2024 Example Media. All rights reserved.\")",
};

impl Rule for Copyright {
    fn info(&self) -> &'static RuleInfo {
        &COPYRIGHT
    }

    fn needs(&self) -> Needs {
        Needs::words(COPYRIGHT_MAX_WORDS)
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        (block.features.words <= COPYRIGHT_MAX_WORDS && is_copyright(block))
            .then(|| Finding::drop(&COPYRIGHT, "copyright notice"))
    }
}

static CONTRIBUTOR_PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(Mode::Contains, credits::CONTRIBUTORS));

/// Longest contributor line: a list of names, a place, a sentence.
const CONTRIBUTORS_MAX_WORDS: u32 = 40;

pub static CONTRIBUTORS_RULE: RuleInfo = RuleInfo {
    name: "credits/contributors",
    summary: "a line crediting other reporters (\"Jane Doe contributed reporting from Kyiv.\")",
};

/// A line that credits reporters besides the byline; like the byline, it
/// is about the article, not part of it.
pub static CONTRIBUTORS: ShortPhraseRule = ShortPhraseRule {
    info: &CONTRIBUTORS_RULE,
    phrases: &CONTRIBUTOR_PHRASES,
    max_words: CONTRIBUTORS_MAX_WORDS,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn contributors_hit_and_miss() {
        assert!(hits(
            &CONTRIBUTORS,
            "Keith Bradsher contributed reporting from Hong Kong."
        ));
        assert!(hits(
            &CONTRIBUTORS,
            "Associated Press writers Alan Fram and Zeke Miller contributed to this report."
        ));
        assert!(!hits(
            &CONTRIBUTORS,
            "Volunteers contributed to the cleanup, the mayor said, and the report was published on Monday."
        ));
    }

    #[test]
    fn photo_hit() {
        for text in [
            "© Sky News / Youtube channel",
            "Mousa Mohammed Abu Marzook. Photo: Wikipedia",
            "Фото: ТАСС",
            "Foto: dpa",
            "Credit...",
            "Trump asked voters for a big win.Credit...Doug Mills/The New York Times",
            "Brock Nelson scores the winning goal in Pittsburgh. (AP Photo/Gene J. Puskar) less",
            "Image copyright Getty Images",
        ] {
            assert!(hits(&Photo, text), "{text}");
        }
    }

    #[test]
    fn photo_miss() {
        assert!(!hits(
            &Photo,
            "Agencies cut its credit: the outlook is negative."
        ));
        assert!(!hits(
            &Photo,
            "Photo: the agency said the picture had been taken in March, weeks before the storm reached the coast and flooded the town."
        ));
        assert!(!hits(&Photo, "She took up photography in her fifties."));
    }

    #[test]
    fn copyright_hit_and_miss() {
        assert!(hits(
            &Copyright,
            "© 2024 Example Media. All rights reserved."
        ));
        assert!(hits(&Copyright, "Copyright 2023 The Daily"));
        assert!(!hits(
            &Copyright,
            "The court ruled that the copyright had expired in 1998, which opened the archive to everyone."
        ));
    }
}

/// A figure's caption (`<figcaption>`, or an element whose class names a
/// caption, "wp-caption-text"): it describes an image, not the story, and
/// the article reads the same without it.
pub struct FigureCaption;

pub static FIGURE_CAPTION: RuleInfo = RuleInfo {
    name: "credits/figure-caption",
    summary: "a figure's caption (<figcaption> or a caption class, HTML)",
};

impl Rule for FigureCaption {
    fn info(&self) -> &'static RuleInfo {
        &FIGURE_CAPTION
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        block
            .dom
            .is_some_and(|d| d.in_caption)
            .then(|| Finding::drop(&FIGURE_CAPTION, "inside a caption"))
    }
}

/// "1of4" glued (as galleries print it) or "2 / 12"; a capital must
/// follow (checked apart: regex-lite has no Unicode classes).
static GALLERY_COUNTER: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^[0-9]{1,3}(?:of[0-9]{1,3}|\s*/\s*[0-9]{1,3}\s)\s*")
});

/// A slide's position alone, as galleries label their images for screen
/// readers: "Image 1 of 5", "Bild 2 von 4", "Фото 3 из 7". Matched on
/// the lower case.
static SLIDE_POSITION: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:image|photo|picture|slide|bild|foto|imagen|diapositive|фото|слайд|изображение)\s+[0-9]{1,3}\s+(?:of|von|sur|de|из|з)\s+[0-9]{1,3}$",
    )
});
/// Words of a slide position line.
const SLIDE_POSITION_WORDS: u32 = 4;

/// Whether `text`, which starts with a digit, may open with a slide
/// counter: after its digits come "of" or a slash. A looser test than
/// `GALLERY_COUNTER`, and a fraction of its cost: many lines start with a
/// number (dates, prices, scores) and few of them are counters.
fn may_open_with_counter(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.starts_with("of") || rest.trim_start().starts_with('/')
}

/// A gallery slide's counter and caption: "1of4 A shopper looks at…",
/// "2 / 12 …"; or its position alone, "Image 1 of 5".
pub struct GalleryCaption;

pub static GALLERY_CAPTION: RuleInfo = RuleInfo {
    name: "credits/gallery-caption",
    summary: "a gallery slide's counter and caption (\"1of4 A shopper looks at…\", \"Image 1 of 5\")",
};

impl Rule for GalleryCaption {
    fn info(&self) -> &'static RuleInfo {
        &GALLERY_CAPTION
    }

    fn needs(&self) -> Needs {
        Needs::NOTHING.and_digit()
    }

    fn check(&self, block: &Block, _: &DocContext) -> Option<Finding> {
        if !block.text.starts_with(|c: char| c.is_ascii_digit()) {
            let position = block.features.words == SLIDE_POSITION_WORDS
                && SLIDE_POSITION.is_match(block.lowercase().trim());
            return position.then(|| Finding::drop(&GALLERY_CAPTION, "slide position"));
        }
        if !may_open_with_counter(&block.text) {
            return None;
        }
        let counter = GALLERY_COUNTER.find(&block.text)?;
        block.text[counter.end()..]
            .starts_with(char::is_uppercase)
            .then(|| Finding::drop(&GALLERY_CAPTION, "slide counter"))
    }
}

#[cfg(test)]
mod caption_tests {
    use super::*;
    use crate::rules::testing::hits;

    #[test]
    fn gallery_hit_and_miss() {
        assert!(hits(
            &GalleryCaption,
            "1of4Grass Valley's Dionicio Torres looks at the gas cans"
        ));
        assert!(hits(&GalleryCaption, "2 / 12 The harbour at dawn"));
        assert!(hits(&GalleryCaption, "3/9 The harbour at dusk"));
        assert!(hits(&GalleryCaption, "10of12 The harbour at night"));
        assert!(!hits(&GalleryCaption, "2024 The harbour at dawn"));
        assert!(!hits(&GalleryCaption, "12 of the 40 passengers were hurt."));
        assert!(!hits(&GalleryCaption, "2 of 12 councillors voted against."));
        assert!(hits(&GalleryCaption, "Image 1 of 5"));
        assert!(hits(&GalleryCaption, "Фото 3 из 7"));
        assert!(!hits(&GalleryCaption, "Image 1 of 5 shows the harbour"));
        assert!(!hits(&GalleryCaption, "Photo of the day"));
    }
}
