//! Languages pith has word lists for, and stop-word based detection.
//!
//! Stop words (the, и, der, que…) are what make running prose look like
//! prose: a sentence is full of them, a menu or a headline list has few.
//! Counting them per language also tells which language a document is in.

use foldhash::{HashMap, HashMapExt};
use std::sync::LazyLock;

/// A language with a stop-word list. The order is the index into
/// `Features::stopword_hits`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ru,
    Uk,
    De,
    Fr,
    Es,
    Pt,
    It,
    Id,
}

pub const COUNT: usize = 9;

pub const ALL: [Lang; COUNT] = [
    Lang::En,
    Lang::Ru,
    Lang::Uk,
    Lang::De,
    Lang::Fr,
    Lang::Es,
    Lang::Pt,
    Lang::It,
    Lang::Id,
];

impl Lang {
    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::It => "it",
            Lang::Id => "id",
        }
    }

    fn stopwords(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[
                "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with",
                "by", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had",
                "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "you",
                "his", "her", "their", "our", "not", "will", "would", "can", "could", "which",
                "who", "what", "when", "there", "than", "also", "after", "about", "into", "more",
                "said", "if", "so", "do", "did", "does", "one", "all", "him", "them",
            ],
            Lang::Ru => &[
                "и",
                "в",
                "во",
                "не",
                "на",
                "что",
                "с",
                "со",
                "как",
                "а",
                "то",
                "по",
                "но",
                "из",
                "к",
                "у",
                "за",
                "от",
                "о",
                "об",
                "же",
                "для",
                "это",
                "так",
                "он",
                "она",
                "они",
                "его",
                "ее",
                "её",
                "их",
                "был",
                "была",
                "были",
                "было",
                "быть",
                "при",
                "также",
                "уже",
                "или",
                "если",
                "только",
                "который",
                "которые",
                "которая",
                "после",
                "до",
                "чтобы",
                "ещё",
                "еще",
                "может",
                "будет",
                "этом",
                "этого",
                "между",
                "сказал",
            ],
            Lang::Uk => &[
                "і",
                "й",
                "та",
                "в",
                "у",
                "на",
                "що",
                "з",
                "із",
                "зі",
                "не",
                "до",
                "як",
                "а",
                "але",
                "по",
                "за",
                "від",
                "для",
                "це",
                "він",
                "вона",
                "вони",
                "його",
                "її",
                "їх",
                "був",
                "була",
                "були",
                "було",
                "бути",
                "також",
                "вже",
                "або",
                "якщо",
                "тільки",
                "який",
                "які",
                "яка",
                "після",
                "щоб",
                "ще",
                "може",
                "буде",
                "між",
                "про",
                "через",
                "при",
                "щодо",
                "заявив",
            ],
            Lang::De => &[
                "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem",
                "einer", "zu", "den", "dem", "des", "mit", "sich", "auf", "für", "von", "im",
                "auch", "es", "an", "als", "er", "sie", "wir", "ich", "wie", "aus", "bei", "nach",
                "noch", "wird", "werden", "wurde", "hat", "haben", "sind", "war", "dass", "aber",
                "oder", "nur", "über", "um", "so", "vor", "zum", "zur", "sein", "kann",
            ],
            Lang::Fr => &[
                "le", "la", "les", "de", "des", "du", "et", "un", "une", "en", "est", "que", "qui",
                "dans", "pour", "pas", "sur", "au", "aux", "avec", "ce", "cette", "ces", "il",
                "elle", "ils", "elles", "nous", "vous", "son", "sa", "ses", "leur", "leurs", "par",
                "plus", "ne", "se", "mais", "ou", "été", "a", "ont", "sont", "était", "comme",
                "aussi", "après", "lors", "selon", "être", "avait", "qu", "l", "d",
            ],
            Lang::Es => &[
                "el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "que", "es", "por",
                "con", "para", "no", "se", "su", "sus", "al", "lo", "como", "más", "pero", "o",
                "este", "esta", "estos", "estas", "ha", "han", "fue", "ser", "son", "era",
                "también", "entre", "sobre", "sin", "hasta", "desde", "cuando", "muy", "ya", "le",
                "les", "donde", "porque", "tras", "según", "dijo",
            ],
            Lang::Pt => &[
                "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos",
                "nas", "um", "uma", "que", "é", "por", "com", "para", "não", "se", "seu", "sua",
                "ao", "à", "como", "mais", "mas", "ou", "foi", "ser", "são", "está", "também",
                "entre", "sobre", "sem", "até", "desde", "quando", "muito", "já", "pelo", "pela",
                "isso", "este", "esta", "disse",
            ],
            Lang::It => &[
                "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "delle", "e",
                "in", "un", "una", "che", "è", "per", "con", "non", "si", "su", "al", "alla",
                "come", "più", "ma", "o", "sono", "era", "anche", "tra", "fra", "questo", "questa",
                "nel", "nella", "dal", "dalla", "ha", "hanno", "essere", "stato", "quando", "se",
                "dopo", "ancora", "molto", "già",
            ],
            Lang::Id => &[
                "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak",
                "dalam", "akan", "pada", "juga", "ada", "oleh", "atau", "karena", "saat", "bisa",
                "telah", "sudah", "mereka", "kami", "kita", "ia", "dia", "para", "sebagai",
                "lebih", "hanya", "tersebut", "adalah", "bahwa", "namun", "seperti", "jika",
                "agar", "masih", "belum", "harus", "kata",
            ],
        }
    }
}

