//! The related-releases view, drawn in place of the article list:
//! near-duplicates first, then similar releases with what they share.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::corpus::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::pane::{RelatedPane, RelatedRow};
use crate::tui::view::list::format_date;
use crate::tui::wrap::{fit, truncate};

fn row(app: &App, r: &RelatedRow, width: usize) -> Line<'static> {
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
    let why = truncate(&why, rest.saturating_sub(title.width()));
    spans.push(Span::raw(title));
    spans.push(Span::styled(why, theme.dim));
    Line::from(spans)
}

/// Draws the related view.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, pane: &RelatedPane) {
    let of = for_display(&app.corpus.releases[pane.of as usize].title);
    let title = format!(
        " Related to: {} ",
        truncate(&of, area.width.saturating_sub(16) as usize)
    );
    super::picker_pane(frame, area, app, title, &pane.picker, "", |_, r, width| {
        Some(row(app, r, width))
    });
}
