//! The words readout knows about people and speech, shared by the whole
//! crate: titles and honorifics, abbreviations whose dot does not end a
//! sentence, attribution verbs, and the small words around them. Sentences
//! are split the same way for passages ([`crate::corpus::meta`]) and for
//! quotations because both ask this one lexicon.

/// Verbs that attribute a quote to its speaker.
pub(super) const VERBS: &[&str] = &[
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
pub(super) const PHRASAL_VERBS: &[(&str, &str)] = &[("pointed", "out"), ("went", "on")];

/// Verbs of a paragraph that introduces a statement (`X released the
/// following statement:`), besides [`VERBS`].
pub(super) const INTRO_VERBS: &[&str] = &[
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
pub(super) const PARTICIPLES: &[&str] = &[
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
pub(super) const GROUPS: &[&str] = &[
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
pub(super) const ADVERBS: &[&str] = &[
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
pub(super) const CLAUSE_CONTINUERS: &[&str] = &[
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
pub(super) const TITLES: &[&str] = &[
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
pub(super) const ANAPHORS: &[&str] = &[
    "congressman",
    "congresswoman",
    "congressmember",
    "senator",
    "representative",
    "lawmaker",
];

/// Name suffixes that are not a surname.
pub(super) const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Abbreviations whose final dot does not end a sentence (lowercase, no
/// final dot). Initials (`E.`) and dotted acronyms (`U.S.`) need no entry.
const ABBREVIATIONS: &[&str] = &[
    "rep", "reps", "sen", "sens", "dr", "mr", "mrs", "ms", "gov", "lt", "gen", "gens", "col",
    "sgt", "capt", "adm", "hon", "st", "jr", "sr", "rev", "prof", "amb", "cong", "sec", "maj",
    "cmdr", "supt", "pres", "messrs", "no", "vs", "inc", "corp", "co", "ltd", "dept", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig",
    "etc", "mt", "ft", "ave", "blvd",
];

/// Dotted words that do end sentences: times of day.
const DOTTED_SENTENCE_ENDS: &[&str] = &["a.m", "p.m"];

/// True when a full stop right after `stem` (the word without that stop:
/// `Rep`, `U.S`, `E`) does not end a sentence: an abbreviation, an
/// initial or a dotted acronym.
pub fn is_abbreviation(stem: &str) -> bool {
    let lower = stem.to_lowercase();
    if stem.contains('.') {
        return !DOTTED_SENTENCE_ENDS.contains(&lower.as_str());
    }
    let mut chars = stem.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

/// True for a title or honorific (`Rep.`, `Senator`, `U.S.`).
pub fn is_title(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']);
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(bare))
}

/// True for a name suffix (`Jr.`, `III`).
pub fn is_suffix(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']);
    SUFFIXES.iter().any(|t| t.eq_ignore_ascii_case(bare))
}

/// Capitalised words that start sentences rather than names.
pub(super) const FUNCTION_WORDS: &[&str] = &[
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
pub(super) const CONNECTORS: &[&str] = &[
    "de", "van", "von", "der", "den", "del", "da", "la", "le", "di", "du", "bin", "al", "dos",
    "das",
];

/// Words naming institutions, which end a title phrase rather than start a
/// name (`Speaker of the House Nancy Pelosi`).
pub(super) const INSTITUTIONS: &[&str] = &[
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
pub(super) const TITLE_LINKS: &[&str] = &["of", "for", "the", "on"];
