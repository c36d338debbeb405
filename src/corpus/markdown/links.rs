//! Link destinations with a parenthesis CommonMark cannot pair.
//!
//! CommonMark ends an inline link's destination at the first `)` that
//! closes no `(` of its own, and gives up on the link when the opened ones
//! never close. Converters write web addresses as they are, and some hold a
//! lone `(`: a text fragment (`#:~:text=Counsel%20(RTC,eviction`) cut before
//! its `)`. The link closes at the last `)` of the destination's run of
//! characters instead; its lone `(` are escaped, which CommonMark reads back
//! as the same address.

use std::borrow::Cow;

/// `body` with every lone `(` of a link destination that CommonMark would
/// not close escaped as `\(`, so the link reads as a link.
pub fn escape_lone_parentheses(body: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut from = 0;
    while let Some(at) = body[from..].find("](").map(|i| from + i + 2) {
        from = at;
        let run_end = body[at..]
            .find(char::is_whitespace)
            .map_or(body.len(), |i| at + i);
        let run = &body[at..run_end];
        if run.starts_with('<') || closes(run) {
            continue;
        }
        let Some(close) = run.rfind(')') else {
            continue;
        };
        let destination = &run[..close];
        out.push_str(&body[copied..at]);
        out.push_str(&escape_lone(destination));
        copied = at + close;
        from = copied;
    }
    if copied == 0 {
        return Cow::Borrowed(body);
    }
    out.push_str(&body[copied..]);
    Cow::Owned(out)
}

/// True when CommonMark finds the `)` that closes a destination starting
/// `run`: one at depth zero, parentheses before it paired, `\(` and `\)`
/// not counted.
fn closes(run: &str) -> bool {
    let mut depth = 0u32;
    let mut escaped = false;
    for c in run.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' => depth += 1,
            ')' if depth == 0 => return true,
            ')' => depth -= 1,
            _ => {}
        }
    }
    false
}

/// `destination` with the `(` that no later `)` pairs escaped.
fn escape_lone(destination: &str) -> String {
    let mut open: Vec<usize> = Vec::new();
    let mut escaped = false;
    for (i, c) in destination.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' => open.push(i),
            ')' => {
                open.pop();
            }
            _ => {}
        }
    }
    let mut out = String::with_capacity(destination.len() + open.len());
    for (i, c) in destination.char_indices() {
        if open.contains(&i) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_parenthesis_in_an_address_is_escaped() {
        assert_eq!(
            escape_lone_parentheses(
                "a [pilot](https://x.example/a.html#:~:text=Counsel%20(RTC,eviction.). Next"
            ),
            "a [pilot](https://x.example/a.html#:~:text=Counsel%20\\(RTC,eviction.). Next"
        );
    }

    #[test]
    fn links_commonmark_reads_are_left_alone() {
        for text in [
            "[a](https://x.example/wiki/Port_(city)) and [b](<https://x.example/(>)",
            "[c](https://x.example/c \"title (1)\")",
            "(see [d](https://x.example/d)), then [e](https://x.example/\\(e)",
            "no links ] ( here ](",
        ] {
            assert!(
                matches!(escape_lone_parentheses(text), Cow::Borrowed(_)),
                "{text}"
            );
        }
    }
}
