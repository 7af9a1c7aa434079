//! What flips the decision: each input's place in the model's order, the swings, and
//! the zero-savings thresholds against a brute-force scan on several plans.

use offshoring_planner::domain::cost::case::{compute, CaseInputs};
use offshoring_planner::domain::cost::inputs::{
    Assumptions, Country, EngagementModel, Place, Range, Shift, SpecClarity, VendorOption,
};
use offshoring_planner::domain::cost::model::communication_overhead;
use offshoring_planner::domain::cost::sensitivity::{
    option_sensitivity, savings_at, sensitivity, Driver, Input, Threshold,
};
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::Plan;

fn close(actual: f64, expected: f64, tolerance: f64) {
    assert!(
        (actual - expected).abs() <= tolerance * expected.abs().max(1.0),
        "expected {expected}, got {actual}"
    );
}

/// The example plan and variants of it: other countries, a pilot, a released team and
/// a counted exit, unclear specifications, a short horizon.
fn plans() -> Vec<Plan> {
    let base = example_plan();
    let mut out = vec![base.clone()];
    let mut p = base.clone();
    p.business.options[0].set_place(Place::Country(Country::Mexico));
    p.business.pilot.on = false;
    p.business.released_engineers = 3;
    p.business.count_exit = true;
    out.push(p);
    let mut p = base.clone();
    p.business.spec_clarity = SpecClarity::Unclear;
    p.business.horizon_months = 12;
    p.business.team_size = 2;
    out.push(p);
    let mut p = base;
    p.business.options[0].set_place(Place::Country(Country::Poland));
    p.business.options[0].model = EngagementModel::ProjectBased;
    p.business.horizon_months = 60;
    out.push(p);
    out
}

/// Sets one input's value in the plan itself: the swing at `x` must give the same
/// savings, which checks that the input is the one the model picks at its place.
fn set(a: &mut Assumptions, o: &mut VendorOption, input: Input, x: f64) {
    let r = Range::exact(x);
    match input {
        Input::Salary => a.salary = r,
        Input::LoadedMultiplier => a.loaded_multiplier = r,
        Input::InhouseAttrition => a.inhouse_attrition = r,
        Input::HiringLead => a.hiring_lead_months = r,
        Input::RecruitingFee => a.recruiting_fee = r,
        Input::InhouseWageGrowth => a.inhouse_wage_growth = r,
        Input::Rate => o.rate = r,
        Input::ShiftPremium => {
            o.shift = Some(Shift {
                start_min: 13 * 60,
                end_min: 22 * 60,
                premium: r,
            })
        }
        Input::VendorAttrition => a.vendor_attrition = r,
        Input::Mobilisation => a.mobilisation_weeks = r,
        Input::VendorWageGrowth => o.wage_growth = Some(r),
        Input::VendorSelection => a.vendor_selection = r,
        Input::TransferMonths => a.transfer_months = r,
        Input::TransferShare => a.transfer_share = r,
        Input::TripsPerYear => a.trips_per_year = r,
        Input::TripCost => o.trip_cost = Some(r),
        Input::SeveranceWeeks => a.severance_weeks = r,
        Input::ExitMonths => a.exit_months = r,
        Input::ExitShare => a.exit_share = r,
        // Derived from the model, the clarity, the overlap and the contract currency:
        // checked separately.
        Input::ManagementOverhead
        | Input::Rework
        | Input::CommunicationOverhead
        | Input::ExchangeDrift => {}
    }
}

