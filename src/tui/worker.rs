//! The filter worker: runs filter requests off the input thread, newest
//! first, and abandons a request as soon as a newer one arrives.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Sender};
use std::thread;

use super::effect::FilterRequest;
use crate::search::filter::Hit;

/// A handle to the worker thread.
pub struct FilterWorker {
    requests: Sender<FilterRequest>,
    latest: Arc<AtomicU64>,
}

impl FilterWorker {
    /// Starts a worker; `done` receives each finished (or cancelled, as
    /// `None`) request's generation and hits.
    pub fn spawn(done: impl Fn(u64, Option<Vec<Hit>>) + Send + 'static) -> FilterWorker {
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
                done(generation, request.run(&cancelled));
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
