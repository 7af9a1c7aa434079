//! One save at a time across the tabs of this origin: the Web Locks API
//! (`navigator.locks.request`) runs a save's read, check and write while no other tab's
//! save runs. Where the API is missing or refuses (old browsers, opaque origins), the job
//! runs at once; the storage event then tells a tab whose write was overtaken (see
//! `ui::sync`).

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

type Job = Box<dyn FnOnce()>;

/// Runs `job` holding the exclusive lock `name`: now if the lock is free, else as soon as
/// the other tab's holder is done. Runs it exactly once, lock or not.
pub fn exclusive(name: &str, job: impl FnOnce() + 'static) {
    let slot: Rc<Cell<Option<Job>>> = Rc::new(Cell::new(Some(Box::new(job))));
    let run = {
        let slot = slot.clone();
        move || {
            if let Some(job) = slot.take() {
                job();
            }
        }
    };
    let Some(promise) = request(name, run.clone()) else {
        return run();
    };
    let failed = Closure::once(move |_: JsValue| run());
    let _ = promise.catch(&failed);
    failed.forget();
}

/// `navigator.locks.request(name, callback)`, or `None` when the browser has no locks.
fn request(name: &str, granted: impl FnOnce() + 'static) -> Option<Promise> {
    let window: JsValue = web_sys::window()?.into();
    let navigator = Reflect::get(&window, &"navigator".into()).ok()?;
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request: Function = Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let callback = Closure::once_into_js(move |_lock: JsValue| granted());
    request
        .call2(&locks, &name.into(), &callback)
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}
