//! The corpus engine on the real, messy shared corpus: every file loads,
//! metadata is found, and no markup or control character survives.

use readout::archive;
use readout::corpus::{Corpus, Format, Release};

fn load(sub: &str, test: &str) -> Option<Corpus> {
    let root = crate::common::shared_corpus(test)?;
    Some(archive::load_with_progress(&[root.join(sub)], &|_| {}))
}

fn has_markup(s: &str) -> Option<&'static str> {
    if s.chars().any(|c| c.is_control() && c != '\n') {
        return Some("control character");
    }
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let next = bytes.get(i + 1).copied();
        if b == b'\\' && next.is_some_and(|n| n.is_ascii_punctuation()) {
            return Some("backslash escape");
        }
        if b == b'<' && next.is_some_and(|n| n.is_ascii_alphabetic() || n == b'/') {
            let rest = &s[i + 1..];
            let tag: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
                .collect();
            let known = [
                "p",
                "br",
                "span",
                "sup",
                "sub",
                "u",
                "s",
                "strong",
                "em",
                "a",
                "table",
                "tr",
                "td",
                "th",
                "tbody",
                "img",
                "figure",
                "div",
                "li",
                "ul",
                "ol",
                "b",
                "i",
                "col",
                "colgroup",
                "figcaption",
                "h1",
                "h2",
                "h3",
                "h4",
            ];
            if known.contains(&tag.trim_start_matches('/').to_ascii_lowercase().as_str())
                && rest.contains('>')
            {
                return Some("HTML tag");
            }
        }
    }
    if s.contains("**") {
        return Some("**");
    }
    None
}

