use offshoring_planner::domain::cost::case::{compute, CaseInputs};
use offshoring_planner::domain::cost::inputs::{default_options, Assumptions, Range, SpecClarity};
use offshoring_planner::domain::cost::uncertainty::{percentile, seed_of, simulate, Rng};

#[test]
fn triangular_samples_stay_in_range_with_the_right_mean() {
    let mut rng = Rng::new(42);
    let r = Range::new(20.0, 30.0, 50.0);
    let n = 200_000;
    let mut sum = 0.0;
    for _ in 0..n {
        let x = rng.triangular(&r);
        assert!((20.0..=50.0).contains(&x));
        sum += x;
    }
    // mean of a triangular distribution = (a + m + b) / 3 = 33.33
    assert!((sum / n as f64 - 100.0 / 3.0).abs() < 0.1);
    assert_eq!(rng.triangular(&Range::exact(7.0)), 7.0);
    assert_eq!(rng.triangular(&Range::new(5.0, 5.0, 1.0)), 5.0);
}

#[test]
fn percentiles_interpolate_between_ranks() {
    let v: Vec<f64> = (0..=10).map(|x| x as f64).collect();
    assert_eq!(percentile(&v, 0.1), Some(1.0));
    assert_eq!(percentile(&v, 0.5), Some(5.0));
    assert_eq!(percentile(&[1.0, 2.0], 0.5), Some(1.5));
    assert_eq!(percentile(&[], 0.5), None);
}

#[test]
fn the_same_plan_always_gives_the_same_figures() {
    let a = Assumptions::default();
    let opts = default_options();
    let c = CaseInputs {
        team_size: 8.0,
        horizon: 18,
        clarity: SpecClarity::MostlyClear,
        assumptions: &a,
        options: &opts,
        pilot: None,
        released: 0.0,
        count_exit: false,
        fx: 1.0,
        currency: Default::default(),
    };
    let seed = seed_of(b"plan");
    let one = simulate(&c, 10_000, seed);
    let two = simulate(&c, 10_000, seed);
    assert_eq!(one, two);
    let other = simulate(&c, 10_000, seed_of(b"another plan"));
    assert_ne!(one.options[1].cost, other.options[1].cost);
    assert_eq!(one.options.len(), 3);
    for o in &one.options {
        assert!(o.cost.p10 <= o.cost.p50 && o.cost.p50 <= o.cost.p90);
        let s = o.savings.unwrap();
        assert!(s.p10 <= s.p50 && s.p50 <= s.p90);
        let p = o.chance_of_saving.unwrap();
        assert!((0.0..=1.0).contains(&p));
    }
}

#[test]
fn exact_ranges_reproduce_the_deterministic_figures() {
    let a = Assumptions {
        salary: Range::exact(120_000.0),
        loaded_multiplier: Range::exact(1.25),
        hiring_lead_months: Range::exact(3.0),
        inhouse_attrition: Range::exact(0.1),
        vendor_attrition: Range::exact(0.2),
        mobilisation_weeks: Range::exact(4.0),
        recruiting_fee: Range::exact(0.2),
        inhouse_wage_growth: Range::exact(0.03),
        ..Assumptions::default()
    };
    let mut opts = default_options();
    for o in &mut opts {
        o.rate = Range::exact(o.rate.likely);
        o.overlap_hours = 7.0; // c = 5%: its +-25% range is 3.75-6.25%
    }
    let c = CaseInputs {
        team_size: 3.0,
        horizon: 24,
        clarity: SpecClarity::Clear,
        assumptions: &a,
        options: &opts,
        pilot: None,
        released: 0.0,
        count_exit: false,
        fx: 1.0,
        currency: Default::default(),
    };
    let figs = compute(&c);
    let run = simulate(&c, 2_000, 1);
    let ih = &run.options[0];
    assert!((ih.cost.p10 - figs.inhouse.outcome.cost).abs() < 1e-6);
    assert!((ih.cost.p90 - figs.inhouse.outcome.cost).abs() < 1e-6);
    // Vendor costs only vary through management overhead; the likely figure sits inside.
    let v = &run.options[1];
    assert!(v.cost.p10 <= figs.options[0].outcome.cost * 1.01);
    assert!(v.cost.p90 >= figs.options[0].outcome.cost * 0.99);
}

#[test]
fn a_horizon_inside_the_hiring_lead_time_has_no_comparable_trials() {
    let a = Assumptions {
        hiring_lead_months: Range::new(6.0, 7.0, 8.0),
        ..Assumptions::default()
    };
    let opts = default_options();
    let c = CaseInputs {
        team_size: 2.0,
        horizon: 5,
        clarity: SpecClarity::Clear,
        assumptions: &a,
        options: &opts,
        pilot: None,
        released: 0.0,
        count_exit: false,
        fx: 1.0,
        currency: Default::default(),
    };
    let run = simulate(&c, 1_000, 3);
    for o in &run.options {
        assert_eq!(o.comparable_trials, 0);
        assert_eq!(o.savings, None);
        assert_eq!(o.chance_of_saving, None);
        assert!(o.cost.p50.is_finite());
    }
}

#[test]
fn floats_sort_as_total_cmp_orders_them() {
    use offshoring_planner::domain::cost::uncertainty::{sort_floats, Rng};
    let mut rng = Rng::new(11);
    let mut cases: Vec<Vec<f64>> = vec![
        vec![],
        vec![1.0],
        vec![
            -0.0,
            0.0,
            -1e-300,
            1e-300,
            f64::MIN,
            f64::MAX,
            -5.5,
            5.5,
            2.0,
            -2.0,
        ],
        vec![3.0; 7],
    ];
    for n in [2usize, 10, 257, 10_000] {
        cases.push((0..n).map(|_| (rng.unit() - 0.4) * 1e7).collect());
    }
    for mut v in cases {
        let mut want = v.clone();
        want.sort_by(|a, b| a.total_cmp(b));
        sort_floats(&mut v);
        assert_eq!(
            v.iter().map(|x| x.to_bits()).collect::<Vec<_>>(),
            want.iter().map(|x| x.to_bits()).collect::<Vec<_>>()
        );
    }
}
