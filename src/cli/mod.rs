//! The command line: argument definitions and the non-interactive commands
//! (`list`, `show`, `quotes`, `search`, `check`, `bookmarks`) that scripts use.

pub mod bookmarks;
pub mod output;
pub mod quotes;
pub mod report;
pub mod search;
pub mod show;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::{Args, CommandFactory, Parser, Subcommand};
use serde_json::json;

use crate::config::Loaded;
use crate::corpus::order::SortMode;
use crate::corpus::sanitize::for_display;
use crate::corpus::{self, Corpus, Release, display};
use crate::search::syntax::Query;
use output::Output;

/// readout: a terminal reader for press releases.
///
/// With no command, opens the reader on the given folders and files (or on
/// the configured `paths`, or the built-in demo corpus, when none are given).
#[derive(Debug, Parser)]
#[command(
    name = "readout",
    version,
    about,
    long_about = None,
    override_usage = "readout [OPTIONS] [PATH]...            the reader\n       \
                      readout [OPTIONS] <COMMAND> [ARGS]...  a command for scripts",
    after_help = "A command may also come after the paths: `readout ~/archive list` \
                  is `readout list ~/archive`."
)]
pub struct Cli {
    /// A command for scripts; omit it to open the interactive reader.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Folders (walked recursively) and files to read: .txt, .md, .jsonl.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Settings shared by every command.
    #[command(flatten)]
    pub settings: Settings,
}

/// Options that apply to every command.
#[derive(Debug, Args, Clone, Default)]
pub struct Settings {
    /// Parse every file afresh instead of using the cache of parsed files.
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// Where the cache of parsed files is kept [default: the platform cache folder].
    #[arg(long, global = true, env = "READOUT_CACHE_DIR", value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Where bookmarks are kept [default: the platform data folder].
    #[arg(long, global = true, env = "READOUT_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The configuration file [default: config.toml in the platform config folder].
    #[arg(long, global = true, env = "READOUT_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
}

impl Settings {
    /// The cache folder to use, or `None` when caching is off or no folder is known.
    pub fn cache_dir(&self) -> Option<PathBuf> {
        if self.no_cache {
            return None;
        }
        self.cache_dir.clone().or_else(|| {
            directories::ProjectDirs::from("", "", "readout").map(|d| d.cache_dir().to_path_buf())
        })
    }

    /// The bookmarks folder: the one given, else the platform data folder.
    pub fn data_dir(&self) -> Option<PathBuf> {
        self.data_dir
            .clone()
            .or_else(crate::bookmarks::Store::default_dir)
    }
}

