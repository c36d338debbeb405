//! Quote marks: where quotations start and end in a body.

use super::words::nickname;
use crate::corpus::{Paragraph, TextPos};

/// A quotation's extent before attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Extent {
    /// Where the quotation starts.
    pub(super) start: TextPos,
    /// Where it ends, exclusive.
    pub(super) end: TextPos,
}

/// A quotation found in one paragraph: byte range, `end` `None` when it is
/// still open at the paragraph's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Local {
    /// Byte offset of its opening mark.
    pub(super) start: usize,
    /// Byte offset just past its closing mark, `None` while still open.
    pub(super) end: Option<usize>,
}

/// The outermost quotations of a body, joined across paragraphs.
pub(super) fn find_extents(paragraphs: &[Paragraph]) -> Vec<Extent> {
    let mut spans = Vec::new();
    // Start of a quote left open at the end of the previous paragraph.
    let mut open: Option<TextPos> = None;
    // Where a quote closed by a lone closing mark ended: earlier marks of
    // that paragraph are inside it.
    let mut resume: Option<TextPos> = None;
    for (i, paragraph) in paragraphs.iter().enumerate() {
        let text = paragraph.text.as_str();
        let locals = scan(text);
        let mut locals = locals.as_slice();
        if let Some(at) = resume.take_if(|at| at.paragraph as usize == i) {
            let from = locals
                .iter()
                .position(|l| l.start >= at.offset as usize)
                .unwrap_or(locals.len());
            locals = &locals[from..];
        }
        if let Some(start) = open.take() {
            let indent = text.len() - text.trim_start().len();
            // Reopened by a mark of the kind that opened it.
            let double = paragraphs[start.paragraph as usize].text[start.offset as usize..]
                .chars()
                .next()
                .is_some_and(is_double_mark);
            match locals.first() {
                Some(first)
                    if first.start == indent
                        && text[indent..].chars().next().is_some_and(is_double_mark) == double =>
                {
                    locals = &locals[1..];
                    match first.end {
                        Some(end) => spans.push(Extent {
                            start,
                            end: TextPos::new(i, end),
                        }),
                        None => open = Some(start),
                    }
                }
                _ => match post_end(paragraphs, i).filter(|_| double) {
                    // A quoted post broken over lines: its closing mark
                    // comes a paragraph or more later.
                    Some(end) => {
                        spans.push(Extent { start, end });
                        if end.paragraph as usize == i {
                            let from = locals
                                .iter()
                                .position(|l| l.start >= end.offset as usize)
                                .unwrap_or(locals.len());
                            locals = &locals[from..];
                        } else {
                            resume = Some(end);
                            continue;
                        }
                    }
                    None => spans.push(Extent {
                        start,
                        end: paragraph_end(paragraphs, i - 1),
                    }),
                },
            }
        }
        if resume.is_some_and(|at| at.paragraph as usize > i) {
            continue;
        }
        for local in locals.iter().filter(|l| !is_nickname_span(text, l)) {
            match local.end {
                Some(end) => spans.push(Extent {
                    start: TextPos::new(i, local.start),
                    end: TextPos::new(i, end),
                }),
                None => open = Some(TextPos::new(i, local.start)),
            }
        }
    }
    if let Some(start) = open {
        spans.push(Extent {
            start,
            end: paragraph_end(paragraphs, paragraphs.len() - 1),
        });
    }
    spans
}

/// True when the quotation `local` of `text` is a nickname inside a name
/// (`Robert C. “Bobby” Scott`): one capitalised word in quotation marks
/// between a name's words, which is no quotation.
fn is_nickname_span(text: &str, local: &Local) -> bool {
    let Some(end) = local.end else {
        return false;
    };
    let before = text[..local.start]
        .strip_suffix(' ')
        .and_then(|t| t.split(' ').next_back());
    let after = text[end..]
        .strip_prefix(' ')
        .and_then(|t| t.split(' ').next());
    // A capitalised word or an initial, with no punctuation of its own.
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && (w.chars().all(char::is_alphabetic) || (w.chars().count() == 2 && w.ends_with('.')))
    };
    nickname(&text[local.start..end]).is_some()
        && before.is_some_and(name_word)
        && after.is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Most paragraphs a quotation broken over lines runs on into.
const MAX_POST_PARAGRAPHS: usize = 4;

