//! Quotations in release bodies and the speakers they are attributed to.
//!
//! Finding quotes is a linear scan of each paragraph for quote marks:
//! straight `"` and curly `“ ”` double quotes always count, single quotes
//! (`‘ ’`, `'`) only where their shape says they open or close a quotation,
//! so apostrophes (`don't`, `'90s`, `Peters'`, `rock ’n’ roll`) are never
//! taken for quotes. Only outermost quotes are reported. A paragraph that
//! opens a quote without closing it continues into the next paragraph when
//! that one opens with a quote mark (the journalistic convention for
//! multi-paragraph quotes).
//!
//! Speakers come from the words around a quote: `"…," said Rep. Bice.`,
//! `"…," Bice said`, `Xi said that "…"`, `X stated: "…"`, an introducing
//! paragraph such as `Rep. X released the following statement:`, a label
//! (`Rep. X: "…"`), pronouns (`he said`, `the congresswoman said`) resolved
//! to the last named speaker whose title does not contradict them, and quote
//! paragraphs that continue the previous speaker's quotes. `they` usually
//! stands for the signers of a letter, so it is left without a speaker.
//! Short quotes (three words or fewer, usually scare quotes) only get a
//! speaker the text names next to them. Finally, short forms of a name
//! ("Xi", "Rep. Bice") are completed from the full name the release uses
//! most for that person ("Xi Jinping", "Rep. Stephanie Bice").
//!
//! Everything is a single pass over each paragraph plus a few words of
//! context per quote; no regular expressions.

use super::{Paragraph, Quote, TextPos};

/// Verbs that attribute a quote to its speaker.
const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "add",
    "note",
    "write",
    "continue",
    "added",
    "adds",
    "stated",
    "noted",
    "notes",
    "continued",
    "continues",
    "explained",
    "explains",
    "emphasized",
    "emphasised",
    "emphasizes",
    "stressed",
    "stresses",
    "urged",
    "declared",
    "remarked",
    "argued",
    "warned",
    "asked",
    "told",
    "wrote",
    "writes",
    "announced",
    "concluded",
    "commented",
    "observed",
    "insisted",
    "claimed",
    "claims",
];

/// Two-word attribution verbs.
const PHRASAL_VERBS: &[(&str, &str)] = &[("pointed", "out"), ("went", "on")];

/// Verbs of a paragraph that introduces a statement (`X released the
/// following statement:`), besides [`VERBS`].
const INTRO_VERBS: &[&str] = &[
    "released",
    "releases",
    "issued",
    "issues",
    "made",
    "makes",
    "delivered",
    "delivers",
    "gave",
    "gives",
    "shared",
    "shares",
    "offered",
    "offers",
    "provided",
    "provides",
    "published",
];

/// Participles that introduce a quote after a subject (`Stauber continued,
/// saying, "…"`).
const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "writing",
    "stating",
    "explaining",
    "stressing",
    "declaring",
];

/// Plural nouns that, after `the`, stand for a group of speakers
/// (`the lawmakers wrote`).
const GROUPS: &[&str] = &[
    "lawmakers",
    "members",
    "senators",
    "representatives",
    "chairs",
    "leaders",
    "delegation",
    "signatories",
    "authors",
    "groups",
    "organizations",
    "congressmen",
    "congresswomen",
];

/// Words that may sit between a subject and its verb (`Bice also said`).
const ADVERBS: &[&str] = &[
    "also",
    "further",
    "later",
    "then",
    "once",
    "again",
    "previously",
    "recently",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "additionally",
    "has",
    "had",
    "have",
    "simply",
    "repeatedly",
    "proudly",
    "jointly",
    "publicly",
    "formally",
];

/// Words after an attribution verb that show the clause goes on past it
/// (`Bice said in a statement.`).
const CLAUSE_CONTINUERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "while",
    "after",
    "when",
    "today",
    "yesterday",
    "tonight",
    "this",
    "last",
    "before",
];

/// Titles and honorifics, lowercase without dots. They are kept in speaker
/// strings as written but are not part of a person's name.
const TITLES: &[&str] = &[
    "rep",
    "reps",
    "representative",
    "representatives",
    "senators",
    "congressmen",
    "congresswomen",
    "co-chair",
    "cochair",
    "congressman",
    "congresswoman",
    "congressmember",
    "sen",
    "sens",
    "senator",
    "president",
    "vice",
    "secretary",
    "gov",
    "governor",
    "mr",
    "ms",
    "mrs",
    "dr",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "speaker",
    "ambassador",
    "minister",
    "prime",
    "majority",
    "minority",
    "republican",
    "democratic",
    "whip",
    "judge",
    "chief",
    "mayor",
    "commissioner",
    "delegate",
    "u.s",
    "attorney",
    "general",
    "lt",
    "ranking",
    "premier",
    "hon",
    "honorable",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// Titles that after `the` refer back to the last named speaker.
const ANAPHORS: &[&str] = &[
    "congressman",
    "congresswoman",
    "congressmember",
    "senator",
    "representative",
    "lawmaker",
];

/// Name suffixes that are not a surname.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Abbreviations whose final dot does not end a sentence (lowercase, no dot).
const ABBREVIATIONS: &[&str] = &[
    "rep", "reps", "sen", "sens", "dr", "mr", "mrs", "ms", "gov", "lt", "gen", "col", "sgt",
    "capt", "adm", "hon", "st", "jr", "sr", "rev", "prof", "amb", "cong", "sec", "maj", "cmdr",
    "pres", "messrs", "gens",
];

/// Capitalised words that start sentences rather than names.
const FUNCTION_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Today",
    "Tonight",
    "Yesterday",
    "And",
    "But",
    "So",
    "Then",
    "Also",
    "Additionally",
    "Furthermore",
    "Meanwhile",
    "Later",
    "Earlier",
    "Here",
    "There",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "In",
    "On",
    "At",
    "Now",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "I",
    "We",
    "It",
    "If",
];

