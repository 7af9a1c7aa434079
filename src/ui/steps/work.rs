use leptos::prelude::*;

use crate::domain::plan::WorkstreamKind;
use crate::i18n::{workstream_key, Key};
use crate::ui::state::use_app;

#[component]
pub fn WorkStep() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let boxes = WorkstreamKind::ALL
        .into_iter()
        .map(|kind| {
            let id = format!("ws-{}", kind.index());
            view! {
                <li class="check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || plan.with(|p| p.work.is_selected(kind))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            plan.update(|p| p.work.set(kind, on));
                        }
                    />
                    <label for=id>{move || state.t(workstream_key(kind))}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="intro">{move || state.t(Key::WorkIntro)}</p>
        <fieldset class="fieldset">
            <legend>{move || state.t(Key::WorkLegend)}</legend>
            <ul class="checks">{boxes}</ul>
        </fieldset>
    }
}
