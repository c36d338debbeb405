//! Buffered standard output that treats a closed pipe (`readout list | head`)
//! as a normal end rather than a crash.

use std::io::{self, BufWriter, Stdout, Write};

/// Buffered stdout for command output.
pub struct Output {
    inner: BufWriter<Stdout>,
}

impl Output {
    /// Output to the process's standard output.
    pub fn stdout() -> Self {
        Output {
            inner: BufWriter::with_capacity(64 * 1024, io::stdout()),
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
