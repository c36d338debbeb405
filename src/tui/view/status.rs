//! The status line: counts, filter, sort and hints, or the open prompt.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
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
        thousands(app.list_len()),
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
    // Search arrives when indexing is done, near-duplicates after comparing.
    let stage = match &app.analysis {
        None => Some("indexing"),
        Some(analysis) if analysis.duplicates().is_none() => Some("comparing"),
        Some(_) => None,
    };
    if let Some(stage) = stage {
        parts.push(match app.analysis_progress.percent() {
            0 => format!("{stage}…"),
            percent => format!("{stage} {percent}%"),
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

/// The hint kept when the others do not fit.
const HELP_HINT: &str = "? help";

/// Key hints for the focused pane.
fn hints(app: &App) -> &'static str {
    match (app.focus, &app.pane) {
        (Focus::List, Pane::Bookmarks(_)) => {
            "enter go  e note  d delete  u undo  / filter  y copy  ? help"
        }
        (Focus::List, Pane::Quotes(_)) => "enter open  / filter  f follow list  y copy  ? help",
        (Focus::List, Pane::Related(_)) => "enter read  esc close  ? help",
        (Focus::List, Pane::Results(_)) => "enter open  n/N hits  : new search  esc close  ? help",
        (Focus::List, Pane::Releases) => "/ filter  s sort  enter read  o open  q quit  ? help",
        (Focus::Reader, _) if app.selection.is_some() => {
            "w/b sentence  j/k paragraph  m bookmark  y copy  esc cancel"
        }
        (Focus::Reader, _) => "/ search  m bookmark  y copy  o open  q back  ? help",
    }
}

/// What the corpus search prompt says it searches.
fn search_label(app: &App) -> String {
    if app.searches_within_filter() {
        format!(
            "search {} filtered releases (Tab: all): ",
            thousands(app.list_len())
        )
    } else if !app.filter.query.is_empty() {
        "search all releases (Tab: filtered): ".into()
    } else {
        "search all releases: ".into()
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
            PromptKind::CorpusSearch => "",
            PromptKind::OpenLink => "open link number: ",
        };
        let label = match prompt.kind {
            PromptKind::CorpusSearch => search_label(app),
            _ => label.to_string(),
        };
        let label = label.as_str();
        let text = prompt.input.text();
        let error = match prompt.kind {
            PromptKind::Filter => app.filter.error.as_deref(),
            _ => prompt.error.as_deref(),
        };
        // Selected text is shown reversed: typing replaces it.
        let text_style = if prompt.input.is_selected() {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        let mut spans = vec![
            Span::styled(label, theme.focus),
            Span::styled(
                truncate(&for_display(text), width.saturating_sub(label.width())),
                text_style,
            ),
        ];
        if let Some(error) = error {
            let room = width.saturating_sub(label.width() + text.width() + 2);
            spans.push(Span::raw("  "));
            spans.push(Span::styled(
                truncate(&format!("✗ {error}"), room),
                theme.search_hit,
            ));
        }
        let line = Line::from(spans);
        frame.render_widget(Paragraph::new(line), area);
        let x = (label.width() + prompt.input.cursor_column()).min(width.saturating_sub(1));
        frame.set_cursor_position(Position::new(area.x + x as u16, area.y));
        return;
    }
    let left = match &app.message {
        Some(m) => format!("{} │ {}", for_display(m), summary(app)),
        None => summary(app),
    };
    // The hints when they fit beside the summary; else at least the way
    // to the help, the summary cut to leave room for it.
    let full = hints(app);
    let right = if left.width() + full.width() < width {
        full
    } else if width > HELP_HINT.width() + 10 {
        HELP_HINT
    } else {
        ""
    };
    let left = truncate(&left, width.saturating_sub(right.width() + 1));
    let gap = width.saturating_sub(left.width() + right.width());
    let mut spans = vec![Span::raw(left)];
    if !right.is_empty() {
        spans.push(Span::raw(" ".repeat(gap)));
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
        let analysis = std::sync::Arc::new(
            crate::search::analysis::Analysis::open(&app.corpus, &progress).expect("indexed"),
        );
        assert!(line(&app).contains("indexing 50%"), "{}", line(&app));
        let corpus = std::sync::Arc::clone(&app.corpus);
        let analysed = |analysis| crate::tui::event::Event::Analysed(corpus.clone(), analysis);
        crate::tui::update::update(&mut app, analysed(analysis.clone()));
        assert!(line(&app).contains("comparing 50%"), "{}", line(&app));
        analysis.find_duplicates(&app.corpus, &progress);
        crate::tui::update::update(&mut app, analysed(analysis));
        let line = line(&app);
        assert!(!line.contains("indexing") && !line.contains("comparing"));
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(7383), "7,383");
        assert_eq!(thousands(312), "312");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
