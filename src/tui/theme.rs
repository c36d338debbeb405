//! Colours and text styles of the reader, built from the configuration.

use ratatui::style::{Color, Modifier, Style};

use crate::config;

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
/// Unknown names fall back to the terminal's default colour.
pub fn parse_color(name: &str) -> Color {
    let key = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    if let Some(hex) = key.strip_prefix('#')
        && hex.len() == 6
        && let Ok(v) = u32::from_str_radix(hex, 16)
    {
        return Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8);
    }
    match key.as_str() {
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" | "grey" => Color::Gray,
        "dark_gray" | "dark_grey" => Color::DarkGray,
        "light_red" => Color::LightRed,
        "light_green" => Color::LightGreen,
        "light_yellow" => Color::LightYellow,
        "light_blue" => Color::LightBlue,
        "light_magenta" => Color::LightMagenta,
        "light_cyan" => Color::LightCyan,
        "white" => Color::White,
        _ => Color::Reset,
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
