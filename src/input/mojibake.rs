//! Repairing UTF-8 that was read as Latin-1 and saved as UTF-8 again.
//!
//! "doesn’t" is stored as the bytes E2 80 99; read one byte per character
//! and written out again, it becomes "doesnâ\u{80}\u{99}t", and pages are
//! crawled and re-saved like that. The middle characters are C1 controls,
//! which no text holds on purpose, so a run of them after a lead character
//! is proof enough to read the run as the UTF-8 it was. Runs without a C1
//! control ("Ã©" for "é") are left alone: they are real text too rarely
//! to be told apart safely. One run is the exception: "Â" before a no-break
//! space or a Latin-1 sign ("Â ", "Â©", "Â°", "Â¶") is that character
//! read so (C2 A0..C2 BF), the commonest of all: no word has "Â" before a
//! sign.

/// "Â": the lead byte C2 read as Latin-1.
const LEAD_C2_READ_AS_LATIN1: char = '\u{c2}';
/// The characters C2 leads in UTF-8 that are no C1 control: the no-break
/// space and the Latin-1 signs (¡ … ¿).
const LATIN1_SIGNS: std::ops::RangeInclusive<char> = '\u{a0}'..='\u{bf}';

/// C1 control characters: the Latin-1 reading of bytes 0x80..=0x9F.
const C1: std::ops::RangeInclusive<char> = '\u{80}'..='\u{9f}';
/// Characters whose Latin-1 byte continues a UTF-8 sequence.
const CONTINUATION: std::ops::RangeInclusive<char> = '\u{80}'..='\u{bf}';

/// `text` with every run that is UTF-8 read as Latin-1 and holding a C1
/// control decoded back, and every "Â" before a sign read as the sign;
/// copied only when `text` holds one of them.
pub fn repair(text: String) -> String {
    if !needs_repair(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(c) = rest.chars().next() {
        let (push, used) = sign_read_as_latin1(rest)
            .or_else(|| decode_run(rest))
            .unwrap_or((c, c.len_utf8()));
        out.push(push);
        rest = &rest[used..];
    }
    out
}

/// Whether `text` holds a C1 control (0xC2, then 0x80..=0x9F) or "Â"
/// before a sign (0xC3 0x82, then 0xC2 0xA0..=0xBF), found on bytes in
/// one pass. Most pages have neither, and a byte search costs little.
fn needs_repair(text: &str) -> bool {
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    memchr::memchr2_iter(0xc2, 0xc3, bytes).any(|i| match bytes[i] {
        0xc2 => (0x80..=0x9f).contains(&at(i + 1)),
        _ => at(i + 1) == 0x82 && at(i + 2) == 0xc2 && (0xa0..=0xbf).contains(&at(i + 3)),
    })
}

/// The sign "Â" and the character after it at the start of `text` encode
/// ("Â©" is "©"), and the bytes they take.
fn sign_read_as_latin1(text: &str) -> Option<(char, usize)> {
    let mut chars = text.chars();
    if chars.next()? != LEAD_C2_READ_AS_LATIN1 {
        return None;
    }
    let sign = chars.next().filter(|c| LATIN1_SIGNS.contains(c))?;
    Some((sign, LEAD_C2_READ_AS_LATIN1.len_utf8() + sign.len_utf8()))
}

/// The character a run at the start of `text` encodes, and the run's
/// length in bytes, if it is a UTF-8 sequence read as Latin-1 with a C1
/// control in it.
fn decode_run(text: &str) -> Option<(char, usize)> {
    let mut chars = text.chars();
    let first = chars.next()?;
    let lead = u8::try_from(first).ok()?;
    let len = match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    let mut used = first.len_utf8();
    let mut has_control = false;
    for byte in bytes.iter_mut().take(len).skip(1) {
        let c = chars.next().filter(|c| CONTINUATION.contains(c))?;
        has_control |= C1.contains(&c);
        *byte = c as u8;
        used += c.len_utf8();
    }
    if !has_control {
        return None;
    }
    let decoded = std::str::from_utf8(&bytes[..len]).ok()?;
    decoded.chars().next().map(|c| (c, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_runs_with_c1_controls() {
        assert_eq!(repair("doesn\u{e2}\u{80}\u{99}t".into()), "doesn’t");
        assert_eq!(
            repair("\u{e2}\u{80}\u{9c}Hi\u{e2}\u{80}\u{9d} \u{e2}\u{80}\u{94} ok".into()),
            "“Hi” — ok"
        );
        assert_eq!(repair("for cats.\u{c2}\u{a0}".into()), "for cats.\u{a0}");
        assert_eq!(
            repair("Functions\u{c2}\u{b6} \u{c2}\u{a9} 2026".into()),
            "Functions¶ © 2026"
        );
        // Four bytes, at the very end of the text.
        assert_eq!(repair("smile \u{f0}\u{9f}\u{98}\u{80}".into()), "smile 😀");
    }

    #[test]
    fn leaves_text_without_proof_alone() {
        // "Ã©" could be real text; no C1 control says otherwise.
        assert_eq!(repair("Ã© café".into()), "Ã© café");
        assert_eq!(repair("CHÂTEAU Â".into()), "CHÂTEAU Â");
        // A lone C1 control is not a run; the control stage deals with it.
        assert_eq!(repair("a\u{85}b".into()), "a\u{85}b");
        // A lead character without enough continuation before the end.
        assert_eq!(repair("x\u{e2}\u{80}".into()), "x\u{e2}\u{80}");
    }
}
