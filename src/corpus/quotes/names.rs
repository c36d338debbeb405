//! Speakers' names: the name without titles, the key that groups one
//! person's names, and short names completed from the release's full name.

use super::lexicon::{FUNCTION_WORDS, INSTITUTIONS, SUFFIXES};
use super::words::{is_name_word, is_suffix, is_title, split_word, strip_possessive};
use crate::corpus::{Paragraph, Quote};

/// `name` without its parenthetical and bracketed parts (`(R-KY)`, `[D]`).
fn outside_brackets(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
}

/// The key that groups one person's speaker strings: the lowercase surname,
/// without titles, parenthetical tags (`(R-KY)`) or suffixes (`Jr.`).
///
/// "Rep. Stephanie Bice", "Bice" and "Rep. Bice." all give "bice";
/// "Rep. Mariannette Miller-Meeks" gives "miller-meeks".
pub fn speaker_key(name: &str) -> String {
    let plain = outside_brackets(name);
    let words: Vec<&str> = plain
        .split_whitespace()
        .map(|w| strip_possessive(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect();
    let name_word = words.iter().rev().find(|w| {
        let lower = w.to_lowercase();
        !SUFFIXES.contains(&lower.as_str()) && !is_title(w)
    });
    match name_word.or(words.last()) {
        Some(word) => word.to_lowercase(),
        None => name.trim().to_lowercase(),
    }
}

/// A speaker's name without titles, parenthetical tags or suffixes, for
/// grouping one person's quotations across releases: "Rep. Stephanie Bice
/// (R-OK)" gives "Stephanie Bice", "Sen. Bice" gives "Bice".
pub fn speaker_name(name: &str) -> String {
    let plain = outside_brackets(name);
    let words: Vec<&str> = plain
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == ';' || c == ':'))
        .filter(|w| !w.is_empty() && !is_title(w))
        .filter(|w| !SUFFIXES.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
        .collect();
    if words.is_empty() {
        name.trim().to_string()
    } else {
        words.join(" ")
    }
}

/// Completes short speaker names from a fuller name the release uses for
/// the same person (one or two more words, the most frequent such name):
/// "Xi" and "President Xi" become "Xi Jinping" and "President Xi Jinping"
/// when the body says "Xi Jinping". Titles as written are kept. When two
/// fuller names are used equally often the speaker is left alone.
/// [`super::extract`] already applies this.
pub fn resolve_speakers(quotes: &mut [Quote], paragraphs: &[Paragraph]) {
    if quotes.iter().all(|q| q.speaker.is_none()) {
        return;
    }
    // Only names holding a speaker's last word matter.
    let mut wanted: Vec<String> = quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref()?.split_whitespace().last())
        .map(str::to_string)
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let names = full_names(paragraphs, &wanted);
    if names.is_empty() {
        return;
    }
    for quote in quotes.iter_mut() {
        let Some(speaker) = &quote.speaker else {
            continue;
        };
        let words: Vec<&str> = speaker.split_whitespace().collect();
        let core_from = words.iter().rposition(|w| is_title(w)).map_or(0, |i| i + 1);
        let core = &words[core_from..];
        if core.is_empty() {
            continue;
        }
        let Some(full) = best_full_name(&names, core) else {
            continue;
        };
        let mut resolved = words[..core_from].join(" ");
        if !resolved.is_empty() {
            resolved.push(' ');
        }
        resolved.push_str(&full.join(" "));
        quote.speaker = Some(resolved);
    }
}

