use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::scenarios::{key_figures, Scenarios};
use offshoring_planner::domain::Plan;

#[test]
fn duplicate_switch_and_delete_keep_every_plan() {
    let mut s = Scenarios {
        active_name: "Baseline".into(),
        ..Scenarios::default()
    };
    let base = example_plan();
    s.duplicate(&base, "Bigger team").unwrap();
    assert_eq!(s.saved.len(), 1);
    assert_eq!(s.saved[0].name, "Baseline");
    let mut variant = base.clone();
    variant.business.team_size = 12;
    // Switching back stores the variant and returns the baseline.
    let baseline_id = s.saved[0].id;
    let back = s.switch_to(baseline_id, &variant).unwrap();
    assert_eq!(back, base);
    assert_eq!(s.active_name, "Baseline");
    assert_eq!(s.saved[0].name, "Bigger team");
    assert_eq!(s.saved[0].plan.business.team_size, 12);
    assert_eq!(s.plan(s.saved[0].id, &back).unwrap().business.team_size, 12);
    assert_eq!(s.switch_to(999, &back), None);
    let id = s.saved[0].id;
    s.delete(id);
    assert!(s.saved.is_empty());
}

#[test]
fn stored_scenarios_round_trip_and_garbage_is_refused() {
    let mut s = Scenarios::default();
    s.duplicate(&example_plan(), "Copy").unwrap();
    assert_eq!(Scenarios::decode(&s.encode()), Some(s.clone()));
    assert_eq!(Scenarios::decode("garbage"), None);
    assert_eq!(
        Scenarios::decode("{\"schema_version\":99,\"scenarios\":{}}"),
        None
    );
    let mut bad = s.clone();
    bad.saved[0].plan.business.team_size = 0;
    assert_eq!(Scenarios::decode(&bad.encode()), None);
    assert!(s.duplicate(&Plan::default(), &"x".repeat(81)).is_err());
}

#[test]
fn key_figures_follow_the_plan() {
    let base = key_figures(&example_plan());
    let mut bigger = example_plan();
    bigger.business.team_size = 16;
    let big = key_figures(&bigger);
    assert_eq!(big.team_size, 16);
    assert!(big.inhouse_cost > base.inhouse_cost * 1.9);
    assert!(base.best.is_some() && base.model.is_some() && base.pilot_id.is_some());
}
