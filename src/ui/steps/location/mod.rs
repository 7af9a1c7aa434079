//! Step 4: headquarters, the candidate locations, and their real overlap over the year.

mod candidates;
mod holidays;
mod hq;
mod results;
mod stale;
mod timeline;

pub use timeline::span;

use leptos::prelude::*;

use crate::domain::overlap::analysis::{analyse, plan_year, Analysis};
use crate::domain::Plan;
use crate::platform::zones::{current_year, rules};

use crate::i18n::Key;
use crate::ui::context::{use_doc, use_shell};

/// The terms this step uses, for its glossary.
const TERMS: &[Key] = &[
    Key::GlossOffshore,
    Key::GlossNearshore,
    Key::GlossOverlap,
    Key::GlossAsync,
    Key::GlossDst,
];

#[component]
pub fn LocationStep() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let analysis = location_analysis(plan);
    view! {
        <crate::ui::glossary::Glossary terms=TERMS/>
        <p class="intro">{shell.msg(Key::LocationIntro)}</p>
        <hq::HqSection/>
        <candidates::CandidatesSection/>
        <results::ResultsSection analysis=analysis/>
        <stale::StaleOverlap analysis=analysis/>
        <holidays::HolidaysSection analysis=analysis/>
    }
}

/// The location analysis of the plan, recomputed when the plan changes; the zones'
/// rules come from Intl and are cached, so a recomputation is arithmetic only.
pub fn location_analysis(plan: RwSignal<Plan>) -> Memo<Analysis> {
    let this_year = current_year();
    Memo::new(move |_| {
        plan.with(|p| {
            analyse(p, plan_year(p, this_year), &mut |zone: &str, year| {
                rules(zone, year)
            })
        })
    })
}
