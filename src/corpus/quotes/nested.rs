//! Quotations inside another's words (`Roe said: “As President Lee put it,
//! ‘we build here.’”`). Each is kept only when the words around it inside
//! the outer quotation name its speaker: never the context outside it,
//! whose pronouns are not the outer speaker's; the first person inside is
//! the outer speaker (`Roe said: “I told them, ‘we build here.’”`). A
//! phrase the outer speaker merely sets off (`a ‘whole of government’
//! effort`) stays part of the outer quotation.

use super::attribution::attribute;
use super::lead::{lead_attribution, sentence_attribution};
use super::marks::{find_extents, is_double_mark, scan};
use super::partial;
use super::referents::Attribution;
use super::runs::plausible;
use super::tail::Ending;
use super::{Context, Outer};
use crate::corpus::{Paragraph, Quote, TextPos};

/// The quotations nested inside `quotes` (the outermost ones of
/// `paragraphs`) whose speaker the outer quotation's own words name.
///
/// Inner marks of another kind than the outer ones (`“… ‘…’ …”`) are
/// certainly nested: a name the words before one give is its speaker, or
/// else what the outer words, read as a text of their own with everything
/// readout reads a body with, say — the words after it, a pronoun for a
/// person named earlier inside (`When I met Dr. Ann Roe, she said to me,
/// ‘…’`), a described name before a verb series (`My foreman, Bo Park,
/// called me and said, ‘…’`), and the outer speaker as their first person.
/// Marks of the outer kind may be the outer quotation's own, paired
/// wrongly, and the words after them its attribution: only the words
/// before such a quotation name its speaker.
pub(super) fn nested_quotes(
    paragraphs: &[Paragraph],
    quotes: &[Quote],
    context: &Context<'_>,
) -> Vec<Quote> {
    let mut found = Vec::new();
    for outer in quotes {
        let pieces = inside(paragraphs, outer);
        let Some(opening) = pieces.first().and_then(|p| p.opening) else {
            continue;
        };
        // Most quotations hold none: read no further.
        if pieces.iter().all(|p| scan(p.text).is_empty()) {
            continue;
        }
        let texts: Vec<Paragraph> = pieces.iter().map(|p| Paragraph::body(p.text)).collect();
        let spans = find_extents(&texts);
        let place = |at: TextPos| {
            let piece = &pieces[at.paragraph as usize];
            TextPos::new(piece.paragraph, piece.offset + at.offset as usize)
        };
        let within = Context {
            turns: &[],
            outer: Some(Outer {
                quote: outer,
                body: paragraphs,
            }),
            ..*context
        };
        for quote in attribute(&texts, &spans, &within) {
            let text = &texts[quote.start.paragraph as usize].text;
            let mark = text[quote.start.offset as usize..].chars().next();
            let same_kind = mark.is_some_and(is_double_mark) == is_double_mark(opening);
            // Closed in the words it opens in, for marks of the outer kind.
            let closed = quote.start.paragraph == quote.end.paragraph
                && text[..quote.end.offset as usize].ends_with(is_quote_mark);
            let named_before =
                || speaker_named_before(text, &quote, paragraphs, place(quote.start), context);
            let speaker = if same_kind {
                closed.then(named_before).flatten()
            } else {
                named_before().or(quote.speaker)
            };
            // The outer speaker's own words only in the first person
            // singular: `we have been saying ‘use it or lose it’` is a
            // group's slogan.
            let own = speaker.is_some() && speaker == outer.speaker;
            let speaker = speaker.filter(|_| !own || says_i(&text[..quote.start.offset as usize]));
            if let Some(speaker) = speaker {
                found.push(Quote {
                    start: place(quote.start),
                    end: place(quote.end),
                    speaker: Some(speaker),
                });
            }
        }
    }
    found
}

