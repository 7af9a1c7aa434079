//! One module per wizard step; `StepPage` shows the current one under its heading.

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
            Step::Work => work::WorkStep().into_any(),
            Step::Engagement => engagement::EngagementStep().into_any(),
            Step::Location => location::LocationStep().into_any(),
            Step::Plan => plan::PlanStep().into_any(),
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
