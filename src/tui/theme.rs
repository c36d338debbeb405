//! Colours and text styles of the reader, built from the configuration.

use ratatui::style::{Color, Modifier, Style};

use crate::config::{self, Colour};

/// Every style the views use, resolved once.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// The selected row of a list.
    pub selection: Style,
    /// Quotation text.
    pub quote: Style,
    /// A speaker shown after a quotation.
    pub speaker: Style,
    /// Characters matched by the list filter.
    pub filter_match: Style,
    /// Hits of a search inside a release.
    pub search_hit: Style,
    /// The hit `n`/`N` moved to.
    pub current_hit: Style,
    /// Bookmarked passages.
    pub bookmark: Style,
    /// Headings inside a release, and the release title.
    pub heading: Style,
    /// Link text.
    pub link: Style,
    /// Secondary text: metadata, hints, borders of unfocused panes.
    pub dim: Style,
    /// The border of the focused pane.
    pub focus: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::from_config(&config::ThemeColors::default())
    }
}

/// A colour written in the configuration: a name, `#rrggbb` or `default`.
/// Anything else is the terminal's default colour (the configuration
/// reports it when the file is read).
pub fn parse_color(name: &str) -> Color {
    const NAMED: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match Colour::parse(name) {
        Some(Colour::Named(i)) => NAMED[i],
        Some(Colour::Rgb(r, g, b)) => Color::Rgb(r, g, b),
        Some(Colour::Default) | None => Color::Reset,
    }
}

impl Theme {
    /// Resolves the configured colour names.
    pub fn from_config(c: &config::ThemeColors) -> Theme {
        let fg = |name: &str| Style::default().fg(parse_color(name));
        Theme {
            selection: Style::default()
                .bg(parse_color(&c.selection))
                .add_modifier(Modifier::BOLD),
            quote: fg(&c.quote),
            speaker: fg(&c.speaker).add_modifier(Modifier::ITALIC),
            filter_match: fg(&c.filter_match).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            search_hit: Style::default()
                .bg(parse_color(&c.search_hit))
                .fg(Color::Black),
            current_hit: Style::default()
                .bg(parse_color(&c.search_hit))
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            bookmark: fg(&c.bookmark),
            heading: fg(&c.heading).add_modifier(Modifier::BOLD),
            link: fg(&c.link).add_modifier(Modifier::UNDERLINED),
            dim: Style::default().fg(Color::DarkGray),
            focus: Style::default().fg(parse_color(&c.heading)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_by_name_and_hex() {
        assert_eq!(parse_color("light_red"), Color::LightRed);
        assert_eq!(parse_color("Dark-Gray"), Color::DarkGray);
        assert_eq!(parse_color("#ff8000"), Color::Rgb(255, 128, 0));
        assert_eq!(parse_color("nonsense"), Color::Reset);
    }
}
