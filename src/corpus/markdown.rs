//! Markdown with YAML front matter, as pandoc and static-site exporters write it.
//!
//! The body is read with a CommonMark parser, so backslash escapes, emphasis,
//! links, lists and hard-wrapped lines come out as a reader expects; leftover
//! HTML blocks (tables, figures) go through [`super::html`].
//!
//! The text comes sanitised but with its no-break spaces (see
//! [`super::sanitize::clean_text_keeping_no_break_spaces`]), because pandoc,
//! which wrote most such files, reads a no-break space as a character like a
//! letter: it never indents a line (a paragraph whose first line is indented
//! with them is one paragraph, not code followed by text) and it does not stop
//! `*` from opening or closing emphasis. They are read that way here, and
//! become plain spaces in the text.

mod links;

use std::borrow::Cow;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use yaml_rust2::Yaml;

use super::yaml::{self, FrontMatter, YamlError};
use super::{Block, Draft, Member, Paragraph, Span, SpanStyle, html, linebreaks};

/// Why a Markdown file's metadata could not be read. The body still loads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarkdownError {
    /// The front matter is not valid YAML, or nests too deep.
    #[error("front matter is not valid YAML (line {line}): {message}; metadata ignored")]
    FrontMatter {
        /// 1-based line in the file.
        line: usize,
        /// What the YAML parser said.
        message: String,
    },
    /// A field of the front matter is too large once its aliases are
    /// followed (an alias bomb); the other fields are read.
    #[error("{0}; that field is ignored")]
    Field(YamlError),
}

/// Parses a sanitised Markdown document, no-break spaces kept, into a draft
/// release. A front matter that is not valid YAML is reported, and the body
/// loads without it.
pub fn parse(text: &str) -> (Draft, Option<MarkdownError>) {
    let (front, body) = split_front_matter(text);
    let mut draft = Draft::default();
    let mut error = None;
    if let Some(yaml) = front {
        match yaml::load(&spaces_for_no_break(yaml)) {
            Ok(front) => error = read_metadata(&front, &mut draft).map(MarkdownError::Field),
            Err(YamlError::Syntax { line, message }) => {
                error = Some(MarkdownError::FrontMatter {
                    // The front matter starts on the file's second line.
                    line: line + 1,
                    message,
                })
            }
            Err(e @ YamlError::TooDeep { line }) => {
                error = Some(MarkdownError::FrontMatter {
                    line: line + 1,
                    message: e.to_string(),
                })
            }
            Err(e @ YamlError::TooLarge { .. }) => error = Some(MarkdownError::Field(e)),
        }
    }
    let (paragraphs, links) = body_paragraphs(body);
    draft.paragraphs = paragraphs;
    draft.links = links;
    (draft, error)
}

/// Stands for a no-break space while the CommonMark parser reads a body: a
/// Unicode noncharacter (reserved for a program's internal use), which
/// CommonMark, like pandoc a no-break space, reads as neither white space nor
/// punctuation. One met in the input is read the same way.
const NO_BREAK: char = '\u{fdd0}';

/// `text` with its no-break spaces (and their stand-ins) made plain spaces.
fn spaces_for_no_break(text: &str) -> Cow<'_, str> {
    if text.contains(['\u{a0}', NO_BREAK]) {
        Cow::Owned(text.replace(['\u{a0}', NO_BREAK], " "))
    } else {
        Cow::Borrowed(text)
    }
}

/// Splits `---` front matter from the body. Without a closing `---` (or
/// `...`) line there is no front matter: the `---` is a rule in the body.
fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let start = text.trim_start_matches('\u{feff}');
    let Some(rest) = start
        .strip_prefix("---\n")
        .or_else(|| start.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return (Some(&rest[..offset]), &rest[offset + line.len()..]);
        }
        offset += line.len();
    }
    (None, text)
}

