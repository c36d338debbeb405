//! Helpers shared by integration tests: the real corpus, and running the
//! readout binary as scripts do.
#![allow(dead_code)] // each test file uses a different part

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use readout::corpus::Corpus;
use readout::search::engine::Engine;

/// The shared real corpus beside the repository, or `None` (with a message
/// saying the test is skipped) when it is absent, as on a user's clone.
pub fn shared_corpus(test: &str) -> Option<PathBuf> {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!(
            "skipped {test}: ../shared/corpus not found (it is only beside CI and development clones)"
        );
        None
    }
}

/// The whole shared corpus, loaded once for every test of a test binary
/// (`None`, with a message, when it is absent).
pub fn whole_corpus(test: &str) -> Option<&'static Corpus> {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    let root = shared_corpus(test)?;
    Some(CORPUS.get_or_init(|| readout::archive::load_with_progress(&[root], &|_| {})))
}

/// The full-text engine of [`whole_corpus`], built in memory once.
pub fn whole_engine(test: &str) -> Option<&'static Engine> {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    let corpus = whole_corpus(test)?;
    Some(ENGINE.get_or_init(|| Engine::in_memory(corpus, &|_| {}).expect("the corpus indexes")))
}

/// Runs the readout binary with `args`, standard input closed, away from
/// the user's cache and configuration (a fresh cache folder, no config file).
pub fn readout(args: &[&str]) -> Output {
    readout_with(args, &[])
}

/// [`readout`] with more environment variables (`READOUT_DATA_DIR`, a
/// cache folder to keep between runs, …).
pub fn readout_with(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let cache = tempfile::tempdir().expect("a temporary folder");
    let mut command = Command::new(env!("CARGO_BIN_EXE_readout"));
    command
        .args(args)
        .env("READOUT_CACHE_DIR", cache.path())
        .env("READOUT_CONFIG", cache.path().join("no-such-config.toml"))
        .stdin(Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("the readout binary runs")
}

/// A command's standard output, which must be UTF-8.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// A command's standard error.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
