//! Round-ups of coverage: press clips, each a source line naming an outlet
//! and the headline of its story (`Lakes Courier: Mayor opens new bridge`,
//! `OH: Elm Times: [Lee Signs the Bill](…) [Ann Roe, 3/5/23]`), then the
//! story's words in quotation marks, which are the outlet's; and the
//! quotations inside such a headline, which are never the outlet's.

use super::labels::{is_state_code, label_attribution};
use super::lexicon::NOT_NAMES;
use super::marks::Extent;
use super::names::{
    MAX_OUTLET_WORDS, has_name_shape, is_heading, is_name_link, is_organization, is_person_name,
    is_place,
};
use super::referents::Attribution;
use super::runs::plausible;
use super::words::{is_title, lower};
use crate::corpus::{Paragraph, SpanStyle};

/// Fewest words of the headline a press clip's source line gives.
const MIN_HEADLINE_WORDS: usize = 3;

/// Fewest press clips (a source line, then a paragraph that opens with a
/// quotation) that make a round-up of coverage.
const MIN_CLIPS: usize = 2;

/// True for a round-up of press clips: at least [`MIN_CLIPS`] times a
/// source line ([`headline_source`]) comes right before a paragraph that
/// opens with a quotation.
pub(super) fn is_coverage(paragraphs: &[Paragraph], spans: &[Extent]) -> bool {
    let clips = spans
        .iter()
        .filter(|span| {
            let p = span.start.paragraph as usize;
            p > 0
                && paragraphs[p].text[..span.start.offset as usize]
                    .trim()
                    .is_empty()
                && headline_source(&paragraphs[p - 1]).is_some()
        })
        .count();
    clips >= MIN_CLIPS
}

/// The outlet a press clip's source line names: its label, then a
/// headline of at least [`MIN_HEADLINE_WORDS`] words that is no sentence
/// (`Lakes Courier: Mayor opens new bridge`), plain, in bold or as a link
/// that at most a byline in brackets follows (`Elm Times: [Lee Signs the
/// Bill](…) [Ann Roe, 3/5/23]`); also after a state's postal code (`OH:
/// Elm Times:`) and with what the outlet is in brackets (`KUNR (NPR Reno,
/// NV):`). A person's name there (an op-ed's author, a headline's
/// subject) is not taken, nor a label that names no organization
/// (`Read more:`), nor a headline that opens with quotation marks of its
/// own.
pub(super) fn headline_source(paragraph: &Paragraph) -> Option<String> {
    let text = paragraph.text.as_str();
    // A headline set as a link keeps only the link's words: a byline in
    // brackets may follow it.
    let linked = paragraph.spans.last().and_then(|link| {
        let rest = text.get(link.end as usize..)?.trim();
        (rest.is_empty() || (rest.starts_with('[') && rest.ends_with(']')))
            .then(|| text.get(..link.end as usize))
            .flatten()
    });
    let line = linked
        .unwrap_or(text)
        .trim_start_matches(|c: char| c.is_whitespace() || "-•*_".contains(c))
        .trim_end_matches(['*', '_'])
        .trim_end();
    let (mut label, mut headline) = line.split_once(": ")?;
    label = label.trim_matches(['*', '_']).trim();
    let placed = is_state_code(label);
    if placed {
        (label, headline) = headline.split_once(": ")?;
        label = label.trim_matches(['*', '_']).trim();
    }
    let headline = headline.trim_matches(['*', '_', ' ']);
    if headline.split_whitespace().count() < MIN_HEADLINE_WORDS
        || headline.starts_with(['"', '“', '‘', '\''])
        || headline.ends_with(['.', '!', '?', ':'])
    {
        return None;
    }
    // `KUNR (NPR Reno, NV)`: what the outlet is, in brackets.
    let label = match label.split_once('(') {
        Some((outlet, aside)) if aside.trim_end().ends_with(')') => outlet.trim(),
        _ => label,
    };
    if label.split_whitespace().count() > MAX_OUTLET_WORDS {
        return None;
    }
    // The outlet as written (`The Daily Sentinel`); a person's name is
    // none (`Ann Roe: Why I back the plan`). A line laid out as a source
    // line (a state's code before the label, or a label in bold before a
    // linked headline) names its outlet by shape alone (`NM: Source Elm
    // Valley:`, `**Spectrum:** [headline](…)`).
    let bare = label.strip_prefix("The ").unwrap_or(label);
    let laid_out = placed || (linked.is_some() && bold_label(paragraph));
    ((is_organization(label) || is_organization(bare) || (laid_out && has_name_shape(bare)))
        && !bare.split_whitespace().all(is_place))
    .then(|| label.to_string())
}

