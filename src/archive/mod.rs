//! The disk: walking the folders of an archive, loading them with progress
//! through the cache of parsed files, and the files readout keeps — the
//! cache, the bookmark and reading stores — written so that nothing is ever
//! half-written. Parsing itself is [`crate::corpus`]'s, which never touches
//! the disk.

pub mod atomic;
pub mod body_file;
pub mod cache;
pub mod clock;
pub mod codec;
pub mod load;
pub mod persist;
pub mod stamp;
pub mod walk;

pub use load::{Progress, describe_progress, load, load_cached, load_with_progress};

/// Writes the demo corpus's files into `dir`, as an archive on disk (tests
/// that need files, a cache or a saved index).
#[cfg(test)]
pub(crate) fn write_demo(dir: &std::path::Path) {
    for (name, bytes) in crate::corpus::demo::FILES {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a folder for the demo");
        }
        std::fs::write(path, bytes).expect("a demo file written");
    }
}