/// The words of one paragraph of an outer quotation, without its marks.
struct Piece<'a> {
    /// The paragraph they are in.
    paragraph: usize,
    /// Where they start in it.
    offset: usize,
    /// The words.
    text: &'a str,
    /// The quotation mark they follow, if any.
    opening: Option<char>,
}

/// The words of `outer` paragraph by paragraph, without the marks that
/// open, reopen and close it.
fn inside<'a>(paragraphs: &'a [Paragraph], outer: &Quote) -> Vec<Piece<'a>> {
    let (first, last) = (outer.start.paragraph as usize, outer.end.paragraph as usize);
    let mut pieces = Vec::new();
    for (i, paragraph) in paragraphs.iter().enumerate().take(last + 1).skip(first) {
        let text = paragraph.text.as_str();
        let mut from = if i == first {
            outer.start.offset as usize
        } else {
            text.len() - text.trim_start().len()
        };
        let mut to = if i == last {
            outer.end.offset as usize
        } else {
            text.len()
        };
        let Some(words) = text.get(from..to) else {
            continue;
        };
        let opening = words.chars().next().filter(|&c| is_quote_mark(c));
        from += opening.map_or(0, char::len_utf8);
        // `As Lee stated, “this was foreseen.”` ending the outer quotation:
        // one mark closes both, so the inner one keeps it.
        if i == last
            && let Some(closing) = text[from..to]
                .chars()
                .next_back()
                .filter(|&c| is_quote_mark(c))
            && !scan(&text[from..to - closing.len_utf8()])
                .iter()
                .any(|q| q.end.is_none())
        {
            to -= closing.len_utf8();
        }
        pieces.push(Piece {
            paragraph: i,
            offset: from,
            text: &text[from..to.max(from)],
            opening,
        });
    }
    pieces
}

/// The speaker the words before an inner quotation name (a name, or a
/// title the release uses for someone), in the sentence it is in.
fn speaker_named_before(
    text: &str,
    quote: &Quote,
    paragraphs: &[Paragraph],
    at: TextPos,
    context: &Context<'_>,
) -> Option<String> {
    let before = &text[..quote.start.offset as usize];
    // `Roe said. "Next, …`: a sentence ended before the quotation opens.
    if before.trim_end().ends_with(['.', '!', '?']) {
        return None;
    }
    let quoted = &text[quote.start.offset as usize..quote.end.offset as usize];
    let ending = Ending::of(quoted.trim_end_matches(['"', '”', '’', '\'']));
    // `Park testified that hatred tries to ‘hide behind …’`: a named
    // subject's verb earlier in the sentence, unless the words are a term
    // it names.
    let governed = || {
        let short = quoted.split_whitespace().count() <= 3;
        let term = partial::is_term(before, quoted, &text[quote.end.offset as usize..]);
        (!term)
            .then(|| sentence_attribution(before, short, ending == Ending::Sentence))
            .flatten()
            .filter(|a| matches!(a, Attribution::Name(_)))
    };
    match lead_attribution(before).or_else(governed)? {
        Attribution::Name(name) => plausible(&name).then_some(name),
        Attribution::Organization(name) => Some(name),
        Attribution::Title(title) => context.titled(&title, paragraphs, at),
        _ => None,
    }
}

/// True when the sentence `before` ends in has `I` for a word (`I told
/// them,`, `I’d say`).
fn says_i(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take_while(|w| !w.ends_with(['.', '!', '?']))
        .any(|w| w == "I" || w.starts_with("I’") || w.starts_with("I'"))
}

