//! The quotations view, drawn in place of the article list: speaker, date,
//! the quotation's first words and its release.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::corpus::sanitize::for_display;
use crate::tui::app::{App, Focus};
use crate::tui::marks::excerpt;
use crate::tui::quotes::{QuoteIndex, QuoteRow};
use crate::tui::view::list::format_date;
use crate::tui::wrap::{fit, truncate};

/// Columns for the speaker's name.
const NAME_WIDTH: usize = 22;

/// One row; the name is dimmed when it repeats the row above.
fn row(
    app: &App,
    index: &QuoteIndex,
    r: QuoteRow,
    repeat: bool,
    width: usize,
    selected: bool,
) -> Line<'static> {
    let theme = &app.options.theme;
    let release = &app.corpus.releases[r.release as usize];
    let quote = &release.quotes[r.quote as usize];
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
    let text = format!(
        "{} — {}",
        excerpt(&release.quote_text(quote)),
        release.title
    );
    spans.push(Span::styled(
        truncate(&text, width.saturating_sub(used)),
        theme.quote,
    ));
    let line = Line::from(spans);
    if selected {
        super::selected_row(line, width, theme.selection)
    } else {
        line
    }
}

/// Draws the quotations view.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App) {
    let theme = &app.options.theme;
    let picker = &app.quotes.picker;
    let title = match &picker.filter {
        f if f.is_empty() => format!(" Quotations ({}) ", picker.items.len()),
        f => format!(" Quotations ({}) · {} ", picker.items.len(), for_display(f)),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .border_style(if app.focus == Focus::List {
            theme.focus
        } else {
            theme.dim
        });
    let inner = block.inner(area);
    let width = inner.width as usize;
    let mut lines = Vec::new();
    if let Some(index) = &app.quotes.index {
        let mut previous = picker
            .offset
            .checked_sub(1)
            .and_then(|i| picker.items.get(i))
            .map(|&i| index.rows[i as usize].person);
        for (i, &item) in picker
            .items
            .iter()
            .enumerate()
            .skip(picker.offset)
            .take(inner.height as usize)
        {
            let r = index.rows[item as usize];
            lines.push(row(
                app,
                index,
                r,
                previous == Some(r.person),
                width,
                i == picker.selected,
            ));
            previous = Some(r.person);
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(
            truncate("No quotation matches.", width),
            theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
