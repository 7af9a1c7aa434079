//! Reading JSON: the saved plan and scenarios, a share link or an embedder's preset, an
//! imported file (a fetched language has its own small reader, in `i18n::fetched`). In
//! the site's build (the `split` feature) this code is a WebAssembly file of its own,
//! fetched only when there is something to read: a first visit, with nothing saved and
//! no link, never downloads it. Without the feature it is compiled in and [`reader`]
//! always has it.
//!
//! Writing JSON (every save) stays in the main file, so a save never waits for a fetch.
//! The one writer here is the full export a notice offers when storage fails (the plan
//! step has its own copy of it).

use std::cell::Cell;
use std::future::Future;

use crate::app::embed::Preset;
use crate::app::persist::{self, Loaded};
use crate::app::scenarios::Scenarios;
use crate::app::share::{self, OpenError};
use crate::domain::Plan;
use crate::i18n::Lang;

use super::storage::{Raw, Store};

/// The readers. Plain function pointers: whoever holds one can call it at once.
#[derive(Clone, Copy)]
pub struct Reader {
    pub stored_plan: fn(Option<&str>) -> Loaded,
    pub link: fn(&str) -> Result<Plan, OpenError>,
    /// An embedder's `preset=` value.
    pub preset: fn(&str) -> Result<Preset, OpenError>,
    pub file: fn(&[u8]) -> Result<Plan, OpenError>,
    pub scenarios: fn(&str) -> Result<Scenarios, persist::LoadProblem>,
    /// The plan as an exported JSON file, with its time of export.
    pub export_file: fn(&Plan, &str, Lang) -> String,
    /// Keeps an unreadable value as the newest backup under a key, exactly (only ever
    /// needed after something saved was read, so it rides here). True only when the copy
    /// was written and read back.
    pub keep_backup: fn(&Store, &str, &Raw) -> bool,
}

thread_local! {
    static LOADED: Cell<Option<Reader>> = const { Cell::new(None) };
}

/// The readers, if they are here (always, without the `split` feature).
#[cfg(feature = "split")]
pub fn reader() -> Option<Reader> {
    LOADED.get()
}

/// The readers, if they are here (always, without the `split` feature).
#[cfg(not(feature = "split"))]
pub fn reader() -> Option<Reader> {
    Some(readers())
}

/// The readers, fetched first if need be; `None` when their file could not be fetched
/// (a later call tries again).
pub async fn load() -> Option<Reader> {
    if let Some(r) = reader() {
        return Some(r);
    }
    let r = part().await.ok()?;
    LOADED.set(Some(r));
    Some(r)
}

/// Runs `f` with the readers: at once when they are here, else once their file has been
/// fetched (with `None` if it could not be).
pub fn with_reader(f: impl FnOnce(Option<Reader>) + 'static) {
    match reader() {
        Some(r) => f(Some(r)),
        None => spawn(async move { f(load().await) }),
    }
}

fn spawn(f: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(f);
}

/// The one place the readers are named: in the site's build only the split point below
/// reaches them, so their code (the JSON parser, every type's deserialiser, the inflater,
/// the migrations) goes to its file.
fn readers() -> Reader {
    // The export names the later steps' messages.
    crate::i18n::use_later_english();
    Reader {
        stored_plan: persist::decode,
        link: share::decode_link,
        preset: Preset::decode,
        file: share::import_json,
        scenarios: Scenarios::read,
        export_file: |plan, at, lang| crate::export::data::json(plan, None, at, lang),
        keep_backup,
    }
}

/// Keeps an unreadable `value` as the newest backup under `base`, the older ones moved
/// down (`persist::backup_writes`), each copy exact and read back. A refused write stops
/// there (what was kept stays) and gives false: the caller must not write over `value`.
fn keep_backup(store: &Store, base: &str, value: &Raw) -> bool {
    let held: Vec<Option<Raw>> = (0..persist::BACKUP_SLOTS)
        .map(|slot| store.get_raw(&persist::backup_slot_key(base, slot)))
        .collect();
    persist::backup_writes(&held, value)
        .into_iter()
        .all(|(slot, v)| {
            store
                .set_raw(&persist::backup_slot_key(base, slot), &v)
                .is_ok()
        })
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(planner_reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn part() -> Result<Reader, leptos::wasm_split::SplitLoaderError> {
    Ok(readers())
}

#[cfg(not(feature = "split"))]
async fn part() -> Result<Reader, std::convert::Infallible> {
    Ok(readers())
}
