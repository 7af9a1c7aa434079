//! The plan's second half as Markdown: roadmap, governance, standards, onboarding,
//! scorecard, risks and assumptions.

use super::markdown_blocks::{cells, render, table, Ctx};
use super::tables::{assumption_table, Cells};
use super::text::{escape_markdown as esc, money_plain, num_plain};
use crate::domain::cost::sensitivity::option_sensitivity;
use crate::domain::overlap::calendar::iso;
use crate::domain::roadmap::{rank_risks, roadmap_moved};
use crate::domain::validate::format_time;
use crate::i18n::*;

/// What flips the decision for the lead option: the threshold sentences, then every
/// input's swing, widest first.
pub(super) fn sensitivity_section(c: Ctx, out: &mut String) {
    let Ctx { b, lang, .. } = c;
    let Some(i) = c.lead else { return };
    let Some(s) = b
        .options
        .get(i - 1)
        .and_then(|o| option_sensitivity(&b.case_inputs(), o))
    else {
        return;
    };
    let m = |v: f64| money_plain(v, c.code, lang);
    let num = |v: f64, d: u32| num_plain(lang, v, d);
    let f = ValueFormat {
        lang,
        money: &m,
        num: &num,
    };
    out.push_str(&format!(
        "\n### {}: {}\n\n",
        t(lang, Key::MdSensitivity),
        c.names[i]
    ));
    for th in &s.thresholds {
        out.push_str(&format!(
            "- {}\n",
            threshold_text(th, s.savings_likely > 0.0, &f)
        ));
    }
    let rows = s
        .swings
        .iter()
        .map(|w| {
            std::iter::once(t(lang, input_key(w.input)).to_string())
                .chain(swing_cells(w, &f))
                .collect()
        })
        .collect();
    let head: Vec<&str> = std::iter::once(&Key::ColInput)
        .chain(&SWING_CELLS)
        .map(|k| t(lang, *k))
        .collect();
    out.push('\n');
    out.push_str(&table(&head, rows));
}

/// Roadmap.
pub(super) fn roadmap_section(c: Ctx, out: &mut String) {
    let Ctx { plan, lang, .. } = c;
    let tr = |k: Key| t(lang, k);
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdRoadmap)));
    let rows = roadmap_moved(plan)
        .into_iter()
        .map(|(ms, d, moved)| {
            vec![
                d.map(iso).unwrap_or_else(|| tr(Key::MdNoDate).to_string()),
                tr(phase_key(ms.phase())).to_string(),
                milestone_text(lang, ms, moved.as_ref(), &iso),
            ]
        })
        .collect();
    out.push_str(&table(
        &[tr(Key::MdDate), tr(Key::MdPhase), tr(Key::MdMilestone)],
        rows,
    ));
}

/// Governance.
pub(super) fn governance(c: Ctx, out: &mut String) {
    let Ctx {
        plan,
        lang,
        location,
        ..
    } = c;
    let tr = |k: Key| t(lang, k);
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
}

/// Standards, onboarding.
pub(super) fn checklists(c: Ctx, out: &mut String) {
    let Ctx { lang, .. } = c;
    let tr = |k: Key| t(lang, k);
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdStandards)));
    for k in STANDARDS {
        out.push_str(&format!("- [ ] {}\n", tr(k)));
    }
    out.push_str(&format!("\n## {}\n\n", tr(Key::MdOnboarding)));
    for k in ONBOARDING {
        out.push_str(&format!("1. {}\n", tr(k)));
    }
}

/// Scorecard.
pub(super) fn scorecard(c: Ctx, out: &mut String) {
    let Ctx { lang, b, .. } = c;
    let tr = |k: Key| t(lang, k);
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
}

/// Risks.
pub(super) fn risks(c: Ctx, out: &mut String) {
    let Ctx {
        plan,
        lang,
        location,
        ..
    } = c;
    let tr = |k: Key| t(lang, k);
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
}

/// Assumptions.
pub(super) fn assumptions(c: Ctx, out: &mut String) {
    out.push_str(&format!("\n## {}\n\n", t(c.lang, Key::AssumptionsHeading)));
    out.push_str(&render(assumption_table(c.plan, &cells!(c)), c.lang));
}

pub(super) fn clock(min: i32) -> String {
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
