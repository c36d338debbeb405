//! The command line: argument definitions and the non-interactive commands
//! (`list`, `show`, `quotes`, `search`, `check`, `bookmarks`) that scripts use.

pub mod bookmarks;
pub mod output;
pub mod quotes;
pub mod report;
pub mod search;
pub mod show;

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Args, Parser, Subcommand};
use serde_json::json;

use crate::corpus::{self, Corpus, Release, display};
use output::Output;

/// readout: a terminal reader for press releases.
///
/// With no command, opens the reader on the given folders and files (or on
/// the built-in demo corpus when none are given).
#[derive(Debug, Parser)]
#[command(name = "readout", version, about, long_about = None)]
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
    /// Full-text search: releases containing every word and "quoted phrase", best first.
    Search {
        /// Words and "quoted phrases"; all must occur (case is ignored).
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
    /// Show where the configuration file lives, or print a commented default one.
    Config {
        /// Print the default configuration file, with every setting explained.
        #[arg(long)]
        print_default: bool,
    },
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

/// Runs a non-interactive command, writing to stdout.
pub fn run(command: Command, settings: &Settings) -> Result<()> {
    let mut out = Output::stdout();
    let result = match command {
        Command::List { sources, json } => {
            let corpus = load_corpus(&sources.paths, settings)?;
            warn_about_problems(&corpus);
            list(&corpus, json, &mut out)
        }
        Command::Show { id, sources, json } => {
            let corpus = load_corpus(&sources.paths, settings)?;
            let release = corpus.find(&id)?;
            if json {
                show::write_json(release, &mut out)
            } else {
                show::write_text(release, &mut out)
            }
        }
        Command::Quotes {
            sources,
            speaker,
            json,
        } => {
            let corpus = load_corpus(&sources.paths, settings)?;
            warn_about_problems(&corpus);
            quotes::write(&corpus, speaker.as_deref(), json, &mut out)
        }
        Command::Search {
            query,
            sources,
            json,
            limit,
        } => {
            let query = search::parse(&query)?;
            let corpus = load_corpus(&sources.paths, settings)?;
            warn_about_problems(&corpus);
            search::run(&corpus, &query, limit as usize, json, &mut out)
        }
        Command::Config { print_default } => {
            if print_default {
                write!(out, "{}", crate::config::DEFAULT_FILE).map_err(Into::into)
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
            let corpus = read_corpus(&sources.paths, settings);
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

/// The date column: ISO when the year is known, as written otherwise, `-` when unknown.
pub fn date_column(release: &Release) -> String {
    release
        .date
        .as_ref()
        .map_or_else(|| "-".to_string(), ToString::to_string)
}

fn list(corpus: &Corpus, json: bool, out: &mut Output) -> Result<()> {
    for release in &corpus.releases {
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