/// Lowercase particles inside names (`Chris Van Hollen`, `Ben Ray Luján`, `de la Cruz`).
const CONNECTORS: &[&str] = &[
    "de", "van", "von", "der", "den", "del", "da", "la", "le", "di", "du", "bin", "al", "dos",
    "das",
];

/// Words naming institutions, which end a title phrase rather than start a
/// name (`Speaker of the House Nancy Pelosi`).
const INSTITUTIONS: &[&str] = &[
    "House",
    "Senate",
    "Congress",
    "Committee",
    "Subcommittee",
    "Department",
    "Administration",
    "Caucus",
    "County",
    "City",
    "State",
    "Statement",
    "Act",
    "Agency",
    "Office",
    "Board",
    "Council",
];

/// Lowercase words inside a title (`Secretary of Commerce`, `Assistant
/// Secretary for Health`).
const TITLE_LINKS: &[&str] = &["of", "for", "the", "on"];

/// Finds every quotation in a body, with its speaker where the text says.
///
/// Quotes are in reading order; none lies inside another. Speakers are
/// completed with [`resolve_speakers`].
pub fn extract(paragraphs: &[Paragraph]) -> Vec<Quote> {
    let spans = find_extents(paragraphs);
    let mut quotes = attribute(paragraphs, &spans);
    resolve_speakers(&mut quotes, paragraphs);
    quotes
}

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
/// [`extract`] already applies this.
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

/// A quotation's extent before attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Extent {
    start: TextPos,
    end: TextPos,
}

/// A quotation found in one paragraph: byte range, `end` `None` when it is
/// still open at the paragraph's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Local {
    start: usize,
    end: Option<usize>,
}

/// The outermost quotations of a body, joined across paragraphs.
fn find_extents(paragraphs: &[Paragraph]) -> Vec<Extent> {
    let mut spans = Vec::new();
    // Start of a quote left open at the end of the previous paragraph.
    let mut open: Option<TextPos> = None;
    for (i, paragraph) in paragraphs.iter().enumerate() {
        let text = paragraph.text.as_str();
        let locals = scan(text);
        let mut locals = locals.as_slice();
        if let Some(start) = open.take() {
            let indent = text.len() - text.trim_start().len();
            match locals.first() {
                Some(first) if first.start == indent && opens_double(text, indent) => {
                    locals = &locals[1..];
                    match first.end {
                        Some(end) => spans.push(Extent {
                            start,
                            end: TextPos::new(i, end),
                        }),
                        None => open = Some(start),
                    }
                }
                _ => spans.push(Extent {
                    start,
                    end: paragraph_end(paragraphs, i - 1),
                }),
            }
        }
        for local in locals {
            match local.end {
                Some(end) => spans.push(Extent {
                    start: TextPos::new(i, local.start),
                    end: TextPos::new(i, end),
                }),
                None => open = Some(TextPos::new(i, local.start)),
            }
        }
    }
    if let Some(start) = open {
        spans.push(Extent {
            start,
            end: paragraph_end(paragraphs, paragraphs.len() - 1),
        });
    }
    spans
}

/// The position just after the last non-space character of paragraph `i`.
fn paragraph_end(paragraphs: &[Paragraph], i: usize) -> TextPos {
    let len = paragraphs.get(i).map_or(0, |p| p.text.trim_end().len());
    TextPos::new(i, len)
}

/// True when a double quote mark starts at byte `at`.
fn opens_double(text: &str, at: usize) -> bool {
    matches!(text[at..].chars().next(), Some('"' | '“' | '”'))
}

/// Characters after which a quote mark opens a quotation.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '"' | '“' | '‘' | '\''
                )
        }
    }
}

/// Characters before which a quote mark closes a quotation.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '"'
                        | '”'
                        | '’'
                        | '\''
                )
        }
    }
}

/// An open double quote mark: where it is and whether it is curly.
#[derive(Debug, Clone, Copy)]
struct Opener {
    at: usize,
    curly: bool,
}

/// A single quote mark that may open or close a quotation.
#[derive(Debug, Clone, Copy)]
struct SingleMark {
    at: usize,
    len: usize,
    opens: bool,
}

