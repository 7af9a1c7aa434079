use offshoring_planner::domain::cost::inputs::SpecClarity;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::overlap::calendar::iso;
use offshoring_planner::domain::roadmap::{rank_risks, roadmap, Milestone, Risk, RiskDriver};
use offshoring_planner::domain::Plan;

#[test]
fn milestones_are_dated_from_the_start_date() {
    let mut plan = example_plan();
    plan.business.start_date = "2027-01-04".into();
    let dates: Vec<(Milestone, String)> = roadmap(&plan)
        .into_iter()
        .map(|(m, d)| (m, iso(d.unwrap())))
        .collect();
    let date = |m: Milestone| dates.iter().find(|(x, _)| *x == m).unwrap().1.clone();
    assert_eq!(date(Milestone::BusinessCaseWritten), "2026-11-23"); // 6 weeks before
    assert_eq!(date(Milestone::GovernanceSet), "2026-12-28"); // before the first sprint
    assert_eq!(date(Milestone::FirstSprint), "2027-01-04");
    assert_eq!(date(Milestone::KnowledgeTransferReview), "2027-02-03"); // day 30
    assert_eq!(date(Milestone::GovernanceReview), "2027-03-01"); // week 8
    assert_eq!(date(Milestone::HealthCheck), "2027-07-05"); // month 6
    let offsets: Vec<i64> = roadmap(&plan)
        .iter()
        .map(|(m, _)| m.offset_days())
        .collect();
    assert!(offsets.windows(2).all(|w| w[0] <= w[1]), "in date order");
}

#[test]
fn without_a_start_date_the_milestones_are_undated() {
    let plan = Plan::default();
    assert!(roadmap(&plan).iter().all(|(_, d)| d.is_none()));
}

#[test]
fn a_one_hour_overlap_makes_time_zone_friction_the_top_risk() {
    let mut plan = example_plan();
    plan.business.spec_clarity = SpecClarity::Clear;
    let ranked = rank_risks(&plan, Some(1.0));
    assert_eq!(ranked[0].risk, Risk::TimeZoneFriction);
    assert_eq!(ranked[0].drivers, vec![RiskDriver::OverlapAtMostOneHour]);
}

#[test]
fn unclear_specs_make_communication_gaps_the_top_risk() {
    let mut plan = example_plan();
    plan.business.spec_clarity = SpecClarity::Unclear;
    let ranked = rank_risks(&plan, Some(7.0));
    assert_eq!(ranked[0].risk, Risk::CommunicationGaps);
    assert!(ranked[0].drivers.contains(&RiskDriver::SpecsUnclear));
    assert_eq!(ranked.len(), 4);
    let tz = ranked
        .iter()
        .find(|r| r.risk == Risk::TimeZoneFriction)
        .unwrap();
    assert_eq!(
        (tz.score, tz.drivers.len()),
        (1, 0),
        "7 hours of overlap adds nothing"
    );
}