/// Each stop word with a bit per language it belongs to (`1 << Lang`).
static STOPWORDS: LazyLock<HashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u16> = HashMap::new();
    for lang in ALL {
        for word in lang.stopwords() {
            *map.entry(word).or_default() |= 1 << lang as u16;
        }
    }
    map
});

/// The longest stop word in bytes; longer tokens skip the lookup.
const MAX_STOPWORD_BYTES: usize = 24;

/// Bytes of an ASCII word packed into a `u64`; every ASCII stop word
/// (the longest is "tersebut") fits, so a longer ASCII word is none.
const PACKED_WORD_BYTES: usize = 8;

/// The ASCII stop words, packed (see `pack_ascii_lowercase`). Most words
/// of most pages are ASCII; about half of a page's words are stop words,
/// at random, so the lookup is written without branches that hinge on
/// the answer (see `TwoChoiceTable`).
static ASCII_STOPWORDS: LazyLock<TwoChoiceTable> = LazyLock::new(|| {
    TwoChoiceTable::new(
        STOPWORDS
            .iter()
            .filter(|(word, _)| word.is_ascii() && word.len() <= PACKED_WORD_BYTES)
            .map(|(word, &mask)| (pack_ascii_lowercase(word.as_bytes()), mask)),
    )
});

/// Slots of each half of `TwoChoiceTable`, as a power of two: the two
/// halves hold about seven times as many slots as there are ASCII stop
/// words (293 of up to eight bytes).
const TWO_CHOICE_BITS: u32 = 10;

/// Odd multipliers whose products' top bits give a key's two slots.
const TWO_CHOICE_MULTIPLIERS: [u64; 2] = [0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F];

/// Packed words and their language masks, each in one of two slots (one
/// per half), as cuckoo hashing places them: a lookup reads both slots
/// and keeps the mask of the one that holds the key, with no branch on
/// whether either does. A hash map's probing branched on every word, and
/// half of those branches went the unexpected way.
struct TwoChoiceTable {
    /// Of fixed length, so that a slot, below `TWO_CHOICE_SLOTS` by its
    /// making, is read without a bounds check.
    keys: [Box<[u64; TWO_CHOICE_SLOTS]>; 2],
    masks: [Box<[u16; TWO_CHOICE_SLOTS]>; 2],
}

const TWO_CHOICE_SLOTS: usize = 1 << TWO_CHOICE_BITS;

/// Most evictions one insertion may cause before the table gives up on a
/// pair of multipliers; a seventh full, it never comes near.
const TWO_CHOICE_MAX_EVICTIONS: usize = 64;

impl TwoChoiceTable {
    fn new(words: impl Iterator<Item = (u64, u16)>) -> TwoChoiceTable {
        let mut table = TwoChoiceTable {
            keys: [0, 1].map(|_| Box::new([0; TWO_CHOICE_SLOTS])),
            masks: [0, 1].map(|_| Box::new([0; TWO_CHOICE_SLOTS])),
        };
        for (key, mask) in words {
            table.insert(key, mask);
        }
        table
    }

    fn slot(half: usize, key: u64) -> usize {
        (key.wrapping_mul(TWO_CHOICE_MULTIPLIERS[half]) >> (u64::BITS - TWO_CHOICE_BITS)) as usize
    }

