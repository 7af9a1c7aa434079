//! The business results as HTML text (src/html): escaped, CSP-safe, one row per option.

mod common;

use common::{fits_of, Plain};
use offshoring_planner::domain::cost::case::compute;
use offshoring_planner::domain::cost::uncertainty::simulate;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::html::charts::{cumulative_cost, savings_range, weights};
use offshoring_planner::html::fit::fit_cards;
use offshoring_planner::html::results::{
    chance_text, cost_rows, names, uncertainty_rows, uncertainty_sentences,
};
use offshoring_planner::html::Html;
use offshoring_planner::i18n::Lang;

const HOSTILE: &str = "<img src=x onerror=alert(1)> & \"quoted\" 'single'";

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn text_and_attribute_values_are_escaped() {
    let mut h = Html::new();
    h.leaf("td", &[("data-label", HOSTILE)], HOSTILE);
    let out = h.finish();
    assert_eq!(
        out,
        "<td data-label=\"&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;\">\
         &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;</td>"
    );
}

#[test]
fn the_cost_table_has_one_labelled_row_per_option_and_escapes_names() {
    let plan = example_plan();
    let figs = compute(&plan.business.case_inputs());
    let mut list = names(&plan, Lang::En);
    list[1] = HOSTILE.to_string();
    let fits = fits_of(&plan, &figs);
    let rows = cost_rows(
        &figs,
        &list,
        &fits,
        plan.business.horizon_months,
        Lang::En,
        &Plain,
    );
    assert_eq!(count(&rows, "<tr>"), 1 + plan.business.options.len());
    assert_eq!(
        count(&rows, "<th scope=\"row\">"),
        1 + plan.business.options.len()
    );
    assert_eq!(
        count(&rows, "data-label=\"Total cost\""),
        1 + plan.business.options.len(),
        "{rows}"
    );
    assert!(!rows.contains("<img"), "a name is text, never markup");
    assert!(rows.contains("&lt;img"));
    assert!(rows.contains(&format!("${:.0}", figs.inhouse.outcome.cost)));
    // A negative saving is marked for the reader.
    let negative = figs
        .options
        .iter()
        .filter(|f| f.savings.is_some_and(|s| s < 0.0))
        .count();
    assert_eq!(count(&rows, "class=\"negative\""), negative);
}

#[test]
fn uncertainty_rows_sentences_and_chart_follow_the_run() {
    let plan = example_plan();
    let run = simulate(&plan.business.case_inputs(), 500, 7);
    let list = names(&plan, Lang::En);
    let rows = uncertainty_rows(&run, &list, Lang::En, &Plain);
    assert_eq!(count(&rows, "<tr>"), run.options.len());
    let sentences = uncertainty_sentences(&run, &list, Lang::En, &Plain);
    assert_eq!(
        count(&sentences, "<li>"),
        run.options.len() - 1,
        "one per vendor option"
    );
    let chart = savings_range(&run, &list, Lang::En, &Plain);
    let comparable = run
        .options
        .iter()
        .skip(1)
        .filter(|o| o.savings.is_some())
        .count();
    assert_eq!(count(&chart, "<rect "), comparable);
}

#[test]
fn charts_have_a_title_and_description_and_no_inline_style() {
    let plan = example_plan();
    let figs = compute(&plan.business.case_inputs());
    let list = names(&plan, Lang::En);
    let run = simulate(&plan.business.case_inputs(), 200, 3);
    for (id, svg) in [
        ("cc", cumulative_cost(&figs, &list, Lang::En, &Plain)),
        ("sr", savings_range(&run, &list, Lang::En, &Plain)),
        ("fw", weights(&plan.business.weights, Lang::En)),
    ] {
        assert!(svg.starts_with("<svg "), "{id}");
        assert!(svg.contains(&format!("aria-labelledby=\"{id}-title {id}-desc\"")));
        assert!(svg.contains(&format!("<title id=\"{id}-title\">")));
        assert!(svg.contains(&format!("<desc id=\"{id}-desc\">")));
        assert!(
            !svg.contains("style="),
            "the CSP refuses inline style: {id}"
        );
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{id}");
    }
    let cc = cumulative_cost(&figs, &list, Lang::En, &Plain);
    assert_eq!(count(&cc, "<polyline "), 1 + plan.business.options.len());
    assert_eq!(
        count(&cc, "class=\"swatch swatch-"),
        1 + plan.business.options.len()
    );
}

#[test]
fn fit_cards_show_every_factor() {
    let plan = example_plan();
    let figs = compute(&plan.business.case_inputs());
    let fits = fits_of(&plan, &figs);
    let html = fit_cards(&fits, &names(&plan, Lang::Es), Lang::Es, &Plain);
    assert_eq!(count(&html, "class=\"fit-card\""), fits.len());
    assert_eq!(
        count(&html, "<li>"),
        fits.iter().map(|f| f.scores.len()).sum::<usize>()
    );
}

