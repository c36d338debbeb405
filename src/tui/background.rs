//! Low-priority threads for the work the reader does unasked (the list
//! filter's fields, the full-text index, near-duplicates, related releases),
//! so that what the user is waiting for never queues behind it.
//!
//! Rayon's global pool serves the list filter. Background work running on
//! the same pool would hold its threads for seconds on a large archive,
//! and a filter job would wait for them (measured: 1.3 s for a first
//! keystroke on 100k releases). Here it gets its own pool, whose threads
//! the scheduler runs only when the filter's do not need the cores (Linux:
//! `nice` 10; elsewhere the pool leaves one core free).

use std::sync::OnceLock;

use rayon::{ThreadPool, ThreadPoolBuilder};

/// How much lower background threads run on Linux than the reader's
/// (niceness is added: 0 is normal, 19 the lowest).
#[cfg(target_os = "linux")]
const NICENESS: libc::c_int = 10;

/// Runs `job` on the background pool (its parallel iterators too) and
/// returns its result, blocking the calling thread until then.
pub fn run<R: Send>(job: impl FnOnce() -> R + Send) -> R {
    match pool() {
        Some(pool) => pool.install(job),
        None => job(),
    }
}

/// The background pool, made on first use; `None` if no thread could be
/// started (the work then runs on the caller's pool).
fn pool() -> Option<&'static ThreadPool> {
    static POOL: OnceLock<Option<ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let threads = if cfg!(target_os = "linux") {
            cores
        } else {
            cores.saturating_sub(1).max(1)
        };
        ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("readout-background-{i}"))
            .start_handler(|_| lower_priority())
            .build()
            .ok()
    })
    .as_ref()
}

/// Lowers the calling thread's scheduling priority (Linux only: there
/// `nice` applies to the calling thread; elsewhere it would slow the whole
/// process).
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: nice only reads its integer argument; on Linux it changes
    // the niceness of the calling thread alone. Failing leaves it as it was.
    unsafe {
        libc::nice(NICENESS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jobs_run_on_low_priority_threads() {
        let (name, nice) = run(|| {
            let name = std::thread::current().name().map(str::to_string);
            (name, current_niceness())
        });
        assert!(name.is_some_and(|n| n.starts_with("readout-background-")));
        if cfg!(target_os = "linux") {
            assert!(nice >= Some(NICENESS_FOR_TESTS), "{nice:?}");
        }
        let sum: u64 = run(|| {
            use rayon::prelude::*;
            (0..1000u64).into_par_iter().sum()
        });
        assert_eq!(sum, 499_500);
    }

    #[cfg(target_os = "linux")]
    const NICENESS_FOR_TESTS: i32 = NICENESS;
    #[cfg(not(target_os = "linux"))]
    const NICENESS_FOR_TESTS: i32 = 0;

    /// This thread's niceness, from /proc (Linux).
    fn current_niceness() -> Option<i32> {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
        // Fields after the command name (which may hold spaces) in parentheses.
        let rest = &stat[stat.rfind(')')? + 2..];
        rest.split(' ').nth(16)?.parse().ok()
    }
}
