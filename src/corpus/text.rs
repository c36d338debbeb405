//! Plain-text releases: optional header lines, then the body.

use super::Draft;

/// Parses a sanitised plain-text document into a draft release.
pub fn parse(text: &str) -> Draft {
    let _ = text;
    Draft::default()
}
