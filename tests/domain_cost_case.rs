//! The cost case's switching costs, pilot, wage growth, years and net present value,
//! against hand-computed cases (the arithmetic is written beside each value), and
//! extreme inputs that must never give NaN, infinity or a panic.

use offshoring_planner::domain::cost::case::{case_years, compute, CaseInputs};
use offshoring_planner::domain::cost::inputs::{
    Assumptions, Country, EngagementModel, Range, Region, Shift, SpecClarity, VendorOption,
    SHIFT_PREMIUM,
};
use offshoring_planner::domain::cost::model::{run, year_factor, ModelInputs, Switching};
use offshoring_planner::domain::cost::totals::{growth_sum, totals};
use offshoring_planner::domain::cost::uncertainty::simulate;
use offshoring_planner::domain::cost::years::{calendar_month, discount, fiscal_year, Year};

fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() <= 1e-6 * expected.abs().max(1.0),
        "expected {expected}, got {actual}"
    );
}

/// The e2e test's simple case (1 engineer, 12 months, exact ranges, no attrition) with
/// the default switching costs, every one of them exact at its likely value.
fn simple() -> (Assumptions, Vec<VendorOption>) {
    let a = Assumptions {
        salary: Range::exact(120_000.0),
        loaded_multiplier: Range::exact(1.25),
        hiring_lead_months: Range::exact(3.0),
        recruiting_fee: Range::exact(0.20),
        inhouse_attrition: Range::exact(0.0),
        vendor_attrition: Range::exact(0.0),
        mobilisation_weeks: Range::exact(4.33),
        vendor_selection: Range::exact(0.01),
        transfer_months: Range::exact(3.0),
        transfer_share: Range::exact(0.20),
        trips_per_year: Range::exact(4.0),
        severance_weeks: Range::exact(8.0),
        exit_months: Range::exact(2.0),
        exit_share: Range::exact(0.5),
        inhouse_wage_growth: Range::exact(0.04),
        ..Assumptions::default()
    };
    let mut o = VendorOption::new(Region::LatinAmerica, EngagementModel::DedicatedTeam);
    o.rate = Range::exact(50.0);
    o.overlap_hours = 6.0;
    o.trip_cost = Some(Range::exact(2_500.0));
    o.wage_growth = Some(Range::exact(0.05));
    (a, vec![o])
}

fn case<'a>(a: &'a Assumptions, o: &'a [VendorOption], horizon: u32) -> CaseInputs<'a> {
    CaseInputs {
        team_size: 1.0,
        horizon,
        clarity: SpecClarity::MostlyClear,
        assumptions: a,
        options: o,
        pilot: None,
        released: 0.0,
        count_exit: false,
        fx: 1.0,
        currency: Default::default(),
    }
}

#[test]
fn switching_costs_by_hand() {
    let (a, o) = simple();
    let mut c = case(&a, &o, 12);
    c.released = 2.0;
    c.count_exit = true;
    let figs = compute(&c);
    let v = &figs.options[0];
    let s = v.outcome.switching;
    // Vendor selection: 1% x A, A = 12 x 1 x 8,000 = 96,000: 960 in month 1.
    close(s.selection, 960.0);
    // Knowledge transfer: q_in = 120,000 x 1.25 / 12 = 12,500; s q_in = 2,500 a month for
    // the first 3 active months (d = 1: months 2, 3, 4): 7,500.
    close(s.transfer, 7_500.0);
    // Travel: 4 trips x 2,500 / 12 = 833.33 in each of the 11 active months: 9,166.67.
    close(s.travel, 4.0 * 2_500.0 / 12.0 * 11.0);
    // Severance: 2 released x 120,000 x 8 / 52 = 36,923.08.
    close(s.severance, 2.0 * 120_000.0 * 8.0 / 52.0);
    // Exit: 2 months x 1 x 50% x 12,500 = 12,500 (first year: no growth yet).
    close(s.exit, 12_500.0);
    assert!(s.exit_counted);
    // The option's cost: 96,800 (11 x 8,000 x 1.1) + every switching cost.
    let switching =
        960.0 + 7_500.0 + 4.0 * 2_500.0 / 12.0 * 11.0 + 2.0 * 120_000.0 * 8.0 / 52.0 + 12_500.0;
    close(v.outcome.cost, 96_800.0 + switching);
    close(s.counted(), switching);
    // Month 1: selection and severance; month 12: the exit on top of the bill and travel.
    close(
        v.outcome.months[0].cost,
        960.0 + 2.0 * 120_000.0 * 8.0 / 52.0,
    );
    close(
        v.outcome.months[11].cost,
        8_800.0 + 10_000.0 / 12.0 + 12_500.0,
    );
    // Difference in spend: in-house 136,500 (24,000 fees + 9 x 12,500) minus the option.
    close(v.spend_difference, 136_500.0 - (96_800.0 + switching));
    // Not counted, the exit is still shown but not paid.
    c.count_exit = false;
    let figs = compute(&c);
    close(figs.options[0].outcome.switching.exit, 12_500.0);
    close(
        figs.options[0].outcome.cost,
        96_800.0 + switching - 12_500.0,
    );
}

