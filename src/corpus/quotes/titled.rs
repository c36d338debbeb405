//! The people a text names with a title (`Vice President Lee` in "Remarks
//! by Vice President Lee at …"), past honorifics and an office's scope
//! (`Prime Minister Rt Hon Ann Roe`, `Governor of Elm Province, Hon. Bo
//! Park`), and those a sentence sets apart from the bare title.

use super::given_names::is_given_name;
use super::lexicon::{
    CONNECTORS, HEADLINE_WORDS, NAME_HONORIFICS, STYLES_OF_ADDRESS, is_institution, is_suffix,
};
use super::words::{
    is_closing_surname, is_name_word, is_possessive, is_title, split_word, strip_possessive,
};

/// The person a title stands for in `text` (a release's title): `Vice
/// President` in "Remarks by Vice President Lee at …" gives "Vice President
/// Lee". The title must not be part of a longer one ("President" is not
/// "Vice President Lee"), and the first person it names is taken.
pub fn titled_name(text: &str, title: &str) -> Option<String> {
    titled_names(text, title).next()
}

/// Every person `text` names with `title`, in order (see [`titled_name`]).
pub fn titled_names<'a>(text: &'a str, title: &str) -> impl Iterator<Item = String> + 'a {
    let wanted: Vec<String> = title.split_whitespace().map(str::to_lowercase).collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..words.len()).filter_map(move |at| {
        // `“Attorney General Ann Roe deserves credit`: a quotation may open
        // on the title.
        let matches = wanted.iter().enumerate().all(|(k, w)| {
            words.get(at + k).is_some_and(|x| {
                let x = if k == 0 {
                    x.trim_start_matches(['"', '“', '‘', '\''])
                } else {
                    x
                };
                split_word(x).core.to_lowercase() == *w
            })
        });
        // `Deputy Prime Minister Bo Park`, not `of the majority, Chief
        // Justice Ann Roe`.
        // `Her Majesty Queen Isolde`: a style of address is no longer title;
        // nor is the country (`U.S. Senator Ann Roe` is a senator).
        let longer = at > 0
            && !matches!(words[at - 1].trim_end_matches('.'), "U.S" | "US")
            && words[at - 1].starts_with(char::is_uppercase)
            && !split_word(words[at - 1]).stop
            && is_title(split_word(words[at - 1]).core)
            && !STYLES_OF_ADDRESS.contains(&split_word(words[at - 1]).core.to_lowercase().as_str())
            // `H.E. Ambassador Ann Roe`, `Hon. Minister Bo Park`: an
            // honorific is no part of the title.
            && !NAME_HONORIFICS.contains(&words[at - 1].trim_end_matches('.').to_lowercase().as_str());
        if !matches || longer {
            return None;
        }
        let last = words[at + wanted.len() - 1];
        // `The Taoiseach, Micheál Ó Dubhghaill TD, and …`: the name set
        // off by commas right after the title.
        let (honored, from) = if !split_word(last).stop {
            honorifics(&words, at + wanted.len())
        } else if last.ends_with(',') {
            let start = named_apart(&words, at + wanted.len())?;
            (start, start)
        } else {
            return None;
        };
        let mut name: Vec<&str> = words[honored..from]
            .iter()
            .map(|w| split_word(w).core)
            .collect();
        let honorifics = name.len();
        for (k, token) in words.iter().enumerate().skip(from) {
            let word = split_word(token);
            let core = strip_possessive(word.core);
            let headline =
                core.ends_with("ing") || HEADLINE_WORDS.contains(&core.to_lowercase().as_str());
            let surname =
                name.len() > honorifics && is_closing_surname(core, words.get(k + 1).copied());
            // `Foreign Minister Jorrit van der Zee`: particles before a surname.
            let particle = name.len() > honorifics
                && CONNECTORS.contains(&core)
                && words[k + 1..]
                    .iter()
                    .map(|w| strip_possessive(split_word(w).core))
                    .find(|w| !CONNECTORS.contains(w))
                    .is_some_and(is_name_word);
            let weighty = name[honorifics..]
                .iter()
                .filter(|w| !CONNECTORS.contains(w))
                .count();
            if !(is_name_word(core) || surname || particle)
                || is_title(core)
                || headline
                || weighty == 3
            {
                break;
            }
            name.push(core);
            if word.stop || is_possessive(word.core) || surname {
                break;
            }
        }
        if name.len() == honorifics {
            return None;
        }
        let title: Vec<&str> = words[at..at + wanted.len()]
            .iter()
            .map(|w| split_word(w).core)
            .collect();
        Some(format!("{} {}", title.join(" "), name.join(" ")))
    })
}

