//! YAML front matter read with limits, so a hostile file costs no more than
//! its size: nesting is bounded, and aliases (`*name`) are never copied
//! while the document is read. An alias is followed only when a field that
//! readout uses is read, and a field that would expand to more than
//! [`MAX_VALUES`] values (a "billion laughs" alias bomb) is refused.

use std::collections::HashMap;

use yaml_rust2::Yaml;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// The most values one field may hold once its aliases are followed.
pub const MAX_VALUES: usize = 10_000;
/// The deepest nesting of sequences and mappings (aliases followed count as
/// a level each).
pub const MAX_DEPTH: usize = 64;

/// Why front matter could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum YamlError {
    /// Not valid YAML.
    #[error("front matter is not valid YAML (line {line}): {message}")]
    Syntax {
        /// 1-based line in the front matter.
        line: usize,
        /// What the parser said.
        message: String,
    },
    /// Sequences and mappings nested deeper than [`MAX_DEPTH`].
    #[error("front matter nests deeper than {MAX_DEPTH} levels (line {line})")]
    TooDeep {
        /// 1-based line in the front matter.
        line: usize,
    },
    /// A field that expands to more than [`MAX_VALUES`] values through aliases.
    #[error(
        "front matter field {field:?} expands to more than {MAX_VALUES} values through YAML aliases"
    )]
    TooLarge {
        /// The field's name.
        field: String,
    },
}

/// One node of the document, its children by index.
#[derive(Debug)]
enum Node {
    /// A scalar, already typed (string, number, boolean, null).
    Scalar(Yaml),
    Sequence(Vec<usize>),
    Mapping(Vec<(usize, usize)>),
    /// An alias to the node at this index (`None`: an unknown anchor).
    Alias(Option<usize>),
}

/// Front matter as read: its top-level fields, each converted to a
/// [`Yaml`] value only when asked for.
#[derive(Debug, Default)]
pub struct FrontMatter {
    nodes: Vec<Node>,
    /// The top-level mapping's fields: key text and value node, in order.
    fields: Vec<(String, usize)>,
}

impl FrontMatter {
    /// The names of the top-level fields, in the order written.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|(k, _)| k.as_str())
    }

    /// The value of the first top-level field named `key`, its aliases
    /// followed; `Ok(None)` when there is no such field.
    pub fn get(&self, key: &str) -> Result<Option<Yaml>, YamlError> {
        let Some(&(_, node)) = self.fields.iter().find(|(k, _)| k == key) else {
            return Ok(None);
        };
        let mut budget = MAX_VALUES;
        self.convert(node, 0, &mut budget)
            .map(Some)
            .ok_or_else(|| YamlError::TooLarge {
                field: key.to_string(),
            })
    }

    /// Node `index` as a value; `None` past the budget or the depth.
    fn convert(&self, index: usize, depth: usize, budget: &mut usize) -> Option<Yaml> {
        if depth > MAX_DEPTH || *budget == 0 {
            return None;
        }
        *budget -= 1;
        Some(match self.nodes.get(index)? {
            Node::Scalar(value) => value.clone(),
            Node::Sequence(items) => Yaml::Array(
                items
                    .iter()
                    .map(|&i| self.convert(i, depth + 1, budget))
                    .collect::<Option<_>>()?,
            ),
            Node::Mapping(pairs) => {
                let mut map = yaml_rust2::yaml::Hash::new();
                for &(k, v) in pairs {
                    let key = self.convert(k, depth + 1, budget)?;
                    let value = self.convert(v, depth + 1, budget)?;
                    map.entry(key).or_insert(value);
                }
                Yaml::Hash(map)
            }
            Node::Alias(Some(target)) => return self.convert(*target, depth + 1, budget),
            Node::Alias(None) => Yaml::BadValue,
        })
    }
}

/// Builds the nodes from the parser's events.
#[derive(Default)]
struct Builder {
    nodes: Vec<Node>,
    /// Open sequences and mappings; for a mapping, a key waiting for its value.
    open: Vec<(usize, Option<usize>)>,
    anchors: HashMap<usize, usize>,
    root: Option<usize>,
    error: Option<YamlError>,
}

impl Builder {
    /// Adds a node under the innermost open container (or as the root).
    fn attach(&mut self, node: usize) {
        let Some((parent, key)) = self.open.last_mut() else {
            self.root.get_or_insert(node);
            return;
        };
        match (&mut self.nodes[*parent], key.take()) {
            (Node::Sequence(items), _) => items.push(node),
            (Node::Mapping(pairs), Some(k)) => pairs.push((k, node)),
            (Node::Mapping(_), None) => *key = Some(node),
            _ => {}
        }
    }

