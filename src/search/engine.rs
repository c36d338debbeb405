//! Full-text search over the whole corpus, on tantivy: one document per
//! release with its title, body, source, speakers and date, kept in an
//! index folder beside the cache and opened memory-mapped.
//!
//! Words are split by [`super::query`]'s tokenizer (lowercase, apostrophes
//! folded, CJK characters one by one) and sentence punctuation leaves a gap
//! in positions, so a phrase never runs across it. The index records, in
//! its commit, the corpus fingerprint it was made for and a signature of
//! each file's releases: a corpus read again with some files changed
//! deletes and adds the documents of those files only.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, FilterCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhrasePrefixQuery, PhraseQuery,
    Query as EngineQuery, RangeQuery, RegexQuery, TermQuery,
};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument,
    Term,
};

use super::hits::{SearchHit, find_hits};
use super::query::{TextQuery, Tokens, tokens};
use super::speaker;
use super::syntax::{DateSpec, Query, TermKind, day_number};
use crate::corpus::{Corpus, Release};

/// A hash of the code that shapes the index (the parser and `src/search`,
/// made by `build.rs`): an index made by other code is built again.
const VERSION: &str = env!("READOUT_INDEX_HASH");
/// The tokenizer's name in the index.
const TOKENIZER: &str = "readout";
/// How much a word of the title counts against one of the body.
const TITLE_BOOST: f32 = 3.0;
/// Indexing threads.
const WRITER_THREADS: usize = 2;
/// Memory the indexing threads share before writing a segment.
const WRITER_MEMORY: usize = 256 << 20;
/// Releases handed to the writer between progress reports.
const BATCH: usize = 1024;

/// Why the engine could not open, build or search an index.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// tantivy failed (a damaged index, a full disk).
    #[error("full-text index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The index folder could not be made or cleared.
    #[error("full-text index folder {path}: {source}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
}

/// The fields of a release document.
#[derive(Debug, Clone, Copy)]
struct Fields {
    /// The release's id as a number (fast): document → release.
    id: Field,
    /// The file the release came from (raw): what a changed file deletes.
    file: Field,
    title: Field,
    body: Field,
    /// Source and member name.
    source: Field,
    /// Speaker keys (raw), for `said:`.
    said: Field,
    /// Speakers' names as written.
    speakers: Field,
    /// [`day_number`] (indexed and fast): ranges and newest-first order.
    day: Field,
    /// Month 1–12, for month names.
    month: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let text = |positions: bool| {
            let option = if positions {
                IndexRecordOption::WithFreqsAndPositions
            } else {
                IndexRecordOption::WithFreqs
            };
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(TOKENIZER)
                    .set_index_option(option),
            )
        };
        let fields = Fields {
            id: builder.add_u64_field("id", FAST),
            file: builder.add_text_field("file", STRING),
            title: builder.add_text_field("title", text(true)),
            body: builder.add_text_field("body", text(true)),
            source: builder.add_text_field("source", text(true)),
            said: builder.add_text_field("said", STRING),
            speakers: builder.add_text_field("speakers", text(true)),
            day: builder.add_u64_field("day", INDEXED | FAST),
            month: builder.add_u64_field("month", INDEXED),
        };
        (builder.build(), fields)
    }

    /// The document of a release.
    fn document(&self, release: &Release) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_u64(self.id, id_number(release));
        doc.add_text(self.file, file_key(release));
        doc.add_text(self.title, &release.title);
        for paragraph in &release.read_body().paragraphs {
            doc.add_text(self.body, &paragraph.text);
        }
        if let Some(source) = &release.source {
            doc.add_text(self.source, source);
        }
        if let Some(member) = &release.member {
            doc.add_text(self.source, &member.name);
        }
        for name in &release.outline.speakers {
            doc.add_text(self.said, speaker::key(name));
            doc.add_text(self.speakers, name);
        }
        if let Some(date) = &release.date {
            if let Some(day) = day_number(date) {
                doc.add_u64(self.day, u64::from(day));
            }
            if let Some(month) = date.month {
                doc.add_u64(self.month, u64::from(month));
            }
        }
        doc
    }
}

