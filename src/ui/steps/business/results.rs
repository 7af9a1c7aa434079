//! The cost case's results: the figures per option, the uncertainty run, the charts,
//! the five-factor fit and the formulas.

use leptos::prelude::*;

use crate::ui::steps::TableWrap;

use super::charts::{CumulativeCostChart, SavingsRangeChart, WeightsChart};
use super::formulas::Formulas;
use crate::domain::cost::case::{CaseFigures, Figures};
use crate::domain::cost::fit::{fit, Who};
use crate::domain::cost::uncertainty::RunResult;
use crate::domain::Plan;
use crate::i18n::{factor_key, fit_reason, option_name, t, tf, Key, Lang};
use crate::platform::format::{money, number, percent};
use crate::ui::state::use_app;

/// Formats amounts in the plan's currency for the current language.
#[derive(Clone, Copy)]
pub struct Fmt {
    pub lang: Lang,
    pub currency: &'static str,
}

impl Fmt {
    pub fn current(plan: RwSignal<Plan>, lang: RwSignal<Lang>) -> Fmt {
        Fmt {
            lang: lang.get(),
            currency: plan.with(|p| p.business.currency.code()),
        }
    }
    pub fn money(&self, v: f64) -> String {
        money(v, self.currency, self.lang.tag())
    }
    pub fn num(&self, v: f64, digits: u32) -> String {
        number(v, digits, self.lang.tag())
    }
    pub fn pct(&self, v: f64) -> String {
        percent(v, 1, self.lang.tag())
    }
}

/// Display names of in-house and each option, in order.
pub fn names(plan: &Plan, lang: Lang) -> Vec<String> {
    std::iter::once(option_name(lang, None))
        .chain(
            plan.business
                .options
                .iter()
                .map(|o| option_name(lang, Some(o))),
        )
        .collect()
}

/// The name at `i`, or empty: the lists are built from one plan state, but a missing
/// entry must never take the page down.
pub fn name_at(names: &[String], i: usize) -> String {
    names.get(i).cloned().unwrap_or_default()
}

fn who(plan: &Plan, index: usize) -> Who {
    match index
        .checked_sub(1)
        .and_then(|i| plan.business.options.get(i))
    {
        Some(o) => Who::Vendor(o.model),
        None => Who::InHouse,
    }
}

fn figure_row(
    f: &Figures,
    index: usize,
    name: String,
    fit_total: u32,
    horizon: u32,
    fmt: Fmt,
) -> impl IntoView {
    let lang = fmt.lang;
    let unit = f
        .outcome
        .unit_cost()
        .map(|u| fmt.money(u))
        .unwrap_or_else(|| t(lang, Key::NoOutput).to_string());
    let savings = f
        .savings
        .map(|s| fmt.money(s))
        .unwrap_or_else(|| t(lang, Key::NoComparison).to_string());
    let break_even = match (index, f.break_even) {
        (0, _) => "—".to_string(),
        (_, Some(m)) => tf(lang, Key::MonthN, &[("n", &m.to_string())]),
        (_, None) if f.savings.is_none() => t(lang, Key::NoComparison).to_string(),
        (_, None) => tf(lang, Key::NotWithin, &[("n", &horizon.to_string())]),
    };
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td data-label=t(lang, Key::ColTotalCost)>{fmt.money(f.outcome.cost)}</td>
            <td data-label=t(lang, Key::ColCapacity)>{fmt.num(f.outcome.capacity, 1)}</td>
            <td data-label=t(lang, Key::ColUnitCost)>{unit}</td>
            <td data-label=t(lang, Key::ColSavings) class:negative=f.savings.is_some_and(|s| s < 0.0)>{savings}</td>
            <td data-label=t(lang, Key::ColBreakEven)>{break_even}</td>
            <td data-label=t(lang, Key::ColFirstDelivery)>{tf(lang, Key::WeeksN, &[("n", &fmt.num(f.first_delivery_weeks, 1))])}</td>
            <td data-label=t(lang, Key::ColFit)>{format!("{fit_total}/100")}</td>
        </tr>
    }
}

