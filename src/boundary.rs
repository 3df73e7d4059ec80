//! Cutting text at byte offsets without splitting a character.
//!
//! Windows and limits are counted in bytes (cheap, and what the bounds
//! mean for memory); a cut must still fall between characters.

/// The nearest character boundary at or before `at` (the end if `at` is
/// past it).
pub fn floor(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary at or after `at` (the end if `at` is
/// past it).
pub fn ceil(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_fall_between_characters() {
        let text = "aé€";
        assert_eq!((floor(text, 2), ceil(text, 2)), (1, 3));
        assert_eq!((floor(text, 4), ceil(text, 4)), (3, 6));
        assert_eq!((floor(text, 99), ceil(text, 99)), (6, 6));
        assert_eq!((floor(text, 0), ceil(text, 0)), (0, 0));
    }
}
