//! The cache file that stored release bodies are read from.

use std::fmt;
use std::fs::File;
use std::io;

use crate::corpus::BodyStore;

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
}

impl BodyStore for BodyFile {
    fn read(&self, at: u64, len: usize) -> io::Result<Vec<u8>> {
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
