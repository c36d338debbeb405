//! Buffered standard output that treats a closed pipe (`readout list | head`)
//! as a normal end rather than a crash, and that never lets a character a
//! terminal would obey through: whatever a command prints passes
//! [`escape_controls`] on the way out, however it was made.

use std::io::{self, BufWriter, Stdout, Write};

use crate::corpus::sanitize::{escape_controls, terminal_safe_json};

/// Buffered stdout for command output.
pub struct Output {
    inner: Escaping<BufWriter<Stdout>>,
}

impl Output {
    /// Output to the process's standard output.
    pub fn stdout() -> Self {
        Output {
            inner: Escaping::new(BufWriter::with_capacity(64 * 1024, io::stdout())),
        }
    }

    /// Flushes, and turns a broken pipe — here or in `result` — into success.
    pub fn finish(mut self, result: anyhow::Result<()>) -> anyhow::Result<()> {
        let flushed = self.inner.flush();
        match result.and(flushed.map_err(Into::into)) {
            Err(e) if is_broken_pipe(&e) => Ok(()),
            other => other,
        }
    }
}

/// Writes `value` as one line of JSON in which every character a terminal
/// would act on is written as a `\uXXXX` escape (the same JSON, spelled
/// safely).
pub fn write_json_line(out: &mut dyn Write, value: &serde_json::Value) -> io::Result<()> {
    writeln!(out, "{}", terminal_safe_json(&value.to_string()))
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|e| e.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A writer that escapes, as [`escape_controls`] does, every character a
/// terminal would act on. Text arrives in pieces that may split a
/// character; the start of one is kept until the rest comes.
pub struct Escaping<W: Write> {
    inner: W,
    /// The start of a UTF-8 sequence cut by the end of the last write.
    pending: Vec<u8>,
}

/// True for a byte that is, or may start, a character to escape: a C0
/// control other than newline and tab, DEL, or the first byte of C1
/// controls (`c2`), of U+061C (`d8`) or of the U+2000 block (`e2`).
fn may_need_escaping(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\t') || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2)
}

impl<W: Write> Escaping<W> {
    /// Escapes what is written to `inner`.
    pub fn new(inner: W) -> Self {
        Escaping {
            inner,
            pending: Vec::new(),
        }
    }

    /// Writes `bytes`, escaped; keeps a cut-off character's start.
    fn write_escaped(&mut self, bytes: &[u8]) -> io::Result<()> {
        let mut rest = bytes;
        while !rest.is_empty() {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.inner.write_all(escape_controls(text).as_bytes())?;
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    let text = std::str::from_utf8(valid).unwrap_or_default();
                    self.inner.write_all(escape_controls(text).as_bytes())?;
                    match e.error_len() {
                        // A character cut off at the end: wait for the rest.
                        None => {
                            self.pending.extend_from_slice(after);
                            break;
                        }
                        Some(bad) => {
                            self.inner.write_all("\u{fffd}".as_bytes())?;
                            rest = &after[bad..];
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.pending.is_empty() && !buf.iter().copied().any(may_need_escaping) {
            self.inner.write_all(buf)?;
        } else {
            let mut bytes = std::mem::take(&mut self.pending);
            bytes.extend_from_slice(buf);
            self.write_escaped(&bytes)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.pending.clear();
            self.inner.write_all("\u{fffd}".as_bytes())?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(pieces: &[&[u8]]) -> String {
        let mut out = Escaping::new(Vec::new());
        for piece in pieces {
            out.write_all(piece).unwrap();
        }
        out.flush().unwrap();
        String::from_utf8(out.inner).unwrap()
    }

    #[test]
    fn plain_text_passes_untouched() {
        let text = "id\t2024-01-02\tSource\t“Quoted” 中文 — ok\n";
        assert_eq!(through(&[text.as_bytes()]), text);
    }

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        assert_eq!(
            through(&[b"title \x1b]0;owned\x07 \xe2\x80\xae end\n"]),
            "title \\x1b]0;owned\\x07 \\u{202e} end\n"
        );
    }

    #[test]
    fn a_character_cut_between_writes_is_put_together() {
        let bidi = "\u{202e}".as_bytes();
        let c1 = "\u{9b}".as_bytes();
        assert_eq!(
            through(&[b"a", &bidi[..1], &bidi[1..], b"b", &c1[..1], &c1[1..]]),
            "a\\u{202e}b\\u{9b}"
        );
        let dash = "—".as_bytes();
        assert_eq!(through(&[&dash[..2], &dash[2..]]), "—");
        assert_eq!(through(&[&dash[..2]]), "\u{fffd}");
    }
}
