//! Keeping the saved plan in step with this tab: save on every change, notice another
//! tab's newer save (storage event plus revision counter), and let the user choose.

use leptos::ev;
use leptos::prelude::*;

use super::context::{App, Event, NoticeAction, SaveStatus};
use super::incoming::{part_failed, with_reader_or_say};
use crate::app::persist::{envelope_revision, is_quota_error, revision_of, PLAN_KEY};
use crate::app::scenarios::{Scenarios, SCENARIOS_KEY};
use crate::i18n::Key;
use crate::platform::plan_store::{self, SaveError};
use crate::platform::reader::with_reader;
use crate::platform::storage::StoreError;
use crate::platform::task_queue::after_this_task;

/// Saves the plan and the scenarios whenever they change, and listens for other tabs.
pub fn install(app: App) {
    let App { doc, saving, .. } = app;
    // True between a change and its save (its turn at the lock included).
    let pending = StoredValue::new(false);
    // Counts changes, so a burst of them is saved once, after the last.
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        doc.plan.track();
        // Every run, even one that saves nothing, cancels the save still waiting: it was
        // for a plan that is no longer the one shown (a shared plan opened, a conflict).
        let g = generation.get_value().wrapping_add(1);
        generation.set_value(g);
        // Tracked, so settling a conflict or taking a plan as one's own saves it.
        if let Some(status) = saving.unsaved_because() {
            // A plan from outside (saved only through "Save as my plan"), or a conflict
            // the user has not settled yet.
            saving.set_status(status);
            return;
        }
        // After this turn of the event loop, so the page shows the change first.
        pending.set_value(true);
        after_this_task(move || {
            if generation.try_get_value() == Some(g) {
                save_locked(app, pending);
            }
        });
    });

    // Written when they change, not when the page starts (they were just read), and not
    // when they are another tab's, just adopted (already stored).
    Effect::new(move |first: Option<()>| {
        doc.scenarios.track();
        if first.is_some() {
            forget_deleted_scenarios(app);
            save_list(app);
        }
    });

    // A save still waiting for its turn is written now if the page goes away (reload,
    // navigation, closing the tab) right after a change.
    let leaving = window_event_listener(ev::pagehide, move |_| {
        if pending.get_value() && saving.ask(|s| s.may_save_plan()) {
            pending.set_value(false);
            doc.plan.with_untracked(|p| save_now(app, p));
        }
    });
    on_cleanup(move || leaving.remove());

    let handle = window_event_listener(ev::storage, move |e| match e.key().as_deref() {
        Some(PLAN_KEY) => other_tab_saved(app, e.new_value()),
        Some(SCENARIOS_KEY) => other_tab_changed_scenarios(app, e.new_value()),
        _ => {}
    });
    on_cleanup(move || handle.remove());
}

/// Where the tabs take turns to save (see `platform::lock`).
const SAVE_LOCK: &str = "offshoring-planner.save";

/// Saves the plan as it is when this tab's turn comes: another tab's save in between is
/// then seen by the read before the write, and asked about instead of written over.
/// `pending` stays true until the save runs, so a page closed while it waits for its turn
/// still saves (at once, without the lock).
fn save_locked(app: App, pending: StoredValue<bool>) {
    crate::platform::lock::exclusive(SAVE_LOCK, move || {
        if pending.try_get_value() != Some(true) {
            return; // already saved as the page went away
        }
        pending.set_value(false);
        if app.saving.try_ask(|s| s.may_save_plan()) == Some(true) {
            app.doc.plan.with_untracked(|p| save_now(app, p));
        }
    });
}

/// Writes the list of scenarios if it changed, unless storage holds one that must not
/// be written over; a refused write is said, and the list is tried again with the next
/// save of the plan.
pub fn save_list(app: App) {
    let App { shell, doc, saving } = app;
    if !saving.ask(|s| s.may_write_list()) {
        return;
    }
    let store = saving.store.get_value();
    match doc
        .scenarios
        .with_untracked(|s| plan_store::save_scenarios(&store, s))
    {
        Ok(()) => saving.apply(Event::ListSaved),
        Err(_) => {
            saving.apply(Event::ListNotSaved);
            saving.set_status(SaveStatus::NotSaved);
            let text = shell.t(Key::ScenariosNotSaved).to_string();
            shell.notify(text, true, Some(NoticeAction::ExportPlan));
        }
    }
}

