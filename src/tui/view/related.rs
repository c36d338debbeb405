//! The related-releases view, drawn in place of the article list:
//! near-duplicates first, then similar releases with what they share.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::corpus::sanitize::for_display;
use crate::tui::app::{App, Focus};
use crate::tui::related::RelatedRow;
use crate::tui::view::list::format_date;
use crate::tui::wrap::{fit, truncate};

fn row(app: &App, r: &RelatedRow, width: usize, selected: bool) -> Line<'static> {
    let theme = &app.options.theme;
    let release = &app.corpus.releases[r.release() as usize];
    let (kind, why) = match r {
        RelatedRow::Duplicate(_) => ("≈ duplicate", String::new()),
        RelatedRow::Similar(s) => ("  related", format!(" · {}", s.shared.join(", "))),
    };
    let date = format_date(release.date.as_ref(), app.options.date_format);
    let mut spans = vec![
        Span::styled(fit(kind, 11), theme.speaker),
        Span::raw(" "),
        Span::styled(fit(&date, 10), theme.dim),
        Span::raw(" "),
    ];
    let rest = width.saturating_sub(23);
    let title = truncate(&for_display(&release.title), rest);
    let why = truncate(&why, rest.saturating_sub(title.chars().count()));
    spans.push(Span::raw(title));
    spans.push(Span::styled(why, theme.dim));
    let line = Line::from(spans);
    if selected {
        super::selected_row(line, width, theme.selection)
    } else {
        line
    }
}

/// Draws the related view.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let theme = &app.options.theme;
    let picker = &app.related.picker;
    let of = app
        .related
        .of
        .map(|i| for_display(&app.corpus.releases[i as usize].title).into_owned())
        .unwrap_or_default();
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(
            " Related to: {} ",
            truncate(&of, area.width.saturating_sub(16) as usize)
        ))
        .border_style(if app.focus == Focus::List {
            theme.focus
        } else {
            theme.dim
        });
    let inner = block.inner(area);
    let width = inner.width as usize;
    let lines: Vec<Line<'static>> = picker
        .items
        .iter()
        .enumerate()
        .skip(picker.offset)
        .take(inner.height as usize)
        .map(|(i, r)| row(app, r, width, i == picker.selected))
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
