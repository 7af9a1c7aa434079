//! One module per wizard step; `StepPage` shows the current one under its heading.
//!
//! With the `split` feature (the site's build), the steps after the first are split points:
//! their code is a separate WebAssembly file, fetched the first time the step opens
//! (`scripts/split.mjs` cuts the build). The first step is in the main file.

mod business;
mod engagement;
mod location;
mod plan;
mod work;

use leptos::prelude::*;

use super::shell::HEADING_ID;
use super::state::use_app;
use crate::domain::Step;
use crate::i18n::{step_key, step_message, Key};

#[component]
pub fn StepPage() -> impl IntoView {
    let state = use_app();
    let eyebrow = move || step_message(state.lang.get(), Key::StepOf, state.step.get());
    // Rebuilt when the step changes or the plan is replaced, so every field shows the
    // plan's current values.
    let body = move || {
        state.epoch.track();
        match state.step.get() {
            Step::Business => business::BusinessStep().into_any(),
            step => {
                let retry = RwSignal::new(0u32);
                (move || {
                    retry.track();
                    Suspend::new(async move {
                        match load_step(step).await {
                            Ok(view) => view,
                            Err(()) => view! { <LoadFailed retry/> }.into_any(),
                        }
                    })
                })
                .into_any()
            }
        }
    };
    view! {
        <section class="step" aria-labelledby=HEADING_ID>
            <p class="eyebrow">{eyebrow}</p>
            <h1 id=HEADING_ID tabindex="-1">{move || state.t(step_key(state.step.get()))}</h1>
            <crate::ui::later::Later>
                {move || view! { <crate::ui::glossary::Glossary step=state.step.get()/> }}
            </crate::ui::later::Later>
            {body}
        </section>
    }
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

/// A split point with the `split` feature; without it (tests), the same function, loaded.
macro_rules! step_chunk {
    ($name:ident, $module:ident, $body:expr) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<AnyView, ::leptos::wasm_split::SplitLoaderError> {
            Ok($body.into_any())
        }
        #[cfg(not(feature = "split"))]
        async fn $name() -> Result<AnyView, std::convert::Infallible> {
            Ok($body.into_any())
        }
    };
}
step_chunk!(work_view, planner_step_work, work::WorkStep());
step_chunk!(
    engagement_view,
    planner_step_engagement,
    engagement::EngagementStep()
);
step_chunk!(
    location_view,
    planner_step_location,
    location::LocationStep()
);
step_chunk!(plan_view, planner_step_plan, plan::PlanStep());

/// Said in place of a step whose file could not be fetched (offline before the step was
/// ever opened, say); "Try again" fetches it again. Nothing the user typed is lost: the
/// plan lives in the state, not in the step.
#[component]
fn LoadFailed(retry: RwSignal<u32>) -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notice notice-urgent" role="alert" data-testid="step-load-failed">
            <p class="notice-text">{move || state.t(Key::StepLoadFailed)}</p>
            <div class="notice-actions">
                <button type="button" class="btn" on:click=move |_| retry.update(|n| *n += 1)>
                    {move || state.t(Key::TryAgain)}
                </button>
            </div>
        </div>
    }
}

/// A table that may scroll sideways: a focusable, labelled region, so it can be
/// scrolled from the keyboard.
#[component]
pub fn TableWrap(children: Children) -> impl IntoView {
    let state = use_app();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || state.t(Key::TableRegion)>
            {children()}
        </div>
    }
}

/// "Colombia: 7 h of typical overlap, 09:00-16:00 at headquarters" for a location result.
pub fn location_window_text(
    lang: crate::i18n::Lang,
    name: &str,
    r: &crate::domain::overlap::analysis::CandidateResult,
) -> String {
    let typical = r.overlap.as_ref().map(|y| y.typical).unwrap_or(0);
    let hours = crate::i18n::number_in(lang, typical as f64 / 60.0);
    let window = r
        .window
        .map(|w| location::span(w.hq_start_min, w.hq_end_min))
        .unwrap_or_else(|| crate::i18n::t(lang, Key::NoOverlap).to_string());
    crate::i18n::tf(
        lang,
        Key::ExecLocation,
        &[("name", name), ("hours", &hours), ("window", &window)],
    )
}