/// Where to read releases from.
#[derive(Debug, Args, Clone, Default)]
pub struct Sources {
    /// Folders (walked recursively) and files to read; the demo corpus when none.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// The non-interactive commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// One line per release: id, date, source, title (tab-separated).
    List {
        /// Where to read releases from.
        #[command(flatten)]
        sources: Sources,
        /// Print one JSON object per line with all metadata and counts.
        #[arg(long)]
        json: bool,
        /// Only releases the reader's filter keeps for QUERY (words fuzzy on
        /// titles, 'exact, "phrase", -word, title:, source:, said:, date:,
        /// since:, until:), titles containing the words first; exits 1 when
        /// none does.
        #[arg(long, value_name = "QUERY", allow_hyphen_values = true)]
        filter: Option<String>,
        /// The order, as the reader sorts [default: as read].
        #[arg(long, value_enum)]
        sort: Option<SortArg>,
    },
    /// Print one release, cleaned, by id (or unique id prefix).
    Show {
        /// The release id, as `readout list` prints it (a unique prefix is enough).
        id: String,
        /// Where to read releases from.
        #[command(flatten)]
        sources: Sources,
        /// Print the release as JSON, with paragraphs and quotes (speaker, offsets).
        #[arg(long)]
        json: bool,
    },
    /// Every quotation (and transcript turn) with its speaker, release id and date.
    Quotes {
        /// Where to read releases from.
        #[command(flatten)]
        sources: Sources,
        /// Only this person's quotations and turns: a first name and surname
        /// ("Tim Scott") or one whole word of the name ("bice"); titles and case are ignored.
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        /// Print one JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Full-text search: releases containing every word and "quoted phrase", best
    /// first; exits 1 when none matches, 2 on an error (as grep does).
    Search {
        /// Words, 'exact words, "quoted phrases", -excluded, and fields
        /// (title:, source:, said:, date:2025-03, date:2024-11..2025-02,
        /// since:, until:); all must hold (case is ignored).
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Where to read releases from.
        #[command(flatten)]
        sources: Sources,
        /// Print one JSON object per line, with hits and their snippets.
        #[arg(long)]
        json: bool,
        /// At most this many results.
        #[arg(long, value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
        limit: u32,
        /// Only releases whose source or member name contains NAME (as source:NAME).
        #[arg(long, value_name = "NAME")]
        source: Option<String>,
        /// Only releases dated on or after DATE: 2025, 2025-03 or 2025-03-14 (as since:DATE).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only releases dated on or before DATE (as until:DATE).
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Only releases quoting NAME, by any form of the name (as said:NAME).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
    },
    /// A load report: counts per format, skipped files and records, and why.
    Check {
        /// Where to read releases from.
        #[command(flatten)]
        sources: Sources,
    },
    /// List, export or remove bookmarks (saved passages with notes).
    Bookmarks {
        /// What to do with the bookmarks.
        #[command(subcommand)]
        command: bookmarks::BookmarksCommand,
    },
    /// Show where the configuration file lives, check it, or print a commented default one.
    Config {
        /// Print the default configuration file, with every setting explained.
        #[arg(long, conflicts_with = "check")]
        print_default: bool,
        /// Check the configuration file: every problem with its line (exit status 1 if any).
        #[arg(long)]
        check: bool,
    },
}

/// The command-line arguments with a command written after the paths
/// (`readout ~/archive list --json`) moved before them
/// (`readout list ~/archive --json`), so both orders mean the same. A word
/// that names a command but is also an existing file or folder stays a path.
pub fn command_first(args: Vec<OsString>) -> Vec<OsString> {
    let cli = Cli::command();
    let is_command = |word: &str| {
        cli.get_subcommands()
            .any(|c| c.get_name() == word || c.get_all_aliases().any(|a| a == word))
    };
    let takes_value = |flag: &str| {
        let long = flag.strip_prefix("--");
        cli.get_arguments().any(|a| {
            let named = match long {
                Some(long) => a.get_long() == Some(long),
                None => flag
                    .strip_prefix('-')
                    .and_then(|s| s.chars().last())
                    .is_some_and(|c| a.get_short() == Some(c)),
            };
            named && a.get_action().takes_values()
        })
    };
    let mut first_path = None;
    let mut i = 1;
    while i < args.len() {
        let Some(word) = args[i].to_str() else {
            first_path.get_or_insert(i);
            i += 1;
            continue;
        };
        if word == "--" {
            break;
        }
        if word.starts_with('-') && word.len() > 1 {
            i += if !word.contains('=') && takes_value(word) {
                2
            } else {
                1
            };
            continue;
        }
        if is_command(word) {
            match first_path {
                None => break,
                Some(_) if Path::new(word).exists() => {}
                Some(at) => {
                    let mut args = args;
                    let command = args.remove(i);
                    args.insert(at, command);
                    return args;
                }
            }
        }
        first_path.get_or_insert(i);
        i += 1;
    }
    args
}

/// The orders `readout list --sort` knows, as the reader's `s` cycles them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortArg {
    /// Newest first.
    Date,
    /// Oldest first.
    DateAsc,
    /// By source, then newest first.
    Source,
    /// By title.
    Title,
}

impl SortArg {
    /// The reader's sort mode.
    fn mode(self) -> SortMode {
        match self {
            SortArg::Date => SortMode::DateDesc,
            SortArg::DateAsc => SortMode::DateAsc,
            SortArg::Source => SortMode::Source,
            SortArg::Title => SortMode::Title,
        }
    }
}

/// The end of `readout search` or `readout list --filter` when nothing
/// matched: exit status 1, as grep's.
#[derive(Debug, thiserror::Error)]
#[error("no release matches {0}")]
pub struct NoMatch(pub String);

/// An error of a command that exits as grep does: status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0:#}")]
pub struct GrepError(pub anyhow::Error);

/// The exit status for a command's error: 1 when nothing matched, 2 for
/// an error of `search` or `list --filter`, 1 for any other error.
pub fn exit_status(error: &anyhow::Error) -> u8 {
    if error.downcast_ref::<GrepError>().is_some() {
        2
    } else {
        1
    }
}

