//! A release's body (paragraphs, quotations, links, trailer) and where it
//! is kept: in memory, or in the cache file until somebody reads it.
//!
//! A large archive does not fit in memory twice over, and the list, the
//! filter and the first frame need only metadata. So a release loaded
//! through the cache keeps just the place of its body in the cache file;
//! [`BodyHandle::get`] reads and decodes it when the reader opens the
//! release or a background job scans it, and it is freed when its last
//! user lets go. What the list and filter need to know about a body
//! (counts, speakers) is kept beside the metadata in an [`Outline`].

use std::fmt;
use std::fs::File;
use std::io;
use std::sync::Arc;

use super::codec::{self, Reader};
use super::id::fnv1a;
use super::{Paragraph, Quote, TextPos, Turn};

/// The text of a release: what the reading pane shows below the header.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Body {
    /// The body, paragraph by paragraph.
    pub paragraphs: Vec<Paragraph>,
    /// Link targets referenced by [`super::SpanStyle::Link`].
    pub links: Vec<String>,
    /// Quotations in the body, in reading order.
    pub quotes: Vec<Quote>,
    /// The turns of a transcript, in order; empty for other releases.
    pub turns: Vec<Turn>,
    /// Where and when a transcript was spoken (the room, the times it began
    /// and ended), lines taken out of the body.
    pub setting: Vec<String>,
    /// Boilerplate after the end mark (`###`, `-30-`): office descriptions, contacts.
    pub trailer: Vec<String>,
}

impl Body {
    /// The text of a quotation, joining paragraphs with a space.
    pub fn quote_text(&self, quote: &Quote) -> String {
        self.text_between(quote.start, quote.end)
    }

    /// The body text between two positions, paragraphs joined by a space.
    pub fn text_between(&self, start: TextPos, end: TextPos) -> String {
        let mut out = String::new();
        for piece in self.pieces_between(start, end) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(piece);
        }
        out
    }

    /// The part of each paragraph between two positions, in order. Positions
    /// past the end or off a char boundary yield what can be read.
    pub fn pieces_between(&self, start: TextPos, end: TextPos) -> impl Iterator<Item = &str> {
        (start.paragraph..=end.paragraph)
            .map_while(move |p| Some((p, self.paragraphs.get(p as usize)?)))
            .filter_map(move |(p, para)| {
                let from = if p == start.paragraph {
                    start.offset as usize
                } else {
                    0
                };
                let to = if p == end.paragraph {
                    end.offset as usize
                } else {
                    para.text.len()
                };
                para.text.get(from..to.max(from))
            })
    }

    /// The transcript turn paragraph `index` belongs to, if any.
    pub fn turn_of(&self, index: usize) -> Option<&Turn> {
        let at = self.turns.partition_point(|t| t.end as usize <= index);
        self.turns.get(at).filter(|t| t.holds(index))
    }

    /// What the list and the filter need to know about this body.
    pub fn outline(&self) -> Outline {
        let mut speakers: Vec<String> = Vec::new();
        for speaker in self.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
            if !speakers.iter().any(|s| s == speaker) {
                speakers.push(speaker.to_string());
            }
        }
        let mut fingerprint = fnv1a(b"");
        for p in &self.paragraphs {
            fingerprint ^= fnv1a(p.text.as_bytes());
            fingerprint = fingerprint.rotate_left(7);
        }
        Outline {
            paragraphs: self.paragraphs.len() as u32,
            quotes: self.quotes.len() as u32,
            attributed: self.quotes.iter().filter(|q| q.speaker.is_some()).count() as u32,
            speakers,
            fingerprint,
        }
    }

    /// A body that says why the real one could not be read, so the reader
    /// shows the reason instead of an empty page.
    fn unreadable(why: &str) -> Body {
        Body {
            paragraphs: vec![Paragraph::body(format!(
                "This release could not be read back from readout's cache ({why}). \
                 The archive itself is untouched: open it again, or with --no-cache."
            ))],
            ..Body::default()
        }
    }
}

/// A summary of a body, kept in memory beside the metadata so the list,
/// the filter and reports never need to read the body itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outline {
    /// Number of paragraphs.
    pub paragraphs: u32,
    /// Number of quotations.
    pub quotes: u32,
    /// Number of quotations with a speaker.
    pub attributed: u32,
    /// The speakers quoted, as written, each once, in order of appearance.
    pub speakers: Vec<String>,
    /// A hash of the paragraphs' text, telling apart releases that share a URL.
    pub fingerprint: u64,
}

