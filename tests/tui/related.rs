//! Near-duplicates marked in the list and related releases listed by `R`.

use crate::support::*;
use crossterm::event::KeyCode;
use readout::tui::app::Focus;
use readout::tui::event::Event;
use std::sync::Arc;

const JOINT: &str = "Representatives from three coastal districts today announced a joint effort to secure federal funding for dredging the harbor channel, repairing the breakwater, and protecting the fishing fleet that depends on safe passage at every tide of the year.";

fn files() -> Vec<(String, String)> {
    let mut files = vec![
        ("a.txt".to_string(), format!("Title: Obi announces harbor dredging effort\nDate: 2024-03-04\n\n{JOINT}\n")),
        ("b.txt".to_string(), format!("Title: Varga joins harbor dredging effort\nDate: 2024-03-05\n\n{JOINT} The delegation thanked local mayors.\n")),
        ("c.txt".to_string(), "Title: Breakwater repairs begin\nDate: 2024-03-09\n\nCrews began repairing the breakwater that shelters the harbor channel after the dredging grant.\n".to_string()),
    ];
    for i in 0..25 {
        files.push((
            format!("filler{i}.txt"),
            format!("Title: Budget hearing number {i}\nDate: 2024-02-{:02}\n\nThe committee held hearing {i} on the annual budget for parks and libraries.\n", i % 28 + 1),
        ));
    }
    files
}

/// The reader on [`files`] written into `dir`.
fn reader_on_files(dir: &std::path::Path) -> TestReader {
    let files = files();
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    app_on_files(dir, &files, 140, 40)
}

#[test]
fn search_is_ready_before_the_duplicates_are_found() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = reader_on_files(dir.path());
    let job = app
        .analysis_jobs()
        .pop()
        .expect("the start asks for an analysis");
    // Each delivery, with whether the duplicate groups were found by then.
    let mut delivered = Vec::new();
    job.perform(|analysis| delivered.push((analysis.duplicates().is_some(), analysis)));
    let found: Vec<bool> = delivered.iter().map(|(found, _)| *found).collect();
    assert_eq!(found, [false, true], "search first, then the groups");
    app.send(Event::Analysed(
        Arc::clone(&job.corpus),
        Arc::clone(&delivered[0].1),
    ));
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "harbor");
    press(&mut app, KeyCode::Enter);
    assert!(
        screen(&app).contains("Search: harbor ("),
        "{}",
        screen(&app)
    );
    press(&mut app, KeyCode::Esc);
    app.send(Event::Analysed(
        Arc::clone(&job.corpus),
        Arc::clone(&delivered[1].1),
    ));
    let text = screen(&app);
    assert!(text.contains("≈ Varga joins harbor"), "{text}");
}

#[test]
fn duplicates_are_marked_and_related_releases_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = reader_on_files(dir.path());
    press(&mut app, KeyCode::Char('R'));
    assert!(screen(&app).contains("still comparing"));
    app.analyse_now();
    let text = screen(&app);
    assert!(text.contains("≈ Varga joins harbor"), "{text}");
    assert!(text.contains("≈ Obi announces harbor"), "{text}");
    assert!(!text.contains("≈ Breakwater"), "{text}");

    // Read the Obi release: its header mentions the duplicate; R lists it first.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "obi announces");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("also posted as 1 near-duplicate"));
    press(&mut app, KeyCode::Char('R'));
    let text = screen(&app);
    assert!(text.contains("Related to: Obi announces"), "{text}");
    assert!(text.contains("≈ duplicate"), "{text}");
    assert!(text.contains("Breakwater repairs begin"), "{text}");
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(
        app.open_release().unwrap().title,
        "Breakwater repairs begin"
    );
}
