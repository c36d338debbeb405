//! Quotations inside another's words (`Roe said: “As President Lee put it,
//! ‘we build here.’”`). Each is kept only when the words around it inside
//! the outer quotation name its speaker: never the context outside it,
//! whose first person and pronouns are the outer speaker's, not the
//! release's. A phrase the outer speaker merely sets off (`a ‘whole of
//! government’ effort`) stays part of the outer quotation.

use super::Context;
use super::cues::{Ending, lead_attribution, sentence_attribution, tail_attribution};
use super::marks::{is_double_mark, scan};
use super::partial;
use super::runs::plausible;
use super::subject::Attribution;
use crate::corpus::{Paragraph, Quote, TextPos};

/// The quotations nested inside `quotes` (the outermost ones of
/// `paragraphs`) whose speaker the outer quotation's own words name.
pub(super) fn nested_quotes(
    paragraphs: &[Paragraph],
    quotes: &[Quote],
    context: &Context<'_>,
) -> Vec<Quote> {
    let mut found = Vec::new();
    for outer in quotes {
        let text = paragraphs[outer.start.paragraph as usize].text.as_str();
        let Some(opening) = text[outer.start.offset as usize..].chars().next() else {
            continue;
        };
        let from = outer.start.offset as usize + opening.len_utf8();
        // A quotation running on over paragraphs: its first one's words.
        let to = if outer.start.paragraph == outer.end.paragraph {
            outer.end.offset as usize
        } else {
            text.len()
        };
        let Some(inside) = text.get(from..to) else {
            continue;
        };
        for local in scan(inside) {
            // The outer quotation's closing mark is not one of its own.
            let Some(end) = local.end.filter(|&e| e < inside.len()) else {
                continue;
            };
            let quoted = &inside[local.start..end];
            let ending = Ending::of(quoted.trim_end_matches(['"', '”', '’', '\'']));
            // Marks of the outer quotation's kind inside it may be its own
            // marks paired wrongly, the words after them its attribution:
            // only the words before such a quotation name its speaker.
            let same_kind =
                quoted.chars().next().is_some_and(is_double_mark) == is_double_mark(opening);
            let before = &inside[..local.start];
            // `Park testified that hatred tries to ‘hide behind …’`: a named
            // subject's verb earlier in the sentence, unless the words are a
            // term it names. (A title there may be the outer speaker's way
            // of naming someone the release names otherwise.)
            let governed = || {
                let short = quoted.split_whitespace().count() <= 3;
                let term = partial::is_term(before, quoted, &inside[end..]);
                (!term)
                    .then(|| sentence_attribution(before, short, ending == Ending::Sentence))
                    .flatten()
                    .filter(|a| matches!(a, Attribution::Name(_)))
            };
            let attribution = (!same_kind)
                .then(|| tail_attribution(&inside[end..], ending, false))
                .flatten()
                .or_else(|| lead_attribution(before))
                .or_else(governed);
            let at = TextPos::new(outer.start.paragraph as usize, from + local.start);
            let speaker = match attribution {
                Some(Attribution::Name(name)) => plausible(&name).then_some(name),
                Some(Attribution::Organization(name)) => Some(name),
                Some(Attribution::Title(title)) => context.titled(&title, paragraphs, at),
                _ => None,
            };
            if let Some(speaker) = speaker {
                found.push(Quote {
                    start: at,
                    end: TextPos::new(outer.start.paragraph as usize, from + end),
                    speaker: Some(speaker),
                });
            }
        }
    }
    found
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
}
