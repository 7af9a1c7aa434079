//! The charts' figures: each chart's SVG is built by `crate::html::charts` and set when
//! its text changes.

use leptos::prelude::*;

use super::results::{names, Fmt};
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::uncertainty::RunResult;
use crate::html::charts::{cumulative_cost, savings_range, weights};
use crate::i18n::Key;
use crate::ui::state::use_app;

/// A figure with a caption and a body set from `html`.
fn chart_figure(caption: Key, html: Memo<String>) -> impl IntoView {
    let state = use_app();
    view! {
        <figure class="chart-figure">
            <figcaption>{move || state.t(caption)}</figcaption>
            <div class="chart-body" inner_html=html></div>
        </figure>
    }
}

#[component]
pub fn CumulativeCostChart(figures: Memo<CaseFigures>) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let html = Memo::new(move |_| {
        let fmt = Fmt::current(plan, state.lang);
        let names = plan.with(|p| names(p, fmt.lang));
        figures.with(|f| cumulative_cost(f, &names, fmt.lang, &fmt))
    });
    chart_figure(Key::ChartCumulativeTitle, html)
}

#[component]
pub fn SavingsRangeChart(run: RwSignal<Option<RunResult>>) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let html = Memo::new(move |_| {
        let fmt = Fmt::current(plan, state.lang);
        let names = plan.with(|p| names(p, fmt.lang));
        run.with(|r| {
            r.as_ref()
                .map(|r| savings_range(r, &names, fmt.lang, &fmt))
                .unwrap_or_default()
        })
    });
    chart_figure(Key::ChartSavingsTitle, html)
}

#[component]
pub fn WeightsChart() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let w = Memo::new(move |_| plan.with(|p| p.business.weights));
    let html = Memo::new(move |_| weights(&w.get(), state.lang.get()));
    chart_figure(Key::ChartWeightsTitle, html)
}