/// A release's id as a number (its 12 hex digits).
fn id_number(release: &Release) -> u64 {
    u64::from_str_radix(release.id.as_str(), 16).unwrap_or(0)
}

/// The name a release's file has in the index.
fn file_key(release: &Release) -> String {
    release.origin.path.to_string_lossy().into_owned()
}

/// [`super::query`]'s tokenizer as tantivy's.
#[derive(Debug, Clone, Default)]
struct ReadoutTokenizer {
    token: Token,
}

/// The token stream of [`ReadoutTokenizer`].
struct ReadoutStream<'a> {
    tokens: Tokens<'a>,
    token: &'a mut Token,
}

impl Tokenizer for ReadoutTokenizer {
    type TokenStream<'a> = ReadoutStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ReadoutStream<'a> {
        self.token.reset();
        ReadoutStream {
            tokens: Tokens::new(text),
            token: &mut self.token,
        }
    }
}

impl TokenStream for ReadoutStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((range, joined)) = self.tokens.next_into(&mut self.token.text) else {
            return false;
        };
        // A gap of one position where punctuation breaks a phrase.
        let step = if joined { 1 } else { 2 };
        self.token.position = self.token.position.wrapping_add(step);
        self.token.offset_from = range.start;
        self.token.offset_to = range.end;
        self.token.position_length = 1;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// What the index's last commit says it holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
struct Stamp {
    /// [`VERSION`] of the code that made it.
    version: String,
    /// The fingerprint of the corpus indexed (see [`crate::corpus::IndexFile`]).
    fingerprint: u64,
    /// Each file's signature (see [`signatures`]).
    files: BTreeMap<String, u64>,
}

/// A signature of each file's releases (ids, titles, dates, sources and
/// bodies' fingerprints): a file whose signature changed is indexed again.
fn signatures(releases: &[Release]) -> BTreeMap<String, u64> {
    let mut files: BTreeMap<String, u64> = BTreeMap::new();
    for release in releases {
        let mut hash = files
            .get(release.origin.path.to_string_lossy().as_ref())
            .copied()
            .unwrap_or(0xcbf2_9ce4_8422_2325);
        let mut add = |bytes: &[u8]| {
            for &b in bytes {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
        };
        add(release.id.as_str().as_bytes());
        add(release.title.as_bytes());
        add(&release.outline.fingerprint.to_le_bytes());
        add(release.source.as_deref().unwrap_or("").as_bytes());
        add(release
            .member
            .as_ref()
            .map_or("", |m| m.name.as_str())
            .as_bytes());
        if let Some(date) = &release.date {
            add(date.written.as_bytes());
        }
        for s in &release.outline.speakers {
            add(s.as_bytes());
        }
        files.insert(file_key(release), hash);
    }
    files
}

/// How an engine came to be ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// Opened as saved: nothing to do.
    Read,
    /// Opened and brought up to date: the documents of `files` changed
    /// files were deleted and added again (`releases` of them).
    Updated {
        /// Files added, changed or removed.
        files: usize,
        /// Releases indexed.
        releases: usize,
    },
    /// Built from nothing (first time, another version, or a damaged index).
    Built,
    /// Built in memory: the corpus has no place for an index, or another
    /// readout is updating it.
    InMemory,
}

/// The full-text index of a corpus, ready to search.
pub struct Engine {
    reader: IndexReader,
    fields: Fields,
    /// Release index by id number.
    by_id: Arc<HashMap<u64, u32>>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("releases", &self.by_id.len())
            .finish_non_exhaustive()
    }
}

/// The results of a search: the best releases and how many matched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// The best releases, best first (newest first when nothing is scored).
    pub hits: Vec<SearchHit>,
    /// How many releases matched in all.
    pub total: usize,
}

