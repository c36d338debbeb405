//! The cache file that stored release bodies are read from, and how a
//! body found damaged there is made again from the file it came from.

use std::fmt;
use std::fs::{self, File};
use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use super::stamp::Stamp;
use crate::corpus::parse::{format_from_extension, parse_file};
use crate::corpus::{Body, BodyStore};

/// The cache file that stored bodies are read from. Reads go by offset on
/// one open handle, so the file may be replaced on disk (a newer cache
/// renamed over it) without disturbing the bodies already handed out.
pub struct BodyFile {
    file: File,
    /// Where each stored body came from, to parse it again.
    sources: Mutex<Sources>,
}

/// A source file whose releases' bodies are stored in a [`BodyFile`].
struct Source {
    path: Arc<Path>,
    /// The key naming the file in ids.
    key: String,
    /// The file as it was parsed: a changed file no longer holds the body.
    stamp: Stamp,
}

/// Every stored body's source file and its place among that file's
/// releases, by the body's offset.
#[derive(Default)]
struct Sources {
    files: Vec<Source>,
    /// (offset, file, release index), sorted by offset when `sorted`.
    bodies: Vec<(u64, u32, u32)>,
    sorted: bool,
}

impl BodyFile {
    /// Bodies stored in `file`.
    pub fn new(file: File) -> BodyFile {
        BodyFile {
            file,
            sources: Mutex::new(Sources::default()),
        }
    }

    /// Records that the bodies at `offsets` are those of the releases of
    /// the file at `path` (named `key` in ids, stamped `stamp`), in order.
    pub fn register(
        &self,
        path: &Arc<Path>,
        key: &str,
        stamp: Stamp,
        offsets: impl Iterator<Item = u64>,
    ) {
        let mut sources = self.sources.lock().unwrap_or_else(PoisonError::into_inner);
        let file = sources.files.len() as u32;
        sources.files.push(Source {
            path: Arc::clone(path),
            key: key.to_string(),
            stamp,
        });
        let before = sources.bodies.len();
        sources
            .bodies
            .extend(offsets.enumerate().map(|(i, at)| (at, file, i as u32)));
        if sources.bodies.len() > before {
            sources.sorted = false;
        }
    }

    /// The source file and release index of the body stored at `at`.
    fn source_of(&self, at: u64) -> Option<(Arc<Path>, String, Stamp, usize)> {
        let mut sources = self.sources.lock().unwrap_or_else(PoisonError::into_inner);
        if !sources.sorted {
            sources.bodies.sort_unstable();
            sources.sorted = true;
        }
        let found = sources.bodies.binary_search_by_key(&at, |b| b.0).ok()?;
        let (_, file, index) = sources.bodies[found];
        let source = sources.files.get(file as usize)?;
        Some((
            Arc::clone(&source.path),
            source.key.clone(),
            source.stamp,
            index as usize,
        ))
    }

    /// Reads `len` bytes at `at` into `buffer`, reusing its memory: many
    /// reads through one buffer touch no fresh pages.
    pub fn read_into(&self, at: u64, len: usize, buffer: &mut Vec<u8>) -> io::Result<()> {
        buffer.resize(len, 0);
        read_exact_at(&self.file, buffer, at)
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
}

impl BodyStore for BodyFile {
    fn read(&self, at: u64, len: usize) -> io::Result<Vec<u8>> {
        let mut buf = vec![0; len];
        read_exact_at(&self.file, &mut buf, at)?;
        Ok(buf)
    }

    fn recover(&self, at: u64) -> Option<Body> {
        let (path, key, stamp, index) = self.source_of(at)?;
        if Stamp::of(&path) != Some(stamp) {
            return None;
        }
        let bytes = fs::read(&path).ok()?;
        let parsed = parse_file(&path, &key, &bytes, format_from_extension(&path));
        let release = parsed.releases.get(index)?;
        Some(Body::clone(&release.read_body()))
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
