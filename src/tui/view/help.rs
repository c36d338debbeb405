//! The help overlay: every action and its keys, from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::tui::action::{ACTIONS, Context};
use crate::tui::app::App;

/// The overlay's lines.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = &app.options.theme;
    let mut out = Vec::new();
    for context in [
        Context::Global,
        Context::List,
        Context::Reader,
        Context::Visual,
        Context::Bookmarks,
        Context::Quotes,
        Context::Related,
        Context::Search,
    ] {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(context.title(), theme.heading));
        for info in ACTIONS.iter().filter(|i| i.context == context) {
            let keys = app.options.keymap.keys_of(info.action).join(" ");
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<22}"), theme.focus),
                Span::raw(info.help),
            ]));
        }
    }
    out.push(Line::raw(""));
    out.push(Line::styled(
        "Queries (the filter, search, the quotations filter; every term must hold)",
        theme.heading,
    ));
    for (example, meaning) in QUERY_EXAMPLES {
        out.push(Line::from(vec![
            Span::styled(format!("  {example:<30}"), theme.focus),
            Span::raw(*meaning),
        ]));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(
        "In prompts: Backspace, Ctrl-W (word), Ctrl-U (line), ←/→, Enter keeps, Esc cancels.",
        theme.dim,
    ));
    out
}

/// The query language by example, from the demo corpus.
const QUERY_EXAMPLES: &[(&str, &str)] = &[
    (
        "ferry",
        "a word (filter: whole words in titles first, then fuzzy)",
    ),
    ("'harbor", "exactly this word"),
    ("\"kitchen table\"", "these words in this order"),
    ("ferry -source:tidewater", "- leaves out what a term finds"),
    ("title:broadband", "in the title"),
    ("source:tidewater", "the source or member name contains it"),
    ("said:alvarez", "quoting that speaker, any form of the name"),
    (
        "date:2024-03  date:march",
        "an ISO date prefix; a month of any year",
    ),
    (
        "date:2024-02..2024-03-04",
        "a range; since:2024-03 until:2024",
    ),
];

/// Draws the overlay centred in `area`, scrolled by `scroll` lines.
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App, scroll: usize) {
    let width = area.width.saturating_sub(4).min(80);
    let height = area.height.saturating_sub(2).min(40);
    if width < 4 || height < 3 {
        return;
    }
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let all = lines(app);
    let scroll = scroll.min(all.len().saturating_sub(1));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Keys (? or Esc closes, j/k scroll) ")
        .border_style(app.options.theme.focus);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(all.into_iter().skip(scroll).collect::<Vec<_>>()).block(block),
        popup,
    );
}
