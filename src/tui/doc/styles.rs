//! What is drawn over a paragraph's text: quotations in their colour,
//! search hits, bookmarks, the selection, emphasis and links (layers), and
//! what is put into it (a link's number, a speaker after an unattributed
//! quotation: labels).

use ratatui::style::{Modifier, Style};

use super::{ATTRIBUTION_REACH, Label, Layer, Marks};
use crate::corpus::sanitize::for_display;
use crate::corpus::{Body, Paragraph, SpanStyle, TextPos};
use crate::tui::theme::Theme;

/// The part of paragraph `index` (of `len` bytes) between two positions.
pub(super) fn range_in(
    index: usize,
    len: usize,
    start: TextPos,
    end: TextPos,
) -> Option<(usize, usize)> {
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
pub(super) fn layers(
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
            rank: 0,
        });
    }
    // A transcript turn's speaker label (`MS. PSAKI:`).
    for turn in body.turns.iter().filter(|t| t.start as usize == index) {
        out.push(Layer {
            start: 0,
            end: turn.label as usize,
            style: theme.speaker.add_modifier(Modifier::BOLD),
            rank: 0,
        });
    }
    let range_in = |start: TextPos, end: TextPos| range_in(index, len, start, end);
    for q in &body.quotes {
        if let Some((start, end)) = range_in(q.start, q.end) {
            out.push(Layer {
                start,
                end,
                style: theme.quote,
                rank: 0,
            });
        }
    }
    for &(start, end) in marks.bookmarks {
        if let Some((start, end)) = range_in(start, end) {
            out.push(Layer {
                start,
                end,
                style: Style::default().add_modifier(Modifier::UNDERLINED),
                rank: 0,
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
            rank: 0,
        });
    }
    out.retain(|l| l.start < l.end && l.end <= len);
    out
}

/// Labels to put in a paragraph's text: a link's number after its text,
/// and a speaker after a quotation whose speaker the text just before or
/// after it does not name.
pub(super) fn labels(
    body: &Body,
    index: usize,
    paragraph: &Paragraph,
    theme: &Theme,
) -> Vec<Label> {
    let text = paragraph.text.as_str();
    let mut out: Vec<Label> = paragraph
        .spans
        .iter()
        .filter_map(|span| match span.style {
            SpanStyle::Link { index: link } if (span.end as usize) <= text.len() => {
                Some((span.end as usize, format!("[{}]", link + 1), theme.dim))
            }
            _ => None,
        })
        .collect();
    out.extend(
        speaker_labels(body, index, text)
            .into_iter()
            .map(|(at, label)| (at, label, theme.speaker)),
    );
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
        let end = floor_boundary(text, q.end.offset as usize);
        let start = if q.start.paragraph as usize == index {
            floor_boundary(text, (q.start.offset as usize).min(end))
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