/// The honorifics between an office, whose words end at `from`, and its
/// name (`Rt Hon`, `Shri`), past the office's scope when honorifics follow
/// it (`Minister for Water Resources Shri Bo Park`): where they start and
/// where the name starts; both `from` when there are none.
fn honorifics(words: &[&str], from: usize) -> (usize, usize) {
    let honorific = |k: usize| {
        words.get(k).is_some_and(|w| {
            let word = split_word(w);
            !word.stop
                && NAME_HONORIFICS
                    .contains(&word.core.trim_end_matches('.').to_lowercase().as_str())
        })
    };
    // `Governor of Kesseret Province, Hon. Bo Park`: the scope may close
    // with a comma before the honorifics.
    // `ministre de la Transition écologique, Mme Ann Roe`: in French,
    // Spanish, Portuguese, Italian or German the scope's words may be in
    // lowercase.
    let foreign = words
        .get(from)
        .is_some_and(|w| FOREIGN_SCOPES.contains(&w.to_lowercase().as_str()));
    let scope_word = |k: usize| {
        let word = split_word(words[k]);
        is_name_word(word.core)
            || matches!(word.core, "and" | "of" | "the")
            || (foreign && word.core.chars().all(char::is_alphabetic))
    };
    let opens_scope = foreign || words.get(from).is_some_and(|w| matches!(*w, "for" | "of"));
    let scope = if opens_scope {
        let mut found = None;
        let most = if foreign {
            MAX_FOREIGN_SCOPE_WORDS
        } else {
            MAX_SCOPE_WORDS
        };
        let end = words.len().min(from + 1 + most);
        for (k, word) in words.iter().enumerate().take(end).skip(from + 1) {
            if honorific(k) {
                found = Some(k);
                break;
            }
            // `Secretary of Defense Gregory Roe`: a known given name after
            // the words of an institution.
            let institution = |w: &&str| {
                let core = split_word(w).core;
                is_institution(core) || matches!(core, "the" | "and")
            };
            if !foreign
                && k > from + 1
                && is_given_name(split_word(word).core)
                && words[from + 1..k].iter().all(institution)
            {
                found = Some(k);
                break;
            }
            if !scope_word(k) {
                break;
            }
            if word.ends_with(',') {
                found = if honorific(k + 1) {
                    Some(k + 1)
                } else {
                    named_apart(words, k + 1)
                };
                break;
            }
            if split_word(word).stop {
                break;
            }
        }
        found
    } else {
        None
    };
    let start = scope.unwrap_or(from);
    let mut end = start;
    while honorific(end) {
        end += 1;
    }
    (start, end)
}

