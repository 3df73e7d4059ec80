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

/// The control characters decoded input keeps.
pub const INPUT_LAYOUT: &[u8] = b"\t\n\r\x0c";

/// The control characters output keeps.
pub const OUTPUT_LAYOUT: &[u8] = b"\t\n";

/// Control characters in `text` other than `layout`, counted on bytes:
/// C0 and DEL are single bytes, C1 is 0xC2 followed by 0x80..=0x9F.
pub fn count(text: &str, layout: &[u8]) -> usize {
    let bytes = text.as_bytes();
    let c0_and_del = count_bytes(bytes, |b| b < 0x20 || b == 0x7f);
    let kept: usize = layout
        .iter()
        .map(|&keep| count_bytes(bytes, |b| b == keep))
        .sum();
    let c1 = memchr::memchr_iter(0xc2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9f).contains(b)))
        .count();
    c0_and_del - kept + c1
}

/// Characters in `text`: the bytes that do not continue a UTF-8 sequence.
pub fn chars(text: &str) -> usize {
    count_bytes(text.as_bytes(), |b| b & 0xc0 != 0x80)
}

/// `text` with every control character but `layout` replaced by a space;
/// a copy only when there is one.
pub fn replace(text: String, layout: &[u8]) -> String {
    if count(&text, layout) == 0 {
        return text;
    }
    let kept = |c: char| u8::try_from(c).is_ok_and(|b| layout.contains(&b));
    text.chars()
        .map(|c| if c.is_control() && !kept(c) { ' ' } else { c })
        .collect()
}

/// `text` as blocks, markdown and metadata may hold it.
pub fn without_controls(text: String) -> String {
    replace(text, OUTPUT_LAYOUT)
}

/// Bytes of `bytes` for which `hit` holds. Sums of at most 255 ones fit a
/// byte, so each chunk is summed in byte lanes, a loop the compiler
/// vectorises.
pub(super) fn count_bytes(bytes: &[u8], hit: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(usize::from(u8::MAX))
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
}
