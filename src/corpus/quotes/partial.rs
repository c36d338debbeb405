//! Partial quotations set inside a sentence (`He urged an "acceleration
//! agenda" by …`): whether the marks hold someone's words or a term the
//! sentence names — a program, a policy, a phrase the writer holds at arm's
//! length (`the "one China" policy`, `so-called "conversion therapy"`,
//! `"junk fees" – hidden charges …`, `a friendly "double or nothing"
//! wager`). Only words may be attributed.

use super::words::{lower, sentence_start, split_word, verb_len};

/// Words that label a term rather than quote a speaker (`so-called
/// "X"`, `dubbed "X"`), lowercase.
const NAMING_WORDS: &[&str] = &[
    "so-called",
    "dubbed",
    "termed",
    "nicknamed",
    "named",
    "titled",
    "entitled",
    "labeled",
    "labelled",
    "branded",
    "coined",
];

/// Endings of the words before a quotation that name it a principle, a
/// slogan or a theme, not anyone's words in the sentence (`committed to
/// the principle of "nothing about us without us"`), lowercase.
const TERM_NOUNS: &[&str] = &[
    "principle of",
    "principles of",
    "policy of",
    "doctrine of",
    "slogan",
    "motto",
    "mantra",
    "theme",
    "hashtag",
];

/// Articles, lowercase; `most` and `more` stand as one before an
/// adjective (`the most "shovel-ready" site`).
const ARTICLES: &[&str] = &["the", "a", "an", "most", "more"];

/// Words after which a quotation is a verb or an adverb, not a modifier
/// (`to "turbo-charge" finance`, `he "absolutely" supports`), lowercase.
const BEFORE_VERBS: &[&str] = &[
    "to", "he", "she", "they", "we", "i", "you", "it", "who", "will", "would", "can", "could",
    "should", "must", "may", "might", "not", "never", "did", "does", "do",
];

/// Small words a title keeps in lowercase (`Solar for All`, `Year of
/// Action`).
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "by", "with", "from", "as",
    "nor", "but", "vs",
    // Spanish, French, Portuguese, Italian, German (`Agua para Todos`).
    "de", "del", "la", "las", "los", "el", "y", "para", "por", "con", "en", "le", "les", "des",
    "du", "et", "pour", "da", "do", "e", "em", "und", "für", "di", "per",
];

/// Lowercase words that may follow a partial quotation, ending its phrase:
/// prepositions, conjunctions, auxiliaries and relatives. Any other
/// lowercase word right after a quotation that follows a determiner makes
/// it a modifier (`the "one China" policy`).
const PHRASE_ENDERS: &[&str] = &[
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "about",
    "as",
    "than",
    "into",
    "over",
    "under",
    "after",
    "before",
    "since",
    "until",
    "through",
    "across",
    "against",
    "among",
    "between",
    "during",
    "without",
    "within",
    "and",
    "or",
    "but",
    "nor",
    "because",
    "while",
    "if",
    "when",
    "where",
    "so",
    "yet",
    "that",
    "which",
    "who",
    "whose",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "not",
    "too",
    "also",
    "even",
    "still",
    "now",
    "then",
    "again",
    "ever",
    "nearly",
    "almost",
    "just",
    "only",
    "last",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "earlier",
    "later",
    "once",
    "here",
    "there",
    "though",
    "although",
    "unless",
    "despite",
    "instead",
];

/// A quotation's text inside its marks.
fn inner_text(quote: &str) -> &str {
    quote.trim().trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„')
    })
}

/// The words of a quotation's text, punctuation trimmed, numbers left out.
fn inner_words(inner: &str) -> Vec<&str> {
    inner
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// True for a quotation written in Title Case (`“Where I’m From”`): a
/// title's name, not words said.
pub(super) fn is_titled(quote: &str) -> bool {
    let words = inner_words(inner_text(quote));
    words
        .first()
        .is_some_and(|first| first.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || TITLE_SMALL_WORDS.contains(&lower(w).as_str())
        })
}

/// True when a quotation is a name, never anyone's words: a slogan or a
/// motto the words before it say it is (`under the program's motto,
/// "…"`), or in Title Case, the name of the thing the noun after it
/// stands for (`the office’s “Lock It, Light It, Report It” campaign`) or
/// the title of a work named before it (`a memoir, “Order, Order”`).
/// `before` and `after` are the paragraph's text around the quotation.
pub(super) fn is_a_name(before: &str, quote: &str, after: &str) -> bool {
    let next = after.split_whitespace().next().map(lower);
    let previous = before.split_whitespace().next_back().map(lower);
    after_term_noun(before)
        || (is_titled(quote)
            && (next.as_deref().is_some_and(|noun| {
                NAMED_THINGS.contains(&noun.trim_end_matches(['.', ',', ';']))
            }) || (previous
                .as_deref()
                .is_some_and(|noun| WORKS.contains(&noun.trim_end_matches([',', ':'])))
                && !spoken_on(quote, after))
                || published_in(after)
                || after_preposition(previous.as_deref(), quote)))
}

