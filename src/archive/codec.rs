//! The cache's records besides bodies: a parsed file's releases (their
//! metadata, and where each body is), members, problems and statistics.
//! Bodies themselves are encoded by [`crate::corpus::encoding`]. Every read is
//! bounds-checked, so a damaged cache is an error, never a panic.

use std::path::Path;
use std::sync::Arc;

use crate::corpus::date::ReleaseDate;
use crate::corpus::encoding::{CodecError, Reader, Writer};
use crate::corpus::report::{Problem, Severity};
use crate::corpus::sanitize::SanitizeStats;
use crate::corpus::{BodyHandle, BodyStore, Format, Member, Origin, Outline, Release, ReleaseId};

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
    // Values a parsed date never has: the cache was damaged or edited.
    let valid = (month <= 12 && day <= 31)
        && time.is_none_or(|(h, m)| h < 24 && m < 60)
        && (offset == u32::MAX || (offset as i32).unsigned_abs() <= 24 * 60);
    if !valid {
        return Err(r.err());
    }
    Ok(Some(ReleaseDate {
        year: (year != u32::MAX).then_some(year as i32),
        month: (month != 0).then_some(month),
        day: (day != 0).then_some(day),
        time,
        utc_offset_minutes: (offset != u32::MAX).then_some(offset as i32 as i16),
        written: r.str()?,
    }))
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
    file: &Arc<dyn BodyStore>,
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
    use super::*;
    use crate::corpus::encoding::{read_body, write_body};
    use crate::corpus::handle::BytesStore;

    /// Every demo release, the store of their encoded bodies, their encoded
    /// metadata (as the cache lays them out) and the members they name.
    type Encoded = (Vec<Release>, Arc<dyn BodyStore>, Vec<u8>, Vec<Arc<Member>>);

    /// Every demo release encoded: its bodies in a store of their own, then
    /// its metadata, as the cache lays them out, and the members it names.
    fn encoded() -> Encoded {
        let corpus = crate::corpus::demo::load();
        let mut bodies = Writer::default();
        let mut meta = Writer::default();
        let mut members: Vec<Arc<Member>> = Vec::new();
        for release in &corpus.releases {
            let offset = 4 + bodies.bytes.len() as u64;
            let mut encoded = Writer::default();
            write_body(&mut encoded, &release.read_body());
            crate::corpus::encoding::write_sealed(&mut bodies, &encoded.bytes);
            let len = (4 + bodies.bytes.len() as u64 - offset) as u32;
            let member = release.member.as_ref().map(|m| {
                members.push(Arc::clone(m));
                members.len() as u32 - 1
            });
            write_release(&mut meta, release, member, BodyPlace { offset, len });
        }
        let mut stored = b"head".to_vec();
        stored.extend_from_slice(&bodies.bytes);
        let file: Arc<dyn BodyStore> = Arc::new(BytesStore(stored));
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
        write_body(&mut body, &releases[0].read_body());
        for cut in 0..body.bytes.len() {
            assert!(read_body(&mut Reader::new(&body.bytes[..cut])).is_err());
        }
        let garbage: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let _ = read(&garbage);
        let _ = read_body(&mut Reader::new(&garbage));
    }

    #[test]
    fn impossible_dates_are_damage_not_panics() {
        let date = |month: u8, day: u8, time: Option<(u8, u8)>| ReleaseDate {
            year: Some(2024),
            month: Some(month),
            day: Some(day),
            time,
            utc_offset_minutes: None,
            written: "then".into(),
        };
        let round_trip = |d: &ReleaseDate| {
            let mut w = Writer::default();
            write_date(&mut w, Some(d));
            read_date(&mut Reader::new(&w.bytes))
        };
        assert!(round_trip(&date(12, 31, Some((23, 59)))).is_ok());
        assert!(round_trip(&date(13, 1, None)).is_err(), "month 13");
        assert!(round_trip(&date(1, 32, None)).is_err());
        assert!(round_trip(&date(1, 1, Some((24, 0)))).is_err());
    }
}
