//! The in-memory corpus: every release of an archive, parsed once from bytes.
//!
//! Everything in this module is pure: bytes or text in, releases out.
//! Reading files from disk and keeping the cache live in the archive layer (`archive`);
//! nothing here reads or writes a file or touches a terminal.

pub mod assemble;
pub mod body;
pub mod date;
pub mod decode;
pub mod demo;
pub mod display;
pub mod encoding;
pub mod finish;
pub mod furniture;
pub mod handle;
pub mod html;
pub mod id;
pub mod jsonl;
pub mod linebreaks;
pub mod markdown;
pub mod meta;
pub mod order;
pub mod parse;
pub mod quotes;
pub mod report;
pub mod sanitize;
pub mod text;
pub mod yaml;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

pub use body::{Body, Outline};
pub use date::ReleaseDate;
pub use handle::{BodyHandle, BodyStore};
pub use id::ReleaseId;
pub use report::{LoadReport, Problem};

/// The file formats readout reads releases from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text, optionally with header lines (section, timestamp, title, source).
    Text,
    /// Markdown with YAML front matter.
    Markdown,
    /// JSON Lines: one release per line.
    Jsonl,
}

impl Format {
    /// The lowercase name used in reports and JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Jsonl => "jsonl",
        }
    }
}

/// Where a release came from: its file and, for JSON Lines, its line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// The file the release was read from (shared by all releases of one file).
    pub path: Arc<Path>,
    /// The 1-based line number for JSON Lines records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The format the release was parsed as.
    pub format: Format,
}

impl Origin {
    /// An origin for a release read from `path` in `format`.
    pub fn new(path: impl Into<PathBuf>, line: Option<u32>, format: Format) -> Self {
        Origin {
            path: Arc::from(path.into().into_boxed_path()),
            line,
            format,
        }
    }

    /// `path` or `path:line`, for messages.
    pub fn describe(&self) -> String {
        match self.line {
            Some(line) => format!("{}:{line}", self.path.display()),
            None => self.path.display().to_string(),
        }
    }
}

/// What kind of block a paragraph is, so the reader can lay it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Block {
    /// Ordinary running text.
    #[default]
    Body,
    /// A heading inside the body (level 1–6).
    Heading {
        /// Heading level, 1 being the largest.
        level: u8,
    },
    /// A bullet or numbered list item.
    ListItem {
        /// Nesting depth, 0 for a top-level item.
        depth: u8,
    },
    /// A block quotation (`>` in Markdown).
    BlockQuote,
    /// Text laid out in lines that must not be re-flowed (tables, code).
    Preformatted,
}

/// How a span of a paragraph is emphasised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanStyle {
    /// `**bold**` / `<strong>`.
    Strong,
    /// `*italic*` / `<em>`.
    Emphasis,
    /// The visible text of a link; the target is `Body::links[index]`.
    Link {
        /// Index into [`Body::links`].
        index: u32,
    },
}

/// A styled byte range of a paragraph's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offset where the span starts (on a char boundary).
    pub start: u32,
    /// Byte offset one past the span's end (on a char boundary).
    pub end: u32,
    /// How the span is styled.
    pub style: SpanStyle,
}

/// One paragraph of a release body: clean text plus layout hints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Paragraph {
    /// Clean, single-line text (newlines only inside `Preformatted` blocks).
    pub text: String,
    /// What kind of block this is.
    #[serde(flatten)]
    pub block: Block,
    /// Emphasis and links, sorted by start, not overlapping.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
}

impl Paragraph {
    /// A plain body paragraph.
    pub fn body(text: impl Into<String>) -> Self {
        Paragraph {
            text: text.into(),
            block: Block::Body,
            spans: Vec::new(),
        }
    }

    /// A paragraph of the given block kind with no spans.
    pub fn with_block(text: impl Into<String>, block: Block) -> Self {
        Paragraph {
            text: text.into(),
            block,
            spans: Vec::new(),
        }
    }
}

/// A position in a release body: a paragraph and a byte offset into its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TextPos {
    /// Index into [`Body::paragraphs`].
    pub paragraph: u32,
    /// Byte offset into that paragraph's text (on a char boundary).
    pub offset: u32,
}

impl TextPos {
    /// A position at `offset` bytes into paragraph `paragraph`.
    pub fn new(paragraph: usize, offset: usize) -> Self {
        TextPos {
            paragraph: paragraph as u32,
            offset: offset as u32,
        }
    }
}

