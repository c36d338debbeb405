//! Whether a line break inside a block of text was meant by its writer
//! (a letterhead's `Office of Governor Ann Roe` over `Wildfire Update`, an
//! address, a sign-off) or made by hard wrapping (pandoc's 72 columns, an
//! e-mail's 76). Readers join wrapped lines into one paragraph but keep
//! meant lines apart, so that a name never runs on into the next line.
//!
//! A wrapping tool breaks a line only when the next word would not fit. So a
//! break after a line that the next word would still have fit into, within
//! the narrowest width anyone wraps prose at, was the writer's.

/// No tool wraps prose narrower than this many characters; a line that
/// leaves room for the next word within it ended on purpose.
const NARROWEST_WRAP: usize = 60;

/// The width within which a break leaving room for the next word is
/// meant: 60 columns (`NARROWEST_WRAP`), or the body's longest line when that is
/// shorter (a body wrapped at 40 columns).
pub fn wrap_limit(body: &str) -> usize {
    body.lines()
        .map(|line| line.trim().chars().count())
        .max()
        .unwrap_or(0)
        .min(NARROWEST_WRAP)
}

/// True when the break between `line` and `next` was meant: the first word
/// of `next` (up to an ASCII space, so a no-break space or a link's target
/// keeps it whole) would have fit on `line` within `limit`.
pub fn is_meant(line: &str, next: &str, limit: usize) -> bool {
    let line = line.trim().chars().count();
    let word = next
        .trim_start()
        .split([' ', '\t', '\n'])
        .next()
        .unwrap_or("")
        .chars()
        .count();
    line > 0 && word > 0 && line + 1 + word <= limit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letterhead_line_is_meant() {
        let body = "Office of Governor Ann Roe\nWildfire Update\n\nA long paragraph that runs well past sixty characters on a single line of text.";
        let limit = wrap_limit(body);
        assert_eq!(limit, NARROWEST_WRAP);
        assert!(is_meant(
            "Office of Governor Ann Roe",
            "Wildfire Update",
            limit
        ));
    }

    #[test]
    fn a_wrapped_line_is_not() {
        let line = "The governor said on Tuesday that the state would open three new";
        assert!(!is_meant(line, "shelters for families.", 72));
        // The next word is a link: it did not fit.
        assert!(!is_meant(
            "Secretary of State",
            "Blinken\u{a0}[announced](https://www.example.gov/a/long/path)",
            60
        ));
    }

    #[test]
    fn a_body_wrapped_narrow_wraps_within_its_own_width() {
        let body = "First line of a\nwrapped paragraph.";
        let limit = wrap_limit(body);
        assert_eq!(limit, 18);
        assert!(!is_meant("First line of a", "wrapped paragraph.", limit));
    }
}
