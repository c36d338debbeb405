//! Full-text search over the whole corpus: an in-memory inverted index with
//! BM25 ranking, "quoted phrase" queries and keyword-in-context snippets.
//!
//! The index keeps, per word, the releases it occurs in and how often
//! (compact `u32`/`u16` arrays, no positions). Phrases are checked at query
//! time by scanning the candidate releases' text, and the hits to highlight
//! are found the same way for the returned releases only. Given titles (not
//! ones derived from the body) are indexed too and count [`TITLE_WEIGHT`]
//! times; hits are reported in the body only. See [`super::query`] for how
//! text is split into words.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, Read, Write};
use std::ops::Range;

use rayon::prelude::*;

use super::query::{TextQuery, tokenize};
use crate::corpus::{Body, Release};

/// How many times a word of a given title counts, relative to the body.
pub const TITLE_WEIGHT: u16 = 3;
/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;
/// Releases indexed per unit of parallel work (at most 65,536: a chunk
/// numbers its releases with `u16`).
const CHUNK: usize = 512;
/// Releases indexed between merges into the whole index: enough to keep
/// both cores busy, few enough that their chunks' word lists stay small.
const BATCH: usize = CHUNK * 64;

/// The Fx hash (as in rustc): much faster than SipHash on short words, and
/// hash flooding is no concern for an index of local files.
#[derive(Debug, Default, Clone, Copy)]
struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A map from words, hashed with [`FxHasher`].
type WordMap = HashMap<Box<str>, u32, BuildHasherDefault<FxHasher>>;

/// An inverted index over release bodies (paragraph text; titles too, weighted higher).
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Word → term number.
    terms: WordMap,
    /// The postings of term `t` are `offsets[t]..offsets[t + 1]`.
    offsets: Vec<u32>,
    /// Release numbers of the postings, ascending per term.
    postings: Vec<u32>,
    /// Weighted occurrence count of the term in the release, per posting.
    freqs: Vec<u16>,
    /// Weighted number of words of each release.
    lengths: Vec<u32>,
    /// The average of `lengths` (at least 1).
    average_length: f32,
}

/// One release that matched a query.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// Index into the releases the index was built from.
    pub release: u32,
    /// BM25 score; higher is better.
    pub score: f32,
    /// Every occurrence in the body of a query word or phrase, in reading order.
    pub hits: Vec<TextHit>,
}

/// A byte range of one paragraph of a release body (on char boundaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextHit {
    /// Index into [`Body::paragraphs`].
    pub paragraph: u32,
    /// Byte offset where the occurrence starts.
    pub start: u32,
    /// Byte offset one past its end.
    pub end: u32,
}

/// A keyword-in-context line, with the hit's byte range inside it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// One line of text, whitespace collapsed, "…" where it was cut.
    pub text: String,
    /// The byte range of the hit inside `text`, for highlighting.
    pub highlight: Range<usize>,
}

/// What one chunk of releases contributes to the index.
#[derive(Default)]
struct Partial {
    /// Word → number local to this chunk.
    terms: WordMap,
    /// (local word number, release within the chunk, weighted count), by release.
    entries: Vec<(u32, u16, u16)>,
    /// Weighted number of words of each release of the chunk.
    lengths: Vec<u32>,
}

impl Partial {
    /// Indexes the releases of one chunk (at most [`CHUNK`] of them).
    fn build(releases: &[Release]) -> Partial {
        let mut partial = Partial::default();
        let mut counts: Vec<u16> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        for (i, release) in releases.iter().enumerate() {
            let mut length = 0u32;
            let mut add = |text: &str, weight: u16| {
                tokenize(text, |token| {
                    let id = match partial.terms.get(token.text) {
                        Some(&id) => id,
                        None => {
                            let id = counts.len() as u32;
                            partial.terms.insert(token.text.into(), id);
                            counts.push(0);
                            id
                        }
                    };
                    let count = &mut counts[id as usize];
                    if *count == 0 {
                        touched.push(id);
                    }
                    *count = count.saturating_add(weight);
                    length += u32::from(weight);
                });
            };
            if !release.title_derived {
                add(&release.title, TITLE_WEIGHT);
            }
            for paragraph in &release.read_body().paragraphs {
                add(&paragraph.text, 1);
            }
            for id in touched.drain(..) {
                let count = std::mem::take(&mut counts[id as usize]);
                partial.entries.push((id, i as u16, count));
            }
            partial.lengths.push(length);
        }
        partial
    }
}

/// A checksum of an array's bytes: cheap next to reading them.
fn checksum(bytes: &[u8]) -> u64 {
    let mut words = bytes.chunks_exact(8);
    let mut sum = 0u64;
    for (i, w) in (&mut words).enumerate() {
        let mut word = [0; 8];
        word.copy_from_slice(w);
        sum = sum.wrapping_add(u64::from_le_bytes(word).rotate_left((i % 64) as u32));
    }
    for &b in words.remainder() {
        sum = sum.rotate_left(8) ^ u64::from(b);
    }
    sum
}