/// The outermost quotations of one paragraph, in order. At most the last is
/// left open.
fn scan(text: &str) -> Vec<Local> {
    let mut found = Vec::new();
    let mut stack: Vec<Opener> = Vec::new();
    let mut singles: Vec<SingleMark> = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    // Only quote marks matter: jump from one to the next. Every curly quote
    // mark starts with the byte 0xE2 (and no other character's UTF-8 has it
    // but as a first byte), the straight ones are ASCII.
    while let Some(offset) = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]) {
        let at = from + offset;
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        from = at + len;
        if !matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'') {
            continue;
        }
        let prev = text[..at].chars().next_back();
        let next = text[from..].chars().next();
        let left = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
        let right = prev.is_some_and(|p| !p.is_whitespace()) && closes_before(next);
        match c {
            '"' => {
                let straight_top = stack.last().map(|o| !o.curly);
                match straight_top {
                    // Inside a straight quote: close unless clearly opening.
                    Some(true) if right || !left => close(&mut stack, &mut found, None, at + len),
                    Some(false) if right && !left => close(&mut stack, &mut found, None, at + len),
                    Some(_) => stack.push(Opener { at, curly: false }),
                    None if left || !right => stack.push(Opener { at, curly: false }),
                    None => {}
                }
            }
            '“' => {
                let closing = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?".contains(p))
                    && closes_before(next);
                if !closing {
                    stack.push(Opener { at, curly: true });
                } else if !stack.is_empty() {
                    close(&mut stack, &mut found, Some(true), at + len);
                }
            }
            '”' => {
                let opening = opens_after(prev) && next.is_some_and(char::is_alphanumeric);
                if !stack.is_empty() {
                    close(&mut stack, &mut found, Some(true), at + len);
                } else if opening {
                    stack.push(Opener { at, curly: true });
                }
            }
            '‘' | '’' | '\'' if stack.is_empty() => {
                let word_inside = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                if !word_inside {
                    let opens = opens_after(prev) && next.is_some_and(char::is_alphabetic);
                    if opens || right {
                        singles.push(SingleMark { at, len, opens });
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(first) = stack.first() {
        found.push(Local {
            start: first.at,
            end: None,
        });
    }
    if !singles.is_empty() {
        add_single_quotes(text, &singles, &mut found);
    }
    found
}

/// Closes the innermost open double quote (the innermost curly one when
/// `curly` is `Some(true)` and there is one) and records it when it was
/// outermost.
fn close(stack: &mut Vec<Opener>, found: &mut Vec<Local>, curly: Option<bool>, end: usize) {
    let at = curly
        .and_then(|want| stack.iter().rposition(|o| o.curly == want))
        .unwrap_or(stack.len().saturating_sub(1));
    if at == 0
        && let Some(outer) = stack.first()
    {
        found.push(Local {
            start: outer.at,
            end: Some(end),
        });
    }
    stack.truncate(at);
}

/// Adds top-level single-quoted quotations (outside every double quote):
/// an opening mark matched with the next closing mark, holding at least
/// two characters. Unmatched marks are apostrophes.
fn add_single_quotes(text: &str, singles: &[SingleMark], found: &mut Vec<Local>) {
    let mut extra = Vec::new();
    let mut open: Option<SingleMark> = None;
    for mark in singles {
        if mark.opens {
            open = Some(*mark);
            continue;
        }
        let Some(start) = open.take() else {
            continue;
        };
        let inner = &text[start.at + start.len..mark.at];
        let inside_double = found
            .iter()
            .any(|q| q.start < mark.at && q.end.is_none_or(|e| e > start.at));
        if inner.trim().chars().count() >= 2 && !inside_double {
            extra.push(Local {
                start: start.at,
                end: Some(mark.at + mark.len),
            });
        }
    }
    if !extra.is_empty() {
        found.extend(extra);
        found.sort_by_key(|q| q.start);
    }
}

/// Who a quote is attributed to, before pronouns are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Attribution {
    /// A name as written.
    Name(String),
    /// `he`, `she`, `the senator`: the last named speaker of that gender.
    Pronoun(Gender),
    /// `they`, `the members`: a group, left without a speaker.
    Group,
}

/// What a pronoun or title says about a speaker's gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    /// `he`, `Congressman`, `Mr.`.
    Male,
    /// `she`, `Congresswoman`, `Ms.`.
    Female,
    /// Nothing either way.
    Any,
}

impl Gender {
    /// The gender a pronoun or title word implies.
    fn of_word(word: &str) -> Gender {
        match split_word(word).core.to_lowercase().trim_end_matches('.') {
            "he" | "congressman" | "mr" | "chairman" | "spokesman" | "congressmen" => Gender::Male,
            "she" | "congresswoman" | "ms" | "mrs" | "chairwoman" | "spokeswoman" | "madam" => {
                Gender::Female
            }
            _ => Gender::Any,
        }
    }

    /// The gender a speaker's titles imply.
    fn of_name(name: &str) -> Gender {
        name.split_whitespace()
            .map(Gender::of_word)
            .find(|g| *g != Gender::Any)
            .unwrap_or(Gender::Any)
    }

    /// True when a speaker of gender `other` may be meant.
    fn fits(self, other: Gender) -> bool {
        self == Gender::Any || other == Gender::Any || self == other
    }
}

/// How a quotation's own text ends, which decides how freely the words
/// after it may attribute it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// With a comma or dash: words after it are an attribution (`"…," Bice said`).
    Clause,
    /// With a full stop, `!` or `?`: words after it may start a new sentence.
    Sentence,
    /// Without punctuation: a scare quote or a phrase.
    Bare,
}

/// Attributes every span to a speaker where the text says.
fn attribute(paragraphs: &[Paragraph], spans: &[Extent]) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::with_capacity(spans.len());
    // Every speaker named so far, most recent last.
    let mut named: Vec<String> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        let first = paragraphs[span.start.paragraph as usize].text.as_str();
        let last = paragraphs[span.end.paragraph as usize].text.as_str();
        let tail_to = spans
            .get(i + 1)
            .filter(|n| n.start.paragraph == span.end.paragraph)
            .map_or(last.len(), |n| n.start.offset as usize);
        let tail = last.get(span.end.offset as usize..tail_to).unwrap_or("");
        let lead_from = i
            .checked_sub(1)
            .and_then(|p| spans.get(p))
            .filter(|p| p.end.paragraph == span.start.paragraph)
            .map_or(0, |p| p.end.offset as usize);
        let lead = first
            .get(lead_from..span.start.offset as usize)
            .unwrap_or("");
        let inner = quote_inner(last, span);
        let ending = match inner.trim_end().chars().last() {
            Some(',' | '—' | '–' | '-' | ':' | ';') => Ending::Clause,
            Some('.' | '!' | '?' | '…') => Ending::Sentence,
            _ => Ending::Bare,
        };
        let short = span.start.paragraph == span.end.paragraph
            && first
                .get(span.start.offset as usize..span.end.offset as usize)
                .is_some_and(|q| q.split_whitespace().count() <= 3);
        let opens_paragraph =
            first[..span.start.offset as usize].trim().is_empty() && span.start.paragraph > 0;

        let mut attribution = tail_attribution(tail, ending)
            .or_else(|| lead_attribution(lead))
            .or_else(|| {
                if lead_from == 0 {
                    label_attribution(lead)
                } else {
                    None
                }
            });
        if attribution.is_none() && opens_paragraph {
            let previous = &paragraphs[span.start.paragraph as usize - 1].text;
            if previous.trim_end().ends_with(':') {
                attribution = intro_attribution(previous);
            }
        }
        let group = attribution == Some(Attribution::Group);
        let mut speaker = match attribution {
            Some(Attribution::Name(name)) => {
                named.push(name.clone());
                Some(name)
            }
            Some(Attribution::Pronoun(gender)) => named
                .iter()
                .rev()
                .find(|n| gender.fits(Gender::of_name(n)))
                .cloned(),
            Some(Attribution::Group) | None => None,
        };
        if speaker.is_none() && !short && !group && !starts_with_verb(tail) {
            speaker = inherited(paragraphs, &quotes, span, opens_paragraph);
        }
        if speaker.is_none() && opens_paragraph && !short {
            let previous = &paragraphs[span.start.paragraph as usize - 1].text;
            if introduces(previous)
                && let Some(Attribution::Name(name)) = intro_attribution(previous)
            {
                named.push(name.clone());
                speaker = Some(name);
            }
        }
        quotes.push(Quote {
            start: span.start,
            end: span.end,
            speaker,
        });
    }
    quotes
}

