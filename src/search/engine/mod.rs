//! Full-text search over the whole corpus, on tantivy: one document per
//! release with its title, body, source, speakers and date (`schema`),
//! kept in an index folder beside the cache and opened memory-mapped
//! (`store`), queried in the shared query language (`translate`).
//!
//! Words are split by [`super::query`]'s tokenizer (lowercase, apostrophes
//! folded, CJK characters one by one) and sentence punctuation leaves a gap
//! in positions, so a phrase never runs across it. The index records, in
//! its commit, the code and corpus it was made for and a signature of each
//! file's releases: a corpus read again with some files changed deletes and
//! adds the documents of those files only.

mod schema;
mod store;
mod translate;

use std::fs;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use tantivy::collector::{Collector, Count, FilterCollector, TopDocs};
use tantivy::schema::Field;
use tantivy::{DocAddress, Index, IndexReader, Order, ReloadPolicy, Searcher};

use super::hits::{SearchHit, find_hits};
use super::speakers::Directory;
use super::syntax::Query;
use crate::corpus::{Corpus, Release};
use schema::{Fields, id_number, register};
use store::{Stamp, VERSION, build, new_index, open_dir, signatures, update};
pub use translate::{highlighted, searchable};

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
    /// Release index by id number, made at the first search (or
    /// [`Engine::know_releases`]) rather than holding up the opening.
    by_id: Arc<OnceLock<Releases>>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("releases", &self.by_id.get().map_or(0, Releases::len))
            .finish_non_exhaustive()
    }
}

/// The corpus's releases by id number, sorted by it: made in parallel
/// (a few times faster than a hash map at the start of a large archive).
#[derive(Debug, Default)]
struct Releases(Vec<(u64, u32)>);

impl Releases {
    fn of(releases: &[Release]) -> Releases {
        let mut by_id: Vec<(u64, u32)> = releases
            .par_iter()
            .enumerate()
            .map(|(i, r)| (id_number(r), i as u32))
            .collect();
        by_id.par_sort_unstable();
        Releases(by_id)
    }

    /// The release with id number `id`, if the corpus has one.
    fn get(&self, id: u64) -> Option<u32> {
        let at = self.0.binary_search_by_key(&id, |&(id, _)| id).ok()?;
        Some(self.0[at].1)
    }

    fn len(&self) -> usize {
        self.0.len()
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
                return Ok((Engine::around(index)?, Opened::Read));
            }
            let wanted = wanted();
            return match update(&index, corpus, &stamp, &wanted, indexed) {
                Ok(opened) => Ok((Engine::around(index)?, opened)),
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
        Ok((Engine::around(index)?, Opened::Built))
    }

    /// An index of `corpus` in memory only.
    pub fn in_memory(
        corpus: &Corpus,
        indexed: &(dyn Fn(usize) + Sync),
    ) -> Result<Engine, EngineError> {
        let index = new_index(None)?;
        build(&index, corpus, &Stamp::default(), indexed)?;
        Engine::around(index)
    }

