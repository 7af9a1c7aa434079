//! The service worker: registered after the first render so the app works offline, and
//! a waiting new version is reported so the app can offer "Reload to update". Everything
//! goes through `Reflect`, so a browser or a sandboxed frame without service workers
//! just skips this.

use std::cell::RefCell;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static WAITING: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = get(target, method)?.dyn_into().ok()?;
    let list = js_sys::Array::new();
    for a in args {
        list.push(a);
    }
    f.apply(target, &list).ok()
}

fn container() -> Option<JsValue> {
    let nav = get(&web_sys::window()?.into(), "navigator")?;
    get(&nav, "serviceWorker")
}

fn listen(target: &JsValue, event: &str, f: impl FnMut(JsValue) + 'static) {
    let cb = Closure::<dyn FnMut(JsValue)>::new(f);
    call(
        target,
        "addEventListener",
        &[event.into(), cb.as_ref().clone()],
    );
    cb.forget();
}

/// Registers `sw.js`; calls `on_update` when a new version has installed and waits.
pub fn register(on_update: impl Fn() + 'static) {
    // Not in debug builds (`make serve`): a cached app would hide each rebuild.
    if cfg!(debug_assertions) {
        return;
    }
    let Some(sw) = container() else {
        return;
    };
    let opts = Object::new();
    let _ = Reflect::set(&opts, &"updateViaCache".into(), &"none".into());
    let Some(promise) = call(&sw, "register", &["./sw.js".into(), opts.into()])
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return;
    };
    let on_update = std::rc::Rc::new(on_update);
    let sw_for_reg = sw.clone();
    let found = Closure::<dyn FnMut(JsValue)>::new(move |reg: JsValue| {
        let has_controller = |sw: &JsValue| get(sw, "controller").is_some();
        if let Some(waiting) = get(&reg, "waiting") {
            if has_controller(&sw_for_reg) {
                WAITING.with(|w| *w.borrow_mut() = Some(waiting));
                on_update();
            }
        }
        let (reg2, sw2, notify) = (reg.clone(), sw_for_reg.clone(), on_update.clone());
        listen(&reg, "updatefound", move |_| {
            let Some(installing) = get(&reg2, "installing") else {
                return;
            };
            let (worker, sw3, notify) = (installing.clone(), sw2.clone(), notify.clone());
            listen(&installing, "statechange", move |_| {
                let installed = get(&worker, "state").and_then(|s| s.as_string());
                if installed.as_deref() == Some("installed") && has_controller(&sw3) {
                    WAITING.with(|w| *w.borrow_mut() = Some(worker.clone()));
                    notify();
                }
            });
        });
    });
    // A refusal (no service workers here) is expected and stays quiet.
    let refused = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = promise.then2(&found, &refused);
    found.forget();
    refused.forget();
}

/// Activates the waiting version and reloads the page once it is in control.
pub fn apply_update() {
    let Some(sw) = container() else {
        return;
    };
    listen(&sw, "controllerchange", |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let msg = Object::new();
    let _ = Reflect::set(&msg, &"type".into(), &"planner:skip-waiting".into());
    WAITING.with(|w| {
        if let Some(worker) = w.borrow().as_ref() {
            call(worker, "postMessage", &[msg.into()]);
        }
    });
}
