//! The plan's decision: the lead option (the first of equals, the same the comparison of
//! scenarios shows), the ask a year at a time, in-house against the lead on the one fit
//! model with the factor that decides it, what moves and what stays, and the top three
//! risks with their owners.

use offshoring_planner::app::scenarios::key_figures;
use offshoring_planner::domain::cost::fit::Factor;
use offshoring_planner::domain::cost::years::Year;
use offshoring_planner::domain::decision::{decide, owner_of, Owner};
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::roadmap::Risk;

#[test]
fn the_lead_is_the_one_the_scenarios_compare() {
    let plan = example_plan();
    let d = decide(&plan, Some(7.0));
    let k = key_figures(&plan);
    assert_eq!(d.lead, k.best);
    // Two options alike: the first is the lead.
    let mut twins = example_plan();
    let first = twins.business.options[0].clone();
    twins.business.options = vec![first.clone(), first];
    assert_eq!(decide(&twins, None).lead.map(|l| l.index), Some(0));
}

#[test]
fn the_ask_adds_up_to_the_lead_options_cost_year_by_year() {
    let plan = example_plan();
    let d = decide(&plan, None);
    let lead = d.lead.expect("the example has options");
    let total: f64 = d.ask.iter().map(|a| a.budget).sum();
    assert!(
        (total - lead.cost).abs() < 0.01,
        "{total} against {}",
        lead.cost
    );
    let months: u32 = d.ask.iter().map(|a| a.months).sum();
    assert_eq!(months, plan.business.horizon_months);
    // The example starts in January 2027 with a calendar fiscal year and a pilot of 2
    // for 3 months: FY2027 starts with the pilot, then the whole team.
    assert!(matches!(d.ask[0].year, Year::Fiscal { name: 2027, .. }));
    assert_eq!(d.ask[0].pilot_engineers, Some(2));
    assert_eq!(d.ask[0].engineers, plan.business.team_size);
    assert_eq!(d.ask[1].pilot_engineers, None);
    // No start date: plan years.
    let mut undated = example_plan();
    undated.business.start_date.clear();
    assert!(matches!(decide(&undated, None).ask[0].year, Year::Plan(1)));
    // A pilot as long as the first year: that year asks for the pilot only.
    let mut long = example_plan();
    long.business.pilot.months = 12;
    let a = &decide(&long, None).ask[0];
    assert_eq!((a.engineers, a.pilot_engineers), (2, None));
}

#[test]
fn in_house_against_the_lead_names_the_factor_that_decides() {
    let mut plan = example_plan();
    // Control above all: in-house (full control) fits better, on control.
    plan.business.weights.control = 5;
    plan.business.weights.speed = 1;
    plan.business.weights.capability = 1;
    plan.business.weights.stability = 1;
    plan.business.weights.quality = 1;
    let f = decide(&plan, None).fit.expect("a verdict");
    assert!(f.inhouse_better, "{f:?}");
    assert_eq!(f.factor, Factor::Control);
    // Speed above all: the vendor starts months sooner.
    plan.business.weights.control = 1;
    plan.business.weights.speed = 5;
    let f = decide(&plan, None).fit.expect("a verdict");
    assert!(!f.inhouse_better, "{f:?}");
    assert_eq!(f.factor, Factor::Speed);
}

#[test]
fn work_the_work_step_keeps_in_house_is_not_moved() {
    let plan = example_plan();
    let d = decide(&plan, None);
    let name = |id: &u32| {
        plan.work
            .workstreams
            .iter()
            .find(|w| w.id == *id)
            .map(|w| w.kind)
    };
    use offshoring_planner::domain::plan::WorkstreamKind;
    assert!(d
        .to_keep
        .iter()
        .any(|id| name(id) == Some(Some(WorkstreamKind::CoreArchitecture))));
    assert!(!d.to_move.iter().any(|id| d.to_keep.contains(id)));
    assert_eq!(
        d.to_move.len() + d.to_keep.len(),
        plan.work.selected().count()
    );
}

#[test]
fn the_top_three_risks_carry_their_owners() {
    let mut plan = example_plan();
    let d = decide(&plan, Some(7.0));
    assert_eq!(d.risks.len(), 3);
    let communication = d
        .risks
        .iter()
        .find(|r| r.risk == Risk::CommunicationGaps)
        .expect("communication gaps rank high in the example");
    assert_eq!(communication.owner, Owner::Priorities);
    assert_eq!(communication.name, plan.governance.owner_priorities);
    // An owner not named yet is empty, for the summary to say so.
    plan.governance.owner_priorities = "  ".into();
    let d = decide(&plan, Some(7.0));
    let r = d
        .risks
        .iter()
        .find(|r| r.risk == Risk::CommunicationGaps)
        .unwrap();
    assert_eq!(r.name, "");
    // Each of the four risks is a different owner's job.
    let owners: std::collections::HashSet<_> = [
        Risk::CommunicationGaps,
        Risk::TimeZoneFriction,
        Risk::QualityDrift,
        Risk::WeakContext,
    ]
    .into_iter()
    .map(|r| format!("{:?}", owner_of(r)))
    .collect();
    assert_eq!(owners.len(), 4);
}
