//! Makes untrusted text safe to keep and to draw: newlines normalised, tabs
//! expanded, terminal escape sequences removed, control characters made
//! visible, bidi controls and invisible characters dropped.
//!
//! Every string that enters the corpus passes through here once, so nothing
//! later (the reader, the CLI, exports) has to worry about control bytes.

use std::borrow::Cow;

/// Columns between tab stops when tabs are expanded.
const TAB_WIDTH: usize = 4;

/// Counts of what sanitising changed, for the load report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SanitizeStats {
    /// Terminal escape sequences (CSI, OSC, DCS, …) removed.
    pub escape_sequences: u32,
    /// Other control characters replaced by a visible marker.
    pub control_chars: u32,
    /// Bidirectional formatting characters removed.
    pub bidi_controls: u32,
    /// Invisible characters (zero-width spaces, word joiners, soft hyphens) removed.
    pub invisible: u32,
}

impl SanitizeStats {
    /// Adds another set of counts to this one.
    pub fn add(&mut self, other: SanitizeStats) {
        self.escape_sequences += other.escape_sequences;
        self.control_chars += other.control_chars;
        self.bidi_controls += other.bidi_controls;
        self.invisible += other.invisible;
    }

    /// True when nothing suspicious was found (invisible characters are routine).
    pub fn is_clean(&self) -> bool {
        self.escape_sequences == 0 && self.control_chars == 0 && self.bidi_controls == 0
    }
}

/// What to do with one character.
enum Class {
    Keep,
    Drop,
    Bidi,
    Space,
    Newline,
    Tab,
    Control,
    Escape,
}

fn classify(c: char) -> Class {
    match c {
        '\n' => Class::Newline,
        '\t' => Class::Tab,
        '\r' | '\u{0b}' | '\u{0c}' | '\u{2028}' | '\u{2029}' | '\u{85}' => Class::Newline,
        '\u{1b}' | '\u{9b}' | '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => Class::Escape,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Class::Control,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Class::Bidi
        }
        '\u{ad}' | '\u{180e}' | '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{feff}' => Class::Drop,
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' => Class::Space,
        _ => Class::Keep,
    }
}

/// True for bytes that can start something sanitising changes. Used to skip
/// the character loop for plain ASCII text.
fn needs_work(s: &str) -> bool {
    let suspicious_byte = s
        .bytes()
        .any(|b| (b < 0x20 && b != b'\n') || b == 0x7f || b >= 0xc2);
    suspicious_byte
        && s.chars()
            .any(|c| c != '\n' && !matches!(classify(c), Class::Keep))
}

