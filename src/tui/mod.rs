//! The interactive reader.

use crate::corpus::Corpus;

/// Options for the interactive reader.
#[derive(Debug, Clone, Default)]
pub struct TuiOptions {}

/// Runs the interactive reader on a loaded corpus until the user quits.
pub fn run(corpus: Corpus, options: TuiOptions) -> anyhow::Result<()> {
    let _ = (corpus, options);
    anyhow::bail!("the interactive reader is not built yet")
}
