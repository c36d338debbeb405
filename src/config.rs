//! The user's configuration file (`config.toml`): default corpus paths, date
//! format, list columns, colours and key bindings.
//!
//! The commented default file is embedded in the binary
//! (`readout config --print-default`). Nothing in the file fails silently:
//! a file that is not valid TOML, or has a setting readout does not know,
//! is reported with its line and the defaults are used; a value readout
//! cannot use (an unknown colour, date format or column) is reported with
//! its line and that one setting keeps its default. Key bindings are
//! checked by the reader's keymap (`tui::keymap`), which knows the actions.
//! Messages quote values as written: whoever shows them escapes what a
//! terminal would act on (`sanitize::escape_controls`).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

pub use crate::corpus::display::DateFormat;

/// The commented default configuration file.
pub const DEFAULT_FILE: &str = include_str!("../assets/config.toml");

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

impl Column {
    /// Every column, with its name in the configuration file.
    pub const ALL: [(&'static str, Column); 6] = [
        ("date", Column::Date),
        ("source", Column::Source),
        ("title", Column::Title),
        ("section", Column::Section),
        ("author", Column::Author),
        ("quotes", Column::Quotes),
    ];
}

/// The colour names the configuration understands, in the terminal's
/// order (0–15).
pub const COLOUR_NAMES: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark_gray",
    "light_red",
    "light_green",
    "light_yellow",
    "light_blue",
    "light_magenta",
    "light_cyan",
    "white",
];

/// A colour as the configuration writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    /// The terminal's own colour (`default`).
    Default,
    /// One of the sixteen named colours: an index into [`COLOUR_NAMES`].
    Named(usize),
    /// `#rrggbb`.
    Rgb(u8, u8, u8),
}

impl Colour {
    /// Reads a colour: a name (case, `-` and spaces ignored, `grey` for
    /// `gray`), `#rrggbb` or `default`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Colour> {
        let key = text
            .trim()
            .to_ascii_lowercase()
            .replace(['-', ' '], "_")
            .replace("grey", "gray");
        if let Some(hex) = key.strip_prefix('#') {
            let v = u32::from_str_radix(hex, 16)
                .ok()
                .filter(|_| hex.len() == 6)?;
            return Some(Colour::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8));
        }
        if key == "default" || key == "reset" {
            return Some(Colour::Default);
        }
        COLOUR_NAMES
            .iter()
            .position(|n| *n == key)
            .map(Colour::Named)
    }
}

/// The `[theme]` table: colours of the interface as written in the file
/// (names or `#rrggbb`), which the reader turns into its `Theme` of styles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeColors {
    /// Background of the selected row.
    pub selection: String,
    /// Quotation text.
    pub quote: String,
    /// The speaker after a quotation.
    pub speaker: String,
    /// Characters matched by the filter.
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

impl ThemeColors {
    /// Each setting's name in the file and its value, for checking.
    fn settings_mut(&mut self) -> [(&'static str, &mut String); 8] {
        [
            ("selection", &mut self.selection),
            ("quote", &mut self.quote),
            ("speaker", &mut self.speaker),
            ("match", &mut self.filter_match),
            ("search_hit", &mut self.search_hit),
            ("bookmark", &mut self.bookmark),
            ("heading", &mut self.heading),
            ("link", &mut self.link),
        ]
    }
}

/// The whole configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Folders and files opened when no path is given on the command line.
    pub paths: Vec<PathBuf>,
    /// How dates are shown to people.
    pub date_format: DateFormat,
    /// List columns, in order.
    pub columns: Vec<Column>,
    /// Colours.
    pub theme: ThemeColors,
    /// Key bindings: action name → keys, replacing that action's defaults.
    pub keys: BTreeMap<String, Vec<String>>,
    /// The line of each `[keys]` entry, for messages about it.
    pub key_lines: BTreeMap<String, usize>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            paths: Vec::new(),
            date_format: DateFormat::Iso,
            columns: vec![Column::Date, Column::Source, Column::Title],
            theme: ThemeColors::default(),
            keys: BTreeMap::new(),
            key_lines: BTreeMap::new(),
        }
    }
}

/// One thing wrong in the configuration file, and what readout does instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line of the mistake (`None`: the file as a whole).
    pub line: Option<usize>,
    /// What is wrong and what readout does about it.
    pub message: String,
}

