//! The executive summary on screen: goal, model, location and overlap window, pilot,
//! and the best-fitting option's cost and savings at the likely values (the cost table's
//! figures), with the uncertainty run's P10, P50 and P90 beside them, and the two key
//! drivers that would flip it.

use leptos::prelude::*;

use crate::app::scenarios::key_figures;
use crate::domain::cost::uncertainty::RunResult;
use crate::domain::overlap::analysis::Analysis;
use crate::export::{flip_text, savings_with_spread};
use crate::i18n::{
    candidate_name, goal_key, model_key, option_name, t, tf, workstream_name, Key, ValueFormat,
};
use crate::platform::format::{money, number};
use crate::ui::context::{use_doc, use_shell};

#[component]
pub fn Executive(analysis: Memo<Analysis>, run: Memo<RunResult>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let items = move || {
        let lang = shell.lang.get();
        let a = analysis.get();
        let r = run.get();
        plan.with(|p| {
            let m = |v: f64| money(v, p.business.currency.code(), lang.tag());
            let k = key_figures(p);
            let none = || t(lang, Key::NotAnswered).to_string();
            let location = a.recommended.and_then(|id| {
                let c = p.location.candidates.iter().find(|c| c.id == id)?;
                let res = a.results.iter().find(|x| x.id == id)?;
                Some(location_window_text(lang, &candidate_name(lang, c), res))
            });
            let best = k.best.map(|b| {
                let spread = r.options.get(b.index + 1).and_then(|o| o.savings);
                let savings = savings_with_spread(lang, b.savings, spread, m);
                let be = b.break_even.map(|n| tf(lang, Key::MonthN, &[("n", &n.to_string())]));
                tf(lang, Key::ExecBest, &[
                    ("name", &option_name(lang, p.business.options.get(b.index))),
                    ("cost", &m(b.cost)),
                    ("savings", &savings),
                    // Mid-sentence: "break-even month 3".
                ("breakeven", &lower_first(&be.unwrap_or_else(|| tf(lang, Key::NotWithin, &[("n", &p.business.horizon_months.to_string())])))),
                ])
            });
            let num = |v: f64, d: u32| number(v, d, lang.tag());
            let vf = ValueFormat { lang, money: &m, num: &num };
            let flip = k.best.and_then(|b| flip_text(p, b.index, &vf));
            let pilot = k.pilot_id.and_then(|id| p.work.workstreams.iter().find(|w| w.id == id)).map(|w| workstream_name(lang, w));
            [
                (Key::PrimaryGoal, p.business.primary_goal.map(|g| t(lang, goal_key(g)).to_string())),
                (Key::ChosenModel, k.model.map(|x| t(lang, model_key(x)).to_string())),
                (Key::MdLocation, location),
                (Key::PilotHeading, pilot),
                (Key::MdLeadOption, best),
                (Key::MdFlip, flip),
            ]
            .into_iter()
            .map(|(label, value)| view! { <dt>{t(lang, label)}</dt><dd>{value.unwrap_or_else(none)}</dd> })
            .collect_view()
        })
    };
    view! {
        <section class="panel" aria-labelledby="executive-heading">
            <h2 id="executive-heading">{shell.msg(Key::MdSummary)}</h2>
            <dl class="summary-list executive" id="executive-summary">{items}</dl>
        </section>
    }
}

/// "Colombia: 7 h of typical overlap, 09:00-16:00 at headquarters" for a location result.
fn location_window_text(
    lang: crate::i18n::Lang,
    name: &str,
    r: &crate::domain::overlap::analysis::CandidateResult,
) -> String {
    let typical = r.overlap.as_ref().map(|y| y.typical).unwrap_or(0);
    let hours = crate::i18n::number_in(lang, typical as f64 / 60.0);
    let window = r
        .window
        .map(|w| crate::ui::steps::location::span(w.hq_start_min, w.hq_end_min))
        .unwrap_or_else(|| crate::i18n::t(lang, Key::NoOverlap).to_string());
    crate::i18n::tf(
        lang,
        Key::ExecLocation,
        &[("name", name), ("hours", &hours), ("window", &window)],
    )
}

/// A phrase with its first letter in lower case, for the middle of a sentence.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}
