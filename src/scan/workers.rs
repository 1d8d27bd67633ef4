//! The worker threads. They start the first time a scan has more than one
//! piece of work: a pre-commit run on one file starts none, because idle
//! workers spin before they sleep and, on a busy machine, that costs a
//! one-file run more than its scan.

use std::sync::Once;

use rayon::prelude::*;

/// Stack of each scanning thread: evaluation recurses (bounded, see
/// MAX_DEPTH in terraform/eval/mod.rs), so workers get the size of a main
/// thread on Linux, not rayon's 2 MiB default.
pub const WORKER_STACK: usize = 8 << 20;

static STARTED: Once = Once::new();

/// `work` over every item: on the worker threads when there are several,
/// else on one thread with the workers' stack.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    threads: Option<usize>,
    work: impl Fn(&T) -> R + Sync + Send,
) -> Vec<R> {
    if items.is_empty() {
        return Vec::new();
    }
    if items.len() == 1 {
        return std::thread::scope(|scope| {
            let spawned = std::thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(scope, || items.iter().map(&work).collect::<Vec<R>>());
            match spawned {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                // No thread to be had: the current one will do.
                Err(_) => items.iter().map(&work).collect(),
            }
        });
    }
    start(threads);
    items.par_iter().map(work).collect()
}

/// Builds the global pool once (later calls, and a pool built elsewhere,
/// leave it as it is).
fn start(threads: Option<usize>) {
    STARTED.call_once(|| {
        let mut pool = rayon::ThreadPoolBuilder::new().stack_size(WORKER_STACK);
        if let Some(threads) = threads {
            pool = pool.num_threads(threads);
        }
        let _ = pool.build_global();
    });
}

/// How many threads scanned: the pool's size once it started, else one.
pub fn threads_used() -> usize {
    if STARTED.is_completed() {
        rayon::current_num_threads()
    } else {
        1
    }
}