/// True when a title of two words or more follows a preposition that
/// leads into it (`welcome to “Ask the Mayor.”`, `on “Morning Edition”`):
/// the name of a thing, not words said.
fn after_preposition(previous: Option<&str>, quote: &str) -> bool {
    previous.is_some_and(|w| matches!(w, "to" | "on" | "in" | "from" | "at" | "into"))
        && inner_words(inner_text(quote)).len() >= 2
}

/// True when the text after a title names where it was published, as a
/// reference does (`“Blue Carbon Burial Rates.” Marine Carbon Letters,
/// 2026.`, `… Journal of Ecology, 12(3)`): capitalised words, a comma,
/// then a year or a volume.
fn published_in(after: &str) -> bool {
    let Some((venue, rest)) = after.split_once(',') else {
        return false;
    };
    let venue: Vec<&str> = venue.split_whitespace().collect();
    let number = rest
        .split_whitespace()
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    !venue.is_empty()
        && venue.iter().all(|w| {
            w.starts_with(char::is_uppercase) || TITLE_SMALL_WORDS.contains(&lower(w).as_str())
        })
        && number
}

/// True when a quotation ends with a comma inside its marks and a
/// speaker follows (`“Someday,” he wrote, “…”`): words a speaker goes on
/// with, not a title (`The study, “Blue Carbon,” published today`).
fn spoken_on(quote: &str, after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or_default();
    inner_text(quote).trim_end().ends_with(',')
        && (next.starts_with(char::is_uppercase)
            || matches!(lower(next).as_str(), "he" | "she" | "they" | "i" | "we")
            || verb_len(&[next]) > 0)
}

/// Works whose title in Title Case may follow them (`wrote a memoir,
/// “Order, Order: A Life in the Chair”`), lowercase.
#[rustfmt::skip]
const WORKS: &[&str] = &[
    "memoir", "book", "novel", "essay", "film", "album", "song", "poem", "play", "documentary",
    "column", "op-ed", "report", "paper", "study", "article", "podcast", "exhibition", "show",
    "program", "programme", "broadcast", "segment", "series", "newsletter", "blog",
    "assessment", "review", "audit", "survey", "analysis", "memo", "memorandum", "guide",
    "handbook", "strategy", "framework", "roadmap", "evaluation", "collection", "anthology",
    "biography", "autobiography", "cookbook", "opera", "musical", "ballet", "symphony",
    "painting", "sculpture", "installation", "exhibit", "screenplay", "production", "story",
    "single", "volume", "dissertation", "thesis", "lecture", "headline", "caption", "chyron",
    "banner", "title", "subtitle",
    // Spanish, French, Portuguese, Italian, German.
    "programa", "programma", "campaña", "campanha", "campagne", "campagna", "proyecto", "projet",
    "projeto", "progetto", "informe", "rapport", "relatório", "rapporto", "bericht", "libro",
    "livre", "livro", "película", "filme", "lema", "devise", "leyenda", "légende", "legenda",
    "titular", "titre", "título", "titolo", "kampagne", "programm",
];

/// True when `before` ends with a noun saying what follows is a term
/// (`the slogan`, `its motto,`).
fn after_term_noun(before: &str) -> bool {
    let before = lower(before.trim_end());
    let before = before.trim_end_matches([',', ':']);
    TERM_NOUNS.iter().any(|noun| before.ends_with(noun))
}

/// Nouns a name in quotation marks may come before (`the “Buy Local”
/// campaign`), lowercase.
#[rustfmt::skip]
const NAMED_THINGS: &[&str] = &[
    "campaign", "program", "programme", "initiative", "act", "bill", "law", "report", "plan",
    "strategy", "slogan", "motto", "banner", "sign", "signs", "tour", "series", "award", "fund",
    "project", "summit", "festival", "exhibition", "policy", "agenda", "movement", "hashtag",
    "sticker", "framework", "package", "scheme", "challenge", "pledge", "week", "month",
];

/// Fewest words of a headline in Title Case.
const MIN_HEADLINE_WORDS: usize = 3;

/// True when `text` (after an outlet's label: `Elm Times: …`) is a
/// headline in Title Case: every word capitalised but a title's small
/// words.
pub(super) fn is_headline(text: &str) -> bool {
    let text = text
        .rsplit_once(": ")
        .map_or(text, |(_, headline)| headline);
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= MIN_HEADLINE_WORDS
        && words.iter().all(|w| {
            let core = split_word(w).core;
            core.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || TITLE_SMALL_WORDS.contains(&lower(core).as_str())
        })
}

