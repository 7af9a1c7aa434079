//! Keeping the saved plan in step with this tab: save on every change, notice another
//! tab's newer save (storage event plus revision counter), and let the user choose.

use leptos::ev;
use leptos::prelude::*;

use super::incoming::part_failed;
use super::split::{shown_when, split_view};
use super::state::{use_app, AppState, ListSave, NoticeAction, SaveStatus, Viewing};
use crate::app::persist::{envelope_revision, is_quota_error, revision_of, PLAN_KEY};
use crate::app::scenarios::{Scenarios, SCENARIOS_KEY};
use crate::i18n::Key;
use crate::platform::plan_store::{self, SaveError};
use crate::platform::reader::with_reader;
use crate::platform::storage::StoreError;
use crate::platform::task_queue::after_this_task;

/// Saves the plan and the scenarios whenever they change, and listens for other tabs.
pub fn install(state: AppState) {
    // True between a change and its save (its turn at the lock included).
    let pending = StoredValue::new(false);
    // Counts changes, so a burst of them is saved once, after the last.
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        state.plan.track();
        // Every run, even one that saves nothing, cancels the save still waiting: it was
        // for a plan that is no longer the one shown (a shared plan opened, a conflict).
        let g = generation.get_value().wrapping_add(1);
        generation.set_value(g);
        if state.viewing.get().is_some() {
            state.save_status.set(SaveStatus::ReadOnly);
            return; // a plan from outside: saved only through "Save as my plan"
        }
        if state.conflict.get().is_some() {
            state.save_status.set(SaveStatus::NotSaved);
            return; // a conflict the user has not settled yet
        }
        // After this turn of the event loop, so the page shows the change first.
        pending.set_value(true);
        after_this_task(move || {
            if generation.try_get_value() == Some(g) {
                save_locked(state, pending);
            }
        });
    });

    // Written when they change, not when the page starts (they were just read), and not
    // when they are another tab's, just adopted (already stored).
    Effect::new(move |first: Option<()>| {
        state.scenarios.track();
        if first.is_some() {
            forget_deleted_scenarios(state);
            save_list(state);
        }
    });

    // A save still waiting for its turn is written now if the page goes away (reload,
    // navigation, closing the tab) right after a change.
    let leaving = window_event_listener(ev::pagehide, move |_| {
        let mine =
            state.viewing.get_untracked().is_none() && state.conflict.get_untracked().is_none();
        if pending.get_value() && mine {
            pending.set_value(false);
            state.plan.with_untracked(|p| save_now(state, p));
        }
    });
    on_cleanup(move || leaving.remove());

    let handle = window_event_listener(ev::storage, move |e| match e.key().as_deref() {
        Some(PLAN_KEY) => other_tab_saved(state, e.new_value()),
        Some(SCENARIOS_KEY) => other_tab_changed_scenarios(state, e.new_value()),
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
fn save_locked(state: AppState, pending: StoredValue<bool>) {
    crate::platform::lock::exclusive(SAVE_LOCK, move || {
        if pending.try_get_value() != Some(true) {
            return; // already saved as the page went away
        }
        pending.set_value(false);
        let mine = state.viewing.try_get_untracked() == Some(None)
            && state.conflict.get_untracked().is_none();
        if mine {
            state.plan.with_untracked(|p| save_now(state, p));
        }
    });
}

/// Writes the list of scenarios if it changed, unless storage holds one that must not
/// be written over; a refused write is said, and the list is tried again with the next
/// save of the plan.
pub fn save_list(state: AppState) {
    if state.viewing.get_untracked().is_some() || state.list_save.get_untracked() == ListSave::Held
    {
        return;
    }
    let store = state.store.get_value();
    match state
        .scenarios
        .with_untracked(|s| plan_store::save_scenarios(&store, s))
    {
        Ok(()) => {
            if state.list_save.get_untracked() != ListSave::Saved {
                state.list_save.set(ListSave::Saved);
            }
        }
        Err(_) => {
            state.list_save.set(ListSave::NotSaved);
            state.save_status.set(SaveStatus::NotSaved);
            let text = state.t(Key::ScenariosNotSaved).to_string();
            state.notify(text, true, Some(NoticeAction::ExportPlan));
        }
    }
}

fn save_now(state: AppState, plan: &crate::domain::Plan) {
    let store = state.store.get_value();
    match plan_store::save(&store, plan, state.revision.get_value()) {
        Ok(revision) => {
            state.revision.set_value(revision);
            state.switched_from.set_value(None);
            if state.list_save.get_untracked() == ListSave::NotSaved {
                save_list(state);
            }
            let list_saved = state.list_save.get_untracked() != ListSave::NotSaved;
            state
                .save_status
                .set(match (store.is_persistent(), list_saved) {
                    (false, _) => SaveStatus::MemoryOnly,
                    (true, true) => SaveStatus::Saved,
                    (true, false) => SaveStatus::NotSaved,
                });
        }
        Err(SaveError::Conflict { theirs }) => {
            state.save_status.set(SaveStatus::NotSaved);
            state.conflict.set(Some(theirs));
        }
        // Another tab wrote something only the JSON reader can read: fetch it, then save
        // again (with the reader, a save never needs it again).
        Err(SaveError::NeedsReader) => with_reader(move |reader| match reader {
            Some(_) => state.plan.with_untracked(|p| save_now(state, p)),
            None => {
                state.save_status.set(SaveStatus::NotSaved);
                part_failed(state);
            }
        }),
        Err(SaveError::Store(e)) if store.is_persistent() => {
            state.save_status.set(SaveStatus::NotSaved);
            let key = match e {
                StoreError::Refused(name) if is_quota_error(&name) => Key::StorageQuota,
                _ => Key::StorageWriteFailed,
            };
            state.notify(
                state.t(key).to_string(),
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
fn other_tab_saved(state: AppState, new_value: Option<String>) {
    if state.viewing.get_untracked().is_some() {
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
        // An older save, or one this tab's own write (storage still holds it) came after:
        // nothing to do. The same revision with storage holding theirs means both tabs
        // saved at once and theirs won: this tab's write was overtaken.
        let known = state.revision.get_value();
        let store = state.store.get_value();
        if theirs < known || (theirs == known && plan_store::holds_last_written(&store)) {
            return;
        }
        let saved = reader.and_then(|r| plan_store::read_saved_with(&store, r));
        let same = saved
            .as_ref()
            .is_some_and(|(p, _)| state.plan.with_untracked(|mine| mine == p));
        if same {
            state.revision.set_value(theirs);
            state.switched_from.set_value(None);
            return;
        }
        // After a switch of scenario there (the list, written first, has arrived), read
        // from storage, not from this tab's copy.
        let switched = state.switched_from.get_value().is_some();
        let list = reader
            .filter(|_| switched)
            .and_then(|r| (r.scenarios)(&store.get(SCENARIOS_KEY)?).ok());
        match (saved, list) {
            (Some((plan, revision)), Some(list))
                if state.plan.with_untracked(|mine| list.keeps(mine)) =>
            {
                follow_switch(state, plan, revision, list)
            }
            _ => state.conflict.set(Some(theirs)),
        }
    });
}

/// Shows the plan another tab switched to, with its list of scenarios, which keeps the
/// plan this tab showed.
fn follow_switch(state: AppState, plan: crate::domain::Plan, revision: u64, list: Scenarios) {
    let lang = state.lang.get_untracked();
    let text = if list.active_name.trim().is_empty() {
        crate::i18n::t(lang, Key::OtherTabSwitchedUnnamed).to_string()
    } else {
        crate::i18n::tf(lang, Key::OtherTabSwitched, &[("name", &list.active_name)])
    };
    if state.scenarios.with_untracked(|mine| *mine != list) {
        state.scenarios.set(list);
    }
    adopt(state, plan, revision);
    state.notify(text, false, None);
}

/// Shows the saved plan, at its revision, in place of this tab's: nothing is left to ask.
fn adopt(state: AppState, plan: crate::domain::Plan, revision: u64) {
    state.revision.set_value(revision);
    state.conflict.set(None);
    state.switched_from.set_value(None);
    state.replace_plan(plan);
}

/// Another tab changed the saved scenarios (duplicated, renamed, switched, deleted):
/// this tab shows theirs, so its next change to the list cannot write over a scenario
/// only the other tab knew. A change of its active scenario (a switch there) is noted in
/// `switched_from`; the plan that comes with it is handled by `other_tab_saved`, which
/// follows or asks. What cannot be read is
/// left alone, and a tab that must not write (`Viewing::Newer`, `Viewing::Unread`)
/// takes nothing.
fn other_tab_changed_scenarios(state: AppState, new_value: Option<String>) {
    if matches!(
        state.viewing.get_untracked(),
        Some(Viewing::Newer | Viewing::Unread)
    ) {
        return;
    }
    with_reader(move |reader| {
        let theirs = match (reader, new_value) {
            (Some(r), Some(raw)) => (r.scenarios)(&raw).ok(),
            (Some(_), None) => Some(Scenarios::default()),
            (None, _) => None,
        };
        if let Some(theirs) = theirs {
            let mine = state.scenarios.with_untracked(|mine| mine.active_id);
            if mine != theirs.active_id && state.switched_from.get_value().is_none() {
                state.switched_from.set_value(Some(mine));
            }
            if state.scenarios.with_untracked(|mine| *mine != theirs) {
                state.scenarios.set(theirs);
            }
            // Storage holds a list this tab can read again: it was saved, or the user
            // replaced what was held in the other tab.
            state.list_save.set(ListSave::Saved);
        }
    });
}

/// Forgets the undo (and redo) steps back to plans of a scenario that is gone, deleted here
/// or in another tab: there is no scenario left to switch back to, and going back would
/// put its plan under another scenario's name. Pruning when the list changes, before a
/// later scenario can be given the same id, also keeps an old step from switching into
/// that newer one. The steps of the plan this tab shows are kept, even when another tab
/// deleted its scenario after switching away from it (see `AppState::switched_from`).
fn forget_deleted_scenarios(state: AppState) {
    let shown = state.shown_scenario();
    let forgot = state.scenarios.with_untracked(|list| {
        state
            .history
            .try_update_value(|h| h.retain(|v| v.scenario == shown || list.has(v.scenario)))
    });
    if forgot == Some(true) {
        state.history_tick.update(|t| *t = t.wrapping_add(1));
    }
}

fn take_theirs(state: AppState) {
    with_reader(move |reader| {
        let Some(reader) = reader else {
            return part_failed(state);
        };
        if let Some((plan, revision)) =
            plan_store::read_saved_with(&state.store.get_value(), reader)
        {
            adopt(state, plan, revision);
        }
    });
}

fn keep_mine(state: AppState) {
    with_reader(move |reader| {
        let Some(reader) = reader else {
            return part_failed(state);
        };
        match plan_store::read_saved_with(&state.store.get_value(), reader) {
            Some((theirs, revision)) => {
                // After a switch of scenario in the other tab, theirs is another
                // scenario: it stays in the list, and this tab's plan keeps its own name.
                // The list is written before the plan, as a switch writes them, so the
                // other tab reads the plan with the list that keeps its own.
                if let Some(origin) = state.switched_from.get_value() {
                    let mut list = state.scenarios.get_untracked();
                    if list.go_back_to(origin, &theirs) {
                        state.scenarios.set(list);
                        save_list(state);
                    }
                }
                state.revision.set_value(revision);
                state.conflict.set(None);
                state.plan.with_untracked(|p| save_now(state, p));
            }
            None => {
                let text = state.t(Key::ConflictCannotKeep).to_string();
                state.notify(text, true, Some(NoticeAction::ExportPlan));
            }
        }
    });
}

/// The choice offered when another tab saved a newer plan (its body is in the panels'
/// file, see `ConfirmPanel`).
#[component]
pub fn ConflictPanel() -> impl IntoView {
    let state = use_app();
    shown_when(move || state.conflict.get().is_some(), conflict_body)
}

split_view!(
    conflict_body,
    preload_conflict_body,
    planner_panels,
    ConflictBody()
);

#[component]
fn ConflictBody() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notice notice-urgent conflict" role="alert">
            <p class="notice-text">{state.msg(Key::ConflictText)}</p>
            <div class="notice-actions">
                <button type="button" class="btn btn-primary" id="conflict-theirs" on:click=move |_| take_theirs(state)>
                    {state.msg(Key::ConflictTakeTheirs)}
                </button>
                <button type="button" class="btn btn-secondary" id="conflict-mine" on:click=move |_| keep_mine(state)>
                    {state.msg(Key::ConflictKeepMine)}
                </button>
            </div>
        </div>
    }
}
