//! Charts as inline SVG, each with a title and a description that says what it shows;
//! the tables beside them hold the same figures.

use leptos::prelude::*;

use super::results::{name_at, names, Fmt};
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::fit::Factor;
use crate::domain::cost::uncertainty::RunResult;
use crate::i18n::{factor_key, t, tf, Key};
use crate::platform::format::money_compact;
use crate::ui::state::use_app;

/// One colour per series, distinguishable with the common colour-vision deficiencies.
pub const COLOURS: [&str; 5] = ["#4a4a4a", "#1f5fae", "#c4590f", "#0f8a66", "#a8417e"];
const DASHES: [&str; 5] = ["6 4", "", "", "", ""];

const W: f64 = 640.0;
const H: f64 = 260.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 32.0;

fn x_of(v: f64, max: f64) -> f64 {
    LEFT + (W - LEFT - RIGHT) * if max > 0.0 { v / max } else { 0.0 }
}

fn y_of(v: f64, max: f64) -> f64 {
    H - BOTTOM - (H - TOP - BOTTOM) * if max > 0.0 { v / max } else { 0.0 }
}

fn legend(names: Vec<String>, skip_first: bool) -> impl IntoView {
    let items = names
        .into_iter()
        .enumerate()
        .skip(skip_first as usize)
        .map(|(i, n)| {
            // style: sets the property through the CSSOM, which the CSP allows.
            let colour = COLOURS[i % COLOURS.len()];
            view! { <li><span class="swatch" style:background=colour aria-hidden="true"></span>{n}</li> }
        })
        .collect_view();
    view! { <ul class="legend" aria-hidden="true">{items}</ul> }
}

