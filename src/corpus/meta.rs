//! Recognising the parts of a release that are not body: end marks, credit
//! lines, boilerplate; and deriving a title from the first sentence.

use super::quotes::lexicon;

/// Longest derived title, in characters, before it is cut at a word boundary.
const MAX_DERIVED_TITLE: usize = 160;

/// True for a paragraph that marks the end of a release: a run of `#`
/// (`###`, `# # #`, `\###`), `-30-` or `END`, bare or set between dashes
/// (`-###-`, `— 30 —`, `-END-`).
pub fn is_end_mark(line: &str) -> bool {
    if line.len() > 24 {
        return false;
    }
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.trim_matches('\\');
    // Pandoc writes an end mark followed by an empty link as `\###[]()`.
    let compact = compact.strip_suffix("[]()").unwrap_or(compact);
    const DASHES: [char; 3] = ['-', '–', '—'];
    let core = compact.trim_matches(DASHES);
    let between_dashes = compact.starts_with(DASHES) && compact.ends_with(DASHES);
    let hashes = core.chars().filter(|&c| c == '#').count();
    (hashes >= 2 && core.chars().all(|c| c == '#' || c == '\\'))
        || core.eq_ignore_ascii_case("end")
        || (between_dashes && core == "30")
}

/// If `line` is a credit line, the credit without its decoration:
/// "(With input from Xinhua)" → "With input from Xinhua".
pub fn credit(line: &str) -> Option<String> {
    let t = line.trim();
    let inner = t
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    let lower = inner.to_lowercase();
    const CREDIT_STARTS: &[&str] = &[
        "with input from",
        "with inputs from",
        "reporting by",
        "additional reporting by",
        "writing by",
        "written by",
        "edited by",
        "editing by",
        "compiled by",
        "source:",
        "sources:",
        "editor:",
        "editors:",
        "reporter:",
        "photo:",
        "photos:",
        "video:",
        "cover image:",
        "cover photo:",
        "contributed by",
        "by staff reporter",
    ];
    let is_credit = CREDIT_STARTS.iter().any(|p| lower.starts_with(p)) && inner.len() <= 200;
    let is_copyright = (lower.starts_with("copyright") || lower.starts_with('©'))
        && inner.len() <= 200
        && inner
            .trim_start_matches(|c: char| !c.is_alphanumeric() || c == '©')
            .to_lowercase()
            .trim_start_matches("copyright")
            .trim_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .any(char::is_alphanumeric);
    (is_credit || is_copyright).then(|| inner.to_string())
}

/// True for lines that are page furniture, not text: "RELATED STORIES",
/// a bare "Copyright ©", "Share this", "Print".
pub fn is_boilerplate(line: &str) -> bool {
    let t = line.trim().trim_end_matches(':').to_lowercase();
    let bare_copyright = (t.starts_with("copyright") || t.starts_with('©'))
        && !t
            .trim_start_matches("copyright")
            .chars()
            .any(char::is_alphanumeric);
    bare_copyright
        || matches!(
            t.as_str(),
            "related stories"
                | "related"
                | "related articles"
                | "related news"
                | "read more"
                | "share"
                | "share this"
                | "print"
                | "email"
                | "all rights reserved"
                | "all rights reserved."
                | "advertisement"
                | "back to top"
        )
}

/// Byte offset where the first sentence of `text` ends (after its closing
/// punctuation and any closing quote), or the text's length.
pub fn first_sentence_end(text: &str) -> usize {
    sentence_ends(text).next().unwrap_or(text.len())
}

/// Byte offsets just after each sentence of `text` ends; the last sentence
/// ends at `text.len()`.
pub fn sentence_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match next_sentence_end(text, from) {
            Some(end) if end < text.len() => {
                from = end;
                Some(end)
            }
            _ => {
                done = true;
                (from < text.len()).then_some(text.len())
            }
        }
    })
}

