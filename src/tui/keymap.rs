//! Keys to actions: the defaults from [`ACTIONS`], with the user's
//! `[keys]` overrides applied. The only place keys are interpreted.

use std::collections::{BTreeMap, HashMap};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{ACTIONS, Action, ActionInfo, Context};
use crate::config::Problem;

/// A key with its modifiers, normalised so `G` and `shift-g` are the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    modifiers: KeyModifiers,
}

impl Key {
    /// Normalises a terminal key event.
    pub fn from_event(event: &KeyEvent) -> Key {
        let mut modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match event.code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            KeyCode::BackTab => {
                modifiers = KeyModifiers::NONE;
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, modifiers }
    }

    /// Parses a key as written in the configuration: `j`, `G`, `?`,
    /// `enter`, `ctrl-d`, `alt-x`, `f1`, `space`.
    pub fn parse(text: &str) -> Option<Key> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 1 && lower.starts_with("ctrl-") {
                modifiers |= KeyModifiers::CONTROL;
                rest = &rest[5..];
            } else if rest.len() > 1 && lower.starts_with("alt-") {
                modifiers |= KeyModifiers::ALT;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "pageup" => KeyCode::PageUp,
                "pagedown" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                f if f.starts_with('f') => {
                    KeyCode::F(f[1..].parse().ok().filter(|n| (1..=24).contains(n))?)
                }
                _ => return None,
            },
        };
        Some(Key { code, modifiers })
    }
}

/// The key bindings in force.
#[derive(Debug, Clone)]
pub struct KeyMap {
    bindings: HashMap<(Context, Key), Action>,
    keys: HashMap<Action, Vec<String>>,
}

impl Default for KeyMap {
    fn default() -> Self {
        KeyMap::new(&BTreeMap::new(), &BTreeMap::new()).0
    }
}

/// The actions already bound to `key` that a binding in `context` would
/// clash with, and the context each is bound in: the same context, or a
/// global binding against a context's (which hides it there).
fn clashes(
    bindings: &HashMap<(Context, Key), Action>,
    context: Context,
    key: Key,
) -> Vec<(Action, Context)> {
    let mut found: Vec<(Action, Context)> = bindings
        .iter()
        .filter(|((c, k), _)| {
            *k == key && (*c == context || context == Context::Global || *c == Context::Global)
        })
        .map(|(&(c, _), &action)| (action, c))
        .collect();
    found.sort_by_key(|&(_, c)| c);
    found
}

/// Where a clash between bindings in `a` and `b` shows: the one that is
/// not global.
fn shown_in(a: Context, b: Context) -> Context {
    if a == Context::Global { b } else { a }
}

impl KeyMap {
    /// The default bindings with `overrides` (action name → keys) applied;
    /// `lines` says on which line of the configuration file each override
    /// is, for messages. An unknown action or key, and a key that two
    /// actions would share where both apply, is reported; a key the user
    /// bound wins over a default binding of the same key.
    pub fn new(
        overrides: &BTreeMap<String, Vec<String>>,
        lines: &BTreeMap<String, usize>,
    ) -> (KeyMap, Vec<Problem>) {
        let mut problems = Vec::new();
        let problem = |name: &str, message: String| Problem {
            line: lines.get(name).copied(),
            message: format!("[keys] {message}"),
        };
        let mut keys: HashMap<Action, Vec<String>> = ACTIONS
            .iter()
            .map(|i| (i.action, i.keys.iter().map(|k| k.to_string()).collect()))
            .collect();
        let mut chosen: Vec<Action> = Vec::new();
        for (name, wanted) in overrides {
            match Action::from_name(name) {
                Some(action) => {
                    keys.insert(action, wanted.clone());
                    chosen.push(action);
                }
                None => problems.push(problem(
                    name,
                    format!("no action is called \"{name}\"; `?` in the reader lists them"),
                )),
            }
        }
        // Defaults first, so a key the user chose replaces a default one.
        let mut order: Vec<&ActionInfo> = ACTIONS.iter().collect();
        order.sort_by_key(|i| chosen.contains(&i.action));
        let mut bindings: HashMap<(Context, Key), Action> = HashMap::new();
        for info in order {
            let mut parsed = Vec::new();
            for text in &keys[&info.action] {
                match Key::parse(text) {
                    Some(key) => parsed.push((key, text.clone())),
                    None => problems.push(problem(
                        info.name,
                        format!(
                            "{}: \"{text}\" is not a key (a character, a name such as \
                             pagedown or f5, with ctrl- or alt- in front)",
                            info.name
                        ),
                    )),
                }
            }
            for (key, text) in parsed {
                let user = chosen.contains(&info.action);
                for (other, bound_in) in clashes(&bindings, info.context, key) {
                    if other == info.action {
                        continue;
                    }
                    let other_info = other.info();
                    let name = if user { info.name } else { other_info.name };
                    problems.push(problem(
                        name,
                        format!(
                            "\"{text}\" is bound to both {} and {} ({}); it does {}: \
                             give {} another key",
                            other_info.name,
                            info.name,
                            shown_in(bound_in, info.context).title(),
                            info.name,
                            other_info.name,
                        ),
                    ));
                    // A context's own binding hides a global one there, so
                    // only a binding in the same place, or a context's
                    // binding of a key now global, has to go.
                    if bound_in == info.context || info.context == Context::Global {
                        bindings.remove(&(bound_in, key));
                        if let Some(list) = keys.get_mut(&other) {
                            list.retain(|k| Key::parse(k) != Some(key));
                        }
                    }
                }
                bindings.insert((info.context, key), info.action);
            }
        }
        (KeyMap { bindings, keys }, problems)
    }

