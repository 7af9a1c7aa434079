//! Small wrappers over the page: URL, history, title, focus, time, downloads.

use wasm_bindgen::JsCast;

/// The current URL query, with its leading `?` (empty when there is none).
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Adds a history entry with a new query, keeping path and fragment. No reload.
pub fn push_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loc = window.location();
    let url = format!(
        "{}{}{}",
        loc.pathname().unwrap_or_default(),
        query,
        loc.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

pub fn set_lang(tag: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", tag);
    }
}

/// Moves keyboard focus to the element with this id, if there is one.
pub fn focus_id(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// The current time as an ISO 8601 string in UTC.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Today's date on the user's clock: (year, month 1-12, day).
pub fn today() -> (i32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

/// Offers text as a file download, without any network request.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = anchor {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// True when the element with this id has keyboard focus.
pub fn is_focused(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| e.id() == id)
}

/// Copies text to the clipboard; `done` is told whether it worked. Never panics, also
/// where the clipboard is unavailable (insecure context, denied permission).
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::closure::Closure;
    let done = std::rc::Rc::new(done);
    let promise = web_sys::window()
        .and_then(|w| Reflect::get(&w, &"navigator".into()).ok())
        .and_then(|n| Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| {
            let write: Function = Reflect::get(&c, &"writeText".into())
                .ok()?
                .dyn_into()
                .ok()?;
            write
                .call1(&c, &text.into())
                .ok()?
                .dyn_into::<Promise>()
                .ok()
        });
    let Some(promise) = promise else {
        done(false);
        return;
    };
    let (ok, err) = (done.clone(), done);
    let on_ok = Closure::once(move |_: wasm_bindgen::JsValue| ok(true));
    let on_err = Closure::once(move |_: wasm_bindgen::JsValue| err(false));
    let _ = promise.then2(&on_ok, &on_err);
    on_ok.forget();
    on_err.forget();
}

/// Opens the browser's print dialog (print, or save as PDF).
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The URL fragment, with its `#` (empty when there is none).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without query or fragment.
pub fn page_url_without_fragment() -> String {
    web_sys::window()
        .map(|w| {
            let loc = w.location();
            format!(
                "{}{}",
                loc.origin().unwrap_or_default(),
                loc.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// Loads the page again.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Drops the fragment from the address without a reload or a history entry.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loc = window.location();
    let url = format!(
        "{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Reads a file the user picked or dropped. Files over `max_bytes` are refused before
/// anything is read (`Err(Some(size))`); a read failure is `Err(None)`.
pub fn read_file(
    file: &web_sys::File,
    max_bytes: usize,
    done: impl FnOnce(Result<Vec<u8>, Option<usize>>) + 'static,
) {
    use js_sys::{Promise, Uint8Array};
    use wasm_bindgen::closure::Closure;
    let size = file.size() as usize;
    if size > max_bytes {
        done(Err(Some(size)));
        return;
    }
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let promise: Promise = file.array_buffer();
    let (ok, err) = (done.clone(), done);
    let on_ok = Closure::once(move |buf: wasm_bindgen::JsValue| {
        if let Some(f) = ok.borrow_mut().take() {
            f(Ok(Uint8Array::new(&buf).to_vec()));
        }
    });
    let on_err = Closure::once(move |_: wasm_bindgen::JsValue| {
        if let Some(f) = err.borrow_mut().take() {
            f(Err(None));
        }
    });
    let _ = promise.then2(&on_ok, &on_err);
    on_ok.forget();
    on_err.forget();
}

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) =
        web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"navigator".into()).ok())
    else {
        return Vec::new();
    };
    js_sys::Reflect::get(&nav, &"languages".into())
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|v| {
            js_sys::Array::from(&v)
                .iter()
                .filter_map(|l| l.as_string())
                .take(16)
                .collect()
        })
        .unwrap_or_default()
}
