//! A compact binary encoding of release bodies: how a body is packed in
//! memory and stored in the cache file. The byte primitives ([`Writer`],
//! [`Reader`]) serve the cache's other records too.
//!
//! Hand-written rather than derived: the model's JSON shape (skipped empty
//! fields, tagged enums) does not survive non-self-describing serde formats,
//! and a direct encoding decodes fastest. Every read is bounds-checked, so
//! damaged bytes are an error, never a panic.

use super::body::Body;
use super::{Block, Paragraph, Quote, Span, SpanStyle, TextPos, Turn};

/// The cache bytes ended early or held a value that cannot be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("damaged cache data at byte {at}")]
pub struct CodecError {
    /// Offset where decoding failed.
    pub at: usize,
}

/// Appends encoded values to a byte buffer.
#[derive(Debug, Default)]
pub struct Writer {
    /// The bytes written so far.
    pub bytes: Vec<u8>,
}

/// Reads encoded values from a byte slice.
#[derive(Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Writer {
    /// Writes one byte.
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }
    /// Writes a little-endian u32.
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    /// Writes a little-endian u64.
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    /// Writes a little-endian i64.
    pub fn i64(&mut self, v: i64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    /// Writes a length-prefixed string.
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.bytes.extend_from_slice(s.as_bytes());
    }
    /// Writes a present flag and the string.
    pub fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    /// Writes a list of strings.
    pub fn strs(&mut self, items: &[String]) {
        self.u32(items.len() as u32);
        for s in items {
            self.str(s);
        }
    }
}

impl<'a> Reader<'a> {
    /// A reader over `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }
    /// How many bytes were read so far.
    pub fn position(&self) -> usize {
        self.at
    }
    /// True when every byte was read.
    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], CodecError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or(CodecError { at: self.at })?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }
    /// The error for a bad value at the current position.
    pub fn err(&self) -> CodecError {
        CodecError { at: self.at }
    }
    /// Reads one byte.
    pub fn u8(&mut self) -> Result<u8, CodecError> {
        Ok(self.take(1)?[0])
    }
    /// Reads a little-endian u32.
    pub fn u32(&mut self) -> Result<u32, CodecError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// Reads a little-endian u64.
    pub fn u64(&mut self) -> Result<u64, CodecError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    /// Reads a little-endian i64.
    pub fn i64(&mut self) -> Result<i64, CodecError> {
        Ok(self.u64()? as i64)
    }
    /// Reads a slice of `n` raw bytes.
    pub fn raw(&mut self, n: usize) -> Result<&'a [u8], CodecError> {
        self.take(n)
    }
    /// Reads a length-prefixed string, checking it is UTF-8.
    pub fn str(&mut self) -> Result<String, CodecError> {
        let n = self.u32()? as usize;
        let at = self.at;
        let b = self.take(n)?;
        std::str::from_utf8(b)
            .map(str::to_string)
            .map_err(|_| CodecError { at })
    }
    /// Reads an optional string.
    pub fn opt_str(&mut self) -> Result<Option<String>, CodecError> {
        match self.u8()? {
            0 => Ok(None),
            1 => self.str().map(Some),
            _ => Err(self.err()),
        }
    }
    /// Reads a list of strings.
    pub fn strs(&mut self) -> Result<Vec<String>, CodecError> {
        let n = self.count()?;
        (0..n).map(|_| self.str()).collect()
    }
    /// Reads a count, refusing counts larger than the bytes left could hold.
    pub fn count(&mut self) -> Result<usize, CodecError> {
        let n = self.u32()? as usize;
        if n > self.bytes.len() - self.at {
            return Err(self.err());
        }
        Ok(n)
    }
}

fn write_pos(w: &mut Writer, p: TextPos) {
    w.u32(p.paragraph);
    w.u32(p.offset);
}

fn read_pos(r: &mut Reader<'_>) -> Result<TextPos, CodecError> {
    Ok(TextPos {
        paragraph: r.u32()?,
        offset: r.u32()?,
    })
}

fn write_paragraph(w: &mut Writer, p: &Paragraph) {
    w.str(&p.text);
    match p.block {
        Block::Body => w.u8(0),
        Block::Heading { level } => {
            w.u8(1);
            w.u8(level);
        }
        Block::ListItem { depth } => {
            w.u8(2);
            w.u8(depth);
        }
        Block::BlockQuote => w.u8(3),
        Block::Preformatted => w.u8(4),
    }
    w.u32(p.spans.len() as u32);
    for span in &p.spans {
        w.u32(span.start);
        w.u32(span.end);
        match span.style {
            SpanStyle::Strong => w.u32(u32::MAX),
            SpanStyle::Emphasis => w.u32(u32::MAX - 1),
            SpanStyle::Link { index } => w.u32(index),
        }
    }
}

