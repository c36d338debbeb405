//! Clean bodies on the real shared corpus (issue 10): each test counts one
//! problem across `../shared/corpus`, by its own reading of the raw files
//! rather than the parser's, prints the count and fails unless it is zero.
//!
//! What these tests counted before the fix, for the record: 1,696 of the
//! 1,758 paragraphs whose first line is indented with no-break spaces split
//! after that line (in 190 White House releases); 304 notices, contacts,
//! repeated dates and unrecognised end marks at the edges of bodies (in
//! about 190 releases, nearly all congressional); 58 `[image: file.png]`
//! placeholders (35 releases); 3 of the 16 links whose address holds a
//! parenthesis left as `[text](address` markup.

use std::fs;

use readout::corpus::date::MONTHS;
use readout::corpus::{Corpus, Format, Release, ReleaseDate};

/// The whole shared corpus, loaded once for every test of the binary.
fn corpus(test: &str) -> Option<&'static Corpus> {
    crate::common::whole_corpus(test)
}

/// The Markdown releases with the text of their files' bodies (after the
/// front matter).
fn markdown_sources(corpus: &Corpus) -> impl Iterator<Item = (&Release, String)> {
    corpus
        .releases
        .iter()
        .filter(|r| r.origin.format == Format::Markdown)
        .filter_map(|r| {
            let text = fs::read_to_string(&r.origin.path).ok()?;
            let body = text.split_once("\n---\n").map_or("", |(_, rest)| rest);
            let body = body.split_once("\n---\n").map_or(body, |(_, rest)| rest);
            Some((r, body.to_string()))
        })
}

/// A word with the punctuation around it taken off.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Prints what was counted and fails unless it is nothing.
fn report(what: &str, found: &[String], of: usize) {
    eprintln!("{what}: {} of {of}", found.len());
    assert!(
        found.is_empty(),
        "{what}: {} of {of}, first ones:\n{}",
        found.len(),
        found[..found.len().min(12)].join("\n")
    );
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn no_paragraph_is_split_after_a_first_line_indented_with_no_break_spaces() {
    let Some(corpus) =
        corpus("no_paragraph_is_split_after_a_first_line_indented_with_no_break_spaces")
    else {
        return;
    };
    let mut candidates = 0;
    let mut split = Vec::new();
    for (release, source) in markdown_sources(corpus) {
        let body = release.read_body();
        // Where one paragraph ends and the next begins, by their edge words.
        let seams: Vec<(&str, &str)> = body
            .paragraphs
            .windows(2)
            .filter_map(|w| {
                let last = w[0].text.split_whitespace().next_back()?;
                let first = w[1].text.split_whitespace().next()?;
                Some((bare(last), bare(first)))
            })
            .collect();
        let lines: Vec<&str> = source.lines().collect();
        for (i, pair) in lines.windows(2).enumerate() {
            let (line, next) = (pair[0], pair[1]);
            let starts_paragraph = i == 0 || lines[i - 1].trim().is_empty();
            let hard_break = line.ends_with("  ") || line.ends_with('\\');
            if !line.trim_start_matches(' ').starts_with('\u{a0}')
                || !starts_paragraph
                || hard_break
                || line.trim().is_empty()
                || next.trim().is_empty()
            {
                continue;
            }
            let (Some(last), Some(first)) = (
                line.split_whitespace().next_back().map(bare),
                next.split_whitespace().next().map(bare),
            ) else {
                continue;
            };
            if last.is_empty() || first.is_empty() {
                continue;
            }
            candidates += 1;
            if seams.contains(&(last, first)) {
                split.push(format!("{}: {line:?}", release.origin.describe()));
            }
        }
    }
    report(
        "paragraphs split after a first line indented with no-break spaces",
        &split,
        candidates,
    );
}

/// True for a paragraph of running text: a sentence of some length.
fn is_running_text(text: &str) -> bool {
    text.split_whitespace().count() >= 8
        && text.trim_end().ends_with(['.', '!', '?', '"', '”', ')'])
}

/// The ways a press release writes its own date on a line of its own.
fn date_lines(date: &ReleaseDate) -> Vec<String> {
    let (Some(y), Some(m), Some(d)) = (date.year, date.month, date.day) else {
        return Vec::new();
    };
    let month = MONTHS[usize::from(m) - 1];
    vec![
        format!("{month} {d}, {y}"),
        format!("{} {d}, {y}", &month[..3]),
        format!("{}. {d}, {y}", &month[..3]),
        format!("{d} {month} {y}"),
        format!("{m}/{d}/{y}"),
        format!("{m:02}/{d:02}/{y}"),
        format!("{y}-{m:02}-{d:02}"),
    ]
}

/// What kind of furniture `text` is, when it is.
fn furniture(text: &str, date: &[String]) -> Option<&'static str> {
    let lower = text.trim().to_lowercase();
    let label = lower
        .strip_prefix("media ")
        .or_else(|| lower.strip_prefix("press "))
        .unwrap_or(&lower);
    let after = label
        .strip_prefix("contacts")
        .or_else(|| label.strip_prefix("contact"))
        .map(str::trim_start);
    let weekday_gone = lower
        .split_once(", ")
        .filter(|(day, _)| day.ends_with("day"))
        .map_or(lower.as_str(), |(_, rest)| rest);
    if lower.starts_with("for immediate release") {
        Some("notice")
    } else if after.is_some_and(|a| a.is_empty() || a.starts_with(':')) {
        Some("contact")
    } else if date.iter().any(|d| d == weekday_gone.trim_end_matches('.')) {
        Some("date")
    } else {
        None
    }
}

