//! A compact binary encoding of parsed releases, for the on-disk cache.
//!
//! Hand-written rather than derived: the model's JSON shape (skipped empty
//! fields, tagged enums) does not survive non-self-describing serde formats,
//! and a direct encoding decodes fastest. Every read is bounds-checked, so a
//! damaged cache is an error, never a panic.

use std::path::Path;
use std::sync::Arc;

use super::body::BodyFile;
use super::date::ReleaseDate;
use super::load::{Problem, Severity};
use super::sanitize::SanitizeStats;
use super::{
    Block, Body, BodyHandle, Format, Member, Origin, Outline, Paragraph, Quote, Release, ReleaseId,
    Span, SpanStyle, TextPos, Turn,
};

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
    fn err(&self) -> CodecError {
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

fn format_code(format: Format) -> u8 {
    match format {
        Format::Text => 0,
        Format::Markdown => 1,
        Format::Jsonl => 2,
    }
}

fn format_from_code(code: u8, r: &Reader<'_>) -> Result<Format, CodecError> {
    match code {
        0 => Ok(Format::Text),
        1 => Ok(Format::Markdown),
        2 => Ok(Format::Jsonl),
        _ => Err(r.err()),
    }
}

/// Encodes an optional format.
pub fn write_format(w: &mut Writer, format: Option<Format>) {
    w.u8(format.map_or(255, format_code));
}

/// Decodes an optional format.
pub fn read_format(r: &mut Reader<'_>) -> Result<Option<Format>, CodecError> {
    match r.u8()? {
        255 => Ok(None),
        code => format_from_code(code, r).map(Some),
    }
}

fn write_date(w: &mut Writer, date: Option<&ReleaseDate>) {
    match date {
        None => w.u8(0),
        Some(d) => {
            w.u8(1);
            w.u32(d.year.map_or(u32::MAX, |y| y as u32));
            w.u8(d.month.unwrap_or(0));
            w.u8(d.day.unwrap_or(0));
            match d.time {
                Some((h, m)) => {
                    w.u8(1);
                    w.u8(h);
                    w.u8(m);
                }
                None => w.u8(0),
            }
            w.u32(d.utc_offset_minutes.map_or(u32::MAX, |o| o as i32 as u32));
            w.str(&d.written);
        }
    }
}

fn read_date(r: &mut Reader<'_>) -> Result<Option<ReleaseDate>, CodecError> {
    if r.u8()? == 0 {
        return Ok(None);
    }
    let year = r.u32()?;
    let month = r.u8()?;
    let day = r.u8()?;
    let time = match r.u8()? {
        0 => None,
        _ => Some((r.u8()?, r.u8()?)),
    };
    let offset = r.u32()?;
    Ok(Some(ReleaseDate {
        year: (year != u32::MAX).then_some(year as i32),
        month: (month != 0).then_some(month),
        day: (day != 0).then_some(day),
        time,
        utc_offset_minutes: (offset != u32::MAX).then_some(offset as i32 as i16),
        written: r.str()?,
    }))
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

/// Decodes a body.
pub fn read_body(r: &mut Reader<'_>) -> Result<Body, CodecError> {
    let n = r.count()?;
    let paragraphs = (0..n)
        .map(|_| read_paragraph(r))
        .collect::<Result<_, _>>()?;
    let links = r.strs()?;
    let n = r.count()?;
    let mut quotes = Vec::with_capacity(n);
    for _ in 0..n {
        quotes.push(Quote {
            start: read_pos(r)?,
            end: read_pos(r)?,
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

fn write_outline(w: &mut Writer, o: &Outline) {
    w.u32(o.paragraphs);
    w.u32(o.quotes);
    w.u32(o.attributed);
    w.strs(&o.speakers);
    w.u64(o.fingerprint);
}

fn read_outline(r: &mut Reader<'_>) -> Result<Outline, CodecError> {
    Ok(Outline {
        paragraphs: r.u32()?,
        quotes: r.u32()?,
        attributed: r.u32()?,
        speakers: r.strs()?,
        fingerprint: r.u64()?,
    })
}

/// Where a release's encoded body is in the cache file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyPlace {
    /// Offset from the start of the cache file.
    pub offset: u64,
    /// Length in bytes.
    pub len: u32,
}

/// Encodes a member of Congress.
pub fn write_member(w: &mut Writer, m: &Member) {
    w.str(&m.name);
    w.opt_str(m.party.as_deref());
    w.opt_str(m.state.as_deref());
    w.opt_str(m.chamber.as_deref());
}

/// Decodes a member of Congress.
pub fn read_member(r: &mut Reader<'_>) -> Result<Member, CodecError> {
    Ok(Member {
        name: r.str()?,
        party: r.opt_str()?,
        state: r.opt_str()?,
        chamber: r.opt_str()?,
    })
}

/// Encodes a release's metadata and outline, which of its file's members
/// it belongs to (stored once per file), and where its body is (its origin
/// path is not stored: the cache entry has it).
pub fn write_release(w: &mut Writer, r: &Release, member: Option<u32>, body: BodyPlace) {
    w.str(r.id.as_str());
    w.str(&r.title);
    w.u8(u8::from(r.title_derived));
    write_date(w, r.date.as_ref());
    write_date(w, r.updated.as_ref());
    w.opt_str(r.source.as_deref());
    w.opt_str(r.section.as_deref());
    w.opt_str(r.author.as_deref());
    w.u32(member.unwrap_or(u32::MAX));
    w.opt_str(r.url.as_deref());
    w.strs(&r.tags);
    w.strs(&r.credits);
    write_outline(w, &r.outline);
    w.u32(r.origin.line.unwrap_or(0));
    w.u8(format_code(r.origin.format));
    w.u64(body.offset);
    w.u32(body.len);
}

/// Decodes a release read from the file at `path` whose members are
/// `members`, its body left in the cache `file`.
pub fn read_release(
    r: &mut Reader<'_>,
    path: &Arc<Path>,
    members: &[Arc<Member>],
    file: &Arc<BodyFile>,
) -> Result<Release, CodecError> {
    let at = r.position();
    let id = ReleaseId::from_stored(&r.str()?).ok_or(CodecError { at })?;
    let title = r.str()?;
    let title_derived = r.u8()? != 0;
    let date = read_date(r)?;
    let updated = read_date(r)?;
    let source = r.opt_str()?;
    let section = r.opt_str()?;
    let author = r.opt_str()?;
    let member = match r.u32()? {
        u32::MAX => None,
        i => Some(Arc::clone(
            members.get(i as usize).ok_or(CodecError { at })?,
        )),
    };
    let url = r.opt_str()?;
    let tags = r.strs()?;
    let credits = r.strs()?;
    let outline = read_outline(r)?;
    let line = r.u32()?;
    let code = r.u8()?;
    let format = format_from_code(code, r)?;
    let offset = r.u64()?;
    let len = r.u32()?;
    Ok(Release {
        id,
        title,
        title_derived,
        date,
        updated,
        source,
        section,
        author,
        member,
        url,
        tags,
        credits,
        outline,
        origin: Origin {
            path: Arc::clone(path),
            line: (line != 0).then_some(line),
            format,
        },
        body: BodyHandle::stored(Arc::clone(file), offset, len),
    })
}

/// Encodes a load problem (its path is the cache entry's).
pub fn write_problem(w: &mut Writer, p: &Problem) {
    w.u32(p.line.unwrap_or(0));
    w.u8(match p.severity {
        Severity::Skipped => 0,
        Severity::Repaired => 1,
    });
    w.str(&p.message);
}

/// Decodes a load problem for the file at `path`.
pub fn read_problem(r: &mut Reader<'_>, path: &Path) -> Result<Problem, CodecError> {
    let line = r.u32()?;
    let severity = match r.u8()? {
        0 => Severity::Skipped,
        1 => Severity::Repaired,
        _ => return Err(r.err()),
    };
    Ok(Problem {
        path: path.to_path_buf(),
        line: (line != 0).then_some(line),
        severity,
        message: r.str()?,
    })
}

/// Encodes sanitising counts.
pub fn write_stats(w: &mut Writer, s: &SanitizeStats) {
    w.u32(s.escape_sequences);
    w.u32(s.control_chars);
    w.u32(s.bidi_controls);
    w.u32(s.invisible);
}

/// Decodes sanitising counts.
pub fn read_stats(r: &mut Reader<'_>) -> Result<SanitizeStats, CodecError> {
    Ok(SanitizeStats {
        escape_sequences: r.u32()?,
        control_chars: r.u32()?,
        bidi_controls: r.u32()?,
        invisible: r.u32()?,
    })
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// Every demo release encoded: its bodies in a file of their own, then
    /// its metadata, as the cache lays them out, and the members it names.
    fn encoded() -> (Vec<Release>, Arc<BodyFile>, Vec<u8>, Vec<Arc<Member>>) {
        let corpus = crate::corpus::demo::load();
        let mut bodies = Writer::default();
        let mut meta = Writer::default();
        let mut members: Vec<Arc<Member>> = Vec::new();
        for release in &corpus.releases {
            let offset = 4 + bodies.bytes.len() as u64;
            write_body(&mut bodies, &release.body());
            let len = (4 + bodies.bytes.len() as u64 - offset) as u32;
            let member = release.member.as_ref().map(|m| {
                members.push(Arc::clone(m));
                members.len() as u32 - 1
            });
            write_release(&mut meta, release, member, BodyPlace { offset, len });
        }
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(b"head").unwrap();
        file.write_all(&bodies.bytes).unwrap();
        let file = Arc::new(BodyFile::new(file));
        (corpus.releases, file, meta.bytes, members)
    }

    #[test]
    fn every_demo_release_round_trips() {
        let (releases, file, meta, members) = encoded();
        assert!(!members.is_empty());
        let mut r = Reader::new(&meta);
        for release in &releases {
            let back = read_release(&mut r, &release.origin.path, &members, &file).unwrap();
            assert_eq!(&back, release);
        }
        assert!(r.is_done());
        let mut w = Writer::default();
        write_member(&mut w, &members[0]);
        assert_eq!(
            read_member(&mut Reader::new(&w.bytes)).unwrap(),
            *members[0]
        );
    }

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

    #[test]
    fn truncated_or_garbage_bytes_are_errors_not_panics() {
        let (releases, file, meta, members) = encoded();
        let path: Arc<Path> = Arc::from(Path::new("x"));
        let read = |bytes: &[u8]| read_release(&mut Reader::new(bytes), &path, &members, &file);
        let mut one = Reader::new(&meta);
        read_release(&mut one, &path, &members, &file).unwrap();
        let first = &meta[..one.position()];
        for cut in 0..first.len() {
            assert!(read(&first[..cut]).is_err());
        }
        let mut r = Reader::new(&meta);
        for release in &releases {
            let from = r.position();
            read_release(&mut r, &path, &members, &file).unwrap();
            let bytes = &meta[from..r.position()];
            let without_members = read_release(&mut Reader::new(bytes), &path, &[], &file);
            assert_eq!(without_members.is_err(), release.member.is_some());
        }
        let mut body = Writer::default();
        write_body(&mut body, &releases[0].body());
        for cut in 0..body.bytes.len() {
            assert!(read_body(&mut Reader::new(&body.bytes[..cut])).is_err());
        }
        let garbage: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let _ = read(&garbage);
        let _ = read_body(&mut Reader::new(&garbage));
    }
}
