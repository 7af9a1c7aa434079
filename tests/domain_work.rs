use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::work::{
    accepted_risks, judge, pilot, prioritise, Answer, Answers, Condition, KeepReason, Verdict,
    WorkSelection, Workstream, WorkstreamKind as K,
};

const ALL_YES: Answers = Answers {
    acceptance_criteria: Answer::Yes,
    documented: Answer::Yes,
    owner_reachable: Answer::Yes,
    scope_defined: Answer::Yes,
    strategic_judgement: Answer::No,
    kind_condition: Answer::Yes,
};

fn ws(kind: K, answers: Answers) -> Workstream {
    let mut w = Workstream::catalogue(0, kind);
    w.selected = true;
    w.answers = answers;
    w
}

#[test]
fn offshore_kinds_are_ready_when_every_condition_holds() {
    for kind in [
        K::FeatureDevelopment,
        K::QaAutomation,
        K::Maintenance,
        K::CloudMigration,
        K::ModularPlatform,
    ] {
        assert_eq!(
            judge(&ws(kind, ALL_YES)).verdict,
            Verdict::Ready,
            "{kind:?}"
        );
    }
}

#[test]
fn devops_is_ready_as_specialist_support() {
    assert_eq!(
        judge(&ws(K::Devops, ALL_YES)).verdict,
        Verdict::ReadyAsSpecialist
    );
}

#[test]
fn missing_conditions_become_the_to_do_list_with_the_kind_condition() {
    let answers = Answers {
        documented: Answer::No,
        kind_condition: Answer::Unsure,
        ..ALL_YES
    };
    assert_eq!(
        judge(&ws(K::QaAutomation, answers)).verdict,
        Verdict::ReadyAfter(vec![Condition::Documented, Condition::TestStrategySet])
    );
    let kinds = [
        (K::FeatureDevelopment, Condition::SpecsWritten),
        (K::Maintenance, Condition::EscalationPath),
        (K::CloudMigration, Condition::RollbackPlan),
        (K::ModularPlatform, Condition::ApiContracts),
        (K::Devops, Condition::ReleaseDecisionsInHouse),
    ];
    for (kind, condition) in kinds {
        let a = Answers {
            kind_condition: Answer::No,
            ..ALL_YES
        };
        assert_eq!(
            judge(&ws(kind, a)).verdict,
            Verdict::ReadyAfter(vec![condition]),
            "{kind:?}"
        );
    }
    // Nothing answered yet: every condition is still to do.
    let v = judge(&ws(K::FeatureDevelopment, Answers::default())).verdict;
    assert_eq!(
        v,
        Verdict::ReadyAfter(vec![
            Condition::AcceptanceCriteria,
            Condition::Documented,
            Condition::OwnerReachable,
            Condition::ScopeDefined,
            Condition::SpecsWritten
        ])
    );
}

#[test]
fn keep_in_house_kinds_stay_unless_the_risk_is_accepted() {
    for kind in [
        K::CoreArchitecture,
        K::ProductStrategy,
        K::SecurityRiskAcceptance,
    ] {
        let w = ws(kind, ALL_YES);
        assert_eq!(
            judge(&w).verdict,
            Verdict::KeepInHouse(vec![KeepReason::Catalogue(kind)])
        );
        let mut accepted = w.clone();
        accepted.risk_accepted = true;
        let j = judge(&accepted);
        assert_eq!(j.verdict, Verdict::Ready, "{kind:?} with the risk accepted");
        assert!(j.accepted_risk);
    }
}

#[test]
fn constant_strategic_judgement_keeps_any_work_in_house() {
    let a = Answers {
        strategic_judgement: Answer::Yes,
        ..ALL_YES
    };
    assert_eq!(
        judge(&ws(K::FeatureDevelopment, a)).verdict,
        Verdict::KeepInHouse(vec![KeepReason::StrategicJudgement])
    );
}

#[test]
fn undefined_scope_is_not_yet_until_the_scope_is_defined() {
    assert_eq!(
        judge(&ws(K::UndefinedScope, Answers::default())).verdict,
        Verdict::NotYet(vec![Condition::ScopeDefined])
    );
    assert_eq!(
        judge(&ws(K::UndefinedScope, ALL_YES)).verdict,
        Verdict::Ready
    );
    // Any workstream whose scope is known to be undefined is not yet ready.
    let a = Answers {
        scope_defined: Answer::No,
        ..ALL_YES
    };
    assert_eq!(
        judge(&ws(K::Maintenance, a)).verdict,
        Verdict::NotYet(vec![Condition::ScopeDefined])
    );
}