/// The text inside a quote's closing mark in its last paragraph.
fn quote_inner<'a>(last: &'a str, span: &Extent) -> &'a str {
    let from = if span.start.paragraph == span.end.paragraph {
        span.start.offset as usize
    } else {
        0
    };
    let text = last.get(from..span.end.offset as usize).unwrap_or("");
    text.trim_end_matches(['"', '”', '’', '\'', '“'])
}

/// The speaker of the previous quote, when this one continues it: a second
/// quote in the same paragraph, or a quote paragraph right after one.
fn inherited(
    paragraphs: &[Paragraph],
    quotes: &[Quote],
    span: &Extent,
    opens_paragraph: bool,
) -> Option<String> {
    let previous = quotes.last()?;
    let same_paragraph = previous.end.paragraph == span.start.paragraph;
    // Separators such as `***` between the paragraphs do not interrupt.
    let between = paragraphs
        .get(previous.end.paragraph as usize + 1..span.start.paragraph as usize)
        .unwrap_or(&[]);
    let next_paragraph = opens_paragraph
        && previous.end.paragraph < span.start.paragraph
        && between
            .iter()
            .all(|p| !p.text.chars().any(char::is_alphanumeric));
    if same_paragraph || next_paragraph {
        previous.speaker.clone()
    } else {
        None
    }
}

/// A word with its trailing punctuation split off.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    /// The word without trailing commas, stops (except an abbreviation's), brackets or quote marks.
    core: &'a str,
    /// True when punctuation after the word ends the phrase it is in.
    stop: bool,
}

/// Splits trailing punctuation off a whitespace-separated token.
fn split_word(token: &str) -> Word<'_> {
    let mut core = token;
    let mut stop = false;
    while let Some(c) = core.chars().last() {
        match c {
            ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '”' | '“' | '’' | '\'' | '…' => {
                stop = true;
                core = &core[..core.len() - c.len_utf8()];
            }
            '.' if !is_abbreviation(core) => {
                stop = true;
                core = &core[..core.len() - 1];
            }
            _ => break,
        }
    }
    Word { core, stop }
}

/// True for `Rep.`, `E.`, `U.S.`: a dot that does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let Some(bare) = word.strip_suffix('.') else {
        return false;
    };
    if bare.contains('.') {
        return true;
    }
    let mut chars = bare.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
}

/// Drops a possessive `'s` / `’s`.
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// True for a capitalised word that can be part of a name.
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && !FUNCTION_WORDS.contains(&word)
        && !matches!(word, "He" | "She" | "They")
        && strip_possessive(word).len() == word.len()
}

/// True for a title or honorific (`Rep.`, `Senator`, `U.S.`).
fn is_title(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']);
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(bare))
}

/// True for a name suffix (`Jr.`, `III`).
fn is_suffix(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']);
    SUFFIXES.iter().any(|t| t.eq_ignore_ascii_case(bare))
}

/// The lowercase form of a word for comparing with word lists.
fn lower(word: &str) -> String {
    split_word(word).core.to_lowercase()
}

/// How many words an attribution verb at the start of `words` takes (0 if none).
fn verb_len(words: &[&str]) -> usize {
    let Some(first) = words.first() else {
        return 0;
    };
    // `Said` in a Title Case heading is not an attribution, nor is a possessive.
    if first.ends_with(['’', '\'']) || first.starts_with(char::is_uppercase) {
        return 0;
    }
    let first = lower(first);
    if VERBS.contains(&first.as_str()) {
        return 1;
    }
    match words.get(1) {
        Some(second) => {
            let second = lower(second);
            let phrasal = PHRASAL_VERBS
                .iter()
                .any(|(a, b)| *a == first && *b == second);
            if phrasal { 2 } else { 0 }
        }
        None => 0,
    }
}

/// The attribution a pronoun makes: `he`/`she` the last speaker of that
/// gender, `they` a group.
fn pronoun(word: &str) -> Option<Attribution> {
    match split_word(word).core {
        "he" | "He" => Some(Attribution::Pronoun(Gender::Male)),
        "she" | "She" => Some(Attribution::Pronoun(Gender::Female)),
        "they" | "They" => Some(Attribution::Group),
        _ => None,
    }
}

/// True for `the senator`, `The Congresswoman`: a title standing for the last speaker.
fn is_anaphor(the: &str, title: &str) -> bool {
    matches!(the, "the" | "The") && is_anaphor_title(split_word(title).core)
}

