//! The classes of 64 bytes of text at once, one bit a byte.
//!
//! Counting a block's words read it a byte at a time through a class
//! table: nine instructions a byte, the same again for each word's
//! bookkeeping. With a bit per byte for white space, letters, digits and
//! the rest, a word's counts are a few shifts and population counts
//! (`super::count`). On x86_64 the masks are made sixteen bytes at a
//! time with SSE2, which every x86_64 processor has; elsewhere byte by
//! byte, with the same result.

/// Bytes of text a set of masks covers: one bit each in a `u64`.
pub const WINDOW: usize = 64;

/// One bit per byte of a window (bit `i` for byte `i`), per class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ByteMasks {
    /// `u8::is_ascii_whitespace`: space, tab, line feed, form feed,
    /// carriage return (not the vertical tab).
    pub space: u64,
    /// Bytes outside ASCII: parts of characters that must be decoded.
    pub other: u64,
    /// ASCII letters and digits.
    pub alnum: u64,
    /// ASCII letters.
    pub alpha: u64,
    /// ASCII capitals.
    pub upper: u64,
    /// `.`, `!` and `?`.
    pub terminal: u64,
    /// The straight apostrophe, which splits "qu'il" into two stop words.
    pub apostrophe: u64,
}

impl ByteMasks {
    /// The masks of `bytes`, at most a window of them; the bytes past
    /// their end are white space.
    pub fn of(bytes: &[u8]) -> ByteMasks {
        let bytes = &bytes[..bytes.len().min(WINDOW)];
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE2 belongs to the x86_64 baseline: every processor
        // this code can run on has it.
        let mut masks = unsafe { sse2::masks(bytes) };
        #[cfg(not(target_arch = "x86_64"))]
        let mut masks = ByteMasks::by_bytes(bytes);
        // The bytes past the end were read as zeros, which are in no
        // class: they are white space.
        if bytes.len() < WINDOW {
            masks.space |= u64::MAX << bytes.len();
        }
        masks
    }

    /// The masks made byte by byte, the bytes past the end in no class:
    /// on other architectures, and what the vectorised ones are tested
    /// against.
    #[cfg_attr(target_arch = "x86_64", allow(dead_code))]
    fn by_bytes(bytes: &[u8]) -> ByteMasks {
        let mut masks = ByteMasks::default();
        for (i, &b) in bytes.iter().enumerate() {
            let bit = |yes: bool| u64::from(yes) << i;
            masks.space |= bit(b.is_ascii_whitespace());
            masks.other |= bit(!b.is_ascii());
            masks.alnum |= bit(b.is_ascii_alphanumeric());
            masks.alpha |= bit(b.is_ascii_alphabetic());
            masks.upper |= bit(b.is_ascii_uppercase());
            masks.terminal |= bit(matches!(b, b'.' | b'!' | b'?'));
            masks.apostrophe |= bit(b == b'\'');
        }
        masks
    }
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use super::ByteMasks;
    use crate::packed_bytes::load;
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set_epi64x,
        _mm_set1_epi8, _mm_sub_epi8,
    };

    /// Bytes in one SSE2 register.
    const LANES: usize = 16;

    /// The masks of up to a window of `bytes`, sixteen at a time, those
    /// past the end read as zeros.
    #[target_feature(enable = "sse2")]
    pub fn masks(bytes: &[u8]) -> ByteMasks {
        let mut masks = ByteMasks::default();
        for (i, chunk) in bytes.chunks(LANES).enumerate() {
            let (low, high) = chunk.split_at(chunk.len().min(LANES / 2));
            let bytes = _mm_set_epi64x(load(high) as i64, load(low) as i64);
            let shift = LANES * i;
            let upper = in_range(bytes, b'A', b'Z');
            let alpha = _mm_or_si128(upper, in_range(bytes, b'a', b'z'));
            let alnum = _mm_or_si128(alpha, in_range(bytes, b'0', b'9'));
            // Tab, line feed, vertical tab, form feed, carriage return;
            // the vertical tab taken out again below.
            let controls = in_range(bytes, b'\t', b'\r');
            let vertical_tab = equal(bytes, 0x0b);
            let terminal = _mm_or_si128(
                _mm_or_si128(equal(bytes, b'.'), equal(bytes, b'!')),
                equal(bytes, b'?'),
            );
            masks.space |=
                (bits(_mm_or_si128(equal(bytes, b' '), controls)) & !bits(vertical_tab)) << shift;
            // A byte's top bit is what `movemask` reads.
            masks.other |= bits(bytes) << shift;
            masks.alnum |= bits(alnum) << shift;
            masks.alpha |= bits(alpha) << shift;
            masks.upper |= bits(upper) << shift;
            masks.terminal |= bits(terminal) << shift;
            masks.apostrophe |= bits(equal(bytes, b'\'')) << shift;
        }
        masks
    }

    /// Each byte's top bit, as the low sixteen bits of a `u64`.
    #[target_feature(enable = "sse2")]
    fn bits(marks: __m128i) -> u64 {
        u64::from(_mm_movemask_epi8(marks) as u16)
    }

    /// 0xff in each byte equal to `byte`.
    #[target_feature(enable = "sse2")]
    fn equal(bytes: __m128i, byte: u8) -> __m128i {
        _mm_cmpeq_epi8(bytes, _mm_set1_epi8(byte as i8))
    }

    /// 0xff in each byte from `low` to `high`: the byte less `low`
    /// (wrapping) is at most `high - low`, which an unsigned minimum
    /// tells.
    #[target_feature(enable = "sse2")]
    fn in_range(bytes: __m128i, low: u8, high: u8) -> __m128i {
        let above_low = _mm_sub_epi8(bytes, _mm_set1_epi8(low as i8));
        let span = _mm_set1_epi8((high - low) as i8);
        _mm_cmpeq_epi8(_mm_min_epu8(above_low, span), above_low)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn marks_each_class() {
        let text = b"It's 9.\x0bA\xc3\xa9z!?\t\r\n\x0c_";
        let masks = ByteMasks::of(text);
        let mut padded = [b' '; WINDOW];
        padded[..text.len()].copy_from_slice(text);
        assert_eq!(masks, ByteMasks::by_bytes(&padded));
        assert_eq!(masks.upper, 1 | 1 << 8);
        assert_eq!(masks.apostrophe, 1 << 2);
        assert_eq!(masks.terminal, 1 << 6 | 1 << 12 | 1 << 13);
        assert_eq!(masks.other, 1 << 9 | 1 << 10);
        assert_eq!(masks.alnum, 0b1011 | 1 << 5 | 1 << 8 | 1 << 11);
        assert_eq!(masks.alpha, masks.alnum & !(1 << 5));
        // The vertical tab (7) and the underscore (18) are no space; the
        // rest of the window is.
        assert_eq!(masks.space & 0x7ffff, 1 << 4 | 0b1111 << 14);
        assert_eq!(masks.space >> 19, u64::MAX >> 19);
    }

    proptest! {
        #![proptest_config(crate::proptest_config::with_cases(2048))]
        #[test]
        fn vectorised_masks_are_the_bytes_masks(bytes in proptest::collection::vec(any::<u8>(), 0..=WINDOW)) {
            let mut padded = [b' '; WINDOW];
            padded[..bytes.len()].copy_from_slice(&bytes);
            prop_assert_eq!(ByteMasks::of(&bytes), ByteMasks::by_bytes(&padded));
        }
    }
}