    /// The action a key does in `context` (falling back to global keys).
    pub fn action(&self, context: Context, event: &KeyEvent) -> Option<Action> {
        let key = Key::from_event(event);
        self.bindings
            .get(&(context, key))
            .or_else(|| self.bindings.get(&(Context::Global, key)))
            .copied()
    }

    /// The keys bound to an action, as written, for the help overlay.
    pub fn keys_of(&self, action: Action) -> &[String] {
        self.keys.get(&action).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn default_keys_act_in_their_context() {
        let map = KeyMap::default();
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(map.action(Context::List, &j), Some(Action::ListDown));
        assert_eq!(map.action(Context::Reader, &j), Some(Action::ScrollDown));
        let big_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(map.action(Context::Reader, &big_g), Some(Action::Bottom));
        let ctrl_d = press(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(
            map.action(Context::Reader, &ctrl_d),
            Some(Action::HalfPageDown)
        );
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(map.action(Context::List, &q), Some(Action::Quit));
    }

    #[test]
    fn overrides_replace_an_actions_keys() {
        let overrides = BTreeMap::from([
            (
                "list_down".to_string(),
                vec!["ctrl-n".to_string(), "J".to_string()],
            ),
            ("bogus".to_string(), vec!["y".to_string()]),
            ("sort".to_string(), vec!["ctrl-".to_string()]),
        ]);
        let lines = BTreeMap::from([("bogus".to_string(), 4), ("sort".to_string(), 5)]);
        let (map, errors) = KeyMap::new(&overrides, &lines);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0].line, Some(4));
        assert_eq!(errors[1].line, Some(5));
        let ctrl_n = press(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(map.action(Context::List, &ctrl_n), Some(Action::ListDown));
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(map.action(Context::List, &j), None);
        assert_eq!(map.keys_of(Action::ListDown), ["ctrl-n", "J"]);
    }

    #[test]
    fn no_key_does_two_things_where_both_apply() {
        let map = KeyMap::default();
        for info in ACTIONS.iter().filter(|i| i.context == Context::Global) {
            for key in info.keys {
                let key = Key::parse(key).unwrap();
                for context in [Context::List, Context::Reader] {
                    let shadowed = map.bindings.get(&(context, key)).copied();
                    assert!(
                        shadowed.is_none(),
                        "{} ({:?}) is hidden by {:?} in {:?}",
                        info.name,
                        key,
                        shadowed,
                        context
                    );
                }
            }
        }
    }

    #[test]
    fn the_defaults_bind_no_key_twice() {
        let (_, problems) = KeyMap::new(&BTreeMap::new(), &BTreeMap::new());
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn a_key_two_actions_share_is_reported_and_the_users_choice_wins() {
        let overrides = BTreeMap::from([("quit".to_string(), vec!["x".to_string()])]);
        let lines = BTreeMap::from([("quit".to_string(), 7)]);
        let (map, problems) = KeyMap::new(&overrides, &lines);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, Some(7));
        assert!(
            problems[0].message.contains("toggle_read") && problems[0].message.contains("\"x\""),
            "{problems:?}"
        );
        let x = press(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(map.action(Context::List, &x), Some(Action::Quit));
        assert!(map.keys_of(Action::ToggleRead).is_empty());
        let same_context = BTreeMap::from([
            ("list_down".to_string(), vec!["n".to_string()]),
            ("sort".to_string(), vec!["n".to_string()]),
        ]);
        let (_, problems) = KeyMap::new(&same_context, &BTreeMap::new());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("Article list"), "{problems:?}");
    }

    #[test]
    fn keys_parse() {
        assert_eq!(Key::parse("f5").unwrap().code, KeyCode::F(5));
        assert_eq!(Key::parse("space").unwrap().code, KeyCode::Char(' '));
        assert!(Key::parse("hyper-x").is_none());
        assert!(Key::parse("").is_none());
    }
}
