//! Attribution: who a quotation's text says is speaking, quote by quote in
//! reading order, from the cues around it (`tail`, `lead`, `intro`), the quote it
//! continues, and the release's context (whose voice its first person is,
//! the member a group of lawmakers includes).

use super::Context;
use super::antecedents::{opening_subject, subjects};
use super::clause::{
    late_sayer, opening_participle, passive_agent, previous_sayer, speaking_subject,
};
use super::complete;
use super::coverage::{headline_label, headline_source, is_coverage};
use super::intro::{intro_attribution, introduces};
use super::joint::joint_speaker;
use super::labels::{
    bare_label, bold_label, cited_word_label, dashed_heading, label_attribution, topic_heading,
};
use super::lead::{
    describes_as, lead_attribution, sentence_attribution, told_by_unnamed, unnamed_says,
};
use super::marks::Extent;
use super::names::{PersonName, is_person_name};
use super::partial;
use super::referents::{Attribution, Gender, Group};
use super::roundup::{cited_source, cites_a_source, credited_in_brackets, is_citation, is_roundup};
use super::runs::{addresses, plausible};
use super::sayings::writing_goes_on;
use super::signature::signer;
use super::tail::{Ending, names_a_portfolio, names_a_sayer, starts_with_verb, tail_attribution};
use super::voice;
use super::words::{capitalised, is_abbreviation, verb_len};
use crate::corpus::{Paragraph, Quote, TextPos};

mod pronouns;

/// What attribution remembers while it reads a release.
struct Reader<'a> {
    paragraphs: &'a [Paragraph],
    context: &'a Context<'a>,
    /// Every speaker named so far, where, most recent last.
    named: Vec<(TextPos, String)>,
    /// The people `he` or `she` stood for so far, with that gender: what
    /// the text says of someone whose name says nothing (`Brekkestø`).
    gendered: Vec<(String, Gender)>,
    /// True for a round-up of reactions (see [`is_roundup`]).
    roundup: bool,
    /// True for a round-up of press clips (see [`is_coverage`]).
    coverage: bool,
}

/// Attributes every span to a speaker where the text says.
pub(super) fn attribute(
    paragraphs: &[Paragraph],
    spans: &[Extent],
    context: &Context<'_>,
) -> Vec<Quote> {
    let mut reader = Reader {
        paragraphs,
        context,
        named: Vec::new(),
        gendered: Vec::new(),
        roundup: is_roundup(paragraphs, spans),
        coverage: is_coverage(paragraphs, spans),
    };
    let mut quotes: Vec<Quote> = Vec::with_capacity(spans.len());
    for (i, span) in spans.iter().enumerate() {
        let text = &paragraphs[span.start.paragraph as usize].text;
        // `an op-ed titled “Our Hospitals Can’t Wait,”`, `the programme
        // known as “Iron Meadow,”`: a name, which no one says.
        let named_work = text
            .get(..span.start.offset as usize)
            .map(|before| {
                before
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .map(str::to_lowercase)
            })
            .is_some_and(|mut last| match (last.next(), last.next()) {
                (Some(w), _) if matches!(w.as_str(), "titled" | "entitled" | "headlined") => true,
                (Some(w), Some(known)) => w == "as" && known == "known",
                _ => false,
            });
        // `“Senator Roe, anything to add?”`: said to them, not by them; so
        // is a reporter's question to someone (`Q: Theo, the association
        // called it “…”`).
        let asked = context.asks(span.start.paragraph as usize);
        let speaker = reader.speaker(spans, i, &quotes).filter(|s| {
            let said_to = addresses(text.get(span.start.offset as usize..).unwrap_or(""), s);
            let asked_to = asked && addresses(text.trim_start_matches("Q:").trim_start(), s);
            !(named_work || said_to || asked_to)
        });
        quotes.push(Quote {
            start: span.start,
            end: span.end,
            speaker,
        });
    }
    quotes
}

