//! The plan's roadmap with dated milestones, and the four classic problems ranked by the
//! user's own answers.

use super::business::GoalWarning;
use super::cost::inputs::SpecClarity;
use super::engagement::{Level, Management};
use super::overlap::calendar::{civil_from_days, days_from_civil, is_weekday};
use super::overlap::holidays::{Calendar, HolidayName, Holidays};
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

/// A milestone moved off a public holiday at headquarters: its first date and the
/// holiday's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub from: i64,
    pub holiday: HolidayName,
}

/// Headquarters' national holidays: the country the user chose, or its time zone's.
pub fn hq_holidays(plan: &Plan) -> Option<&'static Calendar> {
    let table = Holidays::cached();
    let l = &plan.location;
    l.hq_holidays
        .as_deref()
        .or_else(|| table.zone_country(&l.hq_zone))
        .and_then(|c| table.country(c))
}

/// `day`, or, when it is a public holiday at headquarters, the next weekday that is not
/// one, with what it moved from.
pub fn working_day(day: i64, holidays: Option<&Calendar>) -> (i64, Option<Moved>) {
    let Some(name) = holidays.and_then(|c| c.holiday(day)) else {
        return (day, None);
    };
    let mut d = day + 1;
    // A run of holidays and weekends is short: a month is more than any calendar has.
    while (!is_weekday(d) || holidays.is_some_and(|c| c.on(d).is_some())) && d < day + 31 {
        d += 1;
    }
    (
        d,
        Some(Moved {
            from: day,
            holiday: name.clone(),
        }),
    )
}

/// Milestones with their day numbers (days since 1970-01-01), in date order, each moved
/// off a public holiday at headquarters (with what it moved from); `None` dates when the
/// plan has no start date yet.
pub fn roadmap_moved(plan: &Plan) -> Vec<(Milestone, Option<i64>, Option<Moved>)> {
    let start = parse_date(&plan.business.start_date)
        .ok()
        .map(|(y, m, d)| days_from_civil(y, m, d));
    let holidays = start.and_then(|_| hq_holidays(plan));
    let mut ms = Milestone::ALL.to_vec();
    ms.sort_by_key(|m| m.offset_days());
    ms.into_iter()
        .map(|m| match start {
            Some(s) => {
                let (d, moved) = working_day(s + m.offset_days(), holidays);
                (m, Some(d), moved)
            }
            None => (m, None, None),
        })
        .collect()
}

/// Milestones with their dates (see [`roadmap_moved`]).
pub fn roadmap(plan: &Plan) -> Vec<(Milestone, Option<i64>)> {
    roadmap_moved(plan)
        .into_iter()
        .map(|(m, d, _)| (m, d))
        .collect()
}

/// The monthly scorecard reviews over the horizon: the first review's date, then the
/// same day of each following month (the month's last day when it is shorter), each
/// moved off a public holiday at headquarters. Empty without a start date.
pub fn scorecard_reviews(plan: &Plan) -> Vec<(i64, Option<Moved>)> {
    let Ok((y, m, d)) = parse_date(&plan.business.start_date) else {
        return Vec::new();
    };
    let first = days_from_civil(y, m, d) + Milestone::FirstScorecardReview.offset_days();
    let (fy, fm, fd) = civil_from_days(first);
    let holidays = hq_holidays(plan);
    (0..plan.business.horizon_months.clamp(1, 120))
        .map(|k| {
            let months = fm as i64 - 1 + k as i64;
            let (year, month) = (fy + (months / 12) as i32, (months % 12) as u32 + 1);
            let next = if month == 12 {
                days_from_civil(year + 1, 1, 1)
            } else {
                days_from_civil(year, month + 1, 1)
            };
            let last = (next - days_from_civil(year, month, 1)) as u32;
            working_day(days_from_civil(year, month, fd.min(last)), holidays)
        })
        .collect()
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
