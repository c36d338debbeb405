//! Speaker precision and recall on the hand-judged gold set
//! (`tests/gold/README.md`): every entry names a release of
//! `../shared/corpus` and an offset into its raw text; the quotation (or the
//! transcript paragraph) there is found among what readout parsed by its
//! first words, and readout's speaker is compared with the judged one as a
//! person (same surname, compatible first names).
//!
//! Precision is right speakers over speakers given; recall is right
//! speakers over entries that have a speaker. Both are printed per kind of
//! material and per set. Misses are printed for `dev` only: `holdout`
//! stands for archives readout has never seen, so only its numbers are
//! shown. The test fails when `dev` falls below 98% precision or 90% recall.
//!
//! Skips, saying so, when `../shared/corpus` or the gold files are absent;
//! `GOLD_CONTEXT=1` prints the paragraphs readout parsed around each miss.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use readout::corpus::parse::{parse_file, parse_file_from_line};
use readout::corpus::{Body, Format};

/// Lowest precision accepted on either set: the target of the quotation
/// issue, since a wrong speaker is the worst error readout can make.
const MIN_PRECISION: f64 = 0.98;

/// The recall the quotation issue targets, reported for each kind of
/// material on the dev set (met or not).
const TARGET_RECALL: f64 = 0.90;

/// Lowest recall accepted on the dev set for a kind of material: a floor a
/// little under today's figure that catches a rule losing quotations.
/// Fresh samples judged blind are added to dev as they come and lower its
/// recall when rules have not yet seen them (their first score is the
/// honest measure of the target, kept in README); a floor at the target
/// itself would turn the suite red for adding evidence.
fn recall_floor(material: &str) -> f64 {
    match material {
        "whitehouse" => 0.875,
        "congress" => 0.96,
        _ => 0.98,
    }
}

/// How many leading words locate a quotation.
const LOCATE_WORDS: usize = 10;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus_dir() -> PathBuf {
    root().join("../shared/corpus")
}

/// One judged quotation or transcript paragraph.
#[derive(Debug, Clone)]
struct Entry {
    reference: String,
    at: usize,
    turn: bool,
    speaker: Option<String>,
    accept: Vec<String>,
}

impl Entry {
    fn parse(line: &str) -> Option<Entry> {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        Some(Entry {
            reference: v["ref"].as_str()?.to_string(),
            at: usize::try_from(v["at"].as_u64()?).ok()?,
            turn: v["kind"].as_str() == Some("turn"),
            speaker: v["speaker"].as_str().map(str::to_string),
            accept: v["accept"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        })
    }
}

/// A release as readout parses it, with the raw text the offsets count in.
struct Parsed {
    raw: Vec<char>,
    body: Arc<Body>,
}

/// Reads and parses the release `reference` names, as a load does (the
/// loader's own parse of the file, or of the one record of a JSON Lines
/// file).
fn parse_release(reference: &str, files: &mut HashMap<PathBuf, String>) -> Option<Parsed> {
    let (path, line) = match reference.rsplit_once(':') {
        Some((p, l)) if l.chars().all(|c| c.is_ascii_digit()) => (p, l.parse::<u32>().ok()),
        _ => (reference, None),
    };
    let full = corpus_dir().join(path);
    if !files.contains_key(&full) {
        let bytes = std::fs::read(&full).ok()?;
        files.insert(full.clone(), String::from_utf8_lossy(&bytes).into_owned());
    }
    let content = files.get(&full)?;
    let (raw, parsed) = match line {
        Some(n) => {
            let record = content.split('\n').nth(n.checked_sub(1)? as usize)?;
            let value: serde_json::Value = serde_json::from_str(record).ok()?;
            let raw = value["text"].as_str().unwrap_or_default().to_string();
            let hint = Some(Format::Jsonl);
            (
                raw,
                parse_file_from_line(&full, path, record.as_bytes(), hint, n),
            )
        }
        None => (
            content.clone(),
            parse_file(&full, path, content.as_bytes(), None),
        ),
    };
    let release = parsed.releases.into_iter().next()?;
    Some(Parsed {
        raw: raw.chars().collect(),
        body: release.read_body(),
    })
}

/// Lowercase words of `text` (letters and digits), Markdown link targets
/// and HTML tags left out, so raw and cleaned text compare.
fn words(text: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        let skip_to = match c {
            '(' if previous == ']' => Some(')'),
            '<' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/') =>
            {
                Some('>')
            }
            _ => None,
        };
        previous = c;
        if let Some(end) = skip_to {
            for n in chars.by_ref() {
                if n == end {
                    break;
                }
            }
            continue;
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
            if out.len() == limit {
                return out;
            }
        }
    }
    if !word.is_empty() && out.len() < limit {
        out.push(word);
    }
    out
}

