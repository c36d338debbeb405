//! Near-duplicate detection on the real congressional releases, where joint
//! releases are posted by every co-sponsor's office.

use readout::archive;
use readout::search::duplicates::find_duplicates;
use readout::search::query::tokens;

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn joint_congress_releases_are_grouped() {
    let Some(root) = crate::common::shared_corpus("joint_congress_releases_are_grouped") else {
        return;
    };
    let corpus = archive::load_with_progress(&[root.join("congress")], &|_| {});
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

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared/corpus beside the clone")]
fn related_releases_share_rare_words_on_the_real_corpus() {
    let test = "related_releases_share_rare_words_on_the_real_corpus";
    let (Some(corpus), Some(search)) = (
        crate::common::whole_corpus(test),
        crate::common::whole_engine(test),
    ) else {
        return;
    };
    let started = std::time::Instant::now();
    let index = readout::search::related::RelatedIndex::build(&corpus.releases, search);
    eprintln!(
        "related index for {} releases in {:?}",
        corpus.releases.len(),
        started.elapsed()
    );
    let mut with_related = 0;
    for (i, release) in corpus.releases.iter().enumerate().step_by(97) {
        let related = index.related(i, 5, &[]);
        if related.is_empty() {
            continue;
        }
        with_related += 1;
        for r in &related {
            assert!(r.shared.len() >= 2, "{r:?}");
            let other = &corpus.releases[r.release as usize];
            // Every shared keyword is really a word of both releases, as
            // the full-text index splits words.
            for word in r.shared.iter().filter(|w| !w.starts_with("said:")) {
                let has = |x: &readout::corpus::Release| {
                    let word = word.as_str();
                    tokens(&x.title).iter().any(|t| t == word)
                        || x.read_body()
                            .paragraphs
                            .iter()
                            .any(|p| tokens(&p.text).iter().any(|t| t == word))
                };
                assert!(
                    has(release) && has(other),
                    "{word} in {} and {}",
                    release.title,
                    other.title
                );
            }
        }
        if with_related <= 3 {
            eprintln!(
                "{}\n  → {}",
                release.title, corpus.releases[related[0].release as usize].title
            );
        }
    }
    assert!(with_related > 50, "{with_related}");
}