#[component]
pub fn CumulativeCostChart(figures: Memo<CaseFigures>) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let chart = move || {
        let fmt = Fmt::current(plan, state.lang);
        let figs = figures.get();
        let names = plan.with(|p| names(p, fmt.lang));
        let months = figs.inhouse.outcome.months.len();
        let series: Vec<Vec<f64>> = figs
            .all()
            .map(|f| {
                f.outcome
                    .months
                    .iter()
                    .scan(0.0, |acc, m| {
                        *acc += m.cost;
                        Some(*acc)
                    })
                    .collect()
            })
            .collect();
        let max = series
            .iter()
            .flat_map(|s| s.last().copied())
            .fold(0.0, f64::max);
        let hmax = months as f64;
        let lines = series
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let points: String = std::iter::once((0.0, 0.0))
                    .chain(s.iter().enumerate().map(|(t, v)| (t as f64 + 1.0, *v)))
                    .map(|(t, v)| format!("{:.1},{:.1} ", x_of(t, hmax), y_of(v, max)))
                    .collect();
                view! {
                    <polyline points=points fill="none" stroke=COLOURS[i % 5] stroke-width="2.5" stroke-dasharray=DASHES[i % 5]/>
                }
            })
            .collect_view();
        let marks = figs
            .all()
            .enumerate()
            .filter_map(|(i, f)| {
                let m = f.break_even.filter(|_| i > 0)?;
                let v = series.get(i)?.get((m as usize).checked_sub(1)?).copied()?;
                let (cx, cy) = (x_of(m as f64, hmax), y_of(v, max));
                Some(view! { <circle cx=cx cy=cy r="5" fill="#fff" stroke=COLOURS[i % 5] stroke-width="2.5"/> })
            })
            .collect_view();
        let desc = figs
            .all()
            .enumerate()
            .map(|(i, f)| {
                let be = match f.break_even {
                    Some(m) if i > 0 => tf(fmt.lang, Key::BreakEvenShort, &[("n", &m.to_string())]),
                    _ => String::new(),
                };
                format!(
                    "{}: {} {}",
                    name_at(&names, i),
                    fmt.money(f.outcome.cost),
                    be
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let legend_names: Vec<String> = figs
            .all()
            .enumerate()
            .map(|(i, f)| match f.break_even.filter(|_| i > 0) {
                Some(m) => format!(
                    "{} ({})",
                    name_at(&names, i),
                    tf(fmt.lang, Key::BreakEvenShort, &[("n", &m.to_string())])
                ),
                None => name_at(&names, i),
            })
            .collect();
        let compact = |v: f64| money_compact(v, fmt.currency, fmt.lang.tag());
        view! {
            <svg class="chart" viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="cc-title cc-desc">
                <title id="cc-title">{t(fmt.lang, Key::ChartCumulativeTitle)}</title>
                <desc id="cc-desc">{tf(fmt.lang, Key::ChartCumulativeDesc, &[("n", &months.to_string()), ("series", &desc)])}</desc>
                <line x1=LEFT y1=y_of(0.0, max) x2=W - RIGHT y2=y_of(0.0, max) class="axis"/>
                <line x1=LEFT y1=TOP x2=LEFT y2=H - BOTTOM class="axis"/>
                <text x=LEFT - 6.0 y=y_of(max, max) + 4.0 text-anchor="end" class="tick">{compact(max)}</text>
                <text x=LEFT - 6.0 y=y_of(max / 2.0, max) + 4.0 text-anchor="end" class="tick">{compact(max / 2.0)}</text>
                <text x=LEFT - 6.0 y=y_of(0.0, max) + 4.0 text-anchor="end" class="tick">{compact(0.0)}</text>
                <text x=x_of(0.0, hmax) y=H - 10.0 text-anchor="middle" class="tick">"0"</text>
                <text x=x_of(hmax / 2.0, hmax) y=H - 10.0 text-anchor="middle" class="tick">{format!("{}", months / 2)}</text>
                <text x=x_of(hmax, hmax) y=H - 10.0 text-anchor="end" class="tick">{tf(fmt.lang, Key::MonthN, &[("n", &months.to_string())])}</text>
                {lines}
                {marks}
            </svg>
            {legend(legend_names, false)}
        }
    };
    view! {
        <figure class="chart-figure">
            <figcaption>{move || state.t(Key::ChartCumulativeTitle)}</figcaption>
            {chart}
        </figure>
    }
}

#[component]
pub fn SavingsRangeChart(run: RwSignal<Option<RunResult>>) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let chart = move || {
        let fmt = Fmt::current(plan, state.lang);
        let r = run.get()?;
        let names = plan.with(|p| names(p, fmt.lang));
        let spreads: Vec<(usize, f64, f64, f64)> = r
            .options
            .iter()
            .enumerate()
            .skip(1)
            .filter_map(|(i, o)| o.savings.map(|s| (i, s.p10, s.p50, s.p90)))
            .collect();
        if spreads.is_empty() {
            return None;
        }
        let lo = spreads.iter().map(|s| s.1).fold(0.0, f64::min);
        let hi = spreads.iter().map(|s| s.3).fold(0.0, f64::max);
        let span = (hi - lo).max(1.0);
        let x = |v: f64| 24.0 + (W - 48.0) * (v - lo) / span;
        let row_h = 46.0;
        let height = TOP + row_h * spreads.len() as f64 + BOTTOM;
        let bars = spreads
            .iter()
            .enumerate()
            .map(|(row, (i, p10, p50, p90))| {
                let y = TOP + row_h * row as f64;
                let colour = COLOURS[i % 5];
                view! {
                    <text x="24" y=y + 12.0 class="tick">{names.get(*i).cloned().unwrap_or_default()}</text>
                    <rect x=x(*p10) y=y + 18.0 width=(x(*p90) - x(*p10)).max(2.0) height="16" fill=colour opacity="0.35"/>
                    <line x1=x(*p50) y1=y + 14.0 x2=x(*p50) y2=y + 38.0 stroke=colour stroke-width="3"/>
                }
            })
            .collect_view();
        let compact = |v: f64| money_compact(v, fmt.currency, fmt.lang.tag());
        let desc = spreads
            .iter()
            .map(|(i, p10, p50, p90)| {
                tf(
                    fmt.lang,
                    Key::ChartSavingsItem,
                    &[
                        ("option", &names.get(*i).cloned().unwrap_or_default()),
                        ("p10", &fmt.money(*p10)),
                        ("p50", &fmt.money(*p50)),
                        ("p90", &fmt.money(*p90)),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        Some(view! {
            <svg class="chart" viewBox=format!("0 0 {W} {height}") role="img" aria-labelledby="sr-title sr-desc">
                <title id="sr-title">{t(fmt.lang, Key::ChartSavingsTitle)}</title>
                <desc id="sr-desc">{desc}</desc>
                <line x1=x(0.0) y1=TOP - 4.0 x2=x(0.0) y2=height - BOTTOM + 4.0 class="axis"/>
                <text x=x(0.0) y=height - 10.0 text-anchor="middle" class="tick">{compact(0.0)}</text>
                <text x=x(lo) y=height - 10.0 text-anchor="start" class="tick">{(lo < 0.0).then(|| compact(lo))}</text>
                <text x=x(hi) y=height - 10.0 text-anchor="end" class="tick">{compact(hi)}</text>
                {bars}
            </svg>
        })
    };
    view! {
        <figure class="chart-figure">
            <figcaption>{move || state.t(Key::ChartSavingsTitle)}</figcaption>
            {chart}
        </figure>
    }
}

#[component]
pub fn WeightsChart() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let chart = move || {
        let lang = state.lang.get();
        let weights = plan.with(|p| p.business.weights);
        let row_h = 26.0;
        let height = row_h * 5.0 + 8.0;
        let bars = Factor::ALL
            .iter()
            .enumerate()
            .map(|(row, f)| {
                let w = weights.get(*f) as f64;
                let y = 4.0 + row_h * row as f64;
                view! {
                    <text x="120" y=y + 16.0 text-anchor="end" class="tick">{t(lang, factor_key(*f))}</text>
                    <rect x="128" y=y + 4.0 width=w * 90.0 height="16" fill=COLOURS[1]/>
                    <text x=132.0 + w * 90.0 y=y + 16.0 class="tick">{format!("{w}/5")}</text>
                }
            })
            .collect_view();
        let desc = Factor::ALL
            .iter()
            .map(|f| format!("{} {}/5", t(lang, factor_key(*f)), weights.get(*f)))
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <svg class="chart chart-small" viewBox=format!("0 0 640 {height}") role="img" aria-labelledby="fw-title fw-desc">
                <title id="fw-title">{t(lang, Key::ChartWeightsTitle)}</title>
                <desc id="fw-desc">{desc}</desc>
                {bars}
            </svg>
        }
    };
    view! {
        <figure class="chart-figure">
            <figcaption>{move || state.t(Key::ChartWeightsTitle)}</figcaption>
            {chart}
        </figure>
    }
}