/// True for `the lawmakers`, `The members`: a group of speakers.
fn is_group(the: &str, noun: &str) -> bool {
    matches!(the, "the" | "The") && GROUPS.contains(&lower(noun).as_str())
}

/// True for a title that, after `the`, stands for the member a release is
/// about (`the senator`); `the mayor` or `the president` may be anyone.
fn is_anaphor_title(word: &str) -> bool {
    ANAPHORS.contains(&word.to_lowercase().as_str())
}

/// A name read forward from the start of `words`: the name, how many words
/// it took and whether punctuation ended it.
fn name_forward(words: &[&str]) -> Option<(String, usize, bool)> {
    let mut parts: Vec<&str> = Vec::new();
    let mut stopped = false;
    for (k, token) in words.iter().enumerate().take(12) {
        if token.starts_with('(') {
            break;
        }
        let (token, dash) = match token.find(['—', '–']) {
            Some(at) => (&token[..at], true),
            None => match token.find(',') {
                Some(at) if at + 1 < token.len() => (&token[..at], true),
                _ => (*token, false),
            },
        };
        let word = split_word(token);
        let connector = !parts.is_empty()
            && (CONNECTORS.contains(&word.core)
                || (TITLE_LINKS.contains(&word.core) && parts.last().is_some_and(|p| is_title(p))))
            && !word.stop
            && words
                .get(k + 1)
                .is_some_and(|n| is_name_word(split_word(n).core));
        if !(is_name_word(word.core) || connector) {
            break;
        }
        parts.push(word.core);
        if word.stop || dash {
            stopped = true;
            break;
        }
    }
    if parts.iter().all(|p| is_title(p)) {
        return None;
    }
    Some((parts.join(" "), parts.len(), stopped))
}

/// The subject at the start of `words`: a pronoun, `the senator` or a name,
/// with the number of words it took and whether punctuation ended it.
fn subject_forward(words: &[&str]) -> Option<(Attribution, usize, bool)> {
    let first = words.first()?;
    if let Some(attribution) = pronoun(first) {
        return Some((attribution, 1, split_word(first).stop));
    }
    if let Some(second) = words.get(1)
        && is_group(first, second)
    {
        return Some((Attribution::Group, 2, split_word(second).stop));
    }
    if let Some(second) = words.get(1)
        && is_anaphor(first, second)
    {
        let gender = Gender::of_word(second);
        return Some((Attribution::Pronoun(gender), 2, split_word(second).stop));
    }
    let (name, used, stopped) = name_forward(words)?;
    Some((Attribution::Name(name), used, stopped))
}

/// The subject that ends `words` (the words before a verb): a pronoun,
/// `the senator` or a name.
fn subject_backward(words: &[&str]) -> Option<Attribution> {
    let mut end = words.len();
    // `Rep. Bice (R-OK) also said`: skip adverbs and a parenthetical tag.
    while end > 0 && ADVERBS.contains(&words[end - 1]) {
        end -= 1;
    }
    if end > 0 && words[end - 1].trim_end_matches(',').ends_with(')') {
        let open = words[..end]
            .iter()
            .rposition(|w| w.starts_with('('))
            .filter(|&o| end - o <= 4)?;
        end = open;
    }
    while end > 0 && ADVERBS.contains(&words[end - 1].trim_end_matches(',')) {
        end -= 1;
    }
    let last = *words[..end].last()?;
    // `Rep. Bice, the chair of the committee, said`: the name is before the apposition.
    if last.ends_with(',') && end > 1 {
        let before = words[..end - 1]
            .iter()
            .rposition(|w| w.ends_with(','))
            .filter(|&j| end - j <= 16)?;
        let mut head: Vec<&str> = words[..=before].to_vec();
        head[before] = head[before].trim_end_matches(',');
        return subject_backward(&head);
    }
    if !split_word(last).stop {
        if let Some(attribution) = pronoun(last) {
            return Some(attribution);
        }
        if end >= 2 && is_group(words[end - 2], last) {
            return Some(Attribution::Group);
        }
        if end >= 2 && is_anaphor(words[end - 2], last) {
            return Some(Attribution::Pronoun(Gender::of_word(last)));
        }
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut at = end;
    while at > 0 && parts.len() < 10 {
        let token = words[at - 1];
        let (token, dash) = match token.rfind(['—', '–', ',']) {
            Some(d) if d + 1 < token.len() => (
                &token[d + token[d..].chars().next().map_or(1, char::len_utf8)..],
                true,
            ),
            _ => (token, false),
        };
        let word = split_word(token);
        if word.stop {
            break;
        }
        let connector = !parts.is_empty()
            && (CONNECTORS.contains(&word.core)
                || (TITLE_LINKS.contains(&word.core)
                    && at >= 2
                    && is_name_word(split_word(words[at - 2]).core)));
        if !(is_name_word(word.core) || connector) {
            break;
        }
        parts.push(word.core);
        at -= 1;
        if dash {
            break;
        }
    }
    parts.reverse();
    while parts
        .first()
        .is_some_and(|p| CONNECTORS.contains(p) || TITLE_LINKS.contains(p))
    {
        parts.remove(0);
    }
    if parts.is_empty() {
        return None;
    }
    if parts.iter().all(|p| is_title(p)) {
        return parts
            .last()
            .filter(|p| is_anaphor_title(p))
            .map(|p| Attribution::Pronoun(Gender::of_word(p)));
    }
    Some(Attribution::Name(parts.join(" ")))
}

/// The name in a verb glued to it (`saidCongressman` gives `Congressman`).
fn glued_verb(word: &str) -> Option<&str> {
    VERBS.iter().find_map(|verb| {
        let rest = word.strip_prefix(verb)?;
        rest.chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some(rest)
    })
}

/// True when the words after a quote start with an attribution verb, even
/// one whose subject could not be read.
fn starts_with_verb(tail: &str) -> bool {
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || ",—–-".contains(c));
    let words: Vec<&str> = rest.split_whitespace().take(2).collect();
    verb_len(&words) > 0
}