#[test]
fn each_place_in_the_order_is_the_input_it_is_named_after() {
    let mut plan = example_plan();
    plan.business.released_engineers = 2;
    plan.business.count_exit = true;
    let b = &plan.business;
    for input in Input::ORDER {
        let (mut a, mut options) = (b.assumptions.clone(), b.options.clone());
        // A value away from the likely one, so a wrong place would show.
        let likely = {
            let mut seen = None;
            let case = b.case_inputs();
            let s = option_sensitivity(&case, &b.options[0]).unwrap();
            if let Some(sw) = s.swings.iter().find(|s| s.input == input) {
                seen = Some(sw.low_value * 0.7 + sw.high_value * 0.3);
            }
            seen.unwrap_or(1.0)
        };
        let mut clarity = b.spec_clarity;
        match input {
            Input::ManagementOverhead => {
                options[0].model = EngagementModel::OffshoreDevelopmentCenter
            }
            Input::Rework => clarity = SpecClarity::Unclear,
            Input::CommunicationOverhead => options[0].overlap_hours = 2.0,
            // A drift of 5% a year compounds with the wage growth.
            Input::ExchangeDrift => {
                let g = options[0].growth().likely;
                options[0].wage_growth = Some(Range::exact((1.0 + g) * 1.05 - 1.0));
            }
            _ => set(&mut a, &mut options[0], input, likely),
        }
        let x = match input {
            Input::ManagementOverhead => {
                EngagementModel::OffshoreDevelopmentCenter
                    .management_overhead()
                    .likely
            }
            Input::Rework => SpecClarity::Unclear.rework().likely,
            Input::CommunicationOverhead => communication_overhead(2.0),
            Input::ExchangeDrift => 0.05,
            _ => likely,
        };
        let swung = savings_at(&b.case_inputs(), &b.options[0], input, x).unwrap();
        let case = CaseInputs {
            assumptions: &a,
            options: &options,
            clarity,
            ..b.case_inputs()
        };
        let direct = compute(&case).options[0].savings.unwrap();
        close(swung, direct, 1e-9);
    }
}

#[test]
fn the_likely_savings_are_the_cost_tables_and_the_widest_swing_comes_first() {
    for plan in plans() {
        let case = plan.business.case_inputs();
        let figs = compute(&case);
        for (i, s) in sensitivity(&case).into_iter().enumerate() {
            let s = s.expect("in-house delivers in every plan here");
            close(s.savings_likely, figs.options[i].savings.unwrap(), 1e-9);
            assert!(s.swings.windows(2).all(|w| w[0].width() >= w[1].width()));
            // Only inputs with a range are swung; the rest have no bar.
            assert!(s.swings.iter().all(|w| w.low_value < w.high_value));
            assert_eq!(s.thresholds.len(), Driver::ALL.len());
        }
    }
}

#[test]
fn inputs_the_savings_are_linear_in_swing_symmetrically() {
    let mut plan = example_plan();
    let b = &mut plan.business;
    // Symmetric ranges around the likely values.
    b.options[0].rate = Range::new(30.0, 40.0, 50.0);
    b.options[0].trip_cost = Some(Range::new(1_000.0, 2_000.0, 3_000.0));
    b.assumptions.salary = Range::new(100_000.0, 150_000.0, 200_000.0);
    b.assumptions.vendor_selection = Range::new(0.0, 0.01, 0.02);
    b.assumptions.transfer_share = Range::new(0.1, 0.2, 0.3);
    let case = b.case_inputs();
    let s = option_sensitivity(&case, &b.options[0]).unwrap();
    for input in [
        Input::Rate,
        Input::TripCost,
        Input::Salary,
        Input::VendorSelection,
        Input::TransferShare,
    ] {
        let w = s.swings.iter().find(|w| w.input == input).unwrap();
        close(
            w.savings_at_low - s.savings_likely,
            s.savings_likely - w.savings_at_high,
            1e-9,
        );
    }
    // A dearer rate saves less; a dearer in-house engineer makes the option save more.
    let rate = s.swings.iter().find(|w| w.input == Input::Rate).unwrap();
    assert!(rate.savings_at_low > rate.savings_at_high);
    let salary = s.swings.iter().find(|w| w.input == Input::Salary).unwrap();
    assert!(salary.savings_at_low < salary.savings_at_high);
}

/// Every zero of the savings between `from` and `to`, found by a scan of `steps`
/// equal steps: the nearest one to the likely value by ratio.
fn brute_force(plan: &Plan, option: usize, t: &Threshold, steps: u32) -> Option<f64> {
    let b = &plan.business;
    let case = b.case_inputs();
    let o = &b.options[option];
    let f = |x: f64| {
        let (input, x) = match t.driver {
            Driver::Overlap => (Input::CommunicationOverhead, communication_overhead(x)),
            d => (d.input(), x),
        };
        savings_at(&case, o, input, x).unwrap()
    };
    let step = (t.to - t.from) / steps as f64;
    let mut zeros = Vec::new();
    let mut prev = (t.from, f(t.from));
    for j in 1..=steps {
        let x = t.from + step * j as f64;
        let s = f(x);
        if (prev.1 > 0.0) != (s > 0.0) {
            zeros.push(0.5 * (prev.0 + x));
        }
        prev = (x, s);
    }
    let ratio = |z: f64| (z / t.likely).max(t.likely / z);
    zeros
        .into_iter()
        .min_by(|a, b| ratio(*a).total_cmp(&ratio(*b)))
}

