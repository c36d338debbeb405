//! The words after a quotation that say who speaks it: `"…," said Rep.
//! Bice`, `"…," Bice said`, `"…," said trumpeter Yolanda Roe`.

use super::given_names::is_given_name;
use super::lexicon::{CLAUSE_CONTINUERS, OFFICE_TIMES, PERSON_NOUNS, is_adverb, is_role};
use super::organization::subject_or_organization;
use super::referents::{Attribution, Gender, is_anaphor};
use super::runs::{name_forward, plausible};
use super::subject::{is_portfolio, subject_forward};
use super::words::{glued_verb, is_abbreviation, is_title, lower, split_word, verb_len};

/// Most words after a quote read for its attribution (`," said Co-Chair
/// and Director of the Office of Science and Technology Policy Dr. Ann
/// Roe`).
const MAX_TAIL_WORDS: usize = 40;
/// Most words between a name after a quote and its verb (`"…," Ann Roe,
/// the director of the council, said`).
const MAX_TAIL_APPOSITION: usize = 20;

/// How a quotation's own text ends, which decides how freely the words
/// after it may attribute it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ending {
    /// With a comma or dash: words after it are an attribution (`"…," Bice said`).
    Clause,
    /// With a full stop, `!` or `?`: words after it may start a new sentence.
    Sentence,
    /// Without punctuation: a scare quote or a phrase.
    Bare,
}

impl Ending {
    /// How the quotation whose inside is `inner` ends.
    pub(super) fn of(inner: &str) -> Ending {
        match inner.trim_end().chars().last() {
            Some(',' | '—' | '–' | '-' | ':' | ';') => Ending::Clause,
            Some('.' | '!' | '?' | '…') => Ending::Sentence,
            _ => Ending::Bare,
        }
    }
}

/// The person a French verb with its pronoun after it stands for (`a-t-il
/// ajouté`, `déclare-t-elle`, `dit-il`): `he` or `she`.
fn inverted_pronoun(words: &[&str]) -> Option<Attribution> {
    let first = split_word(words.first()?).core;
    let (verb, pronoun) = first.rsplit_once('-')?;
    let gender = match pronoun {
        "il" => Gender::Male,
        "elle" => Gender::Female,
        _ => return None,
    };
    let verb = verb.strip_suffix("-t").unwrap_or(verb);
    let said = if verb == "a" {
        words.get(1).is_some_and(|w| verb_len(&["a", w]) == 2)
    } else {
        verb_len(&[verb]) > 0
    };
    said.then_some(Attribution::Pronoun(gender))
}

/// True when the words after a quote start with an attribution verb, even
/// one whose subject could not be read.
pub(super) fn starts_with_verb(tail: &str) -> bool {
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || ",—–-".contains(c));
    let words: Vec<&str> = rest.split_whitespace().take(2).collect();
    verb_len(&words) > 0
}

/// Most words of a speech clause after a quotation whose subject could
/// not be read (`," the Lakes Bureau of Rivers reported`).
const MAX_SAYER_WORDS: usize = 10;

/// True when a quotation ending in a comma is followed by a clause with an
/// attribution verb after its first word (`," the Lakes panel wrote`): the
/// quote is someone's the words name, though readout cannot read whose. A
/// clause joined by `and` or `but` (`,” and Ann Roe made clear that`) is a
/// new one, whose sayer says what follows it.
pub(super) fn names_a_sayer(tail: &str, ending: Ending) -> bool {
    if ending != Ending::Clause {
        return false;
    }
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || ",—–-".contains(c));
    let clause = rest.split(['.', '!', '?', ';']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().take(MAX_SAYER_WORDS).collect();
    !matches!(words.first(), Some(&"and" | &"but"))
        && (1..words.len()).any(|k| verb_len(&words[k..]) > 0)
}

/// True when the clause after a quotation names its sayer by an office a
/// word narrows to a portfolio (`,” the agriculture minister said`): not
/// the last minister named, nor one a paragraph before reports.
pub(super) fn names_a_portfolio(tail: &str) -> bool {
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || ",—–-".contains(c));
    let words: Vec<&str> = rest.split_whitespace().take(4).collect();
    matches!(words.first(), Some(&("the" | "The")))
        && words.len() == 4
        && is_portfolio(words[1])
        && is_anaphor("the", words[2])
        && verb_len(&words[3..]) > 0
}

