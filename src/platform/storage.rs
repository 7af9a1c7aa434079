//! Key-value storage that never panics: localStorage when the browser allows it, memory
//! otherwise (sandboxed iframes, some private modes, storage switched off).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use gloo_storage::{LocalStorage, Storage};

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
    Local,
    Memory(Arc<Mutex<HashMap<String, String>>>),
}

/// A string store. Cheap to clone; clones share the same data.
#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
}

impl Store {
    /// localStorage if a probe write and delete succeed, memory otherwise.
    pub fn open() -> Self {
        if local_storage_works() {
            Store {
                backend: Backend::Local,
            }
        } else {
            Store::memory()
        }
    }

    /// A store that lives only as long as the page.
    pub fn memory() -> Self {
        Store {
            backend: Backend::Memory(Arc::default()),
        }
    }

    /// True when what is written survives a reload.
    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local)
    }

    pub fn get(&self, key: &str) -> Option<String> {
        match &self.backend {
            Backend::Local => LocalStorage::raw().get_item(key).ok().flatten(),
            Backend::Memory(map) => map.lock().ok()?.get(key).cloned(),
        }
    }

    /// Writes and reads back, so a save is only reported when it really happened.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Local => {
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
            Backend::Local => {
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

/// Probes localStorage without ever letting the browser's refusal escape as a panic.
fn local_storage_works() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(Some(storage)) = window.local_storage() else {
        return false;
    };
    storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
}

/// The DOMException name (`QuotaExceededError`, `NS_ERROR_DOM_QUOTA_REACHED`, ...) or a
/// generic word when the error is not a DOMException.
fn error_name(err: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(err, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| "Error".to_string())
}
