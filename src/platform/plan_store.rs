//! Loading and saving the plan through a [`Store`], with the envelope from the domain.

use crate::app::persist::{self, check_save, LoadProblem, Loaded, SaveCheck, BACKUP_KEY, PLAN_KEY};
use crate::app::scenarios::{Scenarios, SCENARIOS_KEY};
use crate::domain::Plan;

use super::browser::now_iso;
use super::reader::{reader, Reader};
use super::storage::{Store, StoreError};

/// What happened when the saved plan was opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// Nothing saved yet, or a plan restored at this revision.
    Fine { revision: u64 },
    /// Something was saved but could not be used. `copied`: it was kept under the backup
    /// key (written and read back), so the fresh plan may be saved over it; otherwise it
    /// must stay as it is until the user decides. `kept` holds it for download.
    Unreadable {
        problem: LoadProblem,
        kept: String,
        copied: bool,
    },
    /// Saved by a newer build: shown read-only, never written over.
    Newer { version: u32, kept: String },
    /// Something is saved, but the JSON reader could not be fetched: nothing was read,
    /// and nothing may be written over it.
    NotRead,
}

/// Reads the saved plan; with nothing usable saved, the user starts from `fresh`. An
/// unreadable value is copied to the backup key (the older backups moved down, see
/// [`persist::backup_writes`]) before anything can overwrite it.
pub fn open(store: &Store, fresh: Plan) -> (Plan, Opened) {
    open_with(store, fresh, reader())
}

/// [`open`] with the given readers (`None`: they could not be fetched).
pub fn open_with(store: &Store, fresh: Plan, reader: Option<Reader>) -> (Plan, Opened) {
    let raw = store.get(PLAN_KEY);
    let Some(reader) = reader else {
        let opened = match raw {
            Some(_) => Opened::NotRead,
            None => Opened::Fine { revision: 0 },
        };
        return (fresh, opened);
    };
    match (reader.stored_plan)(raw.as_deref()) {
        Loaded::Nothing => (fresh, Opened::Fine { revision: 0 }),
        Loaded::Plan { plan, revision, .. } => {
            // In this build's own format, the first save can compare text, not parse.
            let raw = raw.unwrap_or_default();
            if persist::holds(&raw, &persist::plan_json(&plan)) {
                LAST_WRITTEN.set(Some((revision, raw)));
            }
            (*plan, Opened::Fine { revision })
        }
        Loaded::Newer { version, plan } => {
            let kept = raw.unwrap_or_default();
            let plan = plan.map(|p| *p).unwrap_or_default();
            (plan, Opened::Newer { version, kept })
        }
        Loaded::Unreadable(problem) => {
            let kept = raw.unwrap_or_default();
            let copied = store
                .get_raw(PLAN_KEY)
                .is_some_and(|r| (reader.keep_backup)(store, BACKUP_KEY, &r));
            let opened = Opened::Unreadable {
                problem,
                kept,
                copied,
            };
            (fresh, opened)
        }
    }
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Another tab saved a newer revision; nothing was written.
    Conflict {
        theirs: u64,
    },
    /// Storage holds a value this tab did not write and cannot read without the JSON
    /// reader: nothing was written. Load the reader and save again.
    NeedsReader,
    Store(StoreError),
}

/// Saves the plan in its envelope unless another tab saved since revision `known`.
/// Returns the revision now stored. Saving what is already stored writes nothing.
pub fn save(store: &Store, plan: &Plan, known: u64) -> Result<u64, SaveError> {
    save_with(store, plan, known, reader())
}