impl Engine {
    /// The index of `corpus`: opened from beside its cache when it was
    /// saved for exactly this corpus, brought up to date when some files
    /// changed, else built (in memory when the corpus has no place for it).
    /// `indexed` is told how many releases each step indexed.
    pub fn open(
        corpus: &Corpus,
        indexed: &(dyn Fn(usize) + Sync),
    ) -> Result<(Engine, Opened), EngineError> {
        let Some(place) = &corpus.index_file else {
            return Ok((Engine::in_memory(corpus, indexed)?, Opened::InMemory));
        };
        // The hand-written index of earlier versions lived in this file.
        if place.path.is_file() {
            let _ = fs::remove_file(&place.path);
        }
        let dir = place.path.with_extension("search");
        let wanted = || Stamp {
            version: VERSION.to_string(),
            fingerprint: place.fingerprint,
            files: signatures(&corpus.releases),
        };
        if let Some((index, stamp)) = open_dir(&dir) {
            if stamp.fingerprint == place.fingerprint {
                return Ok((Engine::around(index, corpus)?, Opened::Read));
            }
            let wanted = wanted();
            return match update(&index, corpus, &stamp, &wanted, indexed) {
                Ok(opened) => Ok((Engine::around(index, corpus)?, opened)),
                // Another readout holds the writer: this one searches alone.
                Err(EngineError::Tantivy(tantivy::TantivyError::LockFailure(..))) => {
                    Ok((Engine::in_memory(corpus, indexed)?, Opened::InMemory))
                }
                Err(e) => Err(e),
            };
        }
        let folder = |source| EngineError::Folder {
            path: dir.clone(),
            source,
        };
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(folder)?;
        }
        fs::create_dir_all(&dir).map_err(folder)?;
        let index = new_index(Some(&dir))?;
        build(&index, corpus, &wanted(), indexed)?;
        Ok((Engine::around(index, corpus)?, Opened::Built))
    }

    /// An index of `corpus` in memory only.
    pub fn in_memory(
        corpus: &Corpus,
        indexed: &(dyn Fn(usize) + Sync),
    ) -> Result<Engine, EngineError> {
        let index = new_index(None)?;
        build(&index, corpus, &Stamp::default(), indexed)?;
        Engine::around(index, corpus)
    }

    /// The engine over an index of `corpus`'s releases.
    fn around(index: Index, corpus: &Corpus) -> Result<Engine, EngineError> {
        register(&index);
        let (_, fields) = Fields::schema();
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let by_id = Arc::new(
            corpus
                .releases
                .iter()
                .enumerate()
                .map(|(i, r)| (id_number(r), i as u32))
                .collect(),
        );
        Ok(Engine {
            reader,
            fields,
            by_id,
        })
    }

    /// A searcher over the index as it is.
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// The number of releases indexed.
    pub fn release_count(&self) -> usize {
        self.searcher().num_docs() as usize
    }

    /// The release of a document, if it is one of the corpus's.
    pub fn release_of(&self, searcher: &Searcher, address: DocAddress) -> Option<u32> {
        let column = searcher
            .segment_reader(address.segment_ord)
            .fast_fields()
            .u64("id")
            .ok()?;
        self.by_id.get(&column.first(address.doc_id)?).copied()
    }

    /// The release index of each document of a segment, for reading
    /// postings (`None` for a document of no release of the corpus).
    pub fn releases_of_segment(&self, segment: &tantivy::SegmentReader) -> Vec<Option<u32>> {
        let Ok(column) = segment.fast_fields().u64("id") else {
            return Vec::new();
        };
        (0..segment.max_doc())
            .map(|doc| {
                let alive = segment.alive_bitset().is_none_or(|a| a.is_alive(doc));
                alive
                    .then(|| column.first(doc))
                    .flatten()
                    .and_then(|id| self.by_id.get(&id).copied())
            })
            .collect()
    }

    /// The body field, whose words relate releases.
    pub fn body_field(&self) -> Field {
        self.fields.body
    }

    /// The title field, whose words count more in relating releases.
    pub fn title_field(&self) -> Field {
        self.fields.title
    }

    /// The best `limit` releases for `query`, with every hit of its words
    /// and phrases in each; only releases `within` allows when it is given
    /// (the list's filter). Releases are ranked by BM25 over their words and
    /// phrases (title words count three times); a query of fields alone
    /// lists the newest first.
    pub fn search(
        &self,
        releases: &[Release],
        query: &Query,
        within: Option<Arc<dyn Fn(u32) -> bool + Send + Sync>>,
        limit: usize,
    ) -> Result<Found, EngineError> {
        let searcher = self.searcher();
        let Some((engine_query, scored)) = self.translate(query) else {
            return Ok(Found::default());
        };
        let limit = limit.max(1);
        let addresses: Vec<(f32, DocAddress)>;
        let total;
        let by_id = Arc::clone(&self.by_id);
        let allowed = move |id: u64| match (&within, by_id.get(&id)) {
            (Some(within), Some(&release)) => within(release),
            (Some(_), None) => false,
            (None, _) => true,
        };
        if scored {
            let collector = FilterCollector::new(
                "id".to_string(),
                allowed,
                (TopDocs::with_limit(limit).order_by_score(), Count),
            );
            (addresses, total) = searcher.search(&engine_query, &collector)?;
        } else {
            let top = TopDocs::with_limit(limit).order_by_fast_field::<u64>("day", Order::Desc);
            let collector = FilterCollector::new("id".to_string(), allowed, (top, Count));
            let (newest, count) = searcher.search(&engine_query, &collector)?;
            addresses = newest.into_iter().map(|(_, a)| (0.0, a)).collect();
            total = count;
        }
        let marked = highlighted(query);
        let mut hits: Vec<SearchHit> = addresses
            .into_iter()
            .filter_map(|(score, address)| {
                Some(SearchHit {
                    release: self.release_of(&searcher, address)?,
                    score,
                    hits: Vec::new(),
                })
            })
            .collect();
        hits.par_iter_mut().for_each(|hit| {
            if let Some(release) = releases.get(hit.release as usize) {
                hit.hits = find_hits(&release.read_body(), &marked);
            }
        });
        Ok(Found { hits, total })
    }

    /// The engine's query for `query`, and whether it ranks by relevance
    /// (it has a word, phrase or title term to score); `None` when no term
    /// has anything to search for (see [`searchable`]).
    fn translate(&self, query: &Query) -> Option<(Box<dyn EngineQuery>, bool)> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn EngineQuery>)> = Vec::new();
        let mut scored = false;
        for term in &query.terms {
            let (part, scores): (Option<Box<dyn EngineQuery>>, bool) = match &term.kind {
                TermKind::Word(text) | TermKind::Exact(text) | TermKind::Phrase(text) => (
                    words_in(&[(f.title, TITLE_BOOST), (f.body, 1.0)], text),
                    true,
                ),
                TermKind::Title(text) => (words_in(&[(f.title, 1.0)], text), true),
                TermKind::Source(text) => (contained_in(f.source, text), false),
                TermKind::Said(name) => {
                    let wanted = speaker::Wanted::new(name);
                    let key = Term::from_field_text(f.said, wanted.key());
                    let mut either: Vec<(Occur, Box<dyn EngineQuery>)> = vec![(
                        Occur::Should,
                        Box::new(TermQuery::new(key, IndexRecordOption::Basic)),
                    )];
                    if let Some(names) = words_in(&[(f.speakers, 1.0)], name) {
                        either.push((Occur::Should, names));
                    }
                    (Some(Box::new(BooleanQuery::new(either))), false)
                }
                TermKind::Date(DateSpec::Days { from, to }) => {
                    let bound = |d: u32| Term::from_field_u64(f.day, u64::from(d));
                    (
                        Some(Box::new(RangeQuery::new(
                            Bound::Included(bound(*from)),
                            Bound::Included(bound(*to)),
                        ))),
                        false,
                    )
                }
                TermKind::Date(DateSpec::Month(month)) => (
                    Some(Box::new(TermQuery::new(
                        Term::from_field_u64(f.month, u64::from(*month)),
                        IndexRecordOption::Basic,
                    ))),
                    false,
                ),
            };
            let Some(part) = part else {
                continue;
            };
            if term.negated {
                clauses.push((Occur::MustNot, part));
            } else if scores {
                scored = true;
                clauses.push((Occur::Must, part));
            } else {
                clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(part, 0.0))));
            }
        }
        if clauses.is_empty() {
            return None;
        }
        if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        Some((Box::new(BooleanQuery::new(clauses)), scored))
    }
}

