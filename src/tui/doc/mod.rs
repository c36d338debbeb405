//! A release laid out for the reading pane: header, wrapped paragraphs,
//! quotations styled with their speaker, links numbered (`FEMA App[1]`) and
//! their addresses listed after the body, search hits highlighted.
//!
//! Laid out once per release, width and search, but lazily: a paragraph
//! keeps only where each of its lines starts, and a line's styled text is
//! made when it is drawn. A release of one 50 MB line costs the text and
//! a few bytes a line, not a styled copy of everything.

use std::ops::Range;
use std::sync::Arc;

use ratatui::style::Style;
use ratatui::text::Span;

mod header;
mod styles;

use super::theme::Theme;
use super::wrap::{self, At, Piece};
use crate::corpus::display::DateFormat;
use crate::corpus::{Block, Body, Paragraph, Release, TextPos};
use crate::search::find::Found;
use header::{header, plain_line, push_wrapped};
use styles::{labels, layers, range_in};

/// How far after a quotation the text is searched for its speaker's name
/// before a `— Speaker` label is added.
const ATTRIBUTION_REACH: usize = 80;
/// Style layers longer than this are checked for every line; shorter ones
/// are found by where they start.
const LONG_LAYER: usize = 4096;

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

/// A label put in a paragraph's flow after the text offset it follows: a
/// link's number, or a quotation's speaker; and its style.
type Label = (usize, String, Style);

/// A body paragraph laid out: where its lines start in its flow (its text
/// with the labels put in), and its style layers.
#[derive(Debug, Clone, Default)]
struct Laid {
    /// Index of its first line in the doc.
    first: usize,
    /// Where each of its lines starts.
    starts: Vec<At>,
    /// Link numbers and speaker labels.
    labels: Vec<Label>,
    /// Short style layers, sorted by where they start.
    layers: Vec<Layer>,
    /// The length of the longest of them.
    longest: usize,
    /// Long style layers (a quotation over the whole paragraph).
    long: Vec<Layer>,
}

/// A laid-out release.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// What it was built from.
    pub key: DocKey,
    /// Lines above the body: title, facts, notes, the rule.
    head: Vec<DocLine>,
    /// The body's paragraphs, each after a blank line.
    paragraphs: Vec<Laid>,
    /// Lines after the body: the links' addresses, the trailer.
    tail: Vec<DocLine>,
    /// The body the lines are made from.
    body: Arc<Body>,
    /// Bookmarked passages.
    bookmarks: Vec<(TextPos, TextPos)>,
    /// Styles.
    theme: Theme,
}

/// Where a line of the doc is.
enum Place<'a> {
    /// Above or below the body, laid out whole.
    Fixed(&'a DocLine),
    /// A blank line between paragraphs.
    Blank,
    /// Line `line` of body paragraph `paragraph`.
    Body { paragraph: usize, line: usize },
}

impl Doc {
    /// Lays out `release`, whose body is `body`, for a pane `width` columns
    /// wide, its date written in `date_format`.
    pub fn build(
        key: DocKey,
        release: &Release,
        body: &Arc<Body>,
        width: usize,
        theme: &Theme,
        date_format: DateFormat,
        marks: Marks<'_>,
    ) -> Doc {
        let width = width.max(4);
        let mut head = Vec::new();
        header(release, body, width, theme, date_format, &mut head);
        for note in marks.notes {
            let rule = head.pop();
            push_wrapped(&mut head, note, theme.speaker, width);
            head.extend(rule);
        }
        let mut next = head.len();
        let mut paragraphs = Vec::with_capacity(body.paragraphs.len());
        for (index, paragraph) in body.paragraphs.iter().enumerate() {
            next += 1;
            let laid = lay_out(body, index, paragraph, width, theme, marks, next);
            next += laid.starts.len();
            paragraphs.push(laid);
        }
        let mut tail = Vec::new();
        if !body.links.is_empty() {
            tail.push(DocLine::default());
            tail.push(plain_line("Links", theme.dim));
            for (i, url) in body.links.iter().enumerate() {
                push_wrapped(&mut tail, &format!("[{}] {url}", i + 1), theme.link, width);
            }
        }
        if !body.trailer.is_empty() {
            tail.push(DocLine::default());
            tail.push(plain_line("───", theme.dim));
            for t in &body.trailer {
                push_wrapped(&mut tail, t, theme.dim, width);
            }
        }
        Doc {
            key,
            head,
            paragraphs,
            tail,
            body: Arc::clone(body),
            bookmarks: marks.bookmarks.to_vec(),
            theme: theme.clone(),
        }
    }