impl Problem {
    /// A problem on `line`.
    pub fn at(line: usize, message: impl Into<String>) -> Problem {
        Problem {
            line: Some(line),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// The configuration as loaded: the settings in force, where they were
/// read from, and what was wrong with the file.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The settings in force (defaults where the file had none or a bad one).
    pub config: Config,
    /// The file read, when one exists.
    pub path: Option<PathBuf>,
    /// What was wrong with it.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// `problem` as said to the user: the file, the line, the message.
    pub fn describe(&self, problem: &Problem) -> String {
        match &self.path {
            Some(path) => match problem.line {
                Some(line) => format!("{} line {line}: {}", path.display(), problem.message),
                None => format!("{}: {}", path.display(), problem.message),
            },
            None => problem.to_string(),
        }
    }
}

/// Keys for an action: one (`"x"`) or several (`["x", "ctrl-x"]`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum KeyList {
    One(String),
    Several(Vec<String>),
}

/// The file as written, with where each checked value is.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawConfig {
    paths: Option<Vec<PathBuf>>,
    date_format: Option<Spanned<String>>,
    columns: Option<Vec<Spanned<String>>>,
    theme: RawTheme,
    keys: BTreeMap<Spanned<String>, Spanned<KeyList>>,
}

/// The `[theme]` table as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawTheme {
    selection: Option<Spanned<String>>,
    quote: Option<Spanned<String>>,
    speaker: Option<Spanned<String>>,
    #[serde(rename = "match")]
    filter_match: Option<Spanned<String>>,
    search_hit: Option<Spanned<String>>,
    bookmark: Option<Spanned<String>>,
    heading: Option<Spanned<String>>,
    link: Option<Spanned<String>>,
}

impl RawTheme {
    fn values(self) -> [Option<Spanned<String>>; 8] {
        [
            self.selection,
            self.quote,
            self.speaker,
            self.filter_match,
            self.search_hit,
            self.bookmark,
            self.heading,
            self.link,
        ]
    }
}

/// Where the configuration file is looked for when `--config` is not given.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "readout").map(|d| d.config_dir().join("config.toml"))
}

/// `~/x` as the home folder's `x`; any other path as written.
fn expand_home(path: &Path) -> PathBuf {
    match (
        path.strip_prefix("~"),
        directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()),
    ) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

/// The 1-based line of byte `at` in `text`.
fn line_at(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// Parses configuration text: the settings (defaults for whatever is
/// missing or wrong) and every problem found, each with its line.
pub fn parse(text: &str) -> (Config, Vec<Problem>) {
    let raw = match toml::from_str::<RawConfig>(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map_or(1, |span| line_at(text, span.start));
            let message = format!("{}; using the default settings", e.message().trim());
            return (Config::default(), vec![Problem::at(line, message)]);
        }
    };
    let mut config = Config::default();
    let mut problems = Vec::new();
    let line = |s: &Spanned<String>| line_at(text, s.span().start);
    if let Some(paths) = raw.paths {
        config.paths = paths.iter().map(|p| expand_home(p)).collect();
    }
    if let Some(name) = raw.date_format {
        match DateFormat::from_name(name.get_ref()) {
            Some(format) => config.date_format = format,
            None => problems.push(Problem::at(
                line(&name),
                format!(
                    "date_format: unknown format \"{}\" (known: iso, us, long); using iso",
                    name.get_ref()
                ),
            )),
        }
    }
    if let Some(names) = raw.columns {
        let mut columns = Vec::new();
        for name in &names {
            match Column::ALL
                .iter()
                .find(|(n, _)| *n == name.get_ref().trim())
            {
                Some(&(_, column)) => columns.push(column),
                None => problems.push(Problem::at(
                    line(name),
                    format!(
                        "columns: unknown column \"{}\" (known: {}); left out",
                        name.get_ref(),
                        Column::ALL.map(|(n, _)| n).join(", ")
                    ),
                )),
            }
        }
        config.columns = columns;
    }
    for ((setting, value), written) in config
        .theme
        .settings_mut()
        .into_iter()
        .zip(raw.theme.values())
    {
        let Some(written) = written else { continue };
        if Colour::parse(written.get_ref()).is_some() {
            *value = written.get_ref().clone();
        } else {
            problems.push(Problem::at(
                line(&written),
                format!(
                    "[theme] {setting}: unknown colour \"{}\" (a name such as light_blue, \
                     \"#rrggbb\" or \"default\"); using {value}",
                    written.get_ref()
                ),
            ));
        }
    }
    for (action, keys) in raw.keys {
        let at = line(&action);
        let keys = match keys.into_inner() {
            KeyList::One(key) => vec![key],
            KeyList::Several(keys) => keys,
        };
        config.key_lines.insert(action.get_ref().clone(), at);
        config.keys.insert(action.into_inner(), keys);
    }
    (config, problems)
}