/// True when some term of `query` has something for corpus search to look
/// for: a field, or text with a word in it (punctuation alone has none).
pub fn searchable(query: &Query) -> bool {
    query.terms.iter().any(|term| match &term.kind {
        TermKind::Word(t) | TermKind::Exact(t) | TermKind::Phrase(t) | TermKind::Title(t) => {
            !tokens(t).is_empty()
        }
        TermKind::Source(t) | TermKind::Said(t) => !tokens(t).is_empty(),
        TermKind::Date(_) => true,
    })
}

/// The words and phrases of a query to highlight: its words, exact words,
/// phrases and title words, not the excluded ones.
pub fn highlighted(query: &Query) -> TextQuery {
    let mut text = String::new();
    for term in query.terms.iter().filter(|t| !t.negated) {
        match &term.kind {
            TermKind::Word(w) | TermKind::Exact(w) | TermKind::Title(w) => {
                text.push_str(w);
                text.push(' ');
            }
            TermKind::Phrase(p) => {
                text.push('"');
                text.push_str(p);
                text.push_str("\" ");
            }
            _ => {}
        }
    }
    TextQuery::parse(&text)
}

/// `text` (one word, or several in a row) in any of `fields`, each
/// weighted; `None` when it has no word.
fn words_in(fields: &[(Field, f32)], text: &str) -> Option<Box<dyn EngineQuery>> {
    let words = tokens(text);
    if words.is_empty() {
        return None;
    }
    let either: Vec<(Occur, Box<dyn EngineQuery>)> = fields
        .iter()
        .map(|&(field, boost)| {
            let terms: Vec<Term> = words
                .iter()
                .map(|w| Term::from_field_text(field, w))
                .collect();
            let query: Box<dyn EngineQuery> = match terms.as_slice() {
                [one] => Box::new(TermQuery::new(one.clone(), IndexRecordOption::WithFreqs)),
                _ => Box::new(PhraseQuery::new(terms)),
            };
            let query: Box<dyn EngineQuery> = if boost == 1.0 {
                query
            } else {
                Box::new(BoostQuery::new(query, boost))
            };
            (Occur::Should, query)
        })
        .collect();
    Some(Box::new(BooleanQuery::new(either)))
}