impl Reader<'_> {
    /// The speaker of span `i`, given the quotes before it.
    fn speaker(&mut self, spans: &[Extent], i: usize, quotes: &[Quote]) -> Option<String> {
        let paragraphs = self.paragraphs;
        let span = spans[i];
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
        let ending = Ending::of(quote_inner(last, &span));
        let short = span.start.paragraph == span.end.paragraph
            && first
                .get(span.start.offset as usize..span.end.offset as usize)
                .is_some_and(|q| q.split_whitespace().count() <= 3);
        let opens_paragraph =
            first[..span.start.offset as usize].trim().is_empty() && span.start.paragraph > 0;
        let previous = span
            .start
            .paragraph
            .checked_sub(1)
            .map(|p| paragraphs[p as usize].text.as_str());

        let to_end = tail_to == last.len();
        // A quotation in a headline after a label (`Lakes Courier:
        // ‘Historic’ funds for …`, `Elm Times: [Lee: Floods turned towns
        // into ‘lakes’](…)`): in a link or bold text after the label, or a
        // few words the line runs on past.
        let at = span.start.offset;
        let set_apart = paragraphs[span.start.paragraph as usize]
            .spans
            .iter()
            .any(|s| s.start > 0 && s.start <= at && at < s.end);
        let runs_on = short
            && ending != Ending::Sentence
            && !is_citation(tail)
            && quote_inner(last, &span).contains(char::is_alphabetic);
        let headline = (lead_from == 0 && (set_apart || runs_on))
            .then(|| {
                let goes_on = tail
                    .trim_start()
                    .starts_with(|c: char| !matches!(c, '[' | '(' | '—' | '–' | '-'));
                headline_label(lead, goes_on)
            })
            .flatten();
        // A label's words, unless a headline holds them.
        let labelled = lead_from == 0 && headline.is_none() && !runs_on;
        // `“…” Ann Roe added, “…”`: after a full stop, words that end
        // introducing the next quotation are that one's.
        // So do words ending in a colon after a phrase quoted inside
        // someone else's sentence (`qui a qualifié le plan de “…”, la
        // ministre a répondu : “…”`).
        let partial_words = quote_inner(last, &span)
            .trim_start_matches(['"', '“', '‘', '\'', '«', '„', '»'])
            .trim_start()
            .starts_with(char::is_lowercase);
        let introduces_next = !to_end
            && (ending == Ending::Sentence && tail.trim_end().ends_with([',', ':'])
                || partial_words && tail.trim_end().ends_with(':'));
        // `an admiral who called the exercise a “dress rehearsal,” Roe
        // said:`: words a describing verb before them gives to its
        // subject, not to a speaker the sentence names after them.
        let described = span.start.paragraph == span.end.paragraph
            && ending == Ending::Clause
            && partial_words
            && describes_as(lead);
        // `if I said “nothing,” she’d say, “…”`: a speech verb right
        // before the quotation governs it, whoever the words after it name.
        let said_right_before = lead
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.chars().all(char::is_alphabetic) && verb_len(&[w]) > 0);
        // `When a menu says “…,” I always ask`: the thing's words, which
        // no words after them give anyone else.
        let thing_said = said_right_before && unnamed_says(lead);
        let mut attribution = said_right_before
            .then(|| lead_attribution(lead))
            .flatten()
            .or_else(|| {
                (!(introduces_next || described || thing_said))
                    .then(|| tail_attribution(tail, ending, to_end))
                    .flatten()
            })
            .or_else(|| lead_attribution(lead))
            .or_else(|| headline.clone().flatten())
            .or_else(|| labelled.then(|| label_attribution(lead)).flatten())
            // `…" [Tweet, 1/2/23]Ann Roe, CEO: "…"`: round-up items run
            // together, a label after the source of the one before.
            .or_else(|| {
                let (_, after) = lead.rsplit_once(']')?;
                label_attribution(after)
                    .or_else(|| self.roundup.then(|| bare_label(after)).flatten())
            })
            .or_else(|| {
                (labelled && self.roundup)
                    .then(|| bare_label(lead))
                    .flatten()
            })
            .or_else(|| labelled.then(|| self.surname_label(lead)).flatten())
            .or_else(|| {
                (labelled && self.roundup && cites_a_source(tail))
                    .then(|| cited_word_label(lead))
                    .flatten()
            })
            .or_else(|| {
                let paragraph = &paragraphs[span.start.paragraph as usize];
                (labelled && self.roundup)
                    .then(|| bold_label(paragraph, lead))
                    .flatten()
            });
        if attribution.is_none()
            && opens_paragraph
            && let Some(previous) = previous
        {
            attribution = label_attribution(previous)
                .or_else(|| {
                    announces_what_follows(previous)
                        .then(|| intro_attribution(previous))
                        .flatten()
                })
                .or_else(|| dashed_heading(&paragraphs[span.start.paragraph as usize - 1]))
                .or_else(|| topic_heading(previous).then_some(Attribution::FirstPerson));
        }
        if attribution.is_none() && labelled && topic_heading(lead) {
            attribution = Some(Attribution::FirstPerson);
        }
        // A quotation set in a sentence after its speech verb, unless it
        // reads as a term the sentence names.
        let one_paragraph = span.start.paragraph == span.end.paragraph;
        let quote_end = if one_paragraph {
            span.end.offset as usize
        } else {
            first.len()
        };
        let quoted = first
            .get(span.start.offset as usize..quote_end)
            .unwrap_or("");
        let before = first.get(..span.start.offset as usize).unwrap_or("");
        let after = if one_paragraph { tail } else { "" };
        // `the office’s “Lock It, Light It” campaign`, `its motto, “…”`: a
        // name.
        let named = partial::is_a_name(before, quoted, after);
        if named {
            attribution = None;
        }
        // `termed the order as a “historic” deal`: the describer's word.
        let term = named
            || (partial::is_term(before, quoted, after)
                && (partial::is_titled(quoted) || !describes_as(lead)));
        // `Kenji Roe, who shot “The Lantern Keeper” over three summers, said
        // he was “still in shock”`: a title quoted earlier in the sentence
        // leaves its subject before it.
        let titled_before = lead_from > 0
            && spans[i - 1].start.paragraph == span.start.paragraph
            && !lead.contains(['.', '!', '?'])
            && first
                .get(spans[i - 1].start.offset as usize..lead_from)
                .is_some_and(partial::is_titled);
        let sentence_lead = if titled_before { before } else { lead };
        if attribution.is_none() && !term {
            attribution = sentence_attribution(sentence_lead, short, ending == Ending::Sentence);
        }
        // `She noted that the plan promises “…,” and added: “…”`: the
        // sentence's subject, past a quotation that was not hers.
        if attribution.is_none() && lead_from > 0 && goes_on_saying(lead) {
            attribution = lead_attribution(before);
        }
        // `Calling it “a new start,” Governor Ann Roe signed …`.
        if attribution.is_none()
            && one_paragraph
            && (ending == Ending::Clause || tail.trim_start().starts_with(','))
        {
            attribution = opening_participle(lead, tail);
        }
        // `Speaking to the families, Dr. Roe linked …: “…”`.
        if attribution.is_none() && !term {
            attribution = speaking_subject(lead);
        }
        // `Called the “…” by Ann Roe`, not a title by its author; `“…” (The
        // Wall Street Journal)`.
        if attribution.is_none() && one_paragraph && !term {
            attribution = passive_agent(lead, tail).or_else(|| credited_in_brackets(tail));
        }
        // `“…” while putting food on the table, Secretary Ann Roe said`.
        if attribution.is_none() && one_paragraph && !term && ending == Ending::Bare {
            attribution = late_sayer(tail);
        }
        // `“…” Axios 9/23/22`: the source a citation names (in a round-up
        // of coverage, the clip's outlet speaks instead).
        if attribution.is_none() && one_paragraph && to_end && !self.coverage {
            attribution = cited_source(tail);
        }
        // A short quotation in the sentence of the one before it (`He urged
        // an "acceleration agenda" … and the need to "turbo-charge" …`).
        // `called the law “garbage,” and “wasteful” — leading …`: a
        // quotation joined to the one before by `and` or `or` alone is its
        // speaker's words too, though a dash after it could make a term.
        let paired = matches!(
            lead.trim().trim_start_matches(',').trim_start(),
            "and" | "or"
        );
        let joined = short
            && (!term || paired)
            && lead_from > 0
            && i.checked_sub(1).is_some_and(|p| {
                Ending::of(quote_inner(first, &spans[p])) != Ending::Sentence
                    && !ends_a_sentence(lead)
            });
        // `“…,” Roe said in a statement. “That is backwards.”`: a short
        // sentence of quotation right after the one its speaker's words
        // end.
        let goes_on = short
            && lead_from > 0
            && ending == Ending::Sentence
            && quoted
                .trim_start_matches(['"', '“'])
                .starts_with(char::is_uppercase)
            && ends_a_sentence(lead)
            && lead.split_whitespace().count() <= MAX_SAYER_WORDS;
        // `testified that a supervisor had instructed him:`: a cue naming
        // no one.
        let cue = attribution.is_some() || told_by_unnamed(lead);
        let mut speaker = attribution.and_then(|a| self.resolve(a, span.start));
        // `In the letter, the Chairman wrote: “…” ¶ The letter continues:
        // “…”`: more of the writing quoted just before (in one paragraph
        // that names it), whoever wrote it.
        if let Some(writing) = writing_goes_on(lead)
            && let Some(previous) = quotes.last()
            && previous.start.paragraph == previous.end.paragraph
            && previous.end.paragraph + 1 >= span.start.paragraph
            && previous.speaker.is_some()
            && paragraphs[previous.start.paragraph as usize]
                .text
                .to_lowercase()
                .contains(&writing)
        {
            speaker = previous.speaker.clone();
        }
        if speaker.is_none()
            && (!short || joined || goes_on)
            && !cue
            && !named
            && !starts_with_verb(tail)
            && !names_a_sayer(tail, ending)
        {
            speaker = self.inherited(quotes, &span, opens_paragraph);
        }
        // `Gupta emphasized the need for action. “…”`: a quotation that is
        // a sentence of its own, after its speaker's sentence.
        // So is one running on over paragraphs (`… given up. “We applied
        // four times.` and on).
        let own_sentence = if one_paragraph {
            ending == Ending::Sentence
                && (to_end || tail.trim_start().starts_with(char::is_uppercase))
        } else {
            quoted
                .trim_start_matches(['"', '“'])
                .starts_with(char::is_uppercase)
        };
        if speaker.is_none()
            && !cue
            && !term
            && !short
            && own_sentence
            && let Some(attribution) = previous_sayer(lead)
        {
            speaker = self.resolve(attribution, span.start);
        }
        // A paragraph of quotation after one that introduces it (`Roe
        // released the following statement:`), or after one reporting its
        // speaker's words and quoting no one (`Roe said landowners would be
        // supported. ¶ “I have met farmers …”`).
        if speaker.is_none()
            && !cue
            && opens_paragraph
            && !short
            && let Some(previous) = previous
        {
            let attribution = if introduces(previous) {
                intro_attribution(previous)
            } else if previous.contains(['"', '“', '”'])
                // `“…,” the agriculture minister said.`: the quotation's own
                // sayer, though readout cannot tell who it is.
                || (one_paragraph && names_a_portfolio(tail))
            {
                None
            } else {
                previous_sayer(previous)
            };
            if let Some(attribution) = attribution {
                speaker = self.resolve(attribution, span.start);
            }
        }
        // `Statement from Governor Lee` whose body opens with the quoted
        // statement: the person the title names.
        if speaker.is_none()
            && !cue
            && !short
            && span.start.paragraph == 0
            && first[..span.start.offset as usize].trim().is_empty()
        {
            speaker = voice::of_title(self.context.title).map(|v| v.speaker);
        }
        // `Lakes Courier: Mayor opens new bridge` then a paragraph that is
        // only a quotation (and its citation): the outlet's excerpt, in a
        // round-up of coverage.
        if speaker.is_none()
            && !cue
            && opens_paragraph
            && !short
            && self.coverage
            && is_citation(tail)
            && to_end
            && let Some(source) = headline_source(&paragraphs[span.start.paragraph as usize - 1])
        {
            speaker = Some(source);
        }
        // `Statement from Governor Ann Roe` heading the quotation under it.
        if speaker.is_none()
            && !cue
            && opens_paragraph
            && !short
            && let Some(previous) = previous
            && previous.split_whitespace().count() <= MAX_HEADING_WORDS
            && let Some(voice) = voice::of_title(previous.trim().trim_matches(['*', '_']))
        {
            speaker = self.resolve(Attribution::Name(voice.speaker), span.start);
        }
        // A paragraph that is only a quotation, signed on the line after it
        // (`– President Ann Roe`), as an epigraph is.
        if speaker.is_none()
            && !cue
            && !short
            && is_emphasis_only(&first[..span.start.offset as usize])
            && is_emphasis_only(tail)
            && to_end
            && let Some(name) = signer(
                paragraphs,
                span.start.paragraph as usize,
                span.end.paragraph as usize,
            )
        {
            speaker = self.resolve(Attribution::Name(name), span.start);
        }
        // `WASHINGTON – Today, Rep. Roe voted against the bill.` then a quote
        // paragraph with no attribution: the member whose release it is.
        if speaker.is_none()
            && !cue
            && opens_paragraph
            && !short
            && let Some(previous) = previous
            && let Some(Attribution::Name(name)) = opening_subject(previous)
        {
            speaker = self.member_named(&name);
        }
        speaker
    }

    /// The release's member, when `name` names them.
    fn member_named(&self, name: &str) -> Option<String> {
        let member = self.context.member?;
        let theirs = PersonName::parse(&member.name)?;
        let named = PersonName::parse(name)?;
        let first_fits = named
            .first()
            .is_none_or(|f| theirs.first().is_some_and(|t| t.eq_ignore_ascii_case(f)));
        (named.surname.eq_ignore_ascii_case(&theirs.surname) && first_fits)
            .then(|| member.name.clone())
    }

    /// The speaker an attribution names, pronouns and groups resolved;
    /// `at` is where the quote starts.
    fn resolve(&mut self, attribution: Attribution, at: TextPos) -> Option<String> {
        match attribution {
            Attribution::Name(name) => {
                if !plausible(&name) {
                    return None;
                }
                self.named.push((at, name.clone()));
                Some(name)
            }
            // `“…,” she said.`, then `“…,” she added.` paragraphs on: the
            // person a pronoun stood for is the nearest for the next one.
            Attribution::Pronoun(gender) => {
                let name = self.nearest(gender, at)?;
                if self.also_said_by_another(gender, at, &name) {
                    return None;
                }
                self.named.push((at, name.clone()));
                self.note_gender(&name, gender, at);
                Some(name)
            }
            Attribution::Office(gender, office) => self.nearest_in_office(gender, &office, at),
            Attribution::Possessive(gender) => self
                .nearest(gender, at)
                .or_else(|| self.mentioned(gender, at)),
            // A newsletter's `I` is whom its masthead names.
            Attribution::FirstPerson => self
                .context
                .voice(at.paragraph as usize)
                .or_else(|| voice::of_masthead(self.paragraphs.iter().map(|p| p.text.as_str()))),
            Attribution::SecondPerson => self
                .context
                .addressee(at.paragraph as usize)
                .or_else(|| self.vocative(at))
                .or_else(|| self.addressed_in_turn(at)),
            Attribution::Group(group) => self.group(&group),
            Attribution::Organization(name) => Some(name),
            Attribution::Title(title) => {
                let mut name = self.context.titled(&title, self.paragraphs, at)?;
                // `National Security Advisor Ann Roe`: the name without
                // the words of its office that are no title.
                if !is_person_name(&name) {
                    name = PersonName::parse(&name)?.full();
                }
                self.named.push((at, name.clone()));
                Some(name)
            }
        }
    }

    /// The person a label of one surname names (`YELLEN:` in an
    /// interview's transcript, `Wijesekera:` before a signing's quotation),
    /// when the release gives that surname a full name (`Treasury
    /// Secretary Janet Yellen`).
    fn surname_label(&self, lead: &str) -> Option<Attribution> {
        let word = lead.trim().trim_matches(['*', '_']).strip_suffix(':')?;
        let shaped = |upper: fn(&char) -> bool| {
            let mut chars = word.chars();
            chars.next().is_some_and(|c| c.is_uppercase())
                && chars.all(|c| upper(&c) || matches!(c, '-' | '’' | '\''))
        };
        let capitals = shaped(|c| c.is_uppercase());
        let title_case = shaped(|c| c.is_lowercase() || c.is_uppercase());
        if word.chars().count() < 3 || !(capitals || title_case) {
            return None;
        }
        let surname = capitalised(&word.to_lowercase());
        let surname = if capitals { surname } else { word.to_string() };
        let full = complete::complete(&surname, self.texts())?;
        (full.contains(' ') && is_person_name(&full)).then_some(Attribution::Name(full))
    }

    /// The release's member, when the group speaking includes them: the
    /// group's chamber is the member's, and the member is among the names
    /// listed or named in the release. A group named by titles is the one
    /// of them the release's title names ([`joint_speaker`]).
    fn group(&self, group: &Group) -> Option<String> {
        if !group.titles.is_empty() {
            return joint_speaker(&group.titles, self.context, self.paragraphs);
        }
        // `said Ann Roe and Bo Park`: a joint statement the first named
        // speaks for, unless the release's member is among them.
        let first_listed = || group.first.clone().filter(|first| plausible(first));
        let Some(member) = self.context.member else {
            return first_listed();
        };
        let surname = PersonName::parse(&member.name)?.surname;
        if let (Some(chamber), Some(theirs)) = (group.chamber, member.chamber.as_deref())
            && !chamber.holds(theirs)
        {
            return None;
        }
        let named = match &group.listed {
            Some(listed) => listed.contains(surname.as_str()),
            None => self
                .paragraphs
                .iter()
                .any(|p| p.text.contains(surname.as_str())),
        };
        if named {
            return Some(member.name.clone());
        }
        first_listed()
    }

    /// The speaker of the previous quote, when this one continues it: a
    /// second quote in the same paragraph (no sentence about someone else
    /// between them), or a quote paragraph right after one, within one
    /// transcript turn.
    fn inherited(&self, quotes: &[Quote], span: &Extent, opens_paragraph: bool) -> Option<String> {
        let previous = quotes.last()?;
        let same_paragraph = previous.end.paragraph == span.start.paragraph;
        // Separators such as `***` between the paragraphs do not interrupt.
        let between = self
            .paragraphs
            .get(previous.end.paragraph as usize + 1..span.start.paragraph as usize)
            .unwrap_or(&[]);
        let next_paragraph = opens_paragraph
            && previous.end.paragraph < span.start.paragraph
            && between
                .iter()
                .all(|p| !p.text.chars().any(char::is_alphanumeric));
        let same_turn = self.context.turn_index(previous.end.paragraph as usize)
            == self.context.turn_index(span.start.paragraph as usize);
        if !((same_paragraph || next_paragraph) && same_turn) {
            return None;
        }
        // A few words quoted inside a sentence (`funds "greatly
        // benefited" the state`) are no speech a next paragraph goes on.
        if !same_paragraph {
            let words = self.paragraphs[previous.start.paragraph as usize]
                .text
                .get(previous.start.offset as usize..)
                .filter(|_| previous.start.paragraph == previous.end.paragraph)
                .and_then(|t| t.get(..(previous.end.offset - previous.start.offset) as usize))
                .map_or(usize::MAX, |q| q.split_whitespace().count());
            if words <= MAX_PARTIAL_WORDS {
                return None;
            }
        }
        let speaker = previous.speaker.clone()?;
        // `… to "lock arms." Irene Khan highlighted that "…"`: someone
        // else may be speaking now.
        if same_paragraph {
            let text = self.paragraphs[span.start.paragraph as usize].text.as_str();
            let between = text
                .get(previous.end.offset as usize..span.start.offset as usize)
                .unwrap_or("");
            // The words right after the previous quote finish its sentence
            // (`," said Ann Roe, Director, Acme.`); a later sentence whose
            // subject is someone else (or a name readout cannot read)
            // hands the paragraph to them.
            let first_sentence = between.len() - between.trim_start().len();
            let surname = PersonName::parse(&speaker).map(|n| n.surname.to_lowercase());
            let someone_else = subjects(between, true)
                .into_iter()
                .filter(|(at, _)| *at != first_sentence)
                .any(|(_, subject)| {
                    let name = match subject {
                        Some(Attribution::Name(name)) => Some(name),
                        _ => None,
                    };
                    name.and_then(|s| PersonName::parse(&s))
                        .map(|n| n.surname.to_lowercase())
                        != surname
                });
            // `… “defying predictions.” The data showed that “prices
            // fell.”`: a quotation set inside a later sentence of its own
            // is that sentence's, not the earlier speaker's.
            let previous_ended = text
                .get(previous.start.offset as usize..previous.end.offset as usize)
                .is_some_and(|q| {
                    q.trim_end_matches(['"', '”', '’', '\''])
                        .ends_with(['.', '!', '?'])
                });
            let last_sentence = match between.rfind(['.', '!', '?']) {
                Some(end) => &between[end + 1..],
                None if previous_ended => between,
                None => "",
            };
            let embedded = last_sentence.split_whitespace().count() > MAX_LEAD_IN;
            if someone_else || embedded {
                return None;
            }
        }
        Some(speaker)
    }
}

/// True for a lead that goes on with the sentence's subject saying more
/// after a quotation (`, and added: `, `and said, `): `and`, a speech
/// verb, and a colon or a comma.
fn goes_on_saying(lead: &str) -> bool {
    let words: Vec<&str> = lead
        .trim_start_matches(|c: char| {
            matches!(c, ',' | '"' | '”' | '’' | '\'') || c.is_whitespace()
        })
        .split_whitespace()
        .collect();
    matches!(words[..], ["and", verb] if verb.ends_with([':', ',']) && verb_len(&[verb.trim_end_matches([':', ','])]) > 0)
}

