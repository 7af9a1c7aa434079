//! The reference cost model against hand-computed cases. The arithmetic is written out
//! beside each expected value.

use offshoring_planner::domain::cost::case::{compute, CaseInputs};
use offshoring_planner::domain::cost::fit::{fit, FactorWeights, Who};
use offshoring_planner::domain::cost::inputs::{
    Assumptions, EngagementModel, Range, Region, SpecClarity, VendorOption,
};
use offshoring_planner::domain::cost::model::{
    attrition_loss, break_even_month, communication_overhead, first_delivery_weeks, run,
    ModelInputs,
};
use offshoring_planner::domain::cost::totals::{schedule_sums, totals};

fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() <= 1e-6 * expected.abs().max(1.0),
        "expected {expected}, got {actual}"
    );
}

fn base() -> ModelInputs {
    ModelInputs {
        n: 2.0,
        horizon: 6,
        q: 10_000.0,
        m: 0.10,
        w: 0.10,
        c: 0.05,
        a: 0.12,
        s: 5_000.0,
        d: 1.0,
        ..ModelInputs::default()
    }
}

#[test]
fn one_option_month_by_month() {
    let out = run(&base());
    // L = 0.12 / 12 x (0.5 + 0.25 + 0.1) = 0.0085
    close(out.attrition_loss, 0.0085);
    // month 1: t - d = 0, so f = 0: only the setup cost
    close(out.months[0].cost, 5_000.0);
    close(out.months[0].capacity, 0.0);
    // months 2-6: f = 1, cost 2 x 10,000 x 1.1 = 22,000 each
    for m in &out.months[1..] {
        close(m.cost, 22_000.0);
    }
    close(out.cost, 5_000.0 + 5.0 * 22_000.0);
    // ramp 0.5, 0.75, 0.9, 1, 1 = 4.15; per FTE 0.9 x 0.95 x 0.9915 = 0.8477325
    close(out.months[1].capacity, 2.0 * 0.5 * 0.8477325);
    close(out.capacity, 2.0 * 4.15 * 0.8477325);
    close(out.unit_cost().unwrap(), 115_000.0 / (8.3 * 0.8477325));
}

#[test]
fn a_fractional_start_delay_ramps_from_the_partial_month() {
    // 4 weeks of mobilisation = 4 / 4.33 months
    let d = 4.0 / 4.33;
    let out = run(&ModelInputs {
        d,
        s: 0.0,
        a: 0.0,
        w: 0.0,
        c: 0.0,
        m: 0.0,
        ..base()
    });
    let f1 = 1.0 - d; // active share of month 1
    close(out.months[0].cost, 2.0 * 10_000.0 * f1);
    close(out.months[0].capacity, 2.0 * f1 * 0.5);
    close(out.months[1].capacity, 2.0 * 0.75);
    close(out.months[2].capacity, 2.0 * 0.9);
    close(out.months[3].capacity, 2.0);
}

#[test]
fn totals_match_the_monthly_run_for_any_delay_and_horizon() {
    for h in [0, 1, 2, 3, 5, 12, 18, 120] {
        for d in [0.0, 0.3, 0.9237, 1.0, 2.5, 3.0, 5.0, 13.0, 200.0] {
            let inp = ModelInputs {
                horizon: h,
                d,
                ..base()
            };
            let out = run(&inp);
            let (cost, cap) = totals(&inp);
            close(cost, out.cost);
            close(cap, out.capacity);
        }
    }
    let (f, fr) = schedule_sums(1.0, 6);
    close(f, 5.0);
    close(fr, 4.15);
}

#[test]
fn communication_overhead_follows_the_overlap() {
    close(communication_overhead(8.0), 0.05);
    close(communication_overhead(6.0), 0.05);
    close(communication_overhead(4.0), 0.11); // 0.05 + 0.03 x 2
    close(communication_overhead(1.0), 0.20);
    close(communication_overhead(0.0), 0.20);
    close(communication_overhead(f64::NAN), 0.20);
}

