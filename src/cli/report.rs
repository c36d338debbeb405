//! `readout check`: what was read, per format, and every file or record that
//! was skipped or repaired, with the reason.

use std::io::Write;

use anyhow::Result;

use crate::corpus::Corpus;
use crate::corpus::report::Severity;
use crate::corpus::sanitize::escape_line;

/// The most memory this process has held at once, in bytes (Linux: the
/// `VmHWM` of /proc/self/status; elsewhere unknown).
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Writes the load report for `corpus`.
pub fn write_check(corpus: &Corpus, out: &mut dyn Write) -> Result<()> {
    let report = &corpus.report;
    writeln!(
        out,
        "{} releases from {} files ({:.1} MB)",
        corpus.releases.len(),
        report.files,
        report.bytes as f64 / 1e6
    )?;
    for (format, count) in &report.formats {
        writeln!(
            out,
            "  {:<9} {:>6} files  {:>7} releases",
            format.name(),
            count.files,
            count.releases
        )?;
    }
    let titled = corpus.releases.iter().filter(|r| !r.title_derived).count();
    let dated = corpus.releases.iter().filter(|r| r.date.is_some()).count();
    let count = |of: fn(&crate::corpus::Outline) -> u32| -> u64 {
        corpus
            .releases
            .iter()
            .map(|r| u64::from(of(&r.outline)))
            .sum()
    };
    let quotes = count(|o| o.quotes);
    let attributed = count(|o| o.attributed);
    writeln!(
        out,
        "  {titled} with a given title, {dated} with a date, {quotes} quotations ({attributed} with a speaker)"
    )?;
    if let Some(peak) = peak_memory() {
        writeln!(out, "  peak memory: {} MB", peak.div_ceil(1 << 20))?;
    }
    if !report.ignored.is_empty() {
        writeln!(
            out,
            "{} files ignored (not .txt, .md or .jsonl):",
            report.ignored.len()
        )?;
        for path in report.ignored.iter().take(10) {
            writeln!(out, "  {}", escape_line(&path.to_string_lossy()))?;
        }
        if report.ignored.len() > 10 {
            writeln!(out, "  … and {} more", report.ignored.len() - 10)?;
        }
    }
    if !report.symlinks.is_empty() {
        writeln!(
            out,
            "{} symbolic links not followed (open their targets to read them):",
            report.symlinks.len()
        )?;
        for path in report.symlinks.iter().take(10) {
            writeln!(out, "  {}", escape_line(&path.to_string_lossy()))?;
        }
        if report.symlinks.len() > 10 {
            writeln!(out, "  … and {} more", report.symlinks.len() - 10)?;
        }
    }
    for (severity, heading) in [
        (Severity::Skipped, "skipped"),
        (Severity::Repaired, "repaired"),
    ] {
        let problems: Vec<_> = report
            .problems
            .iter()
            .filter(|p| p.severity == severity)
            .collect();
        if problems.is_empty() {
            continue;
        }
        writeln!(out, "{} {heading}:", problems.len())?;
        for problem in problems {
            writeln!(out, "  {problem}")?;
        }
    }
    let s = report.sanitized;
    if s.escape_sequences + s.control_chars + s.bidi_controls + s.invisible > 0 {
        writeln!(
            out,
            "sanitised: {} escape sequences, {} control characters, {} bidi controls, {} invisible characters",
            s.escape_sequences, s.control_chars, s.bidi_controls, s.invisible
        )?;
    }
    Ok(())
}
