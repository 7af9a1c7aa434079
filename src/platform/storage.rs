//! Key-value storage that never panics: localStorage when the browser allows it, memory
//! otherwise (sandboxed iframes, some private modes, storage switched off).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

const PROBE_KEY: &str = "offshoring-planner.probe";

/// Why a write did not stick.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refused the write (quota full, storage switched off meanwhile...).
    Refused(String),
    /// The write seemed to work but reading it back gave something else.
    NotVerified,
}

#[derive(Clone, Debug)]
enum Backend {
    /// localStorage; `full` when the probe write was refused for want of room (what is
    /// stored can still be read).
    Local {
        full: bool,
    },
    Memory(Arc<Mutex<HashMap<String, String>>>),
}

/// A string store. Cheap to clone; clones share the same data.
#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
}

/// A stored value exactly as the browser holds it: a JavaScript string may hold a lone
/// UTF-16 surrogate that a Rust `String` cannot, so copies go through this.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    Js(js_sys::JsString),
    Text(String),
}

impl Raw {
    /// The value as text (a lone surrogate becomes U+FFFD), for reading or a download.
    pub fn text(&self) -> String {
        match self {
            Raw::Js(s) => String::from(s),
            Raw::Text(s) => s.clone(),
        }
    }
}

impl Store {
    /// localStorage if a probe write and delete succeed, or if the probe was refused only
    /// because storage is full; memory otherwise.
    pub fn open() -> Self {
        match local_storage_probe() {
            Some(backend) => Store { backend },
            None => Store::memory(),
        }
    }

    /// A store that lives only as long as the page.
    pub fn memory() -> Self {
        Store {
            backend: Backend::Memory(Arc::default()),
        }
    }

    /// True when storage was already full when the page opened.
    pub fn started_full(&self) -> bool {
        matches!(self.backend, Backend::Local { full: true })
    }

    /// The value under `key` exactly as stored (see [`Raw`]).
    pub fn get_raw(&self, key: &str) -> Option<Raw> {
        match &self.backend {
            Backend::Local { .. } => {
                let storage = local()?;
                let get: js_sys::Function = js_sys::Reflect::get(&storage, &"getItem".into())
                    .ok()?
                    .into();
                let value = get.call1(&storage, &key.into()).ok()?;
                value.dyn_into::<js_sys::JsString>().ok().map(Raw::Js)
            }
            Backend::Memory(_) => self.get(key).map(Raw::Text),
        }
    }

    /// Writes an exact copy of a value and reads it back (see [`Store::set`]).
    pub fn set_raw(&self, key: &str, value: &Raw) -> Result<(), StoreError> {
        match (&self.backend, value) {
            (Backend::Local { .. }, Raw::Js(text)) => {
                let storage = local().ok_or(StoreError::NotVerified)?;
                let set: js_sys::Function = js_sys::Reflect::get(&storage, &"setItem".into())
                    .map_err(|e| StoreError::Refused(error_name(&e)))?
                    .into();
                set.call2(&storage, &key.into(), text)
                    .map_err(|e| StoreError::Refused(error_name(&e)))?;
                if self.get_raw(key).as_ref() == Some(value) {
                    Ok(())
                } else {
                    Err(StoreError::NotVerified)
                }
            }
            (_, value) => self.set(key, &value.text()),
        }
    }

    /// True when what is written survives a reload.
    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local { .. })
    }

    pub fn get(&self, key: &str) -> Option<String> {
        match &self.backend {
            Backend::Local { .. } => LocalStorage::raw().get_item(key).ok().flatten(),
            Backend::Memory(map) => map.lock().ok()?.get(key).cloned(),
        }
    }

    /// Writes and reads back, so a save is only reported when it really happened.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Local { .. } => {
                LocalStorage::raw()
                    .set_item(key, value)
                    .map_err(|e| StoreError::Refused(error_name(&e)))?;
                if self.get(key).as_deref() == Some(value) {
                    Ok(())
                } else {
                    Err(StoreError::NotVerified)
                }
            }
            Backend::Memory(map) => {
                map.lock()
                    .map_err(|_| StoreError::NotVerified)?
                    .insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    pub fn remove(&self, key: &str) {
        match &self.backend {
            Backend::Local { .. } => {
                let _ = LocalStorage::raw().remove_item(key);
            }
            Backend::Memory(map) => {
                if let Ok(mut m) = map.lock() {
                    m.remove(key);
                }
            }
        }
    }
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Probes localStorage without ever letting the browser's refusal escape as a panic:
/// `None` when it refuses, localStorage marked full when only the quota refused.
fn local_storage_probe() -> Option<Backend> {
    let storage = local()?;
    match storage.set_item(PROBE_KEY, "1") {
        Ok(()) if storage.remove_item(PROBE_KEY).is_ok() => Some(Backend::Local { full: false }),
        Err(e) if crate::app::persist::is_quota_error(&error_name(&e)) => {
            Some(Backend::Local { full: true })
        }
        _ => None,
    }
}

/// The DOMException name (`QuotaExceededError`, `NS_ERROR_DOM_QUOTA_REACHED`, ...) or a
/// generic word when the error is not a DOMException.
fn error_name(err: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(err, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| "Error".to_string())
}