/// A metadata value as one line of text.
fn scalar(value: &Yaml) -> Option<String> {
    match value {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        Yaml::Array(items) => items.iter().find_map(scalar),
        Yaml::Hash(map) => ["name", "title", "value"]
            .iter()
            .find_map(|k| map.get(&Yaml::String((*k).to_string())).and_then(scalar)),
        _ => None,
    }
    .filter(|s| !s.trim().is_empty())
}

/// A metadata value as a list: YAML lists, or comma-separated strings.
fn list(value: &Yaml) -> Vec<String> {
    match value {
        Yaml::Array(items) => items.iter().filter_map(scalar).collect(),
        Yaml::String(s) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        other => scalar(other).into_iter().collect(),
    }
}

/// Reads the fields readout knows under the names exporters give them;
/// the first field refused for its size, if any. Fields readout does not
/// use are never expanded.
fn read_metadata(front: &FrontMatter, draft: &mut Draft) -> Option<YamlError> {
    let refused = std::cell::RefCell::new(None);
    let get = |names: &[&str]| -> Option<Yaml> {
        let key = front.keys().find(|k| {
            let k = k.to_ascii_lowercase().replace('-', "_");
            names.contains(&k.as_str())
        })?;
        match front.get(key) {
            Ok(value) => value,
            Err(e) => {
                refused.borrow_mut().get_or_insert(e);
                None
            }
        }
    };
    let text = |names: &[&str]| get(names).as_ref().and_then(scalar);
    draft.title = text(&["title", "headline", "name"]);
    let date = text(&["date", "pubdate", "date_published", "published_date"]);
    let published = text(&["published_time", "published", "published_at", "created"]);
    // A timestamp on the same day is the more precise date.
    draft.date = match (date, published) {
        (Some(d), Some(p)) if p.starts_with(d.trim()) => Some(p),
        (Some(d), _) => Some(d),
        (None, p) => p,
    };
    draft.updated = text(&[
        "modified_time",
        "updated",
        "modified",
        "last_modified",
        "lastmod",
        "updated_at",
    ]);
    draft.url = text(&[
        "source_url",
        "url",
        "link",
        "canonical_url",
        "canonical",
        "permalink",
    ]);
    draft.source = text(&[
        "source",
        "publisher",
        "site",
        "site_name",
        "outlet",
        "agency",
        "office",
    ]);
    draft.author = text(&["author", "authors", "speaker", "by", "byline"]);
    draft.tags = get(&["tags", "keywords", "topics"])
        .as_ref()
        .map(list)
        .unwrap_or_default();
    draft.section = text(&["section", "category", "categories", "type", "kind"])
        .or_else(|| draft.tags.first().cloned());
    if draft.source.is_none() {
        draft.source = draft
            .url
            .as_deref()
            .and_then(super::jsonl::url_host)
            .map(str::to_string);
    }
    if let Some(Yaml::Hash(member)) = get(&["member"]) {
        let field = |k: &str| member.get(&Yaml::String(k.to_string())).and_then(scalar);
        if let Some(name) = field("name") {
            draft.member = Some(Member {
                name,
                party: field("party"),
                state: field("state"),
                chamber: field("chamber"),
            });
        }
    }
    refused.into_inner()
}

/// Where a paragraph is being built: which containers are open around it.
#[derive(Default)]
struct BodyBuilder {
    out: Vec<Paragraph>,
    links: Vec<String>,
    text: String,
    spans: Vec<Span>,
    /// Open emphasis, strong and link spans: style and start offset.
    open: Vec<(SpanStyle, u32)>,
    /// Nesting of lists.
    list_depth: u8,
    /// Whether the current list item already produced its first paragraph.
    item_started: bool,
    quote_depth: u8,
    heading: Option<u8>,
    code: bool,
    /// Inside an indented code block, which converters produce by accident
    /// (pandoc indents with no-break spaces); its text is read as Markdown.
    indented: bool,
    image_depth: u32,
    image_alt: String,
    image_src: String,
    html: String,
    table: Option<Vec<Vec<String>>>,
}