/// Loads the corpus for a command: the given paths, or the demo corpus.
/// Fails only when no release at all could be read.
pub fn load_corpus(paths: &[PathBuf], settings: &Settings) -> Result<Corpus> {
    let corpus = read_corpus(paths, settings);
    if corpus.releases.is_empty() {
        let mut message = String::from("no readable release found");
        if !paths.is_empty() {
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            message.push_str(&format!(" in {}", shown.join(", ")));
        }
        for problem in corpus.report.problems.iter().take(20) {
            message.push_str(&format!("\n  {problem}"));
        }
        if corpus.report.problems.len() > 20 {
            message.push_str(&format!(
                "\n  … and {} more problems",
                corpus.report.problems.len() - 20
            ));
        }
        bail!(message);
    }
    Ok(corpus)
}

/// Reads the corpus (the demo corpus when no paths are given), whatever
/// the outcome; the load report says what went wrong.
fn read_corpus(paths: &[PathBuf], settings: &Settings) -> Corpus {
    if paths.is_empty() {
        corpus::demo::load()
    } else {
        crate::archive::load(paths, settings.cache_dir().as_deref(), true)
    }
}

/// Prints a one-line summary of skipped files and records to stderr, so
/// scripts see on stdout only what they asked for.
pub fn warn_about_problems(corpus: &Corpus) {
    let skipped = corpus.report.skipped().count();
    if skipped > 0 {
        eprintln!("readout: {skipped} file(s) or record(s) skipped; `readout check` lists them");
    }
}

/// The paths to read: those given, else the configuration's `paths`
/// (else none: the demo corpus).
pub fn paths_or_configured<'a>(given: &'a [PathBuf], loaded: &'a Loaded) -> &'a [PathBuf] {
    if given.is_empty() {
        &loaded.config.paths
    } else {
        given
    }
}

/// Runs a non-interactive command with the configuration `loaded`,
/// writing to stdout.
pub fn run(command: Command, settings: &Settings, loaded: &Loaded) -> Result<()> {
    let mut out = Output::stdout();
    if !matches!(command, Command::Config { .. }) {
        warn_about_config(loaded);
    }
    let paths = |sources: &Sources| paths_or_configured(&sources.paths, loaded).to_vec();
    let date_format = loaded.config.date_format;
    let result = match command {
        Command::List {
            sources,
            json,
            filter: None,
            sort,
        } => {
            let corpus = load_corpus(&paths(&sources), settings)?;
            warn_about_problems(&corpus);
            let order = match sort {
                Some(sort) => sort.mode().order(&corpus.releases),
                None => (0..corpus.releases.len() as u32).collect(),
            };
            list(&corpus, &order, json, &mut out)
        }
        Command::List {
            sources,
            json,
            filter: Some(query),
            sort,
        } => {
            let grep = |e: anyhow::Error| anyhow::Error::new(GrepError(e));
            let parsed = Query::parse(&query).map_err(|e| {
                grep(anyhow::anyhow!(
                    "in the filter {:?}: {}",
                    for_display(&query),
                    e.message
                ))
            })?;
            let corpus = load_corpus(&paths(&sources), settings).map_err(grep)?;
            warn_about_problems(&corpus);
            let order = match sort {
                Some(sort) => sort.mode().order(&corpus.releases),
                None => (0..corpus.releases.len() as u32).collect(),
            };
            let mut rank = vec![0u32; order.len()];
            for (position, &release) in order.iter().enumerate() {
                rank[release as usize] = position as u32;
            }
            let index = crate::search::filter::FilterIndex::default();
            let hits = crate::search::filter::run(
                &corpus.releases,
                &index,
                &order,
                &rank,
                &parsed,
                &|| false,
            )
            .unwrap_or_default();
            if hits.is_empty() {
                return Err(NoMatch(for_display(&query).into_owned()).into());
            }
            let shown: Vec<u32> = hits.iter().map(|h| h.index).collect();
            list(&corpus, &shown, json, &mut out).map_err(grep)
        }
        Command::Show { id, sources, json } => {
            let corpus = load_corpus(&paths(&sources), settings)?;
            let release = corpus.find(&id)?;
            if json {
                show::write_json(release, &mut out)
            } else {
                show::write_text(release, date_format, &mut out)
            }
        }
        Command::Quotes {
            sources,
            speaker,
            json,
        } => {
            let corpus = load_corpus(&paths(&sources), settings)?;
            warn_about_problems(&corpus);
            quotes::write(&corpus, speaker.as_deref(), json, &mut out)
        }
        Command::Search {
            query,
            sources,
            json,
            limit,
            source,
            since,
            until,
            speaker,
        } => {
            let grep = |e: anyhow::Error| anyhow::Error::new(GrepError(e));
            let narrowing = search::Narrowing {
                source,
                since,
                until,
                speaker,
            };
            let parsed = search::parse(&query, &narrowing).map_err(grep)?;
            let corpus = load_corpus(&paths(&sources), settings).map_err(grep)?;
            warn_about_problems(&corpus);
            let found = search::run(&corpus, &parsed, limit as usize, json, &mut out).map_err(grep);
            match found {
                Ok(0) => Err(NoMatch(parsed.describe()).into()),
                other => other.map(|_| ()),
            }
        }
        Command::Config {
            print_default,
            check,
        } => {
            if print_default {
                write!(out, "{}", crate::config::DEFAULT_FILE).map_err(Into::into)
            } else if check {
                check_config(settings, loaded, &mut out)
            } else {
                let path = settings.config.clone().or_else(crate::config::default_path);
                match path {
                    Some(path) => {
                        let state = if path.is_file() {
                            "exists"
                        } else {
                            "not created yet"
                        };
                        writeln!(out, "{} ({state})", path.display()).map_err(Into::into)
                    }
                    None => {
                        bail!("no configuration folder is known on this system; use --config FILE")
                    }
                }
            }
        }
        Command::Bookmarks { command } => bookmarks::run(command, settings, &mut out),
        Command::Check { sources } => {
            let corpus = read_corpus(&paths(&sources), settings);
            report::write_check(&corpus, &mut out).and_then(|()| {
                if corpus.releases.is_empty() {
                    bail!("no readable release found");
                }
                Ok(())
            })
        }
    };
    out.finish(result)
}