/// Where a person's name set off by commas starts, after an office's
/// scope closing at `at` (`The Minister for Transport, Eluned
/// Bowen-Rhys,`; past a title of their own: `Special Envoy for
/// Humanitarian Affairs, Ambassador Tomasz Lind,`): two capitalised
/// words or three, a known given name first or a comma after, not the
/// scope going on (`for Health, Wellness and Sport`).
pub(super) fn named_apart(words: &[&str], at: usize) -> Option<usize> {
    let core = |k: usize| words.get(k).map(|w| split_word(w).core);
    let name_word = |k: usize| core(k).is_some_and(|c| is_name_word(c) && !is_title(c));
    let closed = |k: usize| words.get(k).is_some_and(|w| w.ends_with(','));
    let at = (at..at + MAX_OWN_TITLES)
        .find(|&k| !core(k).is_some_and(is_title) || split_word(words[k]).stop)?;
    // The name's words up to a comma, and letters after it (`TD,`).
    let mut end = at;
    while end < at + MAX_APART_WORDS && name_word(end) && !closed(end) {
        end += 1;
    }
    let comma = (closed(end) && name_word(end))
        || (end > at && closed(end) && core(end).is_some_and(is_suffix));
    let words_before_comma = end + usize::from(name_word(end)) - at;
    (name_word(at)
        && name_word(at + 1)
        && (core(at).is_some_and(is_given_name) || (comma && words_before_comma >= 2)))
        .then_some(at)
}

/// Most words of a name set off by commas after an office.
const MAX_APART_WORDS: usize = 4;

/// Most words of a person's own title between an office's scope and
/// their name (`Ambassador`, `Lt. Gen.`).
const MAX_OWN_TITLES: usize = 3;

/// Most words of an office's scope before honorifics and a name
/// (`for Rural Water Resources`).
const MAX_SCOPE_WORDS: usize = 6;

/// Most words of an office's scope in French, Spanish, Portuguese, Italian
/// or German, whose articles make it longer (`de la Transition écologique
/// et de la Cohésion des territoires`).
const MAX_FOREIGN_SCOPE_WORDS: usize = 10;

/// Words opening an office's scope in French, Spanish, Portuguese, Italian
/// and German (`ministre de …`, `Ministerin für …`), lowercase.
const FOREIGN_SCOPES: &[&str] = &[
    "de", "des", "du", "da", "do", "das", "dos", "del", "della", "dello", "delle", "degli", "dei",
    "di", "für", "der",
];

/// Endings of nationality adjectives (`Vesnian`, `Chinese`, `British`,
/// `Israeli`, `French`).
const NATIONALITY_ENDINGS: &[&str] = &["an", "ese", "ish", "i", "ch"];

/// True when `text` names `holder` (a title and a name, as
/// [`titled_names`] gives them) as another country's: after a nationality
/// (`Vesnian Prime Minister Bo Kim`) or with the country after the name
/// (`President Bo Kim of Elm`).
pub fn is_foreign(text: &str, holder: &str) -> bool {
    let Some(at) = text.find(holder) else {
        return false;
    };
    let before = text[..at].split_whitespace().next_back().unwrap_or("");
    let nationality = before.starts_with(char::is_uppercase)
        && !split_word(before).stop
        && !is_title(before)
        && before.chars().all(char::is_alphabetic)
        && NATIONALITY_ENDINGS.iter().any(|e| before.ends_with(e));
    let country_after = text[at + holder.len()..]
        .strip_prefix(" of ")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase) && !rest.starts_with("the"));
    nationality || country_after
}