/// A quotation found in a release body, with its speaker when the text names one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Where the quotation starts (at its opening quote mark).
    pub start: TextPos,
    /// Where it ends, exclusive (just after its closing quote mark, or the end
    /// of the last paragraph it runs through).
    pub end: TextPos,
    /// The speaker as the text names them ("Rep. Bice", "Xi Jinping").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// A turn of a transcript (a press briefing, an interview, remarks with
/// speaker labels such as `MS. PSAKI:` or `Q`): paragraphs one speaker says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Turn {
    /// Index of the turn's first paragraph, which opens with its label.
    pub start: u32,
    /// One past the index of its last paragraph.
    pub end: u32,
    /// Length in bytes of the label at the start of the first paragraph
    /// (`MS. PSAKI:`), the colon included.
    pub label: u32,
    /// Who speaks: a name as fully as the release gives it, [`Turn::QUESTION`]
    /// for a reporter's question, `None` when the label names no one
    /// (`MODERATOR:`, `SENIOR ADMINISTRATION OFFICIAL:`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

impl Turn {
    /// The speaker of a reporter's question.
    pub const QUESTION: &str = "Q";

    /// True for a reporter's question.
    pub fn is_question(&self) -> bool {
        self.speaker.as_deref() == Some(Turn::QUESTION)
    }

    /// The person the turn is a statement by: its speaker, unless it is a
    /// reporter's question or names no one.
    pub fn statement_by(&self) -> Option<&str> {
        self.speaker.as_deref().filter(|_| !self.is_question())
    }

    /// True when paragraph `index` is part of this turn.
    pub fn holds(&self, index: usize) -> bool {
        (self.start as usize..self.end as usize).contains(&index)
    }
}

/// A member of Congress (or other office holder) a release belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Default)]
pub struct Member {
    /// Full name as published.
    pub name: String,
    /// Party name ("Democrat", "Republican", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// State or territory code ("KY").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// "House" or "Senate".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chamber: Option<String>,
}

/// A press release: metadata in memory, and a clean body that may be kept
/// in the cache file until it is read (see [`body`]).
#[derive(Debug, Clone, Serialize)]
pub struct Release {
    /// Stable identifier, the same on every run over the same archive.
    pub id: ReleaseId,
    /// Headline; derived from the first sentence when the source has none.
    pub title: String,
    /// True when `title` was derived from the body rather than given.
    pub title_derived: bool,
    /// Publication date, as precise as the source says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<ReleaseDate>,
    /// When the release was last updated, if the source says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<ReleaseDate>,
    /// Publisher: outlet, office or website ("CGTN", "barr.house.gov").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Section or category ("Politics", "statements-releases").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Author or speaker the release is from, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The member of Congress the release belongs to, where known (shared
    /// by the releases of one member read from the cache).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<Arc<Member>>,
    /// Canonical URL of the release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Tags or keywords.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Credit lines ("With input from Xinhua").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub credits: Vec<String>,
    /// Counts and speakers of the body, known without reading it.
    #[serde(skip)]
    pub outline: Outline,
    /// The file (and line) the release came from.
    pub origin: Origin,
    /// The body, in memory or in the cache file.
    #[serde(skip)]
    pub(crate) body: BodyHandle,
}

impl Release {
    /// Reads the body: paragraphs, quotations, links and trailer — from
    /// the cache file when the release was loaded through it, so callers
    /// keep the returned body while they need it rather than asking again.
    pub fn read_body(&self) -> Arc<Body> {
        self.body.get()
    }
}

/// Two releases are equal when their metadata and their bodies' contents
/// are, wherever each body is kept.
impl PartialEq for Release {
    fn eq(&self, other: &Release) -> bool {
        self.id == other.id
            && self.title == other.title
            && self.title_derived == other.title_derived
            && self.date == other.date
            && self.updated == other.updated
            && self.source == other.source
            && self.section == other.section
            && self.author == other.author
            && self.member == other.member
            && self.url == other.url
            && self.tags == other.tags
            && self.credits == other.credits
            && self.outline == other.outline
            && self.origin == other.origin
            && *self.read_body() == *other.read_body()
    }
}

#[cfg(test)]
impl Release {
    /// A release for unit tests: an id from `key`, `title`, plain `paragraphs`
    /// and its file at `path`; every other field empty.
    pub(crate) fn sample(key: &str, title: &str, paragraphs: &[&str], path: &str) -> Release {
        Release::sample_with(
            key,
            title,
            Body {
                paragraphs: paragraphs.iter().map(|t| Paragraph::body(*t)).collect(),
                ..Body::default()
            },
            path,
        )
    }