/// True when a quotation in a sentence reads as a term, not as someone's
/// words: it has no letters (`"2+2"`), is a title (`"Solar for All"`),
/// follows a word that names it (`so-called`, `dubbed`), stands in
/// brackets (`("123 agreement")`), is one word after an article (`the
/// "portability" of`), modifies the noun after it (`the "one China"
/// policy`) or is defined after a dash (`"junk fees" – hidden charges`).
///
/// `before` is the paragraph's text before the opening mark, `quote` the
/// quotation with its marks, `after` the text after its closing mark.
pub(super) fn is_term(before: &str, quote: &str, after: &str) -> bool {
    let inner = inner_text(quote);
    let words = inner_words(inner);
    if words.is_empty() {
        return true;
    }
    let title = is_titled(quote);
    // In a headline in Title Case (`Lee Touts Growth as "A New Day"`), a
    // quotation's capitals say nothing.
    if title && !is_headline(before) {
        return true;
    }
    let before = before.trim_end();
    if before.ends_with(['(', '[']) {
        return true;
    }
    let previous = before.split_whitespace().next_back().map(lower);
    if previous
        .as_deref()
        .is_some_and(|w| NAMING_WORDS.contains(&w))
        || before.ends_with("known as")
        || before.ends_with("referred to as")
        || after_term_noun(before)
    {
        return true;
    }
    let bare = !inner
        .trim_end()
        .ends_with(|c: char| c.is_ascii_punctuation());
    // A dash that closes an aside its sentence opened before the quotation
    // (`the ruling—what Lee called "a crisis"—on families`) defines
    // nothing.
    let words_before: Vec<&str> = before.split_whitespace().collect();
    let aside = words_before[sentence_start(&words_before)..]
        .iter()
        .any(|w| w.contains(['–', '—']));
    if bare && !aside && after.trim_start().starts_with(['–', '—']) {
        return true;
    }
    // One word after an article is a noun the writer holds at arm's length
    // (`the "portability" of miners`).
    if words.len() == 1
        && previous.as_deref().is_some_and(|w| ARTICLES.contains(&w))
        && !names_a_thing(&words_before)
    {
        return true;
    }
    // A few words after an article and an adjective name a new thing
    // (`introduces a new “social tariff” for households`).
    let adjective_before = matches!(words_before.as_slice(), [.., article, adjective]
        if ARTICLES.contains(&lower(article).as_str())
            && adjective.chars().all(char::is_lowercase));
    if bare
        && words.len() <= MAX_NEW_TERM_WORDS
        && adjective_before
        && !names_a_thing(&words_before)
    {
        return true;
    }
    // A few words after an article that a relative clause goes on to
    // describe name a thing (`end the “postcode lottery” that young people
    // faced`).
    let described = after.starts_with(' ')
        && after
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "that" | "which"));
    if bare
        && words.len() <= MAX_NEW_TERM_WORDS
        && previous.as_deref().is_some_and(|w| ARTICLES.contains(&w))
        && described
        && !names_a_thing(&words_before)
    {
        return true;
    }
    // Before a noun, a quotation modifies it, unless it is a verb or an
    // adverb (`to "turbo-charge" finance`, `he "absolutely" supports`).
    let verbal = previous
        .as_deref()
        .is_some_and(|w| BEFORE_VERBS.contains(&w));
    let next = after
        .starts_with(' ')
        .then(|| after.split_whitespace().next())
        .flatten();
    let modifies = next.is_some_and(|w| {
        let word = split_word(w).core;
        word.starts_with(char::is_lowercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && !PHRASE_ENDERS.contains(&word)
    });
    // `looked at “more than thirty” companies`: a figure someone gave.
    let figure = QUANTITY_OPENERS.iter().any(|opener| {
        let opener: Vec<&str> = opener.split(' ').collect();
        words.len() > opener.len() && words.iter().zip(&opener).all(|(w, o)| lower(w) == *o)
    });
    bare && !verbal && modifies && !figure
}

/// Words opening a figure someone gives (`“more than thirty”`,
/// `“nearly a fifth”`), lowercase.
const QUANTITY_OPENERS: &[&str] = &[
    "more than",
    "less than",
    "fewer than",
    "at least",
    "nearly",
    "almost",
    "roughly",
    "about",
    "up to",
    "well over",
];

/// Most words of a quotation naming a new thing after an article and an
/// adjective.
const MAX_NEW_TERM_WORDS: usize = 3;

