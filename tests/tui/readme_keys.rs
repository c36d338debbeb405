//! The README documents every key of the reader.

use readout::tui::action::ACTIONS;

#[test]
fn every_action_and_default_key_is_in_the_readme() {
    let readme = include_str!("../../README.md");
    for info in ACTIONS {
        let row = readme
            .lines()
            .find(|l| l.contains(&format!("`{}`", info.name)))
            .unwrap_or_else(|| panic!("README has no row for {}", info.name));
        for key in info.keys {
            assert!(
                row.contains(&format!("`{key}`")),
                "README row of {} lacks {key}",
                info.name
            );
        }
        assert!(
            row.contains(info.help),
            "README row of {} lacks its help text",
            info.name
        );
    }
}