/// Most words of a quotation read as a partial one, inside a sentence.
const MAX_PARTIAL_WORDS: usize = 3;

/// Most words before a quotation in its sentence that still leave it
/// continuing the speech before it (`He added, "…"` is cued; `And "…"`).
const MAX_LEAD_IN: usize = 2;

/// Most words of a heading that says whose statement follows.
const MAX_HEADING_WORDS: usize = 12;

/// True for a paragraph that introduces what follows it: one ending in a
/// colon, or one whose last sentence announces `the following statement`
/// though it ends in a full stop (`Rep. Roe today released the following
/// statement on the attacks.`).
fn announces_what_follows(paragraph: &str) -> bool {
    let text = paragraph.trim_end();
    if text.ends_with(':') {
        return true;
    }
    let body = text.strip_suffix('.').unwrap_or(text);
    let last = body
        .rsplit(['.', '!', '?'])
        .next()
        .unwrap_or(body)
        .to_lowercase();
    text.ends_with('.') && last.contains("the following statement")
}

/// True for text that is empty but for spaces and emphasis marks (`*“…”*`:
/// an epigraph set in italics).
fn is_emphasis_only(text: &str) -> bool {
    text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
        .is_empty()
}

/// True when a sentence ends in `text` (a full stop that is not an
/// abbreviation's, `!`, `?`, `;`).
fn ends_a_sentence(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| w.ends_with(['!', '?', ';']) || (w.ends_with('.') && !is_abbreviation(w)))
}

/// Most words between two quotations for the second, a short sentence, to
/// go on with the first's speaker (`Roe said in a statement on Monday.`).
const MAX_SAYER_WORDS: usize = 10;