/// Assumptions with no switching cost, no wage growth and no discounting: the model as
/// it was before switching costs, for the hand-computed cases below.
pub fn no_switching() -> Assumptions {
    Assumptions {
        vendor_selection: Range::exact(0.0),
        transfer_months: Range::exact(0.0),
        transfer_share: Range::exact(0.0),
        trips_per_year: Range::exact(0.0),
        severance_weeks: Range::exact(0.0),
        exit_months: Range::exact(0.0),
        exit_share: Range::exact(0.0),
        inhouse_wage_growth: Range::exact(0.0),
        discount_rate: 0.0,
        ..Assumptions::default()
    }
}

/// The case of the e2e test: 1 engineer, 12 months, every range exact.
pub fn simple_case() -> (Assumptions, Vec<VendorOption>) {
    let a = Assumptions {
        salary: Range::exact(120_000.0),
        loaded_multiplier: Range::exact(1.25),
        hiring_lead_months: Range::exact(3.0),
        recruiting_fee: Range::exact(0.20),
        inhouse_attrition: Range::exact(0.0),
        hours_per_month: 160.0,
        vendor_attrition: Range::exact(0.0),
        mobilisation_weeks: Range::exact(4.33),
        ..no_switching()
    };
    let mut o = VendorOption::new(Region::LatinAmerica, EngagementModel::DedicatedTeam);
    o.rate = Range::exact(50.0);
    o.overlap_hours = 6.0;
    (a, vec![o])
}

#[test]
fn in_house_against_a_vendor_by_hand() {
    let (a, options) = simple_case();
    let case = CaseInputs {
        team_size: 1.0,
        horizon: 12,
        clarity: SpecClarity::MostlyClear,
        assumptions: &a,
        options: &options,
        pilot: None,
        released: 0.0,
        count_exit: false,
        fx: 1.0,
        currency: Default::default(),
    };
    let figs = compute(&case);

    // In-house: q = 120,000 x 1.25 / 12 = 12,500; d = 3, so months 4-12 are paid (9);
    // fee 20% x 120,000 = 24,000 in month 1.
    let ih = &figs.inhouse;
    close(ih.outcome.cost, 24_000.0 + 9.0 * 12_500.0); // 136,500
    close(ih.outcome.capacity, 0.5 + 0.75 + 0.9 + 6.0); // 8.15
    let ih_unit = 136_500.0 / 8.15; // 16,748.47
    close(ih.outcome.unit_cost().unwrap(), ih_unit);
    close(ih.savings.unwrap(), 0.0);
    close(ih.first_delivery_weeks, 4.0 * 4.33);

    // Vendor: q = 50 x 160 = 8,000; m = 10% (dedicated team); w = 10% (mostly clear);
    // c = 5% (6 h overlap); d = 4.33 / 4.33 = 1 month, so months 2-12 are paid (11).
    let v = &figs.options[0];
    close(v.outcome.cost, 11.0 * 8_000.0 * 1.10); // 96,800
    let cap = (0.5 + 0.75 + 0.9 + 8.0) * 0.90 * 0.95; // 10.15 x 0.855 = 8.67825
    close(v.outcome.capacity, cap);
    close(v.outcome.unit_cost().unwrap(), 96_800.0 / cap); // 11,154.32
    close(v.savings.unwrap(), ih_unit * cap - 96_800.0); // 48,547.42
                                                         // Cumulative savings: month 2: 16,748.47 x 0.4275 - 8,800 = -1,640.03;
                                                         // month 3: 16,748.47 x 1.06875 - 17,600 = +299.93, so break-even in month 3.
    assert_eq!(v.break_even, Some(3));
    close(v.cumulative_savings[2], ih_unit * 1.06875 - 17_600.0);
    close(v.first_delivery_weeks, 2.0 * 4.33);
}

