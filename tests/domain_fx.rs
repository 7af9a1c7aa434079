//! Currencies: reference rates, conversion of a plan's amounts, hostile rates, and the
//! exchange-rate drift a contract in another currency adds to the uncertainty run.

mod zones;

use offshoring_planner::domain::business::Currency;
use offshoring_planner::domain::cost::limits::FX_RATE;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::fx::{check_rate, drift, reference_rate, Contract, RateError};

fn close(a: f64, b: f64) {
    assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "{a} against {b}");
}

#[test]
fn reference_rates_are_the_ecbs_crossed_through_the_euro() {
    // ECB, 8 May 2026: 1 EUR = 1.1761 USD = 0.86410 GBP = 111.1285 INR.
    close(reference_rate(Currency::Usd), 1.0);
    close(reference_rate(Currency::Eur), 1.0 / 1.1761);
    close(reference_rate(Currency::Gbp), 0.86410 / 1.1761);
    close(Contract::Inr.per_usd(), 111.1285 / 1.1761);
    // The Colombian peso from the TRM of 12 March 2026.
    close(Contract::Cop.per_usd(), 3_687.87);
    for c in Contract::ALL {
        assert_eq!(Contract::from_code(c.code()), Some(c));
    }
}

#[test]
fn converting_a_plan_there_and_back_gives_its_amounts_again() {
    let plan = example_plan();
    let mut b = plan.business.clone();
    b.convert_to(Currency::Eur);
    assert_eq!(b.currency, Currency::Eur);
    close(b.options[0].rate.likely, 48.0 / 1.1761);
    close(b.assumptions.salary.likely, 144_570.0 / 1.1761);
    b.convert_to(Currency::Gbp);
    close(b.options[0].rate.likely, 48.0 * 0.86410 / 1.1761);
    b.convert_to(Currency::Usd);
    close(b.options[0].rate.likely, 48.0);
    close(
        b.assumptions.salary.high,
        plan.business.assumptions.salary.high,
    );
    for (a, o) in b.options.iter().zip(&plan.business.options) {
        close(a.rate.low, o.rate.low);
        close(a.setup_cost, o.setup_cost);
    }
    // Relabelling keeps the numbers.
    let mut r = plan.business.clone();
    r.relabel(Currency::Eur);
    assert_eq!(r.options, plan.business.options);
    assert_eq!(r.currency, Currency::Eur);
    // The user's own rate converts from there: 1 USD = 0.5 EUR.
    let mut u = plan.business.clone();
    u.relabel(Currency::Eur);
    u.usd_rate = Some(0.5);
    u.convert_to(Currency::Usd);
    close(u.options[0].rate.likely, 48.0 * 2.0);
    // A new place's default rate and a trip's default cost come in the plan's currency.
    let mut e = plan.business.clone();
    e.convert_to(Currency::Eur);
    e.set_place(
        1,
        offshoring_planner::domain::cost::inputs::Place::Country(
            offshoring_planner::domain::geo::Country::Mexico,
        ),
    );
    close(e.options[1].rate.likely, 55.0 / 1.1761);
    close(e.options[1].trip(e.fx()).likely, 2_500.0 / 1.1761);
}

#[test]
fn hostile_rates_get_a_clear_refusal_and_change_nothing() {
    assert_eq!(check_rate(0.0), Err(RateError::NotPositive));
    assert_eq!(check_rate(-3.0), Err(RateError::NotPositive));
    assert_eq!(check_rate(f64::NAN), Err(RateError::NotANumber));
    assert_eq!(check_rate(f64::INFINITY), Err(RateError::NotANumber));
    assert_eq!(check_rate(1e9), Err(RateError::TooLarge));
    assert_eq!(check_rate(0.92), Ok(0.92));
    // Typed into the field: refused with a message, before the plan is touched.
    for text in ["0", "-1", "NaN", "abc", "1e9", "99999999", ""] {
        assert!(FX_RATE.parse(text).is_err(), "{text:?} accepted");
    }
    assert_eq!(FX_RATE.parse("0.92"), Ok(0.92));
    // A hostile rate in an imported plan is refused by name; in memory, it is ignored.
    let mut plan = example_plan();
    plan.business.usd_rate = Some(-1.0);
    let err = plan.check().unwrap_err();
    assert!(format!("{err:?}").contains("business.usd_rate"), "{err:?}");
    plan.business.usd_rate = Some(f64::NAN);
    close(plan.business.fx(), 1.0);
    assert!(
        offshoring_planner::domain::cost::case::compute(&plan.business.case_inputs())
            .options
            .iter()
            .all(|f| f.outcome.cost.is_finite())
    );
}

#[test]
fn a_contract_in_another_currency_drifts_and_widens_the_run() {
    assert_eq!(drift(Contract::Usd, Currency::Usd).high, 0.0);
    assert_eq!(drift(Contract::Eur, Currency::Eur).high, 0.0);
    let cop = drift(Contract::Cop, Currency::Usd);
    assert_eq!((cop.low, cop.likely, cop.high), (-0.15, 0.0, 0.15));
    // Two non-dollar currencies: the wider of their swings.
    assert_eq!(drift(Contract::Inr, Currency::Gbp).high, 0.08);
    let mut plan = example_plan();
    plan.business.horizon_months = 36;
    let band = |p: &offshoring_planner::domain::Plan| {
        let r = p.business.uncertainty_run();
        let s = r.options[1].savings.unwrap();
        (s.p90 - s.p10, s.p50)
    };
    let (usd, usd_mid) = band(&plan);
    plan.business.options[0].contract = Contract::Cop;
    let (cop, cop_mid) = band(&plan);
    assert!(cop > usd * 1.05, "P10-P90 {usd} in USD, {cop} in COP");
    // Drift either side of no change: the middle barely moves; the likely figures not at all.
    assert!(
        (cop_mid - usd_mid).abs() < 0.05 * usd_mid.abs(),
        "{usd_mid} {cop_mid}"
    );
    let figs = offshoring_planner::domain::cost::case::compute(&plan.business.case_inputs());
    plan.business.options[0].contract = Contract::Usd;
    let same = offshoring_planner::domain::cost::case::compute(&plan.business.case_inputs());
    assert_eq!(figs.options[0].outcome.cost, same.options[0].outcome.cost);
}

#[test]
fn the_location_steps_effective_rates_are_in_the_plans_currency() {
    use offshoring_planner::domain::overlap::analysis::analyse;
    let mut fixed = zones::fixed;
    let usd = example_plan();
    let mut eur = usd.clone();
    eur.business.convert_to(Currency::Eur);
    let a = analyse(&usd, 2027, &mut fixed);
    let b = analyse(&eur, 2027, &mut fixed);
    for (x, y) in a.results.iter().zip(&b.results) {
        let (x, y) = (
            x.assessment.as_ref().unwrap(),
            y.assessment.as_ref().unwrap(),
        );
        close(y.effective_rate, x.effective_rate / 1.1761);
    }
}