#[test]
fn a_shift_premium_adds_to_the_rate() {
    let (a, o) = simple();
    // 13:00-22:00 is a shift; 8:00-18:00 and 9:30-17:30 are a usual day.
    let s = Shift::of_hours(13 * 60, 22 * 60).expect("13:00-22:00 is a shift");
    assert_eq!(s.premium, SHIFT_PREMIUM);
    assert_eq!(Shift::of_hours(8 * 60, 18 * 60), None);
    assert_eq!(Shift::of_hours(9 * 60 + 30, 17 * 60 + 30), None);
    assert!(Shift::of_hours(7 * 60 + 30, 15 * 60 + 30).is_some());
    // A 10% premium on a rate of 50 costs the same as a rate of 55: the bill is
    // 11 months x 55 x 160 x 1.1 (management) = 106,480 instead of 96,800.
    let mut shifted = o.clone();
    shifted[0].shift = Some(Shift {
        premium: Range::exact(0.10),
        ..s
    });
    let mut dearer = o.clone();
    dearer[0].rate = Range::exact(55.0);
    let with_premium = compute(&case(&a, &shifted, 12)).options[0].outcome.cost;
    close(
        with_premium,
        compute(&case(&a, &dearer, 12)).options[0].outcome.cost,
    );
    close(
        with_premium - compute(&case(&a, &o, 12)).options[0].outcome.cost,
        106_480.0 - 96_800.0 + 0.01 * 12.0 * 5.0 * 160.0,
    );
    // No shift: no premium, and the uncertainty run draws the same numbers as before.
    assert_eq!(o[0].shift_premium(), Range::exact(0.0));
}

#[test]
fn wage_growth_applies_from_month_13() {
    // year_factor: months 1-12 x1, 13-24 x1.05, 25-36 x1.1025.
    close(year_factor(0.05, 12), 1.0);
    close(year_factor(0.05, 13), 1.05);
    close(year_factor(0.05, 25), 1.1025);
    // 12 x 1 + 12 x 1.05 + 6 x 1.1025 = 12 + 12.6 + 6.615 = 31.215
    close(growth_sum(0.05, 1, 30), 31.215);
    let inp = ModelInputs {
        n: 1.0,
        horizon: 24,
        q: 1_000.0,
        growth: 0.05,
        ..ModelInputs::default()
    };
    let out = run(&inp);
    close(out.months[11].cost, 1_000.0);
    close(out.months[12].cost, 1_050.0);
    close(out.cost, 12_000.0 + 12_600.0);
}

