//! The worker threads. They start the first time a scan has more than one
//! piece of work: a pre-commit run on one file starts none, because idle
//! workers spin before they sleep and, on a busy machine, that costs a
//! one-file run more than its scan.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once};

/// Stack of each scanning thread: evaluation recurses (bounded, see
/// MAX_DEPTH in terraform/eval/mod.rs), so workers get the size of a main
/// thread on Linux, not rayon's 2 MiB default.
pub const WORKER_STACK: usize = 8 << 20;

static STARTED: Once = Once::new();

/// `work` over at most one item, on a thread with the workers' stack (no
/// pool is started for it).
fn map_alone<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    if items.is_empty() {
        return Vec::new();
    }
    std::thread::scope(|scope| {
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
    })
}

/// `work` over every item, costliest first: each worker takes the next
/// item as soon as it is free, so the largest pieces start early and no
/// large one is left running alone at the end (whatever the directory
/// order). The results are in the items' order.
pub fn map_costliest_first<T: Sync, R: Send>(
    items: &[T],
    costs: &[u64],
    threads: Option<usize>,
    work: impl Fn(&T) -> R + Sync + Send,
) -> Vec<R> {
    if items.len() < 2 {
        return map_alone(items, work);
    }
    start(threads);
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&index| std::cmp::Reverse(costs.get(index).copied().unwrap_or(0)));
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    rayon::broadcast(|_| {
        while let Some(&index) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let result = work(&items[index]);
            if let Ok(mut slot) = slots[index].lock() {
                *slot = Some(result);
            }
        }
    });
    // Every index was taken by exactly one worker, and broadcast returns
    // when all of them are done (a panic in `work` would have propagated).
    slots
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .ok()
                .flatten()
                .expect("every item is worked once")
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costliest_first_keeps_the_items_order_and_starts_the_largest() {
        let items: Vec<usize> = (0..50).collect();
        // The costliest items are 17 and 33.
        let costs: Vec<u64> = items
            .iter()
            .map(|&item| match item {
                17 => 1_000,
                33 => 900,
                other => other as u64,
            })
            .collect();
        let started = Mutex::new(Vec::new());
        let results = map_costliest_first(&items, &costs, Some(2), |&item| {
            if let Ok(mut started) = started.lock() {
                started.push(item);
            }
            item * 10
        });
        assert_eq!(
            results,
            items.iter().map(|item| item * 10).collect::<Vec<_>>()
        );
        let started = started.into_inner().unwrap_or_default();
        assert_eq!(started.len(), items.len(), "each item is worked once");
        let mut first_two = started[..2].to_vec();
        first_two.sort();
        assert_eq!(first_two, vec![17, 33]);
    }
}