/// The visible stand-in for a control character: the Unicode control picture
/// for C0 and DEL (`␀`…`␟`, `␡`), the replacement character for C1.
pub fn control_picture(c: char) -> char {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// Skips the rest of an escape sequence whose introducer was just read.
/// Returns how many bytes of `rest` belong to the sequence.
fn escape_len(introducer: char, rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let string_until_terminator = |from: usize| -> usize {
        // OSC/DCS/SOS/PM/APC: ended by BEL, ESC \ or C1 ST; never past a newline.
        let mut i = from;
        while i < bytes.len() {
            match bytes[i] {
                0x07 => return i + 1,
                0x1b if bytes.get(i + 1) == Some(&b'\\') => return i + 2,
                0xc2 if bytes.get(i + 1) == Some(&0x9c) => return i + 2,
                b'\n' => return i,
                _ => i += 1,
            }
        }
        i
    };
    let csi = |from: usize| -> usize {
        let mut i = from;
        while i < bytes.len() && (0x20..=0x3f).contains(&bytes[i]) {
            i += 1;
        }
        if i < bytes.len() && (0x40..=0x7e).contains(&bytes[i]) {
            i + 1
        } else {
            i
        }
    };
    match introducer {
        '\u{9b}' => csi(0),
        '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => string_until_terminator(0),
        _ => match bytes.first() {
            Some(b'[') => csi(1),
            Some(b']' | b'P' | b'X' | b'^' | b'_') => string_until_terminator(1),
            Some(0x20..=0x2f) => {
                // nF sequences: intermediates then one final byte.
                let mut i = 1;
                while i < bytes.len() && (0x20..=0x2f).contains(&bytes[i]) {
                    i += 1;
                }
                if i < bytes.len() && (0x30..=0x7e).contains(&bytes[i]) {
                    i + 1
                } else {
                    i
                }
            }
            Some(0x30..=0x7e) => 1,
            _ => 0,
        },
    }
}

/// Sanitises a whole document: CRLF and lone CR become LF, tabs become spaces,
/// escape sequences are removed, other control characters become visible
/// markers, bidi controls and invisible characters are dropped, and exotic
/// spaces (NBSP, thin spaces) become plain spaces. Newlines are kept.
pub fn clean_text(s: &str) -> (Cow<'_, str>, SanitizeStats) {
    let mut stats = SanitizeStats::default();
    if !needs_work(s) {
        return (Cow::Borrowed(s), stats);
    }
    let mut out = String::with_capacity(s.len());
    let mut column = 0usize;
    let mut iter = s.char_indices();
    while let Some((at, c)) = iter.next() {
        match classify(c) {
            Class::Keep => {
                out.push(c);
                column += 1;
            }
            Class::Newline => {
                if c == '\r' && s[at + 1..].starts_with('\n') {
                    continue;
                }
                out.push('\n');
                column = 0;
            }
            Class::Tab => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            Class::Space => {
                out.push(' ');
                column += 1;
            }
            Class::Drop => stats.invisible += 1,
            Class::Bidi => stats.bidi_controls += 1,
            Class::Control => {
                stats.control_chars += 1;
                out.push(control_picture(c));
                column += 1;
            }
            Class::Escape => {
                let rest = &s[at + c.len_utf8()..];
                let skip = escape_len(c, rest);
                if skip == 0 {
                    // A lone ESC: keep it visible.
                    stats.control_chars += 1;
                    out.push(control_picture(c));
                    column += 1;
                } else {
                    stats.escape_sequences += 1;
                    let target = at + c.len_utf8() + skip;
                    while iter.clone().next().is_some_and(|(i, _)| i < target) {
                        iter.next();
                    }
                }
            }
        }
    }
    (Cow::Owned(out), stats)
}

/// Sanitises a one-line value (a title, a name, a URL): like [`clean_text`],
/// then every run of whitespace (newlines included) becomes one space and the
/// ends are trimmed.
pub fn clean_line(s: &str) -> (String, SanitizeStats) {
    let (cleaned, stats) = clean_text(s);
    (collapse_whitespace(&cleaned), stats)
}

/// Collapses every run of whitespace to a single space and trims the ends.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// True when `s` holds nothing that may not reach a terminal: no control
/// character except `\n`, no bidi control. Used by tests and as a guard.
pub fn is_terminal_safe(s: &str) -> bool {
    s.chars()
        .all(|c| c == '\n' || matches!(classify(c), Class::Keep | Class::Space | Class::Drop))
}

/// Makes any string safe to draw, for text that did not come through the
/// corpus (file paths, error messages, user notes): control characters
/// become visible markers, newlines become spaces, bidi controls vanish.
pub fn for_display(s: &str) -> Cow<'_, str> {
    if s.chars().all(|c| matches!(classify(c), Class::Keep)) {
        return Cow::Borrowed(s);
    }
    let (cleaned, _) = clean_text(s);
    Cow::Owned(cleaned.replace('\n', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        clean_text(s).0.into_owned()
    }

    #[test]
    fn plain_text_is_borrowed() {
        let (out, stats) = clean_text("Hello, world.\nSecond line “quoted”.");
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(stats, SanitizeStats::default());
    }

    #[test]
    fn crlf_and_lone_cr_become_lf() {
        assert_eq!(clean("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn tabs_expand_to_tab_stops() {
        assert_eq!(clean("a\tb\n\tc"), "a   b\n    c");
    }

    #[test]
    fn csi_and_osc_sequences_are_removed() {
        let (out, stats) = clean_text(
            "red \u{1b}[31mALERT\u{1b}[0m and \u{1b}]0;pwned\u{7}title \u{1b}]8;;http://x\u{1b}\\link",
        );
        assert_eq!(out, "red ALERT and title link");
        assert_eq!(stats.escape_sequences, 4);
    }

    #[test]
    fn c1_csi_is_removed() {
        assert_eq!(clean("a\u{9b}2Jb"), "ab");
    }

    #[test]
    fn lone_escape_and_controls_become_visible() {
        let (out, stats) = clean_text("bell\u{7} nul\u{0} esc\u{1b}");
        assert_eq!(out, "bell␇ nul␀ esc␛");
        assert_eq!(stats.control_chars, 3);
    }

    #[test]
    fn bidi_overrides_are_dropped() {
        let (out, stats) = clean_text("abc\u{202e}fed\u{202c} \u{2067}x\u{2069}");
        assert_eq!(out, "abcfed x");
        assert_eq!(stats.bidi_controls, 4);
    }

    #[test]
    fn invisible_characters_are_dropped_and_nbsp_is_a_space() {
        assert_eq!(
            clean("COVID-\u{2060}19\u{a0}Plan\u{200b}\u{ad}"),
            "COVID-19 Plan"
        );
    }

    #[test]
    fn emoji_joiners_and_cjk_survive() {
        let family = "👩\u{200d}👩\u{200d}👧 中文 é";
        assert_eq!(clean(family), family);
    }

    #[test]
    fn unterminated_osc_stops_at_newline() {
        assert_eq!(clean("a\u{1b}]0;junk\nnext"), "a\nnext");
    }

    #[test]
    fn clean_line_collapses_whitespace() {
        assert_eq!(
            clean_line("  Fact\tSheet:\n  the\u{a0}Plan ").0,
            "Fact Sheet: the Plan"
        );
    }

    #[test]
    fn output_is_always_terminal_safe() {
        let hostile: String = (0u32..0x300).filter_map(char::from_u32).collect();
        let out = clean(&hostile);
        assert!(is_terminal_safe(&out), "{out:?}");
    }

    #[test]
    fn for_display_flattens_newlines() {
        assert_eq!(for_display("a\nb\u{1b}[2Jc"), "a bc");
    }
}