/// `text` in `field` as the list filter takes it: one word anywhere in a
/// word of the field (so `source:whitehouse` finds
/// "bidenwhitehouse.archives.gov"), several in a row, the last one a
/// prefix; `None` when it has no word.
fn contained_in(field: Field, text: &str) -> Option<Box<dyn EngineQuery>> {
    let words = tokens(text);
    match words.as_slice() {
        [] => None,
        [one] => {
            let pattern = format!(".*{}.*", regex_escape(one));
            RegexQuery::from_pattern(&pattern, field)
                .ok()
                .map(|q| Box::new(q) as Box<dyn EngineQuery>)
        }
        _ => Some(Box::new(PhrasePrefixQuery::new(
            words
                .iter()
                .map(|w| Term::from_field_text(field, w))
                .collect(),
        ))),
    }
}

/// `word` with the characters a regular expression gives meaning escaped.
fn regex_escape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if "\\.+*?()|[]{}^$#&-~\"<>@".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Registers the tokenizer with an index (it is not saved in it).
fn register(index: &Index) {
    index
        .tokenizers()
        .register(TOKENIZER, TextAnalyzer::from(ReadoutTokenizer::default()));
}

/// A new, empty index: in `dir`, or in memory.
fn new_index(dir: Option<&Path>) -> Result<Index, EngineError> {
    let (schema, _) = Fields::schema();
    let index = match dir {
        Some(dir) => Index::create_in_dir(dir, schema)?,
        None => Index::create_in_ram(schema),
    };
    register(&index);
    Ok(index)
}

