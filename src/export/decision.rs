//! The executive summary's words, from the plan's decision: one recommendation sentence,
//! the key figures, the ask a year at a time, the fit of in-house against the lead
//! option, what would flip it, and the top three risks with their owners. The screen and
//! the Markdown say the same; only the number formats differ (the caller's `Numbers`).

use crate::domain::cost::uncertainty::RunResult;
use crate::domain::decision::{Decision, Owner};
use crate::domain::work::pilot;
use crate::domain::Plan;
use crate::html::results::chance_text;
use crate::html::years::year_name;
use crate::html::Numbers;
use crate::i18n::{
    factor_key, model_key, place_name, risk_key, t, tf, workstream_name, Key, Lang, ValueFormat,
};

/// One key figure, set large on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpi {
    pub label: Key,
    /// The element's id on screen.
    pub id: &'static str,
    pub value: String,
    /// What qualifies it: the range, the number of simulated futures.
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DecisionText {
    pub recommendation: String,
    pub kpis: Vec<Kpi>,
    pub ask: Vec<String>,
    pub fit: Option<String>,
    pub flip: Option<String>,
    pub risks: Vec<String>,
}

/// The summary's words. `start` is the plan's start date as the caller writes dates
/// (`None` when it has none).
pub fn decision_text(
    plan: &Plan,
    d: &Decision,
    run: &RunResult,
    start: Option<String>,
    n: &dyn Numbers,
    lang: Lang,
) -> DecisionText {
    let money = |v: f64| n.money(v);
    let num = |v: f64, digits: u32| n.num(v, digits);
    let vf = ValueFormat {
        lang,
        money: &money,
        num: &num,
    };
    DecisionText {
        recommendation: recommendation(plan, d, start, lang),
        kpis: d
            .lead
            .map_or_else(Vec::new, |l| kpis(plan, l, run, n, lang)),
        ask: d.ask.iter().map(|a| ask_text(a, n, lang)).collect(),
        fit: fit_text(plan, d, lang),
        flip: d.lead.and_then(|l| super::flip_text(plan, l.index, &vf)),
        risks: d.risks.iter().map(|r| risk_text(r, lang)).collect(),
    }
}

