//! The article list: moving the selection, the filter and the sort order.

use std::sync::Arc;

use super::reader;
use crate::corpus::order::rank_of;
use crate::search::filter::{self, Hit, Query};
use crate::tui::app::App;
use crate::tui::effect::{Effect, FilterRequest};

/// Moves the list selection by `delta` rows (clamped) and shows that release.
pub fn move_selection(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let len = app.list.items.len();
    if len == 0 {
        return;
    }
    let target = (app.list.selected as isize).saturating_add(delta);
    app.list.selected = target.clamp(0, len as isize - 1) as usize;
    clamp_list(app);
    reader::follow_selection(app, fx);
}

/// Selects the list row at `row`, if there is one, and shows its release.
pub fn select_row(app: &mut App, row: usize, fx: &mut Vec<Effect>) {
    if row < app.list.items.len() {
        app.list.selected = row;
        clamp_list(app);
        reader::follow_selection(app, fx);
    }
}

/// Keeps the selected row in range and on screen.
pub fn clamp_list(app: &mut App) {
    let len = app.list.items.len();
    app.list.selected = app.list.selected.min(len.saturating_sub(1));
    let height = app.list_height();
    if app.list.selected < app.list.offset {
        app.list.offset = app.list.selected;
    } else if app.list.selected >= app.list.offset + height {
        app.list.offset = app.list.selected + 1 - height;
    }
    app.list.offset = app.list.offset.min(len.saturating_sub(height));
}

/// Cycles the sort order, keeping the filter.
pub fn cycle_sort(app: &mut App, fx: &mut Vec<Effect>) {
    app.sort = app.sort.next();
    resort(app, fx);
    app.message = Some(format!("sorted by {}", app.sort.label()));
}

/// Puts the corpus in the current sort order and runs the filter again.
pub fn resort(app: &mut App, fx: &mut Vec<Effect>) {
    let order = app.sort.order(&app.corpus.releases);
    app.rank = Arc::new(rank_of(&order));
    app.order = Arc::new(order);
    app.filter.settled = None;
    app.filter.query = Query::default();
    app.filter.first_screen_of = None;
    let text = std::mem::take(&mut app.filter.text);
    let order = Arc::clone(&app.order);
    set_items(app, order, fx);
    set_filter(app, &text, fx);
}

/// Sets the filter text and asks for its results (the runtime filters a
/// small candidate set at once, a large one on a worker).
pub fn set_filter(app: &mut App, text: &str, fx: &mut Vec<Effect>) {
    app.filter.text = text.to_string();
    let query = match Query::parse(text) {
        Ok(query) => query,
        Err(error) => {
            app.filter.error = Some(error.message);
            return;
        }
    };
    app.filter.error = None;
    if query == app.filter.query {
        return;
    }
    app.filter.generation += 1;
    app.filter.query = query.clone();
    if query.is_empty() {
        app.filter.running = false;
        app.filter.first_screen_of = None;
        app.filter.settled = None;
        let order = Arc::clone(&app.order);
        set_items(app, order, fx);
        return;
    }
    let candidates = match &app.filter.settled {
        Some((older, hits)) if query.narrows(older) => Arc::clone(hits),
        _ => Arc::clone(&app.order),
    };
    app.filter.running = true;
    fx.push(Effect::Filter(FilterRequest {
        generation: app.filter.generation,
        corpus: Arc::clone(&app.corpus),
        index: Arc::clone(&app.filter_index),
        query,
        candidates,
        rank: Arc::clone(&app.rank),
    }));
}

/// Takes a filter's results, if they are for the query typed last (`None`:
/// the work was cancelled by a newer query).
pub fn filtered(app: &mut App, generation: u64, hits: Option<Vec<Hit>>, fx: &mut Vec<Effect>) {
    if generation != app.filter.generation {
        return;
    }
    app.filter.running = false;
    app.filter.first_screen_of = None;
    if let Some(hits) = hits {
        app.filter.tiers = filter::tier_counts(&hits);
        let items: Arc<Vec<u32>> = Arc::new(hits.iter().map(|h| h.index).collect());
        app.filter.settled = Some((app.filter.query.clone(), Arc::clone(&items)));
        set_items(app, items, fx);
    }
}

/// Shows a running filter's first screen of rows while the rest are put in
/// order (the count already says how many there are in all).
pub fn first_screen(
    app: &mut App,
    generation: u64,
    hits: Vec<Hit>,
    tiers: (usize, usize),
    fx: &mut Vec<Effect>,
) {
    if generation != app.filter.generation || !app.filter.running {
        return;
    }
    app.filter.tiers = tiers;
    app.filter.first_screen_of = Some(tiers.0 + tiers.1);
    set_items(app, Arc::new(hits.iter().map(|h| h.index).collect()), fx);
}

/// Every release the list's filter matches, in the list's order: its rows,
/// or, while the filter is still running (the rows are an older query's, or
/// only the first screen), the filter run to the end here. What a search
/// or the quotations view scoped to the list looks in.
pub fn every_listed(app: &App) -> Arc<Vec<u32>> {
    if !app.filter.running {
        return Arc::clone(&app.list.items);
    }
    let hits = filter::run(
        &app.corpus.releases,
        &app.filter_index,
        &app.order,
        &app.rank,
        &app.filter.query,
        &|| false,
    )
    .unwrap_or_default();
    Arc::new(hits.iter().map(|h| h.index).collect())
}

/// Replaces the list's rows, keeping the selected release when it is still there.
pub fn set_items(app: &mut App, items: Arc<Vec<u32>>, fx: &mut Vec<Effect>) {
    let previous = app.selected();
    app.list.items = items;
    app.list.selected = previous
        .and_then(|p| app.list.items.iter().position(|&i| i == p))
        .unwrap_or(0);
    if app.prompt.is_some() {
        // While typing, the best match is what the user wants to see.
        app.list.selected = 0;
        app.list.offset = 0;
    }
    clamp_list(app);
    reader::follow_selection(app, fx);
}

/// Selects release `index` in the list, clearing a filter that hides it.
pub fn reveal(app: &mut App, index: u32, fx: &mut Vec<Effect>) {
    if !app.list.items.contains(&index) {
        set_filter(app, "", fx);
    }
    if let Some(row) = app.list.items.iter().position(|&i| i == index) {
        app.list.selected = row;
        clamp_list(app);
    }
}
