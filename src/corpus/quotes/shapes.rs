//! Organizations' names that are one word of a special shape: words run
//! together (`MomsRising`), a web address (`RuralOrganizing.org`), an
//! acronym in brackets (`(IBLW)`).

/// Fewest lowercase letters before a capital inside a word that joins two
/// words into an organization's name (`MomsRising`, not `MacArthur`).
const MIN_JOINED_PART: usize = 3;

/// True for an organization's name of words run together (`MomsRising`,
/// `UnidosUS`): letters only, a capital after at least
/// [`MIN_JOINED_PART`] lowercase letters, which surnames with a short
/// prefix (`McConnell`, `DesJarlais`) do not have.
pub(super) fn is_joined_name(word: &str) -> bool {
    let bare = word.trim_end_matches([',', '.']);
    let mut lower_run = 0;
    let mut joined = false;
    for c in bare.chars() {
        if !c.is_alphabetic() {
            return false;
        }
        if c.is_uppercase() && lower_run >= MIN_JOINED_PART {
            joined = true;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    joined && bare.starts_with(char::is_uppercase)
}

/// The acronym in brackets `word` is (`(IBLW)`): two or more capitals.
pub(super) fn bracketed_acronym(word: &str) -> Option<&str> {
    let acronym = word.strip_prefix('(')?.strip_suffix(')')?;
    (acronym.len() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase() || c == '&'))
        .then_some(acronym)
}

/// Endings of a web address that an organization goes by
/// (`RuralOrganizing.org`), lowercase.
const DOMAINS: &[&str] = &["org", "com", "net", "us", "edu", "gov"];

/// Fewest letters of a web address before its ending ([`DOMAINS`]).
const MIN_DOMAIN_NAME: usize = 3;

/// True for an organization named by its web address (`RuralOrganizing.org`,
/// `Lakes.com`): a capital, letters, digits or dashes, then an ending of
/// [`DOMAINS`].
pub(super) fn is_domain_name(word: &str) -> bool {
    let bare = word.trim_end_matches([',', ':']);
    let Some((name, ending)) = bare.rsplit_once('.') else {
        return false;
    };
    name.chars().count() >= MIN_DOMAIN_NAME
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && DOMAINS.contains(&ending)
}
