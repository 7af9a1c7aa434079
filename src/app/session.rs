//! The rules that keep one tab honest about the plan it shows: whether it is the user's
//! own plan and may be saved, or a plan from outside shown read-only; which revision of
//! the saved plan it last read or wrote; whether another tab's save is waiting for the
//! user's decision; and whether the list of scenarios it shows is the one stored.
//!
//! A pure reducer: the UI feeds it [`Event`]s (what happened) and asks it questions
//! (what may be done now). Storage, the plans themselves and the messages stay outside.

/// Where a plan shown read-only came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewing {
    Link,
    File,
    /// The saved plan was written by a newer build: shown, never saved over.
    Newer,
    /// Something is saved but could not be read (the JSON reader did not load): a blank
    /// plan is shown and nothing is saved over what is stored.
    Unread,
    /// The saved plan is unreadable and there was no room to copy it aside: a blank plan
    /// is shown read-only, and nothing is saved over it until the user chooses to.
    Unkept,
}

impl Viewing {
    /// A plan the user opened (a link or a file), as against saved data this tab must
    /// not write over.
    pub fn is_incoming(self) -> bool {
        matches!(self, Viewing::Link | Viewing::File)
    }
}

/// Whether the list of scenarios in this tab is the one stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListSave {
    /// Stored as shown (or nothing to store yet).
    #[default]
    Saved,
    /// The latest change to the list was refused by the browser: it lives in this tab.
    NotSaved,
    /// Storage holds a list this build could not read nor copy aside (or a newer
    /// version's): the list is not changed or written until the user decides.
    Held,
}

/// The state of the latest save, for the indicator in the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is saved in this browser.
    Saved,
    /// The latest change could not be saved (quota, refusal, conflict).
    NotSaved,
    /// Storage is blocked: the plan lives only in this tab.
    MemoryOnly,
    /// A plan shown read-only: nothing is saved.
    ReadOnly,
}

/// What happened, as the UI reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The saved plan was restored at this revision (0: nothing was saved).
    Restored { revision: u64 },
    /// Storage holds a plan this tab must not write over (`Newer`, `Unread`, `Unkept`):
    /// a plan is shown read-only in its place.
    Guarded(Viewing),
    /// Storage holds a list of scenarios this tab could neither read nor copy aside.
    ListHeld,
    /// A plan from a link or a file is shown (the caller sets the plan shown before it
    /// aside when [`Session::sets_own_aside`] says so).
    Incoming(Viewing),
    /// "Back to my plan": the tab shows what it showed before the plan from outside.
    BackToMine,
    /// "Save as my plan": the plan from outside becomes the user's own.
    MadeMine,
    /// "Replace it" on a saved plan that could not be kept: the plan shown is saved in
    /// its place from now on.
    ReplacedPlan,
    /// "Replace it" on a held list of scenarios: the list shown is saved from now on.
    ReplacedList,
    /// This tab's plan was written at this revision.
    Saved { revision: u64 },
    /// Another tab saved `theirs` since this tab last read: nothing more is saved until
    /// the user chooses.
    Conflict { theirs: u64 },
    /// Another tab saved the very plan this tab shows, at this revision.
    SameAsSaved { revision: u64 },
    /// This tab now shows the saved plan at this revision (it followed another tab's
    /// switch of scenario, or the user took the other tab's plan).
    Adopted { revision: u64 },
    /// The user kept this tab's plan over another tab's, saved at this revision: this
    /// tab's plan is written next.
    KeptMine { revision: u64 },
    /// Another tab's list of scenarios arrived and is shown; `mine` and `theirs` are the
    /// ids of the active scenario before and in it.
    OtherTabsList { mine: u32, theirs: u32 },
    /// The list of scenarios shown was written.
    ListSaved,
    /// The browser refused to write the list of scenarios.
    ListNotSaved,
}

/// One tab's state with respect to what is stored (see the module's comment).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    viewing: Option<Viewing>,
    /// What the tab showed before a plan from outside, when that was not the user's own
    /// saved plan but a guarded one (`Newer`, `Unread`, `Unkept`).
    viewing_before: Option<Viewing>,
    revision: u64,
    conflict: Option<u64>,
    /// The scenario this tab's plan belongs to, once another tab switched the list to
    /// another one; until this tab's plan is saved or replaced.
    switched_from: Option<u32>,
    list: ListSave,
}

