//! The status line: counts, filter, sort and hints, or the open prompt.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::corpus::sanitize::for_display;
use crate::tui::app::{App, Focus, PromptKind};
use crate::tui::pane::Pane;
use crate::tui::wrap::truncate;

/// `7383` as `7,383`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The left part of the status line.
pub fn summary(app: &App) -> String {
    let mut parts = vec![format!(
        "{} / {} releases",
        thousands(app.list.items.len()),
        thousands(app.corpus.releases.len())
    )];
    if !app.filter.text.is_empty() {
        let state = if app.filter.running {
            " (filtering…)"
        } else {
            ""
        };
        parts.push(format!("filter: {}{state}", app.filter.text));
    }
    parts.push(format!("sort: {}", app.sort.label()));
    if app.analysis.is_none() {
        // Search, duplicates and related releases arrive when this is done.
        parts.push(match app.analysis_progress.percent() {
            0 => "indexing…".to_string(),
            percent => format!("indexing {percent}%"),
        });
    }
    match (&app.pane, app.quote_index()) {
        (Pane::Quotes(pane), Some(index)) => parts.insert(
            0,
            format!(
                "{} / {} quotations",
                thousands(pane.picker.items.len()),
                thousands(index.rows.len())
            ),
        ),
        (Pane::Bookmarks(pane), _) => {
            let total = app.bookmarks.as_ref().map_or(0, |s| s.list.len());
            parts.insert(
                0,
                format!("{} / {} bookmarks", pane.picker.items.len(), total),
            );
        }
        _ => {}
    }
    let search = &app.reader.search;
    if app.focus == Focus::Reader && !search.text.is_empty() {
        parts.push(match search.current {
            Some(i) => format!("match {}/{}", i + 1, search.hits.len()),
            None => format!("{} matches", search.hits.len()),
        });
    }
    parts.join(" │ ")
}

/// Key hints for the focused pane.
fn hints(app: &App) -> &'static str {
    match (app.focus, &app.pane) {
        (Focus::List, Pane::Bookmarks(_)) => {
            "enter go  e note  d delete  u undo  / filter  esc close"
        }
        (Focus::List, Pane::Quotes(_)) => "enter open  / filter  esc close",
        (Focus::List, Pane::Related(_)) => "enter read  esc close",
        (Focus::List, Pane::Results(_)) => "enter open  n/N hits  : new search  esc close",
        (Focus::List, Pane::Releases) => "/ filter  s sort  enter read  B bookmarks  ? help",
        (Focus::Reader, _) if app.selection.is_some() => {
            "w/b sentence  j/k paragraph  m bookmark  esc cancel"
        }
        (Focus::Reader, _) => "/ search  m bookmark  v select  ? help",
    }
}

/// Draws the status line (or the prompt).
pub fn render(frame: &mut Frame<'_>, area: Rect, app: &App) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let theme = &app.options.theme;
    let width = area.width as usize;
    if let Some(prompt) = &app.prompt {
        let label = match prompt.kind {
            PromptKind::Filter => "filter: ",
            PromptKind::Search => "search: ",
            PromptKind::NewNote { .. } => "note (Enter saves, Esc cancels): ",
            PromptKind::EditNote { .. } => "edit note: ",
            PromptKind::BookmarksFilter => "filter bookmarks: ",
            PromptKind::QuotesFilter => "filter quotations: ",
            PromptKind::CorpusSearch => "search all releases: ",
        };
        let text = prompt.input.text();
        let line = Line::from(vec![
            Span::styled(label, theme.focus),
            Span::raw(truncate(
                &for_display(text),
                width.saturating_sub(label.len()),
            )),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        let x = (label.len() + prompt.input.cursor_column()).min(width.saturating_sub(1));
        frame.set_cursor_position(Position::new(area.x + x as u16, area.y));
        return;
    }
    let left = match &app.message {
        Some(m) => format!("{} │ {}", for_display(m), summary(app)),
        None => summary(app),
    };
    let right = hints(app);
    let left = truncate(&left, width);
    let gap = width.saturating_sub(left.width() + right.width() + 1);
    let mut spans = vec![Span::raw(left.clone())];
    if left.width() + right.width() < width {
        spans.push(Span::raw(" ".repeat(gap + 1)));
        spans.push(Span::styled(right, theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_background_analysis_shows_how_far_it_has_got() {
        use crate::search::analysis::AnalysisProgress;
        let mut app = crate::tui::app::App::new(
            std::sync::Arc::new(crate::corpus::demo::load()),
            crate::tui::app::TuiOptions {
                data_dir: None,
                ..Default::default()
            },
            (120, 20),
            crate::tui::app::Saved::default(),
        );
        let progress = std::sync::Arc::new(AnalysisProgress::new(app.corpus.releases.len()));
        app.analysis_progress = std::sync::Arc::clone(&progress);
        let line = |app: &crate::tui::app::App| {
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 20)).unwrap();
            terminal.draw(|f| crate::tui::view::render(f, app)).unwrap();
            let buffer = terminal.backend().buffer();
            (0..120)
                .map(|x| buffer[(x, 19)].symbol())
                .collect::<String>()
        };
        assert!(line(&app).contains("indexing…"));
        let analysis = crate::search::analysis::Analysis::build(&app.corpus, &progress);
        assert!(line(&app).contains("indexing 99%"), "{}", line(&app));
        let corpus = std::sync::Arc::clone(&app.corpus);
        let analysed = crate::tui::event::Event::Analysed(corpus, std::sync::Arc::new(analysis));
        crate::tui::update::update(&mut app, analysed);
        assert!(!line(&app).contains("indexing"));
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(7383), "7,383");
        assert_eq!(thousands(312), "312");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
