//! Leftover HTML in release bodies: tags stripped or turned into layout
//! (tables into readable rows, `<br>` into line breaks), entities decoded.
//!
//! This is not a browser: it reads the tag soup scrapers and converters leave
//! behind well enough that no tag reaches the reader, and keeps the text.

use unicode_width::UnicodeWidthStr;

use super::{Block, Paragraph, Span, SpanStyle};

/// Tables whose aligned rows fit in this many columns are laid out as a grid;
/// wider ones become one paragraph per row with `header: value` pairs.
const GRID_WIDTH: usize = 100;

/// A `<` more than this many bytes before the next `>` is text, not a tag.
const MAX_TAG_LEN: usize = 10_000;

/// One piece of an HTML fragment.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    /// Text between tags, entities still encoded.
    Text(&'a str),
    /// An opening tag's lowercase name and its raw text (for attributes).
    Open(String, &'a str),
    /// A closing tag's lowercase name.
    Close(String),
}

/// Splits HTML into text and tags; comments, doctypes and processing
/// instructions are dropped. A `<` that does not start a tag is text.
fn tokens(html: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let bytes = html.as_bytes();
    let mut text_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &html[i..];
        let (skip, token) = if let Some(body) = rest.strip_prefix("<!--") {
            let end = body.find("-->").map_or(rest.len(), |e| 4 + e + 3);
            (end, None)
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            (rest.find('>').map_or(rest.len(), |e| e + 1), None)
        } else {
            let closing = rest.as_bytes().get(1) == Some(&b'/');
            let name_start = if closing { 2 } else { 1 };
            let name: String = rest[name_start..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let starts_like_tag = name
                .as_bytes()
                .first()
                .is_some_and(|c| c.is_ascii_alphabetic());
            match rest.find('>') {
                Some(end) if starts_like_tag && end < MAX_TAG_LEN => {
                    let name = name.to_ascii_lowercase();
                    let token = if closing {
                        Token::Close(name)
                    } else {
                        Token::Open(name, &rest[..end])
                    };
                    (end + 1, Some(token))
                }
                _ => {
                    i += 1;
                    continue;
                }
            }
        };
        if text_start < i {
            out.push(Token::Text(&html[text_start..i]));
        }
        if let Some(token) = token {
            out.push(token);
        }
        i += skip;
        text_start = i;
    }
    if text_start < html.len() {
        out.push(Token::Text(&html[text_start..]));
    }
    out
}

/// The character a named entity stands for, for the entities release text uses.
fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "sect" => '§',
        "para" => '¶',
        "euro" => '€',
        "pound" => '£',
        "cent" => '¢',
        "yen" => '¥',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "times" => '×',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        _ => return None,
    })
}

/// Decodes `&name;`, `&#NNN;` and `&#xHH;`. Entities that would produce a
/// control character produce nothing; unknown entities are left as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .char_indices()
            .take(12)
            .find(|(_, c)| !c.is_ascii_alphanumeric() && *c != '#')
            .filter(|(_, c)| *c == ';')
            .map(|(i, _)| i + 1);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = if let Some(num) = name.strip_prefix('#') {
                let value = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                Some(value.and_then(char::from_u32))
            } else {
                named_entity(name).map(Some)
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                if let Some(c) = c.filter(|c| !c.is_control() && !is_format_control(*c)) {
                    out.push(c);
                }
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Bidi and other invisible format characters an entity could smuggle in.
fn is_format_control(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}')
}

/// Decodes HTML entities (`&amp;`, `&#8217;`, `&nbsp;`) and removes inline tags
/// (`<span>`, `<sup>`, `<u>`), keeping their text. For one-line values.
pub fn strip_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skipping: Option<String> = None;
    for token in tokens(text) {
        match token {
            Token::Text(t) if skipping.is_none() => out.push_str(&decode_entities(t)),
            Token::Open(name, _) if is_hidden(&name) => skipping = Some(name),
            Token::Close(name) if skipping.as_deref() == Some(name.as_str()) => skipping = None,
            Token::Open(name, _) | Token::Close(name) if is_block(&name) => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Elements whose content is never text for the reader.
fn is_hidden(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "head" | "title" | "noscript" | "template"
    )
}

/// Elements that break a line of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "hr"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "figure"
            | "figcaption"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
    )
}