    fn push(&mut self, node: Node, anchor: usize) -> usize {
        let index = self.nodes.len();
        self.nodes.push(node);
        if anchor > 0 {
            self.anchors.insert(anchor, index);
        }
        index
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        if self.error.is_some() {
            return;
        }
        match event {
            Event::Scalar(text, style, anchor, _) => {
                let value = if style == TScalarStyle::Plain {
                    Yaml::from_str(&text)
                } else {
                    Yaml::String(text)
                };
                let node = self.push(Node::Scalar(value), anchor);
                self.attach(node);
            }
            Event::Alias(anchor) => {
                let target = self.anchors.get(&anchor).copied();
                let node = self.push(Node::Alias(target), 0);
                self.attach(node);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if self.open.len() >= MAX_DEPTH {
                    self.error = Some(YamlError::TooDeep {
                        line: mark.line() + 1,
                    });
                    return;
                }
                let node = if matches!(event, Event::SequenceStart(..)) {
                    Node::Sequence(Vec::new())
                } else {
                    Node::Mapping(Vec::new())
                };
                let node = self.push(node, anchor);
                self.attach(node);
                self.open.push((node, None));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                self.open.pop();
            }
            Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart
            | Event::DocumentEnd
            | Event::Nothing => {}
        }
    }
}

/// Reads front matter (the text between the `---` lines). A document that
/// is not a mapping has no fields.
pub fn load(text: &str) -> Result<FrontMatter, YamlError> {
    let mut builder = Builder::default();
    let mut parser = Parser::new_from_str(text);
    parser
        .load(&mut builder, false)
        .map_err(|e| YamlError::Syntax {
            line: e.marker().line() + 1,
            message: e.info().to_string(),
        })?;
    if let Some(error) = builder.error {
        return Err(error);
    }
    let mut fields = Vec::new();
    if let Some(Node::Mapping(pairs)) = builder.root.and_then(|r| builder.nodes.get(r)) {
        for &(key, value) in pairs {
            let key = match builder.nodes.get(key) {
                Some(Node::Scalar(Yaml::String(s) | Yaml::Real(s))) => s.clone(),
                Some(Node::Scalar(Yaml::Integer(i))) => i.to_string(),
                Some(Node::Scalar(Yaml::Boolean(b))) => b.to_string(),
                _ => continue,
            };
            fields.push((key, value));
        }
    }
    Ok(FrontMatter {
        nodes: builder.nodes,
        fields,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A "billion laughs" document: each level lists the one below ten
    /// times, so the last expands to 10^levels values.
    pub(crate) fn alias_bomb(levels: usize) -> String {
        let mut text = String::from("a0: &a0 [lol]\n");
        for level in 1..=levels {
            let row = vec![format!("*a{}", level - 1); 10].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{row}]\n"));
        }
        text.push_str(&format!("title: Survivor\ntags: *a{levels}\n"));
        text
    }

    #[test]
    fn plain_fields_read_as_yaml_values() {
        let front = load("title: Hello\ndate: 2024-01-02\ncount: 3\ntags: [a, b]\n").unwrap();
        assert_eq!(
            front.keys().collect::<Vec<_>>(),
            ["title", "date", "count", "tags"]
        );
        assert_eq!(
            front.get("title").unwrap(),
            Some(Yaml::String("Hello".into()))
        );
        assert_eq!(front.get("count").unwrap(), Some(Yaml::Integer(3)));
        assert_eq!(
            front.get("tags").unwrap(),
            Some(Yaml::Array(vec![
                Yaml::String("a".into()),
                Yaml::String("b".into())
            ]))
        );
        assert_eq!(front.get("missing").unwrap(), None);
    }

    #[test]
    fn a_small_alias_is_followed() {
        let front = load("who: &w Jane Roe\nauthor: *w\n").unwrap();
        assert_eq!(
            front.get("author").unwrap(),
            Some(Yaml::String("Jane Roe".into()))
        );
    }

    #[test]
    fn an_alias_bomb_is_read_without_expanding_it() {
        let bomb = alias_bomb(9);
        let started = std::time::Instant::now();
        let front = load(&bomb).unwrap();
        // The fields nobody asks for are never expanded; the title is there.
        assert_eq!(
            front.get("title").unwrap(),
            Some(Yaml::String("Survivor".into()))
        );
        assert!(matches!(
            front.get("tags"),
            Err(YamlError::TooLarge { field }) if field == "tags"
        ));
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = format!("title: {}x{}\n", "[".repeat(10_000), "]".repeat(10_000));
        assert!(load(&deep).is_err());
        let nested = format!("title: {}x{}\n", "[".repeat(100), "]".repeat(100));
        assert!(matches!(load(&nested), Err(YamlError::TooDeep { .. })));
    }

    #[test]
    fn a_recursive_alias_ends() {
        let front = load("tags: &t [a, *t]\n").unwrap();
        assert!(front.get("tags").is_err());
    }
}
