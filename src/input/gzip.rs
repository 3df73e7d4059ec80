//! Transparent gunzip with a bound on the inflated size.

use super::InputError;
use flate2::read::MultiGzDecoder;
use std::io::Read;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&GZIP_MAGIC)
}

/// Inflates `bytes`, refusing to produce more than `max_bytes`, so a small
/// zip bomb is an error rather than a gigabyte of memory.
pub fn gunzip(bytes: &[u8], max_bytes: usize) -> Result<Vec<u8>, InputError> {
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4).min(max_bytes));
    let limit = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    MultiGzDecoder::new(bytes)
        .take(limit)
        .read_to_end(&mut out)
        .map_err(|e| InputError::BadGzip(e.to_string()))?;
    if out.len() > max_bytes {
        return Err(InputError::TooLarge { limit: max_bytes });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::{Compression, write::GzEncoder};
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn round_trips() {
        assert_eq!(gunzip(&gz(b"hello"), 100).unwrap(), b"hello");
    }

    #[test]
    fn refuses_to_inflate_past_the_limit() {
        let bomb = gz(&vec![0u8; 1 << 20]);
        assert_eq!(
            gunzip(&bomb, 1000),
            Err(InputError::TooLarge { limit: 1000 })
        );
    }

    #[test]
    fn truncated_stream_is_an_error() {
        let data = gz(b"some text that will be cut off in the middle");
        assert!(matches!(
            gunzip(&data[..data.len() - 10], 1000),
            Err(InputError::BadGzip(_))
        ));
    }
}
