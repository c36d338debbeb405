//! Where a release's body is kept: in memory (as a value, or encoded), or
//! in a store on disk — the cache file, opened by the archive layer — until
//! somebody reads it.
//!
//! A large archive does not fit in memory twice over, and the list, the
//! filter and the first frame need only metadata. So a release loaded
//! through the cache keeps just the place of its body in the cache file;
//! [`BodyHandle::get`] reads and decodes it when the reader opens the
//! release or a background job scans it, and it is freed when its last
//! user lets go.

use std::fmt;
use std::io;
use std::sync::Arc;

use super::body::Body;
use super::encoding::{self, Reader};

/// Where stored bodies are read from: the cache file, opened by
/// the archive layer (`archive`). Reads go by offset, so the store may be replaced on
/// disk (a newer cache renamed over it) without disturbing the bodies
/// already handed out.
pub trait BodyStore: fmt::Debug + Send + Sync {
    /// Reads `len` bytes at offset `at`.
    fn read(&self, at: u64, len: usize) -> io::Result<Vec<u8>>;

    /// The body stored at offset `at`, made again from the file it was
    /// parsed from, for when the stored bytes turn out damaged; `None`
    /// when that cannot be done (the file changed or is gone).
    fn recover(&self, at: u64) -> Option<Body> {
        let _ = at;
        None
    }
}

/// Where a release's body is: in memory (as a value, or encoded compactly),
/// or at a place in a cache file.
#[derive(Clone)]
pub struct BodyHandle(Place);

#[derive(Clone)]
enum Place {
    Memory(Arc<Body>),
    /// Encoded as in the cache: one allocation instead of one per paragraph,
    /// and about the size of the text.
    Packed(Arc<[u8]>),
    Stored {
        file: Arc<dyn BodyStore>,
        at: u64,
        len: u32,
    },
}

impl BodyHandle {
    /// A body held in memory.
    pub fn in_memory(body: Body) -> BodyHandle {
        BodyHandle(Place::Memory(Arc::new(body)))
    }

    /// The same body, encoded in memory if it was held as a value: how a
    /// loaded release keeps its body when it is not in a cache file.
    pub fn packed(&self) -> BodyHandle {
        match &self.0 {
            Place::Memory(body) => {
                let mut w = encoding::Writer::default();
                encoding::write_body(&mut w, body);
                BodyHandle(Place::Packed(w.bytes.into()))
            }
            Place::Packed(_) | Place::Stored { .. } => self.clone(),
        }
    }

    /// The encoded bytes of a packed body, `None` for other bodies.
    pub fn packed_bytes(&self) -> Option<&[u8]> {
        match &self.0 {
            Place::Packed(bytes) => Some(bytes),
            Place::Memory(_) | Place::Stored { .. } => None,
        }
    }

    /// A body stored as `len` bytes at offset `at` of `file`: the encoded
    /// body sealed with its checksum ([`encoding::write_sealed`]).
    pub fn stored(file: Arc<dyn BodyStore>, at: u64, len: u32) -> BodyHandle {
        BodyHandle(Place::Stored { file, at, len })
    }

    /// The body, decoded (and first read from its file when it is stored
    /// there). A body that cannot be read back says so in its text.
    pub fn get(&self) -> Arc<Body> {
        let decode = |bytes: &[u8]| {
            let mut r = Reader::new(bytes);
            match encoding::read_body(&mut r) {
                Ok(body) if r.is_done() => body,
                Ok(_) => Body::unreadable("damaged cache data"),
                Err(e) => Body::unreadable(&e.to_string()),
            }
        };
        match &self.0 {
            Place::Memory(body) => Arc::clone(body),
            Place::Packed(bytes) => Arc::new(decode(bytes)),
            Place::Stored { file, at, len } => Arc::new(match file.read(*at, *len as usize) {
                Ok(bytes) => match encoding::unseal(&bytes) {
                    Some(encoded) => decode(encoded),
                    // Damaged since it was written: parsed again from its file.
                    None => file
                        .recover(*at)
                        .unwrap_or_else(|| Body::unreadable("damaged, and its file changed since")),
                },
                Err(e) => Body::unreadable(&e.to_string()),
            }),
        }
    }

    /// The byte range of a stored body in its file, `None` for one in memory.
    pub fn stored_range(&self) -> Option<std::ops::Range<u64>> {
        match &self.0 {
            Place::Memory(_) | Place::Packed(_) => None,
            Place::Stored { at, len, .. } => Some(*at..at + u64::from(*len)),
        }
    }

