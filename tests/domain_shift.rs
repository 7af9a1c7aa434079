//! A team asked to work outside its usual day: the option made from the location step
//! carries the shift and its premium, the location's effective rate counts it, and an
//! option whose team's hours changed afterwards is out of date until brought up to date
//! (keeping a premium the user set).

mod zones;

use offshoring_planner::domain::cost::case::compute;
use offshoring_planner::domain::cost::inputs::{Range, Shift, SHIFT_PREMIUM};
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::overlap::analysis::{analyse, options_from, stale_overlaps};
use offshoring_planner::domain::Plan;

/// The example with India (candidate 3) working 13:00-22:00.
fn shifted_india() -> Plan {
    let mut plan = example_plan();
    let india = &mut plan.location.candidates[3];
    india.start_min = 13 * 60;
    india.end_min = 22 * 60;
    plan
}

#[test]
fn an_option_from_a_shifted_team_carries_the_premium() {
    let plan = shifted_india();
    let a = analyse(&plan, 2027, &mut zones::fixed);
    let options = options_from(&plan, &a, &[1, 3]);
    assert_eq!(options[0].shift, None, "Colombia works a usual day");
    let s = options[1].shift.expect("India's 13:00-22:00 is a shift");
    assert_eq!((s.start_min, s.end_min), (13 * 60, 22 * 60));
    assert_eq!(s.premium, SHIFT_PREMIUM);
    // The location step's effective rate counts the premium's likely value: India's
    // effective rate rises by exactly 10% against the same team on a usual day.
    let usual = analyse(&example_plan(), 2027, &mut zones::fixed);
    let rate = |a: &offshoring_planner::domain::overlap::analysis::Analysis| {
        a.results[3].assessment.as_ref().unwrap().effective_rate
    };
    let comm = |a: &offshoring_planner::domain::overlap::analysis::Analysis| {
        a.results[3]
            .assessment
            .as_ref()
            .unwrap()
            .communication_overhead
    };
    // Same overhead apart from the premium: compare with the overlap's effect removed.
    let ratio = rate(&a) * (1.0 - comm(&a)) / (rate(&usual) * (1.0 - comm(&usual)));
    assert!((ratio - 1.1).abs() < 1e-9, "{ratio}");
}

#[test]
fn the_premium_raises_the_cost_case_by_its_share_of_the_bill() {
    let mut plan = example_plan();
    let before = compute(&plan.business.case_inputs()).options[2]
        .outcome
        .cost;
    plan.business.options[2].shift = Some(Shift {
        start_min: 13 * 60,
        end_min: 22 * 60,
        premium: Range::exact(0.0),
    });
    let zero = compute(&plan.business.case_inputs()).options[2]
        .outcome
        .cost;
    assert!(
        (zero - before).abs() < 1e-6,
        "a zero premium changes nothing"
    );
    plan.business.options[2].shift.as_mut().unwrap().premium = Range::exact(0.15);
    let after = compute(&plan.business.case_inputs()).options[2]
        .outcome
        .cost;
    assert!(after > before * 1.05, "{before} -> {after}");
    // A premium outside 0-100% is refused by name.
    plan.business.options[2].shift.as_mut().unwrap().premium = Range::exact(1.5);
    let err = plan.check().unwrap_err();
    assert!(format!("{err:?}").contains("shift.premium"), "{err:?}");
}

#[test]
fn hours_changed_after_the_options_were_made_are_out_of_date() {
    let mut plan = example_plan();
    let a = analyse(&plan, 2027, &mut zones::fixed);
    plan.business.options = options_from(&plan, &a, &[1, 3]);
    assert!(stale_overlaps(&plan, &a).is_empty());
    // India moves to 13:00-22:00: its option is out of date, with the shift it works now.
    plan.location.candidates[3].start_min = 13 * 60;
    plan.location.candidates[3].end_min = 22 * 60;
    let a = analyse(&plan, 2027, &mut zones::fixed);
    let stale = stale_overlaps(&plan, &a);
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0].option, 1);
    let now = stale[0].shift.expect("the shift changed").expect("a shift");
    assert_eq!((now.start_min, now.end_min), (13 * 60, 22 * 60));
    let x = stale[0].clone();
    x.apply(&mut plan.business.options[1]);
    assert!(stale_overlaps(&plan, &a).is_empty());
    // The user sets the premium; a later change of hours keeps it.
    plan.business.options[1].shift.as_mut().unwrap().premium = Range::new(0.1, 0.15, 0.25);
    assert!(
        stale_overlaps(&plan, &a).is_empty(),
        "a premium is the user's"
    );
    plan.location.candidates[3].end_min = 21 * 60;
    let a = analyse(&plan, 2027, &mut zones::fixed);
    let x = stale_overlaps(&plan, &a)[0].clone();
    x.apply(&mut plan.business.options[1]);
    let s = plan.business.options[1].shift.unwrap();
    assert_eq!(s.end_min, 21 * 60);
    assert_eq!(s.premium, Range::new(0.1, 0.15, 0.25));
    // Back to a usual day: the shift goes.
    plan.location.candidates[3].start_min = 9 * 60;
    plan.location.candidates[3].end_min = 17 * 60;
    let a = analyse(&plan, 2027, &mut zones::fixed);
    let x = stale_overlaps(&plan, &a)[0].clone();
    assert_eq!(x.shift, Some(None));
    x.apply(&mut plan.business.options[1]);
    assert_eq!(plan.business.options[1].shift, None);
}
