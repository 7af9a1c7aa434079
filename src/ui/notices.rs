//! Notices above the step, and the confirmation for actions that replace the plan.

use leptos::prelude::*;

use super::incoming::{own_plan_name, save_as_mine};
use super::split::{shown_when, split_view};
use super::state::{use_app, AppState, ListSave, NoticeAction, Pending, Replace, Viewing};
use crate::app::Step;
use crate::i18n::{example_plan_in, tf, Key};
use crate::platform::browser::{download_text, focus_id, now_iso};
use crate::platform::reader::with_reader;

pub fn load_example(state: AppState) {
    state.replace_plan(example_plan_in(state.lang.get_untracked()));
    state.notify(state.t(Key::ExampleLoaded).to_string(), false, None);
}

/// Replaces the plan with a blank one; the save that follows counts as a new revision,
/// so other tabs notice it like any other change.
fn start_over(state: AppState) {
    state.replace_plan(state.starting_plan());
    state.notify(state.t(Key::Cleared).to_string(), false, None);
    state.go(Step::Business);
}

/// The user's decision to write over saved data that could not be read nor copied: the
/// plan shown (blank) or the list shown (empty) is saved in its place from now on.
fn replace_saved(state: AppState, what: Replace, notice: u32) {
    match what {
        Replace::Plan => {
            if state.viewing.get_untracked() == Some(Viewing::Unkept) {
                state.viewing.set(None);
            }
        }
        Replace::Scenarios => {
            state.list_save.set(ListSave::Saved);
            super::sync::save_list(state);
        }
    }
    state.dismiss(notice);
}

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notices" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|n| n.id
                children=move |n| {
                    let id = n.id;
                    let action = n.action.clone().map(|a| match a {
                        NoticeAction::DownloadOrReplace(kept, what) => view! {
                            <NoticeButton action=NoticeAction::DownloadKept(kept)/>
                            <button type="button" class="btn btn-secondary"
                                on:click=move |_| replace_saved(state, what, id)>
                                {state.msg(Key::ReplaceSaved)}
                            </button>
                        }
                        .into_any(),
                        a => view! { <NoticeButton action=a/> }.into_any(),
                    });
                    view! {
                        <div class="notice" class:notice-urgent=n.urgent role=n.urgent.then_some("alert")>
                            <p class="notice-text">{n.text.clone()}</p>
                            <div class="notice-actions">
                                {action}
                                <button type="button" class="btn btn-quiet" on:click=move |_| state.dismiss(id)>
                                    {state.msg(Key::Dismiss)}
                                </button>
                            </div>
                        </div>
                    }
                }
            />
        </div>
    }
}

#[component]
fn NoticeButton(action: NoticeAction) -> impl IntoView {
    let state = use_app();
    let label = match &action {
        NoticeAction::DownloadKept(_) => Key::DownloadBackup,
        NoticeAction::ExportPlan => Key::ExportPlanJson,
        NoticeAction::ReloadToUpdate => Key::ReloadToUpdate,
        NoticeAction::Reload => Key::Reload,
        NoticeAction::DownloadOrReplace(..) => Key::DownloadBackup,
    };
    let click = move |_| match &action {
        NoticeAction::DownloadKept(kept) | NoticeAction::DownloadOrReplace(kept, _) => {
            download_text("offshoring-plan-backup.json", "application/json", kept)
        }
        NoticeAction::ExportPlan => with_reader(move |reader| {
            let Some(reader) = reader else {
                return super::incoming::part_failed(state);
            };
            let lang = state.lang.get_untracked();
            let out = state
                .plan
                .with_untracked(|p| (reader.export_file)(p, &now_iso(), lang));
            download_text("offshoring-plan.json", "application/json", &out);
        }),
        NoticeAction::ReloadToUpdate => crate::platform::offline::apply_update(),
        NoticeAction::Reload => crate::platform::browser::reload(),
    };
    view! {
        <button type="button" class="btn btn-secondary" on:click=click>
            {move || state.t(label)}
        </button>
    }
}

/// The confirmation, when one is pending. Its body is in the panels' file (fetched the
/// first time any of the rarely shown panels opens; see `ui::split`).
#[component]
pub fn ConfirmPanel() -> impl IntoView {
    let state = use_app();
    shown_when(move || state.pending.get().is_some(), confirm_body)
}

split_view!(
    confirm_body,
    preload_confirm_body,
    planner_panels,
    ConfirmBody()
);

#[component]
fn ConfirmBody() -> impl IntoView {
    let state = use_app();
    // Focus the safe choice as soon as a confirmation opens.
    Effect::new(move |_| {
        if state.pending.get().is_some() {
            focus_id("confirm-cancel");
        }
    });
    let question = move || match state.pending.get() {
        Some(Pending::StartOver) => state.t(Key::ConfirmStartOver).to_string(),
        Some(Pending::LoadExample) => state.t(Key::ConfirmLoadExample).to_string(),
        Some(Pending::SaveAsMine) => tf(
            state.lang.get(),
            Key::ConfirmSaveAsMine,
            &[("name", &own_plan_name(state))],
        ),
        None => String::new(),
    };
    let yes_label = move || match state.pending.get() {
        Some(Pending::StartOver) => state.t(Key::ConfirmStartOverYes),
        Some(Pending::SaveAsMine) => state.t(Key::ConfirmSaveAsMineYes),
        _ => state.t(Key::ConfirmLoadExampleYes),
    };
    let confirm = move |_| {
        match state.pending.get_untracked() {
            Some(Pending::StartOver) => start_over(state),
            Some(Pending::LoadExample) => load_example(state),
            Some(Pending::SaveAsMine) => save_as_mine(state),
            None => {}
        }
        state.pending.set(None);
    };
    view! {
        <div class="confirm" role="group" aria-labelledby="confirm-question">
            <p id="confirm-question" class="confirm-question">{question}</p>
            <div class="confirm-actions">
                <button type="button" class="btn btn-danger" id="confirm-yes" on:click=confirm>
                    {yes_label}
                </button>
                <button
                    type="button"
                    class="btn btn-secondary"
                    id="confirm-cancel"
                    on:click=move |_| state.pending.set(None)
                >
                    {state.msg(Key::Cancel)}
                </button>
            </div>
        </div>
    }
}