/// Most words between `called` and the article of what it calls a thing
/// (`called the new rule a "waste"`).
const MAX_CALLED_OBJECT: usize = 3;

/// True when `words` (before a quotation) end with a verb of calling, its
/// object and an article: `called it a`, `calls the plan a` — someone's
/// word for a thing, not a noun the writer holds at arm's length. A
/// request (`called for a`, `called on the`) is not one.
fn names_a_thing(words: &[&str]) -> bool {
    let Some((_, object)) = words.split_last() else {
        return false;
    };
    let from = object.len().saturating_sub(MAX_CALLED_OBJECT + 1);
    object[from..].iter().enumerate().any(|(i, w)| {
        let verb = lower(w);
        let next = object.get(from + i + 1).map(|n| lower(n));
        matches!(verb.as_str(), "called" | "calls" | "calling" | "call")
            && !split_word(w).stop
            && next.is_some_and(|n| !matches!(n.as_str(), "on" | "for" | "upon"))
    })
}

#[cfg(test)]
mod tests {
    use super::{is_a_name, is_term};

    #[test]
    fn a_title_a_reference_cites_is_a_name() {
        assert!(is_a_name(
            "Journal reference: Roe A., Park B. et al. ",
            "“Blue Carbon Burial Rates Beneath Kelp Forests.”",
            " Marine Carbon Letters, 2026."
        ));
        assert!(is_a_name(
            "Roe A. ",
            "“Salt Marsh Carbon.”",
            " Journal of Ecology, 12(3), 44–51."
        ));
        assert!(!is_a_name("", "“We will build it.”", " Ann Roe, 2021."));
        assert!(is_a_name(
            "Good morning, and welcome to ",
            "“Ask the Mayor.”",
            " Mayor Roe, thanks."
        ));
        assert!(is_a_name(
            "Mayor Ann Roe’s weekly call-in program, ",
            "“Ask the Mayor,”",
            " on WRVB 1340 AM"
        ));
    }

    #[test]
    fn a_few_words_after_an_article_and_an_adjective_are_a_term() {
        assert!(is_term(
            "She noted it introduces a new ",
            "“social tariff”",
            " for households."
        ));
        assert!(!is_term("Lee calls it a big ", "“sham”", "."));
    }

    #[test]
    fn a_few_words_after_an_article_that_a_clause_describes_are_a_term() {
        assert!(is_term(
            "Roe said the plan would end the ",
            "“postcode lottery”",
            " that young people faced."
        ));
        assert!(!is_term(
            "Roe said it was ",
            "“a lottery”",
            " that nobody won."
        ));
    }

    #[test]
    fn words_are_not_terms() {
        assert!(!is_term(
            "He urged an ",
            "“acceleration agenda”",
            " by rich nations."
        ));
        assert!(!is_term(
            "She said the plan could be a ",
            "“game changer”",
            " for farms."
        ));
        assert!(!is_term(
            "Biden touted it as ",
            "“Bidenomics in action.”",
            ""
        ));
        assert!(!is_term(
            "and the need to ",
            "“turbo-charge”",
            " climate finance."
        ));
        assert!(!is_term("Lee said he ", "“absolutely”", " supports it."));
        assert!(!is_term("and called it a ", "“disgrace”", " of a deal."));
        assert!(!is_term("Lee calls the new rule a ", "“sham”", "."));
        assert!(!is_term(
            "Roe said his firm had looked at ",
            "“more than thirty”",
            " robotics companies."
        ));
        assert!(!is_term(
            "They told of the ruling—what Lee called ",
            "“a grave wrong”",
            "—and its toll."
        ));
    }

    #[test]
    fn terms_are_terms() {
        assert!(is_term("for the ", "“2+2”", " talks"));
        assert!(is_term("money for the ", "“Solar for All”", " competition"));
        assert!(is_term(
            "remains committed to the ",
            "“one China”",
            " policy, guided"
        ));
        assert!(is_term("Lee’s ", "“lower costs”", " agenda"));
        assert!(is_term(
            "pledged to end so-called ",
            "“conversion therapy”",
            ", a practice"
        ));
        assert!(is_term("an agreement (", "“123 agreement”", ") to"));
        assert!(is_term(
            "announced a friendly ",
            "“double or nothing”",
            " wager"
        ));
        assert!(is_term("to address the ", "“portability”", " of miners"));
        assert!(is_term("Lee called for a ", "“pause”", " in the talks"));
        assert!(is_term(
            "Lee underscored the commitment to the principle of ",
            "“nothing about them without them.”",
            ""
        ));
        assert!(is_term(
            "under the theme ",
            "“Rivers for All,”",
            " the fair"
        ));
        assert!(is_term("to take on ", "“junk fees”", " – hidden fees that"));
    }
}