fn save_now(app: App, plan: &crate::domain::Plan) {
    let App { shell, saving, .. } = app;
    let store = saving.store.get_value();
    match plan_store::save(&store, plan, saving.ask(|s| s.revision())) {
        Ok(revision) => {
            saving.apply(Event::Saved { revision });
            if saving.ask(|s| s.list_retry()) {
                save_list(app);
            }
            let list_saved = !saving.ask(|s| s.list_retry());
            saving.set_status(match (store.is_persistent(), list_saved) {
                (false, _) => SaveStatus::MemoryOnly,
                (true, true) => SaveStatus::Saved,
                (true, false) => SaveStatus::NotSaved,
            });
        }
        Err(SaveError::Conflict { theirs }) => {
            saving.set_status(SaveStatus::NotSaved);
            saving.apply(Event::Conflict { theirs });
        }
        // Another tab wrote something only the JSON reader can read: fetch it, then save
        // again (with the reader, a save never needs it again).
        Err(SaveError::NeedsReader) => with_reader(move |reader| match reader {
            Some(_) => app.doc.plan.with_untracked(|p| save_now(app, p)),
            None => {
                saving.set_status(SaveStatus::NotSaved);
                part_failed(shell);
            }
        }),
        Err(SaveError::Store(e)) if store.is_persistent() => {
            saving.set_status(SaveStatus::NotSaved);
            let key = match e {
                StoreError::Refused(name) if is_quota_error(&name) => Key::StorageQuota,
                _ => Key::StorageWriteFailed,
            };
            shell.notify(
                shell.t(key).to_string(),
                true,
                Some(NoticeAction::ExportPlan),
            );
        }
        Err(SaveError::Store(_)) => {}
    }
}

/// Another tab wrote the plan. Same content: adopt its revision quietly. If it is newer
/// than what this tab knows, the other tab has moved to another scenario, and this tab's
/// plan is kept word for word among the saved ones (this tab had not changed it since),
/// show theirs and say so: nothing is lost. Otherwise stop saving and ask.
/// (Read with the JSON reader, fetched first if need be; without it, a value in this
/// build's own form still gives its revision, and a newer one is a conflict.)
fn other_tab_saved(app: App, new_value: Option<String>) {
    let App { doc, saving, .. } = app;
    if !saving.ask(|s| s.follows_other_tabs_plan()) {
        return;
    }
    with_reader(move |reader| {
        let theirs = match reader {
            Some(r) => revision_of(&(r.stored_plan)(new_value.as_deref())),
            None => new_value.as_deref().and_then(envelope_revision),
        };
        let Some(theirs) = theirs else {
            return;
        };
        let store = saving.store.get_value();
        let holds_mine = plan_store::holds_last_written(&store);
        if !saving.ask(|s| s.needs_look(theirs, holds_mine)) {
            return;
        }
        let saved = reader.and_then(|r| plan_store::read_saved_with(&store, r));
        let same = saved
            .as_ref()
            .is_some_and(|(p, _)| doc.plan.with_untracked(|mine| mine == p));
        if same {
            return saving.apply(Event::SameAsSaved { revision: theirs });
        }
        // After a switch of scenario there (the list, written first, has arrived), read
        // from storage, not from this tab's copy.
        let switched = saving.ask(|s| s.switched_from().is_some());
        let list = reader
            .filter(|_| switched)
            .and_then(|r| (r.scenarios)(&store.get(SCENARIOS_KEY)?).ok());
        match (saved, list) {
            (Some((plan, revision)), Some(list))
                if doc.plan.with_untracked(|mine| list.keeps(mine)) =>
            {
                follow_switch(app, plan, revision, list)
            }
            _ => saving.apply(Event::Conflict { theirs }),
        }
    });
}

