//! Keys to actions: the defaults from [`ACTIONS`], with the user's
//! `[keys]` overrides applied. The only place keys are interpreted.

use std::collections::{BTreeMap, HashMap};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{ACTIONS, Action, Context};

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
        KeyMap::new(&BTreeMap::new()).0
    }
}

impl KeyMap {
    /// The default bindings with `overrides` (action name → keys) applied.
    /// Unknown actions and keys are reported and ignored.
    pub fn new(overrides: &BTreeMap<String, Vec<String>>) -> (KeyMap, Vec<String>) {
        let mut errors = Vec::new();
        let mut keys: HashMap<Action, Vec<String>> = ACTIONS
            .iter()
            .map(|i| (i.action, i.keys.iter().map(|k| k.to_string()).collect()))
            .collect();
        for (name, wanted) in overrides {
            match Action::from_name(name) {
                Some(action) => {
                    keys.insert(action, wanted.clone());
                }
                None => errors.push(format!("[keys]: no action is called {name:?}")),
            }
        }
        let mut bindings = HashMap::new();
        for info in ACTIONS {
            for text in &keys[&info.action] {
                match Key::parse(text) {
                    Some(key) => {
                        bindings.insert((info.context, key), info.action);
                    }
                    None => errors.push(format!("[keys] {}: {text:?} is not a key", info.name)),
                }
            }
        }
        (KeyMap { bindings, keys }, errors)
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
                vec!["ctrl-n".to_string(), "x".to_string()],
            ),
            ("bogus".to_string(), vec!["y".to_string()]),
            ("sort".to_string(), vec!["ctrl-".to_string()]),
        ]);
        let (map, errors) = KeyMap::new(&overrides);
        assert_eq!(errors.len(), 2, "{errors:?}");
        let ctrl_n = press(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(map.action(Context::List, &ctrl_n), Some(Action::ListDown));
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(map.action(Context::List, &j), None);
        assert_eq!(map.keys_of(Action::ListDown), ["ctrl-n", "x"]);
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
    fn keys_parse() {
        assert_eq!(Key::parse("f5").unwrap().code, KeyCode::F(5));
        assert_eq!(Key::parse("space").unwrap().code, KeyCode::Char(' '));
        assert!(Key::parse("hyper-x").is_none());
        assert!(Key::parse("").is_none());
    }
}
