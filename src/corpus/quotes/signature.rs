//! Signatures: a line under a quotation set apart (an epigraph, a
//! paragraph-long quotation) that names who said it (`– President Ann
//! Roe`, `Ann Roe, March 3, 2021`, `— Envoy to the Lakes, Ann Roe`).

use super::labels::full_name;
use super::lexicon::{is_suffix, is_title};
use super::names::{PersonName, is_organization, is_person_name};
use super::runs::{name_backward, name_forward, plausible};
use super::words::{lower, split_word};
use crate::corpus::Paragraph;

/// Most words of a credit line under a quotation.
const MAX_CREDIT_WORDS: usize = 12;

/// Most words of a dashed credit line naming the person first, whose
/// office may run long (`– Ann Roe, Member of Parliament for … and
/// Parliamentary Secretary to the Minister of …`).
const MAX_DASHED_CREDIT_WORDS: usize = 30;

/// How many words of the paragraph after a name line are read for that
/// person's surname, which makes the line a heading over a text about them.
const MAX_HEADING_REACH: usize = 6;

/// Most quotation paragraphs one credit line signs together (`“…”`,
/// `“…”`, `– Vice President Ann Roe`).
const MAX_SIGNED_PARAGRAPHS: usize = 4;

/// The person who signs the quotation set apart in paragraphs `first` to
/// `last` on the line after it ([`credit_line`]), or after the paragraphs
/// of quotation alone that follow it; no one when names head quotations
/// there instead (a credit line before the quotation too, or a quotation
/// right after the line: `Rep. Ann Roe`, her words, `Rep. Bo Park`, his),
/// or when two lines sign it (a joint statement: neither alone).
pub(super) fn signer(paragraphs: &[Paragraph], first: usize, last: usize) -> Option<String> {
    let text = |p: usize| paragraphs.get(p).map(|p| p.text.as_str());
    let quotation = |p: usize| text(p).is_some_and(|t| t.trim_start().starts_with(['"', '“', '*']));
    let whole_quotation = |p: usize| {
        text(p).is_some_and(|t| {
            let t = t.trim().trim_matches(['*', '_']).trim();
            t.starts_with(['"', '“']) && t.ends_with(['"', '”'])
        })
    };
    // `“…”`, `“…”`, `– Ann Roe`: the line after the last paragraph of
    // quotation alone.
    let last = (last + 1..last + 1 + MAX_SIGNED_PARAGRAPHS)
        .take_while(|&p| whole_quotation(p))
        .last()
        .unwrap_or(last);
    let (name, signed) = credit_line(text(last + 1)?)?;
    let credit = |p: usize| text(p).is_some_and(|t| credit_line(t).is_some());
    // A credit line before, unless it signs a quotation before it in turn
    // (epigraphs one after another, each signed under it).
    let headed = first
        .checked_sub(1)
        .is_some_and(|p| credit(p) && !p.checked_sub(1).is_some_and(quotation));
    let after = text(last + 2);
    let heads_next = quotation(last + 2) && !credit(last + 3);
    let joint = credit(last + 2);
    // A heading over a text about that person (`Mayor Bo Park`, then
    // `Mayor Park has led …`); a line opening with a dash or closing with
    // a date signs.
    let surname = name.split_whitespace().last().unwrap_or("");
    let about = !signed
        && after.is_some_and(|t| {
            t.split_whitespace()
                .take(MAX_HEADING_REACH)
                .any(|w| split_word(w).core == surname)
        });
    (!headed && !heads_next && !joint && !about).then_some(name)
}

