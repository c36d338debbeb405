//! Searching inside one release: every occurrence of a phrase, as byte
//! ranges of paragraphs, for highlighting and `n`/`N`.

use crate::corpus::Paragraph;

/// One occurrence of the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Index of the paragraph.
    pub paragraph: usize,
    /// Byte offset where the occurrence starts.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// Finds every non-overlapping occurrence of `needle` in the paragraphs, in
/// reading order. Case is ignored unless the needle has an upper-case letter
/// (smart case, as in less and vim).
pub fn find_all(paragraphs: &[Paragraph], needle: &str) -> Vec<Found> {
    if needle.is_empty() {
        return Vec::new();
    }
    let ignore_case = !needle.chars().any(char::is_uppercase);
    let wanted: Vec<char> = if ignore_case {
        needle.chars().flat_map(char::to_lowercase).collect()
    } else {
        needle.chars().collect()
    };
    let mut out = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let text = &paragraph.text;
        let mut from = 0;
        while from < text.len() {
            match match_at(text, from, &wanted, ignore_case) {
                Some(end) => {
                    out.push(Found {
                        paragraph: p,
                        start: from,
                        end,
                    });
                    from = end;
                }
                None => {
                    from += text[from..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
    }
    out
}

/// The end of a match of `wanted` starting at byte `from`, if there is one.
fn match_at(text: &str, from: usize, wanted: &[char], ignore_case: bool) -> Option<usize> {
    let mut want = wanted.iter();
    let mut pending = want.next();
    for (i, c) in text[from..].char_indices() {
        if ignore_case {
            for lc in c.to_lowercase() {
                if pending != Some(&lc) {
                    return None;
                }
                pending = want.next();
            }
        } else {
            if pending != Some(&c) {
                return None;
            }
            pending = want.next();
        }
        if pending.is_none() {
            return Some(from + i + c.len_utf8());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(texts: &[&str]) -> Vec<Paragraph> {
        texts.iter().map(|t| Paragraph::body(*t)).collect()
    }

    #[test]
    fn finds_every_occurrence_ignoring_case() {
        let p = paragraphs(&["The harbor, the HARBOR.", "No match.", "Harbor again"]);
        let found = find_all(&p, "harbor");
        assert_eq!(
            found
                .iter()
                .map(|f| (f.paragraph, f.start))
                .collect::<Vec<_>>(),
            [(0, 4), (0, 16), (2, 0)]
        );
        assert_eq!(&p[0].text[found[1].start..found[1].end], "HARBOR");
    }

    #[test]
    fn upper_case_in_the_needle_makes_it_exact() {
        let p = paragraphs(&["harbor Harbor"]);
        assert_eq!(find_all(&p, "Harbor").len(), 1);
    }

    #[test]
    fn offsets_stay_on_char_boundaries() {
        let p = paragraphs(&["Ärger und ärger, 习近平 said"]);
        let found = find_all(&p, "ärger");
        assert_eq!(found.len(), 2);
        for f in &found {
            assert!(p[0].text.is_char_boundary(f.start) && p[0].text.is_char_boundary(f.end));
        }
        assert_eq!(find_all(&p, "近平").len(), 1);
        assert!(find_all(&p, "").is_empty());
    }
}