/// Writes an array of plain numbers: its length, its bytes as they are in
/// memory, their checksum.
fn write_array<T: bytemuck::Pod>(out: &mut impl Write, items: &[T]) -> io::Result<()> {
    let bytes: &[u8] = bytemuck::cast_slice(items);
    out.write_all(&(items.len() as u64).to_le_bytes())?;
    out.write_all(bytes)?;
    out.write_all(&checksum(bytes).to_le_bytes())
}

/// Reads an array written by [`write_array`], straight into its memory.
fn read_array<T: bytemuck::Pod>(input: &mut impl Read) -> io::Result<Vec<T>> {
    let len = usize::try_from(read_u64(input)?)
        .ok()
        .filter(|&n| n <= isize::MAX as usize / std::mem::size_of::<T>().max(1))
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "array length"))?;
    // Grown as it is read, so a damaged length fails at the end of the
    // file rather than asking for memory it does not need.
    let mut items: Vec<T> = Vec::new();
    let mut done = 0;
    while done < len {
        let step = (len - done).min(1 << 24);
        items.reserve_exact(step);
        items.resize(done + step, T::zeroed());
        input.read_exact(bytemuck::cast_slice_mut(&mut items[done..]))?;
        done += step;
    }
    let sum = read_u64(input)?;
    if sum != checksum(bytemuck::cast_slice(&items)) {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "checksum"));
    }
    Ok(items)
}

fn read_u64(input: &mut impl Read) -> io::Result<u64> {
    let mut b = [0; 8];
    input.read_exact(&mut b)?;
    Ok(u64::from_le_bytes(b))
}

/// One batch's postings, grouped by global word number.
struct Batch {
    /// Each word of the batch, ascending, with the end of its postings.
    terms: Vec<(u32, u32)>,
    /// Release numbers, ascending per word.
    releases: Vec<u32>,
    /// Weighted counts, beside `releases`.
    freqs: Vec<u16>,
}

/// Counts kept across batches while postings are grouped.
#[derive(Default)]
struct Placement {
    /// Postings per global word so far.
    df: Vec<u32>,
    /// Per global word, scratch for the batch being grouped (zero between batches).
    scratch: Vec<u32>,
}

impl Placement {
    /// Makes room for words numbered up to `terms`.
    fn grow(&mut self, terms: usize) {
        self.df.resize(terms, 0);
        self.scratch.resize(terms, 0);
    }

    /// Groups the postings of a batch's chunks (whose local words are
    /// numbered globally by `numbers`) by word; its first release is `first`.
    fn batch(&mut self, first: u32, partials: &[Partial], numbers: &[Vec<u32>]) -> Batch {
        let mut touched: Vec<u32> = Vec::new();
        for (partial, global) in partials.iter().zip(numbers) {
            for &(local, _, _) in &partial.entries {
                let term = global[local as usize];
                if self.scratch[term as usize] == 0 {
                    touched.push(term);
                }
                self.scratch[term as usize] += 1;
            }
        }
        touched.sort_unstable();
        let mut terms = Vec::with_capacity(touched.len());
        let mut end = 0u32;
        for &term in &touched {
            let n = std::mem::replace(&mut self.scratch[term as usize], end);
            self.df[term as usize] += n;
            end += n;
            terms.push((term, end));
        }
        let mut releases = vec![0u32; end as usize];
        let mut freqs = vec![0u16; end as usize];
        for (chunk, (partial, global)) in partials.iter().zip(numbers).enumerate() {
            let chunk_first = first + (chunk * CHUNK) as u32;
            for &(local, release, count) in &partial.entries {
                let at = &mut self.scratch[global[local as usize] as usize];
                releases[*at as usize] = chunk_first + u32::from(release);
                freqs[*at as usize] = count;
                *at += 1;
            }
        }
        for &term in &touched {
            self.scratch[term as usize] = 0;
        }
        Batch {
            terms,
            releases,
            freqs,
        }
    }
}

impl SearchIndex {
    /// Builds the index (in parallel with rayon). Releases are taken a batch
    /// at a time: each chunk of a batch is indexed on its own, then the
    /// chunks' words are numbered globally and the batch's postings grouped
    /// by word (a counting sort, releases ascending). At the end the
    /// batches' postings are laid end to end per word, each batch freed as
    /// it is copied, so memory stays near the size of the finished index
    /// however large the archive.
    pub fn build(releases: &[Release]) -> SearchIndex {
        Self::build_in_batches(releases, BATCH, &|_| {})
    }

    /// [`SearchIndex::build`], telling `indexed` how many releases each
    /// batch indexed as it finishes.
    pub fn build_reporting(releases: &[Release], indexed: &dyn Fn(usize)) -> SearchIndex {
        Self::build_in_batches(releases, BATCH, indexed)
    }

