//! The filter worker: runs filter requests off the input thread, newest
//! first, and abandons a request as soon as a newer one arrives. It reports
//! the first screen of rows as soon as it is known, then every row in order.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Sender};
use std::thread;

use super::effect::FilterRequest;
use super::event::Event;

/// Rows reported before the whole list is in order: more than any
/// terminal shows at once.
pub const FIRST_SCREEN_ROWS: usize = 300;

/// A handle to the worker thread.
pub struct FilterWorker {
    requests: Sender<FilterRequest>,
    latest: Arc<AtomicU64>,
}

impl FilterWorker {
    /// Starts a worker; `report` receives each request's first screen
    /// ([`Event::FilterFirstScreen`], when there is more than one screen)
    /// and its ranked hits ([`Event::Filtered`], `None` when cancelled).
    pub fn spawn(report: impl Fn(Event) + Send + 'static) -> FilterWorker {
        let (requests, rx) = mpsc::channel::<FilterRequest>();
        let latest = Arc::new(AtomicU64::new(0));
        let newest = Arc::clone(&latest);
        thread::spawn(move || {
            while let Ok(mut request) = rx.recv() {
                // Skip to the newest request waiting.
                while let Ok(newer) = rx.try_recv() {
                    request = newer;
                }
                let generation = request.generation;
                let cancelled = || newest.load(Ordering::SeqCst) != generation;
                let hits = request.run_in_stages(FIRST_SCREEN_ROWS, &cancelled, |hits, tiers| {
                    report(Event::FilterFirstScreen {
                        generation,
                        hits,
                        tiers,
                    });
                });
                report(Event::Filtered { generation, hits });
            }
        });
        FilterWorker { requests, latest }
    }

    /// Queues a request; any older one still running is cancelled.
    pub fn submit(&self, request: FilterRequest) {
        self.latest.store(request.generation, Ordering::SeqCst);
        let _ = self.requests.send(request);
    }
}