impl BodyBuilder {
    /// The block kind for the paragraph being built now.
    fn block(&self) -> Block {
        if self.code {
            Block::Preformatted
        } else if let Some(level) = self.heading {
            Block::Heading { level }
        } else if self.list_depth > 0 && !self.item_started {
            Block::ListItem {
                depth: (self.list_depth - 1).min(8),
            }
        } else if self.quote_depth > 0 {
            Block::BlockQuote
        } else {
            Block::Body
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.image_depth > 0 {
            self.image_alt.push_str(&spaces_for_no_break(text));
            return;
        }
        if let Some(rows) = &mut self.table {
            if let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) {
                cell.push_str(&spaces_for_no_break(text));
            }
            return;
        }
        if self.code {
            self.text.push_str(text);
            return;
        }
        for c in text.chars() {
            if c.is_whitespace() || c == NO_BREAK {
                if !self.text.is_empty() && !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
            } else {
                self.text.push(c);
            }
        }
    }

    /// Ends the paragraph being built. Open spans continue in the next one.
    fn flush(&mut self) {
        let block = self.block();
        let text = if self.code {
            spaces_for_no_break(self.text.trim_end_matches('\n')).into_owned()
        } else {
            self.text.trim_end().to_string()
        };
        // Pandoc writes a no-break space as `\ `, which CommonMark keeps.
        let text = if text.contains("\\ ") {
            text.replace("\\ ", " ")
        } else {
            text
        };
        // Pandoc leaves `**` that CommonMark cannot pair (`**Heading. **`).
        let text = if !self.code && text.contains("**") {
            let (stripped, strong) = super::text::strip_residue(&text);
            self.spans = strong;
            stripped.trim().to_string()
        } else {
            text
        };
        let len = text.len() as u32;
        if !text.trim().is_empty() {
            let spans = self
                .spans
                .drain(..)
                .map(|s| Span {
                    end: s.end.min(len),
                    ..s
                })
                .filter(|s| s.start < s.end)
                .collect();
            self.out.push(Paragraph { text, block, spans });
            if matches!(block, Block::ListItem { .. }) {
                self.item_started = true;
            }
        }
        self.text.clear();
        self.spans.clear();
        for (_, start) in &mut self.open {
            *start = 0;
        }
    }