    /// [`SearchIndex::build_reporting`] with `batch` releases a batch (a
    /// multiple of [`CHUNK`]).
    fn build_in_batches(
        releases: &[Release],
        batch_size: usize,
        indexed: &dyn Fn(usize),
    ) -> SearchIndex {
        debug_assert!(batch_size.is_multiple_of(CHUNK));
        let mut terms = WordMap::default();
        let mut placed = Placement::default();
        let mut batches: Vec<Batch> = Vec::new();
        let mut lengths = Vec::with_capacity(releases.len());
        for (b, batch) in releases.chunks(batch_size).enumerate() {
            let mut partials: Vec<Partial> = batch.par_chunks(CHUNK).map(Partial::build).collect();
            let numbers: Vec<Vec<u32>> = partials
                .iter_mut()
                .map(|partial| {
                    let mut global = vec![0; partial.terms.len()];
                    for (word, local) in partial.terms.drain() {
                        let next = terms.len() as u32;
                        global[local as usize] = *terms.entry(word).or_insert(next);
                    }
                    global
                })
                .collect();
            placed.grow(terms.len());
            let first = (b * batch_size) as u32;
            batches.push(placed.batch(first, &partials, &numbers));
            lengths.extend(partials.into_iter().flat_map(|p| p.lengths));
            indexed(batch.len());
        }
        let mut offsets = Vec::with_capacity(terms.len() + 1);
        offsets.push(0u32);
        for &n in &placed.df {
            offsets.push(offsets.last().copied().unwrap_or(0) + n);
        }
        let total = offsets.last().copied().unwrap_or(0) as usize;
        let mut cursor = offsets.clone();
        let mut postings = vec![0u32; total];
        let mut freqs = vec![0u16; total];
        for batch in batches {
            let mut from = 0;
            for &(term, end) in &batch.terms {
                let (from_, to) = (from as usize, end as usize);
                let at = cursor[term as usize] as usize;
                postings[at..at + to - from_].copy_from_slice(&batch.releases[from_..to]);
                freqs[at..at + to - from_].copy_from_slice(&batch.freqs[from_..to]);
                cursor[term as usize] += end - from;
                from = end;
            }
        }
        let sum: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
        let average_length = (sum as f32 / lengths.len().max(1) as f32).max(1.0);
        terms.shrink_to_fit();
        SearchIndex {
            terms,
            offsets,
            postings,
            freqs,
            lengths,
            average_length,
        }
    }

    /// Writes the index in a form [`SearchIndex::read_from`] reads back
    /// quickly: its words in term order, then its arrays as they are in
    /// memory (in the machine's byte order, which the saved file records:
    /// see [`super::saved`]), each with a checksum.
    pub fn write_to(&self, out: &mut impl Write) -> io::Result<()> {
        let mut words: Vec<&str> = vec![""; self.terms.len()];
        for (word, &term) in &self.terms {
            words[term as usize] = word;
        }
        let mut listed = Vec::new();
        for word in words {
            listed.extend_from_slice(&(word.len() as u32).to_le_bytes());
            listed.extend_from_slice(word.as_bytes());
        }
        out.write_all(&(self.terms.len() as u64).to_le_bytes())?;
        write_array(out, &listed)?;
        write_array(out, &self.offsets)?;
        write_array(out, &self.postings)?;
        write_array(out, &self.freqs)?;
        write_array(out, &self.lengths)?;
        out.write_all(&self.average_length.to_le_bytes())
    }

    /// Reads an index written by [`SearchIndex::write_to`] for `releases`
    /// releases, checking that it is whole and consistent (a damaged one is
    /// an error, never a panic or a wrong answer about a release that is
    /// not there).
    pub fn read_from(input: &mut impl Read, releases: usize) -> io::Result<SearchIndex> {
        let damaged = |what: &str| io::Error::new(io::ErrorKind::InvalidData, what.to_string());
        let count = read_u64(input)?;
        let count = usize::try_from(count).map_err(|_| damaged("word count"))?;
        let listed: Vec<u8> = read_array(input)?;
        let mut terms = WordMap::default();
        terms.reserve(count.min(listed.len()));
        let mut rest = listed.as_slice();
        for term in 0..count {
            let (len, after) = rest
                .split_first_chunk::<4>()
                .ok_or_else(|| damaged("words"))?;
            let len = u32::from_le_bytes(*len) as usize;
            let (word, after) = after
                .split_at_checked(len)
                .ok_or_else(|| damaged("words"))?;
            let text = std::str::from_utf8(word).map_err(|_| damaged("word"))?;
            if terms.insert(text.into(), term as u32).is_some() {
                return Err(damaged("repeated word"));
            }
            rest = after;
        }
        if !rest.is_empty() {
            return Err(damaged("words"));
        }
        terms.shrink_to_fit();
        let offsets: Vec<u32> = read_array(input)?;
        let postings: Vec<u32> = read_array(input)?;
        let freqs: Vec<u16> = read_array(input)?;
        let lengths: Vec<u32> = read_array(input)?;
        let mut average = [0; 4];
        input.read_exact(&mut average)?;
        let whole = offsets.len() == count + 1
            && offsets.first() == Some(&0)
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && offsets.last().map(|&n| n as usize) == Some(postings.len())
            && freqs.len() == postings.len()
            && lengths.len() == releases
            && postings.iter().all(|&r| (r as usize) < releases);
        if !whole {
            return Err(damaged("inconsistent index"));
        }
        Ok(SearchIndex {
            terms,
            offsets,
            postings,
            freqs,
            lengths,
            average_length: f32::from_le_bytes(average),
        })
    }