/// A table being collected: rows of cells, and whether the first row was a header.
#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
    header: bool,
}

impl Table {
    fn cell(&mut self) -> Option<&mut String> {
        self.rows.last_mut().and_then(|r| r.last_mut())
    }

    /// The table as paragraphs: an aligned grid when it is narrow, else one
    /// paragraph per row, labelled by the header row when there is one.
    fn into_paragraphs(self) -> Vec<Paragraph> {
        let rows: Vec<Vec<String>> = self
            .rows
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .map(|c| c.trim().to_string())
                    .collect::<Vec<_>>()
            })
            .filter(|r: &Vec<String>| r.iter().any(|c| !c.is_empty()))
            .collect();
        if rows.is_empty() {
            return Vec::new();
        }
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|i| {
                rows.iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| c.width())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let total = widths.iter().sum::<usize>() + 2 * columns.saturating_sub(1);
        if total <= GRID_WIDTH {
            let lines: Vec<String> = rows
                .iter()
                .map(|r| {
                    let mut line = String::new();
                    for (i, cell) in r.iter().enumerate() {
                        if i > 0 {
                            line.push_str("  ");
                        }
                        line.push_str(cell);
                        if i + 1 < r.len() {
                            line.extend(std::iter::repeat_n(' ', widths[i] - cell.width()));
                        }
                    }
                    line.trim_end().to_string()
                })
                .collect();
            return vec![Paragraph::with_block(lines.join("\n"), Block::Preformatted)];
        }
        // The first row labels the others when it looks like a header row.
        let labelled = self.header || rows.len() > 2 && rows[0].iter().all(|c| c.width() <= 40);
        let (labels, body) = if labelled {
            (Some(&rows[0]), &rows[1..])
        } else {
            (None, &rows[..])
        };
        body.iter()
            .map(|row| {
                let mut text = String::new();
                let mut spans = Vec::new();
                for (i, cell) in row.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
                    if !text.is_empty() {
                        text.push_str(" · ");
                    }
                    if let Some(label) = labels.and_then(|l| l.get(i)).filter(|l| !l.is_empty()) {
                        let start = text.len() as u32;
                        text.push_str(label);
                        spans.push(Span {
                            start,
                            end: text.len() as u32,
                            style: SpanStyle::Strong,
                        });
                        text.push_str(": ");
                    }
                    text.push_str(cell);
                }
                Paragraph {
                    text,
                    block: Block::ListItem { depth: 0 },
                    spans,
                }
            })
            .collect()
    }
}

/// Builds paragraphs from HTML text and tags.
#[derive(Default)]
struct Builder {
    out: Vec<Paragraph>,
    text: String,
    spans: Vec<Span>,
    open_spans: Vec<(String, u32)>,
    block: Block,
    list_depth: u8,
    quote_depth: u8,
    tables: Vec<Table>,
    hidden: Option<String>,
    pre: bool,
}

impl Builder {
    /// Appends text, collapsing white space as HTML does (except in `<pre>`).
    fn push_text(&mut self, raw: &str) {
        // `**` in HTML is Markdown residue from a converter.
        let decoded = decode_entities(raw).replace("**", "");
        if let Some(table) = self.tables.last_mut() {
            if let Some(cell) = table.cell() {
                push_collapsed(cell, &decoded);
            }
            return;
        }
        if self.pre {
            self.text.push_str(&decoded);
        } else {
            push_collapsed(&mut self.text, &decoded);
        }
    }