    /// How many lines the release takes.
    pub fn len(&self) -> usize {
        let body = self
            .paragraphs
            .last()
            .map_or(self.head.len(), |p| p.first + p.starts.len());
        body + self.tail.len()
    }

    /// True when nothing is laid out.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Where line `index` is, if there is one.
    fn place(&self, index: usize) -> Option<Place<'_>> {
        if let Some(line) = self.head.get(index) {
            return Some(Place::Fixed(line));
        }
        let body_end = self
            .paragraphs
            .last()
            .map_or(self.head.len(), |p| p.first + p.starts.len());
        if index >= body_end {
            return self.tail.get(index - body_end).map(Place::Fixed);
        }
        let after = self.paragraphs.partition_point(|p| p.first <= index);
        let Some(paragraph) = after.checked_sub(1) else {
            return Some(Place::Blank);
        };
        let line = index - self.paragraphs[paragraph].first;
        if line >= self.paragraphs[paragraph].starts.len() {
            return Some(Place::Blank);
        }
        Some(Place::Body { paragraph, line })
    }

    /// Line `index`, styled.
    pub fn line(&self, index: usize) -> Option<DocLine> {
        Some(match self.place(index)? {
            Place::Fixed(line) => line.clone(),
            Place::Blank => DocLine::default(),
            Place::Body { paragraph, line } => self.body_line(paragraph, line),
        })
    }

    /// The body paragraph line `index` shows, if any.
    pub fn paragraph_of(&self, index: usize) -> Option<usize> {
        match self.place(index)? {
            Place::Body { paragraph, .. } => Some(paragraph),
            Place::Fixed(line) => line.paragraph,
            Place::Blank => None,
        }
    }

    /// The first body position shown at or below line `index`.
    pub fn position_from(&self, index: usize) -> Option<TextPos> {
        (index..self.len()).find_map(|i| match self.place(i)? {
            Place::Body { paragraph, line } => Some(TextPos::new(
                paragraph,
                self.source(paragraph, line).unwrap_or(0),
            )),
            _ => None,
        })
    }

    /// The line showing `offset` of `paragraph` (the paragraph's first line
    /// when the offset is before it).
    pub fn line_of(&self, paragraph: usize, offset: usize) -> Option<usize> {
        let laid = self.paragraphs.get(paragraph)?;
        let mut found = 0;
        for line in 1..laid.starts.len() {
            match self.source(paragraph, line) {
                Some(s) if s <= offset => found = line,
                Some(_) => break,
                None => {}
            }
        }
        Some(laid.first + found)
    }

    /// The first line of `paragraph`.
    pub fn first_line_of(&self, paragraph: usize) -> Option<usize> {
        self.paragraphs.get(paragraph).map(|p| p.first)
    }

    /// The flow of a paragraph: its text cut where labels go, and the
    /// labels.
    fn flow<'a>(&'a self, paragraph: usize, base: Style) -> Vec<Piece<'a>> {
        let text = self.body.paragraphs[paragraph].text.as_str();
        flow(text, &self.paragraphs[paragraph].labels, base)
    }

    /// Where line `line` of `paragraph` starts and ends in its flow.
    fn bounds(&self, paragraph: usize, line: usize, pieces: usize) -> (At, At) {
        let starts = &self.paragraphs[paragraph].starts;
        let end = At {
            piece: pieces as u32,
            offset: 0,
        };
        (starts[line], starts.get(line + 1).copied().unwrap_or(end))
    }

    /// The paragraph offset of the first text character of a line.
    fn source(&self, paragraph: usize, line: usize) -> Option<usize> {
        let pieces = self.flow(paragraph, Style::default());
        let (from, to) = self.bounds(paragraph, line, pieces.len());
        wrap::parts_between(&pieces, from, to)
            .find_map(|(piece, part)| piece.source.map(|source| source + part.start))
    }

    /// Line `line` of body paragraph `index`, styled.
    fn body_line(&self, index: usize, line: usize) -> DocLine {
        let paragraph = &self.body.paragraphs[index];
        let laid = &self.paragraphs[index];
        let theme = &self.theme;
        let base = match paragraph.block {
            Block::Heading { .. } => theme.heading,
            _ => Style::default(),
        };
        let flow = self.flow(index, base);
        let (from, to) = self.bounds(index, line, flow.len());
        let text = paragraph.text.as_str();
        // The line's part of the flow, cut where styles change.
        let mut styled: Vec<Piece<'_>> = Vec::new();
        for (piece, Range { start: begin, end }) in wrap::parts_between(&flow, from, to) {
            let Some(source) = piece.source else {
                styled.push(Piece {
                    text: &piece.text[begin..end],
                    ..*piece
                });
                continue;
            };
            let (a, b) = (source + begin, source + end);
            let covering = laid.layers_between(a, b);
            let mut cuts = vec![a, b];
            for l in &covering {
                cuts.extend([l.start, l.end].into_iter().filter(|&c| a < c && c < b));
            }
            cuts.retain(|&c| text.is_char_boundary(c));
            cuts.sort_unstable();
            cuts.dedup();
            for pair in cuts.windows(2) {
                let (x, y) = (pair[0], pair[1]);
                let mut style = base;
                for l in covering.iter().filter(|l| l.start <= x && y <= l.end) {
                    style = style.patch(l.style);
                }
                styled.push(Piece {
                    text: &text[x..y],
                    style,
                    source: Some(x),
                });
            }
        }
        let end = At {
            piece: styled.len() as u32,
            offset: 0,
        };
        let wrapped = wrap::line_between(&styled, At::default(), end);
        let (first_prefix, rest_prefix) = prefixes(paragraph.block);
        let prefix = if line == 0 { first_prefix } else { rest_prefix };
        let mut spans = Vec::with_capacity(wrapped.spans.len() + 1);
        if !prefix.is_empty() {
            spans.push(Span::styled(prefix, theme.dim));
        }
        spans.extend(wrapped.spans);
        let from = self.source(index, line).unwrap_or(0);
        let to = if line + 1 < laid.starts.len() {
            self.source(index, line + 1).unwrap_or(0)
        } else {
            text.len()
        }
        .max(from + 1);
        let bookmarked = self
            .bookmarks
            .iter()
            .filter_map(|&(start, end)| range_in(index, text.len(), start, end))
            .any(|(s, e)| s < to && from < e);
        DocLine {
            spans,
            paragraph: Some(index),
            bookmarked,
            source: wrapped.source,
        }
    }
}

