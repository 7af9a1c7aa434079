//! Step 1: goals, the five-factor lens, the options and assumptions of the cost case,
//! and its results.

mod assumptions;
mod assumptions_body;
mod charts;
mod details;
mod factors;
mod factors_body;
mod fit;
mod fit_body;
pub mod fmt;
mod formulas;
mod formulas_body;
mod glossary_body;
mod goals;
mod headline;
mod options;
mod place_assumptions;
mod results;
mod results_body;
mod sensitivity_body;
mod state;
mod team;
mod years;
mod years_body;

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::cost::case::compute;
use crate::domain::cost::uncertainty::RunResult;
use crate::domain::Plan;
use crate::i18n::Key;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::deferred::Deferred;

/// Wait after the last change before re-running the 10,000 trials, so typing stays
/// smooth; the deterministic figures update on every keystroke.
const UNCERTAINTY_DELAY: Duration = Duration::from_millis(120);

#[component]
pub fn BusinessStep() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let figures = Memo::new(move |_| plan.with(|p| compute(&p.business.case_inputs())));
    let fits = Memo::new(move |_| {
        let figs = figures.get();
        plan.with(|p| p.business.fits(&figs))
    });
    let labels = fmt::labels(plan, shell.lang);
    let run = uncertainty(plan, doc.uncertainty);
    // Goals and the team first, then the options and the answer; the lens and the
    // assumptions after. The headline results stay in view beside (or below) them all.
    view! {
        <p class="intro">{shell.msg(Key::BusinessIntro)}</p>
        <div class="case-layout">
            <div class="case-main">
                <goals::GoalsSection/>
                <Deferred><team::TeamSection/></Deferred>
                <Deferred><options::OptionsSection/></Deferred>
                <Deferred>
                    <results::ResultsSection figures=figures fits=fits run=run labels=labels/>
                </Deferred>
                <Deferred><factors::FactorsSection/></Deferred>
                <Deferred><assumptions::AssumptionsSection/></Deferred>
            </div>
            <Deferred><headline::Headline figures=figures fits=fits run=run labels=labels/></Deferred>
        </div>
    }
}

/// The uncertainty run, recomputed shortly after its inputs stop changing.
fn uncertainty(
    plan: RwSignal<Plan>,
    result: RwSignal<Option<RunResult>>,
) -> RwSignal<Option<RunResult>> {
    // Compared on every keystroke; the seed's text key is only built when a run is due.
    let inputs = Memo::new(move |_| plan.with(|p| p.business.uncertainty_inputs()));
    let generation = StoredValue::new(0u32);
    let compute_now = move || plan.try_with_untracked(|p| p.business.uncertainty_run());
    Effect::new(move |_| {
        // Read (not only tracked), so the memo runs and follows its own sources.
        inputs.with(|_| ());
        // The first run waits only for the page to be shown; later ones for typing to pause.
        let delay = if result.get_untracked().is_none() {
            Duration::ZERO
        } else {
            UNCERTAINTY_DELAY
        };
        let g = generation.get_value().wrapping_add(1);
        generation.set_value(g);
        set_timeout(
            move || {
                if generation.try_get_value() == Some(g) {
                    if let Some(r) = compute_now() {
                        result.try_set(Some(r));
                    }
                }
            },
            delay,
        );
    });
    result
}

/// The first step's glossary: its terms come with the disclosures' file, when it opens.
pub fn glossary() -> impl IntoView {
    view! {
        <details::CaseDetails id="glossary" summary=Key::GlossaryTitle part=details::Part::Glossary heading=0/>
    }
}