impl Session {
    /// The state after `event`.
    pub fn apply(&mut self, event: Event) {
        match event {
            Event::Restored { revision } => self.revision = revision,
            Event::Guarded(v) => self.viewing = Some(v),
            Event::ListHeld => self.list = ListSave::Held,
            Event::Incoming(source) => {
                if let Some(v) = self.viewing.filter(|v| !v.is_incoming()) {
                    self.viewing_before = Some(v);
                }
                self.viewing = Some(source);
            }
            Event::BackToMine => self.viewing = self.viewing_before.take(),
            Event::MadeMine => self.viewing = None,
            Event::ReplacedPlan => {
                if self.viewing == Some(Viewing::Unkept) {
                    self.viewing = None;
                }
            }
            Event::ReplacedList | Event::ListSaved => self.list = ListSave::Saved,
            Event::ListNotSaved => self.list = ListSave::NotSaved,
            Event::Saved { revision } | Event::SameAsSaved { revision } => {
                self.revision = revision;
                self.switched_from = None;
            }
            Event::Conflict { theirs } => self.conflict = Some(theirs),
            Event::Adopted { revision } => {
                self.revision = revision;
                self.conflict = None;
                self.switched_from = None;
            }
            Event::KeptMine { revision } => {
                self.revision = revision;
                self.conflict = None;
            }
            Event::OtherTabsList { mine, theirs } => {
                if mine != theirs && self.switched_from.is_none() {
                    self.switched_from = Some(mine);
                }
                // Storage holds a list this tab can read again: it was saved, or the user
                // replaced what was held in the other tab.
                self.list = ListSave::Saved;
            }
        }
    }

    /// The plan shown is not the user's own (and is read-only), and why.
    pub fn viewing(&self) -> Option<Viewing> {
        self.viewing
    }

    /// The revision of the saved plan this tab last read or wrote.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Another tab's revision waiting for the user's choice.
    pub fn conflict(&self) -> Option<u64> {
        self.conflict
    }

    pub fn list(&self) -> ListSave {
        self.list
    }

    /// The scenario this tab's plan still belongs to after another tab switched away.
    pub fn switched_from(&self) -> Option<u32> {
        self.switched_from
    }

    /// The scenario the plan shown is the plan of: the active one (`active`), unless
    /// another tab switched the list away from it and this tab has not followed yet.
    pub fn shown_scenario(&self, active: u32) -> u32 {
        self.switched_from.unwrap_or(active)
    }

    /// Whether the plan shown may be written now: the user's own, with no other tab's
    /// save waiting for a decision.
    pub fn may_save_plan(&self) -> bool {
        self.viewing.is_none() && self.conflict.is_none()
    }

    /// Why a change to the plan is not saved, if it is not.
    pub fn unsaved_because(&self) -> Option<SaveStatus> {
        if self.viewing.is_some() {
            Some(SaveStatus::ReadOnly)
        } else if self.conflict.is_some() {
            Some(SaveStatus::NotSaved)
        } else {
            None
        }
    }

    /// Whether the list of scenarios shown may be written.
    pub fn may_write_list(&self) -> bool {
        self.viewing.is_none() && self.list != ListSave::Held
    }

    /// Whether the list failed to save and should be tried again with the next save.
    pub fn list_retry(&self) -> bool {
        self.list == ListSave::NotSaved
    }

    /// Whether another tab's save of the plan concerns this tab at all.
    pub fn follows_other_tabs_plan(&self) -> bool {
        self.viewing.is_none()
    }

    /// Whether this tab takes another tab's list of scenarios: not over saved data it
    /// must not write (`Newer`, `Unread`).
    pub fn follows_other_tabs_list(&self) -> bool {
        !matches!(self.viewing, Some(Viewing::Newer | Viewing::Unread))
    }

    /// Whether another tab's save at `theirs` needs a closer look. An older save, or one
    /// this tab's own write came after (`storage_holds_mine`), needs nothing; the same
    /// revision with storage holding theirs means both tabs saved at once and theirs won.
    pub fn needs_look(&self, theirs: u64, storage_holds_mine: bool) -> bool {
        !(theirs < self.revision || (theirs == self.revision && storage_holds_mine))
    }

    /// Whether a plan from outside replaces a plan that must be set aside to come back
    /// to: the user's own, or what was shown over guarded data.
    pub fn sets_own_aside(&self) -> bool {
        !self.viewing.is_some_and(Viewing::is_incoming)
    }

    /// Whether the plan from outside may become the user's own: not over saved data
    /// this tab must not write.
    pub fn may_make_mine(&self) -> bool {
        self.viewing_before.is_none()
    }

    /// Whether Undo and Redo (and recording steps for them) apply.
    pub fn has_history(&self) -> bool {
        self.viewing.is_none()
    }
}