    fn insert(&mut self, key: u64, mask: u16) {
        for half in 0..2 {
            let slot = Self::slot(half, key);
            if self.keys[half][slot] == key {
                self.masks[half][slot] |= mask;
                return;
            }
        }
        let (mut key, mut mask, mut half) = (key, mask, 0);
        for _ in 0..TWO_CHOICE_MAX_EVICTIONS {
            let slot = Self::slot(half, key);
            std::mem::swap(&mut self.keys[half][slot], &mut key);
            std::mem::swap(&mut self.masks[half][slot], &mut mask);
            if key == 0 {
                return;
            }
            half = 1 - half;
        }
        panic!("stop words fill a seventh of the table; cuckoo insertion cannot fail");
    }

    /// The mask of `key`, 0 when it is no stop word.
    fn get(&self, key: u64) -> u16 {
        let [a, b] = [0, 1].map(|half| {
            let slot = Self::slot(half, key);
            let hit = u16::from(self.keys[half][slot] == key);
            self.masks[half][slot] * hit
        });
        a | b
    }
}

/// `word` (ASCII, at most `PACKED_WORD_BYTES`) lower-cased and read as a
/// little-endian integer, zero-padded.
fn pack_ascii_lowercase(word: &[u8]) -> u64 {
    let mut buffer = [0u8; PACKED_WORD_BYTES];
    buffer[..word.len()].copy_from_slice(word);
    ascii_lowercase_packed(u64::from_le_bytes(buffer))
}

/// `pack_ascii_lowercase(&text[start..end])`, in one load from `text` when
/// eight bytes stand from `start`. Copied to a buffer on the stack and
/// read back whole, a word stalls that read, which cannot be served from
/// the narrower stores before it: a fifth of the lookup's time.
fn pack_ascii_lowercase_in(text: &[u8], start: usize, end: usize) -> u64 {
    match text.get(start..start + PACKED_WORD_BYTES) {
        Some(window) if end > start => {
            let whole = u64::from_le_bytes(window.try_into().expect("eight bytes"));
            let kept = u64::MAX >> (8 * (PACKED_WORD_BYTES - (end - start)));
            ascii_lowercase_packed(whole & kept)
        }
        _ => pack_ascii_lowercase(&text[start..end]),
    }
}

/// Lower case of packed ASCII bytes, all at once: a byte from `A` to `Z`
/// gains 0x20, its mark (0x80) shifted down.
fn ascii_lowercase_packed(packed: u64) -> u64 {
    packed | crate::packed_bytes::in_range(packed, b'A', b'Z') >> 2
}

/// Where stop words are counted: each word's mask of the languages it is
/// a stop word in (0 for none) is added.
pub trait StopwordSink {
    fn add(&mut self, mask: u16);
}

/// Stop words per language, indexed by `Lang as usize`.
impl StopwordSink for [u16; COUNT] {
    /// Without a branch per language.
    fn add(&mut self, mask: u16) {
        for (lang, hit) in self.iter_mut().enumerate() {
            *hit = hit.saturating_add(mask >> lang & 1);
        }
    }
}

/// Bits of one language's lane in `StopwordTally::packed`.
const TALLY_LANE_BITS: u32 = 7;
/// Words a lane counts before the tally empties it into the counts.
const TALLY_LANE_MAX: u32 = (1 << TALLY_LANE_BITS) - 1;
const _: () = assert!(COUNT as u32 * TALLY_LANE_BITS <= u64::BITS);

/// Every language mask with each bit moved to the bottom of its
/// language's lane.
static TALLY_LANES: [u64; 1 << COUNT] = {
    let mut lanes = [0u64; 1 << COUNT];
    let mut mask = 0;
    while mask < lanes.len() {
        let mut lang = 0;
        while lang < COUNT {
            lanes[mask] |= ((mask >> lang & 1) as u64) << (lang as u32 * TALLY_LANE_BITS);
            lang += 1;
        }
        mask += 1;
    }
    lanes
};

/// Stop-word counts of a text while its words are read: a mask adds to
/// every language's lane of one `u64` at once, where adding it to nine
/// counters took nine saturating additions, for every word of a page.
/// The lanes are emptied into the counts before they can overflow.
#[derive(Default)]
pub struct StopwordTally {
    packed: u64,
    /// Words added since the lanes were last emptied.
    pending: u32,
    hits: [u16; COUNT],
}

