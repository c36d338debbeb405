//! Turns a file's bytes into text the way a careful reader would: a BOM decides
//! UTF-16 or UTF-32, a NUL byte means binary (except in JSON Lines, where it
//! costs only its line), bad UTF-8 is decoded lossily and counted.

use std::borrow::Cow;

/// Why a file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The file has no bytes at all.
    #[error("empty file")]
    Empty,
    /// The file holds NUL bytes outside UTF-16, so it is binary.
    #[error("binary file (NUL byte at offset {offset}), skipped")]
    Binary {
        /// Offset of the first NUL byte.
        offset: usize,
    },
}

/// Text decoded from bytes, with a count of byte sequences that were not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The decoded text (BOM removed).
    pub text: Cow<'a, str>,
    /// How many invalid sequences were replaced by U+FFFD.
    pub invalid_sequences: usize,
    /// The encoding that was detected.
    pub encoding: Encoding,
}

/// Encodings readout recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a BOM.
    Utf8,
    /// UTF-16 little-endian, announced by a BOM.
    Utf16Le,
    /// UTF-16 big-endian, announced by a BOM.
    Utf16Be,
    /// UTF-32 little-endian, announced by a BOM.
    Utf32Le,
    /// UTF-32 big-endian, announced by a BOM.
    Utf32Be,
}

/// What a NUL byte in UTF-8 text means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nul {
    /// The file is binary: nothing of it is read.
    Binary,
    /// Kept in the text, for a format that skips only the part holding it.
    Kept,
}

/// Decodes a file's bytes to text; a NUL byte in UTF-8 makes it binary.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    decode_with(bytes, Nul::Binary)
}

/// Decodes a file's bytes to text, treating NUL bytes in UTF-8 as `nul` says.
pub fn decode_with(bytes: &[u8], nul: Nul) -> Result<Decoded<'_>, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    // UTF-32 first: its little-endian BOM starts like UTF-16's.
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe, 0, 0]) {
        return Ok(decode_utf32(rest, Encoding::Utf32Le));
    }
    if let Some(rest) = bytes.strip_prefix(&[0, 0, 0xfe, 0xff]) {
        return Ok(decode_utf32(rest, Encoding::Utf32Be));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return Ok(decode_utf16(rest, Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return Ok(decode_utf16(rest, Encoding::Utf16Be));
    }
    let body = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    if nul == Nul::Binary
        && let Some(offset) = memchr::memchr(0, body)
    {
        return Err(DecodeError::Binary {
            offset: offset + (bytes.len() - body.len()),
        });
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            invalid_sequences: 0,
            encoding: Encoding::Utf8,
        }),
        Err(_) => {
            let text = String::from_utf8_lossy(body).into_owned();
            let invalid_sequences = count_invalid_utf8(body);
            Ok(Decoded {
                text: Cow::Owned(text),
                invalid_sequences,
                encoding: Encoding::Utf8,
            })
        }
    }
}

/// Counts the maximal invalid subsequences that lossy decoding replaces.
fn count_invalid_utf8(mut bytes: &[u8]) -> usize {
    let mut count = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return count,
            Err(e) => {
                count += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(bytes.len() - e.valid_up_to());
                bytes = &bytes[skip..];
            }
        }
    }
}

fn decode_utf16(bytes: &[u8], encoding: Encoding) -> Decoded<'static> {
    let units = bytes.chunks(2).map(|pair| {
        let (a, b) = (pair[0], pair.get(1).copied().unwrap_or(0));
        match encoding {
            Encoding::Utf16Be => u16::from_be_bytes([a, b]),
            _ => u16::from_le_bytes([a, b]),
        }
    });
    let mut invalid_sequences = usize::from(bytes.len() % 2 == 1);
    let text = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                invalid_sequences += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    Decoded {
        text: Cow::Owned(text),
        invalid_sequences,
        encoding,
    }
}

fn decode_utf32(bytes: &[u8], encoding: Encoding) -> Decoded<'static> {
    let mut invalid_sequences = usize::from(!bytes.len().is_multiple_of(4));
    let text = bytes
        .chunks_exact(4)
        .map(|unit| {
            let unit = [unit[0], unit[1], unit[2], unit[3]];
            let code = match encoding {
                Encoding::Utf32Be => u32::from_be_bytes(unit),
                _ => u32::from_le_bytes(unit),
            };
            char::from_u32(code).unwrap_or_else(|| {
                invalid_sequences += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    Decoded {
        text: Cow::Owned(text),
        invalid_sequences,
        encoding,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed() {
        let d = decode("héllo".as_bytes()).unwrap();
        assert!(matches!(d.text, Cow::Borrowed("héllo")));
        assert_eq!(d.invalid_sequences, 0);
    }

    #[test]
    fn utf8_bom_is_removed() {
        assert_eq!(decode(b"\xef\xbb\xbfabc").unwrap().text, "abc");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Xi said".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("中文".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap().text, "Xi said");
        assert_eq!(decode(&be).unwrap().encoding, Encoding::Utf16Be);
        assert_eq!(decode(&be).unwrap().text, "中文");
    }

    #[test]
    fn utf32_with_bom_is_decoded() {
        let le: Vec<u8> = [0xff, 0xfe, 0, 0]
            .into_iter()
            .chain("Title: Ré".chars().flat_map(|c| u32::from(c).to_le_bytes()))
            .collect();
        let d = decode(&le).unwrap();
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("Title: Ré", Encoding::Utf32Le)
        );
        let be: Vec<u8> = [0, 0, 0xfe, 0xff]
            .into_iter()
            .chain("中文".chars().flat_map(|c| u32::from(c).to_be_bytes()))
            .chain([0, 0x11, 0, 0])
            .collect();
        let d = decode(&be).unwrap();
        assert_eq!(d.text, "中文\u{fffd}");
        assert_eq!(d.invalid_sequences, 1);
    }

    #[test]
    fn nul_bytes_can_be_kept_for_line_formats() {
        let d = decode_with(b"{}\n{\"a\0\"}\n", Nul::Kept).unwrap();
        assert_eq!(d.text, "{}\n{\"a\0\"}\n");
    }

    #[test]
    fn nul_byte_means_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00").unwrap_err(),
            DecodeError::Binary { offset: 4 }
        );
    }

    #[test]
    fn empty_is_an_error() {
        assert_eq!(decode(b"").unwrap_err(), DecodeError::Empty);
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_and_counted() {
        let d = decode(b"caf\xe9 and \xff\xfe!").unwrap();
        assert_eq!(d.text, "caf\u{fffd} and \u{fffd}\u{fffd}!");
        assert_eq!(d.invalid_sequences, 3);
    }
}
