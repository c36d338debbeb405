//! The quotations view, drawn in place of the article list: speaker, date,
//! the quotation's first words and its release.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::corpus::display::format_date;
use crate::corpus::sanitize::for_display;
use crate::search::quotes::{QuoteIndex, QuoteRow};
use crate::tui::app::App;
use crate::tui::pane::QuotesPane;
use crate::tui::view::status::thousands;
use crate::tui::wrap::{fit, truncate};

/// Columns for the speaker's name.
const NAME_WIDTH: usize = 22;

/// One row; the name is dimmed when it repeats the row above.
fn row(
    app: &App,
    index: &QuoteIndex,
    at: usize,
    r: QuoteRow,
    repeat: bool,
    width: usize,
) -> Line<'static> {
    let theme = &app.options.theme;
    let release = &app.corpus.releases[r.release as usize];
    let name = &index.people[r.person as usize];
    let name_style = if repeat {
        theme.dim
    } else {
        theme.speaker.patch(theme.heading)
    };
    let date = format_date(release.date.as_ref(), app.options.date_format);
    let mut spans = vec![
        Span::styled(fit(&for_display(name), NAME_WIDTH.min(width)), name_style),
        Span::raw(" "),
        Span::styled(fit(&date, 10), theme.dim),
        Span::raw(" "),
    ];
    let used = NAME_WIDTH + 12;
    let text = format!("{} — {}", index.excerpts[at], release.title);
    spans.push(Span::styled(
        truncate(&text, width.saturating_sub(used)),
        theme.quote,
    ));
    Line::from(spans)
}

/// Draws the quotations view.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, pane: &QuotesPane) {
    let picker = &pane.picker;
    let mut title = format!(" Quotations ({})", thousands(picker.items.len()));
    if !picker.filter.is_empty() {
        title.push_str(&format!(" · {}", for_display(&picker.filter)));
    }
    if app.quotes_follow_list() {
        title.push_str(&format!(" · list: {}", for_display(&app.filter.text)));
    }
    title.push(' ');
    let Some(index) = app.quote_index() else {
        return super::picker_pane(frame, area, app, title, picker, "", |_, _, _| None);
    };
    let person = |position: usize| {
        let item = *picker.items.get(position)?;
        Some(index.rows[item as usize].person)
    };
    super::picker_pane(
        frame,
        area,
        app,
        title,
        picker,
        "No quotation matches.",
        |i, &item, width| {
            let r = index.rows[item as usize];
            let repeat = i.checked_sub(1).and_then(person) == Some(r.person);
            Some(row(app, index, item as usize, r, repeat, width))
        },
    );
}
