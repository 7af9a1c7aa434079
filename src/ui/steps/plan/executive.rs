//! The executive summary on screen, as a decision: the recommendation sentence, the key
//! figures set large, then the goal, the location and its overlap window, the lead
//! option's cost case, whether in-house fits better, what would flip it, the ask year by
//! year and the top three risks with their owners (the words: `export::decision`).

use leptos::prelude::*;

use crate::domain::cost::uncertainty::RunResult;
use crate::domain::decision::decide;
use crate::domain::overlap::analysis::Analysis;
use crate::domain::overlap::calendar::days_from_civil;
use crate::domain::validate::parse_date;
use crate::export::decision::{decision_text, lower_first, DecisionText};
use crate::export::savings_with_spread;
use crate::html::Numbers;
use crate::i18n::{break_even_text, candidate_name, goal_key, option_name, t, tf, Key, Lang};
use crate::platform::format::date;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::steps::business::fmt::Fmt;

#[component]
pub fn Executive(analysis: Memo<Analysis>, run: Memo<RunResult>) -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let content = move || {
        let lang = shell.lang.get();
        let a = analysis.get();
        let r = run.get();
        let fmt = Fmt::current(plan, shell.lang);
        plan.with(|p| {
            let location = a.recommended.and_then(|id| {
                let c = p.location.candidates.iter().find(|c| c.id == id)?;
                let res = a.results.iter().find(|x| x.id == id)?;
                Some((candidate_name(lang, c), res))
            });
            let hours = location
                .as_ref()
                .and_then(|(_, res)| res.overlap.as_ref().ok())
                .map(|y| y.typical as f64 / 60.0);
            let d = decide(p, hours);
            let start = parse_date(&p.business.start_date)
                .ok()
                .map(|(y, m, day)| date(days_from_civil(y, m, day), lang.tag()));
            let text = decision_text(p, &d, &r, start, &fmt, lang);
            let best = d.lead.map(|b| {
                let spread = r.options.get(b.index + 1).and_then(|o| o.savings);
                let savings = savings_with_spread(lang, b.savings, spread, |v| fmt.money(v));
                let be = break_even_text(lang, b.break_even, p.business.horizon_months);
                tf(lang, Key::ExecBest, &[
                    ("name", &option_name(lang, p.business.options.get(b.index))),
                    ("cost", &fmt.money(b.cost)),
                    ("savings", &savings),
                    // Mid-sentence: "break-even month 3".
                    ("breakeven", &lower_first(&be)),
                ])
            });
            let location = location.map(|(name, res)| location_window_text(lang, &name, res));
            let goal = p.business.primary_goal.map(|g| t(lang, goal_key(g)).to_string());
            view! {
                <p class="decision" id="exec-recommendation">
                    <strong>{t(lang, Key::ExecRecommendation)}": "</strong>{text.recommendation.clone()}
                </p>
                {kpis(lang, &text)}
                <dl class="summary-list executive" id="executive-summary">
                    {rows(lang, goal, location, best, text)}
                </dl>
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="executive-heading">
            <h2 id="executive-heading">{shell.msg(Key::MdSummary)}</h2>
            {content}
        </section>
    }
}

/// The key figures, large.
fn kpis(lang: Lang, text: &DecisionText) -> impl IntoView {
    let cards = text
        .kpis
        .iter()
        .map(|k| {
            view! {
                <div class="kpi-card">
                    <span class="kpi-label">{t(lang, k.label)}</span>
                    <span class="kpi-value" id=k.id>{k.value.clone()}</span>
                    {k.note.clone().map(|n| view! { <span class="kpi-note">{n}</span> })}
                </div>
            }
        })
        .collect_view();
    view! { <div class="kpi-row" id="kpis">{cards}</div> }
}

fn rows(
    lang: Lang,
    goal: Option<String>,
    location: Option<String>,
    best: Option<String>,
    text: DecisionText,
) -> impl IntoView {
    let none = || t(lang, Key::NotAnswered).to_string();
    let simple = [
        (Key::PrimaryGoal, goal),
        (Key::MdLocation, location),
        (Key::MdLeadOption, best),
        (Key::ExecFit, text.fit),
        (Key::MdFlip, text.flip),
    ]
    .into_iter()
    .map(|(label, value)| view! { <dt>{t(lang, label)}</dt><dd>{value.unwrap_or_else(none)}</dd> })
    .collect_view();
    let list = |items: Vec<String>| {
        if items.is_empty() {
            view! { {none()} }.into_any()
        } else {
            view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
                .into_any()
        }
    };
    view! {
        {simple}
        <dt>{t(lang, Key::ExecAsk)}</dt><dd id="exec-ask">{list(text.ask)}</dd>
        <dt>{t(lang, Key::ExecTopRisks)}</dt><dd id="exec-risks">{list(text.risks)}</dd>
    }
}

/// "Colombia: 7 h of typical overlap, 09:00-16:00 at headquarters" for a location result.
fn location_window_text(
    lang: Lang,
    name: &str,
    r: &crate::domain::overlap::analysis::CandidateResult,
) -> String {
    let typical = r.overlap.as_ref().map(|y| y.typical).unwrap_or(0);
    let hours = crate::i18n::number_in(lang, typical as f64 / 60.0);
    let window = r
        .window
        .map(|w| crate::ui::steps::location::span(w.hq_start_min, w.hq_end_min))
        .unwrap_or_else(|| t(lang, Key::NoOverlap).to_string());
    tf(
        lang,
        Key::ExecLocation,
        &[("name", name), ("hours", &hours), ("window", &window)],
    )
}
