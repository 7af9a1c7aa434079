//! The cost case: in-house against each vendor option, with the likely values.

use super::inputs::{Assumptions, Range, SpecClarity, VendorOption};
use super::model::{self, ModelInputs, Outcome, Switching, WEEKS_PER_MONTH};
use super::years::{self, YearRow};
use crate::domain::fx::drift;
use crate::domain::fx::Currency;

/// Everything the cost case reads, borrowed from the plan.
#[derive(Clone, Copy, Debug)]
pub struct CaseInputs<'a> {
    pub team_size: f64,
    pub horizon: u32,
    pub clarity: SpecClarity,
    pub assumptions: &'a Assumptions,
    pub options: &'a [VendorOption],
    /// A pilot: `(engineers, months)`, for every option alike.
    pub pilot: Option<(f64, f64)>,
    /// In-house engineers the plan releases.
    pub released: f64,
    pub count_exit: bool,
    /// Units of the plan's currency per US dollar: converts the US-dollar defaults an
    /// option falls back on (its trip cost).
    pub fx: f64,
    /// The plan's currency: a contract in another drifts against it.
    pub currency: Currency,
}

/// The in-house side of one trial: its model inputs, and the salary behind them (the
/// vendor options' knowledge transfer, severance and exit are priced from it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InHouse {
    pub inputs: ModelInputs,
    pub salary: f64,
}

/// Model inputs for hiring in-house. `pick` chooses a value from each range (the likely
/// value, or a sample), called in a fixed order: `sensitivity::Input::ORDER` names each
/// call, in-house first, then the vendor option's (a test checks it).
pub fn inhouse_inputs(case: &CaseInputs, pick: &mut impl FnMut(&Range) -> f64) -> InHouse {
    let a = case.assumptions;
    let salary = pick(&a.salary);
    let multiplier = pick(&a.loaded_multiplier);
    let attrition = pick(&a.inhouse_attrition);
    let lead = pick(&a.hiring_lead_months);
    let fee = pick(&a.recruiting_fee);
    let growth = pick(&a.inhouse_wage_growth);
    let inputs = ModelInputs {
        n: case.team_size,
        horizon: case.horizon,
        q: salary * multiplier / 12.0,
        a: attrition,
        d: lead,
        growth,
        pilot: case.pilot,
        per_hire: fee * salary,
        ..ModelInputs::default()
    };
    InHouse { inputs, salary }
}

/// Model inputs for one vendor option. `inhouse` is the same trial's in-house inputs:
/// knowledge transfer, severance and the exit are paid in in-house engineers' time.
pub fn vendor_inputs(
    case: &CaseInputs,
    option: &VendorOption,
    inhouse: &InHouse,
    pick: &mut impl FnMut(&Range) -> f64,
) -> ModelInputs {
    let a = case.assumptions;
    // A team on a shift costs its premium on top: rate x (1 + premium).
    let rate = pick(&option.rate) * (1.0 + pick(&option.shift_premium()));
    let m = pick(&option.model.management_overhead());
    let w = pick(&case.clarity.rework());
    let c = pick(&option.communication());
    let attrition = pick(&a.vendor_attrition);
    let weeks = pick(&a.mobilisation_weeks);
    let q = rate * a.hours_per_month;
    let n = case.team_size;
    ModelInputs {
        n,
        horizon: case.horizon,
        q,
        m,
        w,
        c,
        a: attrition,
        s: option.setup_cost,
        d: weeks / WEEKS_PER_MONTH,
        // Wage growth, then the contract currency's drift against the plan's: both
        // re-price the rate once a year from month 13.
        growth: (1.0 + pick(&option.growth()))
            * (1.0 + pick(&drift(option.contract, case.currency)))
            - 1.0,
        pilot: case.pilot,
        per_hire: 0.0,
        switching: switching(case, option, inhouse, q, pick),
    }
}