#[test]
fn a_pilot_then_the_full_team() {
    // 2 engineers from the start, the other 3 from month 4 (P = 3), no delay, q = 1,000.
    let inp = ModelInputs {
        n: 5.0,
        horizon: 6,
        q: 1_000.0,
        pilot: Some((2.0, 3.0)),
        per_hire: 100.0,
        ..ModelInputs::default()
    };
    let out = run(&inp);
    // Months 1-3: 2 x 1,000 (+ 2 x 100 fees in month 1); months 4-6: 5 x 1,000 (+ 3 x 100
    // fees in month 4).
    close(out.months[0].cost, 2_000.0 + 200.0);
    close(out.months[2].cost, 2_000.0);
    close(out.months[3].cost, 5_000.0 + 300.0);
    close(out.cost, 3.0 * 2_000.0 + 3.0 * 5_000.0 + 500.0);
    // Capacity: the pilot ramps 0.5, 0.75, 0.9, 1, 1, 1 (x2); the rest 0.5, 0.75, 0.9 (x3).
    close(
        out.capacity,
        2.0 * (0.5 + 0.75 + 0.9 + 3.0) + 3.0 * (0.5 + 0.75 + 0.9),
    );
    let (cost, cap) = totals(&inp);
    close(cost, out.cost);
    close(cap, out.capacity);
    // Without the pilot, the same team from the start.
    let full = run(&ModelInputs { pilot: None, ..inp });
    assert!(full.capacity > out.capacity);
}

#[test]
fn totals_match_the_monthly_run_with_everything_on() {
    for h in [1, 5, 12, 13, 30, 60] {
        for d in [0.0, 0.9237, 2.5] {
            for pilot in [None, Some((1.0, 2.0)), Some((2.0, 7.5))] {
                let inp = ModelInputs {
                    n: 4.0,
                    horizon: h,
                    q: 9_000.0,
                    m: 0.1,
                    w: 0.1,
                    c: 0.08,
                    a: 0.18,
                    s: 5_000.0,
                    d,
                    growth: 0.06,
                    pilot,
                    per_hire: 2_000.0,
                    switching: Switching {
                        selection: 1_000.0,
                        transfer_months: 2.5,
                        transfer_monthly: 2_500.0,
                        inhouse_growth: 0.04,
                        travel_monthly: 800.0,
                        severance: 3_000.0,
                        exit: 9_000.0,
                        count_exit: true,
                    },
                };
                let out = run(&inp);
                let (cost, cap) = totals(&inp);
                close(cost, out.cost);
                close(cap, out.capacity);
                close(out.months.iter().map(|m| m.cost).sum::<f64>(), out.cost);
            }
        }
    }
}

#[test]
fn years_and_net_present_value_by_hand() {
    // Discount factor of month 12 at 8%: 1 / 1.08.
    close(discount(0.08, 12), 1.0 / 1.08);
    close(discount(0.0, 7), 1.0);
    // A plan starting in November 2026: month 3 is January 2027.
    assert_eq!(calendar_month((2026, 11), 3), (2027, 1));
    // A July fiscal year: July 2026 - June 2027 is FY2027; January starts are calendar.
    assert_eq!(fiscal_year((2026, 7), 7), 2027);
    assert_eq!(fiscal_year((2026, 6), 7), 2026);
    assert_eq!(fiscal_year((2026, 12), 1), 2026);

    let (a, o) = simple();
    let figs = compute(&case(&a, &o, 18));
    let years = case_years(&figs, 0.08, Some((2026, 11)), 7);
    let v = &years[1];
    // Plan years: 12 months, then 6.
    assert_eq!(v.plan.len(), 2);
    assert_eq!((v.plan[0].year, v.plan[0].months), (Year::Plan(1), 12));
    assert_eq!(v.plan[1].months, 6);
    let unit = figs.inhouse.outcome.unit_cost().unwrap();
    let months = &figs.options[0].outcome.months;
    let year1: f64 = months[..12]
        .iter()
        .map(|m| unit * m.capacity - m.cost)
        .sum();
    close(v.plan[0].savings, year1);
    close(v.plan[0].cost, months[..12].iter().map(|m| m.cost).sum());
    // The savings of the years add up to the option's savings; the NPV discounts each
    // month's savings by 1 / 1.08^(t/12).
    close(
        v.plan.iter().map(|y| y.savings).sum(),
        figs.options[0].savings.unwrap(),
    );
    let npv: f64 = months
        .iter()
        .enumerate()
        .map(|(i, m)| (unit * m.capacity - m.cost) / 1.08f64.powf((i as f64 + 1.0) / 12.0))
        .sum();
    close(v.npv, npv);
    // Fiscal years from November 2026 with a July start: Nov 2026 - Jun 2027 is FY2027
    // (8 months), Jul 2027 - Apr 2028 is FY2028 (10 months).
    let fiscal = v.fiscal.as_ref().unwrap();
    assert_eq!(fiscal.len(), 2);
    assert_eq!(
        fiscal[0].year,
        Year::Fiscal {
            name: 2027,
            first: (2026, 11),
            last: (2027, 6)
        }
    );
    assert_eq!((fiscal[0].months, fiscal[1].months), (8, 10));
    close(
        fiscal.iter().map(|y| y.cost).sum(),
        figs.options[0].outcome.cost,
    );
    // No start date: no fiscal years.
    assert!(case_years(&figs, 0.08, None, 7)[1].fiscal.is_none());
}

