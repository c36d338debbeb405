//! A release laid out for the reading pane: header, wrapped paragraphs,
//! quotations styled with their speaker, search hits highlighted. Built once
//! per release, width and search, then scrolled through.

use ratatui::style::{Modifier, Style};
use ratatui::text::Span;

use super::theme::Theme;
use super::wrap::{self, Piece};
use crate::corpus::sanitize::for_display;
use crate::corpus::{Block, Body, Paragraph, Release, SpanStyle, TextPos};
use crate::search::find::Found;

/// How far after a quotation the text is searched for its speaker's name
/// before a `— Speaker` label is added.
const ATTRIBUTION_REACH: usize = 80;

/// One line of the laid-out release.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DocLine {
    /// Styled text of the line (no gutter).
    pub spans: Vec<Span<'static>>,
    /// The body paragraph the line belongs to, if any.
    pub paragraph: Option<usize>,
    /// True when the line shows part of a bookmarked passage.
    pub bookmarked: bool,
    /// Byte offset in that paragraph of the line's first character.
    pub source: Option<usize>,
}

/// What the layout depends on: when this changes, the doc is rebuilt.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocKey {
    /// Index of the release in the corpus.
    pub release: u32,
    /// Text width in columns.
    pub width: u16,
    /// The search text.
    pub search: String,
    /// The current search hit.
    pub current: Option<usize>,
    /// Changes whenever bookmarks change.
    pub marks_version: u64,
}

/// A laid-out release.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// What it was built from.
    pub key: DocKey,
    /// Its lines.
    pub lines: Vec<DocLine>,
}

impl Doc {
    /// The line showing `offset` of `paragraph` (the paragraph's first line
    /// when the offset is before it).
    pub fn line_of(&self, paragraph: usize, offset: usize) -> Option<usize> {
        let mut found = None;
        for (i, line) in self.lines.iter().enumerate() {
            if line.paragraph == Some(paragraph) {
                if found.is_none() || line.source.is_some_and(|s| s <= offset) {
                    found = Some(i);
                }
            } else if found.is_some() {
                break;
            }
        }
        found
    }

    /// The first line of `paragraph`.
    pub fn first_line_of(&self, paragraph: usize) -> Option<usize> {
        self.lines
            .iter()
            .position(|l| l.paragraph == Some(paragraph))
    }
}

/// What to highlight besides the release's own styles.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks<'a> {
    /// Search hits.
    pub hits: &'a [Found],
    /// Index into `hits` of the current hit.
    pub current: Option<usize>,
    /// Bookmarked passages.
    pub bookmarks: &'a [(TextPos, TextPos)],
    /// The passage being selected, or just jumped to.
    pub selection: Option<(TextPos, TextPos)>,
    /// Extra header lines (near-duplicates).
    pub notes: &'a [String],
}

/// A styled byte range of one paragraph.
struct Layer {
    start: usize,
    end: usize,
    style: Style,
}

/// Lays out `release`, whose body is `body`, for a pane `width` columns wide.
pub fn build(
    release: &Release,
    body: &Body,
    width: usize,
    theme: &Theme,
    marks: Marks<'_>,
) -> Vec<DocLine> {
    let width = width.max(4);
    let mut lines = Vec::new();
    header(release, body, width, theme, &mut lines);
    for note in marks.notes {
        let rule = lines.pop();
        push_wrapped(&mut lines, note, theme.speaker, width);
        lines.extend(rule);
    }
    for (index, paragraph) in body.paragraphs.iter().enumerate() {
        lines.push(DocLine::default());
        body_paragraph(body, index, paragraph, width, theme, marks, &mut lines);
    }
    if !body.trailer.is_empty() {
        lines.push(DocLine::default());
        lines.push(plain_line("───", theme.dim));
        for t in &body.trailer {
            push_wrapped(&mut lines, t, theme.dim, width);
        }
    }
    lines
}

fn plain_line(text: &str, style: Style) -> DocLine {
    DocLine {
        spans: vec![Span::styled(text.to_string(), style)],
        ..DocLine::default()
    }
}

/// Adds `text` wrapped to `width` in one style, as header lines.
fn push_wrapped(lines: &mut Vec<DocLine>, text: &str, style: Style, width: usize) {
    let text = for_display(text);
    let piece = [Piece {
        text: &text,
        style,
        source: None,
    }];
    lines.extend(wrap::wrap(&piece, width).into_iter().map(|l| DocLine {
        spans: l.spans,
        ..DocLine::default()
    }));
}