/// What readout says about the passage an entry points at.
#[derive(Debug, Clone, PartialEq)]
enum Found {
    /// The passage was found; readout's speaker, if any.
    Speaker(Option<String>),
    /// No quotation (or paragraph) of readout's starts with these words.
    Missing,
}

/// Finds the entry's quotation (or paragraph) in what readout parsed.
fn locate(entry: &Entry, parsed: &Parsed) -> (Found, String) {
    let raw_from = entry.at.min(parsed.raw.len());
    let raw_to = (raw_from + 600).min(parsed.raw.len());
    let snippet: String = parsed.raw[raw_from..raw_to].iter().collect();
    let wanted = words(&snippet, LOCATE_WORDS);
    let shown = wanted.join(" ");
    if wanted.is_empty() {
        return (Found::Missing, shown);
    }
    let body = &parsed.body;
    // Where in the body each candidate is, as a fraction, to choose between
    // repeated words by their place.
    let raw_fraction = raw_from as f64 / parsed.raw.len().max(1) as f64;
    let total: usize = body.paragraphs.iter().map(|p| p.text.len() + 1).sum();
    let starts: Vec<usize> = body
        .paragraphs
        .iter()
        .scan(0, |at, p| {
            let start = *at;
            *at += p.text.len() + 1;
            Some(start)
        })
        .collect();
    let fraction = |paragraph: usize, offset: usize| {
        (starts.get(paragraph).copied().unwrap_or(0) + offset) as f64 / total.max(1) as f64
    };
    // Letters compared without the spaces between words, so a word the
    // parsed text runs together with the next (`[@POTUS](…)has` read as
    // `@POTUShas`) still matches.
    let wanted_letters = wanted.concat();
    let matches = |text: &str| {
        let got = words(text, LOCATE_WORDS).concat();
        let k = got.len().min(wanted_letters.len());
        k > 0 && got.as_bytes()[..k] == wanted_letters.as_bytes()[..k]
    };
    let mut best: Option<(f64, Option<String>, usize)> = None;
    let mut consider = |place: f64, speaker: Option<String>, paragraph: usize| {
        let distance = (place - raw_fraction).abs();
        if best.as_ref().is_none_or(|(d, _, _)| distance < *d) {
            best = Some((distance, speaker, paragraph));
        }
    };
    if entry.turn {
        for (i, p) in body.paragraphs.iter().enumerate() {
            if matches(&p.text) {
                consider(fraction(i, 0), turn_speaker(body, i), i);
            }
        }
    } else {
        for q in &body.quotes {
            // A quote's start, or a paragraph it runs on into.
            for (k, piece) in body.pieces_between(q.start, q.end).enumerate() {
                if matches(piece) {
                    let p = q.start.paragraph as usize + k;
                    let offset = if k == 0 { q.start.offset as usize } else { 0 };
                    consider(
                        fraction(p, offset),
                        q.speaker.clone(),
                        q.start.paragraph as usize,
                    );
                }
            }
        }
    }
    match best {
        Some((_, speaker, paragraph)) => {
            let mut shown = shown;
            // `GOLD_CONTEXT=1`: the paragraph before and the one holding it,
            // as readout parsed them, to see why a miss is one.
            if std::env::var_os("GOLD_CONTEXT").is_some() {
                for p in paragraph.saturating_sub(1)..=paragraph {
                    let text = body.paragraphs.get(p).map_or("", |p| p.text.as_str());
                    shown.push_str(&format!("\n      ¶{p}: {text}"));
                }
            }
            (Found::Speaker(speaker), shown)
        }
        None => (Found::Missing, shown),
    }
}

/// Who says transcript paragraph `i`.
fn turn_speaker(body: &Body, i: usize) -> Option<String> {
    body.speaker_of(i).map(str::to_owned)
}

