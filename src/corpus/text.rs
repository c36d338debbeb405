//! Plain-text releases: optional header lines (section, timestamp, title, an
//! `Updated …` line, source), then the body.
//!
//! The header is recognised by structure, not by publisher: it is the run of
//! short lines before the first sentence-like line, and each line is classed
//! by what it looks like (a date, an "Updated" stamp, a `Key: value` pair, a
//! byline) and where it stands relative to the title.

use super::date::ReleaseDate;
use super::{Block, Draft, Paragraph, Span, SpanStyle, html, linebreaks};

/// Header lines longer than this (in characters) are body, not header.
const MAX_HEADER_LINE: usize = 200;
/// At most this many non-empty lines are considered for the header.
const MAX_HEADER_LINES: usize = 10;
/// Blocks with more lines than this are body, not header.
const MAX_HEADER_BLOCK: usize = 4;
/// Lines longer than this (in characters) are treated as whole paragraphs
/// even without blank lines between them.
const LONG_LINE: usize = 100;

/// Parses a sanitised plain-text document into a draft release.
pub fn parse(text: &str) -> Draft {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let (mut draft, body_start) = parse_header(&lines);
    draft.paragraphs = body_paragraphs(&lines[body_start..].join("\n"));
    draft
}

/// A header line's role, once classified.
enum HeaderLine<'a> {
    Date(&'a str),
    Updated(&'a str),
    Author(&'a str),
    Url(&'a str),
    Field(&'a str, &'a str),
    Other(&'a str),
}

fn classify_header_line(line: &str) -> HeaderLine<'_> {
    let lower = line.to_ascii_lowercase();
    for prefix in ["updated", "last updated", "update"] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            let rest = &line[line.len() - rest.len()..];
            let rest = rest.trim_start_matches([':', ' ', '-']);
            if ReleaseDate::parse(rest).is_some() {
                return HeaderLine::Updated(rest);
            }
        }
    }
    if ReleaseDate::parse(line).is_some() {
        return HeaderLine::Date(line);
    }
    if let Some(by) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    {
        return HeaderLine::Author(by.trim());
    }
    if (lower.starts_with("http://") || lower.starts_with("https://")) && !line.contains(' ') {
        return HeaderLine::Url(line);
    }
    if let Some((key, value)) = line.split_once(':') {
        let key_lower = key.trim().to_ascii_lowercase();
        const KEYS: &[&str] = &[
            "title",
            "headline",
            "date",
            "published",
            "source",
            "publisher",
            "section",
            "category",
            "author",
            "by",
            "url",
            "link",
            "tags",
            "updated",
        ];
        if KEYS.contains(&key_lower.as_str()) && !value.trim().is_empty() {
            return HeaderLine::Field(key.trim(), value.trim());
        }
    }
    HeaderLine::Other(line)
}

/// True for a line that reads as running text rather than a header: it ends
/// like a sentence or is long.
fn is_body_like(line: &str) -> bool {
    let t = line.trim();
    let ends_sentence =
        t.ends_with('.') || t.ends_with('。') || t.ends_with(".”") || t.ends_with(".\"");
    (ends_sentence && t.split_whitespace().count() > 3) || t.chars().count() > MAX_HEADER_LINE
}

/// Splits leading header lines off a document. Returns the draft with header
/// fields filled and the index of the first body line.
fn parse_header(lines: &[&str]) -> (Draft, usize) {
    let mut draft = Draft::default();
    let mut header: Vec<(usize, HeaderLine<'_>)> = Vec::new();
    let mut body_start = 0;
    let mut block_starts = Vec::new();
    let mut i = 0;
    // The header is the run of leading blocks (separated by blank lines) made
    // only of short, standalone lines; a block that ends like a sentence is a
    // paragraph, hard-wrapped or not.
    while i < lines.len() && header.len() < MAX_HEADER_LINES {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let block_end = lines[i..]
            .iter()
            .position(|l| l.trim().is_empty())
            .map_or(lines.len(), |n| i + n);
        let block = &lines[i..block_end];
        if block.len() > MAX_HEADER_BLOCK || block.iter().any(|l| is_body_like(l)) {
            break;
        }
        header.extend((i..block_end).map(|n| (n, classify_header_line(lines[n].trim()))));
        block_starts.push(i);
        body_start = block_end;
        i = block_end;
    }
    // Short blocks all the way down under a dated or keyed header: the last
    // block is the body (a one-line release), not more header.
    if body_start >= lines.len()
        && block_starts.len() > 1
        && let Some(&last) = block_starts.last()
        && header.iter().any(|(n, h)| {
            *n < last
                && matches!(
                    h,
                    HeaderLine::Date(_) | HeaderLine::Updated(_) | HeaderLine::Field(..)
                )
        })
    {
        header.retain(|(n, _)| *n < last);
        body_start = last;
    }
    let has_date = header.iter().any(|(_, h)| {
        matches!(
            h,
            HeaderLine::Date(_) | HeaderLine::Updated(_) | HeaderLine::Field(..)
        )
    });
    let others: Vec<&str> = header
        .iter()
        .filter_map(|(_, h)| match h {
            HeaderLine::Other(t) => Some(*t),
            _ => None,
        })
        .collect();
    // Without a date or a field, a run of short lines is only a header when
    // a body follows and one line is clearly a headline.
    let title_candidate = others
        .iter()
        .enumerate()
        .max_by_key(|(i, t)| (t.split_whitespace().count(), usize::MAX - i))
        .filter(|(_, t)| t.split_whitespace().count() >= 3)
        .map(|(i, _)| i);
    let is_header = body_start < lines.len()
        && !header.is_empty()
        && (has_date || (title_candidate.is_some() && others.len() <= 3));
    if !is_header {
        return (draft, 0);
    }
    let mut title_seen = false;
    let mut other_index = 0;
    for (_, line) in &header {
        match line {
            HeaderLine::Date(d) => set_once(&mut draft.date, d),
            HeaderLine::Updated(d) => set_once(&mut draft.updated, d),
            HeaderLine::Author(a) => set_once(&mut draft.author, a),
            HeaderLine::Url(u) => set_once(&mut draft.url, u),
            HeaderLine::Field(key, value) => match key.to_ascii_lowercase().as_str() {
                "title" | "headline" => set_once(&mut draft.title, value),
                "date" | "published" => set_once(&mut draft.date, value),
                "updated" => set_once(&mut draft.updated, value),
                "source" | "publisher" => set_once(&mut draft.source, value),
                "section" | "category" => set_once(&mut draft.section, value),
                "author" | "by" => set_once(&mut draft.author, value),
                "url" | "link" => set_once(&mut draft.url, value),
                "tags" => draft.tags.extend(
                    value
                        .split(',')
                        .map(|t| t.trim().to_string())
                        .filter(|t| !t.is_empty()),
                ),
                _ => {}
            },
            HeaderLine::Other(t) => {
                let index = other_index;
                other_index += 1;
                if draft.title.is_none() && Some(index) == title_candidate {
                    draft.title = Some(t.to_string());
                    title_seen = true;
                } else if !title_seen && draft.title.is_none() {
                    set_once(&mut draft.section, t);
                } else if t.split_whitespace().count() <= 6 {
                    set_once(&mut draft.source, t);
                }
            }
        }
    }
    (draft, body_start)
}

fn set_once(field: &mut Option<String>, value: &str) {
    if field.is_none() {
        *field = Some(value.to_string());
    }
}

/// True for a line that starts a list item: `- `, `* `, `• `, `1. `, `a) `.
fn list_marker_len(line: &str) -> Option<usize> {
    let t = line.trim_start();
    let indent = line.len() - t.len();
    for bullet in ["- ", "* ", "• ", "◦ ", "▪ ", "· ", "– "] {
        if t.starts_with(bullet) {
            return Some(indent + bullet.len());
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits)
        && matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
        && t.as_bytes().get(digits + 1) == Some(&b' ')
    {
        return Some(indent + digits + 2);
    }
    None
}

/// True when `block` carries HTML markup worth converting.
fn looks_like_html(block: &str) -> bool {
    let lower = block.to_ascii_lowercase();
    [
        "<p>", "<p ", "</p>", "<br", "<table", "<div", "<ul>", "<li>", "</a>", "<strong>", "<em>",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

/// Splits a plain-text body into paragraphs: blank lines separate paragraphs;
/// inside a block, hard-wrapped lines are re-joined, list items and long
/// lines stand alone; stray HTML is converted.
pub fn body_paragraphs(body: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let has_blank_lines = body.trim().contains("\n\n") || body.trim().contains("\n \n");
    let limit = linebreaks::wrap_limit(body);
    for block in split_blocks(body) {
        if looks_like_html(&block) {
            out.extend(html::to_paragraphs(&block));
            continue;
        }
        let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
        let long_lines = lines
            .iter()
            .filter(|l| l.chars().count() > LONG_LINE)
            .count();
        // Without blank lines anywhere, every line is a paragraph; with them,
        // a block of mostly long lines is a run of one-line paragraphs.
        let one_per_line = !has_blank_lines || (lines.len() > 1 && long_lines * 2 > lines.len());
        let mut current = String::new();
        let mut current_block = Block::Body;
        // The line before, whose break may have been meant.
        let mut previous: Option<&str> = None;
        let flush = |current: &mut String, block: Block, out: &mut Vec<Paragraph>| {
            if !current.trim().is_empty() {
                out.push(Paragraph::with_block(current.trim().to_string(), block));
            }
            current.clear();
        };
        for line in lines {
            if let Some(marker) = list_marker_len(line) {
                flush(&mut current, current_block, &mut out);
                let depth = ((line.len() - line.trim_start().len()) / 2).min(8) as u8;
                current_block = Block::ListItem { depth };
                current.push_str(line[marker..].trim());
                previous = Some(line);
                continue;
            }
            if one_per_line {
                flush(&mut current, current_block, &mut out);
                current_block = Block::Body;
                current.push_str(line.trim());
                flush(&mut current, current_block, &mut out);
                continue;
            }
            if !current.is_empty() {
                let meant =
                    previous.is_some_and(|before| linebreaks::is_meant(before, line, limit));
                if meant && current_block == Block::Body {
                    flush(&mut current, current_block, &mut out);
                } else {
                    current.push(' ');
                }
            }
            current.push_str(line.trim());
            previous = Some(line);
        }
        flush(&mut current, current_block, &mut out);
    }
    out.retain(|p| !is_rule(&p.text));
    for p in &mut out {
        if p.block != Block::Preformatted && p.spans.is_empty() {
            let (text, spans) = strip_residue(&super::sanitize::collapse_whitespace(&p.text));
            p.text = text;
            p.spans = spans;
        }
    }
    out
}

/// True for a paragraph that is only a horizontal rule (`***`, `- - -`, `___`).
fn is_rule(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3
        && ['*', '-', '_', '=', '~']
            .iter()
            .any(|&c| compact.chars().all(|x| x == c))
}

/// Removes Markdown residue that scrapers leave in plain text: backslash
/// escapes (`\"`) lose their backslash, and `**bold**` / `__bold__` become
/// Strong spans. Unpaired markers are dropped.
pub fn strip_residue(text: &str) -> (String, Vec<Span>) {
    if !text.contains('\\') && !text.contains("**") && !text.contains("__") {
        return (text.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut markers = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|(_, n)| n.is_ascii_punctuation()) => {
                if let Some((_, n)) = chars.next() {
                    out.push(n);
                }
            }
            '*' | '_' if chars.peek().is_some_and(|(_, n)| *n == c) => {
                while chars.peek().is_some_and(|(_, n)| *n == c) {
                    chars.next();
                }
                markers.push(out.len());
            }
            _ => out.push(c),
        }
    }
    let spans = markers
        .chunks_exact(2)
        .filter(|pair| pair[0] < pair[1])
        .map(|pair| Span {
            start: pair[0] as u32,
            end: pair[1] as u32,
            style: SpanStyle::Strong,
        })
        .collect();
    (out, spans)
}

/// Splits text into blocks separated by blank (or whitespace-only) lines.
fn split_blocks(body: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE_STORY: &str = "World\n2024.03.05 09:12 GMT+1\n\nHarbour city opens new ferry line: mayor\n\nUpdated 2024.03.05 11:40 GMT+1\nExample News\n\nThe mayor opened a ferry line on Tuesday, officials said.\n\n\"It links two shores,\" the mayor said. \n\n(With input from agencies)\n\nCopyright © \n\nRELATED STORIES";

    #[test]
    fn a_wire_story_header_is_split_into_fields() {
        let d = parse(WIRE_STORY);
        assert_eq!(d.section.as_deref(), Some("World"));
        assert_eq!(d.date.as_deref(), Some("2024.03.05 09:12 GMT+1"));
        assert_eq!(
            d.title.as_deref(),
            Some("Harbour city opens new ferry line: mayor")
        );
        assert_eq!(d.updated.as_deref(), Some("2024.03.05 11:40 GMT+1"));
        assert_eq!(d.source.as_deref(), Some("Example News"));
        assert_eq!(
            d.paragraphs[0].text,
            "The mayor opened a ferry line on Tuesday, officials said."
        );
        assert_eq!(
            d.paragraphs.len(),
            5,
            "credits and boilerplate are removed later, by finish"
        );
    }

    #[test]
    fn a_body_only_release_has_no_header() {
        let d = parse(
            "The minister spoke with her counterpart on 4 June.\nThey agreed on many things.\nBoth sides were pleased.",
        );
        assert!(d.title.is_none() && d.date.is_none());
        assert_eq!(
            d.paragraphs.len(),
            3,
            "without blank lines each line is a paragraph"
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_rejoined() {
        let d =
            parse("First line of a\nwrapped paragraph.\n\nSecond paragraph\nalso wrapped here.");
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.paragraphs[0].text, "First line of a wrapped paragraph.");
    }

    #[test]
    fn a_letterhead_keeps_its_lines() {
        let paragraphs = body_paragraphs(
            "The governor spoke to reporters on Tuesday about the fires that have burned since June.\n\nOffice of Governor Ann Roe\nWildfire Update",
        );
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts[1..],
            ["Office of Governor Ann Roe", "Wildfire Update"]
        );
    }

    #[test]
    fn list_items_stand_alone() {
        let d = parse("Intro text follows here.\n\n- one item\n- two\n  - nested\n1. numbered");
        let blocks: Vec<Block> = d.paragraphs.iter().map(|p| p.block).collect();
        assert_eq!(
            blocks,
            vec![
                Block::Body,
                Block::ListItem { depth: 0 },
                Block::ListItem { depth: 0 },
                Block::ListItem { depth: 1 },
                Block::ListItem { depth: 0 }
            ]
        );
        assert_eq!(d.paragraphs[3].text, "nested");
    }

    #[test]
    fn markdown_residue_in_plain_text_is_cleaned() {
        let d = parse(
            "The A \\\"quoted\\\" word is here.\n\n***\n\n**Note: times redacted.** Then text.",
        );
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.paragraphs[0].text, "The A \"quoted\" word is here.");
        let p = &d.paragraphs[1];
        assert_eq!(p.text, "Note: times redacted. Then text.");
        assert_eq!(
            p.spans,
            vec![Span {
                start: 0,
                end: 21,
                style: SpanStyle::Strong
            }]
        );
    }

    #[test]
    fn a_short_body_under_a_header_is_body() {
        let d = parse("Title: Alpha harbor release\nDate: 2024-01-02\n\nAlpha body.\n");
        assert_eq!(d.title.as_deref(), Some("Alpha harbor release"));
        assert_eq!(d.date.as_deref(), Some("2024-01-02"));
        assert_eq!(d.paragraphs.len(), 1);
        assert_eq!(d.paragraphs[0].text, "Alpha body.");
    }

    #[test]
    fn key_value_headers_are_read() {
        let d = parse(
            "Title: Council approves budget\nDate: March 3, 2022\nSource: City Hall\n\nThe council voted today on the budget.",
        );
        assert_eq!(d.title.as_deref(), Some("Council approves budget"));
        assert_eq!(d.date.as_deref(), Some("March 3, 2022"));
        assert_eq!(d.source.as_deref(), Some("City Hall"));
        assert_eq!(d.paragraphs.len(), 1);
    }

    #[test]
    fn long_unbroken_lines_are_paragraphs_even_with_blank_lines_elsewhere() {
        let long = "word ".repeat(30);
        let d = parse(&format!("{long}\n{long}\n\n{long}"));
        assert_eq!(d.paragraphs.len(), 3);
    }
}