/// The person a credit line under a paragraph-long quotation names, as an
/// epigraph is signed: `– President Ann Roe`, `— Ann Roe, March 3, 2021`,
/// `— Envoy to the Lakes, Ann Roe`; without a dash only a name with a
/// title or a date (`President Ann Roe`, `Ann Roe, May 2, 2022`), since a
/// line naming a person may head what follows (`Ann Roe`, `Ann Roe,
/// Nominee for Envoy`); never a line ending in a colon, which introduces
/// what follows. With the name, whether a dash or a date signs the line.
pub(super) fn credit_line(line: &str) -> Option<(String, bool)> {
    let dashed = opens_with_dash(line);
    let line = line.trim().trim_matches(['*', '_']).trim();
    // `Statement of Ann Roe, CEO:` heads the quotation after it.
    if line.ends_with(':') {
        return None;
    }
    let rest = line.trim_start_matches(|c: char| c.is_whitespace() || "-—–".contains(c));
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    let limit = if dashed {
        MAX_DASHED_CREDIT_WORDS
    } else {
        MAX_CREDIT_WORDS
    };
    if words.is_empty() || words.len() > limit {
        return None;
    }
    // `– The Honourable Ann Roe, Minister of …`: an honorific's article.
    if words.len() > 2 && words[0] == "The" && is_title(words[1]) {
        words.remove(0);
    }
    let (name, used, _) = name_forward(&words)?;
    let after = &words[used..];
    // `President Ann Roe, Jr.`: a suffix set off by a comma ends the name.
    let after = match after {
        [suffix] if is_suffix(suffix.trim_end_matches(',')) => &[],
        _ => after,
    };
    let dated = !after.is_empty() && is_date(after);
    // A bare name alone may head a section on that person (`Ann Roe`);
    // signed, it has a dash, a date or a title (`President Ann Roe`).
    let titled = PersonName::parse(&name).is_some_and(|n| !n.titles.is_empty());
    if plausible(&name)
        && is_person_name(&name)
        && (after.is_empty() || dated)
        && (dashed || dated || titled)
    {
        return Some((name, dashed || dated));
    }
    if !dashed {
        return None;
    }
    // `– Ann Roe, President and CEO, Elm Co-operative`: a person's full
    // name, then what they are.
    if words[used - 1].ends_with(',')
        && plausible(&name)
        && is_person_name(&name)
        && full_name(&name)
        && !is_organization(&name)
    {
        return Some((name, true));
    }
    // `— Envoy to the Lakes, Ann Roe`: an office, then the name last.
    if words.len() > MAX_CREDIT_WORDS {
        return None;
    }
    let run = name_backward(&words, false)?;
    (run.start > 0
        && words[run.start - 1].ends_with(',')
        && plausible(&run.name)
        && is_person_name(&run.name)
        && !is_organization(&run.name)
        && full_name(&run.name))
    .then_some((run.name, true))
}

/// True for a credit line that opens with a dash (`– Ann Roe`, `*— Ann
/// Roe*`): a signature, never a heading.
fn opens_with_dash(line: &str) -> bool {
    line.trim()
        .trim_start_matches(['*', '_'])
        .trim_start()
        .starts_with(['-', '—', '–'])
}