/// A person's given names and surname, lowercase, without titles,
/// initials, suffixes or bracketed tags.
fn person(name: &str) -> (Vec<String>, String) {
    const TITLES: &[&str] = &[
        "rep",
        "sen",
        "u.s",
        "dr",
        "mr",
        "ms",
        "mrs",
        "gov",
        "lt",
        "hon",
        "us",
        "congressman",
        "congresswoman",
        "congressmember",
        "senator",
        "representative",
        "president",
        "vice",
        "secretary",
        "governor",
        "chairman",
        "chairwoman",
        "chair",
        "leader",
        "speaker",
        "ambassador",
        "majority",
        "minority",
        "ranking",
        "member",
        "deputy",
        "press",
        "director",
        "administrator",
        "mayor",
        "judge",
        "chief",
        "commissioner",
        "first",
        "lady",
        "second",
        "gentleman",
        "madam",
        "general",
        "attorney",
        "prime",
        "minister",
        "chancellor",
        "the",
        "jr",
        "sr",
        "ii",
        "iii",
        "iv",
        "of",
        "whip",
        "cochair",
        "co-chair",
        "former",
        "pope",
        "his",
        "her",
        "holiness",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "premier",
        "mx",
        "ceo",
    ];
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut parts: Vec<String> = plain
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
        .filter(|w| !TITLES.contains(&w.as_str()))
        .collect();
    match parts.pop() {
        Some(last) => (parts, last),
        None => (Vec::new(), plain.trim().to_lowercase()),
    }
}

/// Familiar forms of given names, for comparing people.
const NICKNAMES: &[(&str, &str)] = &[
    ("joe", "joseph"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("bill", "william"),
    ("jim", "james"),
    ("mike", "michael"),
    ("chuck", "charles"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("tom", "thomas"),
    ("tony", "anthony"),
];

/// True when two sets of given names may be one person's: either is
/// unknown, or a name of one is a name of the other, one begins the other
/// (`Chris`, `Christopher`) or is its familiar form (`Joe`, `Joseph`).
fn compatible(a: &[String], b: &[String]) -> bool {
    let fits = |a: &str, b: &str| {
        a == b
            || a.starts_with(b)
            || b.starts_with(a)
            || NICKNAMES.contains(&(a, b))
            || NICKNAMES.contains(&(b, a))
    };
    a.is_empty() || b.is_empty() || a.iter().any(|a| b.iter().any(|b| fits(a, b)))
}

/// True when readout's speaker `got` is the judged `expected` (or one of
/// the other accepted answers).
fn right(expected: &str, accept: &[String], got: &str) -> bool {
    std::iter::once(expected)
        .chain(accept.iter().map(String::as_str))
        .any(|want| {
            if want == "Q" || got == "Q" || want.starts_with("the ") {
                return want.eq_ignore_ascii_case(got);
            }
            let (first_w, last_w) = person(want);
            let (first_g, last_g) = person(got);
            last_w == last_g && compatible(&first_w, &first_g)
        })
}

/// Counts for one set and kind of material.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    entries: usize,
    with_speaker: usize,
    given: usize,
    right: usize,
    missing: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.right, self.given)
    }
    fn recall(&self) -> f64 {
        ratio(self.right, self.with_speaker)
    }
    fn add(&mut self, other: &Tally) {
        self.entries += other.entries;
        self.with_speaker += other.with_speaker;
        self.given += other.given;
        self.right += other.right;
        self.missing += other.missing;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "precision {:5.1}% ({}/{}), recall {:5.1}% ({}/{}); {} entries, {} not found",
            100.0 * self.precision(),
            self.right,
            self.given,
            100.0 * self.recall(),
            self.right,
            self.with_speaker,
            self.entries,
            self.missing
        )
    }
}