    /// Ends the current paragraph, if it has text.
    fn flush(&mut self) {
        let trimmed_end = if self.pre {
            self.text.trim_end_matches('\n').len()
        } else {
            self.text.trim_end().len()
        };
        self.text.truncate(trimmed_end);
        let lead = if self.pre {
            0
        } else {
            self.text.len() - self.text.trim_start().len()
        };
        if self.text.len() > lead {
            let text = self.text[lead..].to_string();
            let len = text.len() as u32;
            let spans = self
                .spans
                .drain(..)
                .filter_map(|s| {
                    let start = s.start.saturating_sub(lead as u32).min(len);
                    let end = s.end.saturating_sub(lead as u32).min(len);
                    (start < end).then_some(Span { start, end, ..s })
                })
                .collect();
            let block = if self.pre {
                Block::Preformatted
            } else {
                self.block
            };
            self.out.push(Paragraph { text, block, spans });
        }
        self.text.clear();
        self.spans.clear();
        // Spans still open continue into the next paragraph.
        for (_, start) in &mut self.open_spans {
            *start = 0;
        }
    }

    /// The block kind for text outside lists and headings.
    fn resting_block(&self) -> Block {
        if self.quote_depth > 0 {
            Block::BlockQuote
        } else {
            Block::Body
        }
    }

    fn open(&mut self, name: &str) {
        if is_hidden(name) {
            self.hidden = Some(name.to_string());
            return;
        }
        if let Some(table) = self.tables.last_mut() {
            match name {
                "table" => self.tables.push(Table::default()),
                "tr" => table.rows.push(Vec::new()),
                "td" | "th" => {
                    if table.rows.is_empty() {
                        table.rows.push(Vec::new());
                    }
                    if name == "th" && table.rows.len() == 1 {
                        table.header = true;
                    }
                    if let Some(row) = table.rows.last_mut() {
                        row.push(String::new());
                    }
                }
                _ if is_block(name) => {
                    if let Some(cell) = table.cell() {
                        cell.push(' ');
                    }
                }
                _ => {}
            }
            return;
        }
        match name {
            "table" => {
                self.flush();
                self.tables.push(Table::default());
            }
            "strong" | "b" | "em" | "i" => {
                self.open_spans
                    .push((name.to_string(), self.text.len() as u32));
            }
            "ul" | "ol" => {
                self.flush();
                self.list_depth = self.list_depth.saturating_add(1);
            }
            "li" => {
                self.flush();
                self.block = Block::ListItem {
                    depth: self.list_depth.saturating_sub(1).min(8),
                };
            }
            "blockquote" => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_add(1);
                self.block = self.resting_block();
            }
            "pre" => {
                self.flush();
                self.pre = true;
            }
            "br" if self.pre => self.text.push('\n'),
            _ => {
                if let Some(level) = heading_level(name) {
                    self.flush();
                    self.block = Block::Heading { level };
                } else if is_block(name) {
                    self.flush();
                }
            }
        }
    }

    fn close(&mut self, name: &str) {
        if self.hidden.as_deref() == Some(name) {
            self.hidden = None;
            return;
        }
        if !self.tables.is_empty() {
            if name == "table"
                && let Some(table) = self.tables.pop()
            {
                match self.tables.last_mut() {
                    // A nested table becomes text of its cell.
                    Some(outer) => {
                        let text: Vec<String> = table
                            .into_paragraphs()
                            .into_iter()
                            .map(|p| p.text)
                            .collect();
                        if let Some(cell) = outer.cell() {
                            push_collapsed(cell, &text.join(" "));
                        }
                    }
                    None => self.out.extend(table.into_paragraphs()),
                }
            }
            return;
        }
        match name {
            "strong" | "b" | "em" | "i" => {
                if let Some(at) = self.open_spans.iter().rposition(|(n, _)| n == name) {
                    let (_, start) = self.open_spans.remove(at);
                    let end = self.text.trim_end().len() as u32;
                    if start < end {
                        let style = if matches!(name, "strong" | "b") {
                            SpanStyle::Strong
                        } else {
                            SpanStyle::Emphasis
                        };
                        self.add_span(Span { start, end, style });
                    }
                }
            }
            "ul" | "ol" => {
                self.flush();
                self.list_depth = self.list_depth.saturating_sub(1);
                self.block = if self.list_depth > 0 {
                    Block::ListItem {
                        depth: self.list_depth - 1,
                    }
                } else {
                    self.resting_block()
                };
            }
            "blockquote" => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_sub(1);
                self.block = self.resting_block();
            }
            "pre" => {
                self.flush();
                self.pre = false;
            }
            _ => {
                if heading_level(name).is_some() || name == "li" {
                    self.flush();
                    self.block = self.resting_block();
                } else if is_block(name) {
                    self.flush();
                }
            }
        }
    }

    /// Adds a span, keeping spans sorted and not overlapping.
    fn add_span(&mut self, span: Span) {
        if self
            .spans
            .iter()
            .any(|s| s.start < span.end && span.start < s.end)
        {
            return;
        }
        let at = self.spans.partition_point(|s| s.start < span.start);
        self.spans.insert(at, span);
    }

    fn finish(mut self) -> Vec<Paragraph> {
        while let Some(table) = self.tables.pop() {
            self.out.extend(table.into_paragraphs());
        }
        self.flush();
        self.out
    }
}