    /// The number of distinct words indexed.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// The number of releases indexed.
    pub fn release_count(&self) -> usize {
        self.lengths.len()
    }

    /// Every indexed word with its term number, in no particular order.
    pub(crate) fn words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.terms.iter().map(|(word, &term)| (&**word, term))
    }

    /// Roughly how many bytes of heap the index holds, for reports.
    pub fn heap_bytes(&self) -> usize {
        let words: usize = self.terms.keys().map(|k| k.len()).sum();
        let table = self.terms.capacity() * (std::mem::size_of::<(Box<str>, u32)>() + 1);
        words
            + table
            + self.offsets.capacity() * 4
            + self.postings.capacity() * 4
            + self.freqs.capacity() * 2
            + self.lengths.capacity() * 4
    }

    /// The postings (releases, ascending, and weighted counts) of a term.
    pub(crate) fn postings(&self, term: u32) -> (&[u32], &[u16]) {
        let range = self.offsets[term as usize] as usize..self.offsets[term as usize + 1] as usize;
        (&self.postings[range.clone()], &self.freqs[range])
    }

    /// Ranked results for a query: BM25 over words; a "quoted phrase" must
    /// occur as consecutive words (case-insensitive); all words and phrases
    /// must occur (AND). At most `limit` results, best first; ties by release
    /// index. `releases` must be the slice the index was built from. A query
    /// with no word (empty, or only punctuation) matches nothing.
    pub fn search(&self, releases: &[Release], query: &str, limit: usize) -> Vec<SearchHit> {
        self.search_query(releases, &TextQuery::parse(query), limit)
    }

    /// Like [`SearchIndex::search`], for a query already parsed.
    pub fn search_query(
        &self,
        releases: &[Release],
        query: &TextQuery,
        limit: usize,
    ) -> Vec<SearchHit> {
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let terms = query.terms();
        let Some(ids) = terms
            .iter()
            .map(|t| self.terms.get(*t).copied())
            .collect::<Option<Vec<u32>>>()
        else {
            return Vec::new();
        };
        let candidates = self.intersect(&ids);
        let matcher = Matcher::new(query);
        // Phrase occurrence counts per candidate; candidates lacking a phrase drop out.
        let phrase_counts: Vec<(u32, Vec<u16>)> = if query.phrases.is_empty() {
            candidates.into_iter().map(|r| (r, Vec::new())).collect()
        } else {
            candidates
                .into_par_iter()
                .filter_map(|r| {
                    let counts = matcher.phrase_counts(releases.get(r as usize)?);
                    counts.iter().all(|&c| c > 0).then_some((r, counts))
                })
                .collect()
        };
        let n = self.lengths.len() as f32;
        let idf = |df: usize| (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5)).ln();
        let word_idfs: Vec<f32> = ids[..query.words.len()]
            .iter()
            .map(|&id| idf(self.postings(id).0.len()))
            .collect();
        // A phrase's document frequency is counted among the releases that
        // match the whole query: exact for a query of one phrase, and no
        // release outside that set is ever scored.
        let phrase_idf = idf(phrase_counts.len());
        let mut results: Vec<SearchHit> = phrase_counts
            .iter()
            .map(|(release, counts)| {
                let length = self.lengths[*release as usize] as f32;
                let norm = K1 * (1.0 - B + B * length / self.average_length);
                let bm25 = |tf: u16| {
                    let tf = f32::from(tf);
                    tf * (K1 + 1.0) / (tf + norm)
                };
                let mut score = 0.0;
                for (&id, word_idf) in ids.iter().zip(&word_idfs) {
                    let (list, freqs) = self.postings(id);
                    if let Ok(at) = list.binary_search(release) {
                        score += word_idf * bm25(freqs[at]);
                    }
                }
                for &count in counts {
                    score += phrase_idf * bm25(count);
                }
                SearchHit {
                    release: *release,
                    score,
                    hits: Vec::new(),
                }
            })
            .collect();
        results.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.release.cmp(&b.release)));
        results.truncate(limit);
        results.par_iter_mut().for_each(|hit| {
            if let Some(release) = releases.get(hit.release as usize) {
                hit.hits = matcher.hits(release);
            }
        });
        results
    }

    /// The releases whose postings hold every one of `ids`, ascending.
    fn intersect(&self, ids: &[u32]) -> Vec<u32> {
        let mut lists: Vec<&[u32]> = ids.iter().map(|&id| self.postings(id).0).collect();
        lists.sort_by_key(|l| l.len());
        let Some((first, rest)) = lists.split_first() else {
            return Vec::new();
        };
        let mut out = first.to_vec();
        for list in rest {
            let mut from = 0;
            out.retain(|r| {
                from += list[from..].partition_point(|x| x < r);
                list.get(from) == Some(r)
            });
        }
        out
    }
}

/// Every occurrence in the body of `release` of a word or phrase of `query`,
/// in reading order; overlapping occurrences are merged.
pub fn find_hits(release: &Release, query: &TextQuery) -> Vec<TextHit> {
    Matcher::new(query).hits(release)
}

