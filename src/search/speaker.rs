//! Who `said:` means: the one place a typed name is matched against the
//! speakers a release quotes, for the list filter, corpus search, the
//! quotations view and the command line alike.

use crate::corpus::quotes;

/// The key a speaker is known by across forms of their name ("Rep.
/// Stephanie Bice", "Bice" and "Sen. Bice (R-OK)" share one): what corpus
/// search indexes for `said:`.
pub fn key(name: &str) -> String {
    quotes::speaker_key(name)
}

/// A name typed after `said:`, ready to be compared with many releases.
#[derive(Debug, Clone)]
pub struct Wanted {
    /// The name as typed, lowercase.
    lower: String,
    /// Its key (see [`key`]).
    key: String,
}

impl Wanted {
    /// The name typed (any case).
    pub fn new(typed: &str) -> Wanted {
        Wanted {
            lower: typed.to_lowercase(),
            key: key(typed),
        }
    }

    /// The key the name is searched by in corpus search.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// True when one of a release's speakers is this person: `names` holds
    /// the speakers' names as written, lowercase, and `keys` their keys, one
    /// a line (see [`SpeakerLines`]). A part of a written name matches too,
    /// so the filter narrows while the name is typed.
    pub fn matches(&self, names: &str, keys: &str) -> bool {
        names.contains(self.lower.as_str())
            || (!self.key.is_empty() && keys.lines().any(|k| k == self.key))
    }
}

/// A release's speakers prepared for [`Wanted::matches`]: lowercase names
/// and keys, one a line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpeakerLines {
    /// Lowercase names, one a line.
    pub names: String,
    /// Keys, one a line.
    pub keys: String,
}

impl SpeakerLines {
    /// The lines for these speakers.
    pub fn new<'a>(speakers: impl IntoIterator<Item = &'a str>) -> SpeakerLines {
        let mut lines = SpeakerLines::default();
        for s in speakers {
            lines.names.push_str(&s.to_lowercase());
            lines.names.push('\n');
            lines.keys.push_str(&key(s));
            lines.keys.push('\n');
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_form_of_the_name_finds_the_speaker() {
        let lines = SpeakerLines::new(["Rep. Stephanie Bice"]);
        for typed in ["bice", "Bice", "Sen. Bice", "stephanie bice", "steph"] {
            assert!(
                Wanted::new(typed).matches(&lines.names, &lines.keys),
                "{typed}"
            );
        }
        assert!(!Wanted::new("schumer").matches(&lines.names, &lines.keys));
    }
}
