//! Loading and saving the plan through a [`Store`], with the envelope from the domain.

use crate::domain::persist::{self, LoadProblem, Loaded, BACKUP_KEY, PLAN_KEY};
use crate::domain::scenarios::{Scenarios, SCENARIOS_KEY};
use crate::domain::Plan;

use super::browser::now_iso;
use super::storage::{Store, StoreError};

/// What happened when the saved plan was opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// Nothing saved yet, or a plan restored.
    Fine,
    /// Something was saved but could not be used; it was kept under the backup key (or,
    /// if even that failed, in memory: `kept` holds it for download).
    Unreadable { problem: LoadProblem, kept: String },
}

/// Reads the saved plan. An unreadable value is copied to the backup key before
/// anything can overwrite it.
pub fn open(store: &Store) -> (Plan, Opened) {
    let raw = store.get(PLAN_KEY);
    match persist::decode(raw.as_deref()) {
        Loaded::Nothing => (Plan::default(), Opened::Fine),
        Loaded::Plan { plan, .. } => (*plan, Opened::Fine),
        Loaded::Unreadable(problem) => {
            let kept = raw.unwrap_or_default();
            let _ = store.set(BACKUP_KEY, &kept);
            (Plan::default(), Opened::Unreadable { problem, kept })
        }
    }
}

/// Saves the plan in its envelope.
pub fn save(store: &Store, plan: &Plan) -> Result<(), StoreError> {
    store.set(PLAN_KEY, &persist::encode(plan, &now_iso()))
}

/// Forgets the saved plan (Start over). The backup of an unreadable plan stays.
pub fn clear(store: &Store) {
    store.remove(PLAN_KEY);
}

/// Reads the saved scenarios; an unreadable value is kept under a backup key and the
/// app starts with none.
pub fn open_scenarios(store: &Store) -> Scenarios {
    let Some(raw) = store.get(SCENARIOS_KEY) else {
        return Scenarios::default();
    };
    Scenarios::decode(&raw).unwrap_or_else(|| {
        let _ = store.set(&format!("{SCENARIOS_KEY}.backup"), &raw);
        Scenarios::default()
    })
}

pub fn save_scenarios(store: &Store, s: &Scenarios) -> Result<(), StoreError> {
    store.set(SCENARIOS_KEY, &s.encode())
}