/// The index in `dir` and what it holds, if it opens and is of this version.
fn open_dir(dir: &Path) -> Option<(Index, Stamp)> {
    let index = Index::open_in_dir(dir).ok()?;
    let (schema, _) = Fields::schema();
    if index.schema() != schema {
        return None;
    }
    let payload = index.load_metas().ok()?.payload?;
    let stamp: Stamp = serde_json::from_str(&payload).ok()?;
    (stamp.version == VERSION).then(|| {
        register(&index);
        (index, stamp)
    })
}

/// A writer for `index`.
fn writer(index: &Index) -> Result<IndexWriter, EngineError> {
    Ok(index.writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)?)
}

/// Adds the documents of `releases`, in parallel, counting in `indexed`.
fn add_all(
    writer: &IndexWriter,
    fields: &Fields,
    releases: &[&Release],
    indexed: &(dyn Fn(usize) + Sync),
) -> Result<(), EngineError> {
    releases.par_chunks(BATCH).try_for_each(|chunk| {
        for release in chunk {
            writer.add_document(fields.document(release))?;
        }
        indexed(chunk.len());
        Ok::<(), EngineError>(())
    })
}

/// Commits what `writer` holds, stamped, and waits for its merges.
fn commit(mut writer: IndexWriter, stamp: &Stamp) -> Result<(), EngineError> {
    let payload = serde_json::to_string(stamp).unwrap_or_default();
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload);
    prepared.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Indexes every release of `corpus` into the empty `index`.
fn build(
    index: &Index,
    corpus: &Corpus,
    stamp: &Stamp,
    indexed: &(dyn Fn(usize) + Sync),
) -> Result<(), EngineError> {
    let (_, fields) = Fields::schema();
    let writer = writer(index)?;
    let all: Vec<&Release> = corpus.releases.iter().collect();
    add_all(&writer, &fields, &all, indexed)?;
    commit(writer, stamp)
}

