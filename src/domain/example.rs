//! The example plan a visitor can load in one click: a US company, 8 engineers, 18 months.

use super::business::{Metric, MetricTarget};
use super::cost::fit::FactorWeights;
use super::cost::inputs::{EngagementModel, Pilot, SpecClarity, VendorOption};
use super::engagement::{Level, Management, Stability};
use super::overlap::locations::{Candidate, Country};
use super::plan::{
    BusinessCase, EngagementAnswers, Goal, Governance, LocationAnswers, Plan, WorkNature,
    WorkSelection, WorkstreamKind,
};
use super::work::{Answer, Answers};

/// The first Monday of the month after `today` (year, month, day): a new plan's start
/// date.
pub fn default_start(today: (i32, u32, u32)) -> String {
    use super::overlap::calendar::{days_from_civil, iso, weekday};
    let (y, m, _) = today;
    let (y, m) = if m >= 12 {
        (y + 1, 1)
    } else {
        (y, m.max(1) + 1)
    };
    let first = days_from_civil(y, m, 1);
    iso(first + (7 - weekday(first) as i64) % 7)
}

/// The example plan with every roadmap date ahead of `today`: it starts on the first
/// Monday of the month after its earliest milestone (the business case, six weeks before
/// the start) could still be met.
pub fn example_from(today: (i32, u32, u32)) -> Plan {
    use super::overlap::calendar::{civil_from_days, days_from_civil};
    use super::roadmap::Milestone;
    let lead = Milestone::ALL
        .iter()
        .map(|m| -m.offset_days())
        .max()
        .unwrap_or(0);
    let ahead = civil_from_days(days_from_civil(today.0, today.1.clamp(1, 12), today.2) + lead);
    let mut plan = example_plan();
    plan.business.start_date = default_start(ahead);
    plan
}

/// The example as shipped, starting on Monday 4 January 2027 (the native tests' plan).
pub fn example_plan() -> Plan {
    Plan {
        business: BusinessCase {
            primary_goal: Some(Goal::FasterDelivery),
            scope: "Ship the customer portal roadmap faster: new self-service features and \
                    the test automation behind them."
                .to_string(),
            team_size: 8,
            horizon_months: 18,
            secondary_goals: vec![Goal::QaCoverage],
            metrics: vec![
                MetricTarget {
                    metric: Metric::CycleTime,
                    target: "under 5 days from start to merge".to_string(),
                },
                MetricTarget {
                    metric: Metric::DefectLeakage,
                    target: "under 5% of defects found in production".to_string(),
                },
            ],
            weights: FactorWeights {
                speed: 5,
                capability: 3,
                stability: 3,
                quality: 4,
                control: 4,
            },
            start_date: "2027-01-04".to_string(),
            spec_clarity: SpecClarity::MostlyClear,
            options: vec![
                VendorOption::in_country(Country::Colombia, EngagementModel::DedicatedTeam),
                VendorOption::in_country(Country::Poland, EngagementModel::DedicatedTeam),
                VendorOption::in_country(Country::India, EngagementModel::DedicatedTeam),
            ],
            pilot: Pilot {
                on: true,
                engineers: 2,
                months: 3,
            },
            ..BusinessCase::default()
        },
        work: example_work(),
        engagement: EngagementAnswers {
            nature: Some(WorkNature::OngoingProduct),
            horizon_months: 18,
            length_set: false,
            leadership: Some(Level::Medium),
            scope_stability: Some(Stability::Evolving),
            continuity: Some(Level::High),
            management: Some(Management::Shared),
            contract: None,
            chosen: None,
        },
        location: LocationAnswers {
            hq_zone: "America/New_York".to_string(),
            hq_start_min: 9 * 60,
            hq_end_min: 17 * 60,
            candidates: vec![
                Candidate::from_country(0, Country::Mexico),
                Candidate::from_country(1, Country::Colombia),
                Candidate::from_country(2, Country::Poland),
                Candidate::from_country(3, Country::India),
            ],
            collaboration_hours: None,
            hq_holidays: None,
        },
        governance: Governance {
            owner_priorities: "VP Product".to_string(),
            owner_decisions: "VP Engineering".to_string(),
            owner_escalation: "Engineering manager, then VP Engineering".to_string(),
            owner_done: "Product owner of the portal".to_string(),
            sprint_weeks: 2,
            notes: String::new(),
            title: "Customer portal: a nearshore team".to_string(),
            company: "Example Co.".to_string(),
            author: "VP Engineering".to_string(),
        },
    }
}

/// Feature work ready to go, QA waiting on its test strategy, maintenance waiting on
/// documentation, and core architecture, which stays in-house.
fn example_work() -> WorkSelection {
    let yes = Answer::Yes;
    let mut work = WorkSelection::default();
    for w in &mut work.workstreams {
        let (value, answers) = match w.kind {
            Some(WorkstreamKind::FeatureDevelopment) => (
                5,
                Answers {
                    acceptance_criteria: yes,
                    documented: yes,
                    owner_reachable: yes,
                    scope_defined: yes,
                    strategic_judgement: Answer::No,
                    kind_condition: yes,
                },
            ),
            Some(WorkstreamKind::QaAutomation) => (
                4,
                Answers {
                    acceptance_criteria: yes,
                    documented: yes,
                    owner_reachable: yes,
                    scope_defined: yes,
                    strategic_judgement: Answer::No,
                    kind_condition: Answer::Unsure,
                },
            ),
            Some(WorkstreamKind::Maintenance) => (
                3,
                Answers {
                    acceptance_criteria: yes,
                    documented: Answer::No,
                    owner_reachable: yes,
                    scope_defined: yes,
                    strategic_judgement: Answer::No,
                    kind_condition: yes,
                },
            ),
            Some(WorkstreamKind::CoreArchitecture) => (4, Answers::default()),
            _ => continue,
        };
        w.selected = true;
        w.value = value;
        w.answers = answers;
    }
    work
}