/// The words after a quote name its speaker: `, said Rep. Bice`,
/// `, Bice said`, `, he added`, `according to Xi`.
fn tail_attribution(tail: &str, ending: Ending) -> Option<Attribution> {
    let comma = tail.trim_start().starts_with([',', '—', '–']);
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || ",—–-".contains(c));
    let mut words: Vec<&str> = rest.split_whitespace().take(16).collect();
    let first = *words.first()?;
    // `said Rep. Bice`, also `saidRep. Bice` with the space lost.
    if let Some(name) = glued_verb(first) {
        words[0] = name;
        return subject_forward(&words).map(|(a, _, _)| a);
    }
    let verb = verb_len(&words);
    if verb > 0 && lower(first) != "told" {
        return subject_forward(&words[verb..]).map(|(a, _, _)| a);
    }
    if lower(first) == "according" && words.get(1).is_some_and(|w| *w == "to") {
        return subject_forward(&words[2..]).map(|(a, _, _)| a);
    }
    // `"…" – Jane Doe, Director` (a testimonial's signature).
    if tail.trim_start().starts_with(['-', '—', '–'])
        && let Some((name, used, stopped)) = name_forward(&words)
        && (stopped || used == words.len())
    {
        return Some(Attribution::Name(name));
    }
    // `Rep. Bice said`
    let ending = if comma { Ending::Clause } else { ending };
    if ending == Ending::Bare {
        return None;
    }
    let (attribution, mut at, stopped) = subject_forward(&words)?;
    if stopped {
        return None;
    }
    if words.get(at).is_some_and(|w| w.starts_with('(')) {
        at += words[at..].iter().position(|w| w.ends_with(')'))? + 1;
    }
    let mut adverbs = 0;
    while adverbs < 2 && words.get(at).is_some_and(|w| ADVERBS.contains(w)) {
        at += 1;
        adverbs += 1;
    }
    let verb = verb_len(&words[at.min(words.len())..]);
    if verb == 0 {
        return None;
    }
    let verb_word = words[at + verb - 1];
    if ending == Ending::Sentence {
        let clause_ends = split_word(verb_word).stop
            || words
                .get(at + verb)
                .is_some_and(|w| CLAUSE_CONTINUERS.contains(&lower(w).as_str()));
        if !clause_ends {
            return None;
        }
    }
    Some(attribution)
}

/// The words before a quote name its speaker: `Xi said "…"`,
/// `Xi said that "…"`, `Bice said in a statement, "…"`, `Bice stated: "…"`.
fn lead_attribution(lead: &str) -> Option<Attribution> {
    let trimmed = lead.trim_end();
    let mut words: Vec<&str> = trimmed.split_whitespace().rev().take(20).collect();
    words.reverse();
    let mut end = words.len();
    if end > 0 && words[end - 1] == "that" {
        end -= 1;
    }
    let colon = trimmed.ends_with(':');
    let window = if colon {
        10
    } else if trimmed.ends_with(',') {
        6
    } else {
        1
    };
    let from = end.saturating_sub(window);
    for k in (from..end).rev() {
        let verb = verb_len(&words[k..end]);
        let word = lower(words[k]);
        let intro =
            (colon && INTRO_VERBS.contains(&word.as_str())) || PARTICIPLES.contains(&word.as_str());
        if verb == 0 && !intro {
            continue;
        }
        let last_of_verb = k + verb.max(1) - 1;
        // No sentence ends between the verb and the quote.
        let broken = words[k..end.saturating_sub(1)]
            .iter()
            .enumerate()
            .any(|(j, w)| k + j >= last_of_verb && split_word(w).stop && k + j + 1 < end);
        if broken {
            return None;
        }
        // `Lowe continued, saying, "…"`: the subject is before the first verb.
        let subject_end = if k > 0 && verb_len(&words[k - 1..k]) > 0 {
            k - 1
        } else {
            k
        };
        return subject_backward(&words[..subject_end]);
    }
    None
}

/// True for a paragraph that announces a statement (`… issued the following
/// statement after …`) rather than ending with a colon.
fn introduces(text: &str) -> bool {
    text.trim_end().ends_with(':')
        || text.contains("statement")
        || text.contains("following")
        || text.contains("remarks")
}

/// The speaker of a paragraph that opens with a label, as round-ups of
/// reactions do: `Rep. Joaquin Castro: "…"`, `Jane Doe, CEO, Acme: "…"`.
fn label_attribution(lead: &str) -> Option<Attribution> {
    let label = lead.trim().strip_suffix(':')?;
    let name = label.split(',').next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || label.split_whitespace().count() > 14 {
        return None;
    }
    let (found, used, _) = name_forward(&words)?;
    let rest_is_tag = words[used..]
        .iter()
        .all(|w| w.starts_with('(') || w.ends_with(')'));
    (used > 0 && found.chars().count() > 1 && rest_is_tag).then_some(Attribution::Name(found))
}

/// The speaker named by a paragraph that introduces the quote after it:
/// `Rep. X (R-OK) released the following statement:`.
fn intro_attribution(text: &str) -> Option<Attribution> {
    let words: Vec<&str> = text.split_whitespace().take(80).collect();
    let k = words.iter().position(|w| {
        let w = lower(w);
        VERBS.contains(&w.as_str()) || INTRO_VERBS.contains(&w.as_str())
    })?;
    subject_backward(&words[..k])
}

#[cfg(test)]
mod tests {

