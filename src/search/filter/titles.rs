//! The list filter's copy of every title: lowercase, one after another in
//! corpus order, each with the set of characters it holds, so a keystroke
//! reads titles in memory order and passes over most that cannot match on
//! their character set alone.

use rayon::prelude::*;

use super::CHUNK;
use crate::corpus::Release;

/// Every title in lowercase, one after another in corpus order, with the
/// characters each holds ([`letters`]): read in memory order by a
/// keystroke, and most titles that cannot match are passed over on their
/// character set alone.
#[derive(Debug, Default)]
pub(super) struct Titles {
    pub(super) text: String,
    /// Where each title starts in `text`, and where the last one ends.
    pub(super) starts: Vec<usize>,
    /// Each title's characters.
    pub(super) letters: Vec<u64>,
    /// Each title's characters that stand alone as a word ([`lone_letters`]).
    pub(super) lone: Vec<u64>,
}

impl Titles {
    /// The lowercase titles of `releases`, made in parallel.
    pub(super) fn of(releases: &[Release]) -> Titles {
        let parts: Vec<Titles> = releases
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut part = Titles::default();
                let mut lower = String::new();
                for release in chunk {
                    lowercase_into(&release.title, &mut lower);
                    part.letters.push(letters(&lower));
                    part.lone.push(lone_letters(&lower));
                    part.text.push_str(&lower);
                    part.starts.push(part.text.len());
                }
                part
            })
            .collect();
        let mut titles = Titles {
            text: String::with_capacity(parts.iter().map(|p| p.text.len()).sum()),
            starts: Vec::with_capacity(releases.len() + 1),
            letters: Vec::with_capacity(releases.len()),
            lone: Vec::with_capacity(releases.len()),
        };
        titles.starts.push(0);
        for part in parts {
            let base = titles.text.len();
            titles.text.push_str(&part.text);
            titles
                .starts
                .extend(part.starts.iter().map(|end| base + end));
            titles.letters.extend(part.letters);
            titles.lone.extend(part.lone);
        }
        titles
    }

    /// The number of titles.
    pub(super) fn len(&self) -> usize {
        self.letters.len()
    }

    /// Title `i`, lowercase.
    pub(super) fn get(&self, i: usize) -> &str {
        &self.text[self.starts[i]..self.starts[i + 1]]
    }
}

/// The bit of a character in a set of characters ([`letters`]): `a`–`z`
/// and `0`–`9` have one each (so a set says exactly whether it holds
/// them), every other character shares one of the remaining 28.
const fn letter_bit(c: char) -> u64 {
    let bit = match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + (c as u32 - '0' as u32),
        _ => 36 + c as u32 % 28,
    };
    1 << bit
}

/// [`letter_bit`] of each ASCII character.
const ASCII_BITS: [u64; 128] = {
    let mut bits = [0; 128];
    let mut i = 0;
    while i < 128 {
        bits[i] = letter_bit(i as u8 as char);
        i += 1;
    }
    bits
};

/// The set of characters `text` holds, as bits ([`letter_bit`]).
pub(super) fn letters(text: &str) -> u64 {
    if text.is_ascii() {
        text.bytes()
            .fold(0, |set, b| set | ASCII_BITS[usize::from(b)])
    } else {
        text.chars().fold(0, |set, c| set | letter_bit(c))
    }
}

/// The characters of `text` that stand alone, with no letter or digit just
/// before or after them (`a` in `a plan`, `2` in `u.s. 2 plan`), as bits
/// ([`letter_bit`]): a title holds a one-character word `c` of `a`–`z`
/// or `0`–`9` as a whole word exactly when this set holds `c`.
pub(super) fn lone_letters(text: &str) -> u64 {
    let (mut set, mut run, mut last) = (0, 0, ' ');
    for c in text.chars() {
        if c.is_alphanumeric() {
            run += 1;
            last = c;
        } else {
            if run == 1 {
                set |= letter_bit(last);
            }
            run = 0;
        }
    }
    if run == 1 {
        set |= letter_bit(last);
    }
    set
}

/// The bit of `word` when it is one character of `a`–`z` or `0`–`9`,
/// whose tier a title's [`letters`] and [`lone_letters`] tell exactly.
pub(super) fn single_letter(word: &str) -> Option<u64> {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c @ ('a'..='z' | '0'..='9')), None) => Some(letter_bit(c)),
        _ => None,
    }
}

/// The [`letters`] a title must hold to contain `needle` whole, inside a
/// word or as letters in order (whitespace aside, which
/// [`letters_in_order`] may skip).
pub(super) fn needed_letters(needle: &str) -> u64 {
    needle
        .chars()
        .filter(|c| !c.is_whitespace())
        .fold(0, |set, c| set | letter_bit(c))
}

/// `title` in lowercase, into `buffer`.
pub(super) fn lowercase_into(title: &str, buffer: &mut String) {
    buffer.clear();
    if title.is_ascii() {
        buffer.push_str(title);
        buffer.make_ascii_lowercase();
    } else {
        buffer.extend(title.chars().flat_map(char::to_lowercase));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_sets_tell_one_letter_words_exactly() {
        assert_eq!(
            lone_letters("a plan for u.s. k-12 (2)") & letter_bit('a'),
            letter_bit('a')
        );
        for c in ['u', 's', 'k', '2'] {
            assert_ne!(
                lone_letters("a plan for u.s. k-12 (2)") & letter_bit(c),
                0,
                "{c}"
            );
        }
        for c in ['p', 'l', '1'] {
            assert_eq!(
                lone_letters("a plan for u.s. k-12 (2)") & letter_bit(c),
                0,
                "{c}"
            );
        }
        assert_eq!(
            lone_letters("éa aé"),
            0,
            "letters outside ASCII are letters"
        );
        assert_eq!(letters("Ab") & letter_bit('b'), letter_bit('b'));
        assert_eq!(single_letter("t"), Some(letter_bit('t')));
        assert_eq!(single_letter("é"), None);
        assert_eq!(single_letter("to"), None);
        assert_eq!(needed_letters("a b") & letter_bit(' '), 0);
    }
}
