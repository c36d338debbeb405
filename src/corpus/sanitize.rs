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
    // Everything readout changes is below U+0100, in U+2000–U+206F, or one of
    // a few single code points; the rest of Unicode is kept as it is.
    if c > '\u{ad}'
        && !matches!(
            c,
            '\u{61c}' | '\u{180e}' | '\u{2000}'..='\u{206f}' | '\u{feff}'
        )
    {
        return Class::Keep;
    }
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
    clean_with(s, NoBreakSpaces::AsSpaces)
}

/// [`clean_text`] for Markdown, where a no-break space is text, not layout:
/// it is kept, so that a line it starts is not read as indented (as code)
/// and ends no paragraph. The Markdown reader turns it into a space later.
pub fn clean_text_keeping_no_break_spaces(s: &str) -> (Cow<'_, str>, SanitizeStats) {
    clean_with(s, NoBreakSpaces::Kept)
}

/// What [`clean_with`] does with U+00A0 NO-BREAK SPACE.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NoBreakSpaces {
    AsSpaces,
    Kept,
}

fn clean_with(s: &str, no_break: NoBreakSpaces) -> (Cow<'_, str>, SanitizeStats) {
    let mut stats = SanitizeStats::default();
    let bytes = s.as_bytes();
    // Allocated only at the first character that must change.
    let mut out: Option<String> = None;
    // Start of the current line in `out`, for tab stops.
    let mut line_start_in_out = 0usize;
    let mut at = 0usize;
    let mut run_start = 0usize;
    while at < bytes.len() {
        let b = bytes[at];
        // Printable ASCII and newlines are copied in runs, untouched.
        if (0x20..0x7f).contains(&b) || b == b'\n' {
            if b == b'\n' {
                let written = out.as_ref().map_or(0, String::len);
                line_start_in_out = written + (at + 1 - run_start);
            }
            at += 1;
            continue;
        }
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        let class = match classify(c) {
            Class::Space if c == '\u{a0}' && no_break == NoBreakSpaces::Kept => Class::Keep,
            class => class,
        };
        if matches!(class, Class::Keep) {
            at += c.len_utf8();
            continue;
        }
        let buf = out.get_or_insert_with(|| String::with_capacity(s.len()));
        buf.push_str(&s[run_start..at]);
        let next = at + c.len_utf8();
        match class {
            Class::Keep => {}
            Class::Newline => {
                if !(c == '\r' && bytes.get(next) == Some(&b'\n')) {
                    buf.push('\n');
                    line_start_in_out = buf.len();
                }
            }
            Class::Tab => {
                let column = buf[line_start_in_out.min(buf.len())..].chars().count();
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                buf.extend(std::iter::repeat_n(' ', spaces));
            }
            Class::Space => buf.push(' '),
            Class::Drop => stats.invisible += 1,
            Class::Bidi => stats.bidi_controls += 1,
            Class::Control => {
                stats.control_chars += 1;
                buf.push(control_picture(c));
            }
            Class::Escape => {
                let skip = escape_len(c, &s[next..]);
                if skip == 0 {
                    // A lone ESC: keep it visible.
                    stats.control_chars += 1;
                    buf.push(control_picture(c));
                } else {
                    stats.escape_sequences += 1;
                    let mut end = next + skip;
                    while !s.is_char_boundary(end) {
                        end += 1;
                    }
                    at = end;
                    run_start = at;
                    continue;
                }
            }
        }
        at = next;
        run_start = at;
    }
    match out {
        None => (Cow::Borrowed(s), stats),
        Some(mut buf) => {
            buf.push_str(&s[run_start..]);
            (Cow::Owned(buf), stats)
        }
    }
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
    if is_collapsed(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// True when `s` has no leading, trailing, doubled or non-space whitespace.
fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    if memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_some()
        || memchr::memchr2(0x0b, 0x0c, bytes).is_some()
        || memchr::memmem::find(bytes, b"  ").is_some()
    {
        return false;
    }
    // Non-ASCII white space: check every candidate lead byte.
    memchr::memchr3_iter(0xc2, 0xe1, 0xe2, bytes)
        .chain(memchr::memchr_iter(0xe3, bytes))
        .all(|i| !s[i..].chars().next().is_some_and(char::is_whitespace))
}

/// True when `s` holds nothing that may not reach a terminal: no control
/// character except `\n`, no bidi control. Used by tests and as a guard.
pub fn is_terminal_safe(s: &str) -> bool {
    let plain_ascii = s.bytes().all(|b| (0x20..0x7f).contains(&b) || b == b'\n');
    plain_ascii
        || s.chars()
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

/// Like [`for_display`] but keeps line breaks, for multi-line messages.
pub fn for_display_multiline(s: &str) -> Cow<'_, str> {
    clean_text(s).0
}

/// True for a character that changes how a terminal shows what follows
/// (bidi controls, line and paragraph separators) though it is not a
/// control character.
fn is_format_control(c: char) -> bool {
    matches!(
        c,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            | '\u{2028}' | '\u{2029}'
    )
}

/// True when `c` must not reach a terminal as it is: a control character
/// other than newline and tab, or a bidi or line-separator character.
pub fn is_unsafe_for_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_format_control(c)
}

