//! The app's state, as three contexts with a typed handle each (`Copy`, with methods):
//! [`Shell`] (step, language, theme, notices, embed), [`Doc`] (the plan, its scenarios
//! and undo history) and [`Saving`] (storage and this tab's session). A component asks
//! for the ones it reads; the flows that span them (saving, plans from outside, undo)
//! take the [`App`] bundle. `start` builds all three from storage and the URL.

mod document;
mod saving;
mod shell;
mod start;

use leptos::prelude::*;

pub use document::{use_doc, Doc};
pub use saving::{use_saving, Saving};
pub use shell::{use_shell, NoticeAction, Pending, Replace, Shell};
pub use start::{catalogue_failed, needs_reader, wanted_lang, LANG_KEY};

pub use crate::app::session::{Event, ListSave, SaveStatus, Viewing};

/// The three handles together, for the flows that span them.
#[derive(Clone, Copy)]
pub struct App {
    pub shell: Shell,
    pub doc: Doc,
    pub saving: Saving,
}

impl App {
    /// Builds the state from storage and the URL, and provides its contexts.
    pub fn provide() -> App {
        let app = start::open();
        provide_context(app.shell);
        provide_context(app.doc);
        provide_context(app.saving);
        app
    }

    /// The scenario the plan shown is the plan of (see `Session::shown_scenario`).
    pub fn shown_scenario(&self) -> u32 {
        let active = self.doc.scenarios.with_untracked(|s| s.active_id);
        self.saving.ask(|s| s.shown_scenario(active))
    }
}

pub fn use_app() -> App {
    App {
        shell: use_shell(),
        doc: use_doc(),
        saving: use_saving(),
    }
}