/// True for the words of a date after a name (`, March 3, 2021`, `2021`).
fn is_date(words: &[&str]) -> bool {
    let words: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches([',', '.']))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || crate::corpus::date::MONTHS.contains(&lower(w).as_str())
        })
        && words
            .iter()
            .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{some, speakers};

    #[test]
    fn a_quotation_set_apart_is_the_person_signing_it() {
        // A dashed credit: the name, then what they are and where.
        assert_eq!(
            speakers(&[
                "“This project will connect 4,212 homes.”",
                "– Ann Roe, President and Chief Executive Officer, Lac-Verdier Telecom Co-operative",
                "“Today’s investment means families will not drive to the library.”",
                "– The Honourable Bo Park, Minister of Rural Economic Development",
                "“For years, people here were told it would never pay.”",
                "– Cy Lee, Member of Parliament for Lac-Verdier–Saint-Onge and Parliamentary \
                 Secretary to the Minister of Rural Economic Development",
            ]),
            [some("Ann Roe"), some("Honourable Bo Park"), some("Cy Lee")]
        );
        assert_eq!(
            speakers(&[
                "“From the first days of our towns, we have stood together.”",
                "Governor Ann Roe",
                "September 27, 2021",
                "Today the two states opened a new bridge.",
            ]),
            [some("Governor Ann Roe")]
        );
        assert_eq!(
            speakers(&[
                "“Our two nations stand together.”",
                "Governor Ann Roe",
                "Premier Bo Park",
                "September 27, 2021",
            ]),
            [None]
        );
        // A name heading a text about that person.
        assert_eq!(
            speakers(&[
                "“We have stood together for a century now.”",
                "Mayor Bo Park",
                "Mayor Park has led Elm City since 2019.",
            ]),
            [None]
        );
        // A name between two quotations may head the second.
        assert_eq!(
            speakers(&[
                "Governor Ann Roe, host",
                "“We have stood together for a century now.”",
                "Mayor Bo Park",
                "“We will stand together for another century.”",
            ]),
            [None, None]
        );
        // Names over their words: the line after a quotation heads the next.
        assert_eq!(
            speakers(&[
                "Governor Ann Roe",
                "“We have stood together for a century now.”",
                "Mayor Bo Park",
                "“We will stand together for another century.”",
            ]),
            [None, None]
        );
    }

    #[test]
    fn a_dashed_signature_signs_though_the_text_after_is_about_the_signer() {
        assert_eq!(
            speakers(&[
                "“Our alliance is the strong foundation of our shared security.”",
                "– President Ann Roe, February 19, 2021",
                "President Roe will attend the summit in Elm on June 14.",
            ]),
            [some("President Ann Roe")]
        );
    }

    #[test]
    fn a_dated_signature_signs_though_the_text_after_is_about_the_signer() {
        assert_eq!(
            speakers(&[
                "*“More than ever, democracy needs champions.”*",
                "President Ann Roe, December 9, 2021",
                "Today, President Roe opened the summit.",
            ]),
            [some("President Ann Roe")]
        );
    }

    #[test]
    fn paragraphs_of_quotation_alone_are_signed_by_the_line_after_the_last() {
        assert_eq!(
            speakers(&[
                "*“As a nation, we must act.”",
                "“Our plan has four pillars.”",
                "– Vice President Ann Roe*",
                "The task force met on Tuesday.",
            ]),
            [
                some("Vice President Ann Roe"),
                some("Vice President Ann Roe")
            ]
        );
        // A paragraph that says more than its quotation is no part of it.
        assert_eq!(
            speakers(&[
                "*“As a nation, we must act.”",
                "“Our plan has four pillars,” the report says.",
                "– Vice President Ann Roe*",
            ])[0],
            None
        );
    }

    #[test]
    fn epigraphs_one_after_another_are_each_signed_under_it() {
        assert_eq!(
            speakers(&[
                "[Read the plan here](https://example.com/plan)",
                "*“The Lakes are our home. We will stay a partner here.”*",
                "*President Ann Roe, Jr.*",
                "*“The past and the future of our towns are one.”*",
                "*Vice President Bo Park*",
                "The plan has four parts.",
            ]),
            [some("President Ann Roe"), some("Vice President Bo Park")]
        );
    }

    #[test]
    fn a_quotation_signed_on_the_next_line_is_its_signers() {
        let signed = |quote: &str, line: &str| {
            speakers(&[quote, line, "The plan funds bridges in every county."])
        };
        let quote = "“Our rivers are the lifeblood of our towns and our trade.”";
        assert_eq!(
            signed(quote, "– Governor Ann Roe"),
            [some("Governor Ann Roe")]
        );
        assert_eq!(signed(quote, "Bo Park, March 3, 2021"), [some("Bo Park")]);
        assert_eq!(
            signed(quote, "— Envoy to the Lakes, Cy Lee"),
            [some("Cy Lee")]
        );
        assert_eq!(signed(quote, "Di Cruz"), [None]);
        assert_eq!(
            signed(quote, "Fay Orr, Nominee for Envoy to the Lakes"),
            [None]
        );
        assert_eq!(
            speakers(&[
                "“A bridge in every county is within our reach this decade.”",
                "Statement of Ed Moss, Chair:",
                "“Our towns have waited long enough for this bridge.”",
            ]),
            [None, some("Ed Moss")]
        );
        // Names over quotations, or under them: either way round.
        assert_eq!(
            speakers(&[
                "Rep. Gus Hale",
                "“Our district needs the bridge, and I will vote for it.”",
                "Rep. Ida Vance",
                "“The bridge is a fine idea, and it is long overdue.”",
            ]),
            [None, None]
        );
    }
}