/// [`save`] with the given readers. Without them, a value another tab wrote in this
/// build's own form still gives its revision; anything else is [`SaveError::NeedsReader`].
pub fn save_with(
    store: &Store,
    plan: &Plan,
    known: u64,
    reader: Option<Reader>,
) -> Result<u64, SaveError> {
    let raw = store.get(PLAN_KEY);
    let plan_json = persist::plan_json(plan);
    // Storage still holds what this tab last wrote: its revision is known and whether it
    // is this plan is a text comparison, so a keystroke's save parses nothing.
    let ours = last_written_revision(raw.as_deref());
    let stored = match (ours, raw.as_deref()) {
        (Some(revision), Some(raw)) => {
            if revision >= known && persist::holds(raw, &plan_json) {
                return Ok(revision);
            }
            Some(revision)
        }
        (_, Some(raw)) if reader.is_none() => {
            Some(persist::envelope_revision(raw).ok_or(SaveError::NeedsReader)?)
        }
        _ => {
            // Without the readers, storage is empty here.
            let loaded = reader.map_or(Loaded::Nothing, |r| (r.stored_plan)(raw.as_deref()));
            if let Loaded::Plan {
                plan: stored,
                revision,
                ..
            } = &loaded
            {
                if **stored == *plan && *revision >= known {
                    return Ok(*revision);
                }
            }
            persist::revision_of(&loaded)
        }
    };
    match check_save(known, stored) {
        SaveCheck::Conflict { theirs } => Err(SaveError::Conflict { theirs }),
        SaveCheck::Write { revision } => {
            let text = persist::envelope(&plan_json, revision, &now_iso());
            store.set(PLAN_KEY, &text).map_err(SaveError::Store)?;
            LAST_WRITTEN.set(Some((revision, text)));
            Ok(revision)
        }
    }
}

/// Whether storage still holds the envelope this tab last wrote.
pub fn holds_last_written(store: &Store) -> bool {
    last_written_revision(store.get(PLAN_KEY).as_deref()).is_some()
}

/// The revision of `raw` if it is exactly the envelope this tab last wrote.
fn last_written_revision(raw: Option<&str>) -> Option<u64> {
    LAST_WRITTEN.with_borrow(|last| match (last, raw) {
        (Some((revision, text)), Some(raw)) if text == raw => Some(*revision),
        _ => None,
    })
}

thread_local! {
    /// The revision and text of the envelope this tab last wrote.
    static LAST_WRITTEN: std::cell::RefCell<Option<(u64, String)>> = const { std::cell::RefCell::new(None) };
}

/// The plan another tab saved, with its revision, if it is one this build can use.
pub fn read_saved(store: &Store) -> Option<(Plan, u64)> {
    read_saved_with(store, reader()?)
}

/// [`read_saved`] with the given readers.
pub fn read_saved_with(store: &Store, reader: Reader) -> Option<(Plan, u64)> {
    match (reader.stored_plan)(store.get(PLAN_KEY).as_deref()) {
        Loaded::Plan { plan, revision, .. } => Some((*plan, revision)),
        _ => None,
    }
}

/// What happened when the saved scenarios were opened.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenariosOpened {
    /// None saved, or these.
    Fine(Scenarios),
    /// Some are saved but the JSON reader could not be fetched: not read, not to be
    /// written over.
    NotRead,
    /// Saved but not usable (cut short, a newer version, too many, garbage). `copied`: a
    /// copy was kept under the backup key and read back, so the list starts empty and may
    /// be saved; otherwise the stored value must stay until the user decides.
    Unreadable {
        problem: LoadProblem,
        kept: String,
        copied: bool,
    },
}

/// Reads the saved scenarios; an unreadable value is kept under a backup key first.
pub fn open_scenarios(store: &Store, reader: Option<Reader>) -> ScenariosOpened {
    let Some(raw) = store.get(SCENARIOS_KEY) else {
        return ScenariosOpened::Fine(Scenarios::default());
    };
    let Some(reader) = reader else {
        return ScenariosOpened::NotRead;
    };
    match (reader.scenarios)(&raw) {
        Ok(list) => ScenariosOpened::Fine(list),
        Err(problem) => {
            // A newer version's list is never copied away and replaced: it is theirs.
            let newer = matches!(problem, LoadProblem::Newer { .. });
            let backup = format!("{SCENARIOS_KEY}.backup");
            let copied = !newer
                && store
                    .get_raw(SCENARIOS_KEY)
                    .is_some_and(|r| (reader.keep_backup)(store, &backup, &r));
            // The page writes scenarios only when they change: once the backup holds what
            // could not be read, replace it, so the next start does not meet it again.
            if copied {
                let _ = save_scenarios(store, &Scenarios::default());
            }
            ScenariosOpened::Unreadable {
                problem,
                kept: raw,
                copied,
            }
        }
    }
}

/// Writes the scenarios, unless storage already holds exactly them (another tab's list,
/// just adopted, is not written back).
pub fn save_scenarios(store: &Store, s: &Scenarios) -> Result<(), StoreError> {
    let text = s.encode();
    if store.get(SCENARIOS_KEY).as_deref() == Some(text.as_str()) {
        return Ok(());
    }
    store.set(SCENARIOS_KEY, &text)
}
