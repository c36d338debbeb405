//! The orders the release list can be sorted in, computed once per corpus
//! and order, and each release's rank in one.

use super::Release;

/// The order of the list when no filter ranks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortMode {
    /// Newest first.
    DateDesc,
    /// Oldest first.
    DateAsc,
    /// By source, then newest first.
    Source,
    /// By title.
    Title,
}

impl SortMode {
    /// The next mode of the cycle.
    pub fn next(self) -> SortMode {
        match self {
            SortMode::DateDesc => SortMode::DateAsc,
            SortMode::DateAsc => SortMode::Source,
            SortMode::Source => SortMode::Title,
            SortMode::Title => SortMode::DateDesc,
        }
    }

    /// A short name for the status bar.
    pub fn label(self) -> &'static str {
        match self {
            SortMode::DateDesc => "date ↓",
            SortMode::DateAsc => "date ↑",
            SortMode::Source => "source",
            SortMode::Title => "title",
        }
    }

    /// Release indices of `releases` in this order; releases that tie
    /// keep their corpus order. Keys are computed once per release and
    /// sorted on every core.
    pub fn order(self, releases: &[Release]) -> Vec<u32> {
        use rayon::prelude::*;
        use std::cmp::Reverse;
        let mut order: Vec<u32> = (0..releases.len() as u32).collect();
        let dates: Vec<Option<(i32, u8, u8, u16)>> = releases
            .par_iter()
            .map(|r| r.date.as_ref().map(|d| d.sort_key()))
            .collect();
        let date = |i: u32| dates[i as usize];
        let lowercase = |key: fn(&Release) -> Option<&str>| -> Vec<Option<String>> {
            releases
                .par_iter()
                .map(|r| key(r).map(str::to_lowercase))
                .collect()
        };
        match self {
            SortMode::DateDesc => order.par_sort_unstable_by_key(|&i| (Reverse(date(i)), i)),
            SortMode::DateAsc => order.par_sort_unstable_by_key(|&i| (date(i), i)),
            SortMode::Source => {
                let names = lowercase(|r| {
                    r.member
                        .as_ref()
                        .map(|m| m.name.as_str())
                        .or(r.source.as_deref())
                });
                order.par_sort_unstable_by(|&a, &b| {
                    names[a as usize]
                        .cmp(&names[b as usize])
                        .then_with(|| date(b).cmp(&date(a)))
                        .then(a.cmp(&b))
                });
            }
            SortMode::Title => {
                let titles = lowercase(|r| Some(r.title.as_str()));
                order.par_sort_unstable_by(|&a, &b| {
                    titles[a as usize].cmp(&titles[b as usize]).then(a.cmp(&b))
                });
            }
        }
        order
    }
}

/// `rank[release] = position in order`.
pub fn rank_of(order: &[u32]) -> Vec<u32> {
    let mut rank = vec![0; order.len()];
    for (position, &index) in order.iter().enumerate() {
        rank[index as usize] = position as u32;
    }
    rank
}