#[test]
fn five_factor_fit_by_hand() {
    let (a, options) = simple_case();
    let case = CaseInputs {
        team_size: 1.0,
        horizon: 12,
        clarity: SpecClarity::MostlyClear,
        assumptions: &a,
        options: &options,
        pilot: None,
        released: 0.0,
        count_exit: false,
        fx: 1.0,
        currency: Default::default(),
    };
    let figs = compute(&case);
    let v = &figs.options[0];
    let f = fit(
        Who::Vendor(EngagementModel::DedicatedTeam),
        &v.inputs,
        v.first_delivery_weeks,
        &FactorWeights::default(),
    );
    // speed (26 - 8.66) / 22 = 0.78818; capability 0.75; stability 1 - 0 / 0.3 = 1;
    // quality 1 - (0.10 + 0.05) / 0.4 = 0.625; control 0.7 - 2 x 0 = 0.7
    let scores: Vec<f64> = f.scores.iter().map(|s| s.score).collect();
    for (got, want) in scores.iter().zip([17.34 / 22.0, 0.75, 1.0, 0.625, 0.7]) {
        close(*got, want);
    }
    // equal weights: mean 0.772636 -> 77
    assert_eq!(f.total, 77);
    let speed_first = FactorWeights {
        speed: 5,
        capability: 1,
        stability: 1,
        quality: 1,
        control: 1,
    };
    let g = fit(
        Who::Vendor(EngagementModel::DedicatedTeam),
        &v.inputs,
        v.first_delivery_weeks,
        &speed_first,
    );
    // (5 x 0.78818 + 0.75 + 1 + 0.625 + 0.7) / 9 = 0.77954 -> 78
    assert_eq!(g.total, 78);
}

#[test]
fn edge_cases_give_finite_explained_results() {
    let (a, options) = simple_case();
    // Horizon shorter than the hiring lead time: in-house delivers nothing, so there is
    // no in-house unit cost and no savings figure; nothing is NaN.
    let case = CaseInputs {
        team_size: 1.0,
        horizon: 2,
        clarity: SpecClarity::Unclear,
        assumptions: &a,
        options: &options,
        pilot: None,
        released: 0.0,
        count_exit: false,
        fx: 1.0,
        currency: Default::default(),
    };
    let figs = compute(&case);
    assert_eq!(figs.inhouse.outcome.unit_cost(), None);
    assert_eq!(figs.options[0].savings, None);
    assert_eq!(figs.options[0].break_even, None);
    for f in figs.all() {
        assert!(f.outcome.cost.is_finite() && f.outcome.capacity.is_finite());
        assert!(f.outcome.capacity >= 0.0);
    }

    // Zero team: nothing costs and nothing is delivered.
    let out = run(&ModelInputs {
        n: 0.0,
        s: 0.0,
        ..base()
    });
    assert_eq!((out.cost, out.capacity, out.unit_cost()), (0.0, 0.0, None));

    // 100% attrition: L = 1 / 12 x 0.85 = 0.0708; absurd attrition is bounded at L = 1.
    close(attrition_loss(1.0), 0.85 / 12.0);
    assert_eq!(attrition_loss(1e9), 1.0);
    let out = run(&ModelInputs { a: 1e9, ..base() });
    assert_eq!(out.capacity, 0.0);
    assert!(out.cost.is_finite());

    // Zero overlap: the 20% ceiling; rework and overhead above 100% never make capacity negative.
    let out = run(&ModelInputs {
        c: communication_overhead(0.0),
        w: 5.0,
        ..base()
    });
    assert_eq!(out.capacity, 0.0);

    // Non-finite inputs are treated as zero, never propagated.
    let out = run(&ModelInputs {
        q: f64::NAN,
        d: f64::INFINITY,
        a: f64::NAN,
        ..base()
    });
    assert!(out.cost.is_finite() && out.capacity.is_finite());
    close(first_delivery_weeks(f64::NAN), 4.33);

    // No break-even when the option never catches up.
    let pricey = run(&ModelInputs { q: 1e6, ..base() });
    assert_eq!(break_even_month(&pricey, 10_000.0), None);
}

#[test]
fn editing_one_part_of_a_range_keeps_it_ordered() {
    use offshoring_planner::domain::cost::inputs::Part;
    let r = Range::new(10.0, 20.0, 30.0);
    assert_eq!(r.with(Part::Likely, 40.0), Range::new(10.0, 40.0, 40.0));
    assert_eq!(r.with(Part::Likely, 5.0), Range::new(5.0, 5.0, 30.0));
    assert_eq!(r.with(Part::Low, 25.0), Range::new(25.0, 25.0, 30.0));
    assert_eq!(r.with(Part::High, 15.0), Range::new(10.0, 15.0, 15.0));
    assert_eq!(r.with(Part::High, 35.0), Range::new(10.0, 20.0, 35.0));
    for part in Part::ALL {
        assert!(r.with(part, 0.0).is_ordered() && r.with(part, 99.0).is_ordered());
    }
}
