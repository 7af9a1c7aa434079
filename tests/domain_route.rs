use offshoring_planner::app::route::{query_with_step, step_from_query};
use offshoring_planner::app::Step;

#[test]
fn steps_are_in_the_wizard_order() {
    let slugs: Vec<_> = Step::ALL.iter().map(|s| s.slug()).collect();
    assert_eq!(
        slugs,
        ["business", "work", "engagement", "location", "plan"]
    );
    for (i, s) in Step::ALL.iter().enumerate() {
        assert_eq!(s.index(), i);
        assert_eq!(Step::from_slug(s.slug()), Some(*s));
    }
}

#[test]
fn next_and_prev_stop_at_the_ends() {
    assert_eq!(Step::Business.prev(), None);
    assert_eq!(Step::Business.next(), Some(Step::Work));
    assert_eq!(Step::Location.next(), Some(Step::Plan));
    assert_eq!(Step::Plan.next(), None);
    assert_eq!(Step::Plan.prev(), Some(Step::Location));
}

#[test]
fn step_is_read_from_the_query() {
    assert_eq!(step_from_query("?step=work"), Step::Work);
    assert_eq!(step_from_query("?embed=1&step=plan"), Step::Plan);
    assert_eq!(step_from_query("step=location"), Step::Location);
}

#[test]
fn unknown_or_hostile_queries_fall_back_to_the_first_step() {
    for q in [
        "",
        "?",
        "?step=",
        "?step=<script>",
        "?step=WORK",
        "?&&&=",
        "?step=work%00",
    ] {
        assert_eq!(step_from_query(q), Step::Business, "query {q:?}");
    }
    let long = format!("?{}&step=plan", "x".repeat(10_000));
    assert_eq!(step_from_query(&long), Step::Business);
}

#[test]
fn setting_the_step_keeps_other_parameters() {
    assert_eq!(query_with_step("", Step::Work), "?step=work");
    assert_eq!(
        query_with_step("?embed=1&step=work", Step::Plan),
        "?embed=1&step=plan"
    );
    assert_eq!(
        query_with_step("?step=plan&theme=dark", Step::Business),
        "?theme=dark&step=business"
    );
    assert_eq!(query_with_step("?flag&&", Step::Work), "?flag&step=work");
}
