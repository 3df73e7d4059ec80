//! Control characters: counting them and replacing them with spaces.
//!
//! Two texts keep different ones. Decoded input keeps the layout the
//! front-ends read ([`INPUT_LAYOUT`]: tab, line feed, carriage return,
//! form feed); what becomes a block, its markdown or a metadata field keeps
//! only what output may hold ([`OUTPUT_LAYOUT`]: tab and line feed), since
//! HTML character references (`&#8;`) and JSON-LD escapes (`\u0008`) make
//! control characters after the input was decoded. Every other C0
//! character, DEL and the C1 range become spaces: they separate what
//! stands around them.

/// A set of at most four control characters a text keeps, repeated to
/// fill the array: four fixed comparisons per byte let the count below
/// run in one vectorised pass, where a slice of any length took a pass
/// per kept character.
pub type Layout = [u8; 4];

/// The control characters decoded input keeps.
pub const INPUT_LAYOUT: &Layout = b"\t\n\r\x0c";

/// The control characters output keeps.
pub const OUTPUT_LAYOUT: &Layout = b"\t\n\t\n";

/// Control characters in `text` other than `layout`, counted on bytes:
/// C0 and DEL are single bytes, C1 is 0xC2 followed by 0x80..=0x9F.
pub fn count(text: &str, layout: &Layout) -> usize {
    let bytes = text.as_bytes();
    let [a, b, c, d] = *layout;
    // `&` and `|`, not `&&` and `||`: no branch, so the count vectorises.
    let c0_and_del = count_bytes(bytes, |x| {
        ((x < 0x20) & (x != a) & (x != b) & (x != c) & (x != d)) | (x == 0x7f)
    });
    let c1 = memchr::memchr_iter(0xc2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9f).contains(b)))
        .count();
    c0_and_del + c1
}

/// Characters in `text`: the bytes that do not continue a UTF-8 sequence.
pub fn chars(text: &str) -> usize {
    count_bytes(text.as_bytes(), |b| b & 0xc0 != 0x80)
}

/// `text` with every control character but `layout` replaced by a space;
/// a copy only when there is one.
pub fn replace(text: String, layout: &Layout) -> String {
    if count(&text, layout) == 0 {
        return text;
    }
    let kept = |c: char| u8::try_from(c).is_ok_and(|b| layout.contains(&b));
    text.chars()
        .map(|c| if c.is_control() && !kept(c) { ' ' } else { c })
        .collect()
}

/// Whether `text` holds any control character but tab, line feed,
/// carriage return and form feed: one pass over a whole text, where
/// asking of each of its lines would pay a pass's start on every line.
pub fn has_controls(text: &str) -> bool {
    count(text, INPUT_LAYOUT) > 0
}

/// `text` as blocks, markdown and metadata may hold it.
pub fn without_controls(text: String) -> String {
    replace(text, OUTPUT_LAYOUT)
}

/// Bytes summed in one `u8`: at most 255, and a multiple of the 64 bytes
/// the vectorised loop takes per step, so no chunk ends in a byte-by-byte
/// tail (with 255-byte chunks the tails cost as much as the rest).
const COUNT_CHUNK_BYTES: usize = 192;

/// Bytes of `bytes` for which `hit` holds. Sums of at most 255 ones fit a
/// byte, so each chunk is summed in byte lanes, a loop the compiler
/// vectorises.
pub(super) fn count_bytes(bytes: &[u8], hit: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(COUNT_CHUNK_BYTES)
        .map(|chunk| usize::from(chunk.iter().map(|&b| u8::from(hit(b))).sum::<u8>()))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_keeps_layout_output_keeps_lines_and_tabs() {
        let text = "a\0b\u{1b}c\u{85}d\te\r\nf\u{c}g\u{7f}".to_string();
        assert_eq!(count(&text, INPUT_LAYOUT), 4);
        assert_eq!(count(&text, OUTPUT_LAYOUT), 6);
        assert_eq!(
            replace(text.clone(), INPUT_LAYOUT),
            "a b c d\te\r\nf\u{c}g "
        );
        assert_eq!(without_controls(text), "a b c d\te \nf g ");
        assert_eq!(chars("aé€"), 3);
    }

    #[test]
    fn counts_bytes_across_chunks() {
        // Lengths around one chunk and several.
        for len in [0, 1, 191, 192, 193, 383, 384, 385, 20_000] {
            let bytes: Vec<u8> = (0..len).map(|i| (i % 7) as u8).collect();
            let expected = bytes.iter().filter(|&&b| b == 3).count();
            assert_eq!(count_bytes(&bytes, |b| b == 3), expected, "{len}");
        }
        // Every byte a hit: no chunk's byte-wide sum may overflow.
        assert_eq!(count_bytes(&[0u8; 100_000], |b| b == 0), 100_000);
    }
}
