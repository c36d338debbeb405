//! Bookmarks out of readout: Markdown citations to paste into notes, plain
//! text exactly as the reader's `y` copies a passage, and JSON for scripts.
//! All are safe to print to a terminal; all cite with
//! [`Citation`](crate::corpus::display::Citation).

use super::model::{Bookmark, PARAGRAPH_BREAK};
use crate::corpus::sanitize::{for_display, for_display_multiline, terminal_safe_json};

/// One Markdown citation per bookmark, separated by rules: the passage
/// quoted, the speaker, then the release's title, source, date and URL,
/// then the note.
pub fn to_markdown(bookmarks: &[Bookmark]) -> String {
    let citations: Vec<String> = bookmarks.iter().map(citation).collect();
    citations.join("\n---\n\n")
}

/// Each bookmark's passage with its citation line under it, as the
/// reader's `y` copies it, the bookmarks separated by a blank line.
pub fn to_text(bookmarks: &[Bookmark]) -> String {
    bookmarks
        .iter()
        .map(|b| b.citation().with_passage(&b.passage) + "\n")
        .collect::<Vec<_>>()
        .join("\n")
}

/// A pretty-printed JSON array of the bookmarks, with a final newline.
pub fn to_json(bookmarks: &[Bookmark]) -> String {
    let json = serde_json::to_string_pretty(bookmarks).unwrap_or_else(|_| "[]".to_string());
    terminal_safe_json(&json).into_owned() + "\n"
}

fn citation(b: &Bookmark) -> String {
    let mut out = String::new();
    for (i, paragraph) in b.passage.split(PARAGRAPH_BREAK).enumerate() {
        if i > 0 {
            out.push_str(">\n");
        }
        for line in paragraph.lines() {
            out.push_str("> ");
            out.push_str(&escape_line(&for_display(line)));
            out.push('\n');
        }
    }
    let citation = b.citation();
    if let Some(speaker) = &citation.speaker {
        out.push_str(">\n> — ");
        out.push_str(&escape_inline(&for_display(speaker)));
        out.push('\n');
    }
    out.push('\n');
    let mut parts = vec![format!(
        "*{}*",
        escape_inline(&for_display(&citation.title))
    )];
    parts.extend(
        [&citation.source, &citation.date]
            .into_iter()
            .flatten()
            .map(|s| escape_inline(&for_display(s))),
    );
    let mut cite = parts.join(", ");
    if let Some(url) = &citation.url {
        let url = for_display(url);
        if url.contains(|c: char| c.is_whitespace() || c == '<' || c == '>') {
            cite.push_str(&format!(", {}", escape_inline(&url)));
        } else {
            cite.push_str(&format!(", <{url}>"));
        }
    }
    out.push_str(&cite);
    out.push('\n');
    let note = for_display_multiline(b.note.trim());
    if !note.is_empty() {
        let lines: Vec<String> = note.lines().map(escape_line).collect();
        out.push_str(&format!("\nNote: {}\n", lines.join("  \n")));
    }
    out
}

/// Escapes Markdown's inline punctuation so text shows as written.
fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Like [`escape_inline`], and also keeps a line from starting a heading,
/// list or rule.
fn escape_line(line: &str) -> String {
    let escaped = escape_inline(line);
    if escaped.starts_with(['#', '-', '+', '=', '|']) {
        return format!("\\{escaped}");
    }
    let digits = escaped.len()
        - escaped
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    if digits > 0 && escaped[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &escaped[..digits], &escaped[digits..]);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_would_be_markdown_syntax_are_escaped() {
        assert_eq!(escape_line("# not a heading"), "\\# not a heading");
        assert_eq!(escape_line("- not a list"), "\\- not a list");
        assert_eq!(escape_line("1. not a list"), "1\\. not a list");
        assert_eq!(escape_line("a *b* [c]"), "a \\*b\\* \\[c\\]");
        assert_eq!(escape_line("2026 was"), "2026 was");
    }

    #[test]
    fn json_never_carries_terminal_controls() {
        let json = serde_json::to_string("a\u{9b}b\u{202e}c\u{1b}d").unwrap();
        let safe = terminal_safe_json(&json);
        assert_eq!(safe, r#""a\u009bb\u202ec\u001bd""#);
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "a\u{9b}b\u{202e}c\u{1b}d");
    }
}
