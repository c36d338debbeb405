//! The quotations view: every quotation of the corpus grouped by speaker,
//! filterable by speaker and words; Enter opens the release at the quote.

use std::sync::Arc;

use super::passage;
use crate::corpus::Corpus;
use crate::search::quotes::QuoteIndex;
use crate::search::syntax::Query;
use crate::tui::app::{App, Focus, QuotesIndexState};
use crate::tui::effect::Effect;
use crate::tui::pane::{Pane, QuotesPane};

/// Opens or closes the view; the first time, asks for the quotation index
/// (the view opens when it arrives).
pub fn toggle(app: &mut App, fx: &mut Vec<Effect>) {
    if matches!(app.pane, Pane::Quotes(_)) {
        super::close_pane(app, fx);
        return;
    }
    match app.quotes {
        QuotesIndexState::Ready(_) => open(app, fx),
        QuotesIndexState::Collecting => {}
        QuotesIndexState::Absent => {
            app.quotes = QuotesIndexState::Collecting;
            app.message = Some("collecting quotations…".into());
            fx.push(Effect::IndexQuotes(Arc::clone(&app.corpus)));
        }
    }
}

/// Shows the view (the index is ready).
fn open(app: &mut App, fx: &mut Vec<Effect>) {
    app.pane = Pane::Quotes(QuotesPane::default());
    app.focus = Focus::List;
    refresh(app, fx);
}

/// Takes the quotation index, if it is for the corpus shown, and opens the
/// view.
pub fn indexed(app: &mut App, corpus: &Arc<Corpus>, index: Arc<QuoteIndex>, fx: &mut Vec<Effect>) {
    if Arc::ptr_eq(corpus, &app.corpus) {
        app.quotes = QuotesIndexState::Ready(index);
        app.message = None;
        open(app, fx);
    }
}

/// `f`: lists only the quotations of the releases the list shows, or all.
pub fn toggle_follow(app: &mut App, fx: &mut Vec<Effect>) {
    if let Pane::Quotes(pane) = &mut app.pane {
        pane.follow = !pane.follow;
    }
    app.message = Some(if app.filter.text.is_empty() {
        "the list is not filtered: every quotation is listed".into()
    } else if app.quotes_follow_list() {
        format!(
            "only quotations of the releases the list shows (filter: {})",
            app.filter.text
        )
    } else {
        "quotations of every release".into()
    });
    refresh(app, fx);
}

/// Applies the view's filter, and the list's when the view follows it.
pub fn refresh(app: &mut App, fx: &mut Vec<Effect>) {
    let height = app.list_height();
    let Pane::Quotes(pane) = &app.pane else {
        return;
    };
    let parsed = Query::parse(&pane.picker.filter);
    let Some(index) = app.quote_index().cloned() else {
        return;
    };
    let query = match parsed {
        Ok(query) => query,
        Err(error) => {
            if let Some(prompt) = app.prompt.as_mut() {
                prompt.error = Some(error.message);
            }
            return;
        }
    };
    if let Some(prompt) = app.prompt.as_mut() {
        prompt.error = None;
    }
    let mut items = index.filter(&app.corpus.releases, &query);
    if app.quotes_follow_list() {
        let mut listed = vec![false; app.corpus.releases.len()];
        for &release in super::list::every_listed(app).iter() {
            if let Some(slot) = listed.get_mut(release as usize) {
                *slot = true;
            }
        }
        items.retain(|&row| {
            index
                .rows
                .get(row as usize)
                .is_some_and(|r| listed.get(r.release as usize) == Some(&true))
        });
    }
    if let Pane::Quotes(pane) = &mut app.pane {
        pane.picker.set_items(items, height);
    }
    preview(app, fx);
}

/// Moves the view's selection.
pub fn move_by(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let height = app.list_height();
    app.pane.move_by(delta, height);
    preview(app, fx);
}

/// Shows the selected quotation in the reading pane.
fn preview(app: &mut App, fx: &mut Vec<Effect>) {
    if let Some(row) = app.selected_quote() {
        passage::preview(app, row.release, (row.start, row.end), fx);
    }
}

/// Opens the selected quotation's release at the quote.
pub fn open_selected(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(row) = app.selected_quote() else {
        return;
    };
    app.pane = Pane::Releases;
    passage::go_to(app, row.release, (row.start, row.end), fx);
}