    /// A release for unit tests with the given body; metadata as [`Release::sample`].
    pub(crate) fn sample_with(key: &str, title: &str, body: Body, path: &str) -> Release {
        Release {
            id: ReleaseId::from_key(key),
            title: title.into(),
            title_derived: false,
            date: None,
            updated: None,
            source: None,
            section: None,
            author: None,
            member: None,
            url: None,
            tags: vec![],
            credits: vec![],
            outline: body.outline(),
            origin: Origin::new(path, None, Format::Text),
            body: BodyHandle::in_memory(body),
        }
    }
}

/// Everything read from an archive: the releases and a report of what was skipped.
#[derive(Debug, Default)]
pub struct Corpus {
    /// All releases, in load order (files sorted by path, records by line).
    pub releases: Vec<Release>,
    /// What was read, and every problem met on the way.
    pub report: LoadReport,
    /// Where the full-text index of exactly these releases may be saved
    /// between runs (by the search layer); `None` without a cache
    /// folder, or for files not read from disk.
    pub index_file: Option<IndexFile>,
    /// Release ids (as numbers) and their indices, sorted by id; built the
    /// first time a release is looked up by id.
    by_id: OnceLock<Vec<(u64, u32)>>,
}

/// The file a corpus's full-text index is saved in, and the fingerprint of
/// what the corpus was read from (every file's name, size and modification
/// time, and the parser), which a saved index must carry to be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexFile {
    /// The file, beside the corpus's cache.
    pub path: PathBuf,
    /// The corpus's fingerprint.
    pub fingerprint: u64,
}

impl Corpus {
    /// A corpus of these releases, read with this report.
    pub fn new(releases: Vec<Release>, report: LoadReport) -> Corpus {
        Corpus {
            releases,
            report,
            ..Corpus::default()
        }
    }

    /// The index of the release with exactly this id.
    pub fn index_of(&self, id: &str) -> Option<u32> {
        let wanted = u64::from_str_radix(id, 16).ok()?;
        let index = self.by_id.get_or_init(|| {
            let mut index: Vec<(u64, u32)> = self
                .releases
                .iter()
                .enumerate()
                .filter_map(|(i, r)| Some((u64::from_str_radix(r.id.as_str(), 16).ok()?, i as u32)))
                .collect();
            index.sort_unstable();
            index
        });
        let at = index.partition_point(|(k, _)| *k < wanted);
        index.get(at).filter(|(k, _)| *k == wanted).map(|(_, i)| *i)
    }

    /// Finds a release by full id or unambiguous id prefix.
    pub fn find(&self, id: &str) -> Result<&Release, FindError> {
        let wanted = id.trim().to_ascii_lowercase();
        if wanted.is_empty() {
            return Err(FindError::NotFound(id.to_string()));
        }
        let mut found = self
            .releases
            .iter()
            .filter(|r| r.id.as_str().starts_with(&wanted));
        match (found.next(), found.next()) {
            (Some(release), None) => Ok(release),
            (Some(_), Some(_)) => {
                if let Some(exact) = self.releases.iter().find(|r| r.id.as_str() == wanted) {
                    Ok(exact)
                } else {
                    Err(FindError::Ambiguous(id.to_string()))
                }
            }
            _ => Err(FindError::NotFound(id.to_string())),
        }
    }
}

/// Why a release id could not be resolved.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FindError {
    /// No release has this id or id prefix.
    #[error("no release has the id {0:?}; `readout list` shows the ids")]
    NotFound(String),
    /// Several releases start with this prefix.
    #[error("the id prefix {0:?} matches several releases; give more characters")]
    Ambiguous(String),
}

/// What a format parser extracts from one release before the shared finishing
/// steps (title derivation, credits, quotes, id) turn it into a [`Release`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    /// Title as given by the source, if any.
    pub title: Option<String>,
    /// Publication date as written by the source, if any.
    pub date: Option<String>,
    /// Update date as written by the source, if any.
    pub updated: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Section or category.
    pub section: Option<String>,
    /// Author or speaker.
    pub author: Option<String>,
    /// Member of Congress.
    pub member: Option<Member>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Credit lines already recognised by the parser.
    pub credits: Vec<String>,
    /// Body paragraphs (credits, end marks and trailers still included).
    pub paragraphs: Vec<Paragraph>,
    /// Link targets referenced by spans.
    pub links: Vec<String>,
}
