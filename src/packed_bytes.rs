//! Eight bytes in one `u64`, tested all at once ("SIMD within a
//! register"): for the short lines and words of a page, a call into a
//! vectorised search costs more than the search, and a byte-by-byte loop
//! takes several instructions a byte.
//!
//! The tests below hold for ASCII bytes (below 0x80): their sums carry
//! into no neighbour. A word with another byte gives no reliable answer
//! from `in_range`; callers check `HIGH_BITS` first.

/// Each byte 0x01.
pub const BYTES_ONE: u64 = u64::MAX / 0xff;
/// Each byte's top bit: where the tests below mark a byte, and what
/// marks a byte outside ASCII.
pub const HIGH_BITS: u64 = BYTES_ONE * 0x80;

/// Up to eight bytes, little-endian, zero-padded.
pub fn load(bytes: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(bytes) {
        Ok(eight) => u64::from_le_bytes(eight),
        // Byte by byte: a copy of a variable length calls `memcpy`.
        Err(_) => bytes[..bytes.len().min(8)]
            .iter()
            .rev()
            .fold(0, |word, &b| word << 8 | u64::from(b)),
    }
}

/// `load(&bytes[from..])`. For the last, fewer than eight, bytes of a
/// slice of eight or more, read as the slice's last eight bytes, those
/// before `from` shifted out; otherwise as `load` reads them.
pub fn load_last(bytes: &[u8], from: usize) -> u64 {
    match bytes.len().checked_sub(8) {
        Some(last_eight) if from >= last_eight && from < bytes.len() => {
            load(&bytes[last_eight..]) >> (8 * (from - last_eight))
        }
        _ => load(&bytes[from..]),
    }
}

/// The top bit of each byte of `word` that is `byte`; exact for any byte.
pub fn equal(word: u64, byte: u8) -> u64 {
    let diff = word ^ (BYTES_ONE * u64::from(byte));
    // A byte's top bit ends up clear only where `diff` is zero.
    !(((diff & !HIGH_BITS) + !HIGH_BITS) | diff) & HIGH_BITS
}

/// The top bit of each byte of `word` from `low` to `high` inclusive
/// (both below 0x80), for a `word` of ASCII bytes. Any other word gives
/// some answer, without overflowing: a byte outside ASCII carries into
/// the next, and past the last.
pub fn in_range(word: u64, low: u8, high: u8) -> u64 {
    let from_low = word.wrapping_add(BYTES_ONE * u64::from(0x80 - low));
    let past_high = word.wrapping_add(BYTES_ONE * u64::from(0x7f - high));
    from_low & !past_high & HIGH_BITS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(word: u64) -> Vec<bool> {
        (0..8).map(|i| word >> (8 * i + 7) & 1 == 1).collect()
    }

    #[test]
    fn loads_the_last_bytes_as_a_padded_copy() {
        let bytes = b"0123456789ab";
        for len in 0..=bytes.len() {
            for from in len.saturating_sub(7)..=len {
                let expected = {
                    let mut padded = [0u8; 8];
                    padded[..len - from].copy_from_slice(&bytes[from..len]);
                    u64::from_le_bytes(padded)
                };
                assert_eq!(load_last(&bytes[..len], from), expected, "{len} {from}");
                assert_eq!(load(&bytes[from..len]), expected, "{len} {from}");
            }
        }
    }

    #[test]
    fn tests_agree_with_each_byte() {
        let samples: [&[u8]; 5] = [
            b"a  b\t\rZz",
            b"\x09\x0d\x0e\x08 AZ@",
            b"",
            b"abc",
            b"\x00\x7f[`{",
        ];
        for bytes in samples {
            let word = load(bytes);
            let mut padded = bytes.to_vec();
            padded.resize(8, 0);
            assert_eq!(
                marked(equal(word, b' ')),
                padded.iter().map(|&b| b == b' ').collect::<Vec<_>>()
            );
            assert_eq!(
                marked(in_range(word, b'\t', b'\r')),
                padded
                    .iter()
                    .map(|b| (b'\t'..=b'\r').contains(b))
                    .collect::<Vec<_>>()
            );
            assert_eq!(
                marked(in_range(word, b'A', b'Z')),
                padded
                    .iter()
                    .map(u8::is_ascii_uppercase)
                    .collect::<Vec<_>>()
            );
        }
        // Equality holds outside ASCII too; ranges answer something.
        let word = load(&[0xa0, 0x20, 0xff, 0x80, 0x20, 0x00, 0xa0, 0x20]);
        in_range(u64::MAX, b'\t', b'\r');
        assert_eq!(
            marked(equal(word, 0xa0)),
            [true, false, false, false, false, false, true, false]
        );
        assert_eq!(
            marked(equal(word, b' ')),
            [false, true, false, false, true, false, false, true]
        );
    }
}