/// Where a quotation left open before paragraph `from` ends when the
/// paragraphs after it hold no quote mark until a closing curly one (`…
/// fund the clinic.”`): just after that mark. `None` when a paragraph
/// opens a quote first, or none closes it soon.
fn post_end(paragraphs: &[Paragraph], from: usize) -> Option<TextPos> {
    for (i, paragraph) in paragraphs
        .iter()
        .enumerate()
        .skip(from)
        .take(MAX_POST_PARAGRAPHS)
    {
        let text = paragraph.text.as_str();
        let first = text
            .char_indices()
            .find(|(_, c)| matches!(c, '"' | '“' | '”'));
        match first {
            None => continue,
            Some((at, '”')) => {
                let closes = text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|p| !p.is_whitespace());
                return closes.then(|| TextPos::new(i, at + '”'.len_utf8()));
            }
            Some(_) => return None,
        }
    }
    None
}

/// The position just after the last non-space character of paragraph `i`.
pub(super) fn paragraph_end(paragraphs: &[Paragraph], i: usize) -> TextPos {
    let len = paragraphs.get(i).map_or(0, |p| p.text.trim_end().len());
    TextPos::new(i, len)
}

/// True for a double quotation mark.
pub(super) fn is_double_mark(mark: char) -> bool {
    matches!(mark, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Characters after which a quote mark opens a quotation.
pub(super) fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '"' | '“' | '‘' | '\''
                )
        }
    }
}

/// Characters before which a quote mark closes a quotation.
pub(super) fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '"'
                        | '”'
                        | '’'
                        | '\''
                )
        }
    }
}

/// An open double quote mark: where it is, whether it is curly (or a
/// guillemet, or German `„`), and whether it is a guillemet `«` that `»`
/// closes.
#[derive(Debug, Clone, Copy)]
pub(super) struct Opener {
    at: usize,
    curly: bool,
    guillemet: bool,
}

/// A single quote mark that may open or close a quotation.
#[derive(Debug, Clone, Copy)]
pub(super) struct SingleMark {
    at: usize,
    len: usize,
    opens: bool,
}