#[test]
fn custom_workstreams_are_judged_on_the_general_questions() {
    let mut sel = WorkSelection::default();
    let id = sel.add_custom("  Mobile app <b>v2</b> 🚀 ").unwrap();
    let w = sel.workstreams.iter().find(|w| w.id == id).unwrap();
    assert_eq!(w.name, "Mobile app <b>v2</b> 🚀");
    assert!(w.selected && w.kind.is_none());
    assert_eq!(w.conditions().len(), 4);
    assert!(sel.add_custom("   ").is_err());
    assert!(sel.add_custom(&"x".repeat(501)).is_err());
    assert!(sel.add_custom(&"é".repeat(500)).is_ok());
    sel.remove_custom(id);
    assert!(sel.workstreams.iter().all(|w| w.id != id));
    sel.remove_custom(0); // catalogue entries are never removed
    assert_eq!(
        sel.workstreams.iter().filter(|w| w.kind.is_some()).count(),
        10
    );
}

#[test]
fn the_list_is_ordered_by_value_times_governability_and_the_pilot_is_the_first_ready() {
    let mut sel = WorkSelection::default();
    let set = |sel: &mut WorkSelection, kind: K, value: u8, answers: Answers| {
        let w = sel
            .workstreams
            .iter_mut()
            .find(|w| w.kind == Some(kind))
            .unwrap();
        w.selected = true;
        w.value = value;
        w.answers = answers;
    };
    // QA: value 5, 4 of 5 conditions: priority 4.0 but not ready.
    set(
        &mut sel,
        K::QaAutomation,
        5,
        Answers {
            kind_condition: Answer::No,
            ..ALL_YES
        },
    );
    // Maintenance: value 3, all 5: priority 3.0, ready.
    set(&mut sel, K::Maintenance, 3, ALL_YES);
    // Feature: value 2, all 5: priority 2.0, ready.
    set(&mut sel, K::FeatureDevelopment, 2, ALL_YES);
    // Core architecture is kept in-house: not in the list.
    set(&mut sel, K::CoreArchitecture, 5, ALL_YES);
    let order: Vec<u32> = prioritise(&sel).iter().map(|r| r.id).collect();
    let id = |k: K| k.index() as u32; // catalogue ids follow the catalogue order
    assert_eq!(
        order,
        vec![
            id(K::QaAutomation),
            id(K::Maintenance),
            id(K::FeatureDevelopment)
        ]
    );
    let p = pilot(&sel).unwrap();
    assert_eq!(p.id, id(K::Maintenance));
    assert!(p.ready_now);
    // With nothing ready, the pilot is the top one, after its to-dos.
    set(
        &mut sel,
        K::Maintenance,
        3,
        Answers {
            documented: Answer::No,
            ..ALL_YES
        },
    );
    set(
        &mut sel,
        K::FeatureDevelopment,
        2,
        Answers {
            documented: Answer::No,
            ..ALL_YES
        },
    );
    let p = pilot(&sel).unwrap();
    assert_eq!((p.id, p.ready_now), (id(K::QaAutomation), false));
    assert_eq!(pilot(&WorkSelection::default()), None);
}

#[test]
fn accepted_risks_are_recorded() {
    let mut sel = WorkSelection::default();
    let w = sel
        .workstreams
        .iter_mut()
        .find(|w| w.kind == Some(K::SecurityRiskAcceptance))
        .unwrap();
    w.selected = true;
    w.risk_accepted = true;
    let id = w.id;
    assert_eq!(accepted_risks(&sel), vec![id]);
}

#[test]
fn the_example_plan_pilots_feature_development() {
    let plan = example_plan();
    let p = pilot(&plan.work).unwrap();
    let w = plan.work.workstreams.iter().find(|w| w.id == p.id).unwrap();
    assert_eq!(w.kind, Some(K::FeatureDevelopment));
    assert!(p.ready_now);
}
