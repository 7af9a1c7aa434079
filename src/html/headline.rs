//! The business case's headline results as HTML: the best-fitting option, its savings at
//! equal output with the uncertainty run's P10 to P90, its break-even and its chance of
//! saving. Written as text so the first step's file carries no view code for it.

use super::{Html, Numbers};
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::fit::{best_fitting, Fit};
use crate::domain::cost::uncertainty::RunResult;
use crate::i18n::{t, tf, Key, Lang};

/// The headline's definition list; empty when there is no vendor option.
pub fn headline(
    figs: &CaseFigures,
    fits: &[Fit],
    run: Option<&RunResult>,
    names: &[String],
    lang: Lang,
    n: &impl Numbers,
) -> String {
    let Some(best) = best_fitting(fits, figs.options.len()) else {
        return String::new();
    };
    let f = &figs.options[best];
    let o = run.and_then(|r| r.options.get(best + 1));
    let mut h = Html::new();
    h.open("dl", &[]);
    let item = |h: &mut Html, label: Key, id: &str, value: &str, extra: Option<String>| {
        h.open("div", &[])
            .leaf("dt", &[], t(lang, label))
            .open("dd", &[]);
        h.leaf("span", &[("class", "kpi"), ("id", id)], value);
        if let Some(x) = extra {
            h.leaf(
                "span",
                &[("class", "headline-range"), ("id", "headline-range")],
                &x,
            );
        }
        h.close("dd").close("div");
    };
    let name = names.get(best + 1).map_or("", String::as_str);
    item(&mut h, Key::HeadlineBest, "headline-option", name, None);
    let savings = f
        .savings
        .map_or_else(|| t(lang, Key::NoComparison).to_string(), |v| n.money(v));
    let range = o.and_then(|o| o.savings).map(|s| {
        tf(
            lang,
            Key::HeadlineRange,
            &[("p10", &n.money(s.p10)), ("p90", &n.money(s.p90))],
        )
    });
    item(&mut h, Key::ColSavings, "headline-savings", &savings, range);
    let months = figs.inhouse.outcome.months.len() as u32;
    let be = crate::i18n::break_even_text(lang, f.break_even, months);
    item(&mut h, Key::ColBreakEven, "headline-break-even", &be, None);
    if let Some(c) = o.and_then(|o| o.chance_of_saving) {
        // As the results and the plan say it: never 0% or 100%, which no sample proves.
        let pct = super::results::chance_text(c, lang, n, false);
        item(&mut h, Key::ColChance, "headline-chance", &pct, None);
    }
    h.close("dl");
    h.finish()
}
