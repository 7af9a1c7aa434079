use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::persist::{decode, encode, LoadProblem, Loaded, SCHEMA_VERSION};
use offshoring_planner::domain::plan::{Goal, WorkstreamKind};
use offshoring_planner::domain::Plan;

const SAVED_AT: &str = "2026-11-26T10:00:00.000Z";

#[test]
fn a_plan_round_trips_through_its_envelope() {
    let plan = example_plan();
    let raw = encode(&plan, SAVED_AT);
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    assert_eq!(v["saved_at"], SAVED_AT);
    assert_eq!(v["plan"]["business"]["team_size"], 8);
    assert_eq!(
        decode(Some(&raw)),
        Loaded::Plan {
            plan: Box::new(plan),
            saved_at: SAVED_AT.to_string()
        }
    );
}

#[test]
fn nothing_stored_is_not_an_error() {
    assert_eq!(decode(None), Loaded::Nothing);
}

fn problem(raw: &str) -> LoadProblem {
    match decode(Some(raw)) {
        Loaded::Unreadable(p) => p,
        other => panic!("expected unreadable for {raw:?}, got {other:?}"),
    }
}

#[test]
fn garbage_and_truncated_values_are_unreadable() {
    let good = encode(&example_plan(), SAVED_AT);
    assert_eq!(problem("garbage"), LoadProblem::NotJson);
    assert_eq!(problem(""), LoadProblem::NotJson);
    assert_eq!(problem(&good[..good.len() / 2]), LoadProblem::NotJson);
    assert!(matches!(problem("null"), LoadProblem::WrongShape(_)));
    assert!(matches!(problem("[]"), LoadProblem::WrongShape(_)));
    assert!(matches!(problem("{}"), LoadProblem::WrongShape(_)));
    assert!(matches!(
        problem(r#"{"schema_version":"1","saved_at":"x","plan":{}}"#),
        LoadProblem::WrongShape(_)
    ));
}

#[test]
fn wrong_types_inside_the_plan_are_unreadable() {
    let raw = r#"{"schema_version":1,"saved_at":"x","plan":{"business":{"team_size":"eight"}}}"#;
    assert!(matches!(problem(raw), LoadProblem::WrongShape(_)));
    let raw = r#"{"schema_version":1,"saved_at":"x","plan":{"business":{"primary_goal":"world_domination"}}}"#;
    assert!(matches!(problem(raw), LoadProblem::WrongShape(_)));
}

#[test]
fn missing_fields_take_their_defaults() {
    let raw = r#"{"schema_version":1,"saved_at":"x","plan":{"business":{"team_size":12}}}"#;
    match decode(Some(raw)) {
        Loaded::Plan { plan, .. } => {
            assert_eq!(plan.business.team_size, 12);
            assert_eq!(
                plan.business.horizon_months,
                Plan::default().business.horizon_months
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn out_of_range_values_are_refused_not_clamped() {
    let mut plan = example_plan();
    plan.business.team_size = 0;
    match problem(&encode(&plan, SAVED_AT)) {
        LoadProblem::OutOfRange(f) => assert_eq!(f.field, "business.team_size"),
        other => panic!("{other:?}"),
    }
    let mut plan = example_plan();
    plan.location.hq_zone = "<img src=x onerror=alert(1)>".into();
    assert!(matches!(
        problem(&encode(&plan, SAVED_AT)),
        LoadProblem::OutOfRange(_)
    ));
    let mut plan = example_plan();
    plan.business.scope = "x".repeat(501);
    assert!(matches!(
        problem(&encode(&plan, SAVED_AT)),
        LoadProblem::OutOfRange(_)
    ));
    let mut plan = example_plan();
    plan.location.hq_end_min = plan.location.hq_start_min;
    assert!(matches!(
        problem(&encode(&plan, SAVED_AT)),
        LoadProblem::OutOfRange(_)
    ));
}

#[test]
fn newer_and_unknown_versions_are_not_read() {
    let raw = encode(&example_plan(), SAVED_AT).replacen(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        "\"schema_version\":99",
        1,
    );
    assert_eq!(problem(&raw), LoadProblem::NewerVersion { version: 99 });
    let raw = r#"{"schema_version":0,"saved_at":"x","plan":{}}"#;
    assert_eq!(
        problem(raw),
        LoadProblem::OlderUnknownVersion { version: 0 }
    );
}

#[test]
fn oversized_values_are_not_parsed() {
    let raw = format!("\"{}\"", "x".repeat(1_000_001));
    assert!(matches!(problem(&raw), LoadProblem::TooLarge { .. }));
}

#[test]
fn unknown_fields_are_refused() {
    let raw = r#"{"schema_version":1,"saved_at":"x","plan":{"business":{"evil":1}}}"#;
    assert!(matches!(problem(raw), LoadProblem::WrongShape(_)));
}

#[test]
fn the_example_plan_is_a_us_company_with_8_engineers_over_18_months() {
    let plan = example_plan();
    assert_eq!(plan.check(), Ok(()));
    assert_eq!(plan.business.team_size, 8);
    assert_eq!(plan.business.horizon_months, 18);
    assert_eq!(plan.business.primary_goal, Some(Goal::FasterDelivery));
    assert!(plan.location.hq_zone.starts_with("America/"));
    assert!(plan.work.is_selected(WorkstreamKind::FeatureDevelopment));
    assert!(!plan.is_blank());
    assert!(Plan::default().is_blank());
}

/// Every schema version ever released keeps a fixture here, and must keep opening.
#[test]
fn the_schema_1_fixture_still_opens() {
    let raw = include_str!("fixtures/plan-v1.json");
    match decode(Some(raw)) {
        Loaded::Plan { plan, saved_at } => {
            assert_eq!(saved_at, "2026-11-26T12:00:00.000Z");
            assert_eq!(plan.business.team_size, 8);
            assert_eq!(plan.business.horizon_months, 18);
            assert_eq!(plan.business.options.len(), 3);
            assert_eq!(plan.location.hq_zone, "America/New_York");
        }
        other => panic!("the v1 fixture no longer opens: {other:?}"),
    }
}

#[test]
#[ignore = "writes the fixture; run once when a schema version is released"]
fn write_the_schema_fixture() {
    let raw = encode(&example_plan(), "2026-11-26T12:00:00.000Z");
    let pretty: serde_json::Value = serde_json::from_str(&raw).unwrap();
    std::fs::write(
        format!("tests/fixtures/plan-v{SCHEMA_VERSION}.json"),
        serde_json::to_string_pretty(&pretty).unwrap() + "\n",
    )
    .unwrap();
}
