//! The rest of the plan document on screen: the cost case, the work selection, the model
//! and why, the location comparison, and the assumptions with their sources.

use leptos::prelude::*;

use crate::domain::cost::case::compute;
use crate::domain::cost::fit::{fit, Factor, Who};
use crate::domain::engagement::{chosen_model, score_models};
use crate::domain::overlap::analysis::Analysis;
use crate::domain::work::{judge, Verdict};
use crate::i18n::{
    candidate_name, class_key, condition_todo, driver_text, factor_key, model_key, option_name,
    plain_number, t, verdict_key, workstream_name, Key, Lang,
};
use crate::platform::format::money;
use crate::ui::state::use_app;

fn table(
    lang: Lang,
    id: &'static str,
    caption: Key,
    head: &[Key],
    rows: Vec<Vec<String>>,
) -> impl IntoView {
    let head_cells = head
        .iter()
        .map(|k| view! { <th scope="col">{t(lang, *k)}</th> })
        .collect_view();
    let labels: Vec<&'static str> = head.iter().map(|k| t(lang, *k)).collect();
    let body = rows
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
        <div class="table-wrap">
            <table class="figures plan-table" id=id>
                <caption>{t(lang, caption)}</caption>
                <thead><tr>{head_cells}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn Sections(analysis: Memo<Analysis>) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let body = move || {
        let lang = state.lang.get();
        let a = analysis.get();
        plan.with(|p| {
            let b = &p.business;
            let m = |v: f64| money(v, b.currency.code(), lang.tag());
            let figs = compute(&b.case_inputs());
            let cost_rows = figs
                .all()
                .enumerate()
                .map(|(i, f)| {
                    let option = i.checked_sub(1).and_then(|k| b.options.get(k));
                    let who = option.map_or(Who::InHouse, |o| Who::Vendor(o.model));
                    vec![
                        option_name(lang, option),
                        m(f.outcome.cost),
                        f.savings.map(m).unwrap_or_else(|| "—".into()),
                        if i == 0 { "—".into() } else { f.break_even.map(|n| n.to_string()).unwrap_or_else(|| "—".into()) },
                        format!("{}/100", fit(who, &f.inputs, f.first_delivery_weeks, &b.weights).total),
                    ]
                })
                .collect();
            let work_rows = p
                .work
                .selected()
                .map(|w| {
                    let j = judge(w);
                    let todos = match &j.verdict {
                        Verdict::ReadyAfter(c) | Verdict::NotYet(c) => c.iter().map(|c| t(lang, condition_todo(*c))).collect::<Vec<_>>().join("; "),
                        _ => String::new(),
                    };
                    vec![workstream_name(lang, w), w.value.to_string(), t(lang, verdict_key(&j.verdict)).to_string(), todos]
                })
                .collect();
            let model_items = score_models(&p.engagement)
                .into_iter()
                .map(|s| {
                    let why = s.adjustments.iter().map(|x| driver_text(lang, x.points, x.driver)).collect::<Vec<_>>().join("; ");
                    view! { <li><strong>{format!("{} {}/100", t(lang, model_key(s.model)), s.score)}</strong>{(!why.is_empty()).then(|| format!(": {why}"))}</li> }
                })
                .collect_view();
            let chosen = chosen_model(&p.engagement).map(|x| t(lang, model_key(x))).unwrap_or_else(|| t(lang, Key::NotAnswered));
            let location_rows = a
                .results
                .iter()
                .filter_map(|r| {
                    let c = p.location.candidates.iter().find(|c| c.id == r.id)?;
                    let y = r.overlap.as_ref().ok()?;
                    let x = r.assessment.as_ref()?;
                    let h = |v: u32| plain_number(v as f64 / 60.0);
                    Some(vec![
                        candidate_name(lang, c),
                        format!("{} h", h(y.typical)),
                        format!("{}–{} h", h(y.min), h(y.max)),
                        t(lang, class_key(x.class)).to_string(),
                        m(x.effective_rate),
                        format!("{}/100", x.score),
                    ])
                })
                .collect();
            let asm = &b.assumptions;
            let pct = |v: f64| format!("{}%", plain_number(v * 100.0));
            let num = |v: f64| plain_number(v);
            let range = |r: &crate::domain::cost::inputs::Range, f: &dyn Fn(f64) -> String| format!("{} / {} / {}", f(r.low), f(r.likely), f(r.high));
            let assumption_rows = vec![
                vec![t(lang, Key::Salary).into(), range(&asm.salary, &m), t(lang, Key::SrcSalary).into()],
                vec![t(lang, Key::LoadedMultiplier).into(), range(&asm.loaded_multiplier, &num), t(lang, Key::SrcMultiplier).into()],
                vec![t(lang, Key::HiringLead).into(), range(&asm.hiring_lead_months, &num), t(lang, Key::SrcHiringLead).into()],
                vec![t(lang, Key::RecruitingFee).into(), range(&asm.recruiting_fee, &pct), t(lang, Key::SrcRecruitingFee).into()],
                vec![t(lang, Key::InhouseAttrition).into(), range(&asm.inhouse_attrition, &pct), t(lang, Key::SrcInhouseAttrition).into()],
                vec![t(lang, Key::VendorAttrition).into(), range(&asm.vendor_attrition, &pct), t(lang, Key::SrcVendorAttrition).into()],
                vec![t(lang, Key::Mobilisation).into(), range(&asm.mobilisation_weeks, &num), t(lang, Key::SrcMobilisation).into()],
                vec![t(lang, Key::HoursPerMonth).into(), num(asm.hours_per_month), t(lang, Key::SrcHours).into()],
            ];
            let weights = Factor::ALL
                .iter()
                .map(|f| format!("{} {}/5", t(lang, factor_key(*f)), b.weights.get(*f)))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <section class="panel" aria-labelledby="plan-cost-heading">
                    <h2 id="plan-cost-heading">{t(lang, Key::StepBusiness)}</h2>
                    {table(lang, "plan-cost", Key::CostTableCaption, &[Key::ColOption, Key::ColTotalCost, Key::ColSavings, Key::MdBreakEvenMonth, Key::ColFit], cost_rows)}
                    <p id="plan-weights">{format!("{}: {weights}.", t(lang, Key::ChartWeightsTitle))}</p>
                </section>
                <section class="panel" aria-labelledby="plan-work-heading">
                    <h2 id="plan-work-heading">{t(lang, Key::StepWork)}</h2>
                    {table(lang, "plan-work", Key::WorkLegend, &[Key::MdWorkstream, Key::MdValue, Key::MdVerdict, Key::ToDoFirst], work_rows)}
                </section>
                <section class="panel" aria-labelledby="plan-model-heading">
                    <h2 id="plan-model-heading">{t(lang, Key::StepEngagement)}</h2>
                    <p class="recommendation">{format!("{}: {chosen}", t(lang, Key::ChosenModel))}</p>
                    <ul class="reasons" id="plan-model">{model_items}</ul>
                </section>
                <section class="panel" aria-labelledby="plan-location-heading">
                    <h2 id="plan-location-heading">{t(lang, Key::StepLocation)}</h2>
                    {table(lang, "plan-locations", Key::DimensionsCaption, &[Key::ColLocation, Key::ColTypical, Key::ColMinMax, Key::ColClass, Key::ColEffectiveRate, Key::ColLocationFit], location_rows)}
                </section>
                <section class="panel" aria-labelledby="plan-assumptions-heading">
                    <h2 id="plan-assumptions-heading">{t(lang, Key::AssumptionsHeading)}</h2>
                    {table(lang, "plan-assumptions", Key::AssumptionsHint, &[Key::MdAssumption, Key::MdLowLikelyHigh, Key::MdSource], assumption_rows)}
                </section>
            }
        })
    };
    view! { <div class="plan-sections">{body}</div> }
}
