//! The cost case's results section. Its heading is built with the step; its body
//! (tables, charts, the fit, the formulas) comes from a file of its own in the site's
//! build, fetched once the user does anything on the page (scrolls, points, types) or
//! when the section is already near the screen: a first visit that only reads the top
//! of the step does not fetch it, and the headline beside the form shows the answer
//! from the start.

use leptos::prelude::*;

use super::fmt::Labels;
use super::results_body::ResultsBody;
use super::state::ResultsState;
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::fit::Fit;
use crate::domain::cost::uncertainty::RunResult;
use crate::i18n::Key;
use crate::ui::context::use_shell;
use crate::ui::split::{shown_when, split_view, wanted_soon};

split_view!(
    results_body,
    preload_results,
    planner_case_results,
    view! { <ResultsBody/> }
);

#[component]
pub fn ResultsSection(
    figures: Memo<CaseFigures>,
    fits: Memo<Vec<Fit>>,
    run: RwSignal<Option<RunResult>>,
    labels: Labels,
) -> impl IntoView {
    provide_context(ResultsState {
        figures,
        fits,
        run,
        labels,
    });
    let shell = use_shell();
    let section = NodeRef::<leptos::html::Section>::new();
    let wanted = wanted_soon(section);
    view! {
        <section class="panel results" aria-labelledby="results-heading" id="results" node_ref=section>
            <h2 id="results-heading">{shell.msg(Key::ResultsHeading)}</h2>
            {shown_when(move || wanted.get(), results_body)}
        </section>
    }
}