/// The words after a quote name its speaker: `, said Rep. Bice`,
/// `, Bice said`, `, he added`, `according to Xi`, `, Ann Roe, the director
/// of the council, said`; a signature (`– Jane Doe, Director`, or after a
/// full stop `Jane Doe, Director.` ending the paragraph, `to_end`).
pub(super) fn tail_attribution(tail: &str, ending: Ending, to_end: bool) -> Option<Attribution> {
    let comma = tail.trim_start().starts_with([',', '—', '–']);
    let rest = tail.trim_start_matches(|c: char| c.is_whitespace() || ",—–-".contains(c));
    // `"…," Roe said…Roe says more`: an ellipsis glued to the next word
    // ends the sentence all the same.
    let rest = rest
        .match_indices('…')
        .map(|(k, e)| k + e.len())
        .find(|&k| rest[k..].starts_with(char::is_alphanumeric))
        .map_or(rest, |k| &rest[..k]);
    let mut words: Vec<&str> = rest.split_whitespace().take(MAX_TAIL_WORDS).collect();
    // `"…," [Sen. Ann] Roe added`: an editor's brackets complete the name.
    if words.first().is_some_and(|w| w.starts_with('['))
        && let Some(close) = words.iter().take(4).position(|w| w.ends_with(']'))
        && words
            .get(close + 1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && verb_len(words.get(close + 2..).unwrap_or(&[])) > 0
    {
        words[0] = &words[0][1..];
        words[close] = &words[close][..words[close].len() - 1];
    }
    // `"…," as Ann Roe so often says`: a speaker's own words, recalled,
    // in the sentence of the quotation (not `"…." As Roe said, …`).
    if words.len() > 2
        && words[0] == "as"
        && words[1].starts_with(char::is_uppercase)
        && (comma || ending == Ending::Clause)
        && says_next(&words[1..])
    {
        words.remove(0);
    }
    let first = *words.first()?;
    // `said Rep. Bice`, also `saidRep. Bice` with the space lost.
    if let Some(name) = glued_verb(first) {
        words[0] = name;
        return subject_forward(&words).map(|(a, _, _)| a);
    }
    // `"…", afirmó. "…"`: a verb ending the sentence with no subject, as
    // Spanish says `he said`, before the paragraph's end or the next
    // quotation (not `," said. Rep. Roe.`, a typing slip).
    // `, ha detto.`: an auxiliary and a participle.
    // `"…", agregó, "…"`: the verb between two parts of a quotation.
    if (comma || ending == Ending::Clause)
        && let Some(used) = subjectless_verb_len(&words)
        && words
            .get(used)
            .is_none_or(|next| next.starts_with(['"', '“', '‘']))
    {
        return Some(Attribution::Pronoun(Gender::Any));
    }
    if let Some(inverted) = inverted_pronoun(&words) {
        return Some(inverted);
    }
    let verb = verb_len(&words);
    if verb > 0 && lower(first) != "told" {
        let after = verb + description_len(&words[verb..]);
        let (attribution, _, stopped) = subject_or_organization(&words[after..])?;
        // `some "experts" said we needed`: after a bare phrase, a pronoun
        // running on into its own clause is not an inverted speaker.
        let pronoun = matches!(
            attribution,
            Attribution::FirstPerson
                | Attribution::SecondPerson
                | Attribution::Pronoun(_)
                | Attribution::Office(..)
        );
        return (stopped || !pronoun || ending != Ending::Bare || comma).then_some(attribution);
    }
    if lower(first) == "according" && words.get(1).is_some_and(|w| *w == "to") {
        return subject_forward(&words[2..]).map(|(a, _, _)| a);
    }
    if ending != Ending::Sentence
        && let Some(source) = closing_source(&words)
    {
        return Some(source);
    }
    // `"…" – Jane Doe, Director` (a testimonial's signature), or `"…."
    // Jane Doe, Director of the Center.` closing the paragraph.
    let dashed = tail.trim_start().starts_with(['-', '—', '–']);
    // Not a question to the person named (`Ms. Roe, is that your
    // policy?`).
    let signed = to_end
        && ending == Ending::Sentence
        && !rest.trim_end().ends_with('?')
        && rest.split_whitespace().count() <= MAX_TAIL_APPOSITION
        && (0..words.len()).all(|k| verb_len(&words[k..]) == 0);
    // Undashed, a full name: a lone word after a quotation (`… raise.”
    // Help.`) is a sentence of its own.
    if (dashed || signed)
        && let Some((name, used, stopped)) = name_forward(&words)
        && (stopped || used == words.len())
        && plausible(&name)
        && (dashed || name.contains(' '))
    {
        return Some(Attribution::Name(name));
    }
    // `Rep. Bice said`
    let ending = if comma { Ending::Clause } else { ending };
    if ending == Ending::Bare {
        return None;
    }
    // `," flight director Ann Roe said`: what the person is, in lowercase,
    // before their name.
    let described = description_len(&words);
    let words = &words[described..];
    // `," the Lakes Bureau said`: an organization named with `the`, in
    // the quotation's sentence.
    let (attribution, mut at, mut stopped) = if ending == Ending::Sentence {
        subject_forward(words)?
    } else {
        subject_or_organization(words)?
    };
    // `Rep. Ann Roe (R-Ohio), a critic of the plan, said`: a tag, then an
    // apposition.
    if !stopped && words.get(at).is_some_and(|w| w.starts_with('(')) {
        let close = words[at..]
            .iter()
            .position(|w| w.trim_end_matches(',').ends_with(')'))?;
        stopped = words[at + close].ends_with(',');
        at += close + 1;
    }
    if stopped {
        // `"…," Ann Roe, the director of the council, said`.
        let named = matches!(attribution, Attribution::Name(_));
        let apposition = words[at.min(words.len())..]
            .iter()
            .take(MAX_TAIL_APPOSITION)
            .position(|w| w.ends_with(','))
            .map(|k| at + k + 1)
            .filter(|&j| {
                words[at..j]
                    .iter()
                    .all(|w| !w.ends_with(['.', ';', ':', '!', '?']))
            });
        match apposition {
            Some(j) if named && verb_len(&words[j..]) > 0 => at = j,
            _ => return None,
        }
    }
    if words.get(at).is_some_and(|w| w.starts_with('(')) {
        at += words[at..].iter().position(|w| w.ends_with(')'))? + 1;
    }
    let mut adverbs = 0;
    while adverbs < 2 && words.get(at).is_some_and(|w| is_adverb(w)) {
        at += 1;
        adverbs += 1;
    }
    let verb = verb_len(&words[at.min(words.len())..]);
    // `In his order on "Clean Air," the President called on the agency`:
    // a request after a quotation does not say it.
    let request = verb == 2 && lower(words[at]).starts_with("call");
    if verb == 0 || request {
        return None;
    }
    let verb_word = words[at + verb - 1];
    if ending == Ending::Sentence {
        let clause_ends = split_word(verb_word).stop
            || words
                .get(at + verb)
                .is_some_and(|w| CLAUSE_CONTINUERS.contains(&lower(w).as_str()));
        if !clause_ends || reports_more(&words[at + verb..]) {
            return None;
        }
    }
    Some(attribution)
}

/// True when the rest of a speech verb's sentence after a quotation that
/// ended its own sentence says something of its own: `that` opens what is
/// said, or another quotation follows (`“….” Dr. Bo Park, for his part,
/// argues in his testimony that small hospitals “lack the staff”`). The
/// sentence reports new words, not the quotation before it.
fn reports_more(words: &[&str]) -> bool {
    for word in words {
        if lower(word) == "that" || word.starts_with(['"', '“', '‘']) {
            return true;
        }
        if split_word(word).stop {
            return false;
        }
    }
    false
}

/// The source that closes the sentence a quotation is inside, set off by
/// a comma: `was “cooperative and calm” throughout the arrest, according
/// to Deputy Chief Sam Grant.`
fn closing_source(words: &[&str]) -> Option<Attribution> {
    let sentence_end = words
        .iter()
        .position(|w| w.ends_with(['.', '!', '?']) && !is_abbreviation(w))?;
    let at = (1..sentence_end).find(|&k| {
        words[k] == "according" && words[k + 1] == "to" && words[k - 1].ends_with(',')
    })?;
    let (attribution, used, stopped) = subject_forward(&words[at + 2..=sentence_end])?;
    (stopped && at + 2 + used == sentence_end + 1).then_some(attribution)
}

/// True when `words` open with a subject and then, past at most two
/// adverbs, its speech verb (`Ann Roe so often says`), not another verb
/// (`Ann Roe walked in, Bo Park said`).
fn says_next(words: &[&str]) -> bool {
    let Some((_, mut at, stopped)) = subject_forward(words) else {
        return false;
    };
    let mut adverbs = 0;
    while adverbs < 2 && words.get(at).is_some_and(|w| is_adverb(w)) {
        at += 1;
        adverbs += 1;
    }
    !stopped && verb_len(words.get(at..).unwrap_or(&[])) > 0
}

/// The words before a quote name its speaker: `Xi said "…"`, `Xi said
/// that "…"`, `Bice said in a statement, "…"`, `Bice stated: "…"`, `Rep.
/// Most lowercase words describing a person before their name.
const MAX_DESCRIPTION_WORDS: usize = 3;

/// How many lowercase words describe the person before a name after a
/// speech verb (`said team member Bo Park`, `said longtime resident Ann
/// Roe`): a few, ending in a role or a person noun, then a capitalised
/// word; or words for a time in office before a title (`said former Sen.
/// Ann Roe`); 0 otherwise.
fn description_len(words: &[&str]) -> usize {
    let lowercase = words
        .iter()
        .take(MAX_DESCRIPTION_WORDS + 1)
        .take_while(|w| w.starts_with(char::is_lowercase) && !split_word(w).stop)
        .count();
    // `said the senator Kim`, `dijo el secretario Moss`: an article and a
    // title, which [`subject_forward`] reads with the name.
    let article = words
        .first()
        .is_some_and(|w| matches!(*w, "the" | "a" | "an" | "el" | "la"));
    let in_office = lowercase > 0
        && words[..lowercase].iter().all(|w| OFFICE_TIMES.contains(w))
        && words
            .get(lowercase)
            .is_some_and(|w| is_title(split_word(w).core));
    // `said trumpeter Yolanda Roe`, `said season-ticket holder Gordon
    // Pike`: a noun of someone's doing, then a known given name.
    let given = words
        .get(lowercase)
        .is_some_and(|w| is_given_name(split_word(w).core));
    let describes = !article && (1..=MAX_DESCRIPTION_WORDS).contains(&lowercase) && {
        let noun = lower(words[lowercase - 1]);
        is_role(&noun)
            || PERSON_NOUNS.contains(&noun.as_str())
            || in_office
            || (given && is_agent_noun(&noun))
    };
    let named = words
        .get(lowercase)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if describes && named { lowercase } else { 0 }
}

/// Endings of nouns for someone who does something (`trumpeter`,
/// `holder`, `saxophonist`, `librarian`, `attendant`).
const AGENT_ENDINGS: &[&str] = &["er", "or", "ist", "ian", "ant"];

/// Words with an agent noun's ending that are none (`after`, `other`).
const NOT_AGENTS: &[&str] = &[
    "after",
    "other",
    "either",
    "neither",
    "rather",
    "later",
    "earlier",
    "never",
    "ever",
    "further",
    "together",
    "whether",
    "under",
    "over",
    "before",
    "for",
    "or",
    "per",
    "major",
    "minor",
    "prior",
    "senior",
    "junior",
    "superior",
    "inferior",
    "interior",
    "exterior",
    "brilliant",
    "important",
    "significant",
    "relevant",
    "distant",
    "constant",
    "vibrant",
];

/// True for a lowercase noun for someone who does something, by its
/// ending.
fn is_agent_noun(noun: &str) -> bool {
    noun.chars().count() >= 5
        && noun.chars().all(|c| c.is_alphabetic() || c == '-')
        && AGENT_ENDINGS.iter().any(|e| noun.ends_with(e))
        && !NOT_AGENTS.contains(&noun)
        && !is_adverb(noun)
}

/// How many words a speech verb takes that opens `words` and ends its
/// clause with no subject after it (`afirmó.`, `ha detto.`, `agregó,`),
/// as Spanish, Italian or Portuguese say `she said`; `None` otherwise.
fn subjectless_verb_len(words: &[&str]) -> Option<usize> {
    (1..=2).find(|&n| {
        let Some(last) = words.get(n - 1) else {
            return false;
        };
        let Some(bare) = last.strip_suffix(['.', ',']) else {
            return false;
        };
        let mut verb = words[..n - 1].to_vec();
        verb.push(bare);
        verb_len(&verb) == n
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn a_verb_with_no_subject_after_it_stands_for_the_person_before() {
        assert_eq!(
            speakers(&[
                "L'assessore Francesca Lo Monaco ha sottolineato il lavoro. “Il merito va ai medici”, ha detto.",
                "Lo Monaco ha annunciato il bando. “Entro la primavera”, ha aggiunto, “avremo la piazzola”.",
                "Ana Roe habló. \"Antes de la primavera\", agregó, \"tendremos el helipuerto\".",
            ]),
            [
                some("Francesca Lo Monaco"),
                some("Francesca Lo Monaco"),
                some("Francesca Lo Monaco"),
                some("Ana Roe"),
                some("Ana Roe"),
            ]
        );
    }

    #[test]
    fn a_phrase_abroad_opening_a_sentence_leaves_its_subject_the_speaker() {
        assert_eq!(
            speakers(&[
                "Por su parte, la alcaldesa de San Justo, María Quintero de la Vega, recordó que las familias recibían agua.",
                "\"Mi abuela decía: no\", relató.",
                "Giancarlo Del Vecchio ha poi ricordato l'incontro con le madri: \"Mi dissero: no\".",
            ]),
            [
                some("Alcaldesa María Quintero de la Vega"),
                some("Giancarlo Del Vecchio")
            ]
        );
    }

    #[test]
    fn an_official_described_after_the_verb_is_the_one_just_named() {
        assert_eq!(
            speakers(&[
                "San Jerónimo Tzintla, Cuautlán, 3 de julio de 2026.— La gobernadora Ximena Arriaga inauguró el hospital.",
                "\"Hoy cumplimos una deuda\", dijo la mandataria estatal ante cientos de asistentes.",
                "El secretario de Salud, Joaquín Ruvalcaba, detalló las camas.",
                "\"Contamos con 214 trabajadores\", señaló el funcionario.",
            ]),
            [some("Ximena Arriaga"), some("Secretario Joaquín Ruvalcaba")]
        );
    }

    #[test]
    fn offices_and_verbs_abroad_name_their_speaker() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Communiqué de presse",
                None,
                &[
                    "La ministre de la Transition écologique, Mme Ann Roe, a annoncé un plan.",
                    "“Nous ne pouvons plus attendre”, a déclaré la ministre.",
                    "L'association, qui a qualifié le plan de “pansement”, la ministre a répondu : “Je préfère agir.”",
                    "O prefeito de Vale Novo, Bo Park, falou. “Na minha cidade falta água”, disse o prefeito.",
                    "“Il sindaco ha ragione”, ha dichiarato Ugo Neri. « Merci », a-t-il ajouté.",
                ],
            ),
            [
                some("Ministre Ann Roe"),
                None,
                some("Ministre Ann Roe"),
                some("Prefeito Bo Park"),
                some("Ugo Neri"),
                some("Ugo Neri"),
            ]
        );
    }

    #[test]
    fn a_sentence_after_a_quotation_that_reports_more_words_does_not_attribute_it() {
        assert_eq!(
            speakers(&[
                "In her testimony, Ms. Ann Roe describes patients “billed twice.” Dr. Bo Park, for his part, argues in his testimony that small hospitals “lack the staff.”",
                "“We will win.” Bo Park said in a statement.",
            ]),
            [some("Ms. Ann Roe"), some("Dr. Bo Park"), some("Bo Park")]
        );
    }

    #[test]
    fn a_unit_of_an_organization_in_an_office_comes_before_the_name() {
        assert_eq!(
            speakers(&[
                "“We act,” said Director of the Consumer Protection Branch Tad Roe-Okoro.",
                "“We act again,” said Taylor Branch.",
            ]),
            [some("Tad Roe-Okoro"), some("Taylor Branch")]
        );
        // The full name after the unit completes the surname alone later.
        assert_eq!(
            speakers(&[
                "Chief of the Fraud Section Tad Roe-Okoro said the case was large. “It is a lifeline,” Roe-Okoro said.",
            ]),
            [some("Tad Roe-Okoro")]
        );
    }

    #[test]
    fn a_source_closing_the_sentence_of_a_quotation_says_it() {
        assert_eq!(
            speakers(&[
                "The man was “cooperative and calm” throughout, according to Deputy Chief Sam Grant.",
                "The plan was “dead” for now, according to a source.",
                "“It is over.” The vote came late, according to Ann Roe.",
            ]),
            [some("Deputy Chief Sam Grant"), None, None]
        );
    }

    #[test]
    fn a_name_after_known_as_is_no_ones_words() {
        assert_eq!(
            speakers(&[
                "Acme won the contract known as “Iron Meadow,” the Defence Procurement Agency said."
            ]),
            [None]
        );
    }

    #[test]
    fn an_office_in_lowercase_or_linked_by_to_and_and_comes_before_the_name() {
        assert_eq!(
            speakers(&[
                "“We win,” Acme-AFL spokesperson Ann Roe said.",
                "“We win again,” said Elm County press secretary Bo Park.",
                "“We will win,” said Assistant to the Governor and River Safety Adviser Dr. Cy Lee.",
                "“We win,” said Board Co-Chair and Director of the State Office of Science and Water Policy Dr. Di Cruz.",
            ]),
            [
                some("Ann Roe"),
                some("Bo Park"),
                some("Adviser Dr. Cy Lee"),
                some("Dr. Di Cruz")
            ]
        );
    }

    #[test]
    fn a_noun_of_someones_doing_before_a_given_name_describes_them() {
        assert_eq!(
            speakers(&[
                "“I was here in ’85,” said season-ticket holder Gordon Pike, 66.",
                "“It is like driving,” said trumpeter Yolanda Roe, 29.",
                "“We won,” she said after Gordon Park left.",
            ]),
            [
                some("Gordon Pike"),
                some("Yolanda Roe"),
                some("Yolanda Roe")
            ]
        );
    }

    #[test]
    fn a_question_to_someone_after_a_quote_is_no_signature() {
        assert_eq!(
            speakers(&[
                "CHAIR ROE: Our witness is Ms. Ann Lee. On June 4 the director, Bo Park, wrote to his staff, and I quote: \"Certify and move.\" Ms. Lee, is that your policy?",
                "SEN. CY MOSS: A letter says, \"Ship it now and fix it later.\" Ms. Lee, who wrote that?",
            ]),
            [some("Bo Park"), None]
        );
    }

    #[test]
    fn a_question_after_the_quote_names_no_one() {
        assert_eq!(
            speakers(&[
                "Q: Minister Bo Park told our agency yesterday, “Elm has not answered our letter.” Has Elm answered?",
            ]),
            [some("Minister Bo Park")]
        );
        // The question's subject stops a pronoun's search: `he` may be
        // the Prime Minister, whom the release does not name.
        assert_eq!(
            speakers(&[
                "MINISTER: The Premier, Ann Roe, put it well: “We build.”",
                "Q: Is the Prime Minister coming?",
                "MINISTER: Ask his office. But he told me, “Save me a hard hat.”",
            ]),
            [some("Ann Roe"), None]
        );
    }

    #[test]
    fn what_a_person_called_a_thing_after_their_quote_is_theirs() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Roe said the law passed “to the harm of families” and called it a “waste” of money.",
                "Rep. Bo Park called the rule a “sham” on Tuesday.",
            ]),
            [
                some("Rep. Ann Roe"),
                some("Rep. Ann Roe"),
                some("Rep. Bo Park")
            ]
        );
    }

    #[test]
    fn a_surnames_particles_are_part_of_the_name() {
        assert_eq!(
            speakers(&[
                "“We need seed now,” said Femke van der Elm, country director of Elm Aid.",
                "Rep. Ana de la Roe (D-NM), who said: “Survivors should grieve.”",
                "President van der Elm said: “We agree.”",
                "“We agree,” said Mr de la Roe.",
            ]),
            [
                some("Femke van der Elm"),
                some("Rep. Ana de la Roe"),
                // Completed from the full names, particles and all.
                some("President Femke van der Elm"),
                some("Mr Ana de la Roe"),
            ]
        );
    }

    #[test]
    fn a_few_lowercase_words_may_describe_the_person_after_the_verb() {
        assert_eq!(
            speakers(&[
                "“We redesigned it,” said team member Bo Park-Lee.",
                "“We love the bridge,” said longtime resident Ann Roe.",
                "“It works,” says research professor Cy Lee.",
                "“We love the bridge,” said a resident.",
                "“We love the bridge,” said many people in Elm Park.",
            ]),
            [
                some("Bo Park-Lee"),
                some("Ann Roe"),
                some("Cy Lee"),
                None,
                None
            ]
        );
    }

    #[test]
    fn a_request_after_a_quotation_does_not_say_it() {
        assert_eq!(
            speakers(&[
                "President Ann Roe spoke today.",
                "In her order on “Clean Rivers at Home,” the President called on the agency to act.",
            ]),
            [None]
        );
    }

    #[test]
    fn a_tag_and_an_apposition_may_come_between_a_name_and_its_verb() {
        assert_eq!(
            speakers(&[
                "“The more we learn,” Rep. Ann Roe (R-Ohio), a critic of the plan, told reporters."
            ]),
            [some("Rep. Ann Roe")]
        );
        assert_eq!(
            speakers(&[
                "“We are ready,” [Sen. Ann] Roe added.",
                "Rep. Bo Park: “We are ready too.” [Tweet, 1/2/23]",
            ]),
            [some("Sen. Ann Roe"), some("Rep. Bo Park")]
        );
    }
}
