//! Corpus search results, drawn in place of the article list: date,
//! source, title and a keyword-in-context line with the hit highlighted,
//! each measured in terminal columns.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::corpus::display::source_label;
use crate::corpus::sanitize::for_display;
use crate::search::hits::SearchHit;
use crate::search::kwic::{Snippet, kwic};
use crate::tui::app::App;
use crate::tui::pane::ResultsPane;
use crate::tui::view::list::format_date;
use crate::tui::wrap::{fit, truncate};

/// The widths of a row's columns at `width`: source, title and context
/// (the date takes 10, and a space follows each column).
fn columns(width: usize) -> (usize, usize, usize) {
    let rest = width.saturating_sub(11);
    let source = (rest / 6).clamp(8, 24).min(rest / 3);
    let rest = rest.saturating_sub(source + 1);
    let title = (rest / 2).max(rest.min(24));
    let context = rest.saturating_sub(title + 1);
    (source, title, context)
}

fn row(app: &App, result: &SearchHit, context: &Snippet, width: usize) -> Line<'static> {
    let theme = &app.options.theme;
    let release = &app.corpus.releases[result.release as usize];
    let date = format_date(release.date.as_ref(), app.options.date_format);
    let (source_width, title_width, room) = columns(width);
    let mut spans = vec![
        Span::styled(fit(&date, 10), theme.dim),
        Span::raw(" "),
        Span::styled(
            fit(&for_display(&source_label(release)), source_width),
            theme.dim,
        ),
        Span::raw(" "),
        Span::raw(fit(&for_display(&release.title), title_width)),
        Span::raw(" "),
    ];
    if !context.text.is_empty() && room > 0 {
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
    let shown = super::status::thousands(view.results.len());
    let count = if view.total > view.results.len() {
        format!("best {shown} of {}", super::status::thousands(view.total))
    } else {
        format!("{shown} releases")
    };
    let place = if view.within {
        " in the filtered list"
    } else {
        ""
    };
    let title = format!(
        " Search: {} ({count}{place}) ",
        truncate(&for_display(&view.query), 40),
    );
    super::picker_pane(frame, area, app, title, &view.picker, "", |_, &r, width| {
        let (result, context) = (
            view.results.get(r as usize)?,
            view.contexts.get(r as usize)?,
        );
        Some(row(app, result, context, width))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_take_the_width_they_are_given() {
        let (source, title, context) = columns(160);
        assert!(title >= 50, "{title}");
        assert!(source >= 16, "{source}");
        assert_eq!(11 + source + 1 + title + 1 + context, 160);
        let (_, narrow_title, narrow_context) = columns(60);
        assert!(narrow_title >= 20 && narrow_context > 0);
        assert_eq!(columns(5), (0, 0, 0));
    }
}
