//! Undo and Redo (buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside text fields), and
//! the save indicator beside them.

use leptos::ev;
use leptos::prelude::*;

use super::state::{use_app, AppState, SaveStatus};
use crate::app::scenarios::Version;
use crate::i18n::Key;

/// What Undo and Redo need from the page: call while building it.
pub fn provide() -> StoredValue<bool> {
    let applying = StoredValue::new(false);
    provide_context(applying);
    applying
}

/// Records every change the user makes to their own plan (`applying`: from `provide`).
pub fn install(state: AppState, applying: StoredValue<bool>) {
    // The epoch counts whole replacements of the plan (`AppState::replace_plan`): such a
    // change is a step of its own, never joined to quick edits around it. Each step keeps
    // the scenario its plan was the plan of (the list is followed too, so a switch, which
    // changes both at once, records the scenario left).
    Effect::new(move |previous: Option<(Option<Version>, u32)>| {
        state.scenarios.track();
        let current = Version {
            plan: state.plan.get(),
            scenario: state.shown_scenario(),
        };
        let epoch = state.epoch.get();
        let viewing = state.viewing.get().is_some();
        if let Some((Some(before), epoch_before)) = previous {
            if !viewing && !applying.get_value() && before.plan != current.plan {
                let now = js_sys::Date::now();
                state.history.update_value(|h| {
                    if epoch != epoch_before {
                        h.record_whole(before);
                    } else {
                        h.record(before, now);
                    }
                });
                state.history_tick.update(|t| *t = t.wrapping_add(1));
            }
        }
        applying.set_value(false);
        ((!viewing).then_some(current), epoch)
    });
    let handle = window_event_listener(ev::keydown, move |e| {
        if !(e.ctrl_key() || e.meta_key()) || typing_in_a_field() {
            return;
        }
        let key = e.key().to_ascii_lowercase();
        if key == "z" && !e.shift_key() {
            e.prevent_default();
            step(state, applying, true);
        } else if key == "y" || (key == "z" && e.shift_key()) {
            e.prevent_default();
            step(state, applying, false);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Text fields keep the browser's own undo for what is being typed.
fn typing_in_a_field() -> bool {
    let tag = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| e.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    matches!(tag.as_str(), "input" | "textarea" | "select")
}

fn step(state: AppState, applying: StoredValue<bool>, back: bool) {
    if state.viewing.get_untracked().is_some() {
        return;
    }
    let current = Version {
        plan: state.plan.get_untracked(),
        scenario: state.shown_scenario(),
    };
    let shown = current.clone();
    let target = state.history.try_update_value(|h| {
        if back {
            h.undo(current)
        } else {
            h.redo(current)
        }
    });
    if let Some(Some(target)) = target {
        applying.set_value(true);
        // Back across a switch of scenario: switch back, so the plan shown now stays
        // under its own scenario's name instead of being replaced under it.
        if target.scenario != shown.scenario && state.switched_from.get_value().is_none() {
            let mut list = state.scenarios.get_untracked();
            if list.go_back_to(target.scenario, &shown.plan) {
                state.scenarios.set(list);
            }
        }
        state.replace_plan(target.plan);
        state.history_tick.update(|t| *t = t.wrapping_add(1));
        let key = if back { Key::Undone } else { Key::Redone };
        state.notify(state.t(key).to_string(), false, None);
    }
}

#[component]
pub fn HistoryButtons() -> impl IntoView {
    let state = use_app();
    let applying = expect_context::<StoredValue<bool>>();
    let can = move |back: bool| {
        state.history_tick.track();
        state
            .history
            .with_value(|h| if back { h.can_undo() } else { h.can_redo() })
    };
    let status = move || match state.save_status.get() {
        SaveStatus::Saved => state.t(Key::StatusSaved),
        SaveStatus::NotSaved => state.t(Key::StatusNotSaved),
        SaveStatus::MemoryOnly => state.t(Key::StatusMemory),
        SaveStatus::ReadOnly => state.t(Key::StatusReadOnly),
    };
    view! {
        <span class="save-status" role="status" id="save-status">{status}</span>
        <button type="button" class="btn btn-quiet" id="undo" aria-keyshortcuts="Control+Z"
            disabled=move || !can(true) on:click=move |_| step(state, applying, true)>
            {state.msg(Key::Undo)}
        </button>
        <button type="button" class="btn btn-quiet" id="redo" aria-keyshortcuts="Control+Shift+Z"
            disabled=move || !can(false) on:click=move |_| step(state, applying, false)>
            {state.msg(Key::Redo)}
        </button>
    }
}