    #[test]
    fn speaker_names_lose_titles_tags_and_suffixes() {
        assert_eq!(speaker_name("Rep. Stephanie Bice (R-OK)"), "Stephanie Bice");
        assert_eq!(speaker_name("Sen. Bice"), "Bice");
        assert_eq!(speaker_name("Martin Luther King Jr."), "Martin Luther King");
        assert_eq!(speaker_name("President"), "President");
    }

    use super::*;

    fn body(paragraphs: &[&str]) -> Vec<Paragraph> {
        paragraphs.iter().map(|p| Paragraph::body(*p)).collect()
    }

    /// Each quote's text and speaker.
    fn found(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        let paragraphs = body(paragraphs);
        extract(&paragraphs)
            .into_iter()
            .map(|q| {
                let mut text = String::new();
                for p in q.start.paragraph..=q.end.paragraph {
                    let t = &paragraphs[p as usize].text;
                    let from = if p == q.start.paragraph {
                        q.start.offset as usize
                    } else {
                        0
                    };
                    let to = if p == q.end.paragraph {
                        q.end.offset as usize
                    } else {
                        t.len()
                    };
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(&t[from..to]);
                }
                (text, q.speaker)
            })
            .collect()
    }

    fn speakers(paragraphs: &[&str]) -> Vec<Option<String>> {
        found(paragraphs).into_iter().map(|(_, s)| s).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn straight_and_curly_double_quotes_are_found() {
        let quotes = found(&[r#"He wrote "one thing" and then “another thing” today."#]);
        let texts: Vec<&str> = quotes.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["\"one thing\"", "“another thing”"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        for text in [
            "Rep. Scott Peters' (CA-52) bill passed; we don't know why.",
            "Music of the '90s and rock ’n’ roll were Kentucky’s pride.",
            "The members' votes and the senators’ letters arrived.",
        ] {
            assert_eq!(found(&[text]), vec![], "{text}");
        }
    }

    #[test]
    fn apostrophes_inside_a_quote_do_not_end_it() {
        let quotes = found(&["“We don’t quit; it’s Kentucky’s way,” said Rep. Barr."]);
        assert_eq!(quotes.len(), 1);
        assert!(quotes[0].0.ends_with("way,”"));
        assert_eq!(quotes[0].1, some("Rep. Barr"));
    }

    #[test]
    fn single_quotes_used_as_quotes_are_found() {
        let quotes = found(&["The plan was called ‘a total failure’ by critics."]);
        assert_eq!(quotes, vec![("‘a total failure’".to_string(), None)]);
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_quote() {
        let quotes = found(&[
            r#""My father told me 'never give up' and called it "the rule," and I agree," said Sen. Lee."#,
            "“They call it ‘the people’s house’ for a reason,” Rep. Ortiz said.",
        ]);
        assert_eq!(quotes.len(), 2);
        assert!(quotes[0].0.ends_with("I agree,\""));
        assert_eq!(quotes[0].1, some("Sen. Lee"));
        assert!(quotes[1].0.ends_with("reason,”"));
        assert_eq!(quotes[1].1, some("Rep. Ortiz"));
    }

    #[test]
    fn quotes_run_across_sentences() {
        let quotes = found(&[r#""This is one. This is two! Is this three?" asked Rep. Cole."#]);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].1, some("Rep. Cole"));
    }

    #[test]
    fn an_unclosed_quote_continues_into_a_paragraph_that_reopens_it() {
        let paragraphs = body(&[
            "Rep. Ada Moss released the following statement:",
            "\"The first part of the statement.",
            "\"The second part of it.",
            "\"The end of it.\"",
            "Moss serves on the Budget Committee.",
        ]);
        let quotes = extract(&paragraphs);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].start, TextPos::new(1, 0));
        assert_eq!(quotes[0].end, TextPos::new(3, paragraphs[3].text.len()));
        assert_eq!(quotes[0].speaker, some("Rep. Ada Moss"));
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph_otherwise() {
        let paragraphs = body(&["She said \"it never ends.", "A plain paragraph."]);
        let quotes = extract(&paragraphs);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].end, TextPos::new(0, paragraphs[0].text.len()));
    }

    #[test]
    fn scare_quotes_are_kept_without_a_speaker() {
        let quotes = found(&[
            "Xi Jinping spoke on Tuesday.",
            "Both sides should use the \"fast lanes,\" so as to help trade, he said.",
            "He wished the \"two sessions\" success.",
        ]);
        assert_eq!(quotes.len(), 2);
        assert!(quotes.iter().all(|(_, s)| s.is_none()));
    }

    #[test]
    fn said_before_the_name_attributes() {
        assert_eq!(
            speakers(&[
                "\"We did it,\" said Rep. Bice.",
                "\"It works,\" said Miller-Meeks, adding that more is needed.",
                "\"Good,\" said Senator McConnell (R-KY).",
                "“Fair,” said Congresswoman Stacey E. Plaskett (D-VI).",
            ]),
            [
                some("Rep. Bice"),
                some("Miller-Meeks"),
                some("Senator McConnell"),
                some("Congresswoman Stacey E. Plaskett"),
            ]
        );
    }

    #[test]
    fn name_before_said_attributes() {
        assert_eq!(
            speakers(&[
                "\"We did it,\" Rep. Bice said.",
                "\"It passed.\" Rep. Cole (R-OK) also said in a statement.",
                "\"Peace,\" according to President Xi.",
            ]),
            [some("Rep. Bice"), some("Rep. Cole"), some("President Xi")]
        );
    }

    #[test]
    fn a_new_sentence_after_a_quote_is_not_an_attribution() {
        assert_eq!(
            speakers(&["\"It passed.\" Smith said the vote was close and moved on."]),
            [None]
        );
    }

    #[test]
    fn words_before_a_quote_attribute() {
        assert_eq!(
            speakers(&[
                "Xi said \"peace matters.\"",
                "Xi said that \"trade matters.\"",
                "Rep. Jane Roe stated: \"We will win this fight.\"",
                "Senator Kim, in a letter to the agency, wrote: “Answer us now.”",
            ]),
            [
                some("Xi"),
                some("Xi"),
                some("Rep. Jane Roe"),
                some("Senator Kim")
            ]
        );
    }

    #[test]
    fn colon_intros_work_for_every_listed_verb() {
        for verb in [
            "added",
            "noted",
            "continued",
            "explained",
            "emphasized",
            "urged",
        ] {
            let text = format!("Rep. Ruiz {verb}: \"We must act on this now.\"");
            assert_eq!(speakers(&[&text]), [some("Rep. Ruiz")], "{verb}");
        }
    }

    #[test]
    fn a_statement_intro_names_the_speaker_of_the_next_paragraph() {
        assert_eq!(
            speakers(&[
                "WASHINGTON, D.C. – Today, Congressman Andy Barr (KY-06), a member of the Financial Services Committee, released the following statement:",
                "“I was saddened to learn of his passing. He was a friend.”",
            ]),
            [some("Congressman Andy Barr")]
        );
    }

    #[test]
    fn pronouns_resolve_to_the_last_named_speaker() {
        assert_eq!(
            speakers(&[
                "\"First point here,\" said Sen. Tina Smith.",
                "Other news followed.",
                "\"Second point here,\" she added.",
                "\"Third point here,\" the senator said.",
            ]),
            [
                some("Sen. Tina Smith"),
                some("Sen. Tina Smith"),
                some("Sen. Tina Smith")
            ]
        );
    }

    #[test]
    fn pronouns_skip_speakers_of_the_other_gender() {
        assert_eq!(
            speakers(&[
                "\"We will keep working,\" said Congresswoman Ana Ruiz.",
                "\"This is a good day,\" said Congressman Bo Park.",
                "\"We are grateful for the help,\" she said.",
            ]),
            [
                some("Congresswoman Ana Ruiz"),
                some("Congressman Bo Park"),
                some("Congresswoman Ana Ruiz")
            ]
        );
    }

    #[test]
    fn they_stands_for_a_group_and_gets_no_speaker() {
        assert_eq!(
            speakers(&[
                "\"We will keep working,\" said Sen. Lee. \"The agency must answer our letter,\" they wrote.",
            ]),
            [some("Sen. Lee"), None]
        );
    }

    #[test]
    fn participles_and_signatures_attribute() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Lowe continued, saying, \"This is a bipartisan issue for all.\"",
                "\"The clinic changed our lives for the better.\" – Maria Gomez, Director, Valley Clinic",
                "\"We urge you to act now on this,\" the lawmakers wrote.",
            ]),
            [some("Rep. Ann Lowe"), some("Maria Gomez"), None]
        );
    }