    /// The byte range of the body in `file`, if it is stored there.
    pub fn stored_range_in(&self, file: &Arc<dyn BodyStore>) -> Option<std::ops::Range<u64>> {
        match &self.0 {
            Place::Stored { file: f, .. } if Arc::ptr_eq(f, file) => self.stored_range(),
            _ => None,
        }
    }

    /// The same stored bytes after they were copied to offset `at` of
    /// `file`. A body in memory stays as it is.
    pub fn moved(&self, file: &Arc<dyn BodyStore>, at: u64) -> BodyHandle {
        match &self.0 {
            Place::Memory(_) | Place::Packed(_) => self.clone(),
            Place::Stored { len, .. } => BodyHandle::stored(Arc::clone(file), at, *len),
        }
    }
}

impl fmt::Debug for BodyHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Place::Memory(body) => write!(f, "in memory, {} paragraphs", body.paragraphs.len()),
            Place::Packed(bytes) => write!(f, "packed, {} bytes", bytes.len()),
            Place::Stored { at, len, .. } => write!(f, "stored, {len} bytes at {at}"),
        }
    }
}

/// Bodies stored in memory as the cache would hold them, for unit tests.
#[cfg(test)]
#[derive(Debug)]
pub(crate) struct BytesStore(pub Vec<u8>);

#[cfg(test)]
impl BodyStore for BytesStore {
    fn read(&self, at: u64, len: usize) -> io::Result<Vec<u8>> {
        usize::try_from(at)
            .ok()
            .and_then(|at| self.0.get(at..at.checked_add(len)?))
            .map(<[u8]>::to_vec)
            .ok_or_else(|| io::ErrorKind::UnexpectedEof.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::encoding::{self, SEAL_LEN as SEAL};

    fn sample() -> Body {
        crate::corpus::body::tests::sample()
    }

    #[test]
    fn a_packed_body_reads_back_the_same() {
        let packed = BodyHandle::in_memory(sample()).packed();
        assert!(packed.packed_bytes().is_some());
        assert_eq!(*packed.get(), sample());
        assert!(packed.stored_range().is_none());
    }

    #[test]
    fn a_stored_body_is_read_back_and_a_damaged_one_explains_itself() {
        let body = sample();
        let mut encoded = encoding::Writer::default();
        encoding::write_body(&mut encoded, &body);
        let mut w = encoding::Writer::default();
        w.bytes.extend_from_slice(b"padding");
        encoding::write_sealed(&mut w, &encoded.bytes);
        let file: Arc<dyn BodyStore> = Arc::new(BytesStore(w.bytes.clone()));
        let len = (w.bytes.len() - 7) as u32;
        let stored = BodyHandle::stored(Arc::clone(&file), 7, len);
        assert_eq!(*stored.get(), body);
        let shifted = BodyHandle::stored(Arc::clone(&file), 6, len);
        assert!(
            shifted.get().paragraphs[0]
                .text
                .contains("could not be read")
        );
        let past_the_end = BodyHandle::stored(file, 7, len + 10);
        assert!(
            past_the_end.get().paragraphs[0]
                .text
                .contains("could not be read")
        );
    }

    /// A store whose bytes were damaged, which can make the body again.
    #[derive(Debug)]
    struct Recovering(Vec<u8>);

    impl BodyStore for Recovering {
        fn read(&self, at: u64, len: usize) -> io::Result<Vec<u8>> {
            BytesStore(self.0.clone()).read(at, len)
        }
        fn recover(&self, _at: u64) -> Option<Body> {
            Some(sample())
        }
    }

    #[test]
    fn a_flipped_bit_is_caught_by_the_checksum_and_the_body_made_again() {
        let mut encoded = encoding::Writer::default();
        encoding::write_body(&mut encoded, &sample());
        let mut w = encoding::Writer::default();
        encoding::write_sealed(&mut w, &encoded.bytes);
        let len = w.bytes.len() as u32;
        // A bit of the text, which decodes without complaint.
        let text = sample().paragraphs[0].text.clone();
        let at = memchr::memmem::find(&w.bytes, text.as_bytes()).unwrap();
        w.bytes[at] ^= 0x01;
        let mut damaged = w.bytes.clone();
        damaged.drain(..SEAL);
        let decoded = encoding::read_body(&mut encoding::Reader::new(&damaged)).unwrap();
        assert_ne!(decoded, sample(), "the damage alone goes unnoticed");
        let file: Arc<dyn BodyStore> = Arc::new(Recovering(w.bytes.clone()));
        assert_eq!(*BodyHandle::stored(file, 0, len).get(), sample());
        let file: Arc<dyn BodyStore> = Arc::new(BytesStore(w.bytes));
        let unrecoverable = BodyHandle::stored(file, 0, len).get();
        assert!(unrecoverable.paragraphs[0].text.contains("damaged"));
    }
}
