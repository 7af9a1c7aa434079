//! "How this is calculated": the reference model's formulas, then each option's own
//! numbers put into them.

use leptos::prelude::*;

use super::fmt::{names, Fmt};
use crate::domain::cost::case::{CaseFigures, Figures};
use crate::domain::cost::model::schedule_sums;
use crate::domain::Plan;
use crate::html::Numbers;
use crate::i18n::{t, tf, Key};
use crate::ui::context::{use_doc, use_shell};
use crate::ui::split::{shown_when, split_view};

const GENERAL: [Key; 9] = [
    Key::FormulaShare,
    Key::FormulaRamp,
    Key::FormulaLoss,
    Key::FormulaCost,
    Key::FormulaCapacity,
    Key::FormulaUnit,
    Key::FormulaSavings,
    Key::FormulaBreakEven,
    Key::FormulaComm,
];

fn option_lines(
    p: &Plan,
    f: &Figures,
    index: usize,
    inhouse_unit: Option<f64>,
    fmt: Fmt,
) -> Vec<String> {
    let lang = fmt.lang;
    let i = &f.inputs;
    let a = &p.business.assumptions;
    let pct = |v: f64| fmt.pct(v);
    let q_line = match index.checked_sub(1).and_then(|k| p.business.options.get(k)) {
        None => tf(
            lang,
            Key::FormulaQInhouse,
            &[
                ("salary", &fmt.money(a.salary.likely)),
                ("multiplier", &fmt.num(a.loaded_multiplier.likely, 2)),
                ("q", &fmt.money(i.q)),
            ],
        ),
        Some(o) => tf(
            lang,
            Key::FormulaQVendor,
            &[
                ("rate", &fmt.money(o.rate.likely)),
                ("hours", &fmt.num(a.hours_per_month, 0)),
                ("q", &fmt.money(i.q)),
            ],
        ),
    };
    let (sum_f, sum_fr) = schedule_sums(i.d, i.horizon);
    let out = &f.outcome;
    let mut lines = vec![
        q_line,
        tf(
            lang,
            Key::FormulaInputs,
            &[
                ("m", &pct(i.m)),
                ("w", &pct(i.w)),
                ("c", &pct(i.c)),
                ("a", &pct(i.a)),
                ("s", &fmt.money(i.s)),
                ("d", &fmt.num(i.d, 2)),
            ],
        ),
        tf(
            lang,
            Key::FormulaLossWith,
            &[
                ("a", &pct(i.a)),
                ("l", &fmt.num(out.attrition_loss * 100.0, 2)),
            ],
        ),
        tf(
            lang,
            Key::FormulaCostWith,
            &[
                ("n", &fmt.num(i.n, 0)),
                ("q", &fmt.money(i.q)),
                ("sumf", &fmt.num(sum_f, 2)),
                ("m", &pct(i.m)),
                ("s", &fmt.money(i.s)),
                ("cost", &fmt.money(out.cost)),
            ],
        ),
        tf(
            lang,
            Key::FormulaCapacityWith,
            &[
                ("n", &fmt.num(i.n, 0)),
                ("sumfr", &fmt.num(sum_fr, 2)),
                ("w", &pct(i.w)),
                ("c", &pct(i.c)),
                ("l", &fmt.num(out.attrition_loss * 100.0, 2)),
                ("cap", &fmt.num(out.capacity, 2)),
            ],
        ),
    ];
    if let Some(u) = out.unit_cost() {
        lines.push(tf(
            lang,
            Key::FormulaUnitWith,
            &[
                ("cost", &fmt.money(out.cost)),
                ("cap", &fmt.num(out.capacity, 2)),
                ("unit", &fmt.money(u)),
            ],
        ));
    }
    if let (Some(u_in), Some(s), true) = (inhouse_unit, f.savings, index > 0) {
        lines.push(tf(
            lang,
            Key::FormulaSavingsWith,
            &[
                ("uin", &fmt.money(u_in)),
                ("cap", &fmt.num(out.capacity, 2)),
                ("cost", &fmt.money(out.cost)),
                ("savings", &fmt.money(s)),
            ],
        ));
    }
    lines
}

/// What the body needs from the results: their figures, and whether the section is open.
#[derive(Clone, Copy)]
struct FormulasState {
    figures: Memo<CaseFigures>,
    open: RwSignal<bool>,
}

/// The disclosure. What it holds is a file of its own in the site's build, fetched the
/// first time it opens: most people never do.
#[component]
pub fn Formulas(figures: Memo<CaseFigures>) -> impl IntoView {
    let shell = use_shell();
    let details = NodeRef::<leptos::html::Details>::new();
    let open = RwSignal::new(false);
    let opened = RwSignal::new(false);
    provide_context(FormulasState { figures, open });
    let toggle = move |_| {
        let now = details.get().is_some_and(|d| d.open());
        open.set(now);
        opened.update(|o| *o |= now);
    };
    view! {
        <details class="formulas" id="formulas" node_ref=details on:toggle=toggle>
            <summary>{shell.msg(Key::HowCalculated)}</summary>
            {shown_when(move || opened.get(), formulas_body)}
        </details>
    }
}

split_view!(
    formulas_body,
    preload_formulas_body,
    planner_formulas,
    FormulasBody()
);

#[component]
fn FormulasBody() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let FormulasState { figures, open } = expect_context();
    // The worked numbers are only built while the section is open: closed, a keystroke
    // does not format some hundred figures nobody sees.
    let per_option = move || {
        if !open.get() {
            return None;
        }
        let fmt = Fmt::current(plan, shell.lang);
        let figs = figures.get();
        let inhouse_unit = figs.inhouse.outcome.unit_cost();
        let lines = plan.with(|p| {
            let names = names(p, fmt.lang);
            figs.all()
                .enumerate()
                .map(|(i, f)| {
                    let lines = option_lines(p, f, i, inhouse_unit, fmt)
                        .into_iter()
                        .map(|l| view! { <li>{l}</li> })
                        .collect_view();
                    view! {
                        <h4>{names.get(i).cloned().unwrap_or_default()}</h4>
                        <ul class="formula-lines">{lines}</ul>
                    }
                })
                .collect_view()
        });
        Some(lines)
    };
    view! {
        <ul class="formula-lines">
            {GENERAL.iter().map(|k| { let k = *k; view! { <li>{move || t(shell.lang.get(), k)}</li> } }).collect_view()}
        </ul>
        {per_option}
    }
}
