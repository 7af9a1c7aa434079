//! Work that waits until the page has answered the current event: saving, the secondary
//! views, fetching a step's file ahead. A keystroke pays only for putting a job in the
//! queue (at most one browser timer waits at a time, for the next job); the jobs run one
//! per task, in the order they came, so an input arriving meanwhile is never held behind
//! all of them.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use wasm_bindgen::prelude::*;

type Job = Box<dyn FnOnce()>;

thread_local! {
    static QUEUE: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    /// True while a timer is set to run the next job.
    static ARMED: Cell<bool> = const { Cell::new(false) };
    /// The one callback every timer calls, made once.
    static RUN_NEXT: Closure<dyn FnMut()> = Closure::new(run_next);
}

/// Runs `job` in a task after the current one, after the jobs queued before it.
pub fn after_this_task(job: impl FnOnce() + 'static) {
    QUEUE.with(|q| q.borrow_mut().push_back(Box::new(job)));
    arm();
}

/// How many jobs are waiting (for tests).
pub fn waiting() -> usize {
    QUEUE.with(|q| q.borrow().len())
}

fn arm() {
    if ARMED.with(Cell::get) || waiting() == 0 {
        return;
    }
    let set = RUN_NEXT.with(|f| {
        web_sys::window().map(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(f.as_ref().unchecked_ref(), 0)
        })
    });
    // Without a window (never in the app) the jobs wait; with one, a refused timer is
    // reported by the browser itself, and the next job queued tries again.
    ARMED.with(|a| a.set(matches!(set, Some(Ok(_)))));
}

fn run_next() {
    ARMED.with(|a| a.set(false));
    // Taken out before it runs, so a job may queue others without a borrow held.
    let job = QUEUE.with(|q| q.borrow_mut().pop_front());
    if let Some(job) = job {
        job();
    }
    arm();
}