/// The people `text` sets apart from the bare title: those it names with
/// `title` in a sentence that also uses the title alone for someone else
/// (`The Prime Minister spoke to Prime Minister Jun-ho Seo`, `Readout of
/// the President’s Call with President Ann Roe`). Such a name is not who
/// the bare title means.
pub fn set_apart(text: &str, title: &str) -> Vec<String> {
    let wanted: Vec<String> = title.split_whitespace().map(str::to_lowercase).collect();
    let mut apart = Vec::new();
    let mut sentence: Vec<&str> = Vec::new();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    for (k, token) in tokens.iter().enumerate() {
        sentence.push(token);
        let trimmed = token.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
        let ends =
            trimmed.ends_with(['!', '?']) || (trimmed.ends_with('.') && split_word(trimmed).stop);
        if !ends && k + 1 < tokens.len() {
            continue;
        }
        let bare = (0..sentence.len()).any(|at| {
            let after = at + 1 + wanted.len();
            let article = sentence[at].trim_start_matches(['“', '"', '‘', '(']);
            matches!(article, "the" | "The")
                && wanted.iter().enumerate().all(|(i, w)| {
                    sentence.get(at + 1 + i).is_some_and(|x| {
                        strip_possessive(split_word(x).core).to_lowercase() == *w
                    })
                })
                // Not another office (`the President of Elmland`).
                && (split_word(sentence[after - 1]).stop
                    || is_possessive(split_word(sentence[after - 1]).core)
                    || sentence.get(after).is_none_or(|next| {
                        !is_name_word(split_word(next).core) && !matches!(*next, "of" | "for")
                    }))
        });
        if bare {
            apart.extend(titled_names(&sentence.join(" "), title));
        }
        sentence.clear();
    }
    apart
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_holder_after_a_nationality_or_before_a_country_is_foreign() {
        let text = "Vesnian Prime Minister Bo Kim met Prime Minister Ann Roe.";
        assert!(is_foreign(text, "Prime Minister Bo Kim"));
        assert!(!is_foreign(text, "Prime Minister Ann Roe"));
        assert!(is_foreign(
            "President Cy Lee of Elm spoke.",
            "President Cy Lee"
        ));
        assert!(!is_foreign(
            "President Cy Lee of the United States spoke.",
            "President Cy Lee"
        ));
        assert!(!is_foreign(
            "The Prime Minister Bo Kim spoke.",
            "Prime Minister Bo Kim"
        ));
    }

    #[test]
    fn a_title_names_the_first_person_it_is_given_to() {
        let title = "Remarks by President Lee and Vice President Moss at a Summit";
        assert_eq!(
            titled_name(title, "President").as_deref(),
            Some("President Lee")
        );
        assert_eq!(
            titled_name(title, "Vice President").as_deref(),
            Some("Vice President Moss")
        );
        assert_eq!(titled_name(title, "First Lady"), None);
    }

    #[test]
    fn an_honorific_before_a_title_is_no_longer_title() {
        assert_eq!(
            titled_name("H.E. Ambassador Ann Roe spoke.", "Ambassador").as_deref(),
            Some("Ambassador Ann Roe")
        );
        assert_eq!(
            titled_name("Vice President Bo Lee spoke.", "President"),
            None
        );
    }

    #[test]
    fn an_office_with_its_scope_names_the_person_set_off_after_it() {
        let text =
            "The Cabinet Secretary for Transport and Rural Affairs, Eluned Roe, launched it.";
        assert_eq!(
            titled_name(text, "Cabinet Secretary").as_deref(),
            Some("Cabinet Secretary Eluned Roe")
        );
        let text = "Aldermark’s Special Envoy for Humanitarian Affairs, Ambassador Tomasz \
                    Wierzbowski-Lind, who has led talks, spoke.";
        assert_eq!(
            titled_name(text, "Special Envoy").as_deref(),
            Some("Special Envoy Tomasz Wierzbowski-Lind")
        );
        let text = "The Taoiseach, Micheál Ó Dubhghaill TD, and the Tánaiste launched it.";
        assert_eq!(
            titled_name(text, "Taoiseach").as_deref(),
            Some("Taoiseach Micheál Ó Dubhghaill")
        );
        let text = "Secretary of Defense Gregory Roe-Cole spoke with the minister.";
        assert_eq!(
            titled_name(text, "Secretary").as_deref(),
            Some("Secretary Gregory Roe-Cole")
        );
        let text = "Her Majesty Queen Isolde sent a message.";
        assert_eq!(titled_name(text, "Queen").as_deref(), Some("Queen Isolde"));
        let text = "The Minister for Health, Wellness and Sport opened it.";
        assert_eq!(titled_name(text, "Minister"), None);
    }
}