#[component]
pub fn ResultsSection(
    figures: Memo<CaseFigures>,
    run: RwSignal<Option<RunResult>>,
) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let fits = Memo::new(move |_| {
        let figs = figures.get();
        plan.with(|p| {
            figs.all()
                .enumerate()
                .map(|(i, f)| {
                    fit(
                        who(p, i),
                        &f.inputs,
                        f.first_delivery_weeks,
                        &p.business.weights,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let table = move || {
        let fmt = Fmt::current(plan, state.lang);
        let figs = figures.get();
        let fits = fits.get();
        let (names, horizon) = plan.with(|p| (names(p, fmt.lang), p.business.horizon_months));
        figs.all()
            .enumerate()
            .map(|(i, f)| {
                figure_row(
                    f,
                    i,
                    name_at(&names, i),
                    fits.get(i).map_or(0, |f| f.total),
                    horizon,
                    fmt,
                )
            })
            .collect_view()
    };
    view! {
        <section class="panel results" aria-labelledby="results-heading" id="results">
            <h2 id="results-heading">{move || state.t(Key::ResultsHeading)}</h2>
            <p class="hint">{move || state.t(Key::ResultsHint)}</p>
            <TableWrap>
                <table class="figures" id="cost-table">
                    <caption>{move || state.t(Key::CostTableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || state.t(Key::ColOption)}</th>
                            <th scope="col">{move || state.t(Key::ColTotalCost)}</th>
                            <th scope="col">{move || state.t(Key::ColCapacity)}</th>
                            <th scope="col">{move || state.t(Key::ColUnitCost)}</th>
                            <th scope="col">{move || state.t(Key::ColSavings)}</th>
                            <th scope="col">{move || state.t(Key::ColBreakEven)}</th>
                            <th scope="col">{move || state.t(Key::ColFirstDelivery)}</th>
                            <th scope="col">{move || state.t(Key::ColFit)}</th>
                        </tr>
                    </thead>
                    <tbody>{table}</tbody>
                </table>
            </TableWrap>
            <CumulativeCostChart figures=figures/>
            <Uncertainty run=run/>
            <SavingsRangeChart run=run/>
            <FitCards fits=fits/>
            <WeightsChart/>
            <Formulas figures=figures/>
        </section>
    }
}

#[component]
fn Uncertainty(run: RwSignal<Option<RunResult>>) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let body = move || {
        let fmt = Fmt::current(plan, state.lang);
        let lang = fmt.lang;
        let r = run.get()?;
        let names = plan.with(|p| names(p, lang));
        let rows = r
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let s = |v: Option<f64>| v.map(|x| fmt.money(x)).unwrap_or_else(|| "—".into());
                view! {
                    <tr>
                        <th scope="row">{names.get(i).cloned().unwrap_or_default()}</th>
                        <td data-label=t(lang, Key::ColCostP10)>{fmt.money(o.cost.p10)}</td>
                        <td data-label=t(lang, Key::ColCostP50)>{fmt.money(o.cost.p50)}</td>
                        <td data-label=t(lang, Key::ColCostP90)>{fmt.money(o.cost.p90)}</td>
                        <td data-label=t(lang, Key::ColSavingsP10)>{s(o.savings.map(|x| x.p10))}</td>
                        <td data-label=t(lang, Key::ColSavingsP50)>{s(o.savings.map(|x| x.p50))}</td>
                        <td data-label=t(lang, Key::ColSavingsP90)>{s(o.savings.map(|x| x.p90))}</td>
                        <td data-label=t(lang, Key::ColChance)>{if i == 0 { "—".to_string() } else { o.chance_of_saving.map(|c| fmt.pct(c)).unwrap_or_else(|| "—".into()) }}</td>
                    </tr>
                }
            })
            .collect_view();
        let sentences = r
            .options
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, o)| {
                let name = names.get(i).cloned().unwrap_or_default();
                let text = match o.chance_of_saving {
                    Some(c) => tf(
                        lang,
                        Key::UncertaintySentence,
                        &[
                            ("option", &name),
                            ("p90", &fmt.money(o.cost.p90)),
                            ("chance", &fmt.pct(c)),
                        ],
                    ),
                    None => tf(lang, Key::UncertaintyNoComparison, &[("option", &name)]),
                };
                view! { <li>{text}</li> }
            })
            .collect_view();
        let note = tf(
            lang,
            Key::UncertaintyNote,
            &[
                ("trials", &fmt.num(r.trials as f64, 0)),
                ("seed", &format!("{:016x}", r.seed)),
            ],
        );
        Some(view! {
            <ul class="plain-sentences" id="uncertainty-sentences">{sentences}</ul>
            <TableWrap>
                <table class="figures" id="uncertainty-table">
                    <caption>{t(lang, Key::UncertaintyCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Key::ColOption)}</th>
                            <th scope="col">{t(lang, Key::ColCostP10)}</th>
                            <th scope="col">{t(lang, Key::ColCostP50)}</th>
                            <th scope="col">{t(lang, Key::ColCostP90)}</th>
                            <th scope="col">{t(lang, Key::ColSavingsP10)}</th>
                            <th scope="col">{t(lang, Key::ColSavingsP50)}</th>
                            <th scope="col">{t(lang, Key::ColSavingsP90)}</th>
                            <th scope="col">{t(lang, Key::ColChance)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableWrap>
            <p class="hint">{note}</p>
        })
    };
    view! {
        <h3>{move || state.t(Key::UncertaintyHeading)}</h3>
        {body}
    }
}

#[component]
fn FitCards(fits: Memo<Vec<crate::domain::cost::fit::Fit>>) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let cards = move || {
        let fmt = Fmt::current(plan, state.lang);
        let names = plan.with(|p| names(p, fmt.lang));
        fits.get()
            .into_iter()
            .enumerate()
            .map(|(i, f)| {
                let reasons = f
                    .scores
                    .iter()
                    .map(|s| {
                        let label = t(fmt.lang, factor_key(s.factor));
                        let score = (s.score * 100.0).round() as u32;
                        let why = fit_reason(fmt.lang, &s.reason, &|v, d| fmt.num(v, d), &|v| fmt.pct(v));
                        view! { <li><strong>{format!("{label} {score}/100")}</strong>": " {why}</li> }
                    })
                    .collect_view();
                view! {
                    <div class="fit-card">
                        <p class="fit-total"><span>{names.get(i).cloned().unwrap_or_default()}</span> <strong>{format!("{}/100", f.total)}</strong></p>
                        <ul>{reasons}</ul>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <h3>{move || state.t(Key::FitHeading)}</h3>
        <p class="hint">{move || state.t(Key::FitHint)}</p>
        <div class="fit-cards" id="fit-cards">{cards}</div>
    }
}
