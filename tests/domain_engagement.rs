use offshoring_planner::domain::cost::inputs::EngagementModel as M;
use offshoring_planner::domain::engagement::{
    chosen_model, mismatches, recommended, score_models, Contract, Driver, EngagementAnswers,
    Level, Management, Mismatch, Stability, WorkNature,
};

fn profile(
    nature: WorkNature,
    leadership: Level,
    scope: Stability,
    months: u32,
    continuity: Level,
    management: Management,
) -> EngagementAnswers {
    EngagementAnswers {
        nature: Some(nature),
        horizon_months: months,
        length_set: true,
        leadership: Some(leadership),
        scope_stability: Some(scope),
        continuity: Some(continuity),
        management: Some(management),
        contract: None,
        chosen: None,
    }
}

fn score(a: &EngagementAnswers, m: M) -> u32 {
    score_models(a)
        .into_iter()
        .find(|s| s.model == m)
        .unwrap()
        .score
}

#[test]
fn ongoing_product_work_with_shared_management_ranks_a_dedicated_team_first() {
    let a = profile(
        WorkNature::OngoingProduct,
        Level::Medium,
        Stability::Evolving,
        18,
        Level::High,
        Management::Shared,
    );
    // dedicated: 50 + 20 + 5 + 5 + 5 (6-24 months) + 10 + 10 = 105, capped at 100
    assert_eq!(score(&a, M::DedicatedTeam), 100);
    // project: 50 - 10 + 0 - 5 + 0 - 10 + 0 = 25
    assert_eq!(score(&a, M::ProjectBased), 25);
    // centre: 50 + 5 - 5 + 0 + 0 + 10 + 0 = 60
    assert_eq!(score(&a, M::OffshoreDevelopmentCenter), 60);
    // specialist: 50 - 10 + 0 + 0 + 0 - 5 + 0 = 35
    assert_eq!(score(&a, M::SpecialistSupport), 35);
    assert_eq!(recommended(&a), Some(M::DedicatedTeam));
    let top = &score_models(&a)[0];
    assert!(top
        .adjustments
        .iter()
        .any(|adj| adj.points == 20 && adj.driver == Driver::Nature(WorkNature::OngoingProduct)));
}

#[test]
fn a_defined_short_initiative_run_by_the_partner_ranks_project_based_first() {
    let a = profile(
        WorkNature::DefinedInitiative,
        Level::Low,
        Stability::Stable,
        4,
        Level::Low,
        Management::External,
    );
    // project: 50 + 20 + 10 + 10 + 10 (under 6 months) + 5 + 10 = 115 -> 100
    assert_eq!(score(&a, M::ProjectBased), 100);
    // centre: 50 - 15 - 25 + 0 - 20 + 0 - 20 = -30 -> 0
    assert_eq!(score(&a, M::OffshoreDevelopmentCenter), 0);
    assert_eq!(recommended(&a), Some(M::ProjectBased));
    assert!(
        mismatches(&a).is_empty(),
        "fixed price suits a stable scope"
    );
}

#[test]
fn a_long_term_hub_with_strong_leadership_ranks_the_centre_first() {
    let a = profile(
        WorkNature::SecondHub,
        Level::High,
        Stability::Evolving,
        36,
        Level::High,
        Management::Internal,
    );
    assert_eq!(recommended(&a), Some(M::OffshoreDevelopmentCenter));
}

#[test]
fn a_skill_gap_ranks_specialist_support_first() {
    let a = profile(
        WorkNature::SkillGap,
        Level::Low,
        Stability::Stable,
        12,
        Level::Low,
        Management::External,
    );
    assert_eq!(recommended(&a), Some(M::SpecialistSupport));
}

#[test]
fn no_recommendation_before_the_nature_of_the_work_is_known() {
    assert_eq!(recommended(&EngagementAnswers::default()), None);
    assert!(mismatches(&EngagementAnswers::default()).is_empty());
}

