//! Step 4: headquarters, the candidate locations, and their real overlap over the year.

mod candidates;
mod hq;
mod results;
mod timeline;

pub use timeline::span;

use leptos::prelude::*;

use crate::domain::overlap::analysis::{analyse, plan_year};
use crate::i18n::Key;
use crate::platform::zones::{current_year, rules};
use crate::ui::state::use_app;

#[component]
pub fn LocationStep() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let this_year = current_year();
    let analysis = Memo::new(move |_| {
        plan.with(|p| {
            analyse(p, plan_year(p, this_year), &mut |zone: &str, year| {
                rules(zone, year)
            })
        })
    });
    view! {
        <p class="intro">{move || state.t(Key::LocationIntro)}</p>
        <hq::HqSection/>
        <candidates::CandidatesSection/>
        <results::ResultsSection analysis=analysis/>
    }
}
