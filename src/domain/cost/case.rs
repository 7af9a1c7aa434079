//! The cost case: in-house against each vendor option, with the likely values.

use super::inputs::{Assumptions, Range, SpecClarity, VendorOption};
use super::model::{self, ModelInputs, Outcome, WEEKS_PER_MONTH};

/// Everything the cost case reads, borrowed from the plan.
#[derive(Clone, Copy, Debug)]
pub struct CaseInputs<'a> {
    pub team_size: f64,
    pub horizon: u32,
    pub clarity: SpecClarity,
    pub assumptions: &'a Assumptions,
    pub options: &'a [VendorOption],
}

/// Model inputs for hiring in-house. `pick` chooses a value from each range (the likely
/// value, or a sample), called in a fixed order.
pub fn inhouse_inputs(case: &CaseInputs, pick: &mut impl FnMut(&Range) -> f64) -> ModelInputs {
    let a = case.assumptions;
    let salary = pick(&a.salary);
    let multiplier = pick(&a.loaded_multiplier);
    let attrition = pick(&a.inhouse_attrition);
    let lead = pick(&a.hiring_lead_months);
    let fee = pick(&a.recruiting_fee);
    ModelInputs {
        n: case.team_size,
        horizon: case.horizon,
        q: salary * multiplier / 12.0,
        m: 0.0,
        w: 0.0,
        c: 0.0,
        a: attrition,
        s: fee * salary * case.team_size,
        d: lead,
    }
}

/// Model inputs for one vendor option.
pub fn vendor_inputs(
    case: &CaseInputs,
    option: &VendorOption,
    pick: &mut impl FnMut(&Range) -> f64,
) -> ModelInputs {
    let a = case.assumptions;
    let rate = pick(&option.rate);
    let m = pick(&option.model.management_overhead());
    let w = pick(&case.clarity.rework());
    let c = pick(&option.communication());
    let attrition = pick(&a.vendor_attrition);
    let weeks = pick(&a.mobilisation_weeks);
    ModelInputs {
        n: case.team_size,
        horizon: case.horizon,
        q: rate * a.hours_per_month,
        m,
        w,
        c,
        a: attrition,
        s: option.setup_cost,
        d: weeks / WEEKS_PER_MONTH,
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
    /// Savings against in-house; `None` when in-house delivers nothing in the horizon.
    pub savings: Option<f64>,
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
    let inhouse_in = inhouse_inputs(case, &mut pick);
    let inhouse_out = model::run(&inhouse_in);
    let inhouse_unit = inhouse_out.unit_cost();
    let figures = |inputs: ModelInputs, outcome: Outcome| {
        let savings = inhouse_unit.map(|u| u * outcome.capacity - outcome.cost);
        let cumulative = inhouse_unit
            .map(|u| model::cumulative_savings(&outcome, u))
            .unwrap_or_default();
        Figures {
            break_even: inhouse_unit.and_then(|u| model::break_even_month(&outcome, u)),
            first_delivery_weeks: model::first_delivery_weeks(inputs.d),
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
            let inputs = vendor_inputs(case, o, &mut pick);
            figures(inputs, model::run(&inputs))
        })
        .collect();
    CaseFigures {
        inhouse: figures(inhouse_in, inhouse_out),
        options,
    }
}
