//! The plan's roadmap with dated milestones, and the four classic problems ranked by the
//! user's own answers.

use super::business::GoalWarning;
use super::cost::inputs::SpecClarity;
use super::engagement::{Level, Management};
use super::overlap::calendar::days_from_civil;
use super::validate::parse_date;
use super::work::{judge, pilot, Condition, Verdict};
use super::Plan;

/// The seven phases, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    BusinessCase,
    Workstreams,
    Model,
    Governance,
    Standards,
    Onboarding,
    Scorecard,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::BusinessCase,
        Phase::Workstreams,
        Phase::Model,
        Phase::Governance,
        Phase::Standards,
        Phase::Onboarding,
        Phase::Scorecard,
    ];
}

/// A dated point of the roadmap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Milestone {
    BusinessCaseWritten,
    PilotChosen,
    ContractSigned,
    GovernanceSet,
    StandardsWritten,
    FirstSprint,
    KnowledgeTransferReview,
    GovernanceReview,
    FirstScorecardReview,
    HealthCheck,
}

impl Milestone {
    /// The phase it closes or belongs to.
    pub fn phase(self) -> Phase {
        match self {
            Milestone::BusinessCaseWritten => Phase::BusinessCase,
            Milestone::PilotChosen => Phase::Workstreams,
            Milestone::ContractSigned => Phase::Model,
            Milestone::GovernanceSet | Milestone::GovernanceReview => Phase::Governance,
            Milestone::StandardsWritten => Phase::Standards,
            Milestone::FirstSprint | Milestone::KnowledgeTransferReview => Phase::Onboarding,
            Milestone::FirstScorecardReview | Milestone::HealthCheck => Phase::Scorecard,
        }
    }

    /// Days from the start date (the first engineers' first day).
    pub fn offset_days(self) -> i64 {
        match self {
            Milestone::BusinessCaseWritten => -42,
            Milestone::PilotChosen => -35,
            Milestone::ContractSigned => -28,
            Milestone::GovernanceSet => -7,
            Milestone::StandardsWritten => -7,
            Milestone::FirstSprint => 0,
            Milestone::KnowledgeTransferReview => 30,
            Milestone::GovernanceReview => 56,
            Milestone::FirstScorecardReview => 28,
            Milestone::HealthCheck => 182,
        }
    }

    pub const ALL: [Milestone; 10] = [
        Milestone::BusinessCaseWritten,
        Milestone::PilotChosen,
        Milestone::ContractSigned,
        Milestone::GovernanceSet,
        Milestone::StandardsWritten,
        Milestone::FirstSprint,
        Milestone::FirstScorecardReview,
        Milestone::KnowledgeTransferReview,
        Milestone::GovernanceReview,
        Milestone::HealthCheck,
    ];
}

/// Milestones with their day numbers (days since 1970-01-01), in date order; `None`
/// dates when the plan has no start date yet.
pub fn roadmap(plan: &Plan) -> Vec<(Milestone, Option<i64>)> {
    let start = parse_date(&plan.business.start_date)
        .ok()
        .map(|(y, m, d)| days_from_civil(y, m, d));
    let mut out: Vec<(Milestone, Option<i64>)> = Milestone::ALL
        .iter()
        .map(|m| (*m, start.map(|s| s + m.offset_days())))
        .collect();
    out.sort_by_key(|(m, _)| m.offset_days());
    out
}

/// The four problems that tend to surface together around weeks 6 to 10.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Risk {
    CommunicationGaps,
    TimeZoneFriction,
    QualityDrift,
    WeakContext,
}

/// An answer that raised a risk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskDriver {
    SpecsUnclear,
    SpecsMostlyClear,
    PilotMissingCriteria,
    OverlapAtMostOneHour,
    OverlapUnderThree,
    OverlapUnderFive,
    HighAttrition,
    ReworkFromSpecs,
    VendorManaged,
    VagueGoal,
    ContinuityMatters,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedRisk {
    pub risk: Risk,
    pub score: u32,
    pub drivers: Vec<RiskDriver>,
}

fn weight(d: RiskDriver) -> u32 {
    use RiskDriver::*;
    match d {
        SpecsUnclear | OverlapAtMostOneHour => 4,
        OverlapUnderThree | VendorManaged | VagueGoal => 3,
        SpecsMostlyClear | PilotMissingCriteria | HighAttrition | ReworkFromSpecs => 2,
        OverlapUnderFive | ContinuityMatters => 1,
    }
}

/// Ranks the four problems from the answers; `overlap_hours` is the typical overlap of
/// the location in view, when known. Highest first; ties keep the guide's order.
pub fn rank_risks(plan: &Plan, overlap_hours: Option<f64>) -> Vec<RankedRisk> {
    use RiskDriver::*;
    let b = &plan.business;
    let pilot_missing_criteria = pilot(&plan.work)
        .and_then(|p| plan.work.workstreams.iter().find(|w| w.id == p.id))
        .is_some_and(|w| matches!(judge(w).verdict, Verdict::ReadyAfter(ref c) if c.contains(&Condition::AcceptanceCriteria)));
    let mut comm = Vec::new();
    match b.spec_clarity {
        SpecClarity::Unclear => comm.push(SpecsUnclear),
        SpecClarity::MostlyClear => comm.push(SpecsMostlyClear),
        SpecClarity::Clear => {}
    }
    if pilot_missing_criteria {
        comm.push(PilotMissingCriteria);
    }
    let tz: Vec<RiskDriver> = match overlap_hours {
        Some(h) if h <= 1.0 => vec![OverlapAtMostOneHour],
        Some(h) if h < 3.0 => vec![OverlapUnderThree],
        Some(h) if h < 5.0 => vec![OverlapUnderFive],
        _ => Vec::new(),
    };
    let mut quality = Vec::new();
    if b.assumptions.vendor_attrition.likely >= 0.20 {
        quality.push(HighAttrition);
    }
    if b.spec_clarity != SpecClarity::Clear {
        quality.push(ReworkFromSpecs);
    }
    let mut context = Vec::new();
    if plan.engagement.management == Some(Management::External) {
        context.push(VendorManaged);
    }
    if b.goal_warnings()
        .iter()
        .any(|w| matches!(w, GoalWarning::NoGoal | GoalWarning::CostOnly))
    {
        context.push(VagueGoal);
    }
    if plan.engagement.continuity == Some(Level::High) {
        context.push(ContinuityMatters);
    }
    let mut ranked: Vec<RankedRisk> = [
        (Risk::CommunicationGaps, comm),
        (Risk::TimeZoneFriction, tz),
        (Risk::QualityDrift, quality),
        (Risk::WeakContext, context),
    ]
    .into_iter()
    .map(|(risk, drivers)| RankedRisk {
        risk,
        score: 1 + drivers.iter().map(|d| weight(*d)).sum::<u32>(),
        drivers,
    })
    .collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.score));
    ranked
}
