//! Notices above the step, and the confirmation for actions that replace the plan.

use leptos::prelude::*;

use super::context::{use_app, App, Event, NoticeAction, Replace};
use crate::app::Step;
use crate::i18n::{example_plan_in, Key};
use crate::platform::browser::{download_text, now_iso, today};

pub fn load_example(app: App) {
    app.doc.replace_plan(example_plan_in(
        app.shell.lang.get_untracked(),
        Some(today()),
    ));
    app.shell.say(Key::ExampleLoaded, false);
}

/// Replaces the plan with a blank one; the save that follows counts as a new revision,
/// so other tabs notice it like any other change.
pub fn start_over(app: App) {
    app.doc.replace_plan(app.shell.starting_plan());
    app.shell.say(Key::Cleared, false);
    app.shell.go(Step::Business);
}

/// The user's decision to write over saved data that could not be read nor copied: the
/// plan shown (blank) or the list shown (empty) is saved in its place from now on.
fn replace_saved(app: App, what: Replace, notice: u32) {
    match what {
        Replace::Plan => app.saving.apply(Event::ReplacedPlan),
        Replace::Scenarios => {
            app.saving.apply(Event::ReplacedList);
            super::sync::save_list(app);
        }
    }
    app.shell.dismiss(notice);
}

#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    let shell = app.shell;
    view! {
        <div class="notices" aria-live="polite">
            <For
                each=move || shell.notices.get()
                key=|n| n.id
                children=move |n| {
                    let id = n.id;
                    let action = n.action.clone().map(|a| match a {
                        NoticeAction::DownloadOrReplace(kept, what) => view! {
                            <NoticeButton action=NoticeAction::DownloadKept(kept)/>
                            <button type="button" class="btn btn-secondary"
                                on:click=move |_| replace_saved(app, what, id)>
                                {shell.msg(Key::ReplaceSaved)}
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
                                <button type="button" class="btn btn-quiet" on:click=move |_| shell.dismiss(id)>
                                    {shell.msg(Key::Dismiss)}
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
    let App { shell, doc, .. } = use_app();
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
        NoticeAction::ExportPlan => super::incoming::with_reader_or_say(shell, move |reader| {
            let lang = shell.lang.get_untracked();
            let out = doc
                .plan
                .with_untracked(|p| (reader.export_file)(p, &now_iso(), lang));
            download_text("offshoring-plan.json", "application/json", &out);
        }),
        NoticeAction::ReloadToUpdate => crate::platform::offline::apply_update(),
        NoticeAction::Reload => crate::platform::browser::reload(),
    };
    view! {
        <button type="button" class="btn btn-secondary" on:click=click>
            {move || shell.t(label)}
        </button>
    }
}
