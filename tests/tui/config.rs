//! The configuration file reaches the reader: columns, date format, colours
//! and key bindings; a bad file falls back to the defaults with a message.

use std::process::Command;

use crate::support::*;
use crossterm::event::KeyCode;
use ratatui::style::Color;
use readout::config;
use readout::corpus::demo;
use readout::tui::app::TuiOptions;

fn app_with(config_text: &str) -> (TestReader, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, config_text).unwrap();
    let loaded = config::load(Some(&path));
    let options = TuiOptions {
        data_dir: None,
        ..TuiOptions::from_loaded(&loaded)
    };
    let warnings = options.warnings.clone();
    (TestReader::new(demo::load(), options, (140, 20)), warnings)
}

#[test]
fn columns_dates_colours_and_keys_come_from_the_file() {
    let (mut app, error) = app_with(
        "columns = [\"date\", \"quotes\", \"title\"]\ndate_format = \"long\"\n\n[theme]\nselection = \"#102030\"\n\n[keys]\nlist_down = [\"n\", \"ctrl-n\"]\nquit = [\"Q\"]\nquotes = [\"ctrl-q\"]\n",
    );
    assert!(error.is_empty(), "{error:?}");
    let text = screen(&app);
    assert!(text.contains("15 March 2024"), "{text}");
    assert!(
        !text.contains("www.example.gov  "),
        "no source column:\n{text}"
    );
    let terminal = draw(&app);
    assert_eq!(
        terminal.backend().buffer()[(3, 1)].bg,
        Color::Rgb(0x10, 0x20, 0x30)
    );
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.list.selected, 1);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.list.selected, 1, "j is no longer bound");
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.quitting());
    press(&mut app, KeyCode::Char('Q'));
    assert!(app.quitting());
}

#[test]
fn a_bad_file_names_its_line_and_the_defaults_apply() {
    let (app, error) = app_with("date_format = \"iso\"\ncolumns = [\"date\", \"nonsense\"]\n");
    assert!(error[0].contains("config.toml line 2"), "{error:?}");
    assert_eq!(app.options.columns.len(), 1);
    let (app, error) = app_with("date_format = \"iso\"\ncolumns = \"date\"\n");
    assert!(error[0].contains("config.toml line 2"), "{error:?}");
    assert_eq!(
        app.options.columns.len(),
        3,
        "a file readout cannot read: the defaults"
    );
    let (app, _) = app_with("[keys]\nno_such_action = [\"x\"]\n");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("no_such_action"))
    );
}

#[test]
fn print_default_gives_a_file_that_parses() {
    let out = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["config", "--print-default"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().filter(|l| l.starts_with('#')).count() > 10,
        "commented"
    );
    let (parsed, problems) = config::parse(&text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(parsed, config::Config::default());
}
