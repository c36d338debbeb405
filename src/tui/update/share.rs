//! Taking a release out of the reader: `o` opens its page (or the link
//! under the paragraph cursor) with the system's opener, `y` copies the
//! passage under the cursor, the selection, the quotation or the bookmark
//! with its citation. Both are effects the runtime performs.

use super::{ask, reader};
use crate::bookmarks::model::passage_text;
use crate::corpus::display::{Citation, excerpt, quoted};
use crate::corpus::{SpanStyle, TextPos};
use crate::tui::app::{App, Focus, PromptKind};
use crate::tui::effect::Effect;
use crate::tui::pane::Pane;

/// The links of the paragraph under the cursor, as indices into the
/// body's links, each once, in reading order.
fn links_under_cursor(app: &App) -> Vec<usize> {
    let mut links = Vec::new();
    let Some(paragraph) = app.reader.body.paragraphs.get(app.reader.cursor) else {
        return links;
    };
    for span in &paragraph.spans {
        if let SpanStyle::Link { index } = span.style {
            let index = index as usize;
            if index < app.reader.body.links.len() && !links.contains(&index) {
                links.push(index);
            }
        }
    }
    links
}

/// `o`: in the reading pane, the link under the cursor (asking which when
/// the paragraph has several); elsewhere, or on a paragraph without a
/// link, the page of the release shown.
pub fn open(app: &mut App, fx: &mut Vec<Effect>) {
    if app.focus == Focus::Reader {
        match links_under_cursor(app).as_slice() {
            [] => {}
            [one] => {
                fx.push(Effect::Open(app.reader.body.links[*one].clone()));
                return;
            }
            [first, ..] => {
                ask(app, PromptKind::OpenLink, &(first + 1).to_string());
                return;
            }
        }
    }
    let Some(release) = app.open_release() else {
        return;
    };
    match &release.url {
        Some(url) => fx.push(Effect::Open(url.clone())),
        None => {
            app.message = Some(format!(
                "{} has no URL to open",
                quoted(&excerpt(&release.title))
            ))
        }
    }
}

/// Opens link number `text` (1-based, as the reader numbers them) of the
/// release shown.
pub fn open_link(app: &mut App, text: &str, fx: &mut Vec<Effect>) {
    let links = &app.reader.body.links;
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=links.len()).contains(&n) => fx.push(Effect::Open(links[n - 1].clone())),
        _ if text.trim().is_empty() => {}
        _ => {
            app.message = Some(format!(
                "no link [{}]: this release has links [1] to [{}]",
                text.trim(),
                links.len()
            ))
        }
    }
}

/// `y`: copies, with its citation, the selection or the paragraph under
/// the cursor in the reading pane, the selected quotation or bookmark in
/// those views; elsewhere the citation of the release shown.
pub fn copy(app: &mut App, fx: &mut Vec<Effect>) {
    let (passage, citation) = match (&app.pane, app.focus) {
        (_, Focus::Reader) => {
            let Some((start, end)) = reader_passage(app) else {
                return;
            };
            if app.selection.take().is_some() {
                reader::marks_changed(app);
            }
            let Some(release) = app.open_release() else {
                return;
            };
            let body = &app.reader.body;
            let speaker = body.speaker_between(start, end);
            let citation = Citation::of(release, speaker, app.options.date_format);
            (passage_text(body, start, end), citation)
        }
        (Pane::Quotes(_), Focus::List) => {
            let Some(row) = app.selected_quote() else {
                return;
            };
            let release = &app.corpus.releases[row.release as usize];
            let body = release.read_body();
            // The speaker as the release names them, as in the reading pane.
            let speaker = body.speaker_between(row.start, row.end);
            let citation = Citation::of(release, speaker, app.options.date_format);
            (body.text_between(row.start, row.end), citation)
        }
        (Pane::Bookmarks(_), Focus::List) => {
            let Some(bookmark) = app.selected_bookmark() else {
                return;
            };
            (bookmark.passage.clone(), bookmark.citation())
        }
        _ => {
            let Some(release) = app.open_release() else {
                return;
            };
            let citation = Citation::of(release, None, app.options.date_format);
            (String::new(), citation)
        }
    };
    let what = if passage.is_empty() {
        format!("the citation of {}", quoted(&excerpt(&citation.title)))
    } else {
        format!("{} with its citation", quoted(&excerpt(&passage)))
    };
    fx.push(Effect::Copy {
        text: citation.with_passage(&passage),
        what,
    });
}

/// The passage `y` copies in the reading pane: the selection, else the
/// paragraph under the cursor.
fn reader_passage(app: &App) -> Option<(TextPos, TextPos)> {
    if let Some(selection) = app.selection {
        return Some((selection.start, selection.end));
    }
    let paragraph = app.reader.body.paragraphs.get(app.reader.cursor)?;
    Some((
        TextPos::new(app.reader.cursor, 0),
        TextPos::new(app.reader.cursor, paragraph.text.len()),
    ))
}