/// Appends `text` with runs of white space collapsed to one space and no
/// space at the start of `out`.
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// The value of an attribute in a raw tag (`alt="…"`, `src='…'`, `width=3`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name) {
        let start = from + at;
        from = start + name.len();
        let preceded = lower[..start].ends_with(|c: char| c.is_whitespace());
        let rest = lower[from..].trim_start();
        if !preceded || !rest.starts_with('=') {
            continue;
        }
        let value_start = tag.len() - rest.len() + 1;
        let value = tag[value_start..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        });
    }
    None
}

/// How an image reads in text: `[image: alt]` when its alt text describes
/// it, and `[image]` when it has no description or only a file name
/// (`Picture1.jpg`, `5af88c49-….png`). A file name tells a reader nothing,
/// but that a picture stands there does: a fact sheet's text points to its
/// charts, and a release made of pictures does not read as empty.
pub fn image_label(alt: &str, src: &str) -> String {
    let alt = alt.trim();
    if alt.is_empty() || is_file_name(alt, src) {
        " [image] ".to_string()
    } else {
        format!(" [image: {alt}] ")
    }
}

/// File name extensions of pictures.
const IMAGE_EXTENSIONS: [&str; 11] = [
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff", "avif", "heic",
];

/// True when `alt` is a file name rather than a description: the file name
/// of `src` (with or without its extension), or one word ending in a
/// picture's extension.
fn is_file_name(alt: &str, src: &str) -> bool {
    let path = src.split(['?', '#']).next().unwrap_or("");
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let picture = !alt.contains(char::is_whitespace)
        && alt
            .rsplit_once('.')
            .is_some_and(|(_, ext)| IMAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()));
    picture
        || alt.eq_ignore_ascii_case(file)
        || (!stem.is_empty() && alt.eq_ignore_ascii_case(stem))
}

/// The level of an `h1`–`h6` tag.
fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
        _ => None,
    }
}