/// The text inside a quote's closing mark in its last paragraph.
fn quote_inner<'a>(last: &'a str, span: &Extent) -> &'a str {
    let from = if span.start.paragraph == span.end.paragraph {
        span.start.offset as usize
    } else {
        0
    };
    let text = last.get(from..span.end.offset as usize).unwrap_or("");
    text.trim_end_matches(['"', '”', '’', '\'', '“', '»', '«'])
        .trim_end()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, some, speakers};

    #[test]
    fn a_numbered_local_s_president_is_not_the_release_s() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Remarks by Vice President Bo Park at Local 418",
                None,
                &[
                    "Thank you to Local 418 President Ann Roe for that introduction.",
                    "The President asked me to bring you a message, as he wrote it: “The door is open.”",
                ],
            ),
            [None]
        );
    }

    #[test]
    fn you_in_an_interviewer_s_turn_is_the_guest_under_either_label() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Interview with Agriculture Secretary Lorraine Dubois-Whitaker",
                None,
                &[
                    "KWAME ASANTE-MENSAH, HOST: Good morning. I'm Kwame Asante-Mensah. Joining me is the Secretary of Agriculture, Lorraine Dubois-Whitaker. Madam Secretary, welcome.",
                    "SECRETARY LORRAINE DUBOIS-WHITAKER: Good morning, Kwame.",
                    "ASANTE-MENSAH: Last month you said on this program, and I wrote it down, “Relief will be in farmers’ hands by harvest.” Where is it?",
                    "DUBOIS-WHITAKER: The first payments went out on Friday.",
                    "ASANTE-MENSAH: To how many farmers?",
                ],
            ),
            [some("Secretary Lorraine Dubois-Whitaker")]
        );
    }

    #[test]
    fn a_pronoun_in_a_turn_looks_back_to_the_question_it_answers_and_no_further() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Press Briefing by Press Secretary Dana Lyle",
                None,
                &[
                    "MS. LYLE: Good afternoon. Secretary Ann Roe spoke this morning.",
                    "Q: Thanks. Senator Bo Park said the plan is “dead on arrival.” And does the President have the votes?",
                    "MS. LYLE: Look, the Senator has said a lot of things. I’d point you to January, when he called the compact “the most serious proposal in a generation.”",
                    "Q: The governor's office put up signs all over town saying “Open for Business.” Is that right?",
                    "MR. HALLORAN: Carla Ruiz-Haddad, Your Honor. She told investigators, “I never saw the ledger.”",
                    "Q: And the mayor?",
                    "MS. LYLE: She said, “We are ready.”",
                ],
            ),
            [
                some("Senator Bo Park"),
                some("Senator Bo Park"),
                None,
                some("Carla Ruiz-Haddad"),
                None
            ]
        );
    }

    #[test]
    fn a_turn_s_label_is_no_part_of_the_sentence_addressing_someone() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Town Hall with President Adaeze Vollmer-Nwosu",
                None,
                &[
                    "MODERATOR: Next question, from Tomasina Reyes-Blackwood.",
                    "MS. REYES-BLACKWOOD: President Vollmer-Nwosu, last fall you told the Daily Lantern that no student would be “priced out of Halloway.” Do you stand by that?",
                    "PRESIDENT VOLLMER-NWOSU: I do.",
                ],
            ),
            [some("President Vollmer-Nwosu")]
        );
    }

    #[test]
    fn he_also_said_means_who_spoke_before_not_someone_the_last_turn_named() {
        use super::super::testing::speakers_in;
        assert_eq!(
            speakers_in(
                "Press Briefing by Press Secretary Ann Roe",
                None,
                &[
                    "MS. ROE: Good afternoon.",
                    "Q: Senator Bo Park said this morning that the plan is “dead on arrival.” Is it?",
                    "MS. ROE: No. The senator is entitled to his opinion. The President has had good talks with both parties.",
                    "Q: But he also said, “The White House hasn't called in a month.” Has the President spoken to him?",
                    "MS. ROE: We are in touch.",
                ],
            ),
            [some("Senator Bo Park"), None]
        );
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
    fn advising_suggesting_and_present_tense_verbs_are_speech() {
        assert_eq!(
            speakers(&[
                "Mr. Bo Park advised to “act now; act big.”",
                "Ms. Ann Roe advocated for a seat for everyone, including the hardest hit: “We win together.”",
                "“Wait a year,” Cy Lowe suggested.",
                "As Governor Di Hart reminds us, our job is to “build the levee higher.”",
                "Dr. Ed Moss argues that the dam “cannot hold another spring.”",
            ]),
            [
                some("Mr. Bo Park"),
                some("Ms. Ann Roe"),
                some("Cy Lowe"),
                some("Governor Di Hart"),
                some("Dr. Ed Moss")
            ]
        );
    }

    #[test]
    fn a_surgeon_general_keeps_the_whole_title() {
        assert_eq!(
            speakers(&["“Wash your hands,” said Surgeon General Ann Roe."]),
            [some("Surgeon General Ann Roe")]
        );
    }

    #[test]
    fn being_clear_or_blunt_before_a_colon_introduces_a_quotation() {
        assert_eq!(
            speakers(&[
                "In remarks to the council, Governor Ann Roe was clear: “There is no easy way out.”",
                "Bo Park was blunt: “The levee will not hold.”",
                "The message was clear: “Leave now.”",
            ]),
            [some("Governor Ann Roe"), some("Bo Park"), None]
        );
    }

    #[test]
    fn a_news_outlet_is_quoted_as_such() {
        assert_eq!(
            speakers(&[
                "Several outlets wrote about the plan this week.",
                "As Politico put it, “the plan has changed the debate.”",
                "“The deal is the largest of its kind in years.” — Axios",
                "“Prices fell for a third month,” the Elm Valley Gazette reported.",
                "As Roe put it, “the plan has changed the debate.”",
            ]),
            [
                some("Politico"),
                some("Axios"),
                some("Elm Valley Gazette"),
                None
            ]
        );
    }

    #[test]
    fn an_organization_named_with_the_is_quoted_as_such() {
        assert_eq!(
            speakers(&[
                "The plan will lower costs.",
                "“Families will see relief this year,” the White House said in a statement.",
                "“Borrowers will get help,” said the Department of Rivers.",
                "In Ohio, the Lakes Bureau told the paper that towns “will see relief.”",
                "A former director of the Lakes Bureau wrote that it will “cut costs.”",
                "The text of the Lakes Act says, “rivers are a shared trust.”",
                "“Prices fell,” the Lakes Forum’s Elm Bureau said.",
                "“Prices fell.” The Elm Valley Gazette reported in May that costs rose.",
                "In May, the Lakes Bureau issued guidance that aims to “cut waste.”",
            ]),
            [
                some("White House"),
                some("Department of Rivers"),
                some("Lakes Bureau"),
                None,
                None,
                None,
                None,
                None,
            ]
        );
        // `which` follows a thing; a company named for what it sells.
        assert_eq!(
            speakers(&[
                "The Office of the Ratepayer Advocate, which had argued for less, said the \
                 order was “a partial win.”",
                "In a statement, Brightwell Home Warranty said it “strongly disputes” the claim.",
            ]),
            [None, some("Brightwell Home Warranty")]
        );
    }

    #[test]
    fn a_group_named_with_the_stays_a_group() {
        assert_eq!(
            speakers_in(
                "Roe Leads Letter on Rivers",
                Some(("Ann Roe", "House")),
                &[
                    "Rep. Ann Roe and colleagues wrote to the agency.",
                    "“The river needs help now,” the Members of Congress wrote.",
                ],
            ),
            [some("Ann Roe")]
        );
    }

    #[test]
    fn said_before_the_name_attributes() {
        assert_eq!(
            speakers(&[
                "Rep. Mariannette Miller-Meeks spoke after the vote.",
                "\"We did it,\" said Rep. Bice.",
                "\"It works,\" said Miller-Meeks, adding that more is needed.",
                "\"Good,\" said Senator McConnell (R-KY).",
                "“Fair,” said Congresswoman Stacey E. Plaskett (D-VI).",
            ]),
            [
                some("Rep. Bice"),
                some("Mariannette Miller-Meeks"),
                some("Senator McConnell"),
                some("Congresswoman Stacey E. Plaskett"),
            ]
        );
    }

    #[test]
    fn a_surname_that_is_also_a_sentence_word_ends_a_name() {
        assert_eq!(
            speakers(&[
                "Foreign Minister Mei An held a call with Foreign Secretary Bo Park.",
                "The Foreign Minister said it was \"proof of trust.\"",
                "\"We will act,\" said Minister An.",
                "\"Soon,\" Kim Oh said. An aide said \"fine.\"",
            ]),
            [
                some("Mei An"),
                some("Minister Mei An"),
                some("Kim Oh"),
                None
            ]
        );
    }

    #[test]
    fn said_before_what_a_person_is_and_their_name_attributes_to_the_name() {
        assert_eq!(
            speakers(&[
                "“It works,” said the group’s executive director, Ann Roe.",
                "“It works,” said its founder, Dr. Bo Park, who started it in 2011.",
                "“It works,” said the chief executive of Elm Foods, Cy Lee.",
                "“It works,” said the sister of the victim, Di Moss.",
                "“It works,” said the mayor, thanking Ed Fox.",
                "“It works,” says Ann Weeks, Chief of Staff of the Elm Pacific Women’s Forum.",
            ]),
            [
                some("Ann Roe"),
                some("Dr. Bo Park"),
                some("Cy Lee"),
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn a_clause_or_an_apposition_between_a_name_and_its_verb_names_no_speaker() {
        assert_eq!(
            speakers(&[
                "Tidy Towns chair Una Fitz, whose group restored the former Elm Hotel, said: “Thank you.”",
                "Dr. Ann Lee, a pediatrician at the Keller’s Bend Clinic, warned that “no level is safe,” and left.",
                "A spokesperson for Elm Utilities, which runs the works, said: “We are reviewing it.”",
                "One parishioner at St Agnes, who has attended since 1948, said: “My life is there.”",
            ]),
            [some("Una Fitz"), some("Dr. Ann Lee"), None, None]
        );
    }

    #[test]
    fn a_quotation_after_telling_an_audience_is_the_tellers() {
        assert_eq!(
            speakers(&[
                "Mayor Thomas “Tommy” Rourke told reporters the town had nearly given up. “We applied four times.”",
                "Mayor Ann Roe told Bo Park the town had nearly given up. “We applied four times.”",
            ]),
            [some("Mayor Tommy Rourke"), None]
        );
    }

    #[test]
    fn a_relative_set_off_after_a_phrase_bringing_them_along_is_not_the_subject() {
        assert_eq!(
            speakers(&[
                "The student Maria Ochoa, 19, accompanied by her mother, Rosa Ochoa, told reporters: \"My mom cried.\"",
                "La estudiante Ana Ruiz, acompañada de su madre, Rosa Ruiz, dijo: \"Mi mamá lloró.\"",
            ]),
            [some("Maria Ochoa"), some("Ana Ruiz")]
        );
    }

    #[test]
    fn what_a_title_said_before_a_colon_is_the_title_holders() {
        assert_eq!(
            speakers(&[
                "The President spoke with Prime Minister Anneliese van der Zee. I'll tell you what the Prime Minister said at the end of the call, and her office has said I can share this: \"We are closer than you think.\"",
            ]),
            [some("Prime Minister Anneliese van der Zee")]
        );
    }

    #[test]
    fn words_a_verb_recalls_are_their_owners() {
        assert_eq!(
            speakers(&[
                "Foreign Minister Nasrin al-Hadi held talks. The Minister recalled the words of the late President Farouk Bensaleh at the signing of the treaty, that the two nations were \"neighbours by water and partners by choice.\"",
            ]),
            [some("President Farouk Bensaleh")]
        );
    }

    #[test]
    fn a_participle_in_a_clause_that_opens_is_that_clauses_subjects() {
        assert_eq!(
            speakers(&[
                "I will note that Ann Roe issued a statement this morning saying she \"welcomes the oversight.\"",
                "I will note that SkyLink issued a statement this morning saying it \"welcomes the oversight.\"",
            ]),
            [some("Ann Roe"), None]
        );
    }

    #[test]
    fn what_someone_unnamed_said_before_a_colon_has_no_speaker() {
        assert_eq!(
            speakers(&[
                "Chief Ann Roe spoke. I'll tell you what one of my engine bosses said to me yesterday: \"Chief, I'll sleep in October.\"",
            ]),
            [None]
        );
    }

    #[test]
    fn a_spanish_verb_without_a_subject_is_the_person_just_named() {
        assert_eq!(
            speakers(&[
                "El concejal Rodrigo Peña, quien preside la Comisión de Vivienda del Concejo Municipal, dijo: “Durante años hablamos de esto.”",
                "“No es suficiente, pero es un comienzo”, agregó. “Seguiremos.”",
                "“Gracias,” said. Rep. Ann Roe.",
            ]),
            [
                some("Rodrigo Peña"),
                some("Rodrigo Peña"),
                some("Rodrigo Peña"),
                some("Rep. Ann Roe")
            ]
        );
    }

    #[test]
    fn where_someone_is_from_is_no_speaker_and_an_email_speaks() {
        assert_eq!(
            speakers(&[
                "A listener, Mere Hōhepa from Tallow Bay, wrote to us this morning: \"I have paid tax for forty years.\"",
                "Ann Roe emailed us this morning: \"Who is this budget for?\"",
            ]),
            [some("Mere Hōhepa"), some("Ann Roe")]
        );
    }

    #[test]
    fn an_adverb_of_sequence_opens_a_sentence_as_a_conjunction_does() {
        assert_eq!(
            speakers(&["Then I met Marisol Quintero-Abebe. She told me, \"I am the first.\""]),
            [some("Marisol Quintero-Abebe")]
        );
    }

    #[test]
    fn a_pronoun_after_a_comma_and_and_opens_a_clause_of_its_own() {
        assert_eq!(
            speakers(&[
                "Let me thank Fatima Ben-Haddou. Fatima has been a machinist for nineteen years, and she grabbed my arm and said, \"Do not make this long.\"",
            ]),
            [some("Fatima Ben-Haddou")]
        );
    }

    #[test]
    fn a_saying_another_owns_reported_by_a_teller_is_the_owners() {
        assert_eq!(
            speakers(&[
                "Justice Miriam Oduya-Kemp served for decades. Her son Peter, now a judge, told me that his mother's last instruction to her clerks was \"Check the footnotes.\"",
                "Bo Park told me that Justice Oduya-Kemp's last words were \"Read it twice.\"",
                "Bo Park said his advice was \"Read it twice.\"",
            ]),
            [None, some("Justice Miriam Oduya-Kemp"), some("Bo Park")]
        );
    }

    #[test]
    fn a_quotation_running_on_after_its_speakers_sentence_or_a_stance_is_theirs() {
        assert_eq!(
            speakers(&[
                "Mayor Ann Roe told reporters the town had nearly given up. “We applied four times.",
                "“The people here are not asking for a handout.”",
                "President Bo Park has been unequivocal: “Freedom of navigation is not negotiable.”",
            ]),
            [some("Mayor Ann Roe"), some("President Bo Park")]
        );
    }

    #[test]
    fn someone_smiling_before_a_sentence_of_quotation_speaks_it() {
        assert_eq!(
            speakers(&[
                "Asked about it by reporters, Dr. Ann Roe smiled. “My husband asked me once. I said no.”",
                "Bo Park signed the bill. “This is a great day for the town.”",
            ]),
            [some("Dr. Ann Roe"), None]
        );
    }

    #[test]
    fn an_office_narrowed_to_a_portfolio_is_not_the_last_minister_named() {
        assert_eq!(
            speakers(&[
                "“This deal is about growers,” said Minister Ann Roe.",
                "The agriculture ministry led the talks.",
                "“There were long evenings,” the agriculture minister said.",
                // The same one as just now, whom the text does not name.
                "“We will sign,” the same minister said.",
                "The Minister of Agriculture, Fisheries and Rural Development, Erik Lindgren, led the talks. He spoke at the signing.",
                "“There were long evenings,” the trade minister said.",
            ]),
            [some("Minister Ann Roe"), None, None, None]
        );
    }

    #[test]
    fn before_a_colon_the_speaker_a_that_clause_has_say_it_speaks() {
        assert_eq!(
            speakers(&[
                "Ruth Bellamy lost her son, Marcus.",
                "She told me that every morning, Marcus would text her from the parking lot before his shift: “Going down, Mama. Love you.”",
                "She told me that Bo Park said: “We won the vote today.”",
            ]),
            [some("Marcus"), some("Bo Park")]
        );
    }

    #[test]
    fn words_a_pronoun_owns_are_its_persons_past_own() {
        assert_eq!(
            speakers(&[
                "Bo Park, 81, served two tours. Here is his story, in his own words, lightly edited for length:",
                "“I was nineteen when the letter came. My mother read it first.”",
            ]),
            [some("Bo Park")]
        );
    }

    #[test]
    fn a_name_without_a_title_after_in_is_a_place_not_a_speaker() {
        assert_eq!(
            speakers(&[
                "Its final stanza, inscribed above the entrance to the National Assembly in Vel Sarana, reads:",
                "“We carry the lantern, not the flame.”",
                "Ann Roe, a nurse in Elm Valley, said: “We won the vote today.”",
            ]),
            [None, some("Ann Roe")]
        );
    }

    #[test]
    fn a_paper_after_someone_addressed_is_no_person() {
        assert_eq!(
            speakers(&[
                "MR. ROE: Dr. Park, the Institute's own press release last month called the bill a “responsible first step.” Do you stand by that?",
                "As Ann Lee, the group founder said, “We won the vote today.”",
            ]),
            [None, some("Ann Lee")]
        );
    }

    #[test]
    fn an_office_of_a_list_of_portfolios_is_set_off_before_the_name() {
        assert_eq!(
            speakers(&[
                "“This deal is about growers,” said Minister Ann Roe.",
                "The Minister of Agriculture, Fisheries and Rural Development, Erik Lindgren, led the talks. He said they ran late.",
                "“There were long evenings.”",
            ]),
            [some("Minister Ann Roe"), some("Erik Lindgren")]
        );
    }

    #[test]
    fn a_paragraph_of_quotation_after_one_reporting_its_speaker_is_theirs() {
        assert_eq!(
            speakers(&[
                "Mereana Roe said landowners would be supported to trap on private land.",
                "“I have met farmers here who have run trap lines for twenty years.”",
                "President Bo Lee, President Cy Ng and President Di Fox stated:",
                "“We intend to work together on reform of the trade rules.”",
            ]),
            [some("Mereana Roe"), None]
        );
    }

    #[test]
    fn names_with_particles_or_described_after_the_verb_are_read() {
        assert_eq!(
            speakers(&[
                "Dr. Samira al-Haddad leads it. “If we miss July, we miss the year,” Al-Haddad warned.",
                "“These gardens have changed what we eat,” said Amina, a 34-year-old mother of four in Dalu.",
                "Head teacher Gethin ap Rhodri, who has led the school since 2018, said: “This changes that.”",
            ]),
            [
                some("Samira al-Haddad"),
                some("Amina"),
                some("Gethin ap Rhodri")
            ]
        );
    }

    #[test]
    fn where_someone_is_from_who_asks_and_titles_of_works_give_no_speaker() {
        assert_eq!(
            speakers(&[
                "Earl, from Wicker Falls, told the congresswoman about his pharmacist. “I’m 74 years old,” he recalled.",
                "Q: Thanks. Dr. Ann Roe, several governors have called the response “chaotic.” Why trust this one?",
                "In the op-ed, titled “Our Hospitals Can’t Wait for Washington,” Bo Park wrote:",
                "Senator Cy Lee spoke with host Bianca Forsythe on Sunday.",
                "Forsythe also asked whether the bill had the votes. “I have 31 co-sponsors,” he joked.",
            ]),
            [some("Earl"), None, None, some("Senator Cy Lee")]
        );
    }

    #[test]
    fn words_describing_a_person_before_their_name_open_the_subject() {
        assert_eq!(
            speakers(&[
                "National team captain Tobias Eze welcomed it, writing on social media: “Welcome, boss.”",
                "Local runner Stephen Mallory will run all day. “I’ll be dressed as a lantern,” he said.",
            ]),
            [some("Tobias Eze"), some("Stephen Mallory")]
        );
    }

    #[test]
    fn a_person_described_then_named_is_the_subject_of_a_verb_series() {
        assert_eq!(
            speakers(&[
                "The law’s chief sponsor, Senator Ada Whitlock of Ostvale, stood on the floor and said, “A river belongs to the children.”",
                "The mayor and the chair of the board, Ann Roe, stood up and said, “We are done.”",
            ]),
            [some("Senator Ada Whitlock"), None]
        );
    }

    #[test]
    fn what_someone_used_to_tell_or_would_say_is_theirs() {
        assert_eq!(
            speakers(&[
                "My predecessor, Chief Lorna Castellane, used to tell new recruits, “The fire is one problem.”",
                "Ann Roe would say, “Keep something back.”",
                "But I would say he would convey to them: “I have asked my team to help.”",
            ]),
            [some("Chief Lorna Castellane"), some("Ann Roe"), None]
        );
    }

    #[test]
    fn verbs_after_a_subordinator_are_its_clauses_subjects() {
        assert_eq!(
            speakers(&[
                "Pieter de Wildt voted for it in March. I remember because he stood up and said, “There is no opposition.”",
                "Minister for Rural Affairs Deirdre Ní Bhraonáin visited Elm. “We are here,” Ní Bhraonáin said.",
            ]),
            [some("Pieter de Wildt"), some("Deirdre Ní Bhraonáin")]
        );
    }

    #[test]
    fn honorifics_between_an_office_and_a_name_belong_to_the_name() {
        assert_eq!(
            speakers(&[
                "Prime Minister Rt Hon Ann Roe visited the peninsula in February.",
                "“We pull in the same direction,” the Prime Minister said.",
                "Union Minister for Water Resources Shri Bo Park dedicated the project.",
                "“Every drop counts,” the Minister said.",
                "The Governor of Elm Province, Hon. Cy Lee, who visited last week, praised it.",
                "“This help stays,” the Governor said.",
            ]),
            [
                some("Prime Minister Rt Hon Ann Roe"),
                some("Minister Shri Bo Park"),
                some("Governor Hon. Cy Lee")
            ]
        );
    }

    #[test]
    fn said_before_a_person_described_at_length_attributes_to_the_name_closing_the_sentence() {
        assert_eq!(
            speakers(&[
                "“It works,” said the former courier who founded the charity in 2011, ran it \
                 unpaid for six years and still rides every Friday, Ann Roe.",
                "“It works,” said the clammer who sits on the county’s board, Bo Park Jr.",
                "“It works,” said the officer who met the victim’s father, Cy Lee.",
                "“It works,” said the officer who met the families, Di Moss.",
                "“It works,” said the aide who met Mayor Ed Fox on Friday, Al Ng.",
                "“It works,” said the aide who met the mayor on Friday, Al Ng, and left.",
                "“It works,” said the hydrologist who chairs the Lake Advisory Panel, Eve Orr.",
            ]),
            [
                some("Ann Roe"),
                some("Bo Park Jr."),
                None,
                None,
                None,
                None,
                some("Eve Orr")
            ]
        );
    }

    #[test]
    fn remarks_below_a_line_pointing_to_them_are_the_speakers() {
        assert_eq!(
            speakers(&[
                "Today, Senator Kestrel Roe spoke on the Senate floor.",
                "Below is an excerpt of her remarks as prepared for delivery:",
                "“Madam President, I rise today.”",
            ]),
            [some("Senator Kestrel Roe")]
        );
    }

    #[test]
    fn a_number_in_what_an_office_is_of_comes_before_the_name() {
        assert_eq!(
            speakers(&[
                "“We strike,” said Local 417 President Ann Roe, a driver for 22 years.",
                "“We go,” said Bo Park 2024.",
            ]),
            [some("President Ann Roe"), some("Bo Park")]
        );
    }

    #[test]
    fn a_body_speaks_not_the_person_chairing_it() {
        assert_eq!(
            speakers(&[
                "The jury, chaired by actor Ann Roe, said the film was “a work of patience.”",
                "The letter, led by Rep. Bo Park, states that “it is our duty.”",
                "“We agree,” said Elm Harriers head coach Cy Lee.",
            ]),
            [None, some("Rep. Bo Park"), some("Cy Lee")]
        );
    }

    #[test]
    fn retired_and_former_officers_keep_their_rank() {
        assert_eq!(
            speakers(&[
                "“It works,” said the group’s director, Col. (Ret.) Ann Roe.",
                "Lt. Col. (Ret.) Bo Park said, “It works.”",
                "“It works,” said former Sen. Cy Lee.",
                "“It works,” said retired Gen. Di Moss.",
                "“It works,” said Maj. Gen. Ed Fox.",
                "“It works,” said Next Gen Voters.",
            ]),
            [
                some("Col. Ann Roe"),
                some("Lt. Col. Bo Park"),
                some("Sen. Cy Lee"),
                some("Gen. Di Moss"),
                some("Maj. Gen. Ed Fox"),
                None
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
                "President Xi Jinping met the delegation.",
                "Xi said \"peace matters.\"",
                "Xi said that \"trade matters.\"",
                "Rep. Jane Roe stated: \"We will win this fight.\"",
                "Senator Kim, in a letter to the agency, wrote: “Answer us now.”",
            ]),
            [
                some("Xi Jinping"),
                some("Xi Jinping"),
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
    fn a_title_quoted_earlier_in_the_sentence_leaves_its_subject_before_it() {
        assert_eq!(
            speakers(&[
                "Kenji Morioka, who shot “The Lantern Keeper” over three summers, said he was \
                 “still in shock” at being given the slot.",
            ]),
            [None, some("Kenji Morioka")]
        );
    }

    #[test]
    fn a_relation_or_a_clause_between_a_name_and_its_verb_is_read_past() {
        assert_eq!(
            speakers(&[
                "Chief Constable Fergus MacAlister traveled for the ceremony. “We grieve,” \
                 MacAlister said.",
                "Officer al-Haddad’s widow, Leila al-Haddad, spoke last. “Thank you, Chief,” she said.",
                "Roe’s attorney, Lionel Park, said he would appeal. “We respect the jury,” he said.",
                "Rep. Margit Sørensen-Bailey signed the letter.",
                "Sørensen-Bailey, whose district includes Harrow Point, added: “This is a rounding \
                 error.”",
            ]),
            [
                some("Fergus MacAlister"),
                some("Leila al-Haddad"),
                some("Lionel Park"),
                some("Margit Sørensen-Bailey")
            ]
        );
    }

    #[test]
    fn a_name_someone_addresses_before_an_unnamed_subject_is_not_the_subject() {
        assert_eq!(
            speakers(&[
                "CEO Rajiv Roe opened the call.",
                "Rajiv, a competitor's CEO said last week that pricing has become “irrational.”",
                "As Ann Roe, the group’s founder said, “Lawyers face the shockwaves.”",
            ]),
            [None, some("Ann Roe")]
        );
    }

    #[test]
    fn a_marshal_is_a_title() {
        assert_eq!(
            speakers(&[
                "“The cause appears accidental,” according to Deputy Fire Marshal Hollis Roe."
            ]),
            [some("Marshal Hollis Roe")]
        );
        // A rank's `Class` is no given name of the woman after it.
        assert_eq!(
            speakers(&[
                "Brig. Gen. Sam Petrakis walked the floor. \"It is the best floor,\" he said.",
                "Petrakis later recalled his platoon sergeant, Sgt. 1st Class Dolores Roe, telling \
                 him, \"Talk logistics.\" \"I didn't understand her until I was a major,\" he said.",
            ]),
            [
                some("Brig. Gen. Sam Petrakis"),
                some("Class Dolores Roe"),
                some("Sam Petrakis")
            ]
        );
    }

    #[test]
    fn a_short_sentence_of_quotation_after_its_speakers_words_is_theirs() {
        assert_eq!(
            speakers(&[
                "Senator Ann Roe spoke.",
                "“We are asking families to pay,” Roe said in a statement. “That is backwards.”",
                "The bill is “historic.” Critics call it “a mess.”",
            ]),
            [some("Ann Roe"), some("Ann Roe"), None, None]
        );
    }

    #[test]
    fn a_chain_of_pronouns_keeps_the_person_the_first_stood_for() {
        assert_eq!(
            speakers(&[
                "Senior Ranger Grace Holm led the patrol.",
                "“We won,” she said.",
                "“We won again,” she said.",
                "“We won a third time,” she said.",
                "“We walked in. The horns were buried,” Holm said.",
            ]),
            [
                some("Grace Holm"),
                some("Grace Holm"),
                some("Grace Holm"),
                some("Grace Holm")
            ]
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
    fn a_pronoun_that_stood_for_someone_says_their_gender_later() {
        // `he` stood for Brekkestø: of the two joined later, `she` is Roe.
        assert_eq!(
            speakers(&[
                "Harbour master Tor Brekkestø warned of delays. “Expect the ferry to run late,” he said.",
                "Brekkestø and Mayor Kim Roe toured the pier. “We will reopen by Friday,” she added.",
            ]),
            [some("Tor Brekkestø"), some("Mayor Kim Roe")]
        );
        // Two people of one surname: what `he` said of one is not the other's.
        assert_eq!(
            speakers(&[
                "Kim Roe and Sam Roe lead the lab. “We argue,” Dr. Roe said. “Often,” he added.",
                "Professor Roe and Tor Elm toured the pier. “We will reopen by Friday,” she added.",
            ]),
            [some("Dr. Roe"), some("Dr. Roe"), None]
        );
        // Only a pronoun in the paragraph naming the person teaches: one
        // from further back may have been read wrong.
        let said = speakers(&[
            "Bishop Tor Elm spoke first.",
            "“We are ready,” she said.",
            "Elm and Kim Roe toured the pier. “Good,” he said.",
        ]);
        assert_eq!(said[1], None);
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
        // An office and its scope, then the name set off by commas.
        assert_eq!(
            speakers(&[
                "Chair of the Elm River Trust, Ann Roe, said the trust would be a partner.",
                "“We walked this valley,” she said.",
                "Elder Agnes Whitefeather-Lamothe opened the ceremony.",
                "“Thank you for coming,” said Elder Whitefeather-Lamothe.",
            ]),
            [some("Ann Roe"), some("Elder Agnes Whitefeather-Lamothe")]
        );
        // Two men joined with where each is from: `he` is either.
        assert_eq!(
            speakers(&[
                "Capt. Lars Pettersen of Engine 3 and Lt. Gabriel Ostrowski of Ladder 1 led the \
                 crews in.",
                "“The smoke was banked down to the floor,” he said.",
            ]),
            [None]
        );
        // Of two people a sentence joins, the one whose gender is unknown
        // when the other's is known to be the other one.
        assert_eq!(
            speakers(&[
                "Robert Lind and Xiu-Mei Tsang met at a hackathon. “He had the problem and I had \
                 the math,” she recalled.",
                "Robert Lind and Kai Tsang met at a hackathon. “It took ten minutes,” he recalled.",
            ]),
            [some("Xiu-Mei Tsang"), None]
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
    fn a_surname_the_release_never_completes_is_no_speaker() {
        assert_eq!(speakers(&["\"We did it,\" said Johnson."]), [None]);
    }

    #[test]
    fn a_pronoun_after_a_subject_that_cannot_be_read_stays_unknown() {
        assert_eq!(
            speakers(&[
                "U.N. Secretary-General Ana Guterra stressed the need to act.",
                "In closing remarks, Climate Czar Xandor Forbes Kerr reviewed the commitments. He noted that the nations had “sounded the same alarm bells about the crisis.”",
            ]),
            [None]
        );
        // An acronym before a name is an office (`SPEC Kerr`), and the
        // release gives the full name.
        assert_eq!(
            speakers(&[
                "Special Presidential Envoy for Climate (SPEC) John Kerr opened the meeting.",
                "U.N. Secretary-General Ana Guterra stressed the need to act.",
                "In closing remarks, SPEC Kerr reviewed the commitments. He noted that the nations had “sounded the same alarm bells.”",
            ]),
            [some("John Kerr")]
        );
        assert_eq!(
            speakers(&[
                "U.N. Secretary-General Ana Guterra stressed the need to act. She urged “an agenda that moves faster than the last one.”",
            ]),
            [some("Secretary-General Ana Guterra")]
        );
    }

    #[test]
    fn short_quotes_after_a_speech_verb_are_the_speakers_words() {
        assert_eq!(
            speakers(&[
                "Sen. Ada Moss said the plan was “woefully short.” Moss called the bill “garbage.”",
                "U.N. Secretary-General Ana Guterra stressed the need to act. She urged an “acceleration agenda” by rich nations and the need to “turbo-charge” finance.",
            ]),
            [
                some("Sen. Ada Moss"),
                some("Ada Moss"),
                some("Secretary-General Ana Guterra"),
                some("Secretary-General Ana Guterra")
            ]
        );
    }

    #[test]
    fn a_quotation_joined_by_and_to_the_one_before_is_the_same_speakers() {
        assert_eq!(
            speakers(&[
                "Rep. Ada Moss called the bridge plan “reckless,” and “costly” — and led the vote against it.",
            ]),
            [some("Rep. Ada Moss"), some("Rep. Ada Moss")]
        );
        // Alone, a quotation before a dash is a term the dash explains.
        assert_eq!(
            speakers(&[
                "Rep. Ada Moss called the bridge plan “reckless,” and took on “junk fees” – charges hidden until checkout.",
            ]),
            [some("Rep. Ada Moss"), None]
        );
    }

    #[test]
    fn terms_in_a_sentence_with_a_speech_verb_have_no_speaker() {
        assert_eq!(
            speakers(&[
                "President Bo Park said the nation stays committed to the “one China” policy.",
                "Rep. Ada Moss announced a friendly “double or nothing” wager on the game.",
                "Rep. Ada Moss said she will end so-called “surprise billing” this year.",
                "Rep. Ada Moss announced her plan to take on “junk fees” – charges hidden until checkout.",
                "Rep. Ada Moss said the “Solar for All” program opens in May.",
                "Rep. Ada Moss called on the agency to move the manatee from “threatened” to “endangered.”",
                "The President continues to call on Congress to ban surprise “resort fees,” and more.",
                "“Lock up,” Ada Moss said, repeating the office’s “Lock It, Light It, Report It” campaign.",
                "Ada Moss said tenders open in May under the program's motto, “Roads that unite”.",
                "Ada Moss later wrote a memoir, “Order, Order: A Life in the Chair”, and taught.",
                "Ann Roe read from the book: “Someday,” Bo Park wrote, “we will be free.”",
                "Ann Roe said the study, “Blue Carbon Burial Rates,” published today, is new.",
                "Ann Roe asked about an internal assessment, “Barracks Condition Review,” in detail.",
                "Ada Moss won for her third collection, “Inventory of a Kitchen at Night,” the Elm Trust announced.",
                "I'd note that the headline, “Navy Stretched Thin,” appears nowhere in the piece.",
                "El gobernador Ann Roe señaló que la obra forma parte del programa “Agua para Todos”, que sigue.",
            ]),
            [
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                some("Ada Moss"),
                None,
                None,
                None,
                some("Bo Park"),
                some("Bo Park"),
                None,
                None,
                None,
                None,
                None,
            ]
        );
    }

    #[test]
    fn a_possessive_and_what_was_said_name_the_speaker() {
        assert_eq!(
            speakers(&[
                "Prime Minister Kay Sato spoke first. President Bo Park thanked him, noting that the Prime Minister’s declaration that “any use of such arms is an act against humanity” was heard.",
            ]),
            [some("Prime Minister Kay Sato")]
        );
        // A verb after a plural noun, not what was said.
        assert_eq!(
            speakers_in(
                "Hearing",
                None,
                &[
                    "MR. BO PARK: I have done this work for years, and my crews call that stretch of highway “the long mile.”"
                ]
            ),
            [None]
        );
    }

    #[test]
    fn whose_words_the_quotation_is_says_who_said_it() {
        let body = [
            "THE MAYOR: I read it. And my message is simple: “Come back to the table.”",
            "My exact words at that press conference were, “We own this.”",
            "Chancellor Ann Roe insisted on it. Her words to me in Elmland were, “No patrols, no signature.”",
            "Last night, President Bo Park’s message was clear: “under his leadership, the economy is stronger.”",
            "One of them, Tad van der Merwe-Castillo, put it in writing. His email to the regional director said, “We fly what we have.”",
        ];
        assert_eq!(
            speakers_in("Remarks by Mayor Cy Lee", None, &body),
            [
                some("Mayor Cy Lee"),
                some("Mayor Cy Lee"),
                some("Chancellor Ann Roe"),
                None,
                some("Tad van der Merwe-Castillo")
            ]
        );
    }

    #[test]
    fn a_speech_verb_governs_a_clause_ending_its_long_sentence() {
        assert_eq!(
            speakers(&[
                "Governor Ann Roe spoke first. She stressed that towns require constant work and care, and that it is upon every leader to build more open and fair places to live, including in the valley, where “we know that we have work to do.”",
                "Governor Ann Roe spoke first. She wrote to the boards, asking whether they meet their duty under the law and the many rules of the state to give the rivers and lakes of the valley “the same or greater protections”",
            ]),
            [some("Governor Ann Roe"), None]
        );
    }

    #[test]
    fn where_the_subject_said_it_stands_between_them_and_the_verb() {
        assert_eq!(
            speakers(&[
                "President Ann Roe in a statement said the state is “ground zero for clean energy. Our plan is working.”",
                "Bo Park, in a tweet, said the plan was “a great day for the valley and for all of us.”",
                "“Violence has been rising in our towns,” says Cy Lowe, Interim Director of the Elm Forum.",
            ]),
            [some("President Ann Roe"), some("Bo Park"), some("Cy Lowe")]
        );
    }

    #[test]
    fn a_sentence_opening_with_and_i_names_no_one_to_stop_a_pronoun() {
        assert_eq!(
            speakers(&[
                "I never forgot what Prime Minister Ann Roe told me. As we stood there, she said, “Don’t look so worried.”",
                "And I looked at her as I turned my head, and she said, “We have nowhere else to go.”",
            ]),
            [
                some("Prime Minister Ann Roe"),
                some("Prime Minister Ann Roe")
            ]
        );
    }

    #[test]
    fn words_introducing_the_next_quotation_after_a_full_stop_are_its() {
        assert_eq!(
            speakers(&[
                "In her opening message, Vice President Ann Roe remarked, “I am confident that our towns will work together.” Secretary Bo Park added, “This dialogue lets us plan.”",
                "Senator Cy Lee called me over. He said, “Joe, will you do my eulogy?” I said, “Yes, of course.”",
            ]),
            [
                some("Vice President Ann Roe"),
                some("Secretary Bo Park"),
                some("Senator Cy Lee"),
                None
            ]
        );
    }

    #[test]
    fn a_memorandum_issued_says_what_its_issuer_says() {
        assert_eq!(
            speakers(&[
                "On day one, President Ann Roe issued a memorandum directing the agencies to “preserve and fortify” the program.",
            ]),
            [some("President Ann Roe")]
        );
    }

    #[test]
    fn a_phrase_called_by_its_sayer_is_theirs_before_an_adverb() {
        assert_eq!(
            speakers(&[
                "Representative Ann Roe still called the Act a “massive failure” nearly one year after.",
                "Elm Action: “Governor Bo Park just said, ‘When young people struggle, we owe them care.’ We agree.”",
            ]),
            [
                some("Representative Ann Roe"),
                some("Elm Action"),
                some("Governor Bo Park")
            ]
        );
    }

    #[test]
    fn whom_a_speaker_represents_and_what_a_document_says_are_no_speakers() {
        assert_eq!(
            speakers(&[
                "Prime Minister Ann Roe, representing the Elm Vulnerable Forum, stressed moving to “climate resilience for all of us.”",
                "As the Interim National Security Strategic Guidance states: “We will take special aim at corruption.”",
            ]),
            [some("Prime Minister Ann Roe"), None]
        );
    }

    #[test]
    fn an_adverb_in_ly_stands_between_a_pronoun_and_its_verb_but_a_question_says_nothing() {
        assert_eq!(
            speakers(&[
                "Queen Ann Roe stood with us after the storm, when she poignantly reminded us that “Grief is the price we pay for love.”",
                "Q If there is a shutdown, do you essentially say, “Well, it is all the new Speaker’s fault”?",
            ]),
            [some("Queen Ann Roe"), None]
        );
    }

    #[test]
    fn an_outlet_named_without_the_is_its_reporting() {
        assert_eq!(
            speakers(&[
                "According to reporting by USA Today, “the idea has been in the works for years, advocates say.”",
                "Two days before the summit, Governor Ann Roe stood on the stage and said that we would keep the towns “in the position to resist the floods.”",
                "“It was an assault on our towns,” said Elm Valley Caucus 1st Vice-Chair Bo Park.",
            ]),
            [
                some("USA Today"),
                some("Governor Ann Roe"),
                some("Vice-Chair Bo Park")
            ]
        );
    }

    #[test]
    fn a_passive_describing_verb_names_its_sayer_after_by() {
        assert_eq!(
            speakers(&[
                "Called the “most important housing policy in our history” by Ann Roe, author of a book on rent.",
                "I start by reading a poem to my class, called, “Where I’m From,” by Bo Park.",
            ]),
            [some("Ann Roe"), None]
        );
    }

    #[test]
    fn the_presidents_account_speaks_for_the_president() {
        assert_eq!(
            speakers(&[
                "President Ann Roe spoke at the Capitol.",
                "Elm Action: “At the address, @POTUS said, ‘Let’s cut energy costs for families.’ We agree.”",
            ]),
            [some("Elm Action"), some("President Ann Roe")]
        );
    }

    #[test]
    fn an_outlet_in_brackets_after_a_quotation_is_its_source_not_an_acronym() {
        assert_eq!(
            speakers(&[
                "Long recognized as “one of our sharpest music critics” (The Wall Street Journal), Roe has written on music.",
                "The rule defines “waters of the United States” (WOTUS) for the first time.",
                "“Heating funds are a real lifeline for many,” [Sen. Jack] Reed added. “No one should have to choose.”",
            ]),
            [
                some("The Wall Street Journal"),
                None,
                some("Sen. Jack Reed"),
                some("Sen. Jack Reed")
            ]
        );
    }

    #[test]
    fn a_sayer_closing_the_sentence_after_more_of_it_speaks_a_bare_quotation() {
        assert_eq!(
            speakers(&[
                "“Families will look for ways to keep their houses warm” while also putting food on the table, U.S. Department of Health Secretary Ann Roe said on a call with reporters. “We will help them.”",
            ]),
            [some("Secretary Ann Roe"), some("Secretary Ann Roe")]
        );
        assert_eq!(
            speakers(&[
                "“Families will look for ways to keep warm” while putting food on the table, the report found."
            ]),
            [None]
        );
    }

    #[test]
    fn a_word_a_describing_verb_gives_is_the_describers() {
        assert_eq!(
            speakers(&[
                "President Ann Roe on Tuesday termed Elm Air’s order for 220 planes as a “historic” deal that will support jobs.",
                "I read my class a poem, called, “Where I’m From,” by Bo Park.",
            ]),
            [some("President Ann Roe"), None]
        );
    }

    #[test]
    fn a_citation_after_a_quotation_names_its_source() {
        let cited = |paragraph: &str| speakers(&[paragraph]);
        assert_eq!(
            cited("“GOP wants to extend the tax cuts for the wealthy.” Elm Times 10/17/22"),
            [some("Elm Times")]
        );
        assert_eq!(
            cited("“These provisions are dangerous.” Rep. Cy Lowe (Ranking Member, Elm Committee)"),
            [some("Rep. Cy Lowe")]
        );
        assert_eq!(
            cited("“Thanks to the Governor for the plan.” [Twitter Thread, 5/25/23]"),
            [None]
        );
        // Nor signed by where it was posted.
        assert_eq!(
            cited("“Thanks to the Governor for the plan.” Twitter Thread"),
            [None]
        );
    }

    #[test]
    fn a_document_named_after_its_issuer_says_what_the_issuer_says() {
        assert_eq!(
            speakers(&[
                "The islands are at risk; as the Lakes Island Forum’s Elm Declaration on Regional Security states, “the floods remain the greatest threat to the islands.”",
            ]),
            [some("Lakes Island Forum")]
        );
    }

    #[test]
    fn making_clear_is_saying_and_a_new_clause_names_its_own_sayer() {
        assert_eq!(
            speakers(&[
                "Treasury Secretary Ann Roe spoke on housing. She made clear that Treasury had taken a “large pair of scissors to red tape,” ending the forms.",
                "Advisor Bo Park stressed that the Governor will “keep moving us forward on every front we can,” and Director Cy Lowe made clear that the agency “will move forward with the rules we have.”",
            ]),
            [
                some("Secretary Ann Roe"),
                some("Advisor Bo Park"),
                some("Director Cy Lowe")
            ]
        );
    }

    #[test]
    fn a_possessive_promise_to_do_or_be_names_the_speaker() {
        assert_eq!(
            speakers(&[
                "The union cheered President Bo Park’s pledge to be “the most pro-farmer president” ever.",
                "Ann Lee spoke next. She kept her vow to “fight like hell” for the bill.",
                "The group backed the plan’s promise to “cut costs.”",
            ]),
            [some("President Bo Park"), some("Ann Lee"), None]
        );
    }

    #[test]
    fn a_possessive_appeal_or_description_reaches_its_quotation() {
        assert_eq!(
            speakers(&[
                "We answer Governor Ann Lee’s appeal to embrace the “better angels of our state.”",
                "I loved Bo Park’s description of the only divide he saw as between “friends and future friends.”",
                "Ann Lee’s warning that Cy Lowe had called the plan “garbage” went unheeded.",
                "Ann Lee’s warning that the board had called the plan “rubbish” went unheeded.",
            ]),
            [
                some("Governor Ann Lee"),
                some("Bo Park"),
                some("Cy Lowe"),
                None
            ]
        );
    }

    #[test]
    fn reaffirming_and_committing_that_are_speech() {
        assert_eq!(
            speakers(&[
                "Attorney General Ann Lee spoke on Monday. She reaffirmed that the Department “will use every tool we have.”",
                "Vice President Bo Park committed that the Administration would “renegotiate this deal for farmers.”",
                "The leaders committed to a “whole of society” approach.",
            ]),
            [
                some("Attorney General Ann Lee"),
                some("Vice President Bo Park"),
                None
            ]
        );
    }

    #[test]
    fn a_self_described_quotation_is_its_subjects() {
        assert_eq!(
            speakers(&[
                "President Ann Lee, a self-described “car nut,” toured the plant.",
                "Bo Park is a self-proclaimed “news junkie” and reads five papers.",
                "The firm, a self-styled “growth engine,” opened.",
            ]),
            [some("President Ann Lee"), some("Bo Park"), None]
        );
    }

    #[test]
    fn words_a_describing_verb_gives_are_its_subjects_not_the_later_speakers() {
        assert_eq!(
            speakers(&[
                "Asked about an admiral who called the drill a “dress rehearsal for war,” Bo Park said the navy was welcome.",
                "Senator Ann Roe called the bill “a disaster for farmers,” Park said.",
            ]),
            [None, some("Senator Ann Roe")]
        );
    }

    #[test]
    fn in_someones_words_names_the_speaker() {
        assert_eq!(
            speakers(&[
                "General Ann Lee led the Army. It grew into a force that is, in Lee’s words, “respected by our allies.”",
                "In the words of Bo Park, the valley is “worth every dollar.”",
                "In other words, the plan is “a bridge.”",
            ]),
            [some("Ann Lee"), some("Bo Park"), None]
        );
    }

    #[test]
    fn a_pronoun_may_stand_for_a_name_before_an_apposition_and_its_verb() {
        assert_eq!(
            speakers(&[
                "Bo Park, President of Friends for Clean Water, exposed the logic of the plan.",
                "He told lawmakers their aim should be “not the river” after all.",
                "Elm Times, a daily paper, ran a story.",
                "He called it “a mess.”",
            ]),
            [some("Bo Park"), None]
        );
    }

    #[test]
    fn urging_warning_and_vowing_introduce_the_subjects_words() {
        assert_eq!(
            speakers(&[
                "Ann Lee cut prices this week, urging “every maker to do the same,” despite years of delay.",
                "Bo Park spoke to the workers, warning that “the cuts will hurt us all.”",
            ]),
            [some("Ann Lee"), some("Bo Park")]
        );
    }

    #[test]
    fn someone_else_named_between_two_quotes_takes_the_second() {
        assert_eq!(
            speakers(&[
                "Ann Roe, the head of a fund, said we must “lock arms” against threats. She added more. Irene Khan, a U.N. rapporteur, highlighted that “media freedom is the oxygen of democracy,” and more.",
            ]),
            [some("Ann Roe"), some("Irene Khan")]
        );
    }

    #[test]
    fn a_pronoun_without_a_named_speaker_stays_unknown() {
        assert_eq!(speakers(&["\"We will see,\" he said."]), [None]);
    }

    #[test]
    fn a_pronoun_with_no_one_before_it_is_the_person_a_statement_mourns() {
        let body = [
            "I had the privilege of meeting him in 2011. He will be remembered as a teacher.",
            "As he remarked during his visit, “the need for solidarity is as urgent as ever.”",
        ];
        assert_eq!(
            speakers_in(
                "Statement by President Ann Roe on the Passing of Bishop Bo Park",
                None,
                &body
            ),
            [some("Bishop Bo Park")]
        );
        assert_eq!(
            speakers_in("Eulogy for Bo Park, Founder of Park Boatworks", None, &body),
            [some("Bo Park")]
        );
        assert_eq!(
            speakers_in(
                "Statement by President Ann Roe on the Death of Pope Emeritus Lucius XVI",
                None,
                &body
            ),
            [some("Pope Emeritus Lucius XVI")]
        );
        // Not in another statement, nor past someone the text names.
        assert_eq!(
            speakers_in(
                "Statement by President Ann Roe on Bishop Bo Park",
                None,
                &body
            ),
            [None]
        );
        assert_eq!(
            speakers_in(
                "Statement by President Ann Roe on the Passing of Bishop Bo Park",
                None,
                &[
                    "Cy Lee led the choir for years.",
                    "As he remarked during his visit, “the need for solidarity is as urgent as ever.”",
                ]
            ),
            [some("Cy Lee")]
        );
    }

    #[test]
    fn the_minister_of_a_readout_is_the_one_it_does_not_set_apart() {
        assert_eq!(
            speakers_in(
                "Readout: Foreign Minister Ann Roe's Call with Foreign Minister Bo Park of Elm",
                None,
                &[
                    "Minister for Foreign Affairs Ann Roe spoke today with Foreign Minister Bo Park of Elm.",
                    "Foreign Minister Park briefed the Minister on the talks.",
                    "The Minister welcomed the news. \"We will not stand by,\" she said.",
                ]
            ),
            [some("Minister Ann Roe")]
        );
        assert_eq!(
            speakers_in(
                "Readout: Foreign Minister Jan van der Zee's Meeting with Special Envoy Cy Lee",
                None,
                &[
                    "Foreign Minister Jan van der Zee met Cy Lee, the Special Envoy.",
                    "The Minister said: \"We are ready.\"",
                ]
            ),
            [some("Minister Jan van der Zee")]
        );
    }

    #[test]
    fn a_topic_heading_heads_the_releases_own_speakers_words() {
        let body = [
            "Sen. Ann Roe (R-EL) joined Elm News today to discuss the budget.",
            "On the budget’s blunders:",
            "“We had a chance to fix this at the start of the year, and we did not.”",
            "On voter rolls … “Every county in my state keeps its rolls up to date.”",
            "On the floor, Leader Bo Park said:",
            "“We will vote on the budget by the end of the week, whatever it takes.”",
        ];
        assert_eq!(
            speakers_in("Roe on the Budget", Some(("Ann Roe", "Senate")), &body),
            [some("Ann Roe"), some("Ann Roe"), some("Leader Bo Park")]
        );
        // No one's release: no one's words.
        assert_eq!(speakers_in("On the Budget", None, &body[..4]), [None, None]);
    }

    #[test]
    fn a_person_introduced_by_name_is_who_a_later_pronoun_means() {
        assert_eq!(
            speakers(&[
                "I was raised by a fine man. His name was Bo Park. And he said, “Annie, it is ‘Elm Nations,’ always.”",
            ]),
            [some("Bo Park")]
        );
    }

    #[test]
    fn words_addressed_to_a_person_are_not_theirs() {
        assert_eq!(
            speakers(&[
                "His name was Bo Park. At the debate, the moderator — a fair man — finally asked him, and he said, “Senator Park, do you have anything else to add tonight?” And he said, “Yes, just one thing to add.”",
            ]),
            [None, some("Bo Park")]
        );
    }

    #[test]
    fn a_quote_paragraph_continues_the_previous_speaker() {
        assert_eq!(
            speakers(&[
                "Rep. Hank Johnson spoke on the floor.",
                "\"We passed the bill today,\" said Johnson. \"It helps renters in every county.\"",
                "\"I also thank the county for its work on this.\"",
            ]),
            [
                some("Hank Johnson"),
                some("Hank Johnson"),
                some("Hank Johnson")
            ]
        );
    }

    #[test]
    fn a_pronoun_may_stand_for_a_title_the_release_gives_someone() {
        assert_eq!(
            speakers(&[
                "President Ann Lee visited Elm County on Tuesday.",
                "The President toured the new plant. “We are building here again,” she said.",
                "The Governor toured the new plant. “We are building here again,” she said.",
            ]),
            [some("President Ann Lee"), None]
        );
        // A style of address, as a pronoun with an office.
        assert_eq!(
            speakers(&[
                "His Highness Sheikh Faisal bin Suhail Al Marzan received the Ambassador.",
                "Sheikh Faisal welcomed him. “We are keen partners,” His Highness said.",
                "The Union Minister for Rural Water, Shri Devendra Prakash Kulkarni, spoke.",
                "“Water is dignity,” the Union Minister said.",
                "The Area Chief, Chief Lekishon ole Sapit, thanked the governments.",
                "“Today we are planting roots again,” said Chief ole Sapit.",
                "Asked whether the Government would meet its target, the Taoiseach was cautious.",
                "“I will not promise a number,” he told reporters.",
            ]),
            [
                some("Highness Sheikh Faisal bin Suhail Al Marzan"),
                some("Devendra Prakash Kulkarni"),
                some("Chief Lekishon ole Sapit"),
                None
            ]
        );
        assert_eq!(
            speakers(&[
                "Prince Edmund, Duke of Elmsworth, became patron of the Trust.",
                "In a message to the staff, His Royal Highness wrote: “It is a great honour.”",
            ]),
            [some("Prince Edmund")]
        );
    }

    #[test]
    fn a_title_set_apart_from_a_named_holder_is_someone_else() {
        // Each release on its own: the bare title meets the named holder
        // in one sentence, so it is not them.
        assert_eq!(
            speakers(&[
                "The Prime Minister spoke to Prime Minister Bo Kim of Elm today.",
                "Later, the Prime Minister said: “We will help.”",
            ]),
            [None]
        );
        // Two holders named: the one not named as another country's.
        assert_eq!(
            speakers(&[
                "Vesnian Prime Minister Bo Kim spoke yesterday.",
                "Asked about troops, a spokesperson recalled that the Prime Minister said, “None will be sent.”",
                "Prime Minister Ann Roe will travel on Friday.",
            ]),
            [some("Prime Minister Ann Roe")]
        );
        assert_eq!(
            speakers_in(
                "Readout of the President’s Call with President Bo Kim of Elm",
                None,
                &[
                    "The President spoke today with President Bo Kim.",
                    "The President said, “We stand with Elm.”",
                ]
            ),
            [None]
        );
        assert_eq!(
            speakers(&[
                "The President of Elm met President Ann Lee today.",
                "The President said, “We stand with Elm.”",
            ]),
            [some("President Ann Lee")]
        );
    }

    #[test]
    fn a_spokesperson_or_secretary_general_is_the_one_the_release_names() {
        assert_eq!(
            speakers(&[
                "Highlights of the briefing by Spokesperson Ann Roe.",
                "Asked about the reports, the Spokesperson said: “We have seen them.”",
                "Secretary-General Bo Park spoke. “We act now,” the Secretary-General said.",
            ]),
            [
                some("Spokesperson Ann Roe"),
                some("Secretary-General Bo Park")
            ]
        );
    }

    #[test]
    fn a_title_of_several_words_stands_for_the_one_person_given_it() {
        assert_eq!(
            speakers(&[
                "National Security Advisor Ann Roe met the team on Monday.",
                "“This is a big day,” the National Security Advisor said.",
            ]),
            [some("Ann Roe")]
        );
    }

    #[test]
    fn a_surname_in_capitals_labels_the_person_the_release_names() {
        assert_eq!(
            speakers(&[
                "Treasury Secretary Ann Roe spoke with Bo Park of Elm News on Sunday.",
                "PARK: “Is the economy slowing?”",
                "ROE: “It is slowing, as we expected.”",
                "NOTE: “This is a transcript.”",
            ]),
            [some("Bo Park"), some("Ann Roe"), None]
        );
        // In title case, as a signing's release sets the player's words.
        assert_eq!(
            speakers(&[
                "The club has signed fast bowler Sandun Wijesekera on a two-year deal.",
                "Wijesekera: \"I'm really excited to be joining Ashcombe.\"",
                "\"I want to bowl fast and take wickets. That's the job.\"",
                "Note: \"Tickets are on sale.\"",
            ]),
            [some("Sandun Wijesekera"), some("Sandun Wijesekera"), None]
        );
    }

    #[test]
    fn two_people_saying_it_together_are_spoken_for_by_the_first_named() {
        assert_eq!(
            speakers(&[
                "“We are glad to help,” said Dr. Ann Roe and Dr. Bo Park of Elm Clinic.",
                "Dr. Cy Lee and Dr. Di Moss said: “We will open a second clinic.”",
                "Today Drs. Ed Ray, Fay Gray and Gus Hall said: “We will open a third.”",
                "Reps. Ed Ray (R-EL), Fay Gray (D-OK) and Gus Hall (D-EL), issued the following statement: “We will open a fourth.”",
            ]),
            [some("Dr. Ann Roe"), some("Dr. Cy Lee"), None, None]
        );
    }

    #[test]
    fn a_time_opening_a_sentence_is_no_one() {
        assert_eq!(
            speakers(&["Last January a young mother came in. She said to me, “I need a door.”"]),
            [None]
        );
    }

    #[test]
    fn two_people_of_one_surname_keep_their_given_names() {
        assert_eq!(
            speakers(&[
                "Her husband, Jonas Varga, said: “I want to know.” Later, Petra Varga wrote that she had “nothing to hide.”",
                "Defense Minister Oskar Strand spoke. Then his cousin, Deputy Foreign Minister Anika Strand, said, “We wait.”",
            ]),
            [
                some("Jonas Varga"),
                some("Petra Varga"),
                some("Minister Anika Strand")
            ]
        );
    }

    #[test]
    fn a_lowercase_title_stands_for_the_person_last_named_with_it() {
        assert_eq!(
            speakers(&[
                "Transportation Secretary Bo Park opened a bridge in Elm.",
                "Speaking in Oak on Monday, Commerce Secretary Ann Roe said chips matter.",
                "“We fell behind,” the secretary said.",
                "President Cy Lee met President Bo Kim of Elm. “We agree,” the President said.",
            ]),
            [some("Secretary Ann Roe"), some("President Cy Lee")]
        );
    }

    #[test]
    fn you_in_a_reporters_question_is_the_one_answering() {
        let title = "Press Briefing by Press Secretary Ann Roe, May 3, 2022";
        assert_eq!(
            speakers_in(
                title,
                None,
                &[
                    "MS. ROE: Good afternoon, everyone.",
                    "Q Ann, last week you yourself said that “the river is safe,” and as you said then, “the work is done.” Is it?",
                    "MS. ROE: It is.",
                    "Q You said “the river is safe.” Do you agree?",
                    "MR. LEE: I do.",
                    "MS. ROE: I said, “You said it was safe.”",
                ],
            ),
            [some("Ann Roe"), some("Ann Roe"), None, some("Ann Roe")]
        );
        // `you` in a speech is whom it names set off by commas.
        assert_eq!(
            speakers(&[
                "I remember, Governor Bo Park, you said “the river is ours.”",
                "When Cy Lee spoke, you said “the river is ours.”",
                "President Cy Lee, last fall you told the Elm Lantern that no one would be “priced out.”",
            ]),
            [some("Governor Bo Park"), None, some("President Cy Lee")]
        );
    }

    #[test]
    fn the_last_words_of_an_office_are_no_speaker() {
        assert_eq!(
            speakers(&[
                "Zu Ra’ad Mo Lee Kim, head of the Lakes Institute and former Envoy for Human Rights, reminded them that towns “remain works in progress,” and more.",
                "Zu Ra’ad Al Lee, head of the Lakes Institute and former Envoy for Human Rights, reminded them that towns “remain works in progress,” and more.",
                "Ann Roe, former Envoy for Human Rights, reminded them that towns “remain works in progress,” and more.",
            ]),
            [None, some("Zu Ra’ad Al Lee"), some("Ann Roe")]
        );
    }

    #[test]
    fn a_headlines_verb_is_not_part_of_the_name_it_gives() {
        assert_eq!(
            speakers_in(
                "ICYMI: River Secretary Roe Visits Elm Valley Towns",
                None,
                &[
                    "The Secretary toured three towns on Monday.",
                    "“The river towns will get their bridges,” the Secretary said.",
                ],
            ),
            [some("Secretary Roe")]
        );
        // A surname the body writes only in a transcript's capitals.
        assert_eq!(
            speakers_in(
                "Joint Press Conference by Prime Minister Eamon Lee-Thorne and Chancellor Ann Roe",
                None,
                &[
                    "PRIME MINISTER LEE-THORNE: Good afternoon.",
                    "CHANCELLOR ROE: Thank you. The Prime Minister likes to say that “a treaty is only as good as the next storm.”",
                    "PRIME MINISTER LEE-THORNE: Thank you.",
                ],
            ),
            [some("Prime Minister Eamon Lee-Thorne")]
        );
    }

    #[test]
    fn a_heading_saying_whose_statement_follows_gives_its_speaker() {
        assert_eq!(
            speakers(&[
                "Today the Governor named Bo Park to lead the river board.",
                "Statement from Governor Ann Roe",
                "“Bo Park has spent his life on the river, and he will lead the board well.”",
                "Statement on the River Board",
                "“The board will meet in May to set its first budget for the river.”",
            ]),
            [some("Governor Ann Roe"), None]
        );
    }

    #[test]
    fn quotes_attributable_to_someone_are_theirs() {
        assert_eq!(
            speakers(&[
                "The line opens in 2029.",
                "Quotes attributable to Premier Ann Roe:",
                "“Families have waited far too long for a train to reach the town.”",
                "“This is the biggest investment in transport in a generation.”",
                "Quotes attributable to Member for Tarrawong Mary Park:",
                "“Our community fought for this, and our community has won it today.”",
            ]),
            [
                some("Premier Ann Roe"),
                some("Premier Ann Roe"),
                some("Mary Park")
            ]
        );
    }

    #[test]
    fn a_statement_given_in_quotation_marks_is_its_titles_person() {
        assert_eq!(
            speakers_in(
                "Statement from Governor Ann Lee on the Flood",
                None,
                &[
                    "“Our state will recover from this flood.”",
                    "“We will rebuild every home in the county.”",
                ],
            ),
            [some("Governor Ann Lee"), some("Governor Ann Lee")]
        );
        assert_eq!(
            speakers_in(
                "Fact Sheet: Flood Relief",
                None,
                &["“Our state will recover from this flood.”"],
            ),
            [None]
        );
    }

    #[test]
    fn a_quotation_inside_a_later_sentence_is_not_the_earlier_speakers() {
        assert_eq!(
            speakers(&[
                "Director Ann Roe said the economy is “beating the odds.” New data showed prices have fallen while “core prices are also declining.”",
                "“We are winning,” Roe said. “And we will keep going.”",
            ]),
            [
                some("Director Ann Roe"),
                None,
                some("Ann Roe"),
                some("Ann Roe")
            ]
        );
    }

    #[test]
    fn a_label_after_the_source_of_the_item_before_names_the_speaker() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Roe: “We back it.” [Tweet, 1/2/23]Bo Park, Director, Elm League: “So do we.”"
            ]),
            [some("Rep. Ann Roe"), some("Bo Park")]
        );
    }

    #[test]
    fn a_relative_the_release_names_by_a_given_name_may_speak_by_it() {
        assert_eq!(
            speakers(&[
                "We stood with his daughter Ivy and his family.",
                "The day before the funeral, Ivy told me, “We will be fine.”",
                "On the way out, Bo told me, “We will be fine.”",
                "At the fair, Georgia told us, “We will be fine.”",
            ]),
            [some("Ivy"), None, None]
        );
    }

    #[test]
    fn a_possessive_stands_for_the_one_person_its_sentence_names() {
        assert_eq!(
            speakers_in(
                "Statement of Governor Bo Park on the Passing of Ann Roe",
                None,
                &[
                    "Working with Ann Roe was a joy.",
                    "When I think of Ann, I remember her faith that “our state can do anything.”",
                    "When I think of Ann and Cy, I remember her faith that “our state can do anything.”",
                ],
            ),
            [some("Ann Roe"), None]
        );
    }

    #[test]
    fn a_label_before_a_quote_names_the_speaker() {
        assert_eq!(
            speakers(&[
                "Rep. Joaquin Rivera (D-TX): “This law is a big step for our families.”",
                "Jane Doe, CEO, Acme Corp.: “We are ready to get to work on this.”",
                "American Farmers Association: “We back the bill in full.”",
                "ADL: “We back the bill in full, too.”",
                "Statement from the office: “We are ready to get to work on it.”",
                "Ranking Member, House Rivers Committee, Ohio Congressman Tom Reyes: “We back it.”",
                "Fellow at the Law Institute for Policy, Ana Soto: “We back it, too.”",
                "Dayton, OH Mayor Ann Ruiz: “Our city backs it.”",
            ]),
            [
                some("Rep. Joaquin Rivera"),
                some("Jane Doe"),
                some("American Farmers Association"),
                // An acronym alone labels a speaker in a round-up.
                some("ADL"),
                None,
                some("Congressman Tom Reyes"),
                some("Ana Soto"),
                some("Mayor Ann Ruiz"),
            ]
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

    use super::super::testing::speakers_in;

    #[test]
    fn a_statement_about_someone_else_is_the_statements_speaker() {
        assert_eq!(
            speakers(&[
                "U.S. Senator Ann Reed (D-RI) issued the following statement after President Bo Park said he would veto the bill:",
                "“This veto threat is wrong for every family in the state.”",
            ]),
            [some("U.S. Senator Ann Reed")]
        );
        assert_eq!(
            speakers(&[
                "Congresswoman Ada Foss released the following statement after President Bo Park said the plan would pass: “The plan is a promise broken.”",
            ]),
            [some("Congresswoman Ada Foss")]
        );
    }

    #[test]
    fn in_remarks_i_said_is_the_speaker_of_the_remarks_never_the_one_addressed() {
        assert_eq!(
            speakers_in(
                "Remarks by President Bo Park at a Rally in Dover",
                None,
                &[
                    "I remember the day he called me. And I said, ‘Barack, I don’t want to do this.’",
                    "And my mother looked at me. She said, ‘Joey, let me get this straight.’",
                    "“Dad, you got to do it.”",
                ],
            ),
            [some("President Bo Park"), None, None]
        );
    }

    #[test]
    fn offices_and_affiliations_before_a_name_stay_out_of_it() {
        assert_eq!(
            speakers(&[
                "“The road opens in May,” said Hawaii Department of Transportation Director Jade Butay.",
                "“Sanctions will bite,” said Deputy Secretary of the Treasury Wally Adeyemo.",
                "Dr. Nancy Gadziala, FACR, Borg & Ide Imaging said: “Screening saves lives.”",
                "“This is a good bill,” said Ways and Means Committee Ranking Member Richard E. Neal.",
                "WASHINGTON, DC —Rep. Pete Aguilar, released the following statement: “We did it for the valley.”",
            ]),
            [
                some("Director Jade Butay"),
                some("Wally Adeyemo"),
                some("Dr. Nancy Gadziala"),
                some("Ranking Member Richard E. Neal"),
                some("Rep. Pete Aguilar"),
            ]
        );
    }

    #[test]
    fn collective_speakers_are_the_member_when_the_group_includes_them() {
        let paragraphs = [
            "Sen. Ann Reed and Sen. Bo Park wrote to the agency on Monday.",
            "“We expect an answer within thirty days,” wrote the lawmakers.",
            "The senators concluded: “The agency must act now on this.”",
            "The letter reads: “We ask that you restore the program at once.”",
        ];
        let reed = some("Ann Reed");
        assert_eq!(
            speakers_in(
                "Reed, Park Press Agency",
                Some(("Ann Reed", "Senate")),
                &paragraphs
            ),
            [reed.clone(), reed.clone(), reed.clone()]
        );
        // A representative is not among "the senators".
        assert_eq!(
            speakers_in(
                "Reed, Park Press Agency",
                Some(("Ann Reed", "House")),
                &paragraphs
            ),
            [reed.clone(), None, reed]
        );
        // Without the member among them, no one.
        assert_eq!(
            speakers_in("A letter", Some(("Cy Long", "Senate")), &paragraphs),
            [None, None, None]
        );
    }

    #[test]
    fn praising_hailing_and_highlighting_are_speech_verbs() {
        assert_eq!(
            speakers(&[
                "Ann Lee praised the bill as “a fair deal” for farmers.",
                "Elm Post: Bo Park hails “a new day” for the valley",
                "Cy Moss, UN Envoy on Water, highlighted that “water is a right,” and left.",
                "The senators praised the “Clean Rivers” program.",
            ]),
            [some("Ann Lee"), some("Bo Park"), some("Cy Moss"), None]
        );
    }

    #[test]
    fn more_patterns_a_reader_can_attribute() {
        assert_eq!(
            speakers(&[
                "Rep. Ro Kanna (CA-17):",
                "“This bill brings broadband to every home in the district.”",
                "Illinois Congressman Sean Cass: (1/3)",
                "“Our farmers deserve a fair price for what they grow.”",
                "Rep. Ann Lowe spoke on the House floor on Tuesday.",
                "She released the following statement:",
                "“The valley will not be forgotten by this House.”",
                "Rep. Ann Lowe spoke again later in the day, saying:",
                "“We have the votes to pass this bill today.”",
                "Rep. Ann Lowe said, quote, “we will not stop until it passes.”",
                "Rep. Ann Lowe, the chair of the subcommittee that oversees the water and power programs of the whole western region, said: “Water is life.”",
                "“Es un buen día para las familias,” dijo la congresista Nydia Vela.",
                "“Es un buen día”, dijo el secretario Moss.",
            ]),
            [
                some("Rep. Ro Kanna"),
                some("Congressman Sean Cass"),
                some("Rep. Ann Lowe"),
                some("Rep. Ann Lowe"),
                some("Rep. Ann Lowe"),
                some("Rep. Ann Lowe"),
                some("Nydia Vela"),
                some("Secretario Moss"),
            ]
        );
    }

    #[test]
    fn a_request_a_possession_a_document_and_an_organizations_officer_say_nothing() {
        assert_eq!(
            speakers(&[
                "As 75 House Republicans said in a letter to President Bo Park urging him to withdraw the nomination, “There is no doubt.”",
                "President Bo Park’s statement about one law earned him ‘four Pinocchios’ from the paper.",
                "The 15th Amendment of the United States Constitution says, “The right shall not be denied.”",
            ]),
            [None, None, None]
        );
        assert_eq!(
            speakers_in(
                "What They Are Saying",
                None,
                &[
                    "Acting Secretary Ann Roe said: “the President called me ‘the American Dream.’ I agree.”",
                    "AFSCME: “@AFSCME President Lee Saunders: Ann Roe is a fine choice.”",
                ],
            )[1],
            None
        );
    }

    #[test]
    fn an_office_after_the_stands_for_the_nearest_person_holding_it() {
        assert_eq!(
            speakers(&[
                "The town hall was hosted by Representative Garrett Whitcombe.",
                "Morris Kurtz reminded the congressman of a promise. “Your term is almost out,” said Kurtz.",
                "“That’s fair,” the congressman replied.",
            ]),
            [
                some("Morris Kurtz"),
                some("Representative Garrett Whitcombe")
            ]
        );
    }

    #[test]
    fn people_met_and_named_in_recollections_are_who_a_pronoun_means() {
        assert_eq!(
            speakers(&[
                "Last week I was on the phone with Governor Bettina Halloran of Merrow, whose ports are busy. She told me, “My ports are short on inspectors.”",
                "I remember standing on the Second Street levee with Captain Ines de la Barra. She looked at me and said, “We don’t leave.”",
                "His wife, Dorothy Munroe — everyone calls her “Dot” — was at the stove. She turned around and said, “Tell them in Washington.”",
                "At the ministerial last month, the Rt Hon Priya Kettering, Albarra's Minister for Trade, said to me, “If your ports move faster, ours will too.”",
                "I met a young veterinarian in Saint Ores — she asked me not to use her name — and she told me about it. “This isn’t what I went to school for,” she said.",
            ]),
            [
                some("Governor Bettina Halloran"),
                some("Captain Ines de la Barra"),
                None,
                some("Dorothy Munroe"),
                some("Rt Hon Priya Kettering"),
                None,
            ]
        );
    }

    #[test]
    fn a_sign_and_a_reporters_question_to_someone_are_no_ones_words() {
        assert_eq!(
            speakers_in(
                "Remarks by Vice President Ann Roe at the Clinic",
                None,
                &["You may have noticed the words painted over the entrance: “Care Close to Home.” That is a promise."],
            )
            .last()
            .cloned()
            .flatten(),
            None
        );
        let quotes = speakers_in(
            "Press Briefing by Press Secretary Ann Roe and Deputy Secretary Theo Park",
            None,
            &[
                "MS. ROE: I’ll bring up our guest, Deputy Secretary Theo Park.",
                "MR. PARK: Thanks, Ann. I’ll be brief.",
                "Q: Theo, the National Association of Port Inspectors put out a statement saying the target is “not achievable with current staffing.” Is it?",
                "MR. PARK: It is achievable.",
            ],
        );
        assert_eq!(quotes, [None]);
    }

    #[test]
    fn what_someone_keeps_saying_or_reminding_us_of_is_theirs() {
        assert_eq!(
            speakers(&[
                "As my co-author Sam Whitlow keeps reminding me, “a rent cap sets a price.”",
                "Ann Roe kept the letter, saying, “We will win.”",
            ]),
            [some("Sam Whitlow"), some("Ann Roe")]
        );
    }
}
