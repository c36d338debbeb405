//! The article list pane: one row per release with the configured columns,
//! filter matches highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::config::{Column, DateFormat};
use crate::corpus::Release;
pub use crate::corpus::display::format_date;
use crate::search::filter;
use crate::tui::app::{App, Focus};
use crate::tui::wrap::{fit, truncate};

/// The text of a column for a release (the title is drawn separately).
fn cell(release: &Release, column: Column, format: DateFormat) -> String {
    match column {
        Column::Date => format_date(release.date.as_ref(), format),
        Column::Source => crate::corpus::display::source_label(release),
        Column::Section => release.section.clone().unwrap_or_default(),
        Column::Author => release
            .author
            .clone()
            .or_else(|| release.member.as_ref().map(|m| m.name.clone()))
            .unwrap_or_default(),
        Column::Quotes => release.outline.quotes.to_string(),
        Column::Title => release.title.clone(),
    }
}

/// The width given to a column other than the title.
fn column_width(column: Column, format: DateFormat) -> usize {
    match (column, format) {
        (Column::Date, DateFormat::Iso) => 10,
        (Column::Date, DateFormat::Us) => 12,
        (Column::Date, DateFormat::Long) => 17,
        (Column::Source, _) => 16,
        (Column::Section, _) => 14,
        (Column::Author, _) => 16,
        (Column::Quotes, _) => 3,
        (Column::Title, _) => 0,
    }
}

/// The title with the filter's matched characters styled.
fn title_spans(
    title: &str,
    positions: &[usize],
    width: usize,
    base: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    let title = truncate(title, width);
    if positions.is_empty() {
        return vec![Span::styled(title, base)];
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, c) in title.chars().enumerate() {
        let is_match = positions.binary_search(&i).is_ok();
        if is_match != run_matched && !run.is_empty() {
            let style = if run_matched {
                base.patch(matched)
            } else {
                base
            };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = is_match;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if run_matched {
            base.patch(matched)
        } else {
            base
        };
        spans.push(Span::styled(run, style));
    }
    spans
}

/// One row of the list.
pub fn row(app: &App, index: u32, width: usize, selected: bool) -> Line<'static> {
    let release = &app.corpus.releases[index as usize];
    let theme = &app.options.theme;
    let format = app.options.date_format;
    let mut spans = Vec::new();
    let mut used = 0;
    for &column in app.options.columns.iter().filter(|c| **c != Column::Title) {
        let w = column_width(column, format).min(width.saturating_sub(used + 1));
        if w == 0 {
            break;
        }
        spans.push(Span::styled(
            fit(&cell(release, column, format), w),
            theme.dim,
        ));
        spans.push(Span::raw(" "));
        used += w + 1;
    }
    if app.options.columns.contains(&Column::Title) {
        let positions = filter::match_positions(&release.title, &app.filter.query);
        let mut rest = width.saturating_sub(used);
        if app.analysis.as_ref().is_some_and(|a| a.is_duplicate(index)) && rest > 2 {
            spans.push(Span::styled("≈ ", theme.speaker));
            rest -= 2;
        }
        // Unread releases stand out, as in a mail reader.
        let base = if app.reading.is_some() && !app.is_read(index) {
            Style::default().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        spans.extend(title_spans(
            &release.title,
            &positions,
            rest,
            base,
            theme.filter_match,
        ));
    }
    super::list_row(Line::from(spans), width, selected, theme)
}

/// Draws the list pane.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let theme = &app.options.theme;
    let focused = app.focus == Focus::List;
    let (titles, fuzzy) = app.filter.tiers;
    let title = if app.filter.query.words().next().is_some() && fuzzy > 0 {
        format!(
            " Releases ({} in titles · {} fuzzy) ",
            super::status::thousands(titles),
            super::status::thousands(fuzzy)
        )
    } else {
        format!(" Releases ({}) ", super::status::thousands(app.list_len()))
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .border_style(if focused { theme.focus } else { theme.dim });
    let inner = block.inner(area);
    let height = inner.height as usize;
    let width = inner.width as usize;
    let rows: Vec<Line<'static>> = app
        .list
        .items
        .iter()
        .enumerate()
        .skip(app.list.offset)
        .take(height)
        .map(|(i, &index)| row(app, index, width, i == app.list.selected))
        .collect();
    let body = if rows.is_empty() {
        vec![Line::styled(
            truncate(
                if app.filter.running {
                    "filtering…"
                } else {
                    "no release matches"
                },
                width,
            ),
            theme.dim,
        )]
    } else {
        rows
    };
    frame.render_widget(Paragraph::new(body).block(block), area);
}
