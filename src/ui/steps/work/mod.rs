//! Step 2: the workstreams, their verdicts and to-dos, the prioritised list and the pilot.

mod item;
mod priority;

use leptos::prelude::*;

use crate::i18n::{field_error, Key};
use crate::ui::context::{use_doc, use_shell};

/// The terms this step uses, for its glossary.
const TERMS: &[Key] = &[
    Key::GlossWorkstream,
    Key::GlossAcceptance,
    Key::GlossGovernability,
    Key::GlossPilot,
];

#[component]
pub fn WorkStep() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let ids = Memo::new(move |_| {
        plan.with(|p| p.work.workstreams.iter().map(|w| w.id).collect::<Vec<_>>())
    });
    view! {
        <crate::ui::glossary::Glossary terms=TERMS/>
        <p class="intro">{shell.msg(Key::WorkIntro)}</p>
        <section class="panel" aria-labelledby="ws-heading">
            <h2 id="ws-heading">{shell.msg(Key::WorkLegend)}</h2>
            <ul class="workstreams">
                <For each=move || ids.get() key=|id| *id children=move |id| view! { <item::WorkstreamItem id=id/> }/>
            </ul>
            <AddWorkstream/>
        </section>
        <priority::Priorities/>
    }
}

#[component]
fn AddWorkstream() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked();
        let mut result = Ok(0);
        plan.update(|p| result = p.work.add_custom(&text));
        match result {
            Ok(_) => {
                name.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(field_error(shell.lang.get_untracked(), e))),
        }
    };
    view! {
        <form class="add-workstream" on:submit=add>
            <div class="field" class:field-invalid=move || error.get().is_some()>
                <label for="new-workstream">{shell.msg(Key::NewWorkstream)}</label>
                <input
                    id="new-workstream"
                    type="text"
                    autocomplete="off"
                    prop:value=move || name.get()
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby=move || error.get().map(|_| "new-workstream-error")
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <p class="field-error" id="new-workstream-error" role="alert">{move || error.get()}</p>
            </div>
            <button type="submit" class="btn btn-secondary" id="add-workstream">{shell.msg(Key::AddWorkstream)}</button>
        </form>
    }
}