/// Converts a fragment of HTML (a `<table>`, `<p>`s, `<ul>`) into paragraphs.
pub fn to_paragraphs(html: &str) -> Vec<Paragraph> {
    let mut builder = Builder::default();
    for token in tokens(html) {
        if builder.hidden.is_some() {
            if let Token::Close(name) = token {
                builder.close(&name);
            }
            continue;
        }
        match token {
            Token::Text(t) => builder.push_text(t),
            Token::Open(name, raw) if name == "img" => builder.push_text(&image_label(
                attribute(raw, "alt").unwrap_or_default(),
                attribute(raw, "src").unwrap_or_default(),
            )),
            Token::Open(name, _) => builder.open(&name),
            Token::Close(name) => builder.close(&name),
        }
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_tags_go_and_entities_are_decoded() {
        assert_eq!(
            strip_inline("The <u>Act</u> &amp; H.R. 5<sup>th</sup> &#8217;s &nbsp;&#x2014;"),
            "The Act & H.R. 5th ’s  —"
        );
        assert_eq!(strip_inline("a < b and c > d"), "a < b and c > d");
        assert_eq!(
            strip_inline("fish &chips; &unknown;"),
            "fish &chips; &unknown;"
        );
    }

    #[test]
    fn entities_cannot_smuggle_controls() {
        assert_eq!(decode_entities("a&#27;[2Jb&#x202E;c&#0;"), "a[2Jbc");
    }

    #[test]
    fn scripts_and_comments_vanish() {
        let p = to_paragraphs("<p>One<!-- hidden --> two</p><script>alert(1)</script><p>Three</p>");
        let texts: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["One two", "Three"]);
    }

    #[test]
    fn paragraphs_lists_and_headings_keep_their_shape() {
        let p = to_paragraphs(
            "<h2>Plan</h2><p>Intro <strong>bold</strong> text.</p><ul><li>First</li><li>Second<ul><li>Inner</li></ul></li></ul>",
        );
        assert_eq!(
            p[0],
            Paragraph::with_block("Plan", Block::Heading { level: 2 })
        );
        assert_eq!(p[1].text, "Intro bold text.");
        assert_eq!(
            p[1].spans,
            [Span {
                start: 6,
                end: 10,
                style: SpanStyle::Strong
            }]
        );
        assert_eq!(
            p[2],
            Paragraph::with_block("First", Block::ListItem { depth: 0 })
        );
        assert_eq!(
            p[3],
            Paragraph::with_block("Second", Block::ListItem { depth: 0 })
        );
        assert_eq!(
            p[4],
            Paragraph::with_block("Inner", Block::ListItem { depth: 1 })
        );
    }

    #[test]
    fn a_narrow_table_is_an_aligned_grid() {
        let p = to_paragraphs(
            "<table><tr><td>State</td><td>Funding</td></tr><tr class=\"odd\"><td>Ohio</td><td>$3.5 B</td></tr></table>",
        );
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].block, Block::Preformatted);
        assert_eq!(p[0].text, "State  Funding\nOhio   $3.5 B");
    }

    #[test]
    fn a_wide_table_is_one_labelled_paragraph_per_row() {
        let long = "Funding to build infrastructure necessary to ensure a safe supply of water and sewer services for homes in tribal communities across the country.";
        let html = format!(
            "<table><tbody><tr><td>Program</td><td>Agency</td><td>Description</td></tr>\
             <tr><td><strong>Sanitation</strong></td><td>HHS</td><td><p>{long}</p></td></tr>\
             <tr><td>Roads</td><td>DOT</td><td>Short.</td></tr></tbody></table>"
        );
        let p = to_paragraphs(&html);
        assert_eq!(p.len(), 2);
        assert_eq!(
            p[0].text,
            format!("Program: Sanitation · Agency: HHS · Description: {long}")
        );
        assert_eq!(
            p[1].text,
            "Program: Roads · Agency: DOT · Description: Short."
        );
        assert_eq!(p[0].spans[0].style, SpanStyle::Strong);
    }

    #[test]
    fn images_are_named_by_their_alt_text_never_by_a_file_name() {
        let p = to_paragraphs(
            "<figure><img\nsrc=\"https://x.gov/up/chart-1.jpg?w=640\" class=\"a\" /><figcaption>Ports by size</figcaption></figure><p>See <img alt='Map of ports' src=m.png> here,<img alt=\"IMG_0042.JPG\" src=\"/a/b.png\">and <img alt=\"harbor-map\" src=\"/up/harbor-map.webp\"> there.</p>",
        );
        let texts: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "[image]",
                "Ports by size",
                "See [image: Map of ports] here, [image] and [image] there."
            ]
        );
    }

    #[test]
    fn br_splits_lines_and_broken_tags_stay_text() {
        let p = to_paragraphs("<p>Line one<br/>Line two</p><p>a <b unterminated</p>");
        let texts: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Line one", "Line two", "a"]);
    }
}
