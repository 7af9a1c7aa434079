//! One module per wizard step; `StepPage` shows the current one under its heading.
//!
//! With the `split` feature (the site's build), the steps after the first are split points:
//! their code is a separate WebAssembly file, fetched the first time the step opens
//! (`tools/postbuild/split.mjs` cuts the build; `ui::split` shows them). The first step is in
//! the main file.

mod business;
mod engagement;
mod location;
mod plan;
mod work;

use leptos::prelude::*;

use super::context::{use_doc, use_shell};
use super::split::split_view;
use crate::app::Step;
use crate::i18n::{step_key, step_message, Key};

pub const HEADING_ID: &str = "step-heading";

#[component]
pub fn StepPage() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let eyebrow = move || step_message(shell.lang.get(), Key::StepOf, shell.step.get());
    // Rebuilt when the step changes or the plan is replaced, so every field shows the
    // plan's current values.
    let body = move || {
        doc.epoch.track();
        match shell.step.get() {
            Step::Business => in_body(business::BusinessStep().into_any()),
            step => {
                crate::ui::split::loaded(move || async move { load_step(step).await.map(in_body) })
            }
        }
    };
    // A first answer on a step fetches the next step's file: once per step, so typing
    // costs nothing more.
    let asked = StoredValue::new(None::<Step>);
    let ahead = move |_| {
        let step = shell.step.get_untracked();
        if asked.get_value() != Some(step) {
            asked.set_value(Some(step));
            // After the page has answered the input that asked for it.
            if let Some(next) = step.next() {
                crate::platform::task_queue::after_this_task(move || prefetch(next));
            }
        }
    };
    view! {
        <section class="step" aria-labelledby=HEADING_ID on:input=ahead on:change=ahead>
            <p class="eyebrow">{eyebrow}</p>
            <h1 id=HEADING_ID tabindex="-1">{move || shell.t(step_key(shell.step.get()))}</h1>
            <crate::ui::deferred::Deferred>
                {move || (shell.step.get() == Step::Business).then(business::glossary)}
            </crate::ui::deferred::Deferred>
            {body}
            // Shown (by the style sheet) only while the step has neither its body nor a
            // failure to say, and only after a moment: a step whose file is already here,
            // or arrives quickly, never flashes it.
            <p class="step-loading" role="status">{shell.msg(Key::StepLoading)}</p>
        </section>
    }
}

/// A step's body, once built (a later step's only once its file is in): what tests wait for.
fn in_body(view: AnyView) -> AnyView {
    view! { <div class="step-body">{view}</div> }.into_any()
}

/// A step after the first, built by its own split point: one file per step.
async fn load_step(step: Step) -> Result<AnyView, ()> {
    match step {
        Step::Business => Ok(business::BusinessStep().into_any()),
        Step::Work => work_view().await.map_err(|_| ()),
        Step::Engagement => engagement_view().await.map_err(|_| ()),
        Step::Location => location_view().await.map_err(|_| ()),
        Step::Plan => plan_view().await.map_err(|_| ()),
    }
}

// Each later step's file brings the later steps' English messages (`i18n::later_en`).
split_view!(
    work_view,
    preload_work,
    planner_step_work,
    later(work::WorkStep)
);
split_view!(
    engagement_view,
    preload_engagement,
    planner_step_engagement,
    later(engagement::EngagementStep)
);
split_view!(
    location_view,
    preload_location,
    planner_step_location,
    later(location::LocationStep)
);
split_view!(
    plan_view,
    preload_plan,
    planner_step_plan,
    later(plan::PlanStep)
);

/// A later step's view, with the later steps' English messages made available first.
fn later<V: IntoView>(step: fn() -> V) -> V {
    crate::i18n::use_later_english();
    step()
}

/// Fetches a step's file ahead of its first opening, when the user heads for it (a
/// pointer on or focus in its link or the Next button) or starts answering the step
/// before it. A first visit that only looks fetches none. A failed fetch is left for the
/// step itself to report, and each file is fetched once.
pub fn prefetch(step: Step) {
    leptos::task::spawn_local(async move {
        let _ = match step {
            Step::Business => return,
            Step::Work => preload_work().await,
            Step::Engagement => preload_engagement().await,
            Step::Location => preload_location().await,
            Step::Plan => preload_plan().await,
        };
    });
}

/// A table's header row: one column header per key, in the page's language.
pub fn header_row(columns: &'static [Key]) -> impl IntoView {
    let shell = use_shell();
    let cells = columns
        .iter()
        .map(|k| {
            let k = *k;
            view! { <th scope="col">{move || shell.t(k)}</th> }
        })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

/// A table that may scroll sideways: a focusable, labelled region, so it can be
/// scrolled from the keyboard.
#[component]
pub fn TableWrap(children: Children) -> impl IntoView {
    let shell = use_shell();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=shell.msg(Key::TableRegion)>
            {children()}
        </div>
    }
}