/// True when a line opens (after a bullet) with bold text and sets its
/// headline apart after it: `**Elm Star:** [headline](…)`.
fn bold_label(paragraph: &Paragraph) -> bool {
    let text = paragraph.text.as_str();
    paragraph.spans.len() >= 2
        && paragraph.spans.first().is_some_and(|span| {
            span.style == SpanStyle::Strong
                && text
                    .get(..span.start as usize)
                    .is_some_and(|before| before.trim_start_matches([' ', '-', '•']).is_empty())
        })
}

/// What the label of a news outlet opening a headline line says of a
/// quotation in the headline, `lead` being the line's text before it:
/// words a person's label in the headline gives (`Elm Times: Lee: Floods
/// turned towns into "lakes"`) are that person's, `Some(Some(…))`; a
/// quotation right after the outlet's label that the headline goes on
/// past (`Elm Times: "A great day": Mayor lauds law`, `Elm Radio:
/// "Historic" funds for water`, `runs_on`) is no outlet's words,
/// `Some(None)`. `None` for any other line.
pub(super) fn headline_label(lead: &str, runs_on: bool) -> Option<Option<Attribution>> {
    let lead = lead.trim_start_matches(|c: char| !c.is_alphanumeric());
    let (outlet, headline) = lead.split_once(": ")?;
    // `OH: Elm Times:`: a state's code before the outlet.
    let (outlet, headline) = match headline.split_once(": ") {
        Some((name, rest)) if is_state_code(outlet) => (name, rest),
        _ => (outlet, headline),
    };
    let outlet = outlet.trim_matches(['*', '_', ' ']);
    // `Elm Post-Standard (Elm.com)`: the outlet and its site.
    let name = match outlet.rsplit_once(" (") {
        Some((name, site)) if site.ends_with(')') => name,
        _ => outlet,
    };
    // The line's layout makes it an outlet's, even one named as a person
    // or a place would be (`CNY Central`, `Syracuse Post-Standard`).
    let capitalised = name
        .split_whitespace()
        .all(|w| (w.starts_with(char::is_uppercase) && !is_title(w)) || is_name_link(w));
    if !(is_organization(outlet) || capitalised)
        || is_heading(name)
        || outlet.contains(',')
        || outlet.split_whitespace().count() > MAX_OUTLET_WORDS
    {
        return None;
    }
    let headline = headline.trim();
    if headline.is_empty() {
        return runs_on.then_some(None);
    }
    let (label, claim) = headline.split_once(": ")?;
    if claim.contains(['.', '!', '?', ':']) {
        return None;
    }
    // A headline names a person by surname alone (`Lee:`); completing it
    // from the release gives the full name, or no speaker.
    let label = label.trim();
    if !label.contains(char::is_whitespace)
        && label.starts_with(char::is_uppercase)
        && !NOT_NAMES.contains(&lower(label).as_str())
        && plausible(label)
    {
        return Some(Some(Attribution::Name(label.to_string())));
    }
    match label_attribution(&format!("{label}:"))? {
        Attribution::Name(name) if is_person_name(&name) => Some(Some(Attribution::Name(name))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers, speakers_in_markdown};

    #[test]
    fn an_excerpt_under_an_outlets_headline_is_the_outlets() {
        let markdown = "\
-   **OH: Elm Valley Times:** [**Plant to add jobs in Elm Valley**](https://example.com/a)

“The company said it will double its plant. It credited the new law.”

**Lake Courier Journal:** [Four bridges get new money](https://example.com/b)
[Ann Roe, 3/5/23]

“The department is awarding the city money to fix its bridges, officials said.”

-   **Read more:** [**Four bridges get new money**](https://example.com/c)

“The department is awarding the city money to fix its bridges, officials said.”

Elm Valley Times: the plant will add jobs.

“The company said it will double its plant.”
";
        assert_eq!(
            speakers_in_markdown(markdown),
            [
                some("Elm Valley Times"),
                some("Lake Courier Journal"),
                None,
                None
            ]
        );
    }

    #[test]
    fn a_source_line_names_an_outlet_by_its_layout() {
        let markdown = "\
-   **OH: Elm Valley Times:** [**Plant to add jobs in Elm Valley**](https://example.com/a)

“The company said it will double its plant. It credited the new law.”

-   **OR: Pinecrest:** [**Ferry service returns to the bay**](https://example.com/b)

“The ferry will run twice a day from June, the port said.”

-   **Ohio Central (Lake County):** [**Town gets money for its pipes**](https://example.com/c)

“The town will replace its lead pipes by next year.”

-   **Read More:** [**Town gets money for its pipes**](https://example.com/d)

“The town will replace its lead pipes by next year.”

-   **Ann Roe:** [**Why I back the pipes plan**](https://example.com/e)

“The plan will keep our water clean for decades.”

Ohio Central: Town gets money for its pipes

“The town will replace its lead pipes by next year.”
";
        assert_eq!(
            speakers_in_markdown(markdown),
            [
                some("Elm Valley Times"),
                some("Pinecrest"),
                some("Ohio Central"),
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn a_headline_quotes_the_person_it_names_not_the_outlet() {
        let markdown = "\
President Bo Park spoke in Elm Valley.

-   Elm Star Journal: [‘It is a great day’: Mayor lauds new law](https://example.com/d)
-   Lake Gazette: [Park signs landmark bill, says ‘lives will be saved’](https://example.com/e)
-   Lake Herald: [Park: Floods have turned towns into ‘lakes’](https://example.com/f)
-   Lake Herald: [Analysis: Floods have turned towns into ‘lakes’](https://example.com/g)
-   **Elm Radio:** [**‘Historic’ funds for water pipes**](https://example.com/h)
-   **Elm Central (Elm.com) :** [**Park: Plant deal ‘another win for the valley’**](https://example.com/i)
";
        assert_eq!(
            speakers_in_markdown(markdown),
            [
                None,
                some("Bo Park"),
                some("Bo Park"),
                None,
                None,
                some("Bo Park")
            ]
        );
    }

    #[test]
    fn a_press_clip_is_its_outlets_in_a_roundup_of_coverage() {
        assert_eq!(
            speakers(&[
                "Today the papers wrote about the new bridge.",
                "Elm City Courier: Mayor opens the new bridge over the river",
                "“The bridge opened on Monday after two years of work, city officials said.”",
                "OH: Lakes News Journal: Bridge money arrives in the valley",
                "“The county will get $4 million for the work.” [Elm Post, 3/4/23]",
                "Axios: Towns line up for bridge money",
                "“Dozens of towns have asked for the money.”",
                "CNN: Towns line up for bridge money",
                "“Dozens of towns have asked for the money,” Ann Roe told reporters.",
                "Ann Roe: Why I back the bridge plan",
                "“The bridge will carry our trade for decades.”",
                "Key Facts: What the plan does for towns",
                "“The plan pays for bridges and roads in every county.”",
            ]),
            [
                some("Elm City Courier"),
                some("Lakes News Journal"),
                some("Axios"),
                some("Ann Roe"),
                None,
                None,
            ]
        );
        // One clip alone makes no round-up of coverage.
        assert_eq!(
            speakers(&[
                "Lakes Herald: Bridge money arrives in the valley",
                "“The county will get $4 million for the work.”",
            ]),
            [None]
        );
    }

    #[test]
    fn a_quoted_word_in_a_labelled_headline_is_no_one_s() {
        assert_eq!(
            speakers(&[
                "Rep. Ann Roe: “We back the plan.”",
                "Gov. Bo Park: “We back it too.”",
                "Mayor Cy Lee: “Our town backs it.”",
                "Lakes Public Radio: ‘Historic’ funds for the river towns",
                "Rivers Forward: “A great day.” [Tweet, 3/1/23]",
            ]),
            [
                some("Rep. Ann Roe"),
                some("Gov. Bo Park"),
                some("Mayor Cy Lee"),
                None,
                some("Rivers Forward"),
            ]
        );
    }
}