fn assert_clean(releases: &[Release]) {
    let mut bad = Vec::new();
    for r in releases {
        if let Some(what) = has_markup(&r.title) {
            bad.push(format!(
                "{} title has {what}: {:?}",
                r.origin.describe(),
                r.title
            ));
        }
        for p in &r.read_body().paragraphs {
            if let Some(what) = has_markup(&p.text) {
                let at = p
                    .text
                    .char_indices()
                    .nth(60)
                    .map_or(p.text.len(), |(i, _)| i);
                bad.push(format!(
                    "{} paragraph has {what}: {:?}",
                    r.origin.describe(),
                    &p.text[..at]
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} problems, first ones:\n{}",
        bad.len(),
        bad.iter().take(15).cloned().collect::<Vec<_>>().join("\n")
    );
}

fn assert_mostly_dated_and_titled(releases: &[Release]) {
    let n = releases.len() as f64;
    let dated = releases
        .iter()
        .filter(|r| r.date.as_ref().is_some_and(|d| d.year.is_some()))
        .count() as f64;
    let titled = releases
        .iter()
        .filter(|r| !r.title.trim().is_empty() && r.title != "(untitled)")
        .count() as f64;
    eprintln!(
        "{n} releases, {:.2}% dated, {:.2}% titled",
        100.0 * dated / n,
        100.0 * titled / n
    );
    assert!(dated / n >= 0.99, "only {dated} of {n} dated");
    assert!(titled / n >= 0.99, "only {titled} of {n} titled");
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn seeds_get_their_metadata() {
    let Some(corpus) = load("seeds", "seeds_get_their_metadata") else {
        return;
    };
    assert_eq!(corpus.releases.len(), 2);
    let cgtn = corpus
        .releases
        .iter()
        .find(|r| r.source.as_deref() == Some("CGTN"))
        .expect("the CGTN seed");
    assert_eq!(
        cgtn.title,
        "China-S. Korea cooperation against COVID-19 exemplary: Xi Jinping"
    );
    assert!(!cgtn.title_derived);
    assert_eq!(cgtn.section.as_deref(), Some("Politics"));
    let date = cgtn.date.as_ref().unwrap();
    assert_eq!(date.iso().as_deref(), Some("2021-01-26"));
    assert_eq!(date.time, Some((22, 51)));
    assert_eq!(date.utc_offset_minutes, Some(8 * 60));
    assert_eq!(
        cgtn.updated.as_ref().and_then(|d| d.iso()).as_deref(),
        Some("2021-01-27")
    );
    assert_eq!(cgtn.credits, vec!["With input from Xinhua"]);
    let cgtn_body = cgtn.read_body();
    assert!(
        cgtn_body
            .paragraphs
            .first()
            .unwrap()
            .text
            .starts_with("Chinese President Xi Jinping, in a phone conversation")
    );
    let last = &cgtn_body.paragraphs.last().unwrap().text;
    assert!(
        !last.contains("Copyright") && !last.contains("RELATED"),
        "{last}"
    );

    let mfa = corpus
        .releases
        .iter()
        .find(|r| r.source.is_none())
        .expect("the MFA seed");
    assert!(mfa.title_derived);
    assert!(
        mfa.title.starts_with(
            "President Xi Jinping had a telephone conversation with President Moon Jae-in"
        ),
        "{}",
        mfa.title
    );
    let mfa_body = mfa.read_body();
    assert!(
        mfa_body.paragraphs[0]
            .text
            .starts_with(mfa.title.trim_end_matches('…'))
    );
    let date = mfa.date.as_ref().expect("a date found in the text");
    assert_eq!(
        (date.year, date.written.as_str()),
        (None, "13 May"),
        "no invented year"
    );
    assert_eq!(mfa_body.paragraphs.len(), 4);
    assert_clean(&corpus.releases);
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn every_congress_record_with_text_loads() {
    let Some(corpus) = load("congress", "every_congress_record_with_text_loads") else {
        return;
    };
    let lines: usize = ["2021-08.jsonl", "2022-01.jsonl"]
        .iter()
        .map(|f| {
            std::fs::read_to_string(
                crate::common::shared_corpus("")
                    .unwrap()
                    .join("congress")
                    .join(f),
            )
            .unwrap()
            .lines()
            .count()
        })
        .sum();
    let skipped = corpus.report.skipped().count();
    assert!(
        corpus
            .report
            .skipped()
            .all(|p| p.message.starts_with("record has no text")),
        "{:?}",
        corpus.report.problems
    );
    assert_eq!(corpus.releases.len() + skipped, lines);
    assert!(corpus.releases.len() >= 2300);
    assert!(
        corpus
            .releases
            .iter()
            .all(|r| r.origin.format == Format::Jsonl && r.member.is_some())
    );
    assert_mostly_dated_and_titled(&corpus.releases);
    assert_clean(&corpus.releases);
    let ids: std::collections::HashSet<_> = corpus.releases.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), corpus.releases.len(), "ids are unique");
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn every_white_house_file_loads() {
    let Some(corpus) = load("whitehouse", "every_white_house_file_loads") else {
        return;
    };
    assert_eq!(
        corpus.report.skipped().count(),
        0,
        "{:?}",
        corpus.report.skipped().take(5).collect::<Vec<_>>()
    );
    assert_eq!(corpus.releases.len(), 4996);
    assert_mostly_dated_and_titled(&corpus.releases);
    assert_clean(&corpus.releases);
    assert!(
        corpus
            .releases
            .iter()
            .all(|r| r.url.is_some() && r.outline.paragraphs > 0)
    );
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn the_whole_corpus_loads_twice_with_the_same_ids() {
    let Some(root) = crate::common::shared_corpus("the_whole_corpus_loads_twice_with_the_same_ids")
    else {
        return;
    };
    let a = archive::load_with_progress(std::slice::from_ref(&root), &|_| {});
    let b = archive::load_with_progress(&[root], &|_| {});
    let ids = |c: &Corpus| {
        c.releases
            .iter()
            .map(|r| r.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&a), ids(&b));
    assert!(a.releases.len() > 7300);
}