#[test]
fn thresholds_agree_with_a_brute_force_scan() {
    let steps = 20_000;
    let mut found = 0;
    for plan in plans() {
        let case = plan.business.case_inputs();
        for (i, s) in sensitivity(&case).into_iter().enumerate() {
            for t in s.unwrap().thresholds {
                let scan = brute_force(&plan, i, &t, steps);
                let grain = (t.to - t.from) / steps as f64;
                match (t.value, scan) {
                    (Some(v), Some(z)) => {
                        found += 1;
                        assert!(
                            (v - z).abs() <= grain,
                            "{:?} of option {i}: {v} against the scan's {z}",
                            t.driver
                        );
                        assert!(t.from <= v && v <= t.to);
                    }
                    (None, None) => {}
                    (v, z) => panic!(
                        "{:?} of option {i}: {v:?} against the scan's {z:?}",
                        t.driver
                    ),
                }
            }
        }
    }
    // The plans are chosen so that several drivers do turn the savings.
    assert!(found >= 8, "only {found} thresholds found");
}

#[test]
fn the_side_that_saves_is_the_side_with_positive_savings() {
    for plan in plans() {
        let case = plan.business.case_inputs();
        for (i, s) in sensitivity(&case).into_iter().enumerate() {
            for t in s.unwrap().thresholds {
                let Some(v) = t.value else { continue };
                let o = &plan.business.options[i];
                let at = |x: f64| {
                    match t.driver {
                        Driver::Overlap => savings_at(
                            &case,
                            o,
                            Input::CommunicationOverhead,
                            communication_overhead(x),
                        ),
                        d => savings_at(&case, o, d.input(), x),
                    }
                    .unwrap()
                };
                let (below, above) = (at(v * 0.98), at(v * 1.02));
                assert_eq!(t.saves_below, below > 0.0, "{:?} {below} {above}", t.driver);
                assert_eq!(
                    t.saves_below,
                    above <= 0.0,
                    "{:?} {below} {above}",
                    t.driver
                );
            }
        }
    }
}

#[test]
fn a_driver_at_zero_or_an_option_with_nothing_to_compare_gives_no_threshold_and_no_panic() {
    let mut plan = example_plan();
    plan.business.assumptions.transfer_months = Range::exact(0.0);
    let case = plan.business.case_inputs();
    let s = option_sensitivity(&case, &plan.business.options[0]).unwrap();
    let t = s
        .thresholds
        .iter()
        .find(|t| t.driver == Driver::TransferMonths)
        .unwrap();
    assert_eq!(t.value, None);
    // A zero-length horizon: in-house delivers nothing, so there is nothing to compare.
    plan.business.horizon_months = 0;
    let case = plan.business.case_inputs();
    assert!(sensitivity(&case).iter().all(Option::is_none));
    // Extreme inputs: finite figures or none, never a panic.
    let mut plan = example_plan();
    plan.business.options[0].rate = Range::new(0.0, 1e12, f64::MAX);
    plan.business.assumptions.salary = Range::new(f64::MIN_POSITIVE, 1.0, 1e300);
    let case = plan.business.case_inputs();
    for s in sensitivity(&case).into_iter().flatten() {
        assert!(s.savings_likely.is_finite());
        for w in &s.swings {
            assert!(w.savings_at_low.is_finite() && w.savings_at_high.is_finite());
        }
    }
}

#[test]
fn a_threshold_is_rounded_towards_the_side_that_saves() {
    use offshoring_planner::i18n::{threshold_text, towards, Lang, ValueFormat};
    assert_eq!(towards(88.62, true, 0), 88.0);
    assert_eq!(towards(78_206.2, false, 0), 78_207.0);
    assert_eq!(towards(0.50249, true, 3), 0.502);
    assert_eq!(towards(0.64, false, 2), 0.64);
    let money = |v: f64| format!("${v}");
    let num = |v: f64, _d: u32| format!("{v}");
    let f = ValueFormat {
        lang: Lang::En,
        money: &money,
        num: &num,
    };
    let th = Threshold {
        driver: Driver::Rate,
        likely: 40.0,
        from: 4.0,
        to: 400.0,
        value: Some(88.62),
        saves_below: true,
    };
    assert_eq!(
        threshold_text(&th, true, &f),
        "Saves money while the hourly rate stays under $88 an hour."
    );
    let th = Threshold { value: None, ..th };
    assert_eq!(
        threshold_text(&th, true, &f),
        "No value of the hourly rate between $4 an hour and $400 an hour turns it."
    );
}