/// A word of a scanned text: its byte range, which query term it is (if
/// any), and whether a phrase may run into it from the previous word.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: u32,
    end: u32,
    term: Option<u16>,
    joined: bool,
}

/// Finds a query's words and phrases in text.
struct Matcher<'q> {
    /// The distinct words of the query; `Word::term` indexes this.
    terms: Vec<&'q str>,
    /// How many of `terms` are single words of the query (they come first).
    words: usize,
    /// Each phrase as term numbers.
    phrases: Vec<Vec<u16>>,
}

impl<'q> Matcher<'q> {
    fn new(query: &'q TextQuery) -> Matcher<'q> {
        let terms = query.terms();
        let number = |w: &String| terms.iter().position(|t| *t == w.as_str()).unwrap_or(0) as u16;
        let phrases = query
            .phrases
            .iter()
            .map(|p| p.iter().map(number).collect())
            .collect();
        Matcher {
            words: query.words.len(),
            terms,
            phrases,
        }
    }

    /// The words of `text`, into `out` (cleared first).
    fn scan(&self, text: &str, out: &mut Vec<Word>) {
        out.clear();
        tokenize(text, |token| {
            out.push(Word {
                start: token.range.start as u32,
                end: token.range.end as u32,
                term: self
                    .terms
                    .iter()
                    .position(|t| *t == token.text)
                    .map(|i| i as u16),
                joined: token.joined,
            });
        });
    }

    /// The starting word of every occurrence of `phrase` in `words`.
    fn occurrences<'a>(phrase: &'a [u16], words: &'a [Word]) -> impl Iterator<Item = usize> + 'a {
        (0..words.len().saturating_sub(phrase.len() - 1)).filter(move |&i| {
            phrase.iter().enumerate().all(|(j, &term)| {
                let word = &words[i + j];
                word.term == Some(term) && (j == 0 || word.joined)
            })
        })
    }

    /// How often each phrase occurs in the release (title occurrences weighted).
    fn phrase_counts(&self, release: &Release) -> Vec<u16> {
        let mut counts = vec![0u16; self.phrases.len()];
        let mut words = Vec::new();
        let title = (!release.title_derived).then_some((release.title.as_str(), TITLE_WEIGHT));
        let body = release.read_body();
        let paragraphs = body.paragraphs.iter().map(|p| (p.text.as_str(), 1));
        for (text, weight) in title.into_iter().chain(paragraphs) {
            self.scan(text, &mut words);
            if words.iter().all(|w| w.term.is_none()) {
                continue;
            }
            for (count, phrase) in counts.iter_mut().zip(&self.phrases) {
                let found = Self::occurrences(phrase, &words).count();
                *count = count.saturating_add((found as u16).saturating_mul(weight));
            }
        }
        counts
    }

    /// Every occurrence in the body of a query word or phrase, in reading order.
    fn hits(&self, release: &Release) -> Vec<TextHit> {
        let mut out: Vec<TextHit> = Vec::new();
        let mut words = Vec::new();
        let mut found: Vec<(u32, u32)> = Vec::new();
        for (p, paragraph) in release.read_body().paragraphs.iter().enumerate() {
            self.scan(&paragraph.text, &mut words);
            found.clear();
            for w in &words {
                if w.term.is_some_and(|t| usize::from(t) < self.words) {
                    found.push((w.start, w.end));
                }
            }
            for phrase in &self.phrases {
                for i in Self::occurrences(phrase, &words) {
                    found.push((words[i].start, words[i + phrase.len() - 1].end));
                }
            }
            found.sort_unstable_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
            let first = out.len();
            for &(start, end) in &found {
                match out[first..].last_mut() {
                    Some(last) if start < last.end => {
                        last.end = last.end.max(end);
                    }
                    _ => out.push(TextHit {
                        paragraph: p as u32,
                        start,
                        end,
                    }),
                }
            }
        }
        out
    }
}

/// A keyword-in-context line around a hit in a release body (see [`kwic`]).
/// A hit that does not fit in a paragraph of the body gives an empty snippet.
pub fn snippet(body: &Body, hit: TextHit, width: usize) -> Snippet {
    match body.paragraphs.get(hit.paragraph as usize) {
        Some(paragraph) => kwic(&paragraph.text, hit.start as usize..hit.end as usize, width),
        None => Snippet::default(),
    }
}

/// A keyword-in-context line around the bytes `hit` of `text`: about
/// `width` characters, cut at word boundaries with "…" at cut ends, the
/// hit's byte range inside the line given for highlighting. Single line,
/// whitespace collapsed. Text without spaces (Chinese, very long words) is
/// cut between characters. A range off the text's char boundaries gives an
/// empty snippet. A snippet cut again to a narrower width is cut around
/// the same hit.
pub fn kwic(text: &str, hit: Range<usize>, width: usize) -> Snippet {
    let (start, end) = (hit.start, hit.end);
    if start > end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Snippet::default();
    }
    let (Some(before), Some(matched), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return Snippet::default();
    };
    let before = collapse(before);
    let matched = collapse(matched);
    let after = collapse(after);
    let (before, after) = (before.trim_start(), after.trim_end());
    let room = width.saturating_sub(matched.trim().chars().count());
    let (left_len, right_len) = (before.chars().count(), after.chars().count());
    let mut left = room / 2;
    let mut right = room - left;
    if left_len < left {
        right += left - left_len;
        left = left_len;
    } else if right_len < right {
        left += right - right_len;
        right = right_len;
    }
    let left_text = cut_left(before, left);
    let right_text = cut_right(after, right);
    let mut out = String::with_capacity(width * 4);
    out.push_str(&left_text);
    let highlight_start = out.len();
    out.push_str(&matched);
    let highlight = highlight_start..out.len();
    out.push_str(&right_text);
    Snippet {
        text: out,
        highlight,
    }
}