#[test]
fn each_mismatch_is_warned_about() {
    let mut a = profile(
        WorkNature::SecondHub,
        Level::Low,
        Stability::Stable,
        36,
        Level::Medium,
        Management::Internal,
    );
    a.chosen = Some(M::OffshoreDevelopmentCenter);
    assert_eq!(mismatches(&a), vec![Mismatch::OdcWithLowLeadership]);

    a.horizon_months = 12;
    assert_eq!(
        mismatches(&a),
        vec![Mismatch::OdcWithLowLeadership, Mismatch::OdcShortHorizon]
    );

    let mut b = profile(
        WorkNature::DefinedInitiative,
        Level::Medium,
        Stability::Volatile,
        12,
        Level::Medium,
        Management::Shared,
    );
    b.chosen = Some(M::ProjectBased);
    assert_eq!(
        mismatches(&b),
        vec![Mismatch::FixedPriceUnstableScope],
        "project-based defaults to fixed price"
    );
    b.contract = Some(Contract::TimeAndMaterials);
    assert!(mismatches(&b).is_empty());
    b.chosen = Some(M::DedicatedTeam);
    b.contract = Some(Contract::FixedPrice);
    assert_eq!(mismatches(&b), vec![Mismatch::FixedPriceUnstableScope]);

    let c = profile(
        WorkNature::OngoingProduct,
        Level::Medium,
        Stability::Stable,
        12,
        Level::High,
        Management::External,
    );
    assert_eq!(mismatches(&c), vec![Mismatch::ExternalManagementContinuity]);

    let mut d = profile(
        WorkNature::OngoingProduct,
        Level::Medium,
        Stability::Stable,
        12,
        Level::Medium,
        Management::Shared,
    );
    d.chosen = Some(M::SpecialistSupport);
    assert_eq!(chosen_model(&d), Some(M::SpecialistSupport));
    assert_eq!(mismatches(&d), vec![Mismatch::SpecialistForOngoingProduct]);
}

mod model_sync {
    use offshoring_planner::domain::cost::inputs::{EngagementModel as M, Region, VendorOption};
    use offshoring_planner::domain::plan::ModelSync;
    use offshoring_planner::domain::Plan;

    fn plan_with(options: &[(Region, M)], chosen: Option<M>) -> Plan {
        let mut p = Plan::default();
        p.business.options = options
            .iter()
            .map(|(r, m)| VendorOption::new(*r, *m))
            .collect();
        p.engagement.chosen = chosen;
        p
    }

    fn rows(p: &Plan) -> Vec<(Region, M)> {
        p.business
            .options
            .iter()
            .map(|o| (o.region, o.model))
            .collect()
    }

    #[test]
    fn without_a_model_in_force_nothing_changes() {
        let mut p = plan_with(&[(Region::LatinAmerica, M::ProjectBased)], None);
        let before = p.clone();
        assert_eq!(p.sync_model(), ModelSync::default());
        assert_eq!(p, before);
    }

    #[test]
    fn every_option_takes_the_model_and_its_setup_cost_and_says_which() {
        let mut p = plan_with(
            &[
                (Region::LatinAmerica, M::DedicatedTeam),
                (Region::SouthAsia, M::ProjectBased),
            ],
            Some(M::OffshoreDevelopmentCenter),
        );
        let sync = p.sync_model();
        assert_eq!(sync.model, Some(M::OffshoreDevelopmentCenter));
        assert_eq!((sync.changed, sync.kept), (vec![0, 1], vec![]));
        for o in &p.business.options {
            assert_eq!(o.model, M::OffshoreDevelopmentCenter);
            assert_eq!(o.setup_cost, 50_000.0, "the model's own setup cost");
        }
        // Already in force: nothing more to say.
        let again = p.sync_model();
        assert!(again.changed.is_empty() && again.kept.is_empty());
    }

    #[test]
    fn it_never_makes_two_options_the_same_by_itself() {
        // Two Latin American options that differ only in their model: the second would
        // become a copy of the first, so it keeps its model and is named as kept.
        let mut p = plan_with(
            &[
                (Region::LatinAmerica, M::ProjectBased),
                (Region::LatinAmerica, M::SpecialistSupport),
                (Region::SouthAsia, M::ProjectBased),
            ],
            Some(M::DedicatedTeam),
        );
        let sync = p.sync_model();
        assert_eq!((sync.changed, sync.kept), (vec![0, 2], vec![1]));
        assert_eq!(
            rows(&p),
            vec![
                (Region::LatinAmerica, M::DedicatedTeam),
                (Region::LatinAmerica, M::SpecialistSupport),
                (Region::SouthAsia, M::DedicatedTeam),
            ]
        );
        // An option already using the model counts as its region's: the other is kept.
        let mut p = plan_with(
            &[
                (Region::SouthAsia, M::ProjectBased),
                (Region::SouthAsia, M::DedicatedTeam),
            ],
            Some(M::DedicatedTeam),
        );
        let sync = p.sync_model();
        assert_eq!((sync.changed, sync.kept), (vec![], vec![0]));
        let distinct: std::collections::HashSet<_> = rows(&p).into_iter().collect();
        assert_eq!(distinct.len(), 2);
    }
}