    fn close_span(&mut self, style: fn(&SpanStyle) -> bool) {
        let Some(at) = self.open.iter().rposition(|(s, _)| style(s)) else {
            return;
        };
        let (style, start) = self.open.remove(at);
        let end = self.text.trim_end().len() as u32;
        let overlaps = self.spans.iter().any(|s| s.start < end && start < s.end);
        if start < end && !overlaps {
            let at = self.spans.partition_point(|s| s.start < start);
            self.spans.insert(at, Span { start, end, style });
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {}
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(heading_number(level));
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote_depth += 1;
            }
            Tag::CodeBlock(kind) => {
                self.flush();
                self.code = true;
                self.indented = matches!(kind, CodeBlockKind::Indented);
            }
            Tag::HtmlBlock => self.flush(),
            Tag::List(_) => {
                self.flush();
                self.list_depth = self.list_depth.saturating_add(1);
            }
            Tag::Item => {
                self.flush();
                self.item_started = false;
            }
            Tag::Emphasis => self
                .open
                .push((SpanStyle::Emphasis, self.text.len() as u32)),
            Tag::Strong => self.open.push((SpanStyle::Strong, self.text.len() as u32)),
            Tag::Link { dest_url, .. } => {
                let index = self.links.len() as u32;
                self.links.push(spaces_for_no_break(&dest_url).into_owned());
                self.open
                    .push((SpanStyle::Link { index }, self.text.len() as u32));
            }
            Tag::Image { dest_url, .. } => {
                self.image_depth += 1;
                self.image_alt.clear();
                self.image_src = spaces_for_no_break(&dest_url).into_owned();
            }
            Tag::Table(_) => {
                self.flush();
                self.table = Some(Vec::new());
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(rows) = &mut self.table {
                    rows.push(Vec::new());
                }
            }
            Tag::TableCell => {
                if let Some(row) = self.table.as_mut().and_then(|r| r.last_mut()) {
                    row.push(String::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.flush(),
            TagEnd::Heading(_) => {
                self.flush();
                self.heading = None;
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::CodeBlock if self.indented => {
                self.code = false;
                self.indented = false;
                let text = std::mem::take(&mut self.text);
                let dedented: String = text
                    .lines()
                    .map(|l| l.trim_start())
                    .collect::<Vec<_>>()
                    .join("\n");
                let (paragraphs, links) = body_paragraphs(&dedented);
                let shift = self.links.len() as u32;
                self.links.extend(links);
                let block = self.block();
                for mut p in paragraphs {
                    for span in &mut p.spans {
                        if let SpanStyle::Link { index } = &mut span.style {
                            *index += shift;
                        }
                    }
                    if p.block == Block::Body {
                        p.block = block;
                    }
                    self.out.push(p);
                }
            }
            TagEnd::CodeBlock => {
                self.flush();
                self.code = false;
            }
            TagEnd::HtmlBlock => {
                let html = std::mem::take(&mut self.html);
                let mut paragraphs = html::to_paragraphs(&html);
                if self.list_depth > 0 || self.quote_depth > 0 {
                    let block = self.block();
                    for p in paragraphs.iter_mut().filter(|p| p.block == Block::Body) {
                        p.block = block;
                    }
                }
                self.out.extend(paragraphs);
            }
            TagEnd::List(_) => {
                self.flush();
                self.list_depth = self.list_depth.saturating_sub(1);
                self.item_started = true;
            }
            TagEnd::Item => {
                self.flush();
                self.item_started = true;
            }
            TagEnd::Emphasis => self.close_span(|s| *s == SpanStyle::Emphasis),
            TagEnd::Strong => self.close_span(|s| *s == SpanStyle::Strong),
            TagEnd::Link => self.close_span(|s| matches!(s, SpanStyle::Link { .. })),
            TagEnd::Image => {
                self.image_depth = self.image_depth.saturating_sub(1);
                if self.image_depth == 0 {
                    let label = html::image_label(&self.image_alt, &self.image_src);
                    self.push_text(&label);
                }
            }
            TagEnd::Table => {
                let rows = self.table.take().unwrap_or_default();
                let mut html = String::from("<table>");
                for row in rows {
                    html.push_str("<tr>");
                    for cell in row {
                        html.push_str("<td>");
                        html.push_str(&escape(&cell));
                        html.push_str("</td>");
                    }
                    html.push_str("</tr>");
                }
                html.push_str("</table>");
                self.out.extend(html::to_paragraphs(&html));
            }
            _ => {}
        }
    }

    /// Inline HTML inside a paragraph: line breaks break; other tags vanish,
    /// their text stays.
    fn inline_html(&mut self, tag: &str) {
        let lower = tag.trim().to_ascii_lowercase();
        if lower.starts_with("<br") {
            self.flush();
            self.item_started = self.list_depth > 0;
        }
    }

    /// Ends a line the writer meant to end: what follows is a paragraph of
    /// its own (in a list item, the item's next paragraph).
    fn break_line(&mut self) {
        self.flush();
        self.item_started = self.list_depth > 0;
    }

    /// True for a soft break in `body` at `at` that its writer meant
    /// ([`linebreaks::is_meant`]) in a paragraph of prose.
    fn meant_break(&self, body: &str, at: std::ops::Range<usize>, limit: usize) -> bool {
        if self.code || self.table.is_some() || self.image_depth > 0 {
            return false;
        }
        let start = body[..at.start].rfind('\n').map_or(0, |i| i + 1);
        let end = body[at.end..].find('\n').map_or(body.len(), |i| at.end + i);
        let quote_marks: &[char] = &['>', ' ', '\t'];
        linebreaks::is_meant(
            body[start..at.start].trim_start_matches(quote_marks),
            body[at.end..end].trim_start_matches(quote_marks),
            limit,
        )
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => self.push_text(&t),
            Event::Html(h) => self.html.push_str(&spaces_for_no_break(&h)),
            Event::InlineHtml(h) => self.inline_html(&h),
            Event::SoftBreak => self.push_text(if self.code { "\n" } else { " " }),
            // A forced line break inside a paragraph separates lines
            // (addresses, sign-offs) that read best as their own lines.
            Event::HardBreak if self.table.is_none() => self.break_line(),
            Event::Rule => self.flush(),
            _ => {}
        }
    }
}

/// Escapes text for re-reading as HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Renders a Markdown body as paragraphs and the link targets their spans use.
pub fn body_paragraphs(body: &str) -> (Vec<Paragraph>, Vec<String>) {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let body = links::escape_lone_parentheses(body);
    let body = if body.contains('\u{a0}') {
        Cow::Owned(body.replace('\u{a0}', NO_BREAK.encode_utf8(&mut [0; 3])))
    } else {
        body
    };
    let mut builder = BodyBuilder::default();
    let limit = linebreaks::wrap_limit(&body);
    for (event, at) in Parser::new_ext(&body, options).into_offset_iter() {
        match event {
            Event::SoftBreak if builder.meant_break(&body, at, limit) => builder.break_line(),
            event => builder.event(event),
        }
    }
    builder.flush();
    // Inline HTML never closes a span in Markdown's eyes; tags left in text
    // (a `<span>` split across lines) are stripped here.
    for p in &mut builder.out {
        if p.block != Block::Preformatted && p.text.contains('<') {
            let stripped = html::strip_inline(&p.text);
            if stripped != p.text {
                p.text = super::sanitize::collapse_whitespace(&stripped);
                p.spans.clear();
            }
        }
    }
    (builder.out, builder.links)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(draft: &Draft) -> Vec<&str> {
        draft.paragraphs.iter().map(|p| p.text.as_str()).collect()
    }

    const PANDOC: &str = "---\ndate: '2022-05-01'\npublished_time: 2022-05-01 20:30:00-04:00\nsource_url: https://www.example.gov/briefing-room/2022/05/01/statement/\ntags: statements-releases\ntitle: \"Statement by the\\_Secretary on\\\n  \\ the Harbour Accord\"\n---\n \nToday the Secretary signed the harbour accord in Geneva. It joins\nseven nations in a \\\"shared\\\" plan --- with **firm** targets.  \n  \n-   First, ports open to the ships of every flag, size and tonnage from\n    Monday.\n-   Second, see [the text](https://example.gov/accord).\n\n\\###\n";

    #[test]
    fn front_matter_gives_the_metadata() {
        let (d, error) = parse(PANDOC);
        assert_eq!(error, None);
        assert_eq!(
            d.title.as_deref(),
            Some("Statement by the\u{a0}Secretary on the Harbour Accord")
        );
        assert_eq!(d.date.as_deref(), Some("2022-05-01 20:30:00-04:00"));
        assert_eq!(
            d.url.as_deref(),
            Some("https://www.example.gov/briefing-room/2022/05/01/statement/")
        );
        assert_eq!(d.tags, ["statements-releases"]);
        assert_eq!(d.section.as_deref(), Some("statements-releases"));
        assert_eq!(d.source.as_deref(), Some("www.example.gov"));
    }

    #[test]
    fn the_body_reads_as_text() {
        let (d, _) = parse(PANDOC);
        assert_eq!(
            texts(&d),
            [
                "Today the Secretary signed the harbour accord in Geneva. It joins seven nations in a \"shared\" plan --- with firm targets.",
                "First, ports open to the ships of every flag, size and tonnage from Monday.",
                "Second, see the text.",
                "###",
            ]
        );
        assert_eq!(d.paragraphs[1].block, Block::ListItem { depth: 0 });
        let strong = d.paragraphs[0].spans[0];
        assert_eq!(strong.style, SpanStyle::Strong);
        assert_eq!(
            &d.paragraphs[0].text[strong.start as usize..strong.end as usize],
            "firm"
        );
        let link = d.paragraphs[2].spans[0];
        assert_eq!(link.style, SpanStyle::Link { index: 0 });
        assert_eq!(d.links, ["https://example.gov/accord"]);
    }

    #[test]
    fn html_blocks_and_inline_tags_become_text() {
        let (d, _) = parse(
            "---\ntitle: T\n---\nThe <u>Act</u> passed<sup>1</sup>.\n\n<table>\n<tr><td>A</td><td>1</td></tr>\n</table>\n\n<figure><img src=\"x.png\"><figcaption>Caption</figcaption></figure>\n",
        );
        assert_eq!(
            texts(&d),
            ["The Act passed1.", "A  1", "[image]", "Caption"]
        );
    }

    #[test]
    fn an_image_named_only_by_its_file_is_an_image_without_a_name() {
        let (d, _) = parse(
            "![Picture1.jpg](https://x.example/up/Picture1.jpg)\n\nPorts ![Map of the ports](m.png) grew ![](https://x.example/chart.png) fast.\n",
        );
        assert_eq!(
            texts(&d),
            [
                "[image]",
                "Ports [image: Map of the ports] grew [image] fast."
            ]
        );
    }

    #[test]
    fn a_link_whose_address_has_a_lone_parenthesis_is_a_link() {
        let (d, _) = parse(
            "See the [court pilot](https://x.example/p.html#:~:text=Counsel%20(RTC,eviction.). Then [more](https://x.example/m_(n)).\n",
        );
        assert_eq!(texts(&d), ["See the court pilot. Then more."]);
        assert_eq!(
            d.links,
            [
                "https://x.example/p.html#:~:text=Counsel%20(RTC,eviction.",
                "https://x.example/m_(n)"
            ]
        );
    }

    #[test]
    fn headings_quotes_and_code_keep_their_block() {
        let (d, _) =
            parse("## Background\n\n> Quoted text\n> continues.\n\n```\ncode  line\n```\n");
        assert_eq!(d.paragraphs[0].block, Block::Heading { level: 2 });
        assert_eq!(
            d.paragraphs[1],
            Paragraph::with_block("Quoted text continues.", Block::BlockQuote)
        );
        assert_eq!(
            d.paragraphs[2],
            Paragraph::with_block("code  line", Block::Preformatted)
        );
    }

    #[test]
    fn unpaired_pandoc_bold_becomes_strong() {
        let (d, _) = parse("-   **Mobilize more personnel. **Text follows by April\\ 15.\n");
        assert_eq!(
            texts(&d),
            ["Mobilize more personnel. Text follows by April 15."]
        );
        assert_eq!(d.paragraphs[0].spans[0].style, SpanStyle::Strong);
    }

    #[test]
    fn text_indented_with_spaces_is_not_code() {
        let (d, _) = parse(
            "Intro.\n\n      MODERATOR:  Thanks, \\[official\\] and\n    more.\n\n    Next **bold** [link](https://x.example).\n",
        );
        assert_eq!(
            texts(&d),
            [
                "Intro.",
                "MODERATOR: Thanks, [official] and more.",
                "Next bold link."
            ]
        );
        assert_eq!(d.paragraphs[2].spans.len(), 2);
        assert_eq!(d.links, ["https://x.example"]);
    }

    #[test]
    fn a_letterhead_keeps_its_lines_and_a_name_stays_on_its_own() {
        let (d, _) = parse(
            "---\ntitle: Update\n---\n\nOffice of Governor Ann Roe\nWildfire Update\n\nRoe said \"stay alert\" to everyone in the valley, and the crews worked through the night.\n",
        );
        assert_eq!(
            texts(&d)[..2],
            ["Office of Governor Ann Roe", "Wildfire Update"]
        );
        let quotes = crate::corpus::quotes::extract(&d.paragraphs);
        assert_eq!(quotes[0].speaker.as_deref(), Some("Ann Roe"));
    }

    #[test]
    fn a_paragraph_indented_with_no_break_spaces_is_one_paragraph() {
        let (d, _) = parse(
            "---\ntitle:\u{a0}Nominations\n---\n\u{a0}\u{a0}\u{a0}\u{a0} Ada Quill, of Vermont, to be an Associate Judge of the Superior Court of the\nHarbor District, vice Ben Rowe.\n\n\u{a0}\u{a0}\u{a0}\u{a0} MODERATOR:\u{a0} Thanks, everyone, and good afternoon to all of you, and\nwelcome, **all**.\n\n```\nkept\u{a0}as code\n```\n",
        );
        assert_eq!(d.title.as_deref(), Some("Nominations"));
        assert_eq!(
            texts(&d),
            [
                "Ada Quill, of Vermont, to be an Associate Judge of the Superior Court of the Harbor District, vice Ben Rowe.",
                "MODERATOR: Thanks, everyone, and good afternoon to all of you, and welcome, all.",
                "kept as code",
            ]
        );
        assert_eq!(d.paragraphs[1].block, Block::Body);
        let strong = d.paragraphs[1].spans[0];
        assert_eq!(
            &d.paragraphs[1].text[strong.start as usize..strong.end as usize],
            "all"
        );
    }

    #[test]
    fn a_no_break_space_does_not_stop_emphasis() {
        let (d, _) = parse(
            "*\u{a0} Harbor Office Director*  \nShe was hired in *2001,\u{a0}*then she left.\n\n\u{a0} 2. The parties agree.\n",
        );
        assert_eq!(
            texts(&d),
            [
                "Harbor Office Director",
                "She was hired in 2001, then she left.",
                "2. The parties agree.",
            ]
        );
        assert_eq!(d.paragraphs[0].spans[0].style, SpanStyle::Emphasis);
        assert_eq!(d.paragraphs[1].spans[0].style, SpanStyle::Emphasis);
        assert_eq!(d.paragraphs[2].block, Block::Body);
    }

    #[test]
    fn a_pipe_table_is_laid_out() {
        let (d, _) = parse("| Name | Votes |\n|---|---|\n| Ayes | 52 |\n");
        assert_eq!(texts(&d), ["Name  Votes\nAyes  52"]);
    }

    #[test]
    fn broken_front_matter_is_reported_and_the_body_kept() {
        let (d, error) = parse("---\ntitle: [unclosed\ndate: x\n---\nBody text.\n");
        assert!(matches!(error, Some(MarkdownError::FrontMatter { .. })));
        assert_eq!(texts(&d), ["Body text."]);
        assert_eq!(d.title, None);
    }

    #[test]
    fn an_alias_bomb_in_front_matter_is_reported_and_the_rest_kept() {
        let mut front = String::from("---\na0: &a0 [lol]\n");
        for level in 1..=9 {
            let row = vec![format!("*a{}", level - 1); 10].join(", ");
            front.push_str(&format!("a{level}: &a{level} [{row}]\n"));
        }
        front.push_str("title: Survivor\ntags: *a9\n---\nBody text.\n");
        let (d, error) = parse(&front);
        assert_eq!(d.title.as_deref(), Some("Survivor"));
        assert!(d.tags.is_empty());
        assert_eq!(texts(&d), ["Body text."]);
        let error = error.expect("reported").to_string();
        assert!(error.contains("\"tags\" expands to more than"), "{error}");
    }

    #[test]
    fn a_leading_rule_without_closing_is_body() {
        let (d, error) = parse("---\nJust text after a rule.\n");
        assert_eq!(error, None);
        assert_eq!(texts(&d), ["Just text after a rule."]);
    }

    #[test]
    fn list_metadata_and_other_field_names() {
        let (d, _) = parse(
            "---\nheadline: Hello\npublished: 2023-01-02\nauthor: [Jane Roe, John Doe]\nkeywords: trade, energy\nlink: https://news.example.com/a\n---\nText.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Hello"));
        assert_eq!(d.date.as_deref(), Some("2023-01-02"));
        assert_eq!(d.author.as_deref(), Some("Jane Roe"));
        assert_eq!(d.tags, ["trade", "energy"]);
        assert_eq!(d.source.as_deref(), Some("news.example.com"));
    }
}