impl StopwordTally {
    /// The counts per language, indexed by `Lang as usize`.
    pub fn hits(mut self) -> [u16; COUNT] {
        self.empty_lanes();
        self.hits
    }

    fn empty_lanes(&mut self) {
        for (lang, hit) in self.hits.iter_mut().enumerate() {
            let lane = self.packed >> (lang as u32 * TALLY_LANE_BITS) & u64::from(TALLY_LANE_MAX);
            *hit = hit.saturating_add(lane as u16);
        }
        self.packed = 0;
        self.pending = 0;
    }
}

impl StopwordSink for StopwordTally {
    fn add(&mut self, mask: u16) {
        self.packed += TALLY_LANES[usize::from(mask) % TALLY_LANES.len()];
        self.pending += 1;
        if self.pending == TALLY_LANE_MAX {
            self.empty_lanes();
        }
    }
}

/// `count_stopword` for an ASCII token, on bytes.
fn count_ascii_stopword(token: &[u8], hits: &mut impl StopwordSink) {
    if let Some(apostrophe) = token.iter().position(|&b| b == b'\'') {
        count_ascii_stopword(&token[..apostrophe], hits);
        count_ascii_stopword(&token[apostrophe + 1..], hits);
        return;
    }
    let Some(start) = token.iter().position(u8::is_ascii_alphanumeric) else {
        return;
    };
    let end = token
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(token.len(), |last| last + 1);
    count_ascii_word(&token[start..end], hits);
}

/// `count_stopword` for an ASCII word that starts and ends with a letter
/// or digit and holds no apostrophe: the lookup alone.
pub fn count_ascii_word(word: &[u8], hits: &mut impl StopwordSink) {
    count_ascii_word_in(word, 0, word.len(), hits);
}

/// `count_ascii_word(&text[start..end], hits)`, reading the word with the
/// bytes after it (`pack_ascii_lowercase_in`), for callers that split
/// words themselves (`Features::counts`).
pub fn count_ascii_word_in(text: &[u8], start: usize, end: usize, hits: &mut impl StopwordSink) {
    if end - start <= PACKED_WORD_BYTES {
        hits.add(ASCII_STOPWORDS.get(pack_ascii_lowercase_in(text, start, end)));
    }
}

/// Adds one to `hits[lang]` for every language in which `token` is a stop
/// word. The token may carry punctuation and capitals; both are ignored.
pub fn count_stopword(token: &str, hits: &mut impl StopwordSink) {
    if token.is_ascii() {
        count_ascii_stopword(token.as_bytes(), hits);
        return;
    }
    // French and Italian elide into the next word: "l'homme", "qu’il".
    if let Some((head, tail)) = token.split_once(['\'', '’']) {
        count_stopword(head, hits);
        count_stopword(tail, hits);
        return;
    }
    let word = token.trim_matches(|c: char| !crate::letters::is_alphanumeric(c));
    if word.is_empty() || word.len() > MAX_STOPWORD_BYTES {
        return;
    }
    let lower_ascii = !word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii());
    let mask = if lower_ascii {
        STOPWORDS.get(word).copied()
    } else if word.is_ascii() {
        // Lower-cased on the stack: this runs for every word of a page.
        let mut buffer = [0u8; MAX_STOPWORD_BYTES];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower)
            .ok()
            .and_then(|lower| STOPWORDS.get(lower).copied())
    } else if word.chars().any(char::is_uppercase) {
        STOPWORDS
            .get(crate::case::to_lowercase(word).as_str())
            .copied()
    } else {
        STOPWORDS.get(word).copied()
    };
    if let Some(mask) = mask {
        hits.add(mask);
    }
}

/// Least share of a document's words that must be stop words of one
/// language before we call the document that language. Prose runs at
/// 30–50 %; a page in a language we have no list for scores a few percent
/// through accidental overlaps.
const MIN_DETECTION_SHARE: f32 = 0.08;

