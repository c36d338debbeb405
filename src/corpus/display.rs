//! Short, one-line forms of a release's parts for lists and messages: who
//! published it, and the first words of a passage.

use super::Release;
use super::sanitize::{collapse_whitespace, for_display};

/// How many characters of a passage an excerpt keeps.
const EXCERPT_CHARS: usize = 60;

/// Who published a release: the member's office for congressional releases
/// ("Sen. Ruth Alvarez (D-NM)"), else the publisher, else "-".
pub fn source_label(release: &Release) -> String {
    if let Some(member) = &release.member {
        let title = match member.chamber.as_deref() {
            Some(c) if c.eq_ignore_ascii_case("senate") => "Sen. ",
            Some(c) if c.eq_ignore_ascii_case("house") => "Rep. ",
            _ => "",
        };
        let party = member.party.as_deref().and_then(|p| p.chars().next());
        return match (party, member.state.as_deref()) {
            (Some(p), Some(s)) => format!("{title}{} ({p}-{s})", member.name),
            _ => format!("{title}{}", member.name),
        };
    }
    release.source.clone().unwrap_or_else(|| "-".to_string())
}

/// The first characters of a passage, on one line and safe for the
/// terminal (bookmarks files can be edited by hand), with `…` when cut.
pub fn excerpt(text: &str) -> String {
    let safe = for_display(text);
    let flat = collapse_whitespace(&safe);
    if flat.chars().count() <= EXCERPT_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(EXCERPT_CHARS).collect();
    format!("{}…", cut.trim_end())
}