#[test]
fn the_step_list_marks_the_current_step_and_ticks_answered_ones() {
    use offshoring_planner::app::Step;
    use offshoring_planner::html::steps::step_items;
    let html = step_items(
        Step::Engagement,
        &[true, true, false, false, false],
        Lang::En,
    );
    assert_eq!(html.matches("<li ").count(), 5);
    assert_eq!(html.matches("aria-current=\"step\"").count(), 1);
    let current = html.split("<li ").nth(3).unwrap();
    assert!(
        current.contains("class=\"steps-item current\""),
        "{current}"
    );
    assert!(current.contains("href=\"?step=engagement\""), "{current}");
    assert!(current.contains("data-step=\"engagement\" aria-current=\"step\""));
    // Answered steps carry a tick for the eye and words for a screen reader.
    assert_eq!(
        html.matches("class=\"steps-check\" aria-hidden=\"true\">✓")
            .count(),
        2
    );
    assert_eq!(html.matches(" (answered)</span>").count(), 2, "{html}");
    assert!(html.contains("class=\"steps-item done\""));
    let es = step_items(Step::Business, &[false; 5], Lang::Es);
    assert!(es.contains(">Caso de negocio</span>") && !es.contains("steps-check"));
}

#[test]
fn coordinates_are_written_with_one_decimal_like_the_float_formatter() {
    use offshoring_planner::html::coord;
    // Values away from a rounding tie, where both ways must agree digit for digit.
    let mut x = -1234.5678_f64;
    while x < 1234.0 {
        assert_eq!(coord(x), format!("{x:.1}").replace("-0.0", "0.0"), "{x}");
        x += 0.731;
    }
    assert_eq!(coord(0.04), "0.0");
    assert_eq!(coord(-0.04), "0.0");
    assert_eq!(coord(2.96), "3.0");
    assert_eq!(coord(-7.25), "-7.3");
    assert_eq!(coord(480.0), "480.0");
    assert_eq!(coord(f64::NAN), "0");
    assert_eq!(coord(f64::INFINITY), "0");
}

#[test]
fn the_chance_of_saving_is_never_said_as_certain_or_impossible() {
    // A sampled run cannot prove 0% or 100%: the ends are said as bounds.
    let say = |c: f64, sentence: bool| chance_text(c, Lang::En, &Plain, sentence);
    assert_eq!(say(1.0, false), "more than 99%");
    assert_eq!(say(0.9951, false), "more than 99%");
    assert_eq!(say(0.0, false), "less than 1%");
    assert_eq!(say(0.004, true), "less than 1%");
    assert_eq!(
        say(0.99, false),
        "99.0%",
        "99% itself is a figure the run supports"
    );
    assert_eq!(say(0.5, true), "50.0%");
    let es = |c: f64| chance_text(c, Lang::Es, &Plain, true);
    assert_eq!(es(1.0), "más del 99 %");
    assert_eq!(es(0.5), "el 50.0%");
    // The example plan's cheapest option saves in every future of the run: the table and
    // the sentence say "more than 99%", never "100".
    let plan = example_plan();
    let run = simulate(&plan.business.case_inputs(), 2_000, 11);
    let certain = run
        .options
        .iter()
        .skip(1)
        .any(|o| o.chance_of_saving == Some(1.0));
    assert!(
        certain,
        "the example plan should have an option that always saves"
    );
    let list = names(&plan, Lang::En);
    let rows = uncertainty_rows(&run, &list, Lang::En, &Plain);
    let sentences = uncertainty_sentences(&run, &list, Lang::En, &Plain);
    for text in [&rows, &sentences] {
        assert!(!text.contains("100.0%"), "{text}");
        assert!(text.contains("more than 99%"), "{text}");
    }
}

#[test]
fn a_break_even_that_moves_as_the_user_types_is_edited_in_place() {
    use offshoring_planner::html::patch::edits;
    let mut plan = example_plan();
    let names = names(&plan, Lang::En);
    let chart = |plan: &offshoring_planner::domain::Plan| {
        cumulative_cost(
            &compute(&plan.business.case_inputs()),
            &names,
            Lang::En,
            &Plain,
        )
    };
    let before = chart(&plan);
    let be = |p: &offshoring_planner::domain::Plan| {
        compute(&p.business.case_inputs()).options[0].break_even
    };
    let was = be(&plan);
    // A dollar an hour more on the first option moves its break-even by a month.
    plan.business.options[0].rate.likely += 1.0;
    assert_ne!(be(&plan), was, "the case must move the break-even");
    let after = chart(&plan);
    let e = edits(&before, &after).expect("same shape: edited in place, not rebuilt");
    assert!(!e.changes.is_empty());
}

/// The headline says a chance the way the results and the plan do: a run of the example
/// where every trial saves reads "more than 99%", never "100%".
#[test]
fn the_headline_never_says_a_certain_chance() {
    use offshoring_planner::html::headline::headline;
    let plan = example_plan();
    let figs = compute(&plan.business.case_inputs());
    let fits = fits_of(&plan, &figs);
    let run = simulate(&plan.business.case_inputs(), 2000, 7);
    let best = 1 + offshoring_planner::domain::cost::fit::best_fitting(&fits, figs.options.len())
        .expect("the example has options");
    let chance = run.options[best].chance_of_saving.expect("a chance");
    let list = names(&plan, Lang::En);
    let out = headline(&figs, &fits, Some(&run), &list, Lang::En, &Plain);
    assert!(out.contains("id=\"headline-chance\""), "{out}");
    assert!(
        out.contains(&format!(
            ">{}<",
            chance_text(chance, Lang::En, &Plain, false)
        )),
        "{out}"
    );
    if chance > 0.99 {
        assert!(out.contains(">more than 99%<"), "{out}");
    }
    assert!(!out.contains(">100%<"), "{out}");
}