/// True for any quotation mark.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'')
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, some};

    #[test]
    fn a_quotation_nested_in_the_first_paragraph_of_a_longer_one_is_found() {
        let quotes = found(&[
            "Today, Politico highlighted the voices backing her.",
            "“‘She has been a champion for labor,’ Elm Union spokesperson Ray Zaccaro said.",
            "“Business groups agree.”",
        ]);
        assert!(
            quotes
                .iter()
                .any(|(text, speaker)| text.starts_with("‘She has been")
                    && *speaker == some("Ray Zaccaro"))
        );
    }

    #[test]
    fn a_quotation_inside_another_is_kept_when_the_outer_words_name_its_speaker() {
        let quotes = found(&[
            "Rep. Ann Roe said: “As President Bo Lee put it, ‘we build here.’ I agree.”",
            "Rep. Ann Roe said: “I told them, ‘we build here.’ They agreed.”",
            "Rep. Ann Roe said: “This is a ‘whole of government’ effort.”",
        ]);
        let speakers: Vec<(&str, Option<String>)> = quotes
            .iter()
            .map(|(text, speaker)| (text.as_str(), speaker.clone()))
            .collect();
        assert_eq!(
            speakers,
            [
                (
                    "“As President Bo Lee put it, ‘we build here.’ I agree.”",
                    some("Rep. Ann Roe")
                ),
                ("‘we build here.’", some("President Bo Lee")),
                (
                    "“I told them, ‘we build here.’ They agreed.”",
                    some("Rep. Ann Roe")
                ),
                ("‘we build here.’", some("Rep. Ann Roe")),
                (
                    "“This is a ‘whole of government’ effort.”",
                    some("Rep. Ann Roe")
                ),
            ]
        );
        // A named subject's verb earlier in the sentence; not a title's.
        let quotes = found(&[
            "Rep. Ann Roe: “Bo Park testified at a hearing I chaired that hatred tries to ‘hide behind fair criticism of the towns.’ I agree.”",
            "Rep. Ann Roe: “Eli Fox spoke first. When he named me, the President called me ‘the dream of the valley.’ I was moved.”",
        ]);
        let inner: Vec<Option<String>> = quotes
            .iter()
            .filter(|(text, _)| text.starts_with('‘'))
            .map(|(_, speaker)| speaker.clone())
            .collect();
        assert_eq!(inner, [some("Bo Park")]);
        // Marks of the outer kind: maybe its own, wrongly paired.
        let quotes = found(&["“We honor the “Lake Girls,” said Ann Roe, chair of the board.”"]);
        assert_eq!(quotes.len(), 1);
    }

    #[test]
    fn the_outer_words_are_read_as_a_text_of_their_own() {
        let quotes = found(&[
            "Ann Roe spoke at the plant. “My foreman, Earl Hutchins, called me and said, ‘We are hiring you back.’ I cried,” Roe said.",
            "“When I first met Dr. Alejandro de la Fuente, he said to me, ‘She is going to be fine.’ Nobody said that,” Bo Park said.",
            "“Cada verano enterramos a alguien”, dijo Florencia Ayala. “Mi compadre Juan Ochoa siempre decía: ‘El sol no perdona’. Tenía razón.”",
            "Cy Lee, chair of the Tidy Towns group, said: “We have been saying ‘use it or lose it’ for years.”",
        ]);
        let inner: Vec<(&str, Option<String>)> = quotes
            .iter()
            .filter(|(text, _)| text.starts_with('‘'))
            .map(|(text, speaker)| (text.as_str(), speaker.clone()))
            .collect();
        assert_eq!(
            inner,
            [
                ("‘We are hiring you back.’", some("Earl Hutchins")),
                (
                    "‘She is going to be fine.’",
                    some("Dr. Alejandro de la Fuente")
                ),
                ("‘El sol no perdona’", some("Juan Ochoa")),
            ]
        );
    }

    #[test]
    fn one_mark_closing_both_quotations_closes_the_inner_one_too() {
        let quotes = found(&[
            "Senator Ann Roe said:",
            "“I am concerned. As Leader Bo Park recently stated, “this debacle was foreseen.”",
        ]);
        assert_eq!(
            quotes.last(),
            Some(&(
                "“this debacle was foreseen.”".to_string(),
                some("Leader Bo Park")
            ))
        );
    }
}
