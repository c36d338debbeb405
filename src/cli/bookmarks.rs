//! `readout bookmarks …`: list, export and remove saved passages from the
//! command line.

use std::io::Write;

use anyhow::{Context, Result, anyhow, bail};
use clap::{Subcommand, ValueEnum};

use super::Settings;
use super::output::Output;
use crate::archive::persist::SaveError;
use crate::bookmarks::export;
use crate::bookmarks::{Bookmark, Notice, Store, model};
use crate::corpus::sanitize::{escape_line, for_display, terminal_safe_json};

/// How many words of a passage `bookmarks list` shows.
const PREVIEW_WORDS: usize = 8;

/// The `bookmarks` subcommands.
#[derive(Debug, Subcommand)]
pub enum BookmarksCommand {
    /// One line per bookmark: id, date made, release title, first words, note (tab-separated).
    List {
        /// Print one JSON object per line with every field.
        #[arg(long)]
        json: bool,
    },
    /// Print every bookmark as Markdown citations, as text (the passage and a citation line, as `y` copies it) or as a JSON array.
    Export {
        /// The output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
        format: ExportFormat,
    },
    /// Delete a bookmark by id (or unique id prefix).
    Remove {
        /// The bookmark id, as `readout bookmarks list` prints it.
        id: String,
    },
    /// Test aid: add COUNT synthetic bookmarks, printing each id once saved.
    #[command(hide = true)]
    StressWriter {
        /// How many bookmarks to add.
        #[arg(long, default_value_t = 1_000_000)]
        count: usize,
    },
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown citations.
    Md,
    /// Each passage with its citation line, as the reader's `y` copies it.
    Text,
    /// A JSON array.
    Json,
}

/// Runs a `bookmarks` subcommand against the store in the data folder.
pub fn run(command: BookmarksCommand, settings: &Settings, out: &mut Output) -> Result<()> {
    let dir = settings
        .data_dir()
        .context("no data folder is known on this system; use --data-dir DIR")?;
    let (mut store, notices) = Store::open(&dir);
    warn(&notices);
    let result = match command {
        BookmarksCommand::List { json } => list(store.bookmarks(), json, out),
        BookmarksCommand::Export { format } => {
            let text = match format {
                ExportFormat::Md => export::to_markdown(store.bookmarks()),
                ExportFormat::Text => export::to_text(store.bookmarks()),
                ExportFormat::Json => export::to_json(store.bookmarks()),
            };
            out.write_all(text.as_bytes()).map_err(Into::into)
        }
        BookmarksCommand::Remove { id } => remove(&mut store, &id, out),
        BookmarksCommand::StressWriter { count } => stress_writer(&mut store, count),
    };
    warn(&store.take_notices());
    result
}

/// Prints notices to stderr.
fn warn(notices: &[Notice]) {
    for notice in notices {
        eprintln!("readout: {}", escape_line(&notice.0));
    }
}

fn list(bookmarks: &[Bookmark], json: bool, out: &mut Output) -> Result<()> {
    for b in bookmarks {
        if json {
            writeln!(out, "{}", terminal_safe_json(&serde_json::to_string(b)?))?;
        } else {
            let date = b.created.get(..10).unwrap_or(&b.created);
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}",
                for_display(&b.id),
                for_display(date),
                for_display(&b.title),
                for_display(&preview(&b.passage)),
                for_display(&b.note),
            )?;
        }
    }
    Ok(())
}

/// The first words of a passage, with an ellipsis when there are more.
fn preview(passage: &str) -> String {
    let mut words = passage.split_whitespace();
    let mut shown: Vec<&str> = words.by_ref().take(PREVIEW_WORDS).collect();
    if words.next().is_some() {
        shown.push("…");
    }
    shown.join(" ")
}

fn remove(store: &mut Store, wanted: &str, out: &mut Output) -> Result<()> {
    let wanted = wanted.trim().to_ascii_lowercase();
    let matching: Vec<&Bookmark> = store
        .bookmarks()
        .iter()
        .filter(|b| !wanted.is_empty() && b.id.starts_with(&wanted))
        .collect();
    let id = match matching.as_slice() {
        [one] => one.id.clone(),
        [] => bail!(
            "no bookmark has the id {:?}; `readout bookmarks list` shows the ids",
            for_display(&wanted)
        ),
        several => match several.iter().find(|b| b.id == wanted) {
            Some(exact) => exact.id.clone(),
            None => bail!(
                "the id prefix {:?} matches {} bookmarks; give more characters",
                for_display(&wanted),
                several.len()
            ),
        },
    };
    let removed = store.remove(&id).map_err(|e| match e {
        SaveError::Write { path, source, .. } => {
            anyhow!(
                "bookmark not removed: could not save {}: {source}",
                path.display()
            )
        }
        SaveError::NewerVersion { path, version, .. } => anyhow!(
            "bookmark not removed: {} is from a newer readout (format version {version})",
            path.display()
        ),
        other => anyhow!("bookmark not removed: {other}"),
    })?;
    if let Some(b) = removed {
        writeln!(
            out,
            "removed {}\t{}",
            for_display(&b.id),
            for_display(&b.title)
        )?;
    }
    Ok(())
}

/// Adds synthetic bookmarks one by one, printing each id to stdout (and
/// flushing) only once it is saved, so a test that kills this process can
/// check that every reported bookmark survived.
fn stress_writer(store: &mut Store, count: usize) -> Result<()> {
    let stdout = std::io::stdout();
    for i in 0..count {
        let now = crate::archive::clock::now();
        let passage = format!("passage {i}");
        let b = Bookmark {
            id: model::new_id(),
            release: "stress".into(),
            path: "stress.txt".into(),
            line: None,
            title: "Stress".into(),
            date: None,
            source: None,
            url: None,
            hash: model::passage_hash(&passage),
            passage,
            start: crate::corpus::TextPos::new(0, 0),
            end: crate::corpus::TextPos::new(0, 0),
            speaker: None,
            note: String::new(),
            created: now.clone(),
            updated: now,
        };
        let id = b.id.clone();
        store.add(b)?;
        let mut lock = stdout.lock();
        writeln!(lock, "{id}")?;
        lock.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_folder_given_wins() {
        let settings = Settings {
            data_dir: Some("/somewhere".into()),
            ..Settings::default()
        };
        assert_eq!(settings.data_dir(), Some("/somewhere".into()));
        assert_eq!(Settings::default().data_dir(), Store::default_dir());
    }

    #[test]
    fn previews_stop_after_a_few_words() {
        assert_eq!(preview("one two"), "one two");
        assert_eq!(preview("a b c d e f g h i j"), "a b c d e f g h …");
    }
}