/// `text` with every run of whitespace made one space.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// The end of `text` in about `room` characters, starting at a word boundary,
/// with "…" in front when something was cut.
fn cut_left(text: &str, room: usize) -> String {
    let count = text.chars().count();
    if count <= room {
        return text.to_string();
    }
    let keep = room.saturating_sub(1);
    let from = text
        .char_indices()
        .nth(count - keep)
        .map_or(text.len(), |(i, _)| i);
    let mut kept = &text[from..];
    let cut_in_word = text[..from]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    if cut_in_word && let Some(space) = kept.find(' ') {
        kept = &kept[space..];
    }
    format!("…{}", kept.trim_start())
}

/// The start of `text` in about `room` characters, ending at a word boundary,
/// with "…" after it when something was cut.
fn cut_right(text: &str, room: usize) -> String {
    let count = text.chars().count();
    if count <= room {
        return text.to_string();
    }
    let keep = room.saturating_sub(1);
    let to = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
    let mut kept = &text[..to];
    let cut_in_word = text[to..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace());
    if cut_in_word && let Some(space) = kept.rfind(' ') {
        kept = &kept[..space];
    }
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Paragraph;
    use crate::corpus::finish::finished_release;

    /// A release with a given title and paragraphs separated by blank lines.
    fn release(title: &str, body: &str) -> Release {
        finished_release(title, body)
    }

    fn search(releases: &[Release], query: &str) -> Vec<SearchHit> {
        SearchIndex::build(releases).search(releases, query, 100)
    }

    fn found(releases: &[Release], query: &str) -> Vec<u32> {
        search(releases, query).iter().map(|h| h.release).collect()
    }

    fn hit_texts(release: &Release, hits: &[TextHit]) -> Vec<String> {
        hits.iter()
            .map(|h| {
                release.read_body().paragraphs[h.paragraph as usize].text
                    [h.start as usize..h.end as usize]
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn a_rare_word_mentioned_often_ranks_first() {
        let releases = vec![
            release("One", "The harbor opened. The town cheered the ferry."),
            release(
                "Two",
                "The harbor, the harbor and the harbor again: the harbor ferry.",
            ),
            release("Three", "The town met. Nothing about boats."),
            release("Four", "The town and the ferry."),
        ];
        assert_eq!(found(&releases, "harbor"), [1, 0]);
        let hits = search(&releases, "harbor");
        assert!(hits[0].score > hits[1].score);
        assert_eq!(hits[0].hits.len(), 4);
        assert_eq!(hit_texts(&releases[1], &hits[0].hits)[0], "harbor");
    }

    #[test]
    fn a_common_word_counts_less_than_a_rare_one() {
        let releases = vec![
            release("A", "harbor town town"),
            release("B", "harbor harbor town"),
            release("C", "town"),
            release("D", "town again"),
        ];
        // Both mention both words; B has the rare word twice, A the common one.
        let hits = search(&releases, "harbor town");
        assert_eq!(hits.iter().map(|h| h.release).collect::<Vec<_>>(), [1, 0]);
        let index = SearchIndex::build(&releases);
        let town = index.search(&releases, "town", 10);
        let harbor = index.search(&releases, "harbor", 10);
        let score =
            |hits: &[SearchHit], r: u32| hits.iter().find(|h| h.release == r).unwrap().score;
        assert!(score(&harbor, 0) > score(&town, 2));
    }

    #[test]
    fn all_words_must_occur() {
        let releases = vec![
            release("A", "harbor ferry"),
            release("B", "harbor only"),
            release("C", "ferry only"),
        ];
        assert_eq!(found(&releases, "harbor ferry"), [0]);
        assert_eq!(found(&releases, "ferry"), [0, 2]);
        assert!(found(&releases, "harbor unknownword").is_empty());
        assert!(found(&releases, "").is_empty());
        assert!(found(&releases, " ?! ").is_empty());
    }

    #[test]
    fn ties_go_by_release_index_and_limit_cuts() {
        let releases: Vec<Release> = (0..5)
            .map(|i| release(&format!("Title {i}"), "same words here"))
            .collect();
        let index = SearchIndex::build(&releases);
        let hits = index.search(&releases, "same", 3);
        assert_eq!(
            hits.iter().map(|h| h.release).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        assert!(index.search(&releases, "same", 0).is_empty());
    }

    #[test]
    fn phrases_must_be_consecutive_and_ignore_case() {
        let releases = vec![
            release("A", "The Infrastructure  Law passed."),
            release("B", "The law on infrastructure passed."),
            release("C", "Infrastructure matters. Law matters too."),
            release("D", "infrastructure\tLAW and more infrastructure law"),
        ];
        assert_eq!(found(&releases, "\"infrastructure law\""), [3, 0]);
        let mut both = found(&releases, "infrastructure law");
        both.sort_unstable();
        assert_eq!(both, [0, 1, 2, 3]);
        let hits = search(&releases, "\"INFRASTRUCTURE LAW\"");
        let a = hits.iter().find(|h| h.release == 0).unwrap();
        assert_eq!(hit_texts(&releases[0], &a.hits), ["Infrastructure  Law"]);
        let d = hits.iter().find(|h| h.release == 3).unwrap();
        assert_eq!(
            hit_texts(&releases[3], &d.hits),
            ["infrastructure  LAW", "infrastructure law"],
            "the tab was expanded when the release was made"
        );
    }

    #[test]
    fn phrases_and_words_combine() {
        let releases = vec![
            release("A", "The infrastructure law funds the harbor."),
            release("B", "The infrastructure law funds roads."),
        ];
        assert_eq!(found(&releases, "harbor \"infrastructure law\""), [0]);
        let hits = search(&releases, "\"infrastructure law\" law harbor");
        assert_eq!(
            hit_texts(&releases[0], &hits[0].hits),
            ["infrastructure law", "harbor"],
            "a word inside a phrase merges into the phrase's hit"
        );
    }

    #[test]
    fn titles_count_but_hits_are_in_the_body() {
        let releases = vec![
            release("Harbor news", "The ferry runs. The ferry is late."),
            release("Other news", "The ferry runs."),
        ];
        let hits = search(&releases, "harbor");
        assert_eq!(hits.len(), 1);
        assert!(hits[0].hits.is_empty());
        let ferry = search(&releases, "ferry news");
        assert_eq!(ferry.len(), 2);
    }

    #[test]
    fn hits_stay_on_char_boundaries() {
        let releases = vec![release(
            "Ärger",
            "Über den Ärger: 习近平主席 sagte, Biden’s Plan sei ärgerlich. ÄRGER!",
        )];
        for query in ["ärger", "\"习近平\"", "习近平", "bidens", "biden's plan"] {
            let hits = search(&releases, query);
            assert_eq!(hits.len(), 1, "{query}");
            let body = releases[0].read_body();
            let text = &body.paragraphs[0].text;
            for h in &hits[0].hits {
                assert!(text.is_char_boundary(h.start as usize), "{query}");
                assert!(text.is_char_boundary(h.end as usize), "{query}");
            }
        }
        let hits = search(&releases, "ärger");
        assert_eq!(hit_texts(&releases[0], &hits[0].hits), ["Ärger", "ÄRGER"]);
        assert_eq!(
            hit_texts(&releases[0], &search(&releases, "习近平")[0].hits),
            ["习近平"]
        );
        assert_eq!(
            hit_texts(&releases[0], &search(&releases, "biden's plan")[0].hits),
            ["Biden’s", "Plan"]
        );
        assert_eq!(
            hit_texts(&releases[0], &search(&releases, "\"bidens plan\"")[0].hits),
            ["Biden’s Plan"]
        );
    }

    #[test]
    fn chunks_merge_into_one_index() {
        let releases: Vec<Release> = (0..(CHUNK * 2 + 7))
            .map(|i| {
                let body = match i % 3 {
                    0 => "harbor ferry",
                    1 => "harbor",
                    _ => "ferry",
                };
                release(&format!("T{i}"), body)
            })
            .collect();
        let index = SearchIndex::build(&releases);
        let ferry: Vec<u32> = index
            .search(&releases, "ferry harbor", usize::MAX)
            .iter()
            .map(|h| h.release)
            .collect();
        let expected: Vec<u32> = (0..releases.len() as u32).filter(|i| i % 3 == 0).collect();
        assert_eq!(ferry, expected);
        assert_eq!(index.search(&releases, "t1030", 5)[0].release, 1030);
    }

    #[test]
    fn batches_lay_out_the_same_index_as_one() {
        let words = ["harbor", "ferry", "bridge", "tariff", "grant", "vote"];
        let releases: Vec<Release> = (0..(CHUNK * 5 + 3))
            .map(|i| {
                let body = format!("{} {} {}", words[i % 6], words[i % 4], words[(i / 7) % 6]);
                release(&format!("T{i}"), &body)
            })
            .collect();
        let whole = SearchIndex::build_in_batches(&releases, CHUNK * 8, &|_| {});
        let counted = std::cell::Cell::new(0);
        let batched = SearchIndex::build_in_batches(&releases, CHUNK, &|n| {
            counted.set(counted.get() + n);
        });
        assert_eq!(counted.get(), releases.len());
        assert_eq!(
            whole.search(&releases, "harbor ferry", usize::MAX),
            batched.search(&releases, "harbor ferry", usize::MAX)
        );
        let terms = |index: &SearchIndex| {
            let mut terms: Vec<(String, Vec<u32>, Vec<u16>)> = index
                .words()
                .map(|(w, t)| {
                    let (list, freqs) = index.postings(t);
                    (w.to_string(), list.to_vec(), freqs.to_vec())
                })
                .collect();
            terms.sort();
            terms
        };
        assert_eq!(terms(&whole), terms(&batched));
        assert_eq!(whole.lengths, batched.lengths);
    }

    #[test]
    fn the_index_is_compact() {
        let releases = vec![release("A b", "c d c"), release("E", "c f")];
        let index = SearchIndex::build(&releases);
        assert_eq!(index.term_count(), 6);
        assert!(index.heap_bytes() > 0);
        let empty = SearchIndex::build(&[]);
        assert!(empty.search(&[], "anything", 10).is_empty());
    }

    fn snip(text: &str, needle: &str, width: usize) -> Snippet {
        let body = release("Title", text).read_body();
        let start = body.paragraphs[0].text.find(needle).unwrap();
        let hit = TextHit {
            paragraph: 0,
            start: start as u32,
            end: (start + needle.len()) as u32,
        };
        snippet(&body, hit, width)
    }

    #[test]
    fn a_snippet_cut_again_keeps_its_hit() {
        let text = "one two three four five six seven eight nine ten harbor eleven twelve thirteen fourteen fifteen sixteen seventeen";
        let wide = snip(text, "harbor", 60);
        let narrow = kwic(&wide.text, wide.highlight.clone(), 30);
        assert_eq!(&narrow.text[narrow.highlight.clone()], "harbor");
        assert!(narrow.text.chars().count() <= 30, "{}", narrow.text);
        assert_eq!(kwic(&wide.text, wide.highlight.clone(), 60), wide);
    }

    #[test]
    fn short_paragraphs_are_shown_whole() {
        let s = snip("The harbor opened today.", "harbor", 80);
        assert_eq!(s.text, "The harbor opened today.");
        assert_eq!(&s.text[s.highlight.clone()], "harbor");
    }

    #[test]
    fn long_paragraphs_are_cut_at_words_with_ellipses() {
        let text = "one two three four five six seven eight nine ten harbor eleven twelve thirteen fourteen fifteen sixteen seventeen";
        let s = snip(text, "harbor", 30);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert!(s.text.chars().count() <= 30, "{}", s.text);
        assert!(s.text.chars().count() >= 20, "{}", s.text);
        assert_eq!(&s.text[s.highlight.clone()], "harbor");
        let inner = s.text.trim_matches('…');
        for word in inner.split(' ') {
            assert!(
                text.split(' ').any(|w| w == word),
                "cut word {word:?} in {}",
                s.text
            );
        }
    }

    #[test]
    fn a_hit_near_the_start_gives_its_room_to_the_right() {
        let text = "Harbor news: one two three four five six seven eight nine ten eleven twelve";
        let s = snip(text, "Harbor", 40);
        assert!(s.text.starts_with("Harbor news"), "{}", s.text);
        assert!(s.text.ends_with('…'));
        assert_eq!(s.highlight, 0..6);
        assert!(s.text.chars().count() >= 30, "{}", s.text);
    }

    #[test]
    fn whitespace_is_collapsed_into_one_line() {
        let body = Body {
            paragraphs: vec![Paragraph::with_block(
                "col a\n  col   b\tharbor\n\nend",
                crate::corpus::Block::Preformatted,
            )],
            ..Body::default()
        };
        let start = body.paragraphs[0].text.find("harbor").unwrap() as u32;
        let s = snippet(
            &body,
            TextHit {
                paragraph: 0,
                start,
                end: start + 6,
            },
            80,
        );
        assert_eq!(s.text, "col a col b harbor end");
        assert_eq!(&s.text[s.highlight], "harbor");
    }

    #[test]
    fn multibyte_text_is_cut_on_char_boundaries() {
        let text = "日本の首相は本日、東京で記者会見を開き、新しい経済対策を発表した。港の整備も含まれる。";
        for width in [5, 10, 17, 30] {
            let s = snip(text, "経済", width);
            assert_eq!(&s.text[s.highlight.clone()], "経済", "{width}");
            assert!(
                s.text.chars().count() <= width.max(3) + 1,
                "{width}: {}",
                s.text
            );
        }
        let s = snip(
            "Ärger über Ärger über Ärger über Ärger über Ärger",
            "über Ärger über",
            16,
        );
        assert_eq!(&s.text[s.highlight.clone()], "über Ärger über");
    }

    #[test]
    fn a_bad_hit_gives_an_empty_snippet() {
        let r = release("T", "Ärger").read_body();
        let bad = TextHit {
            paragraph: 0,
            start: 1,
            end: 3,
        };
        assert_eq!(snippet(&r, bad, 20).text, "");
        let missing = TextHit {
            paragraph: 9,
            start: 0,
            end: 1,
        };
        assert_eq!(snippet(&r, missing, 20).text, "");
    }
}
