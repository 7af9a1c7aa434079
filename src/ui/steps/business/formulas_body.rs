//! The formulas and each option's numbers put into them (a file of its own in the site's
//! build, fetched when "How this is calculated" first opens).

use leptos::prelude::*;

use super::fmt::{names, Fmt};
use super::state::FormulasState;
use crate::domain::cost::case::Figures;
use crate::domain::Plan;
use crate::html::Numbers;
use crate::i18n::{t, tf, Key};
use crate::ui::context::{use_doc, use_shell};

const GENERAL: [Key; 14] = [
    Key::FormulaShare,
    Key::FormulaRamp,
    Key::FormulaLoss,
    Key::FormulaPilot,
    Key::FormulaGrowth,
    Key::FormulaCost,
    Key::FormulaSwitching,
    Key::FormulaCapacity,
    Key::FormulaUnit,
    Key::FormulaSavings,
    Key::FormulaSpend,
    Key::FormulaBreakEven,
    Key::FormulaNpv,
    Key::FormulaComm,
];

fn option_lines(
    p: &Plan,
    f: &Figures,
    index: usize,
    inhouse_unit: Option<f64>,
    inhouse_cost: f64,
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
        Some(o) => match o.shift {
            None => tf(
                lang,
                Key::FormulaQVendor,
                &[
                    ("rate", &fmt.money(o.rate.likely)),
                    ("hours", &fmt.num(a.hours_per_month, 0)),
                    ("q", &fmt.money(i.q)),
                ],
            ),
            Some(s) => tf(
                lang,
                Key::FormulaQShift,
                &[
                    ("rate", &fmt.money(o.rate.likely)),
                    ("premium", &pct(s.premium.likely)),
                    ("hours", &fmt.num(a.hours_per_month, 0)),
                    ("q", &fmt.money(i.q)),
                ],
            ),
        },
    };
    let out = &f.outcome;
    let sw = &out.switching;
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
                ("g", &pct(i.growth)),
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
                ("q", &fmt.money(i.q)),
                ("paid", &fmt.num(out.paid_fte_months, 2)),
                ("m", &pct(i.m)),
                ("s", &fmt.money(i.s)),
                ("hires", &fmt.money(out.hires)),
                ("switching", &fmt.money(sw.counted())),
                ("cost", &fmt.money(out.cost)),
            ],
        ),
        tf(
            lang,
            Key::FormulaCapacityWith,
            &[
                ("ramped", &fmt.num(out.ramped_fte_months, 2)),
                ("w", &pct(i.w)),
                ("c", &pct(i.c)),
                ("l", &fmt.num(out.attrition_loss * 100.0, 2)),
                ("cap", &fmt.num(out.capacity, 2)),
            ],
        ),
    ];
    if index > 0 {
        let exit = if sw.exit_counted {
            fmt.money(sw.exit)
        } else {
            tf(lang, Key::ExitNotCounted, &[("exit", &fmt.money(sw.exit))])
        };
        lines.push(tf(
            lang,
            Key::FormulaSwitchingWith,
            &[
                ("selection", &fmt.money(sw.selection)),
                ("transfer", &fmt.money(sw.transfer)),
                ("travel", &fmt.money(sw.travel)),
                ("severance", &fmt.money(sw.severance)),
                ("exit", &exit),
                ("total", &fmt.money(sw.counted())),
            ],
        ));
    }
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
        lines.push(tf(
            lang,
            Key::FormulaSpendWith,
            &[
                ("inhouse", &fmt.money(inhouse_cost)),
                ("cost", &fmt.money(out.cost)),
                ("spend", &fmt.money(f.spend_difference)),
            ],
        ));
    }
    lines
}

#[component]
pub fn FormulasBody() -> impl IntoView {
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
                    let lines = option_lines(p, f, i, inhouse_unit, figs.inhouse.outcome.cost, fmt)
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
