//! The header of a laid-out release: title, date, source, member, the
//! room and times of a transcript, URL and credits.

use ratatui::style::Style;
use ratatui::text::Span;

use super::DocLine;
use crate::corpus::display::{DateFormat, format_date};
use crate::corpus::sanitize::for_display;
use crate::corpus::{Body, Release};
use crate::tui::theme::Theme;
use crate::tui::wrap::{self, Piece};

/// A header line of one style.
pub(super) fn plain_line(text: &str, style: Style) -> DocLine {
    DocLine {
        spans: vec![Span::styled(text.to_string(), style)],
        ..DocLine::default()
    }
}

/// Adds `text` wrapped to `width` in one style, as header lines.
pub(super) fn push_wrapped(lines: &mut Vec<DocLine>, text: &str, style: Style, width: usize) {
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
pub(super) fn header(
    release: &Release,
    body: &Body,
    width: usize,
    theme: &Theme,
    date_format: DateFormat,
    lines: &mut Vec<DocLine>,
) {
    push_wrapped(lines, &release.title, theme.heading, width);
    let mut facts: Vec<String> = Vec::new();
    if let Some(d) = &release.date {
        facts.push(format_date(Some(d), date_format));
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