/// The sentence: what moves where, under which model, from when, with which pilot, and
/// what stays in-house.
fn recommendation(plan: &Plan, d: &Decision, start: Option<String>, lang: Lang) -> String {
    let Some((l, o)) = d
        .lead
        .and_then(|l| Some((l, plan.business.options.get(l.index)?)))
    else {
        return t(lang, Key::ExecNoOption).to_string();
    };
    // In-house fits better and the option saves nothing: keep the work, for now.
    let keep = d.fit.is_some_and(|f| f.inhouse_better) && !l.savings.is_some_and(|s| s > 0.0);
    let args = [
        ("work", work_text(plan, &d.to_move, lang)),
        ("place", place_name(lang, o)),
        ("model", lower_first(t(lang, model_key(o.model)))),
        ("start", start_text(start, lang)),
        ("pilot", pilot_text(plan, lang)),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sentence = tf(
        lang,
        if keep { Key::ExecKeep } else { Key::ExecMove },
        &args,
    );
    if d.to_keep.is_empty() || keep {
        return sentence;
    }
    let kept = work_text(plan, &d.to_keep, lang);
    format!(
        "{sentence} {}",
        tf(lang, Key::ExecKeepAlso, &[("work", &kept)])
    )
}

/// "FY2027 (2027-01 to 2027-12): 2 engineers in the pilot, then 9 at the vendor; budget …".
fn ask_text(a: &crate::domain::decision::Ask, n: &dyn Numbers, lang: Lang) -> String {
    let year = year_name(a.year, lang);
    let (engineers, budget) = (a.engineers.to_string(), n.money(a.budget));
    let mut args = vec![
        ("year", year.as_str()),
        ("n", &engineers),
        ("budget", &budget),
    ];
    let pilot = a.pilot_engineers.map(|p| p.to_string());
    match &pilot {
        Some(p) => {
            args.push(("pilot", p));
            tf(lang, Key::ExecAskYearPilot, &args)
        }
        None => tf(lang, Key::ExecAskYear, &args),
    }
}

/// In-house against the lead option, with the factor that decides.
fn fit_text(plan: &Plan, d: &Decision, lang: Lang) -> Option<String> {
    let (l, f) = d.lead.zip(d.fit)?;
    let o = plan.business.options.get(l.index)?;
    let args = [
        ("option", crate::i18n::option_name(lang, Some(o))),
        ("vendor", f.vendor.to_string()),
        ("inhouse", f.inhouse.to_string()),
        ("factor", lower_first(t(lang, factor_key(f.factor)))),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let key = if f.inhouse_better {
        Key::ExecFitInhouse
    } else {
        Key::ExecFitVendor
    };
    Some(tf(lang, key, &args))
}

/// "Communication gaps: owner VP Product (owns the priorities)".
fn risk_text(r: &crate::domain::decision::OwnedRisk, lang: Lang) -> String {
    let role = lower_first(t(lang, owner_key(r.owner)));
    let risk = t(lang, risk_key(r.risk));
    if r.name.is_empty() {
        tf(
            lang,
            Key::ExecRiskUnowned,
            &[("risk", risk), ("role", &role)],
        )
    } else {
        let args = [("risk", risk), ("name", r.name.as_str()), ("role", &role)];
        tf(lang, Key::ExecRiskOwned, &args)
    }
}

fn kpis(
    plan: &Plan,
    l: crate::domain::decision::Lead,
    run: &RunResult,
    n: &dyn Numbers,
    lang: Lang,
) -> Vec<Kpi> {
    let o = run.options.get(l.index + 1);
    let horizon = plan.business.horizon_months.to_string();
    let mut out = vec![Kpi {
        label: Key::ColSavings,
        id: "kpi-savings",
        value: l
            .savings
            .map_or_else(|| t(lang, Key::NoComparison).to_string(), |v| n.money(v)),
        note: o.and_then(|o| o.savings).map(|s| {
            tf(
                lang,
                Key::HeadlineRange,
                &[("p10", &n.money(s.p10)), ("p90", &n.money(s.p90))],
            )
        }),
    }];
    if let Some(c) = o.and_then(|o| o.chance_of_saving) {
        out.push(Kpi {
            label: Key::ColChance,
            id: "kpi-chance",
            value: chance_text(c, lang, n, false),
            note: Some(tf(
                lang,
                Key::ExecChanceOf,
                &[("trials", &n.num(run.trials as f64, 0))],
            )),
        });
    }
    out.push(Kpi {
        label: Key::ColBreakEven,
        id: "kpi-break-even",
        value: crate::i18n::break_even_text(lang, l.break_even, plan.business.horizon_months),
        note: None,
    });
    out.push(Kpi {
        label: Key::ColTotalCost,
        id: "kpi-cost",
        value: n.money(l.cost),
        note: Some(tf(lang, Key::ExecOverMonths, &[("n", &horizon)])),
    });
    out
}

/// Workstreams by name: "QA automation, Data pipelines and Mobile app".
fn work_text(plan: &Plan, ids: &[u32], lang: Lang) -> String {
    // The catalogue's names mid-sentence in lower case; the user's own as typed.
    let names: Vec<String> = ids
        .iter()
        .filter_map(|id| plan.work.workstreams.iter().find(|w| w.id == *id))
        .map(|w| match w.name.trim().is_empty() {
            true => lower_first(&workstream_name(lang, w)),
            false => workstream_name(lang, w),
        })
        .collect();
    match names.as_slice() {
        [] => t(lang, Key::ExecTheWork).to_string(),
        [one] => one.clone(),
        [rest @ .., last] => tf(
            lang,
            Key::ListAnd,
            &[("list", &rest.join(", ")), ("last", last)],
        ),
    }
}

fn start_text(start: Option<String>, lang: Lang) -> String {
    match start {
        Some(date) => tf(lang, Key::ExecStarting, &[("date", &date)]),
        None => t(lang, Key::ExecNoStart).to_string(),
    }
}

fn pilot_text(plan: &Plan, lang: Lang) -> String {
    let p = &plan.business.pilot;
    let Some(w) =
        pilot(&plan.work).and_then(|x| plan.work.workstreams.iter().find(|w| w.id == x.id))
    else {
        return t(lang, Key::ExecNoPilot).to_string();
    };
    let name = workstream_name(lang, w);
    if p.on {
        let args = [
            ("name", name.as_str()),
            ("n", &p.engineers.to_string()),
            ("months", &p.months.to_string()),
        ];
        tf(lang, Key::ExecPilotSized, &args)
    } else {
        tf(lang, Key::ExecPilotNamed, &[("name", &name)])
    }
}

fn owner_key(o: Owner) -> Key {
    match o {
        Owner::Priorities => Key::OwnPriorities,
        Owner::Decisions => Key::OwnDecisions,
        Owner::Escalation => Key::OwnEscalation,
        Owner::Done => Key::OwnDone,
    }
}

/// A phrase with its first letter in lower case, for the middle of a sentence; an
/// acronym ("QA and test automation") keeps its capitals.
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    let second_upper = s.chars().nth(1).is_some_and(char::is_uppercase);
    match c.next() {
        Some(f) if !second_upper => f.to_lowercase().chain(c).collect(),
        _ => s.to_string(),
    }
}