fn next_sentence_end(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // Swallow closing quotes and brackets after the punctuation.
            loop {
                let rest = &text[end..];
                let Some(c) = rest.chars().next() else { break };
                if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let next = text[end..].chars().next();
            let followed_by_space = next.is_none_or(char::is_whitespace);
            if followed_by_space && (b != b'.' || !is_abbreviation_before(text, i)) {
                // The next sentence should start with a capital, digit or quote.
                let after = text[end..].trim_start();
                let starts_sentence = after
                    .chars()
                    .next()
                    .is_none_or(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'(".contains(c));
                if starts_sentence {
                    return Some(end);
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    None
}

/// True when the full stop at `dot` ends an abbreviation ("Rep.", "U.S.", "Jan.")
/// or an initial ("John F. Kennedy").
fn is_abbreviation_before(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    lexicon::is_abbreviation(&before[word_start..])
}

/// A title made from the first sentence of a body paragraph, cut at a word
/// boundary with an ellipsis when longer than 160 characters.
pub fn derive_title(first_paragraph: &str) -> String {
    let sentence = first_paragraph[..first_sentence_end(first_paragraph)].trim();
    let sentence = sentence.strip_suffix('.').unwrap_or(sentence);
    if sentence.chars().count() <= MAX_DERIVED_TITLE {
        return sentence.to_string();
    }
    let mut cut = String::new();
    for word in sentence.split_whitespace() {
        if cut.chars().count() + word.chars().count() + 1 > MAX_DERIVED_TITLE {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    let cut = cut.trim_end_matches([',', ';', ':', '—', '-']).trim_end();
    format!("{cut}…")
}

/// Normalises text for comparing titles and paragraphs: lowercase letters and
/// digits only.
pub fn comparable(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_marks() {
        for s in [
            "###",
            "\\###",
            "# # #",
            "-30-",
            " ### ",
            "- 30 -",
            "-###-",
            "— ### —",
            "—30—",
            "-END-",
            "##",
            "\\###[]()",
        ] {
            assert!(is_end_mark(s), "{s:?}");
        }
        for s in [
            "#1 priority",
            "30",
            "-30",
            "#",
            "-\\\\-",
            "The end of the story.",
            "-#1-",
        ] {
            assert!(!is_end_mark(s), "{s:?}");
        }
    }

    #[test]
    fn credits_and_boilerplate() {
        assert_eq!(
            credit("(With input from Xinhua)").as_deref(),
            Some("With input from Xinhua")
        );
        assert_eq!(
            credit("Reporting by Jane Doe; Editing by John Roe").as_deref(),
            Some("Reporting by Jane Doe; Editing by John Roe")
        );
        assert_eq!(
            credit("Copyright © 2021 CGTN").as_deref(),
            Some("Copyright © 2021 CGTN")
        );
        assert_eq!(credit("Copyright © "), None);
        assert!(is_boilerplate("Copyright © "));
        assert!(is_boilerplate("RELATED STORIES"));
        assert!(!is_boilerplate(
            "The related stories of the week were many."
        ));
        assert_eq!(credit("With that, the meeting ended."), None);
    }

    #[test]
    fn sentences_skip_abbreviations_and_initials() {
        let t = "Rep. Bice met U.S. officials on Jan. 5 with John F. Kennedy Jr. present. Then she left.";
        assert_eq!(
            &t[..first_sentence_end(t)],
            "Rep. Bice met U.S. officials on Jan. 5 with John F. Kennedy Jr. present."
        );
        let ends: Vec<usize> = sentence_ends(t).collect();
        assert_eq!(ends.len(), 2);
        assert_eq!(*ends.last().unwrap(), t.len());
    }

    #[test]
    fn sentence_end_includes_closing_quote() {
        let t = "“We will win.” Then silence.";
        assert_eq!(&t[..first_sentence_end(t)], "“We will win.”");
    }

    #[test]
    fn derived_title_is_the_first_sentence() {
        assert_eq!(
            derive_title("Xi spoke with Moon. They agreed."),
            "Xi spoke with Moon"
        );
        let long = "word ".repeat(60);
        let t = derive_title(&long);
        assert!(
            t.ends_with('…') && t.chars().count() <= MAX_DERIVED_TITLE + 1,
            "{t}"
        );
    }
}