/// The switching costs of one option, in the order the ranges are picked:
/// vendor selection v A (A = 12 n q, the annual contract value); knowledge transfer
/// s q_in a month per vendor engineer for T months; travel y p / 12 a month;
/// severance r salary b / 52; exit T_x n s_x q_in.
fn switching(
    case: &CaseInputs,
    option: &VendorOption,
    inhouse: &InHouse,
    q: f64,
    pick: &mut impl FnMut(&Range) -> f64,
) -> Switching {
    let a = case.assumptions;
    let n = case.team_size;
    let q_in = inhouse.inputs.q;
    let v = pick(&a.vendor_selection);
    let t = pick(&a.transfer_months);
    let s = pick(&a.transfer_share);
    let y = pick(&a.trips_per_year);
    let p = pick(&option.trip(case.fx));
    let b = pick(&a.severance_weeks);
    let tx = pick(&a.exit_months);
    let sx = pick(&a.exit_share);
    Switching {
        selection: v * 12.0 * n * q,
        transfer_months: t,
        transfer_monthly: s * q_in,
        inhouse_growth: inhouse.inputs.growth,
        travel_monthly: y * p / 12.0,
        severance: case.released * inhouse.salary * b / 52.0,
        exit: tx * n * sx * q_in,
        count_exit: case.count_exit,
    }
}

/// The likely value of every range.
pub fn likely(r: &Range) -> f64 {
    r.likely
}

/// The figures of one option with the likely values.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub inputs: ModelInputs,
    pub outcome: Outcome,
    /// Savings at equal output: what the option's output would have cost in-house, minus
    /// what it cost; `None` when in-house delivers nothing in the horizon.
    pub savings: Option<f64>,
    /// Difference in spend: in-house total cost minus the option's total cost.
    pub spend_difference: f64,
    /// Cumulative savings month by month (empty when savings are `None`).
    pub cumulative_savings: Vec<f64>,
    pub break_even: Option<u32>,
    pub first_delivery_weeks: f64,
}

/// In-house first, then each vendor option in order.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseFigures {
    pub inhouse: Figures,
    pub options: Vec<Figures>,
}

impl CaseFigures {
    /// In-house and the options, in display order.
    pub fn all(&self) -> impl Iterator<Item = &Figures> {
        std::iter::once(&self.inhouse).chain(self.options.iter())
    }
}

/// Computes the cost case with the likely value of every assumption.
pub fn compute(case: &CaseInputs) -> CaseFigures {
    let mut pick = likely;
    let inhouse = inhouse_inputs(case, &mut pick);
    let inhouse_in = inhouse.inputs;
    let inhouse_out = model::run(&inhouse_in);
    let inhouse_unit = inhouse_out.unit_cost();
    let inhouse_cost = inhouse_out.cost;
    let figures = |inputs: ModelInputs, outcome: Outcome| {
        let savings = inhouse_unit.map(|u| u * outcome.capacity - outcome.cost);
        let cumulative = inhouse_unit
            .map(|u| model::cumulative_savings(&outcome, u))
            .unwrap_or_default();
        Figures {
            break_even: inhouse_unit.and_then(|u| model::break_even_month(&outcome, u)),
            first_delivery_weeks: model::first_delivery_weeks(inputs.d),
            spend_difference: inhouse_cost - outcome.cost,
            inputs,
            outcome,
            savings,
            cumulative_savings: cumulative,
        }
    };
    let options = case
        .options
        .iter()
        .map(|o| {
            let inputs = vendor_inputs(case, o, &inhouse, &mut pick);
            figures(inputs, model::run(&inputs))
        })
        .collect();
    CaseFigures {
        inhouse: figures(inhouse_in, inhouse_out),
        options,
    }
}

/// One option's years: plan years, and fiscal years once the plan has a start month;
/// and the net present value of its savings at equal output.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionYears {
    pub plan: Vec<YearRow>,
    pub fiscal: Option<Vec<YearRow>>,
    pub npv: f64,
}

/// The years of in-house (first, all savings zero) and of each vendor option, against
/// in-house; empty when in-house delivers nothing in the horizon (no unit cost to
/// compare at).
pub fn case_years(
    figs: &CaseFigures,
    rate: f64,
    start: Option<(i32, u32)>,
    fiscal_start: u32,
) -> Vec<OptionYears> {
    let inhouse = &figs.inhouse.outcome;
    let Some(unit) = inhouse.unit_cost() else {
        return Vec::new();
    };
    figs.all()
        .map(|f| OptionYears {
            npv: years::npv(&f.outcome, unit, rate),
            plan: years::plan_years(&f.outcome, inhouse, unit, rate),
            fiscal: start
                .map(|s| years::fiscal_years(&f.outcome, inhouse, unit, rate, s, fiscal_start)),
        })
        .collect()
}