#[test]
fn a_country_carries_its_own_rate_where_one_is_published() {
    let co = VendorOption::in_country(Country::Colombia, EngagementModel::DedicatedTeam);
    let mx = VendorOption::in_country(Country::Mexico, EngagementModel::DedicatedTeam);
    let pe = VendorOption::in_country(Country::Peru, EngagementModel::DedicatedTeam);
    assert_eq!(co.rate, Range::new(38.0, 48.0, 58.0));
    assert_eq!(mx.rate, Range::new(45.0, 55.0, 65.0));
    assert_eq!(
        pe.rate,
        Region::LatinAmerica.default_rate(),
        "no published figure: the region's"
    );
    assert_ne!(co.rate, mx.rate);
    assert!(!co.same_as(&mx));
    assert!(co.same_as(&co.clone()));
    let a = Assumptions::default();
    let options = vec![co, mx];
    let mut c = case(&a, &options, 12);
    c.team_size = 5.0;
    let figs = compute(&c);
    assert_ne!(figs.options[0].outcome.cost, figs.options[1].outcome.cost);
}

#[test]
fn extreme_inputs_stay_finite() {
    let huge = [
        0.0,
        1e-12,
        1.0,
        1e9,
        1e300,
        f64::MAX,
        f64::NAN,
        f64::INFINITY,
        -1e9,
    ];
    for &x in &huge {
        let inp = ModelInputs {
            n: x,
            horizon: 120,
            q: x,
            m: x,
            w: x,
            c: x,
            a: x,
            s: x,
            d: x,
            growth: x,
            pilot: Some((x, x)),
            per_hire: x,
            switching: Switching {
                selection: x,
                transfer_months: x,
                transfer_monthly: x,
                inhouse_growth: x,
                travel_monthly: x,
                severance: x,
                exit: x,
                count_exit: true,
            },
        };
        let out = run(&inp);
        let (cost, cap) = totals(&inp);
        for v in [out.cost, out.capacity, cost, cap, out.switching.counted()] {
            assert!(!v.is_nan(), "NaN from {x}");
        }
        assert!(out.capacity >= 0.0);
        let _ = discount(x, 12);
        assert!(discount(x, 12).is_finite(), "discount of {x}");
    }
    // The whole case and its run with bounded but extreme assumptions.
    let (mut a, o) = simple();
    a.transfer_months = Range::exact(36.0);
    a.trips_per_year = Range::exact(52.0);
    a.inhouse_wage_growth = Range::new(-0.2, 0.0, 0.5);
    let mut c = case(&a, &o, 120);
    c.pilot = Some((1.0, 60.0));
    c.released = 500.0;
    c.count_exit = true;
    let figs = compute(&c);
    for f in figs.all() {
        assert!(f.outcome.cost.is_finite() && f.outcome.capacity.is_finite());
    }
    let run = simulate(&c, 500, 7);
    for o in &run.options {
        assert!(o.cost.p10.is_finite() && o.cost.p90.is_finite());
    }
    for y in case_years(&figs, 0.5, Some((2026, 1)), 12) {
        assert!(y.npv.is_finite());
    }
}
