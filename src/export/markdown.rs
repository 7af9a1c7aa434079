//! The plan as Markdown: renders cleanly on GitHub, Confluence and Notion.

use super::text::{escape_markdown as esc, money_plain};
use crate::domain::business::BusinessCase;
use crate::domain::cost::case::{compute, CaseFigures};
use crate::domain::cost::fit::{fit, Factor, Who};
use crate::domain::cost::uncertainty::{seed_of, simulate, RunResult, DEFAULT_TRIALS};
use crate::domain::engagement::{chosen_model, score_models};
use crate::domain::overlap::analysis::Analysis;
use crate::domain::overlap::SharedWindow;
use crate::domain::work::{judge, pilot, Verdict};
use crate::domain::Plan;
use crate::i18n::*;

/// A Markdown table row from cells (already escaped).
fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

pub(super) fn table(head: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut out = row(&head.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    out.push_str(&row(&head
        .iter()
        .map(|_| "---".to_string())
        .collect::<Vec<_>>()));
    for r in rows {
        out.push_str(&row(&r));
    }
    out
}

/// The whole plan. `analysis` is the location step's result, when the browser computed it.
pub fn markdown(plan: &Plan, analysis: Option<&Analysis>, lang: Lang) -> String {
    let tr = |k: Key| t(lang, k);
    let b = &plan.business;
    let code = b.currency.code();
    let case = b.case_inputs();
    let figs = compute(&case);
    let run = simulate(
        &case,
        DEFAULT_TRIALS,
        seed_of(b.uncertainty_key().as_bytes()),
    );
    let names: Vec<String> = std::iter::once(option_name(lang, None))
        .chain(b.options.iter().map(|o| option_name(lang, Some(o))))
        .collect();
    let fits: Vec<u32> = figs
        .all()
        .enumerate()
        .map(|(i, f)| {
            let who = i
                .checked_sub(1)
                .and_then(|k| b.options.get(k))
                .map_or(Who::InHouse, |o| Who::Vendor(o.model));
            fit(who, &f.inputs, f.first_delivery_weeks, &b.weights).total
        })
        .collect();
    // The lead option: the vendor option with the best five-factor fit.
    let lead = (1..names.len()).max_by_key(|i| fits[*i]);
    let location = analysis.and_then(|a| {
        let id = a.recommended?;
        let c = plan.location.candidates.iter().find(|c| c.id == id)?;
        let r = a.results.iter().find(|r| r.id == id)?;
        Some((
            candidate_name(lang, c),
            r.overlap.as_ref().ok()?.typical,
            r.window,
        ))
    });
    let mut out = format!("# {}\n\n", tr(Key::MdTitle));
    if !b.scope.trim().is_empty() {
        out.push_str(&format!("{}\n\n", esc(&b.scope)));
    }
    let c = Ctx {
        plan,
        lang,
        b,
        code,
        figs: &figs,
        run: &run,
        names: &names,
        fits: &fits,
        lead,
        location: &location,
        analysis,
    };
    for section in SECTIONS {
        section(c, &mut out);
    }
    out
}

/// Everything the sections read, computed once.
#[derive(Clone, Copy)]
pub(super) struct Ctx<'a> {
    pub(super) plan: &'a Plan,
    pub(super) lang: Lang,
    pub(super) b: &'a BusinessCase,
    pub(super) code: &'static str,
    pub(super) figs: &'a CaseFigures,
    pub(super) run: &'a RunResult,
    pub(super) names: &'a [String],
    pub(super) fits: &'a [u32],
    pub(super) lead: Option<usize>,
    pub(super) location: &'a Option<(String, u32, Option<SharedWindow>)>,
    pub(super) analysis: Option<&'a Analysis>,
}

type Section = fn(Ctx, &mut String);

use super::markdown_plan::{
    assumptions, checklists, clock, governance, risks, roadmap_section, scorecard,
};

const SECTIONS: [Section; 11] = [
    summary,
    business,
    work,
    engagement,
    locations,
    roadmap_section,
    governance,
    checklists,
    scorecard,
    risks,
    assumptions,
];

/// Executive summary.
fn summary(c: Ctx, out: &mut String) {
    let Ctx {
        plan,
        lang,
        b,
        code,
        figs,
        run,
        names,
        lead,
        location,
        ..
    } = c;
    let tr = |k: Key| t(lang, k);
    let m = |v: f64| money_plain(v, code);
    out.push_str(&format!("## {}\n\n", tr(Key::MdSummary)));
    let mut bullets = vec![(
        Key::PrimaryGoal,
        b.primary_goal.map(|g| tr(goal_key(g)).to_string()),
    )];
    bullets.push((
        Key::ChosenModel,
        chosen_model(&plan.engagement).map(|x| tr(model_key(x)).to_string()),
    ));
    bullets.push((
        Key::MdLocation,
        location.as_ref().map(|(n, typ, w)| {
            let window = w
                .map(|w| {
                    format!(
                        ", {} {}–{}",
                        tr(Key::MdWindow),
                        clock(w.hq_start_min),
                        clock(w.hq_end_min)
                    )
                })
                .unwrap_or_default();
            format!(
                "{} ({} h{window})",
                esc(n),
                plain_number(*typ as f64 / 60.0)
            )
        }),
    ));
    bullets.push((
        Key::PilotHeading,
        pilot(&plan.work)
            .and_then(|p| plan.work.workstreams.iter().find(|w| w.id == p.id))
            .map(|w| esc(&workstream_name(lang, w))),
    ));
    if let Some(i) = lead {
        let (f, r) = (&figs.options[i - 1], &run.options[i]);
        let savings = r
            .savings
            .map(|s| format!("{} ({} P10 – {} P90)", m(s.p50), m(s.p10), m(s.p90)))
            .unwrap_or_else(|| tr(Key::NoComparison).to_string());
        bullets.push((
            Key::MdLeadOption,
            Some(format!(
                "{} — {} {}, {} {}",
                names[i],
                tr(Key::ColTotalCost),
                m(f.outcome.cost),
                tr(Key::ColSavings),
                savings
            )),
        ));
        bullets.push((
            Key::ColBreakEven,
            Some(match f.break_even {
                Some(n) => tf(lang, Key::MonthN, &[("n", &n.to_string())]),
                None => tf(
                    lang,
                    Key::NotWithin,
                    &[("n", &b.horizon_months.to_string())],
                ),
            }),
        ));
    }
    for (k, v) in bullets {
        out.push_str(&format!(
            "- **{}:** {}\n",
            tr(k),
            v.unwrap_or_else(|| tr(Key::NotAnswered).to_string())
        ));
    }
}