/// The outermost quotations of one paragraph, in order. At most the last is
/// left open.
pub(super) fn scan(text: &str) -> Vec<Local> {
    let mut found = Vec::new();
    let mut stack: Vec<Opener> = Vec::new();
    let mut singles: Vec<SingleMark> = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    // Where the last curly closing mark that left an outer quotation open
    // ended.
    let mut inner_close: Option<usize> = None;
    // Only quote marks matter: jump from one to the next. Every curly quote
    // mark starts with the byte 0xE2 (and no other character's UTF-8 has it
    // but as a first byte), the straight ones are ASCII.
    // Guillemets (`«`, `»`) start with the byte 0xC2, which other Latin
    // characters share: only a paragraph that has one is read for them.
    let guillemets = text.contains(['«', '»']);
    let next_mark = |from: usize| {
        if guillemets {
            text[from..]
                .find(['"', '\'', '“', '”', '‘', '’', '«', '»', '„'])
                .map(|k| from + k)
        } else {
            memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]).map(|k| from + k)
        }
    };
    while let Some(at) = next_mark(from) {
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        from = at + len;
        if !matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„') {
            continue;
        }
        let prev = text[..at].chars().next_back();
        let next = text[from..].chars().next();
        let left = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
        let right = prev.is_some_and(|p| !p.is_whitespace()) && closes_before(next);
        match c {
            '"' => {
                let straight_top = stack.last().map(|o| !o.curly);
                match straight_top {
                    // Inside a straight quote: close unless clearly opening.
                    Some(true) if right || !left => close(&mut stack, &mut found, None, at + len),
                    Some(false) if right && !left => close(&mut stack, &mut found, None, at + len),
                    Some(_) => stack.push(Opener {
                        at,
                        curly: false,
                        guillemet: false,
                    }),
                    None if left || !right => stack.push(Opener {
                        at,
                        curly: false,
                        guillemet: false,
                    }),
                    None => {}
                }
            }
            '“' => {
                let closing = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?".contains(p))
                    && closes_before(next);
                if !closing {
                    stack.push(Opener {
                        at,
                        curly: true,
                        guillemet: false,
                    });
                } else if !stack.is_empty() {
                    close(&mut stack, &mut found, Some(true), at + len);
                }
            }
            '”' => {
                // `… cities… ”Through the plan,” Roe said`: a mark set before
                // a word after a space or an ellipsis opens a quotation.
                let opening = (opens_after(prev) || prev == Some('…'))
                    && next.is_some_and(char::is_alphanumeric);
                if !stack.is_empty() {
                    close(&mut stack, &mut found, Some(true), at + len);
                    inner_close = (!stack.is_empty()).then_some(at + len);
                } else if opening {
                    stack.push(Opener {
                        at,
                        curly: true,
                        guillemet: false,
                    });
                }
            }
            // `„Wir schaffen das“`: German opens low and closes with `“`.
            '„' => stack.push(Opener {
                at,
                curly: true,
                guillemet: false,
            }),
            // `« Nous devons agir »` in French; `»Wir handeln«` in German,
            // whose `«` closes.
            '«' => {
                if stack.last().is_some_and(|o| o.curly && !o.guillemet) && right && !left {
                    close(&mut stack, &mut found, Some(true), at + len);
                } else {
                    stack.push(Opener {
                        at,
                        curly: true,
                        guillemet: true,
                    });
                }
            }
            '»' => {
                if let Some(inner) = stack.iter().rposition(|o| o.guillemet) {
                    stack.truncate(inner + 1);
                    close(&mut stack, &mut found, None, at + len);
                } else if next.is_some_and(|n| !n.is_whitespace()) && opens_after(prev) {
                    stack.push(Opener {
                        at,
                        curly: true,
                        guillemet: false,
                    });
                }
            }
            '‘' | '’' | '\'' if stack.is_empty() => {
                let word_inside = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                if !word_inside {
                    let opens = opens_after(prev) && next.is_some_and(char::is_alphabetic);
                    if opens || right {
                        singles.push(SingleMark { at, len, opens });
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(first) = stack.first() {
        // `“We act. “With this plan we commit.”` closing the paragraph: a
        // stray opening mark inside the quotation, which the last mark
        // closes.
        let stray = inner_close.filter(|&end| end == text.trim_end().len());
        found.push(Local {
            start: first.at,
            end: stray,
        });
    }
    if !singles.is_empty() {
        add_single_quotes(text, &singles, &mut found);
    }
    found
}

/// Closes the innermost open double quote (the innermost curly one when
/// `curly` is `Some(true)` and there is one) and records it when it was
/// outermost.
pub(super) fn close(
    stack: &mut Vec<Opener>,
    found: &mut Vec<Local>,
    curly: Option<bool>,
    end: usize,
) {
    let at = curly
        .and_then(|want| stack.iter().rposition(|o| o.curly == want))
        .unwrap_or(stack.len().saturating_sub(1));
    if at == 0
        && let Some(outer) = stack.first()
    {
        found.push(Local {
            start: outer.at,
            end: Some(end),
        });
    }
    stack.truncate(at);
}

/// Words written with a leading apostrophe (`’Tis`), which opens no
/// quotation.
const ELISIONS: &[&str] = &["tis", "twas", "til", "cause", "em"];

/// Adds top-level single-quoted quotations (outside every double quote):
/// an opening mark matched with the next closing mark, holding at least
/// two characters. Unmatched marks are apostrophes, but for one opening a
/// paragraph with no double quote: a quotation in the British style, whose
/// closing mark comes in a later paragraph (`‘For people in rural
/// communities, …`). Single marks may hold double ones in that style
/// (`‘The guard told us, “This train terminates here,” and left,’ she
/// said.`): a pair closing on speech's punctuation around double quotes
/// is the outer quotation.
pub(super) fn add_single_quotes(text: &str, singles: &[SingleMark], found: &mut Vec<Local>) {
    let mut extra = Vec::new();
    let mut inner_doubles: Vec<usize> = Vec::new();
    let mut open: Option<SingleMark> = None;
    for mark in singles {
        if mark.opens {
            open = Some(*mark);
            continue;
        }
        let Some(start) = open.take() else {
            continue;
        };
        let inner = &text[start.at + start.len..mark.at];
        let overlapping: Vec<usize> = (0..found.len())
            .filter(|&q| found[q].start < mark.at && found[q].end.is_none_or(|e| e > start.at))
            .collect();
        let holds_doubles = !overlapping.is_empty()
            && overlapping
                .iter()
                .all(|&q| found[q].start > start.at && found[q].end.is_some_and(|e| e <= mark.at))
            && inner.trim_end().ends_with([',', '.', '?', '!', '…'])
            && text[..start.at]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| ".,:;?!—–".contains(c));
        if inner.trim().chars().count() >= 2 && (overlapping.is_empty() || holds_doubles) {
            inner_doubles.extend(overlapping);
            extra.push(Local {
                start: start.at,
                end: Some(mark.at + mark.len),
            });
        }
    }
    let indent = text.len() - text.trim_start().len();
    let elided = |o: &SingleMark| {
        let word = text[o.at + o.len..]
            .split(|c: char| !c.is_alphabetic())
            .next();
        word.is_some_and(|w| ELISIONS.contains(&w.to_lowercase().as_str()))
    };
    if let Some(start) = open.filter(|o| o.at == indent && found.is_empty() && !elided(o)) {
        extra.push(Local {
            start: start.at,
            end: None,
        });
    }
    if !extra.is_empty() {
        let mut at = 0;
        found.retain(|_| {
            at += 1;
            !inner_doubles.contains(&(at - 1))
        });
        found.extend(extra);
        found.sort_by_key(|q| q.start);
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::super::testing::{body, found, some};
    use crate::corpus::TextPos;

    #[test]
    fn straight_and_curly_double_quotes_are_found() {
        let quotes = found(&[r#"He wrote "one thing" and then “another thing” today."#]);
        let texts: Vec<&str> = quotes.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["\"one thing\"", "“another thing”"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        for text in [
            "Rep. Scott Peters' (CA-52) bill passed; we don't know why.",
            "Music of the '90s and rock ’n’ roll were Kentucky’s pride.",
            "The members' votes and the senators’ letters arrived.",
        ] {
            assert_eq!(found(&[text]), vec![], "{text}");
        }
    }

    #[test]
    fn a_nickname_inside_a_name_is_no_quotation() {
        let quotes = found(&[
            "Rafael “Shorty” Roe, Councilman, Elm Pueblo: “The range is an oasis.”",
            "They called it “Historic” Tuesday, and Ann “Fixer.” Lee agreed.",
        ]);
        let texts: Vec<&str> = quotes.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["“The range is an oasis.”", "“Historic”", "“Fixer.”"]
        );
        assert_eq!(quotes[0].1, some("Shorty Roe"));
    }

    #[test]
    fn apostrophes_inside_a_quote_do_not_end_it() {
        let quotes = found(&["“We don’t quit; it’s Kentucky’s way,” said Rep. Barr."]);
        assert_eq!(quotes.len(), 1);
        assert!(quotes[0].0.ends_with("way,”"));
        assert_eq!(quotes[0].1, some("Rep. Barr"));
    }

    #[test]
    fn single_quotes_used_as_quotes_are_found() {
        let quotes = found(&["The plan was called ‘a total failure’ by critics."]);
        assert_eq!(quotes, vec![("‘a total failure’".to_string(), None)]);
    }

    #[test]
    fn single_quotes_in_the_british_style_run_over_paragraphs_and_hold_double_ones() {
        let paragraphs = body(&[
            "The chair of the committee, Dame Ann Roe MP, said:",
            "‘For people in rural areas, the train is how they get to work.",
            "‘What we found is a system in which no one is responsible.’",
            "Bo Park described the night. ‘The guard told us, “This train terminates here,” and left,’ he said.",
            "‘Tis the season, the rector wrote.",
        ]);
        let quotes = extract(&paragraphs);
        let spans: Vec<(TextPos, TextPos, Option<String>)> = quotes
            .iter()
            .map(|q| (q.start, q.end, q.speaker.clone()))
            .collect();
        let guard = paragraphs[3].text.find('‘').unwrap();
        let guard_end = paragraphs[3].text.find(" he said").unwrap();
        assert_eq!(
            spans,
            [
                (
                    TextPos::new(1, 0),
                    TextPos::new(2, paragraphs[2].text.len()),
                    some("Dame Ann Roe MP")
                ),
                (
                    TextPos::new(3, guard),
                    TextPos::new(3, guard_end),
                    some("Bo Park")
                ),
            ]
        );
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_quote() {
        let quotes = found(&[
            r#""My father told me 'never give up' and called it "the rule," and I agree," said Sen. Lee."#,
            "“They call it ‘the people’s house’ for a reason,” Rep. Ortiz said.",
        ]);
        assert_eq!(quotes.len(), 2);
        assert!(quotes[0].0.ends_with("I agree,\""));
        assert_eq!(quotes[0].1, some("Sen. Lee"));
        assert!(quotes[1].0.ends_with("reason,”"));
        assert_eq!(quotes[1].1, some("Rep. Ortiz"));
    }

    #[test]
    fn guillemets_and_low_marks_quote_as_curly_marks_do() {
        let quotes = found(&[
            "« Nous devons agir vite », a déclaré Ann Roe.",
            "„Wir schaffen das“, sagte Bo Park. »Wir handeln«, sagte Bo Park.",
            "« Il m’a dit “jamais” et il avait raison », a ajouté Ann Roe.",
        ]);
        let texts: Vec<&str> = quotes.iter().map(|q| q.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "« Nous devons agir vite »",
                "„Wir schaffen das“",
                "»Wir handeln«",
                "« Il m’a dit “jamais” et il avait raison »",
            ]
        );
        assert_eq!(quotes[0].1, some("Ann Roe"));
        assert_eq!(quotes[2].1, some("Bo Park"));
    }

    #[test]
    fn quotes_run_across_sentences() {
        let quotes = found(&[r#""This is one. This is two! Is this three?" asked Rep. Cole."#]);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].1, some("Rep. Cole"));
    }

    #[test]
    fn a_stray_opening_mark_inside_a_quotation_closing_its_paragraph_is_inside_it() {
        let paragraphs = body(&[
            "“Rivers are rising,” said Administrator Ann Roe. “We act together. “With this plan we commit.”",
            "“Smoke knows no borders,” said Secretary Bo Park.",
        ]);
        let quotes = extract(&paragraphs);
        let spoken: Vec<_> = quotes
            .iter()
            .map(|q| (q.start, q.speaker.clone()))
            .collect();
        let second = paragraphs[0].text.find("“We act").unwrap();
        assert_eq!(
            spoken,
            [
                (TextPos::new(0, 0), some("Administrator Ann Roe")),
                (TextPos::new(0, second), some("Administrator Ann Roe")),
                (TextPos::new(1, 0), some("Secretary Bo Park")),
            ]
        );
        assert_eq!(quotes[1].end, TextPos::new(0, paragraphs[0].text.len()));
        // A quotation that goes on in the next paragraph stays open.
        let paragraphs = body(&[
            "“Rivers rise. “Floods,” they say, and we act.",
            "“We will act together,” said Administrator Ann Roe.",
        ]);
        assert_eq!(extract(&paragraphs).len(), 1);
    }

    #[test]
    fn an_unclosed_quote_continues_into_a_paragraph_that_reopens_it() {
        let paragraphs = body(&[
            "Rep. Ada Moss released the following statement:",
            "\"The first part of the statement.",
            "\"The second part of it.",
            "\"The end of it.\"",
            "Moss serves on the Budget Committee.",
        ]);
        let quotes = extract(&paragraphs);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].start, TextPos::new(1, 0));
        assert_eq!(quotes[0].end, TextPos::new(3, paragraphs[3].text.len()));
        assert_eq!(quotes[0].speaker, some("Rep. Ada Moss"));
    }

    #[test]
    fn a_right_mark_before_a_word_after_an_ellipsis_opens_a_quote() {
        let quotes = found(&[
            "Ann Roe visited the town…”Through the plan, we built a bridge,” Roe said…Roe left.",
            "The crowd sang along… ”and then some,” and went home.",
        ]);
        let texts: Vec<&str> = quotes.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["”Through the plan, we built a bridge,”", "”and then some,”"]
        );
        assert_eq!(quotes[0].1, some("Ann Roe"));
    }

    #[test]
    fn a_quote_broken_over_lines_runs_to_its_closing_mark() {
        let paragraphs = body(&[
            "Rep. Ann Roe posted: “In the words of my father:",
            "Never give up on the valley.",
            "The valley never gives up on you.”",
            "She left after that, and “nobody” followed.",
        ]);
        let quotes = extract(&paragraphs);
        assert_eq!(quotes.len(), 2);
        assert_eq!(quotes[0].start, TextPos::new(0, 21));
        assert_eq!(quotes[0].end, TextPos::new(2, paragraphs[2].text.len()));
        assert_eq!(quotes[1].start.paragraph, 3);
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph_otherwise() {
        let paragraphs = body(&["She said \"it never ends.", "A plain paragraph."]);
        let quotes = extract(&paragraphs);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].end, TextPos::new(0, paragraphs[0].text.len()));
    }

    #[test]
    fn any_mix_of_marks_gives_ordered_quotes_on_char_boundaries() {
        let pieces = [
            "\"", "“", "”", "‘", "’", "'", "a", " ", "said", "Rep.", ",", ".", ":", "é", "—", "(",
        ];
        // Every string of four pieces, as one paragraph and split in two.
        let n = pieces.len();
        for code in 0..n.pow(4) {
            let mut text = String::new();
            let mut c = code;
            for _ in 0..4 {
                text.push_str(pieces[c % n]);
                c /= n;
            }
            for paragraphs in [vec![text.as_str()], vec![text.as_str(), text.as_str()]] {
                let body = body(&paragraphs);
                let quotes = extract(&body);
                let mut previous_end = TextPos::new(0, 0);
                for q in &quotes {
                    assert!(q.start >= previous_end && q.start < q.end, "{text:?}");
                    for pos in [q.start, q.end] {
                        let para = &body[pos.paragraph as usize].text;
                        assert!(para.is_char_boundary(pos.offset as usize), "{text:?}");
                    }
                    previous_end = q.end;
                }
            }
        }
    }
}
