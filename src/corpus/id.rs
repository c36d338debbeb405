//! Stable release ids: a short hex digest of what identifies a release (its
//! URL, or its file name and record), the same on every run and machine.

use std::fmt;

use serde::Serialize;

/// Number of hex digits in an id.
const ID_LEN: usize = 12;

/// A release's stable identifier: 12 lowercase hex digits, kept inline (an
/// archive of a million releases holds a million of them).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReleaseId([u8; ID_LEN]);

impl ReleaseId {
    /// The id derived from an identifying key (URL, file name, content).
    pub fn from_key(key: &str) -> Self {
        ReleaseId::from_hash(fnv1a(key.as_bytes()))
    }

    /// The id whose digits are the first 12 of `hash` in hex.
    pub(crate) fn from_hash(hash: u64) -> Self {
        let mut digits = [0; ID_LEN];
        for (i, d) in digits.iter_mut().enumerate() {
            let nibble = (hash >> (60 - 4 * i)) & 0xf;
            *d = b"0123456789abcdef"[nibble as usize];
        }
        ReleaseId(digits)
    }

    /// An id read back from storage (the cache), if it is one: 12 lowercase
    /// hex digits.
    pub fn from_stored(id: &str) -> Option<Self> {
        let bytes: [u8; ID_LEN] = id.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            .then_some(ReleaseId(bytes))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        // Only ever built from ASCII hex digits.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl fmt::Display for ReleaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for ReleaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReleaseId({})", self.as_str())
    }
}

impl Serialize for ReleaseId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// 64-bit FNV-1a: tiny, stable across Rust versions and platforms (unlike
/// `std`'s hasher), and good enough to tell releases apart.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_extend(0xcbf2_9ce4_8422_2325, bytes)
}

/// FNV-1a of the bytes hashed into `hash` followed by `bytes`, so a key
/// made of pieces is hashed without being built.
pub fn fnv1a_extend(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// What names a release that has no URL: its file's key (its path below
/// the folder opened) and, for a record of a JSON file, the record's number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordKey<'a> {
    /// The file's key.
    pub file: &'a str,
    /// The record's line (JSON Lines) or position (a JSON array), from 1.
    pub record: Option<u32>,
}

impl RecordKey<'_> {
    /// The key as text: `file`, or `file#record`.
    pub fn text(&self) -> String {
        match self.record {
            Some(n) => format!("{}#{n}", self.file),
            None => self.file.to_string(),
        }
    }

    /// [`fnv1a`] of [`RecordKey::text`], without building it.
    pub fn hash(&self) -> u64 {
        let hash = fnv1a(self.file.as_bytes());
        let Some(mut n) = self.record else {
            return hash;
        };
        let mut digits = [0u8; 10];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        fnv1a_extend(fnv1a_extend(hash, b"#"), &digits[at..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_short() {
        let id = ReleaseId::from_key("https://example.gov/press/1");
        assert_eq!(id.as_str().len(), 12);
        assert_eq!(id, ReleaseId::from_key("https://example.gov/press/1"));
        assert_ne!(id, ReleaseId::from_key("https://example.gov/press/2"));
        // Pinned so an accidental change of the hash shows up here, not in
        // users' bookmarks.
        assert_eq!(
            ReleaseId::from_key("readout").as_str(),
            &format!("{:016x}", fnv1a(b"readout"))[..12]
        );
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(ReleaseId::from_stored(id.as_str()), Some(id));
        let key = RecordKey {
            file: "congress/2021-01.jsonl",
            record: Some(12),
        };
        assert_eq!(key.text(), "congress/2021-01.jsonl#12");
        assert_eq!(key.hash(), fnv1a(key.text().as_bytes()));
        let whole = RecordKey {
            record: None,
            ..key
        };
        assert_eq!(whole.hash(), fnv1a(b"congress/2021-01.jsonl"));
        assert_eq!(ReleaseId::from_stored("0123456789AB"), None);
        assert_eq!(ReleaseId::from_stored("0123"), None);
    }
}
