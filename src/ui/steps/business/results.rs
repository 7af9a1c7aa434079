//! The cost case's results: the figures per option, the uncertainty run, the charts,
//! the five-factor fit and the formulas.

use leptos::prelude::*;

use crate::ui::steps::TableWrap;

use super::charts::{CumulativeCostChart, SavingsRangeChart, WeightsChart};
use super::formulas::Formulas;
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::fit::{fit, Who};
use crate::domain::cost::uncertainty::RunResult;
use crate::domain::Plan;
pub use crate::html::results::names;
use crate::html::results::{cost_rows, fit_cards, uncertainty_rows, uncertainty_sentences};
use crate::html::Numbers;
use crate::i18n::{tf, Key, Lang};
use crate::platform::format::{money, money_compact, number, percent};
use crate::platform::soon::after_this_task;
use crate::ui::patched::patched;
use crate::ui::state::use_app;

/// Formats amounts in the plan's currency for the current language.
#[derive(Clone, Copy, PartialEq)]
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
}

impl Numbers for Fmt {
    fn money(&self, v: f64) -> String {
        money(v, self.currency, self.lang.tag())
    }
    fn money_compact(&self, v: f64) -> String {
        money_compact(v, self.currency, self.lang.tag())
    }
    fn num(&self, v: f64, digits: u32) -> String {
        number(v, digits, self.lang.tag())
    }
    fn pct(&self, v: f64) -> String {
        percent(v, 1, self.lang.tag())
    }
}

/// A table's header row: one column header per key, in the page's language.
fn header_row(columns: &'static [Key]) -> impl IntoView {
    let state = use_app();
    let cells = columns
        .iter()
        .map(|k| {
            let k = *k;
            view! { <th scope="col">{move || state.t(k)}</th> }
        })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

const COST_COLUMNS: [Key; 8] = [
    Key::ColOption,
    Key::ColTotalCost,
    Key::ColCapacity,
    Key::ColUnitCost,
    Key::ColSavings,
    Key::ColBreakEven,
    Key::ColFirstDelivery,
    Key::ColFit,
];

const UNCERTAINTY_COLUMNS: [Key; 8] = [
    Key::ColOption,
    Key::ColCostP10,
    Key::ColCostP50,
    Key::ColCostP90,
    Key::ColSavingsP10,
    Key::ColSavingsP50,
    Key::ColSavingsP90,
    Key::ColChance,
];

/// The formatter and the option names every result section uses, computed once per
/// change and compared, so a keystroke that leaves them alone goes no further.
pub type Labels = Memo<(Fmt, Vec<String>)>;

fn labels(plan: RwSignal<Plan>, lang: RwSignal<Lang>) -> Labels {
    Memo::new(move |_| {
        let fmt = Fmt::current(plan, lang);
        (fmt, plan.with(|p| names(p, fmt.lang)))
    })
}

/// HTML for a secondary view (a chart, the fit cards), built in a task of its own after
/// its sources change: the cost table answers the keystroke (and the first load) first,
/// and a burst of keystrokes builds the view once.
pub fn deferred_html(
    track: impl Fn() + 'static,
    build: impl Fn() -> String + Copy + 'static,
) -> RwSignal<String> {
    // While the app starts, the first build waits for its own task too; later (a step
    // rebuilt) it is built at once, so the page keeps its height and scroll position.
    let at_once = !crate::ui::later::starting();
    let html = RwSignal::new(if at_once {
        untrack(build)
    } else {
        String::new()
    });
    let generation = StoredValue::new(0u32);
    let apply = move || {
        let new = untrack(build);
        if html.with_untracked(|h| *h != new) {
            html.set(new);
        }
    };
    Effect::new(move |built: Option<()>| {
        track();
        if built.is_none() && at_once {
            return;
        }
        let g = generation.get_value().wrapping_add(1);
        generation.set_value(g);
        after_this_task(move || {
            if generation.try_get_value() == Some(g) {
                apply();
            }
        });
    });
    html
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
    let labels = labels(plan, state.lang);
    let rows = Memo::new(move |_| {
        let horizon = plan.with(|p| p.business.horizon_months);
        labels.with(|(fmt, names)| {
            figures
                .with(|figs| fits.with(|fits| cost_rows(figs, names, fits, horizon, fmt.lang, fmt)))
        })
    });
    view! {
        <section class="panel results" aria-labelledby="results-heading" id="results">
            <h2 id="results-heading">{state.msg(Key::ResultsHeading)}</h2>
            <p class="hint">{state.msg(Key::ResultsHint)}</p>
            <TableWrap>
                <table class="figures" id="cost-table">
                    <caption>{state.msg(Key::CostTableCaption)}</caption>
                    <thead>{header_row(&COST_COLUMNS)}</thead>
                    <tbody use:patched=Signal::from(rows)></tbody>
                </table>
            </TableWrap>
            <CumulativeCostChart figures=figures labels=labels/>
            <Uncertainty run=run labels=labels/>
            <SavingsRangeChart run=run labels=labels/>
            <FitCards fits=fits labels=labels/>
            <WeightsChart/>
            <Formulas figures=figures/>
        </section>
    }
}

#[component]
fn Uncertainty(run: RwSignal<Option<RunResult>>, labels: Labels) -> impl IntoView {
    let state = use_app();
    // Follows the run and the labels only: a keystroke leaves it alone until the run
    // (which waits for typing to pause) has new figures.
    let html = Memo::new(move |_| {
        labels.with(|(fmt, names)| {
            run.with(|r| {
                r.as_ref().map(|r| {
                    let note = tf(
                        fmt.lang,
                        Key::UncertaintyNote,
                        &[
                            ("trials", &fmt.num(r.trials as f64, 0)),
                            ("seed", &format!("{:016x}", r.seed)),
                        ],
                    );
                    let sentences = uncertainty_sentences(r, names, fmt.lang, fmt);
                    (sentences, uncertainty_rows(r, names, fmt.lang, fmt), note)
                })
            })
        })
    });
    let part = move |i: usize| {
        move || {
            html.with(|h| {
                h.as_ref()
                    .map(|(a, b, c)| [a, b, c][i].clone())
                    .unwrap_or_default()
            })
        }
    };
    let ready = Memo::new(move |_| run.with(|r| r.is_some()));
    view! {
        <h3>{state.msg(Key::UncertaintyHeading)}</h3>
        <div hidden=move || !ready.get()>
            <ul class="plain-sentences" id="uncertainty-sentences" use:patched=Signal::derive(part(0))></ul>
            <TableWrap>
                <table class="figures" id="uncertainty-table">
                    <caption>{state.msg(Key::UncertaintyCaption)}</caption>
                    <thead>{header_row(&UNCERTAINTY_COLUMNS)}</thead>
                    <tbody use:patched=Signal::derive(part(1))></tbody>
                </table>
            </TableWrap>
            <p class="hint">{part(2)}</p>
        </div>
    }
}

#[component]
fn FitCards(fits: Memo<Vec<crate::domain::cost::fit::Fit>>, labels: Labels) -> impl IntoView {
    let state = use_app();
    let cards = deferred_html(
        move || {
            fits.with(|_| ());
            labels.with(|_| ());
        },
        move || labels.with(|(fmt, names)| fits.with(|f| fit_cards(f, names, fmt.lang, fmt))),
    );
    view! {
        <h3>{state.msg(Key::FitHeading)}</h3>
        <p class="hint">{state.msg(Key::FitHint)}</p>
        <div class="fit-cards" id="fit-cards" use:patched=Signal::from(cards)></div>
    }
}
