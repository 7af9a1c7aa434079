//! One fit model: the location step scores each place with the same five-factor fit the
//! business case gives the option that place makes, so one choice never shows two
//! different scores.

mod zones;

use offshoring_planner::domain::cost::case::compute;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::overlap::analysis::{analyse, options_from};

#[test]
fn a_location_scores_what_its_option_scores_in_the_business_case() {
    let mut plan = example_plan();
    let a = analyse(&plan, 2027, &mut zones::fixed);
    let ids: Vec<u32> = plan.location.candidates.iter().map(|c| c.id).collect();
    plan.business.options = options_from(&plan, &a, &ids[..ids.len().min(4)]);
    let figs = compute(&plan.business.case_inputs());
    let fits = plan.business.fits(&figs);
    let mut distinct = std::collections::BTreeSet::new();
    for (i, id) in ids.iter().take(4).enumerate() {
        let step4 = a
            .results
            .iter()
            .find(|r| r.id == *id)
            .and_then(|r| r.assessment.as_ref())
            .expect("every example location has a known zone")
            .score;
        // In-house is first among the business case's fits.
        assert_eq!(step4, fits[i + 1].total, "location {id}");
        distinct.insert(step4);
    }
    // The example's places differ in overlap, so the scores are not all one number.
    assert!(distinct.len() > 1, "{distinct:?}");
}

#[test]
fn the_score_follows_the_weights_the_user_gave() {
    let mut plan = example_plan();
    let before = analyse(&plan, 2027, &mut zones::fixed);
    plan.business.weights.control = 5;
    plan.business.weights.speed = 1;
    let after = analyse(&plan, 2027, &mut zones::fixed);
    let score = |a: &offshoring_planner::domain::overlap::analysis::Analysis, i: usize| {
        a.results[i].assessment.as_ref().map(|x| x.score)
    };
    assert!((0..before.results.len()).any(|i| score(&before, i) != score(&after, i)));
}

#[test]
fn the_locations_rank_best_first_and_the_first_is_the_recommendation() {
    use offshoring_planner::domain::overlap::locations::ranking;
    let plan = example_plan();
    let a = analyse(&plan, 2027, &mut zones::fixed);
    let assessed: Vec<_> = a
        .results
        .iter()
        .filter_map(|r| r.assessment.clone())
        .collect();
    let order = ranking(&assessed);
    assert_eq!(order.first().copied(), a.recommended);
    // Best first: scores never rise down the list, and equal scores go cheaper first.
    let of = |id: u32| assessed.iter().find(|x| x.id == id).unwrap();
    for pair in order.windows(2) {
        let (x, y) = (of(pair[0]), of(pair[1]));
        assert!(x.score > y.score || (x.score == y.score && x.effective_rate <= y.effective_rate));
    }
}
