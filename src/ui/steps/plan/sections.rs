//! The rest of the plan document on screen: the cost case, the work selection, the model
//! and why, the location comparison, and the assumptions with their sources. The tables
//! come from `export::tables`, the same rows the Markdown export writes.

use leptos::prelude::*;

use crate::ui::steps::TableWrap;

use crate::domain::cost::case::compute;
use crate::domain::cost::uncertainty::RunResult;
use crate::domain::engagement::{chosen_model, score_models};
use crate::domain::overlap::analysis::Analysis;
use crate::export::tables::{
    assumption_table, cost_table, location_table, weights_line, work_table, Cells, Table,
};
use crate::html::charts::{cumulative_cost, savings_range};
use crate::i18n::{driver_text, model_key, t, Key, Lang};
use crate::platform::format::money;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::html_view::patched;
use crate::ui::steps::business::fmt::{names, Fmt};

fn table(lang: Lang, id: &'static str, caption: Key, tb: Table) -> impl IntoView {
    let labels: Vec<&'static str> = tb.head.iter().map(|k| t(lang, *k)).collect();
    let head_cells = labels
        .iter()
        .map(|l| view! { <th scope="col">{*l}</th> })
        .collect_view();
    let body = tb
        .rows
        .into_iter()
        .map(|r| {
            let mut cells = r.into_iter();
            let first = cells.next().unwrap_or_default();
            let rest = cells
                .enumerate()
                .map(|(i, c)| view! { <td data-label=labels.get(i + 1).copied().unwrap_or("")>{c}</td> })
                .collect_view();
            view! { <tr><th scope="row">{first}</th>{rest}</tr> }
        })
        .collect_view();
    view! {
        <TableWrap>
            <table class="figures plan-table" id=id>
                <caption>{t(lang, caption)}</caption>
                <thead><tr>{head_cells}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </TableWrap>
    }
}

#[component]
pub fn Sections(analysis: Memo<Analysis>, run: Memo<RunResult>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let body = move || {
        let lang = shell.lang.get();
        let a = analysis.get();
        plan.with(|p| {
            let currency = p.business.currency.code();
            let amount = |v: f64| money(v, currency, lang.tag());
            let cells = Cells { lang, money: &amount, user: &|s: &str| s.to_string() };
            let model_items = score_models(&p.engagement)
                .into_iter()
                .map(|s| {
                    let why = s.adjustments.iter().map(|x| driver_text(lang, x.points, x.driver)).collect::<Vec<_>>().join("; ");
                    view! { <li><strong>{format!("{} {}/100", t(lang, model_key(s.model)), s.score)}</strong>{(!why.is_empty()).then(|| format!(": {why}"))}</li> }
                })
                .collect_view();
            // The business step's charts, drawn from the same figures as the table.
            let fmt = Fmt { lang, currency };
            let names = names(p, lang);
            let figs = compute(&p.business.case_inputs());
            let cumulative = cumulative_cost(&figs, &names, lang, &fmt);
            let range = run.with(|r| savings_range(r, &names, lang, &fmt));
            let chart = |caption: Key, html: String| view! {
                <figure class="chart-figure">
                    <figcaption>{t(lang, caption)}</figcaption>
                    <div class="chart-body" use:patched=Signal::derive(move || html.clone())></div>
                </figure>
            };
            let chosen = chosen_model(&p.engagement).map(|x| t(lang, model_key(x))).unwrap_or_else(|| t(lang, Key::NotAnswered));
            view! {
                <section class="panel" aria-labelledby="plan-cost-heading">
                    <h2 id="plan-cost-heading">{t(lang, Key::StepBusiness)}</h2>
                    {table(lang, "plan-cost", Key::CostTableCaption, cost_table(p, &cells))}
                    <p id="plan-weights">{weights_line(p, lang)}</p>
                    {chart(Key::ChartCumulativeTitle, cumulative)}
                    {chart(Key::ChartSavingsTitle, range)}
                </section>
                <section class="panel" aria-labelledby="plan-work-heading">
                    <h2 id="plan-work-heading">{t(lang, Key::StepWork)}</h2>
                    {table(lang, "plan-work", Key::WorkLegend, work_table(p, &cells))}
                </section>
                <section class="panel" aria-labelledby="plan-model-heading">
                    <h2 id="plan-model-heading">{t(lang, Key::StepEngagement)}</h2>
                    <p class="recommendation">{format!("{}: {chosen}", t(lang, Key::ChosenModel))}</p>
                    <ul class="reasons" id="plan-model">{model_items}</ul>
                </section>
                <section class="panel" aria-labelledby="plan-location-heading">
                    <h2 id="plan-location-heading">{t(lang, Key::StepLocation)}</h2>
                    {table(lang, "plan-locations", Key::DimensionsCaption, location_table(p, &a, &cells))}
                </section>
                <section class="panel" aria-labelledby="plan-assumptions-heading">
                    <h2 id="plan-assumptions-heading">{t(lang, Key::AssumptionsHeading)}</h2>
                    {table(lang, "plan-assumptions", Key::AssumptionsHint, assumption_table(p, &cells))}
                </section>
            }
        })
    };
    view! { <div class="plan-sections">{body}</div> }
}
