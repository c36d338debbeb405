//! The two seed documents read exactly as they did when body cleaning
//! (issue 10) began: `readout show --json` of each, its file path left out,
//! has the recorded fingerprints. Only numbers are recorded here, never the
//! seeds' text.
//!
//! The text (metadata, paragraphs, links, trailer, credits) and the
//! quotations are fingerprinted apart, so a change to quotation attribution
//! shows as such and does not hide a change to the text.

use std::process::Command;

use serde_json::Value;

/// What each seed parsed into: its file name, the number of paragraphs,
/// FNV-1a of the canonical JSON without quotations (keys sorted, the
/// origin's path reduced to the file name), the number of quotations and
/// FNV-1a of their JSON.
const EXPECTED: &[&str] = &[
    "000_6e092c6fe74cb7c1.txt: 11 paragraphs d59ddd3788fcaad1, 1 quotes ce30eadc94bcd7ff",
    "002_bc8d2011123f2f4a.txt: 4 paragraphs 6749ae38d4851807, 3 quotes 9fbca8e467d29f07",
];

fn readout(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("--no-cache")
        .args(args)
        .env("READOUT_CONFIG", "/nonexistent/readout.toml")
        .output()
        .expect("readout runs");
    assert!(out.status.success(), "readout {args:?} failed");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// One line summing up a release's JSON, in the form of [`EXPECTED`].
fn summary(json: &str) -> String {
    let mut value: Value = serde_json::from_str(json).expect("show --json prints JSON");
    let path = value["origin"]["path"].as_str().unwrap_or_default();
    let name = path.rsplit('/').next().unwrap_or_default().to_string();
    value["origin"]["path"] = Value::String(name.clone());
    let quotes = value
        .as_object_mut()
        .and_then(|map| map.remove("quotes"))
        .unwrap_or_default();
    let paragraphs = value["paragraphs"].as_array().map_or(0, Vec::len);
    let print = |v: &Value| fnv1a(serde_json::to_string(v).expect("JSON prints").as_bytes());
    format!(
        "{name}: {paragraphs} paragraphs {:016x}, {} quotes {:016x}",
        print(&value),
        quotes.as_array().map_or(0, Vec::len),
        print(&quotes)
    )
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn the_seeds_read_exactly_as_before() {
    let Some(root) = crate::common::shared_corpus("the_seeds_read_exactly_as_before") else {
        return;
    };
    let seeds = root.join("seeds");
    let seeds = seeds.to_str().expect("a UTF-8 path");
    let mut found: Vec<String> = readout(&["list", seeds])
        .lines()
        .filter_map(|line| line.split('\t').next())
        .map(|id| summary(&readout(&["show", "--json", id, seeds])))
        .collect();
    found.sort();
    assert_eq!(found, EXPECTED, "a seed now parses differently");
}
