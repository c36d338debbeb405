//! The related view (`R`): the open release's near-duplicates, then the
//! releases sharing its rarest words and its speakers.

use super::passage;
use crate::corpus::TextPos;
use crate::tui::app::{App, Focus};
use crate::tui::effect::Effect;
use crate::tui::pane::{Pane, RelatedPane, RelatedRow};
use crate::tui::picker::Picker;

/// Related releases listed for one release.
const LIMIT: usize = 20;

/// Opens (or closes) the related view for the release being read.
pub fn toggle(app: &mut App, fx: &mut Vec<Effect>) {
    if matches!(app.pane, Pane::Related(_)) {
        super::close_pane(app, fx);
        return;
    }
    let Some(release) = app.reader.release else {
        return;
    };
    let Some((analysis, related)) = app.analysis.as_ref().and_then(|a| Some((a, a.related()?)))
    else {
        app.message = Some("still comparing releases; try again in a moment".into());
        return;
    };
    let duplicates = analysis.duplicates_of(release as usize);
    let mut rows: Vec<RelatedRow> = duplicates
        .iter()
        .map(|&d| RelatedRow::Duplicate(d as u32))
        .collect();
    rows.extend(
        related
            .related(release as usize, LIMIT, &duplicates)
            .into_iter()
            .map(RelatedRow::Similar),
    );
    if rows.is_empty() {
        app.message = Some("no related release found".into());
        return;
    }
    let mut picker = Picker::default();
    picker.set_items(rows, app.list_height());
    app.pane = Pane::Related(RelatedPane {
        of: release,
        picker,
    });
    app.focus = Focus::List;
}

/// The selected row's release.
fn selected(app: &App) -> Option<u32> {
    let Pane::Related(pane) = &app.pane else {
        return None;
    };
    pane.picker.current().map(RelatedRow::release)
}

/// Moves the view's selection and shows the release.
pub fn move_by(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let height = app.list_height();
    app.pane.move_by(delta, height);
    if let Some(release) = selected(app) {
        let top = TextPos::new(0, 0);
        passage::preview(app, release, (top, top), fx);
    }
}

/// Opens the selected related release.
pub fn open_selected(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(release) = selected(app) else {
        return;
    };
    app.pane = Pane::Releases;
    let top = TextPos::new(0, 0);
    passage::go_to(app, release, (top, top), fx);
}
