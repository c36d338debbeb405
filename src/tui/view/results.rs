//! Corpus search results, drawn in place of the article list: date, title
//! and a keyword-in-context line with the hit highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::corpus::sanitize::for_display;
use crate::search::index::{SearchHit, Snippet, kwic};
use crate::tui::app::App;
use crate::tui::pane::ResultsPane;
use crate::tui::view::list::format_date;
use crate::tui::wrap::{fit, truncate};

fn row(app: &App, result: &SearchHit, context: &Snippet, width: usize) -> Line<'static> {
    let theme = &app.options.theme;
    let release = &app.corpus.releases[result.release as usize];
    let date = format_date(release.date.as_ref(), app.options.date_format);
    let title_width = (width.saturating_sub(11) / 4).max(1);
    let mut spans = vec![
        Span::styled(fit(&date, 10), theme.dim),
        Span::raw(" "),
        Span::raw(fit(&for_display(&release.title), title_width)),
        Span::raw(" "),
    ];
    let room = width.saturating_sub(12 + title_width);
    if !context.text.is_empty() {
        let s = kwic(&context.text, context.highlight.clone(), room);
        let (before, rest) = s.text.split_at(s.highlight.start.min(s.text.len()));
        let (found, after) = rest.split_at((s.highlight.end - s.highlight.start).min(rest.len()));
        let before = truncate(before, room);
        let found = truncate(found, room.saturating_sub(before.width()));
        let after = truncate(after, room.saturating_sub(before.width() + found.width()));
        spans.push(Span::styled(before, theme.dim));
        spans.push(Span::styled(found, theme.search_hit));
        spans.push(Span::styled(after, theme.dim));
    }
    Line::from(spans)
}

/// Draws the results.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, view: &ResultsPane) {
    let title = format!(
        " Search: {} ({} releases) ",
        truncate(&for_display(&view.query), 40),
        super::status::thousands(view.results.len())
    );
    super::picker_pane(frame, area, app, title, &view.picker, "", |_, &r, width| {
        let (result, context) = (
            view.results.get(r as usize)?,
            view.contexts.get(r as usize)?,
        );
        Some(row(app, result, context, width))
    });
}