/// Title, date, source, section, author, URL and credits.
fn header(release: &Release, body: &Body, width: usize, theme: &Theme, lines: &mut Vec<DocLine>) {
    push_wrapped(lines, &release.title, theme.heading, width);
    let mut facts: Vec<String> = Vec::new();
    if let Some(d) = &release.date {
        facts.push(d.to_string());
    }
    if let Some(s) = &release.source {
        facts.push(s.clone());
    }
    if let Some(s) = &release.section {
        facts.push(s.clone());
    }
    if !facts.is_empty() {
        push_wrapped(lines, &facts.join(" · "), theme.dim, width);
    }
    if let Some(m) = &release.member {
        let details: Vec<&str> = [m.party.as_deref(), m.state.as_deref(), m.chamber.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let who = if details.is_empty() {
            m.name.clone()
        } else {
            format!("{} ({})", m.name, details.join(", "))
        };
        push_wrapped(lines, &who, theme.dim, width);
    } else if let Some(a) = &release.author {
        push_wrapped(lines, &format!("By {a}"), theme.dim, width);
    }
    if let Some(u) = &release.updated {
        push_wrapped(lines, &format!("Updated {u}"), theme.dim, width);
    }
    // A transcript's room and times.
    if !body.setting.is_empty() {
        push_wrapped(lines, &body.setting.join(" · "), theme.dim, width);
    }
    if let Some(url) = &release.url {
        push_wrapped(lines, url, theme.link, width);
    }
    if !release.credits.is_empty() {
        push_wrapped(
            lines,
            &format!("Credits: {}", release.credits.join("; ")),
            theme.dim,
            width,
        );
    }
    lines.push(plain_line(&"─".repeat(width.min(40)), theme.dim));
}

/// The part of paragraph `index` (of `len` bytes) between two positions.
fn range_in(index: usize, len: usize, start: TextPos, end: TextPos) -> Option<(usize, usize)> {
    let p = index as u32;
    if p < start.paragraph || p > end.paragraph {
        return None;
    }
    let s = if p == start.paragraph {
        start.offset as usize
    } else {
        0
    };
    let e = if p == end.paragraph {
        end.offset as usize
    } else {
        len
    };
    (s < e.min(len)).then_some((s, e.min(len)))
}

/// The style layers of one paragraph, lowest priority first.
fn layers(
    body: &Body,
    index: usize,
    paragraph: &Paragraph,
    theme: &Theme,
    marks: Marks<'_>,
) -> Vec<Layer> {
    let len = paragraph.text.len();
    let mut out = Vec::new();
    for span in &paragraph.spans {
        let style = match span.style {
            SpanStyle::Strong => Style::default().add_modifier(Modifier::BOLD),
            SpanStyle::Emphasis => Style::default().add_modifier(Modifier::ITALIC),
            SpanStyle::Link { .. } => theme.link,
        };
        out.push(Layer {
            start: span.start as usize,
            end: span.end as usize,
            style,
        });
    }
    // A transcript turn's speaker label (`MS. PSAKI:`).
    for turn in body.turns.iter().filter(|t| t.start as usize == index) {
        out.push(Layer {
            start: 0,
            end: turn.label as usize,
            style: theme.speaker.add_modifier(Modifier::BOLD),
        });
    }
    let range_in = |start: TextPos, end: TextPos| range_in(index, len, start, end);
    for q in &body.quotes {
        if let Some((start, end)) = range_in(q.start, q.end) {
            out.push(Layer {
                start,
                end,
                style: theme.quote,
            });
        }
    }
    for &(start, end) in marks.bookmarks {
        if let Some((start, end)) = range_in(start, end) {
            out.push(Layer {
                start,
                end,
                style: Style::default().add_modifier(Modifier::UNDERLINED),
            });
        }
    }
    for (i, hit) in marks
        .hits
        .iter()
        .enumerate()
        .filter(|(_, h)| h.paragraph == index)
    {
        let style = if marks.current == Some(i) {
            theme.current_hit
        } else {
            theme.search_hit
        };
        out.push(Layer {
            start: hit.start,
            end: hit.end,
            style,
        });
    }
    out.retain(|l| l.start < l.end && l.end <= len);
    out
}

/// Speaker labels to add after quotations ending in this paragraph, unless
/// the text just before or after the quote names the speaker already.
fn speaker_labels(body: &Body, index: usize, text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for q in body
        .quotes
        .iter()
        .filter(|q| q.end.paragraph as usize == index)
    {
        let Some(speaker) = &q.speaker else { continue };
        let end = (q.end.offset as usize).min(text.len());
        let start = if q.start.paragraph as usize == index {
            (q.start.offset as usize).min(end)
        } else {
            0
        };
        let after = &text[end..floor_boundary(text, end + ATTRIBUTION_REACH)];
        let before = &text[floor_boundary(text, start.saturating_sub(ATTRIBUTION_REACH))..start];
        let surname = speaker
            .split_whitespace()
            .last()
            .unwrap_or(speaker)
            .to_lowercase();
        let named = |s: &str| s.to_lowercase().contains(&surname);
        if !named(after) && !named(before) {
            out.push((end, format!(" — {}", for_display(speaker))));
        }
    }
    out
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Lays out one body paragraph.
fn body_paragraph(
    body: &Body,
    index: usize,
    paragraph: &Paragraph,
    width: usize,
    theme: &Theme,
    marks: Marks<'_>,
    lines: &mut Vec<DocLine>,
) {
    let text = paragraph.text.as_str();
    let base = match paragraph.block {
        Block::Heading { .. } => theme.heading,
        _ => Style::default(),
    };
    let layers = layers(body, index, paragraph, theme, marks);
    let labels = speaker_labels(body, index, text);
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for l in &layers {
        cuts.push(l.start);
        cuts.push(l.end);
    }
    cuts.extend(labels.iter().map(|(at, _)| *at));
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces = Vec::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let mut style = base;
        for l in layers.iter().filter(|l| l.start <= a && b <= l.end) {
            style = style.patch(l.style);
        }
        pieces.push(Piece {
            text: &text[a..b],
            style,
            source: Some(a),
        });
        for (_, label) in labels.iter().filter(|(at, _)| *at == b) {
            pieces.push(Piece {
                text: label,
                style: theme.speaker,
                source: None,
            });
        }
    }
    let (first_prefix, rest_prefix) = match paragraph.block {
        Block::ListItem { depth } => {
            let indent = "  ".repeat(depth as usize);
            (format!("{indent}• "), format!("{indent}  "))
        }
        Block::BlockQuote => ("│ ".to_string(), "│ ".to_string()),
        _ => (String::new(), String::new()),
    };
    let prefix_width = first_prefix.chars().count();
    let text_width = width.saturating_sub(prefix_width).max(4);
    let wrapped = if paragraph.block == Block::Preformatted {
        preformatted(&pieces, text_width)
    } else {
        wrap::wrap(&pieces, text_width)
    };
    let marked: Vec<(usize, usize)> = marks
        .bookmarks
        .iter()
        .filter_map(|&(start, end)| range_in(index, text.len(), start, end))
        .collect();
    let starts: Vec<usize> = wrapped.iter().map(|l| l.source.unwrap_or(0)).collect();
    for (i, line) in wrapped.into_iter().enumerate() {
        let from = starts[i];
        let to = starts
            .get(i + 1)
            .copied()
            .unwrap_or(text.len())
            .max(from + 1);
        let bookmarked = marked.iter().any(|&(s, e)| s < to && from < e);
        let prefix = if i == 0 { &first_prefix } else { &rest_prefix };
        let mut spans = Vec::with_capacity(line.spans.len() + 1);
        if !prefix.is_empty() {
            spans.push(Span::styled(prefix.clone(), theme.dim));
        }
        spans.extend(line.spans);
        lines.push(DocLine {
            spans,
            paragraph: Some(index),
            bookmarked,
            source: line.source,
        });
    }
}

/// Lays out text whose line breaks matter (tables, code): each source line
/// wrapped on its own.
fn preformatted(pieces: &[Piece<'_>], width: usize) -> Vec<wrap::WrappedLine> {
    let mut out = Vec::new();
    let mut current: Vec<Piece<'_>> = Vec::new();
    for piece in pieces {
        let mut offset = 0;
        for (i, part) in piece.text.split('\n').enumerate() {
            if i > 0 {
                out.extend(wrap::wrap(&current, width));
                current.clear();
            }
            current.push(Piece {
                text: part,
                style: piece.style,
                source: piece.source.map(|s| s + offset),
            });
            offset += part.len() + 1;
        }
    }
    out.extend(wrap::wrap(&current, width));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Quote;

    fn release(paragraphs: &[&str], quotes: Vec<Quote>) -> Release {
        let body = Body {
            paragraphs: paragraphs.iter().map(|t| Paragraph::body(*t)).collect(),
            quotes,
            ..Body::default()
        };
        Release {
            source: Some("Office".into()),
            ..Release::sample_with("doc", "A title", body, "x.txt")
        }
    }

    fn lay_out(r: &Release, width: usize, theme: &Theme, marks: Marks<'_>) -> Vec<DocLine> {
        build(r, &r.read_body(), width, theme, marks)
    }

    fn text(line: &DocLine) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn a_quote_without_nearby_attribution_gets_a_label() {
        let r = release(
            &["\"We will build it,\" he said."],
            vec![Quote {
                start: TextPos::new(0, 0),
                end: TextPos::new(0, 19),
                speaker: Some("Rep. Bice".into()),
            }],
        );
        let theme = Theme::default();
        let lines = lay_out(&r, 60, &theme, Marks::default());
        let body = lines.iter().find(|l| l.paragraph == Some(0)).unwrap();
        assert_eq!(text(body), "\"We will build it,\" — Rep. Bice he said.");
        assert_eq!(body.spans[0].style, theme.quote);
        assert_eq!(body.spans[1].style, theme.speaker);
    }

    #[test]
    fn a_transcript_shows_its_labels_styled_and_its_setting_in_the_header() {
        let body = Body {
            paragraphs: vec![
                Paragraph::body("MS. ROE: Good afternoon."),
                Paragraph::body("A second paragraph of hers."),
                Paragraph::body("Q Thanks, Ann."),
            ],
            turns: vec![
                crate::corpus::Turn {
                    start: 0,
                    end: 2,
                    label: 8,
                    speaker: Some("Ann Roe".into()),
                },
                crate::corpus::Turn {
                    start: 2,
                    end: 3,
                    label: 1,
                    speaker: Some("Q".into()),
                },
            ],
            setting: vec!["Briefing Room".into(), "1:05 P.M. EDT".into()],
            ..Body::default()
        };
        let r = Release::sample_with("doc", "A briefing", body, "x.md");
        let theme = Theme::default();
        let lines = lay_out(&r, 60, &theme, Marks::default());
        assert!(
            lines
                .iter()
                .any(|l| text(l) == "Briefing Room · 1:05 P.M. EDT")
        );
        let label = theme.speaker.add_modifier(Modifier::BOLD);
        let first = lines.iter().find(|l| l.paragraph == Some(0)).unwrap();
        assert_eq!(first.spans[0].content, "MS. ROE:");
        assert_eq!(first.spans[0].style, label);
        // Shown once: the turn's next paragraph has no label.
        let second = lines.iter().find(|l| l.paragraph == Some(1)).unwrap();
        assert_eq!(text(second), "A second paragraph of hers.");
        let question = lines.iter().find(|l| l.paragraph == Some(2)).unwrap();
        assert_eq!(question.spans[0].content, "Q");
        assert_eq!(question.spans[0].style, label);
    }

    #[test]
    fn a_named_speaker_is_not_repeated() {
        let r = release(
            &["\"We will build it,\" said Rep. Bice."],
            vec![Quote {
                start: TextPos::new(0, 0),
                end: TextPos::new(0, 19),
                speaker: Some("Rep. Bice".into()),
            }],
        );
        let lines = lay_out(&r, 60, &Theme::default(), Marks::default());
        let body = lines.iter().find(|l| l.paragraph == Some(0)).unwrap();
        assert_eq!(text(body), "\"We will build it,\" said Rep. Bice.");
    }

    #[test]
    fn lines_map_back_to_paragraph_offsets() {
        let r = release(
            &["one two three four five six seven eight nine ten"],
            vec![],
        );
        let doc = Doc {
            key: DocKey::default(),
            lines: lay_out(&r, 12, &Theme::default(), Marks::default()),
        };
        let first = doc.first_line_of(0).unwrap();
        assert_eq!(doc.line_of(0, 0), Some(first));
        let at = r.read_body().paragraphs[0].text.find("nine").unwrap();
        let line = doc.line_of(0, at).unwrap();
        assert!(text(&doc.lines[line]).contains("nine"));
    }

    #[test]
    fn search_hits_are_highlighted() {
        let r = release(&["harbor and harbor"], vec![]);
        let theme = Theme::default();
        let hits = [
            Found {
                paragraph: 0,
                start: 0,
                end: 6,
            },
            Found {
                paragraph: 0,
                start: 11,
                end: 17,
            },
        ];
        let lines = lay_out(
            &r,
            40,
            &theme,
            Marks {
                hits: &hits,
                current: Some(1),
                bookmarks: &[],
                selection: None,
                notes: &[],
            },
        );
        let body = lines.iter().find(|l| l.paragraph == Some(0)).unwrap();
        assert_eq!(body.spans[0].style, theme.search_hit);
        assert_eq!(body.spans[2].style, theme.current_hit);
    }
}