/// The full name containing `core` that the release uses most often, if
/// one is used strictly more often than any other.
fn best_full_name<'a>(names: &[(Vec<&'a str>, usize)], core: &[&str]) -> Option<Vec<&'a str>> {
    let mut best: Option<(&Vec<&str>, usize)> = None;
    let mut tie = false;
    for (name, count) in names {
        // A full name adds a given name or two (or a surname after "Xi").
        if name.len() <= core.len()
            || name_weight(name) > name_weight(core) + 2
            || !name.windows(core.len()).any(|w| w == core)
        {
            continue;
        }
        match best {
            Some((_, c)) if *count < c => {}
            Some((_, c)) if *count == c => tie = true,
            _ => {
                best = Some((name, *count));
                tie = false;
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(name, _)| name.clone())
}

/// How many words of a name are neither initials (`A.`) nor suffixes (`Jr.`).
fn name_weight(words: &[&str]) -> usize {
    words
        .iter()
        .filter(|w| {
            let bare = w.trim_end_matches('.');
            bare.chars().count() > 1 && !SUFFIXES.contains(&bare.to_lowercase().as_str())
        })
        .count()
}

/// Every multi-word personal name in the body, titles stripped, with how
/// often it occurs.
fn full_names<'a>(paragraphs: &'a [Paragraph], wanted: &[String]) -> Vec<(Vec<&'a str>, usize)> {
    let mut names: Vec<(Vec<&str>, usize)> = Vec::new();
    let add = |names: &mut Vec<(Vec<&'a str>, usize)>, run: &[&'a str]| {
        if run.iter().any(|w| wanted.iter().any(|x| x == w)) {
            add_name(names, run);
        }
    };
    for paragraph in paragraphs {
        if !wanted.iter().any(|w| paragraph.text.contains(w.as_str())) {
            continue;
        }
        let mut run: Vec<&str> = Vec::new();
        for token in paragraph.text.split_whitespace() {
            if token.starts_with(['(', '[']) {
                add(&mut names, &run);
                run.clear();
                continue;
            }
            let token = token.trim_start_matches(['"', '“', '‘', '\'']);
            let word = split_word(token);
            let core = strip_possessive(word.core);
            let possessive = core.len() != word.core.len();
            if is_name_word(core) {
                run.push(core);
                let suffix = is_suffix(core);
                if word.stop || possessive || suffix || token.contains(['—', '–']) {
                    add(&mut names, &run);
                    run.clear();
                }
            } else {
                add(&mut names, &run);
                run.clear();
            }
        }
        add(&mut names, &run);
    }
    names
}

/// Counts a run of capitalised words as a full name once titles and
/// sentence-opening words are stripped, if two to five words are left.
fn add_name<'a>(names: &mut Vec<(Vec<&'a str>, usize)>, run: &[&'a str]) {
    let from = run
        .iter()
        .rposition(|w| is_title(w) || INSTITUTIONS.contains(w))
        .map_or(0, |i| i + 1);
    let mut run = &run[from..];
    while let Some(first) = run.first() {
        if FUNCTION_WORDS.contains(first) {
            run = &run[1..];
        } else {
            break;
        }
    }
    if !(2..=5).contains(&run.len()) {
        return;
    }
    match names.iter_mut().find(|(n, _)| n.as_slice() == run) {
        Some((_, count)) => *count += 1,
        None => names.push((run.to_vec(), 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};
    use super::*;

    #[test]
    fn speaker_names_lose_titles_tags_and_suffixes() {
        assert_eq!(speaker_name("Rep. Stephanie Bice (R-OK)"), "Stephanie Bice");
        assert_eq!(speaker_name("Sen. Bice"), "Bice");
        assert_eq!(speaker_name("Martin Luther King Jr."), "Martin Luther King");
        assert_eq!(speaker_name("President"), "President");
    }

    #[test]
    fn short_names_are_completed_from_the_full_name_in_the_release() {
        assert_eq!(
            speakers(&[
                "Chinese President Xi Jinping spoke with leaders on Tuesday.",
                "\"We stand together,\" Xi said.",
                "\"Cooperation matters,\" said President Xi.",
            ]),
            [some("Xi Jinping"), some("President Xi Jinping")]
        );
    }

    #[test]
    fn speaker_keys_group_one_persons_names() {
        for name in [
            "Rep. Stephanie Bice",
            "Bice",
            "Rep. Bice.",
            "Congresswoman Bice (OK-05)",
        ] {
            assert_eq!(speaker_key(name), "bice", "{name}");
        }
        assert_eq!(speaker_key("Rep. Mariannette Miller-Meeks"), "miller-meeks");
        assert_eq!(speaker_key("Congressman Troy A. Carter Sr."), "carter");
        assert_eq!(speaker_key("Senator McConnell (R-KY)"), "mcconnell");
        assert_eq!(speaker_key("Xi Jinping"), "jinping");
        assert_eq!(speaker_key("President"), "president");
    }
}
