//! The plan's decision, as the executive summary states it on screen and in every export:
//! the best-fitting vendor option with its figures, whether in-house fits better and why,
//! the ask a year at a time, and the three risks that rank highest with who owns each.

use super::cost::case::{compute, CaseFigures};
use super::cost::fit::{best_fitting, Factor, Fit};
use super::cost::years::{Year, YearRow};
use super::roadmap::{rank_risks, Risk};
use super::work::{judge, Verdict};
use super::Plan;

/// The best-fitting vendor option (the first of equals) and its likely figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lead {
    /// Index into the plan's options.
    pub index: usize,
    pub cost: f64,
    pub savings: Option<f64>,
    pub break_even: Option<u32>,
    pub fit: u32,
}

/// In-house against the lead option on the one fit model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FitVerdict {
    pub inhouse: u32,
    pub vendor: u32,
    /// In-house scores higher (a tie goes to the vendor option, the plan's subject).
    pub inhouse_better: bool,
    /// The factor where the better of the two gains the most, weights counted.
    pub factor: Factor,
}

/// What the plan asks for in one year: engineers at the vendor and the money.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ask {
    /// A fiscal year once the plan has a start date, else a plan year.
    pub year: Year,
    pub months: u32,
    /// The most vendor engineers at work in the year (the pilot's size while only the
    /// pilot runs).
    pub engineers: u32,
    /// The pilot's engineers, when the year starts with the pilot alone and the full
    /// team joins within it.
    pub pilot_engineers: Option<u32>,
    /// The lead option's cost in the year, at the likely values.
    pub budget: f64,
}

/// Whose job a risk is: one of the four owners the plan names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    Priorities,
    Decisions,
    Escalation,
    Done,
}

/// A risk the summary names, with its owner's role and name (empty when not named yet).
#[derive(Clone, Debug, PartialEq)]
pub struct OwnedRisk {
    pub risk: Risk,
    pub owner: Owner,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    /// The selected workstreams to move (ids), and those the work step keeps in-house or
    /// holds back until their scope is defined.
    pub to_move: Vec<u32>,
    pub to_keep: Vec<u32>,
    pub lead: Option<Lead>,
    pub fit: Option<FitVerdict>,
    pub ask: Vec<Ask>,
    pub risks: Vec<OwnedRisk>,
}

/// The lead option from the case's figures and fits (in-house first among the fits).
pub fn lead(figs: &CaseFigures, fits: &[Fit]) -> Option<Lead> {
    let i = best_fitting(fits, figs.options.len())?;
    let f = &figs.options[i];
    Some(Lead {
        index: i,
        cost: f.outcome.cost,
        savings: f.savings,
        break_even: f.break_even,
        fit: fits.get(i + 1).map_or(0, |x| x.total),
    })
}

/// The owner of each risk: the person whose job the first fix is.
pub fn owner_of(risk: Risk) -> Owner {
    match risk {
        // Clear specifications and acceptance criteria: whoever owns priorities.
        Risk::CommunicationGaps => Owner::Priorities,
        // A blocker that waits a day for the other zone: the escalation path.
        Risk::TimeZoneFriction => Owner::Escalation,
        // What "done" means, and the checks that hold it.
        Risk::QualityDrift => Owner::Done,
        // Context and the decisions behind it.
        Risk::WeakContext => Owner::Decisions,
    }
}

/// The decision for a plan; `overlap_hours` is the recommended location's typical
/// overlap, when the location step computed it (it ranks the time-zone risk).
pub fn decide(plan: &Plan, overlap_hours: Option<f64>) -> Decision {
    let b = &plan.business;
    let figs = compute(&b.case_inputs());
    let fits = b.fits(&figs);
    let lead = lead(&figs, &fits);
    let fit = lead.and_then(|l| verdict(plan, &fits[0], fits.get(l.index + 1)?));
    let ask = lead.map_or_else(Vec::new, |l| ask(plan, &figs, l.index));
    let g = &plan.governance;
    let risks = rank_risks(plan, overlap_hours)
        .into_iter()
        .take(3)
        .map(|r| {
            let owner = owner_of(r.risk);
            let name = match owner {
                Owner::Priorities => &g.owner_priorities,
                Owner::Decisions => &g.owner_decisions,
                Owner::Escalation => &g.owner_escalation,
                Owner::Done => &g.owner_done,
            };
            OwnedRisk {
                risk: r.risk,
                owner,
                name: name.trim().to_string(),
            }
        })
        .collect();
    let (to_move, to_keep) = plan.work.selected().partition::<Vec<_>, _>(|w| {
        !matches!(
            judge(w).verdict,
            Verdict::KeepInHouse(_) | Verdict::NotYet(_)
        )
    });
    Decision {
        to_move: to_move.iter().map(|w| w.id).collect(),
        to_keep: to_keep.iter().map(|w| w.id).collect(),
        lead,
        fit,
        ask,
        risks,
    }
}

fn verdict(plan: &Plan, inhouse: &Fit, vendor: &Fit) -> Option<FitVerdict> {
    let inhouse_better = inhouse.total > vendor.total;
    let (better, worse) = if inhouse_better {
        (inhouse, vendor)
    } else {
        (vendor, inhouse)
    };
    let w = &plan.business.weights;
    let factor = better
        .scores
        .iter()
        .filter_map(|s| {
            let other = worse.scores.iter().find(|o| o.factor == s.factor)?;
            Some((s.factor, w.get(s.factor) as f64 * (s.score - other.score)))
        })
        // The largest weighted edge; the first of equals in the lens's order.
        .rev()
        .max_by(|a, b| a.1.total_cmp(&b.1))?
        .0;
    Some(FitVerdict {
        inhouse: inhouse.total,
        vendor: vendor.total,
        inhouse_better,
        factor,
    })
}

/// The lead option's years (fiscal once there is a start date), each with its engineers.
fn ask(plan: &Plan, figs: &CaseFigures, index: usize) -> Vec<Ask> {
    let b = &plan.business;
    let Some(years) = b.years(figs).into_iter().nth(index + 1) else {
        return Vec::new();
    };
    let rows: Vec<YearRow> = years.fiscal.unwrap_or(years.plan);
    let team = b.team_size;
    let pilot = b.pilot.on.then_some((b.pilot.engineers, b.pilot.months));
    let mut first = 1u32;
    rows.iter()
        .map(|r| {
            let last = first + r.months - 1;
            // The full team joins once the pilot's months are over.
            let (engineers, pilot_engineers) = match pilot {
                Some((e, months)) if last <= months => (e.min(team), None),
                Some((e, months)) if first <= months && e < team => (team, Some(e)),
                _ => (team, None),
            };
            first = last + 1;
            Ask {
                year: r.year,
                months: r.months,
                engineers,
                pilot_engineers,
                budget: r.cost,
            }
        })
        .collect()
}
