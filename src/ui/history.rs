//! Undo and Redo (buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside text fields), and
//! the save indicator beside them.

use leptos::ev;
use leptos::prelude::*;

use super::context::{use_app, App, SaveStatus};
use crate::app::scenarios::Version;
use crate::i18n::Key;

/// True while Undo or Redo puts a plan back, so that change is not recorded as a new
/// step: the history's own context.
#[derive(Clone, Copy)]
pub struct Applying(StoredValue<bool>);

impl Applying {
    fn get(self) -> bool {
        self.0.get_value()
    }
    fn set(self, on: bool) {
        self.0.set_value(on);
    }
}

/// What Undo and Redo need from the page: call while building it.
pub fn provide() -> Applying {
    let applying = Applying(StoredValue::new(false));
    provide_context(applying);
    applying
}

/// Records every change the user makes to their own plan (`applying`: from `provide`).
pub fn install(app: App, applying: Applying) {
    let App { doc, saving, .. } = app;
    // The epoch counts whole replacements of the plan (`Doc::replace_plan`): such a
    // change is a step of its own, never joined to quick edits around it. Each step keeps
    // the scenario its plan was the plan of (the list is followed too, so a switch, which
    // changes both at once, records the scenario left).
    Effect::new(move |previous: Option<(Option<Version>, u32)>| {
        doc.scenarios.track();
        let current = Version {
            plan: doc.plan.get(),
            scenario: app.shown_scenario(),
        };
        let epoch = doc.epoch.get();
        let viewing = saving.read_only();
        if let Some((Some(before), epoch_before)) = previous {
            if !viewing && !applying.get() && before.plan != current.plan {
                let now = js_sys::Date::now();
                doc.history.update_value(|h| {
                    if epoch != epoch_before {
                        h.record_whole(before);
                    } else {
                        h.record(before, now);
                    }
                });
                doc.history_tick.update(|t| *t = t.wrapping_add(1));
            }
        }
        applying.set(false);
        ((!viewing).then_some(current), epoch)
    });
    let handle = window_event_listener(ev::keydown, move |e| {
        if !(e.ctrl_key() || e.meta_key()) || typing_in_a_field() {
            return;
        }
        let key = e.key().to_ascii_lowercase();
        if key == "z" && !e.shift_key() {
            e.prevent_default();
            step(app, applying, true);
        } else if key == "y" || (key == "z" && e.shift_key()) {
            e.prevent_default();
            step(app, applying, false);
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

fn step(app: App, applying: Applying, back: bool) {
    let App { shell, doc, saving } = app;
    if !saving.ask(|s| s.has_history()) {
        return;
    }
    let current = Version {
        plan: doc.plan.get_untracked(),
        scenario: app.shown_scenario(),
    };
    let shown = current.clone();
    let target = doc.history.try_update_value(|h| {
        if back {
            h.undo(current)
        } else {
            h.redo(current)
        }
    });
    if let Some(Some(target)) = target {
        applying.set(true);
        // Back across a switch of scenario: switch back, so the plan shown now stays
        // under its own scenario's name instead of being replaced under it.
        if target.scenario != shown.scenario && saving.ask(|s| s.switched_from()).is_none() {
            let mut list = doc.scenarios.get_untracked();
            if list.go_back_to(target.scenario, &shown.plan) {
                doc.scenarios.set(list);
            }
        }
        doc.replace_plan(target.plan);
        doc.history_tick.update(|t| *t = t.wrapping_add(1));
        let key = if back { Key::Undone } else { Key::Redone };
        shell.notify(shell.t(key).to_string(), false, None);
    }
}

#[component]
pub fn HistoryButtons() -> impl IntoView {
    let app = use_app();
    let App { shell, doc, saving } = app;
    let applying = expect_context::<Applying>();
    let can = move |back: bool| {
        doc.history_tick.track();
        doc.history
            .with_value(|h| if back { h.can_undo() } else { h.can_redo() })
    };
    let status = move || match saving.status.get() {
        SaveStatus::Saved => shell.t(Key::StatusSaved),
        SaveStatus::NotSaved => shell.t(Key::StatusNotSaved),
        SaveStatus::MemoryOnly => shell.t(Key::StatusMemory),
        SaveStatus::ReadOnly => shell.t(Key::StatusReadOnly),
    };
    view! {
        <span class="save-status" role="status" id="save-status">{status}</span>
        <button type="button" class="btn btn-quiet" id="undo" aria-keyshortcuts="Control+Z"
            disabled=move || !can(true) on:click=move |_| step(app, applying, true)>
            {shell.msg(Key::Undo)}
        </button>
        <button type="button" class="btn btn-quiet" id="redo" aria-keyshortcuts="Control+Shift+Z"
            disabled=move || !can(false) on:click=move |_| step(app, applying, false)>
            {shell.msg(Key::Redo)}
        </button>
    }
}
