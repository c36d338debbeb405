//! Full-text queries: the tokenizer shared by the index and the query, and
//! parsing what the user typed into words and "quoted phrases".
//!
//! Tokens are lowercase runs of letters and digits of any script
//! (`char::is_alphanumeric`); everything else separates them. An apostrophe
//! inside a word is dropped, so "Biden's", "Biden’s" and "bidens" are the same
//! token. Han ideographs and kana are one token per character (Chinese and
//! Japanese have no spaces), so a run of them is searched as a phrase. There is
//! no stemming: "law" does not find "laws".

use std::ops::Range;

/// One word of a text, as the callback of [`tokenize`] sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte range of the word in the text (on char boundaries).
    pub range: Range<usize>,
    /// The normalised word: lowercase, apostrophes removed.
    pub text: &'a str,
    /// False when sentence or clause punctuation separates this word from the
    /// previous one, so a phrase may not run across the gap.
    pub joined: bool,
}

/// A parsed full-text query: every word and phrase must occur.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextQuery {
    /// Single normalised words, distinct, in the order typed.
    pub words: Vec<String>,
    /// Phrases of two or more normalised words that must occur consecutively.
    pub phrases: Vec<Vec<String>>,
}

impl TextQuery {
    /// Parses what the user typed. Text between double quotes (`"`, `“ ”`, `„`)
    /// is a phrase; an unclosed quote runs to the end. Outside quotes, a
    /// whitespace-separated piece that splits into several tokens
    /// ("covid-19", "U.S.", "习近平") is a phrase too.
    pub fn parse(text: &str) -> TextQuery {
        let mut query = TextQuery::default();
        for (piece, quoted) in quoted_pieces(text) {
            if quoted {
                query.add(tokens(piece));
            } else {
                for chunk in piece.split_whitespace() {
                    query.add(tokens(chunk));
                }
            }
        }
        query
    }

    /// True when the query has nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }

    /// Every distinct word of the query: its words, then the words of its phrases.
    pub fn terms(&self) -> Vec<&str> {
        let mut terms: Vec<&str> = Vec::new();
        for term in self.words.iter().chain(self.phrases.iter().flatten()) {
            if !terms.contains(&term.as_str()) {
                terms.push(term);
            }
        }
        terms
    }

    /// Adds a word (one token) or a phrase (several), unless already there.
    fn add(&mut self, mut tokens: Vec<String>) {
        match tokens.len() {
            0 => {}
            1 => {
                let word = tokens.swap_remove(0);
                if !self.words.contains(&word) {
                    self.words.push(word);
                }
            }
            _ => {
                if !self.phrases.contains(&tokens) {
                    self.phrases.push(tokens);
                }
            }
        }
    }
}

/// Splits a query into pieces outside and inside double quotes.
fn quoted_pieces(text: &str) -> Vec<(&str, bool)> {
    let mut pieces = Vec::new();
    let mut quoted = false;
    let mut from = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '"' | '“' | '”' | '„') {
            pieces.push((&text[from..i], quoted));
            quoted = !quoted;
            from = i + c.len_utf8();
        }
    }
    pieces.push((&text[from..], quoted));
    pieces
}

/// The normalised tokens of a text, for queries and tests.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    tokenize(text, |t| out.push(t.text.to_string()));
    out
}

/// Calls `each` for every token of `text`, in order. The token's text is
/// borrowed from a buffer reused between calls, so tokenizing allocates
/// almost nothing.
pub fn tokenize(text: &str, mut each: impl FnMut(Token<'_>)) {
    let mut buffer = String::new();
    let mut tokens = Tokens::new(text);
    while let Some((range, joined)) = tokens.next_into(&mut buffer) {
        each(Token {
            range,
            text: &buffer,
            joined,
        });
    }
}

/// The tokens of a text one at a time, each written into a buffer the
/// caller keeps (what the full-text engine's tokenizer needs).
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    /// Byte offset of the next character to read.
    at: usize,
    /// Whether the next token is joined to the previous one.
    joined: bool,
    /// Bytes of the last word, to tell an abbreviation's full stop.
    last_len: usize,
    /// A CJK character read while ending a word, to be the next token.
    cjk: Option<Range<usize>>,
}