/// Brings `index` (holding what `old` says) up to `new`: the documents of
/// every file added, changed or removed since are deleted and added again.
fn update(
    index: &Index,
    corpus: &Corpus,
    old: &Stamp,
    new: &Stamp,
    indexed: &(dyn Fn(usize) + Sync),
) -> Result<Opened, EngineError> {
    let (_, fields) = Fields::schema();
    let writer = writer(index)?;
    let mut changed: Vec<&str> = Vec::new();
    for (file, signature) in &old.files {
        if new.files.get(file) != Some(signature) {
            writer.delete_term(Term::from_field_text(fields.file, file));
            changed.push(file);
        }
    }
    let fresh: Vec<&Release> = corpus
        .releases
        .iter()
        .filter(|r| {
            let key = file_key(r);
            old.files.get(&key) != new.files.get(&key)
        })
        .collect();
    let added = new
        .files
        .keys()
        .filter(|f| !old.files.contains_key(f.as_str()))
        .count();
    add_all(&writer, &fields, &fresh, indexed)?;
    commit(writer, new)?;
    Ok(Opened::Updated {
        files: changed.len() + added,
        releases: fresh.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::finish::finished_release;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn corpus_of(releases: Vec<Release>) -> Corpus {
        Corpus::new(releases, Default::default())
    }

    fn found(engine: &Engine, corpus: &Corpus, query: &str) -> Vec<u32> {
        let query = Query::parse(query).expect("a query");
        engine
            .search(&corpus.releases, &query, None, 100)
            .expect("searched")
            .hits
            .iter()
            .map(|h| h.release)
            .collect()
    }

    fn sorted(mut v: Vec<u32>) -> Vec<u32> {
        v.sort_unstable();
        v
    }

    #[test]
    fn words_phrases_and_exclusions() {
        let corpus = corpus_of(vec![
            finished_release("One", "The infrastructure law passed. Harbor news."),
            finished_release("Two", "The law on infrastructure passed."),
            finished_release("Three", "Infrastructure matters. Law matters too."),
        ]);
        let engine = Engine::in_memory(&corpus, &|_| {}).unwrap();
        assert_eq!(
            sorted(found(&engine, &corpus, "infrastructure law")),
            [0, 1, 2]
        );
        assert_eq!(found(&engine, &corpus, "\"infrastructure law\""), [0]);
        assert_eq!(found(&engine, &corpus, "'harbor"), [0]);
        assert_eq!(sorted(found(&engine, &corpus, "law -harbor")), [1, 2]);
        assert_eq!(
            found(&engine, &corpus, "\"matters law\""),
            Vec::<u32>::new(),
            "a full stop breaks a phrase"
        );
        assert_eq!(found(&engine, &corpus, "title:two"), [1]);
        assert!(found(&engine, &corpus, "source:nowhere").is_empty());
    }

    #[test]
    fn fields_narrow_and_alone_list_the_newest_first() {
        let mut releases = vec![
            finished_release("Fentanyl seizures", "Border agents seized fentanyl."),
            finished_release("Fentanyl report", "A fentanyl report."),
            finished_release("Tariff news", "Tariffs rise."),
        ];
        releases[0].source = Some("bidenwhitehouse.archives.gov".into());
        releases[0].date = crate::corpus::ReleaseDate::parse("2023-03-14");
        releases[1].source = Some("cgtn.com".into());
        releases[1].date = crate::corpus::ReleaseDate::parse("2024-12-01");
        releases[2].source = Some("whitehouse.gov".into());
        releases[2].date = crate::corpus::ReleaseDate::parse("2023-12-01");
        let corpus = corpus_of(releases);
        let engine = Engine::in_memory(&corpus, &|_| {}).unwrap();
        assert_eq!(found(&engine, &corpus, "fentanyl source:whitehouse"), [0]);
        assert_eq!(
            found(&engine, &corpus, "source:whitehouse"),
            [2, 0],
            "newest first"
        );
        assert_eq!(found(&engine, &corpus, "date:2023"), [2, 0]);
        assert_eq!(found(&engine, &corpus, "date:2023-03"), [0]);
        assert_eq!(found(&engine, &corpus, "date:december"), [1, 2]);
        assert_eq!(found(&engine, &corpus, "since:2023-12"), [1, 2]);
        assert_eq!(found(&engine, &corpus, "until:2023-11"), [0]);
        assert_eq!(found(&engine, &corpus, "date:2023-06..2024-06"), [2]);
        assert_eq!(found(&engine, &corpus, "fentanyl -source:cgtn"), [0]);
        assert_eq!(found(&engine, &corpus, "fentanyl -date:2023"), [1]);
    }

    #[test]
    fn title_words_rank_above_body_words() {
        let corpus = corpus_of(vec![
            finished_release("Ferry schedule", "Ferries run on time. A harbor is near."),
            finished_release("Harbor plans", "Ferries run on time."),
        ]);
        let engine = Engine::in_memory(&corpus, &|_| {}).unwrap();
        assert_eq!(found(&engine, &corpus, "harbor"), [1, 0]);
    }

    #[test]
    fn hits_are_found_in_the_returned_bodies() {
        let corpus = corpus_of(vec![finished_release(
            "Title",
            "Über den Ärger: Biden’s Plan sei ärgerlich. ÄRGER!",
        )]);
        let engine = Engine::in_memory(&corpus, &|_| {}).unwrap();
        let query = Query::parse("ärger").unwrap();
        let result = engine.search(&corpus.releases, &query, None, 10).unwrap();
        assert_eq!(result.total, 1);
        assert_eq!(result.hits[0].hits.len(), 2);
        assert_eq!(found(&engine, &corpus, "\"biden's plan\""), [0]);
    }

    #[test]
    fn search_within_a_set_of_releases() {
        let corpus = corpus_of(vec![
            finished_release("A", "harbor"),
            finished_release("B", "harbor"),
            finished_release("C", "harbor"),
        ]);
        let engine = Engine::in_memory(&corpus, &|_| {}).unwrap();
        let query = Query::parse("harbor").unwrap();
        let within: Arc<dyn Fn(u32) -> bool + Send + Sync> = Arc::new(|r| r != 1);
        let result = engine
            .search(&corpus.releases, &query, Some(within), 10)
            .unwrap();
        assert_eq!(
            sorted(result.hits.iter().map(|h| h.release).collect()),
            [0, 2]
        );
        assert_eq!(result.total, 2);
    }

    #[test]
    fn tokens_leave_a_gap_at_sentence_breaks() {
        let mut tokenizer = ReadoutTokenizer::default();
        let mut stream = tokenizer.token_stream("Bills. Law, and U.S. policy");
        let mut seen = Vec::new();
        while stream.advance() {
            seen.push((stream.token().text.clone(), stream.token().position));
        }
        assert_eq!(
            seen,
            [
                ("bills".into(), 0),
                ("law".into(), 2),
                ("and".into(), 4),
                ("u".into(), 5),
                ("s".into(), 6),
                ("policy".into(), 7)
            ]
        );
    }

    #[test]
    fn a_saved_index_is_read_back_and_updated_file_by_file() {
        let archive = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        for (name, bytes) in crate::corpus::demo::FILES {
            let path = archive.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        let roots = vec![archive.path().to_path_buf()];
        let load = || crate::archive::load_cached(&roots, Some(cache.path()), &|_| {});
        let corpus = load();
        let count = AtomicUsize::new(0);
        let counted = |n| {
            count.fetch_add(n, Ordering::Relaxed);
        };
        let (engine, opened) = Engine::open(&corpus, &counted).unwrap();
        assert_eq!(opened, Opened::Built);
        assert_eq!(count.load(Ordering::Relaxed), corpus.releases.len());
        assert_eq!(engine.release_count(), corpus.releases.len());
        let before = found(&engine, &corpus, "broadband");
        assert!(!before.is_empty());
        drop(engine);

        let again = load();
        let (engine, opened) = Engine::open(&again, &|_| {}).unwrap();
        assert_eq!(opened, Opened::Read);
        assert_eq!(found(&engine, &again, "broadband"), before);
        drop(engine);

        let added = archive.path().join("zz-added.txt");
        std::fs::write(
            &added,
            "Ferry Timetable Published\n\nThe zanzibar ferry timetable is out.\n",
        )
        .unwrap();
        let changed = load();
        let count = AtomicUsize::new(0);
        let counted = |n| {
            count.fetch_add(n, Ordering::Relaxed);
        };
        let (engine, opened) = Engine::open(&changed, &counted).unwrap();
        assert_eq!(
            opened,
            Opened::Updated {
                files: 1,
                releases: 1
            }
        );
        assert_eq!(
            count.load(Ordering::Relaxed),
            1,
            "only the new file was indexed"
        );
        assert_eq!(engine.release_count(), changed.releases.len());
        let zanzibar = found(&engine, &changed, "zanzibar");
        assert_eq!(zanzibar.len(), 1);
        assert_eq!(
            changed.releases[zanzibar[0] as usize].origin.path.as_ref(),
            added.as_path()
        );
        drop(engine);

        std::fs::remove_file(&added).unwrap();
        let removed = load();
        let (engine, opened) = Engine::open(&removed, &|_| {}).unwrap();
        assert_eq!(
            opened,
            Opened::Updated {
                files: 1,
                releases: 0
            }
        );
        assert!(found(&engine, &removed, "zanzibar").is_empty());
        assert_eq!(engine.release_count(), removed.releases.len());
    }

    #[test]
    fn a_damaged_index_is_built_again() {
        let archive = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        std::fs::write(
            archive.path().join("a.txt"),
            "Harbor News\n\nThe harbor opened.\n",
        )
        .unwrap();
        let roots = vec![archive.path().to_path_buf()];
        let corpus = crate::archive::load_cached(&roots, Some(cache.path()), &|_| {});
        let (engine, _) = Engine::open(&corpus, &|_| {}).unwrap();
        drop(engine);
        let dir = corpus
            .index_file
            .as_ref()
            .unwrap()
            .path
            .with_extension("search");
        std::fs::write(dir.join("meta.json"), "{ not json").unwrap();
        let (engine, opened) = Engine::open(&corpus, &|_| {}).unwrap();
        assert_eq!(opened, Opened::Built);
        assert_eq!(found(&engine, &corpus, "harbor"), [0]);
    }
}
