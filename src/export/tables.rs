//! The plan's tables as rows of text, shared by the Markdown export and the plan step on
//! screen so the two always show the same figures. Amounts and user-typed text are
//! formatted by the caller: plain amounts and escaped text for Markdown, Intl amounts
//! and raw text (rendered as text nodes) on screen.

use crate::domain::cost::case::compute;
use crate::domain::cost::fit::Factor;
use crate::domain::cost::inputs::Range;
use crate::domain::overlap::analysis::Analysis;
use crate::domain::work::{judge, Verdict};
use crate::domain::Plan;
use crate::i18n::*;

/// A table: column headings and rows of cells.
pub struct Table {
    pub head: Vec<Key>,
    pub rows: Vec<Vec<String>>,
}

/// How cells are formatted.
pub struct Cells<'a> {
    pub lang: Lang,
    /// An amount in the plan's currency.
    pub money: &'a dyn Fn(f64) -> String,
    /// Text the user typed (names).
    pub user: &'a dyn Fn(&str) -> String,
}

const NONE: &str = "—";

/// In-house and each option: cost, capacity, unit cost, savings, break-even, first
/// delivery and five-factor fit, with the likely values.
pub fn cost_table(plan: &Plan, f: &Cells) -> Table {
    let b = &plan.business;
    let figs = compute(&b.case_inputs());
    let fits = b.fits(&figs);
    let rows = figs
        .all()
        .enumerate()
        .map(|(i, fig)| {
            let option = i.checked_sub(1).and_then(|k| b.options.get(k));
            let score = fits[i].total;
            vec![
                option_name(f.lang, option),
                (f.money)(fig.outcome.cost),
                number_in(f.lang, fig.outcome.capacity),
                fig.outcome
                    .unit_cost()
                    .map(f.money)
                    .unwrap_or_else(|| NONE.into()),
                fig.savings.map(f.money).unwrap_or_else(|| NONE.into()),
                option.map_or_else(|| NONE.into(), |_| (f.money)(fig.spend_difference)),
                option.map_or_else(
                    || NONE.into(),
                    |_| (f.money)(fig.outcome.switching.counted()),
                ),
                fig.break_even
                    .filter(|_| i > 0)
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| NONE.into()),
                number_in(f.lang, fig.first_delivery_weeks),
                format!("{score}/100"),
            ]
        })
        .collect();
    Table {
        head: vec![
            Key::ColOption,
            Key::ColTotalCost,
            Key::ColCapacity,
            Key::ColUnitCost,
            Key::ColSavings,
            Key::ColSpendDifference,
            Key::ColSwitching,
            Key::MdBreakEvenMonth,
            Key::MdFirstDeliveryWeeks,
            Key::ColFit,
        ],
        rows,
    }
}

/// "Your five-factor weights: Speed 5/5, ...".
pub fn weights_line(plan: &Plan, lang: Lang) -> String {
    let w = &plan.business.weights;
    let list = Factor::ALL
        .iter()
        .map(|f| format!("{} {}/5", t(lang, factor_key(*f)), w.get(*f)))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{}: {list}.", t(lang, Key::ChartWeightsTitle))
}

/// The ticked workstreams with their value, verdict (and accepted risk) and to-dos.
pub fn work_table(plan: &Plan, f: &Cells) -> Table {
    let lang = f.lang;
    let rows = plan
        .work
        .selected()
        .map(|w| {
            let j = judge(w);
            let todos = match &j.verdict {
                Verdict::ReadyAfter(c) | Verdict::NotYet(c) => c
                    .iter()
                    .map(|c| t(lang, condition_todo(*c)))
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => String::new(),
            };
            let mut verdict = t(lang, verdict_key(&j.verdict)).to_string();
            if j.accepted_risk {
                verdict.push_str(&format!(" ({})", t(lang, Key::AcceptedRisks)));
            }
            vec![
                (f.user)(&workstream_name(lang, w)),
                w.value.to_string(),
                verdict,
                todos,
            ]
        })
        .collect();
    Table {
        head: vec![
            Key::MdWorkstream,
            Key::MdValue,
            Key::MdVerdict,
            Key::ToDoFirst,
        ],
        rows,
    }
}

/// Each location whose zone is known: overlap, class, effective rate and fit.
pub fn location_table(plan: &Plan, analysis: &Analysis, f: &Cells) -> Table {
    let hours = |m: u32| number_in(f.lang, m as f64 / 60.0);
    let rows = analysis
        .results
        .iter()
        .filter_map(|r| {
            let c = plan.location.candidates.iter().find(|c| c.id == r.id)?;
            let y = r.overlap.as_ref().ok()?;
            let x = r.assessment.as_ref()?;
            Some(vec![
                (f.user)(&candidate_name(f.lang, c)),
                format!("{} h", hours(y.typical)),
                format!("{}–{} h", hours(y.min), hours(y.max)),
                t(f.lang, class_key(x.class)).to_string(),
                (f.money)(x.effective_rate),
                format!("{}/100", x.score),
            ])
        })
        .collect();
    Table {
        head: vec![
            Key::ColLocation,
            Key::ColTypical,
            Key::ColMinMax,
            Key::ColClass,
            Key::ColEffectiveRate,
            Key::ColLocationFit,
        ],
        rows,
    }
}

/// A ranged assumption: its label, its range, how its values are written, its source.
type AssumptionRow<'a> = (Key, &'a Range, &'a dyn Fn(f64) -> String, Key);

/// Every assumption with its low / likely / high values and its source.
pub fn assumption_table(plan: &Plan, f: &Cells) -> Table {
    let a = &plan.business.assumptions;
    let pct = |v: f64| format!("{}%", number_in(f.lang, v * 100.0));
    let num = |v: f64| number_in(f.lang, v);
    let range = |r: &Range, fmt: &dyn Fn(f64) -> String| {
        format!("{} / {} / {}", fmt(r.low), fmt(r.likely), fmt(r.high))
    };
    let ranged: [AssumptionRow; 7] = [
        (Key::Salary, &a.salary, f.money, Key::SrcSalary),
        (
            Key::LoadedMultiplier,
            &a.loaded_multiplier,
            &num,
            Key::SrcMultiplier,
        ),
        (
            Key::HiringLead,
            &a.hiring_lead_months,
            &num,
            Key::SrcHiringLead,
        ),
        (
            Key::RecruitingFee,
            &a.recruiting_fee,
            &pct,
            Key::SrcRecruitingFee,
        ),
        (
            Key::InhouseAttrition,
            &a.inhouse_attrition,
            &pct,
            Key::SrcInhouseAttrition,
        ),
        (
            Key::VendorAttrition,
            &a.vendor_attrition,
            &pct,
            Key::SrcVendorAttrition,
        ),
        (
            Key::Mobilisation,
            &a.mobilisation_weeks,
            &num,
            Key::SrcMobilisation,
        ),
    ];
    let mut rows: Vec<Vec<String>> = ranged
        .iter()
        .map(|(label, r, fmt, src)| {
            vec![
                t(f.lang, *label).into(),
                range(r, *fmt),
                t(f.lang, *src).into(),
            ]
        })
        .collect();
    rows.push(vec![
        t(f.lang, Key::HoursPerMonth).into(),
        num(a.hours_per_month),
        t(f.lang, Key::SrcHours).into(),
    ]);
    Table {
        head: vec![Key::MdAssumption, Key::MdLowLikelyHigh, Key::MdSource],
        rows,
    }
}