/// Shows the plan another tab switched to, with its list of scenarios, which keeps the
/// plan this tab showed.
fn follow_switch(app: App, plan: crate::domain::Plan, revision: u64, list: Scenarios) {
    let lang = app.shell.lang.get_untracked();
    let text = if list.active_name.trim().is_empty() {
        crate::i18n::t(lang, Key::OtherTabSwitchedUnnamed).to_string()
    } else {
        crate::i18n::tf(lang, Key::OtherTabSwitched, &[("name", &list.active_name)])
    };
    if app.doc.scenarios.with_untracked(|mine| *mine != list) {
        app.doc.scenarios.set(list);
    }
    adopt(app, plan, revision);
    app.shell.notify(text, false, None);
}

/// Shows the saved plan, at its revision, in place of this tab's: nothing is left to ask.
fn adopt(app: App, plan: crate::domain::Plan, revision: u64) {
    app.saving.apply(Event::Adopted { revision });
    app.doc.replace_plan(plan);
}

/// Another tab changed the saved scenarios (duplicated, renamed, switched, deleted):
/// this tab shows theirs, so its next change to the list cannot write over a scenario
/// only the other tab knew. A change of its active scenario (a switch there) is noted in
/// the session; the plan that comes with it is handled by `other_tab_saved`, which
/// follows or asks. What cannot be read is left alone, and a tab that must not write
/// (`Viewing::Newer`, `Viewing::Unread`) takes nothing.
fn other_tab_changed_scenarios(app: App, new_value: Option<String>) {
    let App { doc, saving, .. } = app;
    if !saving.ask(|s| s.follows_other_tabs_list()) {
        return;
    }
    with_reader(move |reader| {
        let theirs = match (reader, new_value) {
            (Some(r), Some(raw)) => (r.scenarios)(&raw).ok(),
            (Some(_), None) => Some(Scenarios::default()),
            (None, _) => None,
        };
        if let Some(theirs) = theirs {
            let mine = doc.scenarios.with_untracked(|mine| mine.active_id);
            saving.apply(Event::OtherTabsList {
                mine,
                theirs: theirs.active_id,
            });
            if doc.scenarios.with_untracked(|mine| *mine != theirs) {
                doc.scenarios.set(theirs);
            }
        }
    });
}

/// Forgets the undo (and redo) steps back to plans of a scenario that is gone, deleted here
/// or in another tab: there is no scenario left to switch back to, and going back would
/// put its plan under another scenario's name. Pruning when the list changes, before a
/// later scenario can be given the same id, also keeps an old step from switching into
/// that newer one. The steps of the plan this tab shows are kept, even when another tab
/// deleted its scenario after switching away from it (see `Session::switched_from`).
fn forget_deleted_scenarios(app: App) {
    let shown = app.shown_scenario();
    let doc = app.doc;
    doc.scenarios.with_untracked(|list| {
        doc.edit_history(|h| h.retain(|v| v.scenario == shown || list.has(v.scenario)))
    });
}

pub fn take_theirs(app: App) {
    with_reader_or_say(app.shell, move |reader| {
        if let Some((plan, revision)) =
            plan_store::read_saved_with(&app.saving.store.get_value(), reader)
        {
            adopt(app, plan, revision);
        }
    });
}

pub fn keep_mine(app: App) {
    let App { shell, doc, saving } = app;
    with_reader_or_say(shell, move |reader| {
        match plan_store::read_saved_with(&saving.store.get_value(), reader) {
            Some((theirs, revision)) => {
                // After a switch of scenario in the other tab, theirs is another
                // scenario: it stays in the list, and this tab's plan keeps its own name.
                // The list is written before the plan, as a switch writes them, so the
                // other tab reads the plan with the list that keeps its own.
                if let Some(origin) = saving.ask(|s| s.switched_from()) {
                    let mut list = doc.scenarios.get_untracked();
                    if list.go_back_to(origin, &theirs) {
                        doc.scenarios.set(list);
                        save_list(app);
                    }
                }
                saving.apply(Event::KeptMine { revision });
                doc.plan.with_untracked(|p| save_now(app, p));
            }
            None => {
                let text = shell.t(Key::ConflictCannotKeep).to_string();
                shell.notify(text, true, Some(NoticeAction::ExportPlan));
            }
        }
    });
}
