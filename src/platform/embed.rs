//! What embed mode and the embedder's options change on the page: attributes and custom
//! properties on `<html>` (through the CSSOM, which a strict CSP allows), and the height
//! posted to the parent frame.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::embed::colour::{palette, Shades};
use crate::app::embed::{EmbedParams, RESIZE_MESSAGE};

fn root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Marks the page for embed mode and applies the theme and accent colour.
pub fn apply(params: &EmbedParams) {
    let Some(el) = root() else {
        return;
    };
    if params.embed {
        let _ = el.set_attribute("data-embed", "");
    }
    set_theme(params.theme);
    if let Some(base) = params.accent {
        let (light, dark) = palette(base);
        let style = el.style();
        let pick = |f: fn(&Shades) -> String| format!("light-dark({}, {})", f(&light), f(&dark));
        let _ = style.set_property("--accent", &pick(|s| s.accent.hex()));
        let _ = style.set_property("--accent-strong", &pick(|s| s.strong.hex()));
        let _ = style.set_property("--accent-soft", &pick(|s| s.soft.hex()));
        let _ = style.set_property("--on-accent", &pick(|s| s.on_accent.hex()));
    }
}

/// Fixes the theme (`None`: the browser's `prefers-color-scheme` decides).
pub fn set_theme(theme: Option<crate::app::embed::Theme>) {
    let Some(el) = root() else {
        return;
    };
    let _ = match theme {
        Some(t) => el.set_attribute("data-theme", t.slug()),
        None => el.remove_attribute("data-theme"),
    };
}

/// True when the page runs inside a frame.
pub fn in_frame() -> bool {
    web_sys::window().is_some_and(|w| w.parent().ok().flatten().is_some_and(|p| p != w))
}

/// Posts the height of `.app` to the parent frame whenever it changes. Only the height
/// leaves the frame.
pub fn post_height_changes() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(app) = window
        .document()
        .and_then(|d| d.query_selector(".app").ok().flatten())
    else {
        return;
    };
    let last = std::cell::Cell::new(0i32);
    let target = app.clone();
    let post = move || {
        let height = target.get_bounding_client_rect().height().ceil() as i32;
        if height == last.get() {
            return;
        }
        last.set(height);
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
            return;
        };
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        let _ = parent.post_message(&msg, "*");
    };
    post();
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| post());
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&app);
        callback.forget(); // lives as long as the page
    }
}
