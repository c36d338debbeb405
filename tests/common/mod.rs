//! Helpers shared by integration tests.

use std::path::PathBuf;

/// The shared real corpus beside the repository, or `None` (with a message
/// saying the test is skipped) when it is absent, as on a user's clone.
pub fn shared_corpus(test: &str) -> Option<PathBuf> {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!(
            "skipped {test}: ../shared/corpus not found (it is only beside CI and development clones)"
        );
        None
    }
}