    #[test]
    fn a_pronoun_without_a_named_speaker_stays_unknown() {
        assert_eq!(speakers(&["\"We will see,\" he said."]), [None]);
    }

    #[test]
    fn a_quote_paragraph_continues_the_previous_speaker() {
        assert_eq!(
            speakers(&[
                "\"We passed the bill today,\" said Johnson. \"It helps renters in every county.\"",
                "\"I also thank the county for its work on this.\"",
            ]),
            [some("Johnson"), some("Johnson"), some("Johnson")]
        );
    }

    #[test]
    fn a_label_before_a_quote_names_the_speaker() {
        assert_eq!(
            speakers(&[
                "Rep. Joaquin Rivera (D-TX): “This law is a big step for our families.”",
                "Jane Doe, CEO, Acme Corp.: “We are ready to get to work on this.”",
                "Statement from the office: “We are ready to get to work on it.”",
            ]),
            [some("Rep. Joaquin Rivera"), some("Jane Doe"), None]
        );
    }

    #[test]
    fn possessives_are_not_verbs() {
        assert_eq!(
            speakers(&[
                "They began developing the United States’ “nationally determined contribution” plan."
            ]),
            [None]
        );
    }

    #[test]
    fn a_separator_does_not_interrupt_a_speech() {
        assert_eq!(
            speakers(&[
                "Sen. Ann Gray delivered the following remarks:",
                "“The first part of the speech is here.”",
                "***",
                "“The second part of the speech is here.”",
            ]),
            [some("Sen. Ann Gray"), some("Sen. Ann Gray")]
        );
    }

    #[test]
    fn an_attribution_that_cannot_be_read_is_not_inherited() {
        assert_eq!(
            speakers(&[
                "\"We passed the bill today,\" said Rep. Ada Moss.",
                "\"Our county needs this money badly,\" said the mayor of the town.",
            ]),
            [some("Rep. Ada Moss"), None]
        );
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
    fn any_mix_of_marks_gives_ordered_quotes_on_char_boundaries() {
        let pieces = [
            "\"", "“", "”", "‘", "’", "'", "a", " ", "said", "Rep.", ",", ".", ":", "é", "—", "(",
        ];
        // Every string of four pieces, as one paragraph and split in two.
        let n = pieces.len();
        for code in 0..n.pow(4) {
            let mut text = String::new();
            let mut c = code;
            for _ in 0..4 {
                text.push_str(pieces[c % n]);
                c /= n;
            }
            for paragraphs in [vec![text.as_str()], vec![text.as_str(), text.as_str()]] {
                let body = body(&paragraphs);
                let quotes = extract(&body);
                let mut previous_end = TextPos::new(0, 0);
                for q in &quotes {
                    assert!(q.start >= previous_end && q.start < q.end, "{text:?}");
                    for pos in [q.start, q.end] {
                        let para = &body[pos.paragraph as usize].text;
                        assert!(para.is_char_boundary(pos.offset as usize), "{text:?}");
                    }
                    previous_end = q.end;
                }
            }
        }
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
