//! The user's configuration file (`config.toml`): default corpus paths, date
//! format, list columns, colours and key bindings.
//!
//! The commented default file is embedded in the binary
//! (`readout config --print-default`). A file with a mistake is never fatal:
//! the error names the line, and the defaults are used.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The commented default configuration file.
pub const DEFAULT_FILE: &str = include_str!("../assets/config.toml");

/// How dates are written in the release list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum DateFormat {
    /// `2021-01-26`.
    #[default]
    Iso,
    /// `Jan 26, 2021`.
    Us,
    /// `26 January 2021`.
    Long,
}

/// A column of the release list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Column {
    /// Publication date.
    Date,
    /// Publisher or member office.
    Source,
    /// Headline.
    Title,
    /// Section or category.
    Section,
    /// Author or speaker.
    Author,
    /// Number of quotations.
    Quotes,
}

/// The `[theme]` table: colours of the interface as written in the file
/// (names or `#rrggbb`), which the reader turns into its `Theme` of styles.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ThemeColors {
    /// Background of the selected row.
    pub selection: String,
    /// Quotation text.
    pub quote: String,
    /// The speaker after a quotation.
    pub speaker: String,
    /// Characters matched by the filter.
    #[serde(rename = "match")]
    pub filter_match: String,
    /// Hits of a search inside a release.
    pub search_hit: String,
    /// Bookmarked passages.
    pub bookmark: String,
    /// Headings inside a release.
    pub heading: String,
    /// Link text.
    pub link: String,
}

impl Default for ThemeColors {
    fn default() -> Self {
        ThemeColors {
            selection: "blue".into(),
            quote: "yellow".into(),
            speaker: "dark_gray".into(),
            filter_match: "light_red".into(),
            search_hit: "magenta".into(),
            bookmark: "green".into(),
            heading: "cyan".into(),
            link: "light_blue".into(),
        }
    }
}

/// The whole configuration.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Folders and files opened when no path is given on the command line.
    pub paths: Vec<PathBuf>,
    /// How dates are shown in the list.
    pub date_format: DateFormat,
    /// List columns, in order.
    pub columns: Vec<Column>,
    /// Colours.
    pub theme: ThemeColors,
    /// Key bindings: action name → keys, replacing that action's defaults.
    pub keys: BTreeMap<String, Vec<String>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            paths: Vec::new(),
            date_format: DateFormat::Iso,
            columns: vec![Column::Date, Column::Source, Column::Title],
            theme: ThemeColors::default(),
            keys: BTreeMap::new(),
        }
    }
}

/// Why the configuration file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but cannot be read.
    #[error("cannot read {path}: {message}; using the default settings")]
    Unreadable {
        /// The configuration file.
        path: PathBuf,
        /// What the system said.
        message: String,
    },
    /// The file is not valid for readout.
    #[error("{path} line {line}: {message}; using the default settings")]
    Invalid {
        /// The configuration file.
        path: PathBuf,
        /// 1-based line of the mistake.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Where the configuration file is looked for when `--config` is not given.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "readout").map(|d| d.config_dir().join("config.toml"))
}

/// Parses configuration text; `path` is only used in messages.
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    toml::from_str::<Config>(text).map_err(|e| {
        let line = e.span().map_or(1, |span| {
            text[..span.start.min(text.len())].matches('\n').count() + 1
        });
        ConfigError::Invalid {
            path: path.to_path_buf(),
            line,
            message: e.message().trim().to_string(),
        }
    })
}

/// Loads the configuration from `path` (or the default location). A missing
/// file gives the defaults silently; a bad one gives the defaults and an error
/// to show the user.
pub fn load(path: Option<&Path>) -> (Config, Option<ConfigError>) {
    let Some(path) = path.map(Path::to_path_buf).or_else(default_path) else {
        return (Config::default(), None);
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => match parse(&text, &path) {
            Ok(config) => (config, None),
            Err(e) => (Config::default(), Some(e)),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Config::default(), None),
        Err(e) => (
            Config::default(),
            Some(ConfigError::Unreadable {
                path,
                message: e.to_string(),
            }),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_parses_to_the_defaults() {
        assert_eq!(
            parse(DEFAULT_FILE, Path::new("default")).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn settings_override_defaults() {
        let c = parse(
            "paths = [\"/data\"]\ndate_format = \"us\"\ncolumns = [\"title\", \"quotes\"]\n[theme]\nquote = \"#ffaa00\"\n[keys]\nquit = [\"x\", \"ctrl-c\"]\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.paths, vec![PathBuf::from("/data")]);
        assert_eq!(c.date_format, DateFormat::Us);
        assert_eq!(c.columns, vec![Column::Title, Column::Quotes]);
        assert_eq!(c.theme.quote, "#ffaa00");
        assert_eq!(c.theme.speaker, "dark_gray");
        assert_eq!(c.keys["quit"], vec!["x", "ctrl-c"]);
    }

    #[test]
    fn a_mistake_names_its_line() {
        let err = parse(
            "date_format = \"iso\"\n\n[theme]\ncolour = \"red\"\n",
            Path::new("c.toml"),
        )
        .unwrap_err();
        match err {
            ConfigError::Invalid { line, message, .. } => {
                assert_eq!(line, 4);
                assert!(message.contains("colour"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let err = parse("columns = [\"date\", \"nope\"]", Path::new("c.toml")).unwrap_err();
        assert!(err.to_string().starts_with("c.toml line 1:"), "{err}");
    }

    #[test]
    fn a_missing_file_is_the_defaults_and_a_bad_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let (config, error) = load(Some(&dir.path().join("none.toml")));
        assert_eq!((config, error), (Config::default(), None));
        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, "paths = 3").unwrap();
        let (config, error) = load(Some(&bad));
        assert_eq!(config, Config::default());
        assert!(error.unwrap().to_string().contains("bad.toml line 1"));
    }
}
