//! The plan as Markdown: renders cleanly on GitHub, Confluence and Notion.

use super::text::{escape_markdown as esc, money_plain};
use crate::domain::cost::case::compute;
use crate::domain::cost::fit::{fit, Factor, Who};
use crate::domain::cost::uncertainty::{seed_of, simulate, DEFAULT_TRIALS};
use crate::domain::engagement::{chosen_model, score_models};
use crate::domain::overlap::analysis::Analysis;
use crate::domain::overlap::calendar::iso;
use crate::domain::roadmap::{rank_risks, roadmap};
use crate::domain::validate::format_time;
use crate::domain::work::{judge, pilot, Verdict};
use crate::domain::Plan;
use crate::i18n::*;

/// A Markdown table row from cells (already escaped).
fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

fn table(head: &[&str], rows: Vec<Vec<String>>) -> String {
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
    let m = |v: f64| money_plain(v, code);
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

    // Executive summary
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

    // Business case
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

    // Work selection
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

    // Engagement model
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

    // Locations
    if let Some(a) = analysis {
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

    // Roadmap
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdRoadmap)));
    let rows = roadmap(plan)
        .into_iter()
        .map(|(ms, d)| {
            vec![
                d.map(iso).unwrap_or_else(|| tr(Key::MdNoDate).to_string()),
                tr(phase_key(ms.phase())).to_string(),
                tr(milestone_key(ms)).to_string(),
            ]
        })
        .collect();
    out.push_str(&table(
        &[tr(Key::MdDate), tr(Key::MdPhase), tr(Key::MdMilestone)],
        rows,
    ));

    // Governance
    let g = &plan.governance;
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdGovernance)));
    let owner = |s: &str| {
        if s.trim().is_empty() {
            tr(Key::MdToName).to_string()
        } else {
            esc(s)
        }
    };
    out.push_str(&table(
        &[tr(Key::MdResponsibility), tr(Key::MdOwner)],
        vec![
            vec![tr(Key::OwnPriorities).into(), owner(&g.owner_priorities)],
            vec![tr(Key::OwnDecisions).into(), owner(&g.owner_decisions)],
            vec![tr(Key::OwnEscalation).into(), owner(&g.owner_escalation)],
            vec![tr(Key::OwnDone).into(), owner(&g.owner_done)],
        ],
    ));
    out.push_str(&format!(
        "\n- {}\n",
        tf(
            lang,
            Key::MdCadence,
            &[("weeks", &g.sprint_weeks.to_string())]
        )
    ));
    if let Some((n, _, Some(w))) = &location {
        out.push_str(&format!(
            "- {}\n",
            tf(
                lang,
                Key::MdCommWindow,
                &[
                    ("name", &esc(n)),
                    ("start", &clock(w.hq_start_min)),
                    ("end", &clock(w.hq_end_min))
                ]
            )
        ));
    }
    out.push_str(&format!("- {}\n", tr(Key::MdAsyncNorm)));
    if !g.notes.trim().is_empty() {
        out.push_str(&format!("\n{}\n", esc(&g.notes)));
    }

    // Standards, onboarding
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdStandards)));
    for k in STANDARDS {
        out.push_str(&format!("- [ ] {}\n", tr(k)));
    }
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdOnboarding)));
    for k in ONBOARDING {
        out.push_str(&format!("1. {}\n", tr(k)));
    }

    // Scorecard
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdScorecard)));
    let rows = b
        .metrics
        .iter()
        .map(|mt| {
            vec![
                tr(metric_key(mt.metric)).to_string(),
                if mt.target.trim().is_empty() {
                    tr(Key::MdToName).into()
                } else {
                    esc(&mt.target)
                },
            ]
        })
        .collect::<Vec<_>>();
    if rows.is_empty() {
        out.push_str(&format!("{}\n", tr(Key::WarnNoMetric)));
    } else {
        out.push_str(&table(
            &[tr(Key::MetricsLegend), tr(Key::MetricTarget)],
            rows,
        ));
    }

    // Risks
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdRisks)));
    let overlap_hours = location.as_ref().map(|(_, typ, _)| *typ as f64 / 60.0);
    for (i, r) in rank_risks(plan, overlap_hours).iter().enumerate() {
        let why = r
            .drivers
            .iter()
            .map(|d| tr(risk_driver_key(*d)))
            .collect::<Vec<_>>()
            .join("; ");
        out.push_str(&format!(
            "{}. **{}** — {}{}\n",
            i + 1,
            tr(risk_key(r.risk)),
            tr(risk_fix_key(r.risk)),
            if why.is_empty() {
                String::new()
            } else {
                format!(" ({}: {why})", tr(Key::MdWhy))
            }
        ));
    }

    // Assumptions
    out.push_str(&format!("\n## {}\n\n", tr(Key::AssumptionsHeading)));
    let a = &b.assumptions;
    let pct = |v: f64| format!("{}%", plain_number(v * 100.0));
    let rng = |r: &crate::domain::cost::inputs::Range, f: &dyn Fn(f64) -> String| {
        format!("{} / {} / {}", f(r.low), f(r.likely), f(r.high))
    };
    let num = |v: f64| plain_number(v);
    let rows = vec![
        vec![
            tr(Key::Salary).into(),
            rng(&a.salary, &m),
            tr(Key::SrcSalary).into(),
        ],
        vec![
            tr(Key::LoadedMultiplier).into(),
            rng(&a.loaded_multiplier, &num),
            tr(Key::SrcMultiplier).into(),
        ],
        vec![
            tr(Key::HiringLead).into(),
            rng(&a.hiring_lead_months, &num),
            tr(Key::SrcHiringLead).into(),
        ],
        vec![
            tr(Key::RecruitingFee).into(),
            rng(&a.recruiting_fee, &pct),
            tr(Key::SrcRecruitingFee).into(),
        ],
        vec![
            tr(Key::InhouseAttrition).into(),
            rng(&a.inhouse_attrition, &pct),
            tr(Key::SrcInhouseAttrition).into(),
        ],
        vec![
            tr(Key::VendorAttrition).into(),
            rng(&a.vendor_attrition, &pct),
            tr(Key::SrcVendorAttrition).into(),
        ],
        vec![
            tr(Key::Mobilisation).into(),
            rng(&a.mobilisation_weeks, &num),
            tr(Key::SrcMobilisation).into(),
        ],
        vec![
            tr(Key::HoursPerMonth).into(),
            num(a.hours_per_month),
            tr(Key::SrcHours).into(),
        ],
    ];
    out.push_str(&table(
        &[
            tr(Key::MdAssumption),
            tr(Key::MdLowLikelyHigh),
            tr(Key::MdSource),
        ],
        rows,
    ));
    out
}

fn clock(min: i32) -> String {
    format_time(min.rem_euclid(1440) as u16)
}

const STANDARDS: [Key; 6] = [
    Key::StdCoding,
    Key::StdPr,
    Key::StdTesting,
    Key::StdRelease,
    Key::StdSeverity,
    Key::StdIncident,
];
const ONBOARDING: [Key; 4] = [
    Key::OnbContext,
    Key::OnbObserve,
    Key::OnbContribute,
    Key::OnbOwn,
];
