//! Near-duplicate detection on the real congressional releases, where joint
//! releases are posted by every co-sponsor's office.

mod common;

use readout::corpus;
use readout::search::duplicates::find_duplicates;

#[test]
fn joint_congress_releases_are_grouped() {
    let Some(root) = common::shared_corpus("joint_congress_releases_are_grouped") else {
        return;
    };
    let corpus = corpus::load::load_with_progress(&[root.join("congress")], &|_| {});
    let dups = find_duplicates(&corpus.releases);
    let grouped: usize = dups.groups.iter().map(Vec::len).sum();
    eprintln!(
        "{} groups holding {grouped} of {} releases",
        dups.groups.len(),
        corpus.releases.len()
    );
    for group in dups.groups.iter().take(8) {
        let titles: Vec<&str> = group
            .iter()
            .map(|&i| corpus.releases[i as usize].title.as_str())
            .collect();
        eprintln!("  {titles:?}");
    }
    assert!(
        !dups.groups.is_empty(),
        "the congress dump holds joint releases"
    );
    // Members of a group come from different offices or are re-posts: they
    // never are the same record twice.
    for group in &dups.groups {
        let ids: std::collections::HashSet<_> = group
            .iter()
            .map(|&i| &corpus.releases[i as usize].id)
            .collect();
        assert_eq!(ids.len(), group.len());
    }
    assert!(
        grouped < corpus.releases.len() / 4,
        "most releases are unique"
    );
}
