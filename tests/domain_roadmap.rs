use offshoring_planner::domain::cost::inputs::SpecClarity;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::overlap::calendar::iso;
use offshoring_planner::domain::roadmap::{
    rank_risks, roadmap, roadmap_moved, scorecard_reviews, working_day, Milestone, Risk, RiskDriver,
};
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
                                                                 // Month 6 is Monday 5 July 2027, the day New York observes Independence Day (the 4th
                                                                 // is a Sunday): the health check moves to the next working day, and says so.
    assert_eq!(date(Milestone::HealthCheck), "2027-07-06");
    let moved = roadmap_moved(&plan);
    let (_, _, why) = moved
        .iter()
        .find(|(m, _, _)| *m == Milestone::HealthCheck)
        .unwrap();
    let why = why.as_ref().expect("moved");
    assert_eq!(iso(why.from), "2027-07-05");
    assert_eq!(why.holiday.en, "Independence Day (substitute day)");
    // Headquarters elsewhere: no US holiday, no move.
    let mut tokyo = plan.clone();
    tokyo.location.hq_zone = "Asia/Tokyo".into();
    let d = roadmap(&tokyo);
    let health = d
        .iter()
        .find(|(m, _)| *m == Milestone::HealthCheck)
        .unwrap()
        .1;
    assert_eq!(iso(health.unwrap()), "2027-07-05");
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

#[test]
fn reviews_move_off_holidays_at_headquarters_to_the_next_working_day() {
    use offshoring_planner::domain::overlap::calendar::days_from_civil;
    use offshoring_planner::domain::overlap::holidays::Holidays;
    let h = Holidays::bundled();
    let us = h.country("US");
    // Thanksgiving, Thursday 25 November 2027: Friday 26th.
    let (d, moved) = working_day(days_from_civil(2027, 11, 25), us);
    assert_eq!(iso(d), "2027-11-26");
    assert_eq!(moved.unwrap().holiday.en, "Thanksgiving Day");
    // Christmas observed on Friday 24 December 2027: past the weekend to Monday 27th.
    let (d, _) = working_day(days_from_civil(2027, 12, 24), us);
    assert_eq!(iso(d), "2027-12-27");
    // A working day stays.
    assert_eq!(
        working_day(days_from_civil(2027, 3, 1), us),
        (days_from_civil(2027, 3, 1), None)
    );
    // The monthly reviews: one per month of the horizon, the same day of the month, a
    // shorter month's last day, each off the holidays.
    let mut plan = example_plan();
    plan.business.start_date = "2027-01-04".into();
    let reviews = scorecard_reviews(&plan);
    assert_eq!(reviews.len(), plan.business.horizon_months as usize);
    for (d, moved) in &reviews {
        assert!(us.unwrap().on(*d).is_none(), "{} is a holiday", iso(*d));
        if let Some(m) = moved {
            assert!(us.unwrap().on(m.from).is_some());
        }
    }
}
