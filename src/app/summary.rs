//! What the plan step and the progress marks need to know about a plan.

use super::route::Step;
use crate::domain::plan::Plan;

/// Whether a step has the answers it needs to count as done.
pub fn step_complete(plan: &Plan, step: Step) -> bool {
    match step {
        Step::Business => {
            plan.business.primary_goal.is_some() && !plan.business.scope.trim().is_empty()
        }
        Step::Work => plan.work.selected().next().is_some(),
        Step::Engagement => plan.engagement.nature.is_some(),
        Step::Location => !plan.location.hq_zone.is_empty() && !plan.location.candidates.is_empty(),
        Step::Plan => Step::ALL[..4].iter().all(|s| step_complete(plan, *s)),
    }
}

/// The steps before the plan that still lack answers, in order.
pub fn missing_steps(plan: &Plan) -> Vec<Step> {
    Step::ALL[..4]
        .iter()
        .copied()
        .filter(|s| !step_complete(plan, *s))
        .collect()
}