/// Loads the configuration from `path` (or the default location). A
/// missing file gives the defaults and no problem; an unreadable or bad one
/// gives what could be used of it and says what was wrong.
pub fn load(path: Option<&Path>) -> Loaded {
    let Some(path) = path.map(Path::to_path_buf).or_else(default_path) else {
        return Loaded::default();
    };
    // Never waits on a FIFO put where the file should be.
    let read = crate::archive::atomic::open_regular(&path).and_then(|mut file| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut file, &mut text).map(|_| text)
    });
    match read {
        Ok(text) => {
            let (config, problems) = parse(&text);
            Loaded {
                config,
                path: Some(path),
                problems,
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Loaded::default(),
        Err(e) => Loaded {
            config: Config::default(),
            problems: vec![Problem {
                line: None,
                message: format!("cannot read it ({e}); using the default settings"),
            }],
            path: Some(path),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Config {
        let (config, problems) = parse(text);
        assert!(problems.is_empty(), "{problems:?}");
        config
    }

    #[test]
    fn the_default_file_parses_to_the_defaults() {
        assert_eq!(parse_ok(DEFAULT_FILE), Config::default());
    }

    #[test]
    fn settings_override_defaults() {
        let c = parse_ok(
            "paths = [\"/data\"]\ndate_format = \"us\"\ncolumns = [\"title\", \"quotes\"]\n[theme]\nquote = \"#ffaa00\"\n[keys]\nquit = [\"x\", \"ctrl-c\"]\nhelp = \"f2\"\n",
        );
        assert_eq!(c.paths, vec![PathBuf::from("/data")]);
        let home = parse_ok("paths = [\"~/archive\"]\n").paths;
        assert!(
            home[0].ends_with("archive") && !home[0].starts_with("~"),
            "{home:?}"
        );
        assert_eq!(c.date_format, DateFormat::Us);
        assert_eq!(c.columns, vec![Column::Title, Column::Quotes]);
        assert_eq!(c.theme.quote, "#ffaa00");
        assert_eq!(c.theme.speaker, "dark_gray");
        assert_eq!(c.keys["quit"], vec!["x", "ctrl-c"]);
        assert_eq!(c.keys["help"], vec!["f2"]);
        assert_eq!((c.key_lines["quit"], c.key_lines["help"]), (7, 8));
    }

    #[test]
    fn a_syntax_mistake_names_its_line_and_gives_the_defaults() {
        let (config, problems) = parse("date_format = \"iso\"\n\n[theme]\ncolour = \"red\"\n");
        assert_eq!(config, Config::default());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(4));
        assert!(problems[0].message.contains("colour"), "{problems:?}");
    }

    #[test]
    fn an_unknown_colour_format_or_column_is_reported_and_the_rest_applies() {
        let (config, problems) = parse(
            "date_format = \"longest\"\ncolumns = [\"date\", \"nope\", \"title\"]\n\n[theme]\nquote = \"purple\"\nheading = \"Light-Green\"\n",
        );
        let lines: Vec<Option<usize>> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(1), Some(2), Some(5)], "{problems:?}");
        assert!(problems[2].message.contains("\"purple\""), "{problems:?}");
        assert!(problems[2].message.contains("using yellow"), "{problems:?}");
        assert_eq!(config.date_format, DateFormat::Iso);
        assert_eq!(config.columns, [Column::Date, Column::Title]);
        assert_eq!(config.theme.quote, "yellow");
        assert_eq!(config.theme.heading, "Light-Green");
    }

    #[test]
    fn colours_are_names_hex_or_default() {
        assert_eq!(Colour::parse("light_red"), Some(Colour::Named(9)));
        assert_eq!(Colour::parse("Dark-Grey"), Some(Colour::Named(8)));
        assert_eq!(Colour::parse("#ff8000"), Some(Colour::Rgb(255, 128, 0)));
        assert_eq!(Colour::parse("default"), Some(Colour::Default));
        assert_eq!(Colour::parse("purple"), None);
        assert_eq!(Colour::parse("#ff80"), None);
    }

    #[test]
    fn a_missing_file_is_the_defaults_and_a_bad_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = load(Some(&dir.path().join("none.toml")));
        assert_eq!(loaded.config, Config::default());
        assert!(loaded.problems.is_empty());
        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, "paths = 3").unwrap();
        let loaded = load(Some(&bad));
        assert_eq!(loaded.config, Config::default());
        let said = loaded.describe(&loaded.problems[0]);
        assert!(said.contains("bad.toml line 1"), "{said}");
    }
}