impl Laid {
    /// The style layers that overlap `a..b`, in the order they apply.
    fn layers_between(&self, a: usize, b: usize) -> Vec<Layer> {
        let from = self
            .layers
            .partition_point(|l| l.start < a.saturating_sub(self.longest));
        let to = self.layers.partition_point(|l| l.start < b);
        let mut out: Vec<Layer> = self.layers[from..to.max(from)]
            .iter()
            .chain(&self.long)
            .filter(|l| l.start < b && a < l.end)
            .copied()
            .collect();
        out.sort_by_key(|l| l.rank);
        out
    }
}

/// The text `text` cut where `labels` go, with the labels put in.
fn flow<'a>(text: &'a str, labels: &'a [Label], base: Style) -> Vec<Piece<'a>> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    cuts.extend(labels.iter().map(|(at, _, _)| *at));
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces = Vec::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        pieces.push(Piece {
            text: &text[a..b],
            style: base,
            source: Some(a),
        });
        for (_, label, style) in labels.iter().filter(|(at, _, _)| *at == b) {
            pieces.push(Piece {
                text: label,
                style: *style,
                source: None,
            });
        }
    }
    pieces
}

/// The prefixes of a block's first line and of the others.
fn prefixes(block: Block) -> (String, String) {
    match block {
        Block::ListItem { depth } => {
            let indent = "  ".repeat(depth as usize);
            (format!("{indent}• "), format!("{indent}  "))
        }
        Block::BlockQuote => ("│ ".to_string(), "│ ".to_string()),
        _ => (String::new(), String::new()),
    }
}