/// Says on stderr, once, that the configuration has a problem (the first,
/// and how many more): a setting may be its default because of it. Values
/// from the file are shown escaped, never obeyed.
pub fn warn_about_config(loaded: &Loaded) {
    let Some(first) = loaded.problems.first() else {
        return;
    };
    eprintln!(
        "readout: {}{}",
        corpus::sanitize::escape_controls(&loaded.describe(first)),
        match loaded.problems.len() {
            1 => String::new(),
            n => format!(" (and {} more; `readout config --check` lists them)", n - 1),
        }
    );
}

/// `readout config --check`: every problem of the configuration file with
/// its line, key bindings included; an error when there is any.
fn check_config(settings: &Settings, loaded: &Loaded, out: &mut Output) -> Result<()> {
    let Some(path) = settings.config.clone().or_else(crate::config::default_path) else {
        bail!("no configuration folder is known on this system; use --config FILE");
    };
    if loaded.path.is_none() {
        writeln!(
            out,
            "{}: not created yet; the default settings apply",
            path.display()
        )?;
        return Ok(());
    }
    let problems = crate::tui::TuiOptions::from_loaded(loaded).warnings;
    for problem in &problems {
        writeln!(out, "{}", corpus::sanitize::escape_controls(problem))?;
    }
    match problems.len() {
        0 => {
            writeln!(out, "{}: no problem found", path.display())?;
            Ok(())
        }
        n => bail!(
            "{n} problem{} in {}",
            if n == 1 { "" } else { "s" },
            path.display()
        ),
    }
}

/// The date column: ISO when the year is known, as written otherwise, `-` when unknown.
pub fn date_column(release: &Release) -> String {
    release
        .date
        .as_ref()
        .map_or_else(|| "-".to_string(), ToString::to_string)
}

/// Writes the releases `order` names, in that order.
fn list(corpus: &Corpus, order: &[u32], json: bool, out: &mut Output) -> Result<()> {
    for release in order
        .iter()
        .filter_map(|&i| corpus.releases.get(i as usize))
    {
        if json {
            let value = json!({
                "id": release.id,
                "title": release.title,
                "title_derived": release.title_derived,
                "date": release.date,
                "updated": release.updated,
                "source": release.source,
                "section": release.section,
                "author": release.author,
                "member": release.member,
                "url": release.url,
                "tags": release.tags,
                "credits": release.credits,
                "path": release.origin.path,
                "line": release.origin.line,
                "format": release.origin.format,
                "paragraphs": release.outline.paragraphs,
                "quotes": release.outline.quotes,
                "quotes_with_speaker": release.outline.attributed,
            });
            output::write_json_line(out, &value)?;
        } else {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                release.id,
                date_column(release),
                display::source_label(release),
                release.title
            )?;
        }
    }
    Ok(())
}