/// The cache file that stored bodies are read from. Reads go by offset on
/// one open handle, so the file may be replaced on disk (a newer cache
/// renamed over it) without disturbing the bodies already handed out.
pub struct BodyFile {
    file: File,
}

impl BodyFile {
    /// Bodies stored in `file`.
    pub fn new(file: File) -> BodyFile {
        BodyFile { file }
    }

    /// Tells the system that `range` will be read soon, so it can read it
    /// ahead in one go (Linux; elsewhere nothing).
    pub fn will_need(&self, range: std::ops::Range<u64>) {
        #[cfg(target_os = "linux")]
        {
            use std::os::fd::AsRawFd;
            let (Ok(at), Ok(len)) = (
                libc::off_t::try_from(range.start),
                libc::off_t::try_from(range.end.saturating_sub(range.start)),
            ) else {
                return;
            };
            // SAFETY: the descriptor is this open file's; posix_fadvise only
            // advises the kernel and reads or writes no memory of ours.
            unsafe {
                libc::posix_fadvise(self.file.as_raw_fd(), at, len, libc::POSIX_FADV_WILLNEED);
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = range;
    }

    /// Reads `len` bytes at offset `at`.
    pub fn read(&self, at: u64, len: usize) -> io::Result<Vec<u8>> {
        let mut buf = vec![0; len];
        read_exact_at(&self.file, &mut buf, at)?;
        Ok(buf)
    }
}

impl fmt::Debug for BodyFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BodyFile")
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, at)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut at: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buf, at)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                at += n as u64;
            }
        }
    }
    Ok(())
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
        file: Arc<BodyFile>,
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
                let mut w = codec::Writer::default();
                codec::write_body(&mut w, body);
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

    /// A body stored as `len` encoded bytes at offset `at` of `file`.
    pub fn stored(file: Arc<BodyFile>, at: u64, len: u32) -> BodyHandle {
        BodyHandle(Place::Stored { file, at, len })
    }

    /// The body, decoded (and first read from its file when it is stored
    /// there). A body that cannot be read back says so in its text.
    pub fn get(&self) -> Arc<Body> {
        let decode = |bytes: &[u8]| {
            let mut r = Reader::new(bytes);
            match codec::read_body(&mut r) {
                Ok(body) if r.is_done() => body,
                Ok(_) => Body::unreadable("damaged cache data"),
                Err(e) => Body::unreadable(&e.to_string()),
            }
        };
        match &self.0 {
            Place::Memory(body) => Arc::clone(body),
            Place::Packed(bytes) => Arc::new(decode(bytes)),
            Place::Stored { file, at, len } => Arc::new(match file.read(*at, *len as usize) {
                Ok(bytes) => decode(&bytes),
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
    pub fn stored_range_in(&self, file: &Arc<BodyFile>) -> Option<std::ops::Range<u64>> {
        match &self.0 {
            Place::Stored { file: f, .. } if Arc::ptr_eq(f, file) => self.stored_range(),
            _ => None,
        }
    }

    /// The same stored bytes after they were copied to offset `at` of
    /// `file`. A body in memory stays as it is.
    pub fn moved(&self, file: &Arc<BodyFile>, at: u64) -> BodyHandle {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn sample() -> Body {
        Body {
            paragraphs: vec![
                Paragraph::body("“We are ready,” said Rep. Roe."),
                Paragraph::body("Roe added: “Very ready.”"),
            ],
            quotes: vec![
                Quote {
                    start: TextPos::new(0, 0),
                    end: TextPos::new(0, 18),
                    speaker: Some("Rep. Roe".into()),
                },
                Quote {
                    start: TextPos::new(1, 11),
                    end: TextPos::new(1, 28),
                    speaker: Some("Rep. Roe".into()),
                },
                Quote {
                    start: TextPos::new(1, 0),
                    end: TextPos::new(1, 3),
                    speaker: None,
                },
            ],
            ..Body::default()
        }
    }

    #[test]
    fn the_outline_counts_and_lists_each_speaker_once() {
        let outline = sample().outline();
        assert_eq!(outline.paragraphs, 2);
        assert_eq!((outline.quotes, outline.attributed), (3, 2));
        assert_eq!(outline.speakers, ["Rep. Roe"]);
        assert_ne!(outline.fingerprint, Body::default().outline().fingerprint);
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
        let mut w = codec::Writer::default();
        w.bytes.extend_from_slice(b"padding");
        codec::write_body(&mut w, &body);
        let mut temp = tempfile::tempfile().unwrap();
        temp.write_all(&w.bytes).unwrap();
        let file = Arc::new(BodyFile::new(temp));
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
}
