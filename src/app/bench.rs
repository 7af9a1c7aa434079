//! The workload the performance benchmark times, natively and in the browser: one full
//! recalculation of the business case (the figures and the 10,000-trial uncertainty run)
//! for the example plan with four vendor options besides in-house.

use crate::domain::cost::case::compute;
use crate::domain::cost::inputs::{EngagementModel, Region, VendorOption};
use crate::domain::example::example_plan;
use crate::domain::Plan;

/// The example plan, with an onshore option added so four vendor options are compared.
pub fn bench_plan() -> Plan {
    let mut plan = example_plan();
    plan.business.options.push(VendorOption::new(
        Region::Onshore,
        EngagementModel::ProjectBased,
    ));
    plan
}

/// One full recalculation. Returns a checksum so the work cannot be optimised away.
pub fn full_recalculation(plan: &Plan) -> f64 {
    let case = plan.business.case_inputs();
    let figures = compute(&case);
    let run = plan.business.uncertainty_run();
    figures.all().map(|f| f.outcome.cost).sum::<f64>()
        + run.options.iter().map(|o| o.cost.p50).sum::<f64>()
}

/// Every option's sensitivity (swings and thresholds) for the benchmark plan. Returns a
/// checksum so the work cannot be optimised away.
pub fn sensitivity_all(plan: &Plan) -> f64 {
    use crate::domain::cost::sensitivity::sensitivity;
    sensitivity(&plan.business.case_inputs())
        .iter()
        .flatten()
        .map(|s| s.savings_likely + s.thresholds.iter().filter_map(|t| t.value).sum::<f64>())
        .sum()
}
