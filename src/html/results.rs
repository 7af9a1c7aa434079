//! The business case's result tables and fit cards as HTML (see the module above).

use super::{Html, Numbers};
use crate::domain::cost::case::{CaseFigures, Figures};
use crate::domain::cost::fit::Fit;
use crate::domain::cost::uncertainty::RunResult;
use crate::domain::Plan;
use crate::i18n::{option_name, t, tf, Key, Lang};

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

/// The rows of the cost table: one per option, in-house first.
pub fn cost_rows(
    figs: &CaseFigures,
    names: &[String],
    fits: &[Fit],
    horizon: u32,
    lang: Lang,
    n: &dyn Numbers,
) -> String {
    let mut h = Html::new();
    for (i, f) in figs.all().enumerate() {
        let fit = fits.get(i).map_or(0, |f| f.total);
        cost_row(&mut h, f, i, &name_at(names, i), fit, horizon, lang, n);
    }
    h.finish()
}

#[allow(clippy::too_many_arguments)]
fn cost_row(
    h: &mut Html,
    f: &Figures,
    index: usize,
    name: &str,
    fit_total: u32,
    horizon: u32,
    lang: Lang,
    n: &dyn Numbers,
) {
    let unit = f
        .outcome
        .unit_cost()
        .map(|u| n.money(u))
        .unwrap_or_else(|| t(lang, Key::NoOutput).to_string());
    let savings = f
        .savings
        .map(|s| n.money(s))
        .unwrap_or_else(|| t(lang, Key::NoComparison).to_string());
    let break_even = match (index, f.break_even) {
        (0, _) => "—".to_string(),
        (_, None) if f.savings.is_none() => t(lang, Key::NoComparison).to_string(),
        (_, m) => crate::i18n::break_even_text(lang, m, horizon),
    };
    let weeks = tf(
        lang,
        Key::WeeksN,
        &[("n", &n.num(f.first_delivery_weeks, 1))],
    );
    let negative = f.savings.is_some_and(|s| s < 0.0);
    h.open("tr", &[]).leaf("th", &[("scope", "row")], name);
    cell(h, lang, Key::ColTotalCost, &n.money(f.outcome.cost));
    cell(h, lang, Key::ColCapacity, &n.num(f.outcome.capacity, 1));
    cell(h, lang, Key::ColUnitCost, &unit);
    // The class is always written, so a saving that turns negative as the user types is
    // one attribute edit in place (see `super::patch`).
    let class = if negative { "negative" } else { "" };
    h.leaf(
        "td",
        &[("data-label", t(lang, Key::ColSavings)), ("class", class)],
        &savings,
    );
    let (spend, switching) = if index == 0 {
        ("—".to_string(), "—".to_string())
    } else {
        (
            n.money(f.spend_difference),
            n.money(f.outcome.switching.counted()),
        )
    };
    cell(h, lang, Key::ColSpendDifference, &spend);
    cell(h, lang, Key::ColSwitching, &switching);
    cell(h, lang, Key::ColBreakEven, &break_even);
    cell(h, lang, Key::ColFirstDelivery, &weeks);
    cell(h, lang, Key::ColFit, &format!("{fit_total}/100"));
    h.close("tr");
}

/// A table cell labelled with its column, for the narrow layout.
fn cell(h: &mut Html, lang: Lang, column: Key, text: &str) {
    h.leaf("td", &[("data-label", t(lang, column))], text);
}

/// The rows of the uncertainty table: 10th, 50th and 90th percentile cost and savings,
/// and the chance of saving.
pub fn uncertainty_rows(r: &RunResult, names: &[String], lang: Lang, n: &dyn Numbers) -> String {
    let mut h = Html::new();
    let or_dash = |v: Option<f64>| v.map(|x| n.money(x)).unwrap_or_else(|| "—".into());
    for (i, o) in r.options.iter().enumerate() {
        let chance = match o.chance_of_saving {
            Some(c) if i > 0 => chance_text(c, lang, n, false),
            _ => "—".to_string(),
        };
        h.open("tr", &[])
            .leaf("th", &[("scope", "row")], &name_at(names, i));
        cell(&mut h, lang, Key::ColCostP10, &n.money(o.cost.p10));
        cell(&mut h, lang, Key::ColCostP50, &n.money(o.cost.p50));
        cell(&mut h, lang, Key::ColCostP90, &n.money(o.cost.p90));
        cell(
            &mut h,
            lang,
            Key::ColSavingsP10,
            &or_dash(o.savings.map(|x| x.p10)),
        );
        cell(
            &mut h,
            lang,
            Key::ColSavingsP50,
            &or_dash(o.savings.map(|x| x.p50)),
        );
        cell(
            &mut h,
            lang,
            Key::ColSavingsP90,
            &or_dash(o.savings.map(|x| x.p90)),
        );
        cell(&mut h, lang, Key::ColChance, &chance);
        h.close("tr");
    }
    h.finish()
}

/// The uncertainty table's columns, on screen and in the Markdown.
pub const UNCERTAINTY_COLUMNS: [Key; 8] = [
    Key::ColOption,
    Key::ColCostP10,
    Key::ColCostP50,
    Key::ColCostP90,
    Key::ColSavingsP10,
    Key::ColSavingsP50,
    Key::ColSavingsP90,
    Key::ColChance,
];

/// The chance that an option saves money, as far as a sampled run can tell: never 0% or
/// 100%, which no number of simulated futures proves, but "less than 1%" and "more than
/// 99%". `in_sentence`: the form that follows "saves money in … of them".
pub fn chance_text(c: f64, lang: Lang, n: &dyn Numbers, in_sentence: bool) -> String {
    if c > 0.99 {
        t(lang, Key::ChanceAbove).to_string()
    } else if c < 0.01 {
        t(lang, Key::ChanceBelow).to_string()
    } else if in_sentence {
        tf(lang, Key::ChanceShare, &[("pct", &n.pct(c))])
    } else {
        n.pct(c)
    }
}

/// One plain sentence per option: what it costs at worst and how likely it saves.
pub fn uncertainty_sentences(
    r: &RunResult,
    names: &[String],
    lang: Lang,
    n: &dyn Numbers,
) -> String {
    let mut h = Html::new();
    for (i, o) in r.options.iter().enumerate().skip(1) {
        let name = name_at(names, i);
        let text = match o.chance_of_saving {
            Some(c) => tf(
                lang,
                Key::UncertaintySentence,
                &[
                    ("option", &name),
                    ("p90", &n.money(o.cost.p90)),
                    ("chance", &chance_text(c, lang, n, true)),
                ],
            ),
            None => tf(lang, Key::UncertaintyNoComparison, &[("option", &name)]),
        };
        h.leaf("li", &[], &text);
    }
    h.finish()
}