    /// The engine over an index (of the corpus's releases).
    fn around(index: Index) -> Result<Engine, EngineError> {
        register(&index);
        let (_, fields) = Fields::schema();
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let by_id = Arc::new(OnceLock::new());
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

    /// Makes the map from documents to `releases` (the corpus's), unless
    /// made already: the first search would otherwise wait for it.
    pub fn know_releases(&self, releases: &[Release]) {
        self.ids(releases);
    }

    /// The map from documents to `releases`, made the first time.
    fn ids(&self, releases: &[Release]) -> &Releases {
        self.by_id.get_or_init(|| Releases::of(releases))
    }

    /// The release of a document, if it is one of `releases` (the corpus's).
    fn release_of(
        &self,
        releases: &[Release],
        searcher: &Searcher,
        address: DocAddress,
    ) -> Option<u32> {
        let column = searcher
            .segment_reader(address.segment_ord)
            .fast_fields()
            .u64("id")
            .ok()?;
        self.ids(releases).get(column.first(address.doc_id)?)
    }

    /// The release index (in `releases`, the corpus's) of each document
    /// of a segment, for reading postings (`None` for a document of no release of the corpus).
    pub fn releases_of_segment(
        &self,
        releases: &[Release],
        segment: &tantivy::SegmentReader,
    ) -> Vec<Option<u32>> {
        let by_id = self.ids(releases);
        let Ok(column) = segment.fast_fields().u64("id") else {
            return Vec::new();
        };
        (0..segment.max_doc())
            .map(|doc| {
                let alive = segment.alive_bitset().is_none_or(|a| a.is_alive(doc));
                alive
                    .then(|| column.first(doc))
                    .flatten()
                    .and_then(|id| by_id.get(id))
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
    /// (the list's filter); `said:` names people as `speakers` tells them
    /// apart. Releases are ranked by BM25 over their words and
    /// phrases (title words count three times); a query of fields alone
    /// lists the newest first.
    pub fn search(
        &self,
        releases: &[Release],
        query: &Query,
        speakers: &Directory,
        within: Option<Arc<dyn Fn(u32) -> bool + Send + Sync>>,
        limit: usize,
    ) -> Result<Found, EngineError> {
        let searcher = self.searcher();
        let Some((engine_query, scored)) = translate::translate(&self.fields, query, speakers)
        else {
            return Ok(Found::default());
        };
        let limit = limit.max(1);
        let addresses: Vec<(f32, DocAddress)>;
        let total;
        // Only a search within a set of releases looks at each match's id.
        let allowed = within.map(|within| {
            self.know_releases(releases);
            let by_id = Arc::clone(&self.by_id);
            move |id: u64| {
                by_id
                    .get()
                    .and_then(|by_id| by_id.get(id))
                    .is_some_and(|release| within(release))
            }
        });
        if scored {
            let top = TopDocs::with_limit(limit).order_by_score();
            (addresses, total) = top_and_count(&searcher, &engine_query, top, allowed)?;
        } else {
            let top = TopDocs::with_limit(limit).order_by_fast_field::<u64>("day", Order::Desc);
            let (newest, count) = top_and_count(&searcher, &engine_query, top, allowed)?;
            addresses = newest.into_iter().map(|(_, a)| (0.0, a)).collect();
            total = count;
        }
        let marked = highlighted(query);
        let mut hits: Vec<SearchHit> = addresses
            .into_iter()
            .filter_map(|(score, address)| {
                Some(SearchHit {
                    release: self.release_of(releases, &searcher, address)?,
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
}

/// The best matches of `query` as `top` collects them, and how many match
/// in all; only documents whose id `allowed` accepts, when it is given.
fn top_and_count<C: Collector>(
    searcher: &Searcher,
    query: &dyn tantivy::query::Query,
    top: C,
    allowed: Option<impl Fn(u64) -> bool + Send + Sync + Clone + 'static>,
) -> Result<(C::Fruit, usize), EngineError> {
    Ok(match allowed {
        None => searcher.search(query, &(top, Count))?,
        Some(allowed) => {
            let filtered = FilterCollector::new("id".to_string(), allowed, (top, Count));
            searcher.search(query, &filtered)?
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::finish::finished_release;
    use crate::search::speakers::Directory;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn corpus_of(releases: Vec<Release>) -> Corpus {
        Corpus::new(releases, Default::default())
    }

    fn found(engine: &Engine, corpus: &Corpus, query: &str) -> Vec<u32> {
        let query = Query::parse(query).expect("a query");
        engine
            .search(
                &corpus.releases,
                &query,
                &Directory::of(&corpus.releases),
                None,
                100,
            )
            .expect("searched")
            .hits
            .iter()
            .map(|h| h.release)
            .collect()
    }

    #[test]
    fn each_id_number_finds_its_release() {
        let corpus = crate::corpus::demo::load();
        let by_id = Releases::of(&corpus.releases);
        assert_eq!(by_id.len(), corpus.releases.len());
        for (i, release) in corpus.releases.iter().enumerate() {
            assert_eq!(by_id.get(id_number(release)), Some(i as u32));
        }
        let unknown = (0..).find(|n| by_id.get(*n).is_none()).unwrap();
        assert_eq!(by_id.get(unknown), None);
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
    fn said_names_people_as_the_directory_tells_them_apart() {
        let mut releases = vec![
            finished_release("Walz and Scott", "Two governors and a senator spoke."),
            finished_release("Tim Scott", "The senator spoke."),
            finished_release("Bobby Scott", "The representative spoke."),
        ];
        for (release, speakers) in releases.iter_mut().zip([
            &["Gov. Tim Walz", "Sen. Rick Scott"][..],
            &["Sen. Tim Scott"],
            &["Rep. Bobby Scott"],
        ]) {
            release.outline.speakers = speakers.iter().map(|s| s.to_string()).collect();
        }
        let corpus = corpus_of(releases);
        let engine = Engine::in_memory(&corpus, &|_| {}).unwrap();
        assert_eq!(
            found(&engine, &corpus, "said:\"tim scott\""),
            [1],
            "not Tim Walz beside Rick Scott"
        );
        assert_eq!(sorted(found(&engine, &corpus, "said:scott")), [0, 1, 2]);
        assert_eq!(found(&engine, &corpus, "said:walz"), [0]);
        assert!(
            found(&engine, &corpus, "said:sco").is_empty(),
            "whole words"
        );
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
        let result = engine
            .search(
                &corpus.releases,
                &query,
                &Directory::of(&corpus.releases),
                None,
                10,
            )
            .unwrap();
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
            .search(
                &corpus.releases,
                &query,
                &Directory::of(&corpus.releases),
                Some(within),
                10,
            )
            .unwrap();
        assert_eq!(
            sorted(result.hits.iter().map(|h| h.release).collect()),
            [0, 2]
        );
        assert_eq!(result.total, 2);
    }

    #[test]
    fn a_saved_index_is_read_back_and_updated_file_by_file() {
        let archive = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        crate::archive::write_demo(archive.path());
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
