//! The saving context: the browser's storage, this tab's session with respect to it
//! (`app::session`, the rules), the user's own plan set aside while another is shown,
//! and the save indicator.

use leptos::prelude::*;

use crate::app::session::{Event, ListSave, SaveStatus, Session, Viewing};
use crate::domain::Plan;
use crate::platform::storage::Store;

/// The saving handle (see the module's comment): `use_saving()` in a component.
#[derive(Clone, Copy)]
pub struct Saving {
    pub store: StoredValue<Store>,
    session: RwSignal<Session>,
    /// The parts of the session views follow: they change only when their value does,
    /// so a save (a new revision) re-renders nothing.
    viewing: Memo<Option<Viewing>>,
    conflict: Memo<Option<u64>>,
    list: Memo<ListSave>,
    /// The user's own plan, while a plan from outside is shown in its place; it is never
    /// overwritten without "Save as my plan".
    pub own_plan: StoredValue<Option<Plan>>,
    /// What happened to the latest change: shown as "Saved" and so on.
    pub status: RwSignal<SaveStatus>,
}

impl Saving {
    pub fn new(store: Store) -> Self {
        let session = RwSignal::new(Session::default());
        let status = if store.is_persistent() {
            SaveStatus::Saved
        } else {
            SaveStatus::MemoryOnly
        };
        Saving {
            store: StoredValue::new(store),
            session,
            viewing: Memo::new(move |_| session.with(Session::viewing)),
            conflict: Memo::new(move |_| session.with(Session::conflict)),
            list: Memo::new(move |_| session.with(Session::list)),
            own_plan: StoredValue::new(None),
            status: RwSignal::new(status),
        }
    }

    /// Reports what happened to the session's rules.
    pub fn apply(&self, event: Event) {
        self.session.update(|s| s.apply(event));
    }

    /// Asks the session a question, without tracking.
    pub fn ask<T>(&self, f: impl FnOnce(&Session) -> T) -> T {
        self.session.with_untracked(f)
    }

    /// Like [`Saving::ask`], for a tab being closed, where the context may be gone.
    pub fn try_ask<T>(&self, f: impl FnOnce(&Session) -> T) -> Option<T> {
        self.session.try_with_untracked(f)
    }

    /// The plan shown is not the user's own, and why (tracked).
    pub fn viewing(&self) -> Option<Viewing> {
        self.viewing.get()
    }

    /// Whether the plan shown is read-only (tracked).
    pub fn read_only(&self) -> bool {
        self.viewing().is_some()
    }

    /// Another tab's save waiting for the user's choice (tracked).
    pub fn conflict(&self) -> Option<u64> {
        self.conflict.get()
    }

    /// Whether the list of scenarios shown is the one stored (tracked).
    pub fn list(&self) -> ListSave {
        self.list.get()
    }

    /// Why a change to the plan is not saved now, if it is not (tracked: follows the
    /// plan from outside and the conflict).
    pub fn unsaved_because(&self) -> Option<SaveStatus> {
        self.viewing.track();
        self.conflict.track();
        self.ask(Session::unsaved_because)
    }

    pub fn set_status(&self, status: SaveStatus) {
        if self.status.get_untracked() != status {
            self.status.set(status);
        }
    }
}

pub fn use_saving() -> Saving {
    expect_context::<Saving>()
}