/// The language whose stop words cover the largest share of `total_words`,
/// if that share is high enough to be more than chance.
pub fn detect(hits: &[u32; COUNT], total_words: u32) -> Option<Lang> {
    let (best, count) = ALL
        .iter()
        .map(|&l| (l, hits[l as usize]))
        .max_by_key(|&(_, c)| c)?;
    let share = count as f32 / total_words.max(1) as f32;
    (share >= MIN_DETECTION_SHARE).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_words_lower_cased_as_bytes_do() {
        let expected = |word: &[u8]| {
            let mut bytes = [0u8; PACKED_WORD_BYTES];
            bytes[..word.len()].copy_from_slice(word);
            bytes.make_ascii_lowercase();
            u64::from_le_bytes(bytes)
        };
        // Every ASCII byte in every position.
        for b in 0u8..0x80 {
            for at in 0..PACKED_WORD_BYTES {
                let mut word = [b'x'; PACKED_WORD_BYTES];
                word[at] = b;
                assert_eq!(pack_ascii_lowercase(&word), expected(&word), "{b} at {at}");
            }
        }
        // Inside a text, with and without eight bytes to read.
        let text = b"The Quick brown FOX";
        for (start, end) in [(0, 3), (4, 9), (10, 15), (16, 19), (18, 19), (0, 8), (5, 5)] {
            let word = &text[start..end];
            assert_eq!(pack_ascii_lowercase_in(text, start, end), expected(word));
        }
    }

    #[test]
    fn the_two_choice_table_finds_every_ascii_stop_word() {
        for (word, &mask) in STOPWORDS.iter() {
            if word.is_ascii() && word.len() <= PACKED_WORD_BYTES {
                let key = pack_ascii_lowercase(word.as_bytes());
                assert_eq!(ASCII_STOPWORDS.get(key), mask, "{word}");
            }
        }
        for word in ["harbour", "x", "zz", "theme"] {
            assert_eq!(
                ASCII_STOPWORDS.get(pack_ascii_lowercase(word.as_bytes())),
                0
            );
        }
    }

    #[test]
    fn a_tally_counts_as_counters_do_past_its_lanes_and_to_saturation() {
        let mut tally = StopwordTally::default();
        let mut counters = [0u16; COUNT];
        for word in 0..80_000u32 {
            // English in every word or so: its count saturates.
            let mask = (word * 37 % (1 << COUNT)) as u16 | u16::from(word % 7 != 0);
            tally.add(mask);
            counters.add(mask);
        }
        assert_eq!(counters[Lang::En as usize], u16::MAX);
        assert_eq!(tally.hits(), counters);
    }

    fn hits_of(text: &str) -> ([u32; COUNT], u32) {
        let mut hits = [0u16; COUNT];
        let mut words = 0;
        for token in text.split_whitespace() {
            count_stopword(token, &mut hits);
            words += 1;
        }
        (hits.map(u32::from), words)
    }

    #[test]
    fn every_stop_word_counts_in_any_case_and_punctuation() {
        for (word, &mask) in STOPWORDS.iter() {
            for token in [
                word.to_string(),
                format!("({},", word.to_uppercase()),
                format!("qu'{word}"),
            ] {
                let mut hits = [0u16; COUNT];
                count_stopword(&token, &mut hits);
                for lang in ALL {
                    let expected = mask & (1 << lang as u16) != 0;
                    assert!(!expected || hits[lang as usize] > 0, "{token:?} {lang:?}");
                }
            }
        }
        let mut hits = [0u16; COUNT];
        count_stopword("Tersebutlah", &mut hits);
        assert_eq!(hits, [0; COUNT]);
    }

    #[test]
    fn detects_languages_from_prose() {
        let cases = [
            (
                "The minister said that the talks would go on for a week.",
                Lang::En,
            ),
            (
                "Министр сказал, что переговоры будут продолжаться и после выборов.",
                Lang::Ru,
            ),
            (
                "Міністр заявив, що переговори триватимуть і після виборів.",
                Lang::Uk,
            ),
            (
                "Der Minister sagte, dass die Gespräche auch nach der Wahl weitergehen.",
                Lang::De,
            ),
            (
                "Le ministre a dit que les discussions se poursuivront après les élections.",
                Lang::Fr,
            ),
            (
                "El ministro dijo que las conversaciones seguirán después de las elecciones.",
                Lang::Es,
            ),
        ];
        for (text, want) in cases {
            let (hits, words) = hits_of(text);
            assert_eq!(detect(&hits, words), Some(want), "{text}");
        }
    }

    #[test]
    fn no_language_for_a_menu() {
        let (hits, words) = hits_of("Home World Business Tech Science Sports");
        assert_eq!(detect(&hits, words), None);
    }
}
