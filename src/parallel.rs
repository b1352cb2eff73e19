//! An ordered parallel map: items made on the calling thread, processed on N worker
//! threads, consumed strictly in input order, with a bounded number in flight.
//!
//! The shape is the one corpus mode needs: reading is sequential (one stream), filtering
//! is per record and independent, writing must be in input order so the output does not
//! depend on the thread count. At most `2 × threads + 2` items are in flight (read, being
//! processed, or waiting to be written), so memory is bounded by the item size, never by
//! the input size.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Mutex;
use std::thread;

/// Runs `produce` until it returns `None`, `work` on each item (on `threads` threads,
/// each with its own state made by `make_state`), and `consume` on each result in the
/// order the items were produced. The first error `consume` returns stops the run and is
/// returned; nothing after the failed item is consumed. A panic in `work` stops the run
/// too and is raised again on the calling thread.
///
/// With `threads <= 1` everything runs on the calling thread, in a plain loop.
pub fn ordered_map<I, O, S, E, P, M, F, C>(
    threads: usize,
    mut produce: P,
    make_state: M,
    work: F,
    mut consume: C,
) -> Result<(), E>
where
    I: Send,
    O: Send,
    E: Send,
    P: FnMut() -> Option<I>,
    M: Fn() -> S + Sync,
    F: Fn(&mut S, I) -> O + Sync,
    C: FnMut(O) -> Result<(), E> + Send,
{
    if threads <= 1 {
        let mut state = make_state();
        while let Some(item) = produce() {
            consume(work(&mut state, item))?;
        }
        return Ok(());
    }
    let in_flight = 2 * threads + 2;
    // A token is sent before an item is handed out and taken back once its result has
    // been consumed: a counting semaphore. Both queues can hold every item in flight, so
    // no send ever blocks on them, and a stopped consumer unblocks the producer.
    let (token_tx, token_rx) = sync_channel::<()>(in_flight);
    let (work_tx, work_rx) = sync_channel::<(u64, I)>(in_flight);
    let (done_tx, done_rx) = sync_channel::<(u64, thread::Result<O>)>(in_flight);
    let work_rx = Mutex::new(work_rx);
    thread::scope(|scope| {
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let (work_rx, make_state, work) = (&work_rx, &make_state, &work);
            scope.spawn(move || {
                let mut state = make_state();
                loop {
                    let next = match work_rx.lock() {
                        Ok(queue) => queue.recv(),
                        Err(_) => break,
                    };
                    let Ok((seq, item)) = next else { break };
                    // A panic goes to the consumer, which raises it again: the run
                    // then stops, where a missing result would leave it waiting.
                    let result = panic::catch_unwind(AssertUnwindSafe(|| work(&mut state, item)));
                    let failed = result.is_err();
                    if done_tx.send((seq, result)).is_err() || failed {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let consumer = scope.spawn(move || consume_in_order(done_rx, token_rx, &mut consume));
        let mut seq = 0u64;
        while token_tx.send(()).is_ok() {
            let Some(item) = produce() else { break };
            if work_tx.send((seq, item)).is_err() {
                break;
            }
            seq += 1;
        }
        drop(work_tx);
        match consumer.join() {
            Ok(result) => result,
            Err(panic) => panic::resume_unwind(panic),
        }
    })
}

/// Consumes results in sequence order, holding early ones until their turn; a worker's
/// panic is raised again at once.
fn consume_in_order<O, E>(
    done: Receiver<(u64, thread::Result<O>)>,
    tokens: Receiver<()>,
    consume: &mut impl FnMut(O) -> Result<(), E>,
) -> Result<(), E> {
    let mut waiting = BTreeMap::new();
    let mut next = 0u64;
    for (seq, result) in done {
        waiting.insert(seq, result.unwrap_or_else(|e| panic::resume_unwind(e)));
        while let Some(result) = waiting.remove(&next) {
            next += 1;
            consume(result)?;
            let _ = tokens.recv();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::ordered_map;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn run(threads: usize, n: u64) -> Vec<u64> {
        let mut next = 0u64;
        let mut out = Vec::new();
        ordered_map(
            threads,
            || {
                next += 1;
                (next <= n).then_some(next)
            },
            || 0u64,
            |calls: &mut u64, x: u64| {
                *calls += 1;
                // Uneven work, so results finish out of order.
                let spin = (x * 7919) % 5000;
                let mut acc = x;
                for i in 0..spin {
                    acc = acc.wrapping_mul(31).wrapping_add(i);
                }
                std::hint::black_box(acc);
                x * x
            },
            |y| -> Result<(), ()> {
                out.push(y);
                Ok(())
            },
        )
        .expect("no error");
        out
    }

    #[test]
    fn order_is_kept_for_every_thread_count() {
        let expected: Vec<u64> = (1..=500).map(|x| x * x).collect();
        for threads in [1, 2, 3, 8] {
            assert_eq!(run(threads, 500), expected, "threads = {threads}");
        }
    }

    #[test]
    fn consumer_error_stops_the_run() {
        for threads in [1, 4] {
            let produced = AtomicUsize::new(0);
            let mut seen = Vec::new();
            let result = ordered_map(
                threads,
                || {
                    // Endless input: only the consumer's error can end the run.
                    Some(produced.fetch_add(1, Ordering::SeqCst))
                },
                || (),
                |_: &mut (), x: usize| x,
                |x| {
                    seen.push(x);
                    if x == 10 {
                        Err(x)
                    } else {
                        Ok(())
                    }
                },
            );
            assert_eq!(result, Err(10));
            assert_eq!(seen, (0..=10).collect::<Vec<_>>());
            assert!(produced.load(Ordering::SeqCst) <= 11 + 2 * threads + 2);
        }
    }
    #[test]
    fn a_worker_panic_reaches_the_caller() {
        // Run in a thread of its own, so that a run left waiting fails the test rather
        // than hanging it.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let outcome = std::panic::catch_unwind(|| {
                let mut next = 0u64;
                ordered_map(
                    2,
                    || {
                        next += 1;
                        (next <= 100).then_some(next)
                    },
                    || (),
                    |_: &mut (), x: u64| {
                        assert!(x != 7, "item 7");
                        x
                    },
                    |_| -> Result<(), ()> { Ok(()) },
                )
            });
            let _ = tx.send(outcome.is_err());
        });
        let panicked = rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the run ended");
        assert!(panicked);
    }
}
