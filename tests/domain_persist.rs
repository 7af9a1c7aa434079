use offshoring_planner::app::persist::{
    check_save, decode, encode, is_quota_error, migrate, stored_revision, LoadProblem, Loaded,
    SaveCheck, MAX_REVISION, SCHEMA_VERSION,
};
use offshoring_planner::domain::business::Currency;
use offshoring_planner::domain::cost::inputs::{Range, Shift};
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::fx::Contract;
use offshoring_planner::domain::overlap::locations::Country;
use offshoring_planner::domain::plan::{Goal, WorkstreamKind};
use offshoring_planner::domain::Plan;

const SAVED_AT: &str = "2026-11-26T10:00:00.000Z";

#[test]
fn a_plan_round_trips_through_its_envelope() {
    let plan = example_plan();
    let raw = encode(&plan, 7, SAVED_AT);
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    assert_eq!(v["saved_at"], SAVED_AT);
    assert_eq!(v["revision"], 7);
    assert_eq!(v["plan"]["business"]["team_size"], 8);
    assert_eq!(
        decode(Some(&raw)),
        Loaded::Plan {
            plan: Box::new(plan),
            saved_at: SAVED_AT.to_string(),
            revision: 7,
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
    let good = encode(&example_plan(), 7, SAVED_AT);
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
    match problem(&encode(&plan, 7, SAVED_AT)) {
        LoadProblem::OutOfRange(f) => assert_eq!(f.field, "business.team_size"),
        other => panic!("{other:?}"),
    }
    let mut plan = example_plan();
    plan.location.hq_zone = "<img src=x onerror=alert(1)>".into();
    assert!(matches!(
        problem(&encode(&plan, 7, SAVED_AT)),
        LoadProblem::OutOfRange(_)
    ));
    let mut plan = example_plan();
    plan.business.scope = "x".repeat(501);
    assert!(matches!(
        problem(&encode(&plan, 7, SAVED_AT)),
        LoadProblem::OutOfRange(_)
    ));
    let mut plan = example_plan();
    plan.location.hq_end_min = plan.location.hq_start_min;
    assert!(matches!(
        problem(&encode(&plan, 7, SAVED_AT)),
        LoadProblem::OutOfRange(_)
    ));
}

#[test]
fn a_newer_version_is_shown_as_far_as_this_build_understands_it() {
    let raw = encode(&example_plan(), 7, SAVED_AT).replacen(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        "\"schema_version\":99",
        1,
    );
    // A field this build does not know, at the top and inside the plan.
    let raw = raw.replacen("\"business\":{", "\"business\":{\"future_field\":[1,2],", 1);
    match decode(Some(&raw)) {
        Loaded::Newer { version, plan } => {
            assert_eq!(version, 99);
            assert_eq!(plan.expect("readable part").business.team_size, 8);
        }
        other => panic!("{other:?}"),
    }
    // A newer value this build cannot read at all still counts as newer, never as garbage.
    let raw = r#"{"schema_version":60,"plan":{"business":{"team_size":"many"}}}"#;
    assert_eq!(
        decode(Some(raw)),
        Loaded::Newer {
            version: 60,
            plan: None
        }
    );
    assert_eq!(stored_revision(Some(raw)), Some(MAX_REVISION));
}

#[test]
fn unknown_older_versions_are_not_read() {
    let raw = r#"{"schema_version":0,"saved_at":"x","plan":{}}"#;
    assert_eq!(
        problem(raw),
        LoadProblem::OlderUnknownVersion { version: 0 }
    );
    assert!(matches!(
        problem(r#"{"schema_version":-1,"plan":{}}"#),
        LoadProblem::WrongShape(_)
    ));
    assert!(matches!(
        problem(r#"{"schema_version":4294967296,"plan":{}}"#),
        LoadProblem::WrongShape(_)
    ));
}

#[test]
fn version_1_gains_a_revision_counter_starting_at_zero() {
    let v1: serde_json::Value =
        serde_json::from_str(r#"{"schema_version":1,"saved_at":"x","plan":{}}"#).unwrap();
    let v2 = migrate(v1, 1).unwrap();
    assert_eq!(v2["schema_version"], SCHEMA_VERSION);
    assert_eq!(v2["revision"], 0);
    assert_eq!(v2["saved_at"], "x");
    assert!(migrate(serde_json::json!({}), 0).is_err());
    assert!(migrate(serde_json::json!({}), SCHEMA_VERSION + 1).is_err());
}

#[test]
fn a_stale_tab_never_overwrites_a_newer_save() {
    assert_eq!(check_save(3, None), SaveCheck::Write { revision: 4 });
    assert_eq!(check_save(3, Some(3)), SaveCheck::Write { revision: 4 });
    assert_eq!(check_save(3, Some(2)), SaveCheck::Write { revision: 4 });
    assert_eq!(check_save(3, Some(4)), SaveCheck::Conflict { theirs: 4 });
    assert_eq!(
        check_save(MAX_REVISION, Some(MAX_REVISION)),
        SaveCheck::Write {
            revision: MAX_REVISION
        }
    );
    let raw = encode(&example_plan(), 5, SAVED_AT);
    assert_eq!(stored_revision(Some(&raw)), Some(5));
    assert_eq!(stored_revision(Some("garbage")), None);
    assert_eq!(stored_revision(None), None);
}

#[test]
fn revisions_beyond_what_json_carries_exactly_are_refused() {
    let raw = encode(&example_plan(), 7, SAVED_AT).replacen(
        "\"revision\":7",
        "\"revision\":18446744073709551615",
        1,
    );
    assert!(matches!(problem(&raw), LoadProblem::WrongShape(_)));
    let raw = encode(&example_plan(), 7, SAVED_AT).replacen("\"revision\":7", "\"revision\":-1", 1);
    assert!(matches!(problem(&raw), LoadProblem::WrongShape(_)));
}

#[test]
fn every_browser_name_for_a_full_quota_is_recognised() {
    for name in [
        "QuotaExceededError",
        "NS_ERROR_DOM_QUOTA_REACHED",
        "QUOTA_EXCEEDED_ERR",
    ] {
        assert!(is_quota_error(name), "{name}");
    }
    for name in ["SecurityError", "Error", "", "quotaexceedederror"] {
        assert!(!is_quota_error(name), "{name}");
    }
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
        Loaded::Plan {
            plan,
            saved_at,
            revision,
        } => {
            assert_eq!(saved_at, "2026-11-26T12:00:00.000Z");
            assert_eq!(revision, 0, "version 1 had no revision: it starts at 0");
            assert_eq!(plan.business.team_size, 8);
            assert_eq!(plan.business.horizon_months, 18);
            assert_eq!(plan.business.options.len(), 3);
            assert_eq!(plan.location.hq_zone, "America/New_York");
        }
        other => panic!("the v1 fixture no longer opens: {other:?}"),
    }
}

#[test]
fn the_schema_2_fixture_still_opens() {
    let raw = include_str!("fixtures/plan-v2.json");
    match decode(Some(raw)) {
        Loaded::Plan {
            plan,
            saved_at,
            revision,
        } => {
            assert_eq!(saved_at, "2026-11-27T12:00:00.000Z");
            assert_eq!(revision, 41);
            assert_eq!(plan.business.team_size, 8);
            assert_eq!(plan.location.hq_zone, "America/New_York");
            // Version 3's fields take their defaults; 18 months was not the old
            // default of 12, so the user had set it.
            assert!(plan.engagement.length_set);
            assert_eq!(plan.engagement.horizon_months, 18);
            assert!(!plan.business.pilot.on);
            assert_eq!(plan.business.assumptions.discount_rate, 0.08);
            assert_eq!(plan.business.options[0].country, None);
        }
        other => panic!("the v2 fixture no longer opens: {other:?}"),
    }
}

#[test]
fn a_version_2_length_of_12_months_follows_the_horizon() {
    let raw = include_str!("fixtures/plan-v2.json").replace(
        "\"horizon_months\": 18,\n      \"leadership\"",
        "\"horizon_months\": 12,\n      \"leadership\"",
    );
    assert!(
        raw.contains("\"horizon_months\": 12"),
        "the fixture's layout changed"
    );
    let Loaded::Plan { plan, .. } = decode(Some(&raw)) else {
        panic!("does not open");
    };
    assert!(!plan.engagement.length_set);
    assert_eq!(plan.engagement.horizon_months, plan.business.horizon_months);
}

#[test]
fn the_schema_3_fixture_still_opens() {
    let raw = include_str!("fixtures/plan-v3.json");
    match decode(Some(raw)) {
        Loaded::Plan { plan, revision, .. } => {
            assert_eq!(revision, 41);
            assert!(plan.business.pilot.on);
            assert_eq!(plan.business.options[0].country, Some(Country::Colombia));
            assert!(!plan.engagement.length_set);
        }
        other => panic!("the v3 fixture no longer opens: {other:?}"),
    }
}

#[test]
fn the_schema_4_fixture_still_opens() {
    let raw = include_str!("fixtures/plan-v4.json");
    match decode(Some(raw)) {
        Loaded::Plan { plan, .. } => {
            assert_eq!(plan.business.currency, Currency::Eur);
            assert_eq!(plan.business.usd_rate, Some(0.9));
            assert_eq!(plan.business.options[0].contract, Contract::Cop);
        }
        other => panic!("the v4 fixture no longer opens: {other:?}"),
    }
}

#[test]
fn the_schema_5_fixture_still_opens() {
    let raw = include_str!("fixtures/plan-v5.json");
    match decode(Some(raw)) {
        Loaded::Plan { plan, .. } => {
            assert_eq!(plan.location.hq_holidays.as_deref(), Some("GB"));
            assert_eq!(plan.location.candidates[1].holidays.as_deref(), Some("CO"));
            assert_eq!(plan.business.options[0].contract, Contract::Cop);
        }
        other => panic!("the v5 fixture no longer opens: {other:?}"),
    }
}

#[test]
fn the_schema_6_fixture_still_opens() {
    let raw = include_str!("fixtures/plan-v6.json");
    match decode(Some(raw)) {
        Loaded::Plan { plan, .. } => {
            let s = plan.business.options[1].shift.expect("the fixture's shift");
            assert_eq!((s.start_min, s.end_min), (13 * 60, 22 * 60));
            assert_eq!(s.premium.likely, 0.12);
            assert_eq!(plan.business.options[0].shift, None);
        }
        other => panic!("the v6 fixture no longer opens: {other:?}"),
    }
}

/// The newest fixture, read and written again, comes out byte for byte the same, so a
/// change to the stored shape cannot slip in without a new schema version, a migration
/// and a new fixture.
#[test]
fn this_build_writes_the_newest_fixture_byte_for_byte() {
    let newest = include_str!("fixtures/plan-v6.json");
    let Loaded::Plan { plan, .. } = decode(Some(newest)) else {
        panic!("the newest fixture does not open");
    };
    let raw = encode(&plan, 41, "2026-11-27T12:00:00.000Z");
    let pretty: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(
        serde_json::to_string_pretty(&pretty).unwrap() + "\n",
        newest,
        "the stored shape changed: bump SCHEMA_VERSION, add a migration and a fixture"
    );
}

#[test]
#[ignore = "writes the fixture; run once when a schema version is released"]
fn write_the_schema_fixture() {
    // The example, with what version 4 added: a plan in euros at the user's rate, and a
    // contract in Colombian pesos.
    let mut plan = example_plan();
    plan.business.currency = Currency::Eur;
    plan.business.usd_rate = Some(0.9);
    plan.business.options[0].contract = Contract::Cop;
    // And version 5's: the countries whose holidays count, chosen.
    plan.location.hq_holidays = Some("GB".into());
    plan.location.candidates[1].holidays = Some("CO".into());
    // And version 6's: a team on a shift, with the user's premium.
    plan.business.options[1].shift = Some(Shift {
        start_min: 13 * 60,
        end_min: 22 * 60,
        premium: Range::new(0.05, 0.12, 0.2),
    });
    let raw = encode(&plan, 41, "2026-11-27T12:00:00.000Z");
    let pretty: serde_json::Value = serde_json::from_str(&raw).unwrap();
    std::fs::write(
        format!("tests/fixtures/plan-v{SCHEMA_VERSION}.json"),
        serde_json::to_string_pretty(&pretty).unwrap() + "\n",
    )
    .unwrap();
}

/// A save compares the stored text with the plan's JSON instead of parsing it: the
/// comparison must say "same" only for the same plan.
#[test]
fn an_envelope_holds_exactly_its_own_plan() {
    use offshoring_planner::app::persist::{envelope, holds, plan_json};
    let a = offshoring_planner::domain::example::example_plan();
    let mut b = a.clone();
    b.business.team_size += 1;
    let raw = encode(&a, 3, "2026-11-27T12:00:00.000Z");
    assert_eq!(raw, envelope(&plan_json(&a), 3, "2026-11-27T12:00:00.000Z"));
    assert!(holds(&raw, &plan_json(&a)));
    assert!(!holds(&raw, &plan_json(&b)));
    assert!(!holds(&raw, ""), "an empty plan text is not a plan");
    assert!(
        !holds(&raw[..raw.len() - 1], &plan_json(&a)),
        "a cut envelope"
    );
    // The saved-at text is escaped like any JSON string.
    let odd = envelope(&plan_json(&a), 1, "\"}");
    assert!(matches!(decode(Some(&odd)), Loaded::Plan { saved_at, .. } if saved_at == "\"}"));
}

/// Without the JSON reader, a save reads the revision from the envelope's first bytes:
/// it must agree with a full read for every envelope this build writes, and give up on
/// anything else rather than guess.
#[test]
fn the_revision_is_read_from_our_own_envelope_without_parsing() {
    use offshoring_planner::app::persist::{envelope_revision, stored_revision, MAX_REVISION};
    let plan = offshoring_planner::domain::example::example_plan();
    for revision in [0, 1, 9, 10, 12_345, MAX_REVISION] {
        let raw = encode(&plan, revision, "2026-11-27T12:00:00.000Z");
        assert_eq!(envelope_revision(&raw), Some(revision));
        assert_eq!(envelope_revision(&raw), stored_revision(Some(&raw)));
    }
    let raw = encode(&plan, 7, "t");
    let others = [
        String::new(),
        "{}".to_string(),
        raw.replacen(
            &format!("\"schema_version\":{SCHEMA_VERSION}"),
            &format!("\"schema_version\":{}", SCHEMA_VERSION + 1),
            1,
        ),
        raw.replacen("\"revision\":7", "\"revision\":07", 1),
        raw.replacen("\"revision\":7", "\"revision\":", 1),
        raw.replacen("\"revision\":7", "\"revision\":-7", 1),
        raw.replacen("\"revision\":7", "\"revision\":7.5", 1),
        raw.replacen("\"revision\":7", "\"revision\":99999999999999999999", 1),
        raw.replacen(
            "\"revision\":7",
            &format!("\"revision\":{}", MAX_REVISION + 1),
            1,
        ),
        format!(" {raw}"),
        raw[..30].to_string(),
    ];
    for other in &others {
        assert_eq!(envelope_revision(other), None, "{other:.60}");
    }
}
