//! The charts' figures: each chart's SVG is built by `crate::html::charts` and set when
//! its text changes.

use leptos::prelude::*;

use super::fmt::Labels;
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::uncertainty::RunResult;
use crate::html::charts::{cumulative_cost, savings_range, weights};
use crate::i18n::Key;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::html_view::deferred_html;
use crate::ui::html_view::patched;

/// A figure with a caption and a body set from `html`.
pub fn chart_figure(caption: Key, html: Signal<String>) -> impl IntoView {
    let shell = use_shell();
    view! {
        <figure class="chart-figure">
            <figcaption>{move || shell.t(caption)}</figcaption>
            <div class="chart-body" use:patched=html></div>
        </figure>
    }
}

#[component]
pub fn CumulativeCostChart(figures: Memo<CaseFigures>, labels: Labels) -> impl IntoView {
    let html = deferred_html(
        move || {
            figures.with(|_| ());
            labels.with(|_| ());
        },
        move || {
            labels.with(|(fmt, names)| figures.with(|f| cumulative_cost(f, names, fmt.lang, fmt)))
        },
    );
    chart_figure(Key::ChartCumulativeTitle, html.into())
}

#[component]
pub fn SavingsRangeChart(run: RwSignal<Option<RunResult>>, labels: Labels) -> impl IntoView {
    let html = Memo::new(move |_| {
        labels.with(|(fmt, names)| {
            run.with(|r| {
                r.as_ref()
                    .map(|r| savings_range(r, names, fmt.lang, fmt))
                    .unwrap_or_default()
            })
        })
    });
    chart_figure(Key::ChartSavingsTitle, html.into())
}

#[component]
pub fn WeightsChart() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let w = Memo::new(move |_| plan.with(|p| p.business.weights));
    let html = Memo::new(move |_| weights(&w.get(), shell.lang.get()));
    chart_figure(Key::ChartWeightsTitle, html.into())
}