impl<'a> Tokens<'a> {
    /// The tokens of `text`.
    pub fn new(text: &'a str) -> Tokens<'a> {
        Tokens {
            text,
            at: 0,
            joined: true,
            last_len: 0,
            cjk: None,
        }
    }

    /// Writes the next token's normalised text into `buffer` (cleared
    /// first) and returns its byte range and whether it is joined to the
    /// previous token (see [`Token::joined`]); `None` at the end.
    pub fn next_into(&mut self, buffer: &mut String) -> Option<(Range<usize>, bool)> {
        buffer.clear();
        if let Some(range) = self.cjk.take() {
            if let Some(c) = self.text[range.start..].chars().next() {
                push_lowercase(buffer, c);
            }
            self.last_len = range.len();
            return Some(self.emit(range));
        }
        let text = self.text;
        let bytes = text.as_bytes();
        let mut word: Option<Range<usize>> = None;
        while let Some(&byte) = bytes.get(self.at) {
            let i = self.at;
            if byte.is_ascii_alphanumeric() {
                // The common case: a run of ASCII letters and digits at once.
                let run = bytes[i..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |n| i + n);
                let from = buffer.len();
                buffer.push_str(&text[i..run]);
                buffer[from..].make_ascii_lowercase();
                match &mut word {
                    Some(range) => range.end = run,
                    None => word = Some(i..run),
                }
                self.at = run;
                continue;
            }
            let c = text[i..].chars().next()?;
            let end = i + c.len_utf8();
            let next = text[end..].chars().next();
            self.at = end;
            if c == ' ' {
                if let Some(range) = word.take() {
                    self.last_len = range.len();
                    return Some(self.emit(range));
                }
            } else if is_cjk(c) {
                if let Some(range) = word.take() {
                    self.cjk = Some(i..end);
                    return Some(self.emit(range));
                }
                push_lowercase(buffer, c);
                self.last_len = c.len_utf8();
                return Some(self.emit(i..end));
            } else if c.is_alphanumeric() {
                push_lowercase(buffer, c);
                match &mut word {
                    Some(range) => range.end = end,
                    None => word = Some(i..end),
                }
            } else {
                let inside_word = next.is_some_and(|n| n.is_alphanumeric() && !is_cjk(n));
                let apostrophe = word.is_some() && is_apostrophe(c) && inside_word;
                if !apostrophe {
                    let ended = word.take().map(|range| {
                        self.last_len = range.len();
                        self.emit(range)
                    });
                    if breaks_phrase(c, next, self.last_len) {
                        self.joined = false;
                    }
                    if ended.is_some() {
                        return ended;
                    }
                }
            }
        }
        word.map(|range| self.emit(range))
    }

    /// A token over `range`, joined as the text so far says; the next one
    /// is joined unless punctuation comes between.
    fn emit(&mut self, range: Range<usize>) -> (Range<usize>, bool) {
        let joined = std::mem::replace(&mut self.joined, true);
        (range, joined)
    }
}

/// Appends the lowercase form of `c`, with a fast path for ASCII.
fn push_lowercase(buffer: &mut String, c: char) {
    if c.is_ascii() {
        buffer.push(c.to_ascii_lowercase());
    } else {
        buffer.extend(c.to_lowercase());
    }
}

/// Apostrophes dropped inside a word (straight, curly, modifier letter).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}')
}

/// Characters indexed one by one: Han ideographs and Japanese kana.
pub fn is_cjk(c: char) -> bool {
    matches!(
        u32::from(c),
        0x3040..=0x30FF          // hiragana, katakana
            | 0x31F0..=0x31FF    // katakana extensions
            | 0x3400..=0x4DBF    // Han extension A
            | 0x4E00..=0x9FFF    // Han
            | 0xF900..=0xFAFF    // Han compatibility
            | 0xFF66..=0xFF9F    // half-width katakana
            | 0x20000..=0x3134F // Han extensions B–G
    )
}