/// Lays out one body paragraph whose first line is line `first` of the
/// doc: only where its lines start.
fn lay_out(
    body: &Body,
    index: usize,
    paragraph: &Paragraph,
    width: usize,
    theme: &Theme,
    marks: Marks<'_>,
    first: usize,
) -> Laid {
    let text = paragraph.text.as_str();
    let labels = labels(body, index, paragraph, theme);
    let (first_prefix, _) = prefixes(paragraph.block);
    let prefix_width = unicode_width::UnicodeWidthStr::width(first_prefix.as_str());
    let text_width = width.saturating_sub(prefix_width).max(4);
    let pieces = flow(text, &labels, Style::default());
    let starts = wrap::line_starts(&pieces, text_width, paragraph.block == Block::Preformatted);
    let mut layers = layers(body, index, paragraph, theme, marks);
    for (rank, layer) in layers.iter_mut().enumerate() {
        layer.rank = rank;
    }
    let (long, mut layers): (Vec<Layer>, Vec<Layer>) = layers
        .into_iter()
        .partition(|l| l.end - l.start > LONG_LAYER);
    layers.sort_by_key(|l| l.start);
    let longest = layers.iter().map(|l| l.end - l.start).max().unwrap_or(0);
    Laid {
        first,
        starts,
        labels,
        layers,
        longest,
        long,
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

/// A styled byte range of one paragraph; `rank` orders overlapping ones
/// (a later one wins).
#[derive(Debug, Clone, Copy)]
struct Layer {
    start: usize,
    end: usize,
    style: Style,
    rank: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Quote;
    use crate::corpus::SpanStyle;
    use ratatui::style::Modifier;

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

    fn doc(r: &Release, width: usize, theme: &Theme, marks: Marks<'_>) -> Doc {
        Doc::build(
            DocKey::default(),
            r,
            &r.read_body(),
            width,
            theme,
            DateFormat::Iso,
            marks,
        )
    }

    fn laid_out(r: &Release, width: usize, theme: &Theme, marks: Marks<'_>) -> Vec<DocLine> {
        let doc = doc(r, width, theme, marks);
        (0..doc.len()).filter_map(|i| doc.line(i)).collect()
    }

    fn text(line: &DocLine) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
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
        let lines = laid_out(&r, 60, &theme, Marks::default());
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
        let lines = laid_out(&r, 60, &theme, Marks::default());
        let body = lines.iter().find(|l| l.paragraph == Some(0)).unwrap();
        assert_eq!(text(body), "\"We will build it,\" — Rep. Bice he said.");
        assert_eq!(body.spans[0].style, theme.quote);
        assert_eq!(body.spans[1].style, theme.speaker);
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
        let lines = laid_out(&r, 60, &Theme::default(), Marks::default());
        let body = lines.iter().find(|l| l.paragraph == Some(0)).unwrap();
        assert_eq!(text(body), "\"We will build it,\" said Rep. Bice.");
    }

    #[test]
    fn lines_map_back_to_paragraph_offsets() {
        let r = release(
            &["one two three four five six seven eight nine ten"],
            vec![],
        );
        let doc = doc(&r, 12, &Theme::default(), Marks::default());
        let first = doc.first_line_of(0).unwrap();
        assert_eq!(doc.line_of(0, 0), Some(first));
        let at = r.read_body().paragraphs[0].text.find("nine").unwrap();
        let line = doc.line_of(0, at).unwrap();
        assert!(text(&doc.line(line).unwrap()).contains("nine"));
    }

    #[test]
    fn links_show_their_number_and_are_listed_after_the_body() {
        let body = Body {
            paragraphs: vec![Paragraph {
                spans: vec![crate::corpus::Span {
                    start: 4,
                    end: 12,
                    style: SpanStyle::Link { index: 0 },
                }],
                ..Paragraph::body("Get FEMA App now.")
            }],
            links: vec!["https://www.ready.gov/fema-app".into()],
            ..Body::default()
        };
        let r = Release::sample_with("doc", "Get ready", body, "x.md");
        let theme = Theme::default();
        let lines = laid_out(&r, 60, &theme, Marks::default());
        let texts: Vec<String> = lines.iter().map(text).collect();
        let at = texts
            .iter()
            .position(|t| t == "Get FEMA App[1] now.")
            .unwrap();
        assert_eq!(lines[at].spans[1].style, theme.link);
        assert_eq!(lines[at].spans[2].style, theme.dim);
        assert_eq!(
            texts[texts.len() - 2..],
            ["Links", "[1] https://www.ready.gov/fema-app"]
        );
    }

    #[test]
    fn the_header_writes_the_date_as_configured() {
        let r = Release {
            date: crate::corpus::ReleaseDate::parse("2024-02-27"),
            ..release(&["Text."], vec![])
        };
        let doc = Doc::build(
            DocKey::default(),
            &r,
            &r.read_body(),
            60,
            &Theme::default(),
            DateFormat::Long,
            Marks::default(),
        );
        assert_eq!(text(&doc.line(1).unwrap()), "27 February 2024 · Office");
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
        let lines = laid_out(
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

    #[test]
    fn a_release_of_one_huge_line_is_laid_out_lazily() {
        let words = "the council approved funding for harbour works ".repeat(60_000);
        let r = release(&[&words], vec![]);
        let started = std::time::Instant::now();
        let doc = doc(&r, 80, &Theme::default(), Marks::default());
        // Only line starts are kept: a few bytes a line.
        let lines = doc.len();
        assert!(lines > 30_000, "{lines}");
        let middle = doc.line(lines / 2).unwrap();
        assert_eq!(middle.paragraph, Some(0));
        assert!(text(&middle).starts_with(|c: char| c.is_alphabetic()));
        let at = middle.source.unwrap();
        assert_eq!(doc.line_of(0, at), Some(lines / 2));
        assert_eq!(doc.position_from(lines / 2), Some(TextPos::new(0, at)));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn preformatted_paragraphs_keep_their_lines() {
        let body = Body {
            paragraphs: vec![Paragraph::with_block(
                "Name  Votes\nAyes  52\n\nNoes  48",
                Block::Preformatted,
            )],
            ..Body::default()
        };
        let r = Release::sample_with("pre", "T", body, "x.txt");
        let lines = laid_out(&r, 40, &Theme::default(), Marks::default());
        let body: Vec<String> = lines
            .iter()
            .filter(|l| l.paragraph == Some(0))
            .map(text)
            .collect();
        assert_eq!(body, ["Name  Votes", "Ayes  52", "", "Noes  48"]);
    }

    #[test]
    fn bookmarked_lines_are_marked() {
        let r = release(
            &["one two three four five six seven eight nine ten"],
            vec![],
        );
        let marked = [(TextPos::new(0, 14), TextPos::new(0, 18))];
        let marks = Marks {
            bookmarks: &marked,
            ..Marks::default()
        };
        let lines = laid_out(&r, 12, &Theme::default(), marks);
        let flagged: Vec<String> = lines.iter().filter(|l| l.bookmarked).map(text).collect();
        assert_eq!(flagged, ["three four"]);
    }
}
