//! Labels: a name (or an organization's name) with its offices and
//! affiliations, then a colon, opening a paragraph of quoted words, as
//! round-ups of reactions write them (`Rep. Joaquin Castro: "…"`, `Jane
//! Doe, CEO, Acme: "…"`, `American Cancer Society: "…"`).

use super::lexicon::CONNECTORS;
use super::names::{PersonName, is_organization, is_person_name};
use super::subject::{Attribution, name_backward, name_forward, plausible};
use super::words::split_word;

/// Most words of a label (`Dr. Ann Roe, Chief Executive Officer, Acme:`).
const MAX_LABEL_WORDS: usize = 20;

/// The speaker of a paragraph that opens with a label, as round-ups of
/// reactions do: `Rep. Joaquin Castro: "…"`, `Jane Doe, CEO, Acme: "…"`,
/// `Eversource President and CEO Joe Nolan: "…"`; also a paragraph that is
/// only such a label (`Rep. Ro Khanna (CA-17):`, `Illinois Congressman
/// Sean Casten: (1/3)`). The label is a name with its offices and
/// affiliations, nothing else: `In a letter to Secretary Lee:` is not one.
pub(super) fn label_attribution(lead: &str) -> Option<Attribution> {
    let lead = lead.trim();
    let label = match lead.strip_suffix(':') {
        Some(label) => label,
        None => {
            let (label, rest) = lead.rsplit_once(':')?;
            let numbering = rest.trim().strip_prefix('(')?.strip_suffix(')')?;
            numbering
                .chars()
                .all(|c| c.is_ascii_digit() || c == '/')
                .then_some(label)?
        }
    };
    let mut words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_LABEL_WORDS {
        return None;
    }
    // A bracketed tag at the end: `(D-TX)`.
    if words.last().is_some_and(|w| w.ends_with(')'))
        && let Some(open) = words.iter().rposition(|w| w.starts_with('('))
    {
        words.truncate(open);
    }
    let labelish = words.iter().all(|w| {
        let core = split_word(w).core;
        core.starts_with(|c: char| !c.is_lowercase())
            || matches!(
                core,
                "and" | "of" | "the" | "for" | "to" | "at" | "in" | "on" | "&"
            )
            || CONNECTORS.contains(&core)
    });
    if !labelish {
        return None;
    }
    // `Jane Doe, Chief Executive Officer, American Society of X`: the name
    // opens a label of comma-separated parts; or it closes one, after the
    // offices (`Ranking Member, House Judiciary Committee, New York
    // Congressman Jerry Nadler`, `Columbus, OH Mayor Andy Ginther`).
    if let Some(first) = words.iter().position(|w| w.ends_with(',')) {
        let chunk = &words[..=first];
        // A lone word is more often a town (`Dayton, OH Mayor Ann Ruiz`).
        if let Some((name, used, _)) = name_forward(chunk)
            && used == chunk.len()
            && is_person_name(&name)
        {
            return Some(Attribution::Name(name));
        }
        let last = words.iter().rposition(|w| w.ends_with(','))?;
        let chunk = &words[last + 1..];
        return match name_backward(chunk, false) {
            Some(run) if run.start == 0 && is_person_name(&run.name) => {
                Some(Attribution::Name(run.name))
            }
            _ => None,
        };
    }
    // Without commas the name comes with an office (`Rep.`, `President and
    // CEO`): a bare `American Legion:` or `Advance Maryland:` is more often
    // an organization than a person.
    // `American Cancer Society:` quotes the organization.
    let whole: Vec<&str> = words.iter().map(|w| split_word(w).core).collect();
    let whole = whole.join(" ");
    let organization = whole.strip_prefix("The ").unwrap_or(&whole);
    if is_organization(organization) {
        return Some(Attribution::Organization(organization.to_string()));
    }
    let mut run = name_backward(&words, false)?;
    if !plausible(&run.name) && run.start >= 2 && matches!(words[run.start - 1], "of" | "from") {
        run = name_backward(&words[..run.start - 1], false)?;
    }
    let titled = PersonName::parse(&run.name).is_some_and(|n| !n.titles.is_empty());
    (titled && plausible(&run.name)).then_some(Attribution::Name(run.name))
}