/// True when `c` ends a sentence or clause, so a phrase may not run across
/// it. `.`, `,`, `:` and `;` count only before a non-word character, so
/// "U.S." and "1,000" keep their parts together; a full stop after a word of
/// up to four bytes is taken for an abbreviation ("U.S. policy", "Mr. Smith").
fn breaks_phrase(c: char, next: Option<char>, previous_word_bytes: usize) -> bool {
    let before_word = next.is_some_and(char::is_alphanumeric);
    match c {
        '.' => !before_word && previous_word_bytes > 4,
        ',' | ':' | ';' => !before_word,
        '!' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '…' | '•' => true,
        '。' | '，' | '、' | '；' | '：' | '！' | '？' | '（' | '）' => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(text: &str) -> Vec<(String, Range<usize>, bool)> {
        let mut out = Vec::new();
        tokenize(text, |t| out.push((t.text.to_string(), t.range, t.joined)));
        out
    }

    #[test]
    fn words_are_lowercase_alphanumeric_runs() {
        assert_eq!(
            tokens("The U.S. Infrastructure-Law, 2021 (H.R. 3684)!"),
            [
                "the",
                "u",
                "s",
                "infrastructure",
                "law",
                "2021",
                "h",
                "r",
                "3684"
            ]
        );
        assert_eq!(tokens("Ärger ÜBER Straße"), ["ärger", "über", "straße"]);
        assert_eq!(tokens("Москва  и\tКиев"), ["москва", "и", "киев"]);
        assert!(tokens(" -- ... ").is_empty());
    }

    #[test]
    fn apostrophes_inside_words_are_folded() {
        assert_eq!(tokens("Biden's"), ["bidens"]);
        assert_eq!(tokens("Biden’s plan"), ["bidens", "plan"]);
        assert_eq!(tokens("don't"), ["dont"]);
        assert_eq!(
            tokens("'quoted' workers’ rights"),
            ["quoted", "workers", "rights"]
        );
    }

    #[test]
    fn cjk_characters_are_tokens_of_their_own() {
        assert_eq!(tokens("习近平主席"), ["习", "近", "平", "主", "席"]);
        assert_eq!(tokens("Xi习近平said"), ["xi", "习", "近", "平", "said"]);
        assert_eq!(tokens("ひらがなテスト")[..2], ["ひ", "ら"]);
        assert_eq!(tokens("한국 정부"), ["한국", "정부"]);
    }

    #[test]
    fn ranges_are_byte_ranges_of_the_original_text() {
        let text = "Ärger, 习近 Biden’s";
        for (_, range, _) in ranges(text) {
            assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        }
        let found = ranges(text);
        assert_eq!(&text[found[0].1.clone()], "Ärger");
        assert_eq!(&text[found[3].1.clone()], "Biden’s");
    }

    #[test]
    fn sentence_punctuation_breaks_phrases() {
        let joined: Vec<bool> = ranges("a bills. c, d - e \"f\" U.S. 1,000; Mr. g (h)")
            .iter()
            .map(|t| t.2)
            .collect();
        // a bills | c | d e f u s 1 000 | mr g | h
        assert_eq!(
            joined,
            [
                true, true, false, false, true, true, true, true, true, true, false, true, false
            ]
        );
    }

    #[test]
    fn queries_have_words_and_phrases() {
        let q = TextQuery::parse(r#"Harbor "infrastructure  LAW" covid-19 harbor “Biden’s plan”"#);
        assert_eq!(q.words, ["harbor"]);
        assert_eq!(
            q.phrases,
            [
                vec!["infrastructure", "law"],
                vec!["covid", "19"],
                vec!["bidens", "plan"]
            ]
        );
        assert_eq!(
            q.terms(),
            [
                "harbor",
                "infrastructure",
                "law",
                "covid",
                "19",
                "bidens",
                "plan"
            ]
        );
        let single = TextQuery::parse("\"harbor\" 习近平");
        assert_eq!(single.words, ["harbor"]);
        assert_eq!(single.phrases, [vec!["习", "近", "平"]]);
        assert_eq!(
            TextQuery::parse("\"open quote").phrases,
            [vec!["open", "quote"]]
        );
        assert!(TextQuery::parse("  \"\" -- ").is_empty());
    }
}