/// True for an end mark written with `#`: `###`, `# # #`, `-###-`.
fn is_hash_mark(text: &str) -> bool {
    let t = text.trim();
    t.chars().filter(|&c| c == '#').count() >= 2 && t.chars().all(|c| "#-–—\\ ".contains(c))
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn no_press_furniture_is_left_at_the_edges_of_a_body() {
    let Some(corpus) = corpus("no_press_furniture_is_left_at_the_edges_of_a_body") else {
        return;
    };
    let mut left = Vec::new();
    for release in &corpus.releases {
        let body = release.read_body();
        let texts: Vec<&str> = body.paragraphs.iter().map(|p| p.text.as_str()).collect();
        let running: Vec<usize> = (0..texts.len())
            .filter(|&i| is_running_text(texts[i]))
            .collect();
        let (Some(&first), Some(&last)) = (running.first(), running.last()) else {
            continue;
        };
        let dates = release.date.as_ref().map(date_lines).unwrap_or_default();
        for (i, text) in texts.iter().enumerate() {
            let header = i < first;
            // A date further down is a signature's ("Done at …") unless it
            // ends the body.
            let footer = i > last;
            let kind = match furniture(text, &dates) {
                Some("date") if !(header || i + 1 == texts.len()) => None,
                Some(kind) if header || footer => Some(kind),
                _ if is_hash_mark(text) && i >= texts.len() / 2 => Some("end mark"),
                _ => None,
            };
            if let Some(kind) = kind {
                left.push(format!("{} ({kind}): {text:?}", release.origin.describe()));
            }
        }
    }
    report(
        "notices, contacts, repeated dates and end marks at the edges of bodies",
        &left,
        corpus.releases.len(),
    );
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn no_image_is_named_by_a_file_name() {
    let Some(corpus) = corpus("no_image_is_named_by_a_file_name") else {
        return;
    };
    let extensions = ["png", "jpg", "jpeg", "gif", "svg", "webp"];
    let mut named = Vec::new();
    for release in &corpus.releases {
        let body = release.read_body();
        let texts = body
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .chain(body.trailer.iter().map(String::as_str));
        for text in texts {
            for piece in text.split("[image: ").skip(1) {
                let alt = piece.split(']').next().unwrap_or_default();
                let extension = alt.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
                if !alt.contains(' ') && extension.is_some_and(|e| extensions.contains(&e.as_str()))
                {
                    named.push(format!("{}: [image: {alt}]", release.origin.describe()));
                }
            }
        }
    }
    report("images named by a file name", &named, corpus.releases.len());
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn no_link_markup_is_left_where_an_address_holds_a_parenthesis() {
    let Some(corpus) = corpus("no_link_markup_is_left_where_an_address_holds_a_parenthesis") else {
        return;
    };
    let mut links = 0;
    let mut left = Vec::new();
    for (release, source) in markdown_sources(corpus) {
        let body = release.read_body();
        for piece in source.split("](").skip(1) {
            let run = piece.split(char::is_whitespace).next().unwrap_or_default();
            let address = &run[..run.rfind(')').unwrap_or(0)];
            if !address.starts_with("http") || !address.contains('(') {
                continue;
            }
            links += 1;
            let start: String = address.chars().take(30).collect();
            let markup = format!("]({start}");
            if body.paragraphs.iter().any(|p| p.text.contains(&markup)) {
                left.push(format!("{}: {markup}", release.origin.describe()));
            }
        }
    }
    report(
        "links whose address holds a parenthesis left as markup",
        &left,
        links,
    );
}