/// The gold files of one set, by kind of material (file stem).
fn gold_files(set: &str) -> Vec<(String, PathBuf)> {
    let dir = root().join("tests/gold").join(set);
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .filter_map(|p| Some((p.file_stem()?.to_str()?.to_string(), p)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Scores one set; prints its misses when `show_misses`.
fn score(set: &str, show_misses: bool) -> BTreeMap<String, Tally> {
    let mut files = HashMap::new();
    let mut releases: HashMap<String, Option<Parsed>> = HashMap::new();
    let mut tallies = BTreeMap::new();
    for (material, path) in gold_files(set) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let mut tally = Tally::default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let Some(entry) = Entry::parse(line) else {
                println!("{set}/{material}: unreadable entry skipped");
                continue;
            };
            let parsed = releases
                .entry(entry.reference.clone())
                .or_insert_with(|| parse_release(&entry.reference, &mut files));
            let Some(parsed) = parsed else {
                if show_misses {
                    println!("  {} @{}: release not found", entry.reference, entry.at);
                }
                continue;
            };
            let (found, words) = locate(&entry, parsed);
            tally.entries += 1;
            tally.with_speaker += usize::from(entry.speaker.is_some());
            let got = match &found {
                Found::Speaker(s) => s.clone(),
                Found::Missing => {
                    tally.missing += 1;
                    None
                }
            };
            let ok = match (&entry.speaker, &got) {
                (Some(want), Some(got)) => right(want, &entry.accept, got),
                (None, None) => true,
                _ => false,
            };
            if got.is_some() {
                tally.given += 1;
                tally.right += usize::from(ok);
            }
            if show_misses && !ok {
                let how = if found == Found::Missing {
                    " (not found)"
                } else {
                    ""
                };
                println!(
                    "  miss {} @{}: expected {:?}, got {:?}{how} — {words}",
                    entry.reference, entry.at, entry.speaker, got
                );
            }
        }
        tallies.insert(material, tally);
    }
    tallies
}

/// Prints a set's numbers, each kind of material and all together.
fn report(set: &str, tallies: &BTreeMap<String, Tally>) {
    let mut total = Tally::default();
    for (material, tally) in tallies {
        println!("{set} {material:<12} {tally}");
        total.add(tally);
    }
    println!("{set} {:<12} {total}", "all");
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn speakers_on_the_gold_set_are_precise_and_found() {
    if crate::common::shared_corpus("speakers_on_the_gold_set_are_precise_and_found").is_none() {
        return;
    }
    if gold_files("dev").is_empty() {
        println!("skipped quotes_gold: no tests/gold/dev/*.jsonl");
        return;
    }
    println!("dev misses:");
    let dev = score("dev", true);
    let holdout = score("holdout", false);
    report("dev", &dev);
    report("holdout", &holdout);
    // Every kind of material on its own: a strong kind must not hide a
    // weak one. Precision holds on the holdout too; recall is tuned on dev
    // only, so the holdout's recall is reported, not required.
    let mut failures = Vec::new();
    for (set, tallies) in [("dev", &dev), ("holdout", &holdout)] {
        for (material, tally) in tallies.iter() {
            if tally.precision() < MIN_PRECISION {
                failures.push(format!("{set} {material} precision: {tally}"));
            }
            if set == "dev" && tally.recall() < recall_floor(material) {
                failures.push(format!(
                    "{set} {material} recall below its floor of {:.1}%: {tally}",
                    100.0 * recall_floor(material)
                ));
            }
            if set == "dev" && tally.recall() < TARGET_RECALL {
                println!(
                    "target of {:.0}% recall not met: {set} {material} {tally}",
                    100.0 * TARGET_RECALL
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "below {:.0}% precision or a recall floor:\n{}",
        100.0 * MIN_PRECISION,
        failures.join("\n")
    );
}

#[test]
fn people_compare_by_surname_and_first_name() {
    assert!(right(
        "Veronica Escobar",
        &[],
        "Rep. Veronica Escobar (D-TX)"
    ));
    assert!(right("Veronica Escobar", &[], "Congresswoman Escobar"));
    assert!(right("Christopher Murphy", &[], "Sen. Chris Murphy"));
    assert!(!right("Tim Scott", &[], "Sen. Rick Scott"));
    assert!(!right("Jade Butay", &[], "Hawaii Department"));
    assert!(right(
        "Jen Psaki",
        &["the lawmakers".into()],
        "the lawmakers"
    ));
    assert!(right("Q", &[], "Q"));
    assert!(!right("Jen Psaki", &[], "Q"));
}

#[test]
fn words_ignore_markup_and_punctuation() {
    assert_eq!(
        words("“We [are](https://x.gov/a(b)) <b>ready</b>,” she said", 4),
        ["we", "are", "ready", "she"]
    );
}