/// Business case.
fn business(c: Ctx, out: &mut String) {
    let Ctx {
        lang,
        b,
        code,
        figs,
        names,
        fits,
        ..
    } = c;
    let tr = |k: Key| t(lang, k);
    let m = |v: f64| money_plain(v, code);
    out.push_str(&format!("\n## {}\n\n", tr(Key::StepBusiness)));
    let rows = figs
        .all()
        .enumerate()
        .map(|(i, f)| {
            vec![
                names[i].clone(),
                m(f.outcome.cost),
                plain_number(f.outcome.capacity),
                f.outcome.unit_cost().map(m).unwrap_or_else(|| "—".into()),
                f.savings.map(m).unwrap_or_else(|| "—".into()),
                match (i, f.break_even) {
                    (0, _) => "—".into(),
                    (_, Some(n)) => n.to_string(),
                    _ => "—".into(),
                },
                plain_number(f.first_delivery_weeks),
                format!("{}/100", fits[i]),
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            tr(Key::ColOption),
            tr(Key::ColTotalCost),
            tr(Key::ColCapacity),
            tr(Key::ColUnitCost),
            tr(Key::ColSavings),
            tr(Key::MdBreakEvenMonth),
            tr(Key::MdFirstDeliveryWeeks),
            tr(Key::ColFit),
        ],
        rows,
    ));
    out.push_str(&format!("\n{}: ", tr(Key::ChartWeightsTitle)));
    out.push_str(
        &Factor::ALL
            .iter()
            .map(|f| format!("{} {}/5", tr(factor_key(*f)), b.weights.get(*f)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    out.push_str(".\n");
}

/// Work selection.
fn work(c: Ctx, out: &mut String) {
    let Ctx { plan, lang, .. } = c;
    let tr = |k: Key| t(lang, k);
    out.push_str(&format!("\n## {}\n\n", tr(Key::StepWork)));
    let rows = plan
        .work
        .selected()
        .map(|w| {
            let j = judge(w);
            let todos = match &j.verdict {
                Verdict::ReadyAfter(c) | Verdict::NotYet(c) => c
                    .iter()
                    .map(|c| tr(condition_todo(*c)))
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => String::new(),
            };
            let mut verdict = tr(verdict_key(&j.verdict)).to_string();
            if j.accepted_risk {
                verdict.push_str(&format!(" ({})", tr(Key::AcceptedRisks)));
            }
            vec![
                esc(&workstream_name(lang, w)),
                w.value.to_string(),
                verdict,
                todos,
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            tr(Key::MdWorkstream),
            tr(Key::MdValue),
            tr(Key::MdVerdict),
            tr(Key::ToDoFirst),
        ],
        rows,
    ));
}

/// Engagement model.
fn engagement(c: Ctx, out: &mut String) {
    let Ctx { plan, lang, .. } = c;
    let tr = |k: Key| t(lang, k);
    out.push_str(&format!("\n## {}\n\n", tr(Key::StepEngagement)));
    for s in score_models(&plan.engagement) {
        let why = s
            .adjustments
            .iter()
            .map(|a| driver_text(lang, a.points, a.driver))
            .collect::<Vec<_>>()
            .join("; ");
        out.push_str(&format!(
            "- **{}** {}/100{}\n",
            tr(model_key(s.model)),
            s.score,
            if why.is_empty() {
                String::new()
            } else {
                format!(": {why}")
            }
        ));
    }
}

/// Locations.
fn locations(c: Ctx, out: &mut String) {
    let Ctx {
        plan, lang, code, ..
    } = c;
    let tr = |k: Key| t(lang, k);
    let m = |v: f64| money_plain(v, code);
    if let Some(a) = c.analysis {
        out.push_str(&format!("\n## {}\n\n", tr(Key::StepLocation)));
        let rows = a
            .results
            .iter()
            .filter_map(|r| {
                let c = plan.location.candidates.iter().find(|c| c.id == r.id)?;
                let y = r.overlap.as_ref().ok()?;
                let x = r.assessment.as_ref()?;
                Some(vec![
                    esc(&candidate_name(lang, c)),
                    format!("{} h", plain_number(y.typical as f64 / 60.0)),
                    format!(
                        "{}–{} h",
                        plain_number(y.min as f64 / 60.0),
                        plain_number(y.max as f64 / 60.0)
                    ),
                    tr(class_key(x.class)).to_string(),
                    m(x.effective_rate),
                    format!("{}/100", x.score),
                ])
            })
            .collect();
        out.push_str(&table(
            &[
                tr(Key::ColLocation),
                tr(Key::ColTypical),
                tr(Key::ColMinMax),
                tr(Key::ColClass),
                tr(Key::ColEffectiveRate),
                tr(Key::ColLocationFit),
            ],
            rows,
        ));
    }
}
