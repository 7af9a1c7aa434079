use offshoring_planner::app::scenarios::{key_figures, Scenarios};
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::Plan;

/// No saved scenarios; the plan being edited is called `name`.
fn named(name: &str) -> Scenarios {
    Scenarios {
        active_name: name.into(),
        ..Scenarios::default()
    }
}

#[test]
fn duplicate_switch_and_delete_keep_every_plan() {
    let mut s = named("Baseline");
    let base = example_plan();
    s.duplicate(&base, "Bigger team", "Unnamed plan").unwrap();
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
    assert_eq!(s.name(s.active_id), Some("Baseline"));
    assert_eq!(s.name(s.saved[0].id), Some("Bigger team"));
    assert_eq!(s.name(999), None);
    let id = s.saved[0].id;
    assert!(s.has(id) && s.has(s.active_id) && !s.has(999));
    assert_eq!(s.delete(id).as_deref(), Some("Bigger team"));
    assert!(s.saved.is_empty() && !s.has(id));
    assert_eq!(s.delete(id), None);
}

#[test]
fn stored_scenarios_round_trip_and_garbage_is_refused() {
    let mut s = Scenarios::default();
    s.duplicate(&example_plan(), "Copy", "Unnamed plan")
        .unwrap();
    assert_eq!(Scenarios::decode(&s.encode()), Some(s.clone()));
    assert_eq!(Scenarios::decode("garbage"), None);
    assert_eq!(
        Scenarios::decode("{\"schema_version\":99,\"scenarios\":{}}"),
        None
    );
    let mut bad = s.clone();
    bad.saved[0].plan.business.team_size = 0;
    assert_eq!(Scenarios::decode(&bad.encode()), None);
    assert!(s
        .duplicate(&Plan::default(), &"x".repeat(81), "Unnamed plan")
        .is_err());
}

#[test]
fn a_plan_without_a_name_is_kept_under_the_unnamed_name() {
    let mut s = named("  ");
    s.duplicate(&example_plan(), "Unnamed plan (copy)", "Unnamed plan")
        .unwrap();
    assert_eq!(s.saved[0].name, "Unnamed plan");
    assert_eq!(s.active_name, "Unnamed plan (copy)");
    // A refused copy changes nothing.
    let mut full = named("");
    for i in 0..20 {
        full.saved
            .push(offshoring_planner::app::scenarios::Scenario {
                id: i + 1,
                name: format!("Plan {i}"),
                plan: Plan::default(),
            });
    }
    assert!(full
        .duplicate(&Plan::default(), "Copy", "Unnamed plan")
        .is_err());
    assert_eq!(full.active_name, "");
    assert_eq!(full.saved.len(), 20);
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

#[test]
fn a_plan_is_kept_only_when_a_saved_scenario_holds_it_word_for_word() {
    let mut s = Scenarios::default();
    let base = example_plan();
    assert!(!s.keeps(&base), "nothing saved yet");
    let mut variant = base.clone();
    variant.business.team_size = 12;
    s.duplicate(&base, "Bigger team", "Unnamed plan").unwrap();
    assert!(s.keeps(&base));
    assert!(
        !s.keeps(&variant),
        "the active plan is not among the saved ones"
    );
    // Another tab switches back to the baseline: the variant is kept, the baseline is not.
    let back = s.switch_to(s.saved[0].id, &variant).unwrap();
    assert!(s.keeps(&variant));
    assert!(!s.keeps(&back));
    let mut edited = variant.clone();
    edited.business.team_size = 13;
    assert!(!s.keeps(&edited), "an edit since the switch is not kept");
}

#[test]
fn keeping_an_edit_after_another_tab_switched_puts_the_list_back_and_keeps_theirs() {
    let mut s = named("Baseline");
    let base = example_plan();
    s.duplicate(&base, "Copy", "Unnamed plan").unwrap();
    let copy_id = s.active_id;
    let baseline_id = s.saved[0].id;
    let mut copy = base.clone();
    copy.business.team_size = 40;
    // The other tab switches back to "Baseline"; this tab adopts that list.
    let mut theirs_list = s.clone();
    let theirs = theirs_list.switch_to(baseline_id, &copy).unwrap();
    // This tab keeps its own edit of the copy.
    assert!(theirs_list.go_back_to(copy_id, &theirs));
    assert_eq!(theirs_list.active_id, copy_id);
    assert_eq!(theirs_list.active_name, "Copy");
    assert_eq!(theirs_list.saved.len(), 1);
    assert_eq!(theirs_list.saved[0].name, "Baseline");
    assert_eq!(
        theirs_list.saved[0].plan, base,
        "the other tab's plan is kept"
    );
    // Nothing to go back to: the origin is the active one, or gone.
    assert!(!theirs_list.go_back_to(copy_id, &theirs));
    assert!(!theirs_list.go_back_to(999, &theirs));
}