/// The last line of defence for text that reaches a terminal or standard
/// output and did not come from the corpus (file names, error messages,
/// the configuration's values), or that might have been damaged since
/// (bytes read back from the cache): every character a terminal would act
/// on is shown escaped — `\x1b` for C0 controls and DEL, `\u{9b}` for C1
/// controls, bidi controls and line separators — so nothing is hidden and
/// nothing is obeyed. Newlines and tabs are kept.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe_for_terminal) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !is_unsafe_for_terminal(c) {
            out.push(c);
        } else if u32::from(c) < 0x80 {
            out.push_str(&format!("\\x{:02x}", u32::from(c)));
        } else {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        }
    }
    Cow::Owned(out)
}

/// Like [`escape_controls`] for one line: newlines and tabs escaped too.
pub fn escape_line(s: &str) -> Cow<'_, str> {
    if !s.contains(['\n', '\t']) {
        return escape_controls(s);
    }
    Cow::Owned(escape_controls(s).replace('\n', "\\n").replace('\t', "\\t"))
}

/// Escapes, inside JSON text, the characters serde_json leaves raw but a
/// terminal would act on (DEL, C1 controls, bidi controls, line
/// separators), as `\uXXXX`. The JSON means the same; only its spelling
/// changes.
pub fn terminal_safe_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_unsafe_for_terminal) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if is_unsafe_for_terminal(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
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
    fn markdown_keeps_no_break_spaces_and_nothing_else() {
        let (out, _) =
            clean_text_keeping_no_break_spaces("\u{a0}\u{a0}Text\u{2009}here\u{200b}\u{1b}[2J.");
        assert_eq!(out, "\u{a0}\u{a0}Text here.");
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

    #[test]
    fn escaping_shows_what_a_terminal_would_obey() {
        assert_eq!(escape_controls("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(
            escape_controls("a\x1b]52;c;ZXZpbA==\x07b\u{202e}c\u{9b}d\x7f"),
            "a\\x1b]52;c;ZXZpbA==\\x07b\\u{202e}c\\u{9b}d\\x7f"
        );
        assert_eq!(escape_line("two\nlines"), "two\\nlines");
    }

    #[test]
    fn json_keeps_its_meaning_and_loses_its_controls() {
        let value = serde_json::json!({"path": "evil\u{202e}txt.md\u{1b}[2J\u{9b}"});
        let json = serde_json::to_string(&value).unwrap();
        let safe = terminal_safe_json(&json);
        assert!(!safe.chars().any(is_unsafe_for_terminal), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }
}