fn read_paragraph(r: &mut Reader<'_>) -> Result<Paragraph, CodecError> {
    let text = r.str()?;
    let block = match r.u8()? {
        0 => Block::Body,
        1 => Block::Heading { level: r.u8()? },
        2 => Block::ListItem { depth: r.u8()? },
        3 => Block::BlockQuote,
        4 => Block::Preformatted,
        _ => return Err(r.err()),
    };
    let n = r.count()?;
    let mut spans = Vec::with_capacity(n);
    for _ in 0..n {
        let start = r.u32()?;
        let end = r.u32()?;
        let style = match r.u32()? {
            u32::MAX => SpanStyle::Strong,
            v if v == u32::MAX - 1 => SpanStyle::Emphasis,
            index => SpanStyle::Link { index },
        };
        // A span must cover whole characters of the text.
        let fits = |at: u32| text.is_char_boundary(at as usize);
        if start > end || !fits(start) || !fits(end) {
            return Err(r.err());
        }
        spans.push(Span { start, end, style });
    }
    Ok(Paragraph { text, block, spans })
}

/// Encodes a body: paragraphs, links, quotations, transcript turns and
/// setting, trailer.
pub fn write_body(w: &mut Writer, b: &Body) {
    w.u32(b.paragraphs.len() as u32);
    for p in &b.paragraphs {
        write_paragraph(w, p);
    }
    w.strs(&b.links);
    w.u32(b.quotes.len() as u32);
    for q in &b.quotes {
        write_pos(w, q.start);
        write_pos(w, q.end);
        w.opt_str(q.speaker.as_deref());
    }
    w.u32(b.turns.len() as u32);
    for t in &b.turns {
        w.u32(t.start);
        w.u32(t.end);
        w.u32(t.label);
        w.opt_str(t.speaker.as_deref());
    }
    w.strs(&b.setting);
    w.strs(&b.trailer);
}

/// Bytes before a stored body: the xxh3 hash of the encoded body, so that
/// damage to the cache file is found when the body is read.
pub const SEAL_LEN: usize = 8;

/// Appends `encoded` (an encoded body) sealed with its checksum: how a body
/// is stored in the cache file.
pub fn write_sealed(w: &mut Writer, encoded: &[u8]) {
    w.u64(xxhash_rust::xxh3::xxh3_64(encoded));
    w.bytes.extend_from_slice(encoded);
}

/// The encoded body inside a sealed record, `None` when the record is too
/// short or its bytes no longer match their checksum.
pub fn unseal(record: &[u8]) -> Option<&[u8]> {
    if record.len() < SEAL_LEN {
        return None;
    }
    let (seal, encoded) = record.split_at(SEAL_LEN);
    let mut expected = [0u8; SEAL_LEN];
    expected.copy_from_slice(seal);
    (u64::from_le_bytes(expected) == xxhash_rust::xxh3::xxh3_64(encoded)).then_some(encoded)
}

/// Decodes a body.
pub fn read_body(r: &mut Reader<'_>) -> Result<Body, CodecError> {
    let n = r.count()?;
    let paragraphs: Vec<Paragraph> = (0..n)
        .map(|_| read_paragraph(r))
        .collect::<Result<_, _>>()?;
    let links = r.strs()?;
    let n = r.count()?;
    let mut quotes = Vec::with_capacity(n);
    // A position must be in one of the paragraphs.
    let valid = |p: TextPos| {
        paragraphs
            .get(p.paragraph as usize)
            .is_some_and(|para: &Paragraph| p.offset as usize <= para.text.len())
    };
    for _ in 0..n {
        let (start, end) = (read_pos(r)?, read_pos(r)?);
        if !valid(start) || !valid(end) || start > end {
            return Err(r.err());
        }
        quotes.push(Quote {
            start,
            end,
            speaker: r.opt_str()?,
        });
    }
    let n = r.count()?;
    let mut turns = Vec::with_capacity(n);
    for _ in 0..n {
        turns.push(Turn {
            start: r.u32()?,
            end: r.u32()?,
            label: r.u32()?,
            speaker: r.opt_str()?,
        });
    }
    let setting = r.strs()?;
    let trailer = r.strs()?;
    Ok(Body {
        paragraphs,
        links,
        quotes,
        turns,
        setting,
        trailer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcript_turns_and_setting_round_trip() {
        let body = Body {
            paragraphs: vec![
                Paragraph::body("MS. ROE: Good afternoon."),
                Paragraph::body("Q Thanks."),
            ],
            turns: vec![
                Turn {
                    start: 0,
                    end: 1,
                    label: 8,
                    speaker: Some("Ms. Ann Roe".into()),
                },
                Turn {
                    start: 1,
                    end: 2,
                    label: 1,
                    speaker: Some(Turn::QUESTION.into()),
                },
            ],
            setting: vec!["Briefing Room".into(), "12:46 P.M. EDT".into()],
            ..Body::default()
        };
        let mut w = Writer::default();
        write_body(&mut w, &body);
        let mut r = Reader::new(&w.bytes);
        assert_eq!(read_body(&mut r).unwrap(), body);
        assert!(r.is_done());
    }
}
