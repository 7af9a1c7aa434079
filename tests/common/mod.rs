//! Shared by the native test files that build the HTML views.

use offshoring_planner::domain::cost::case::CaseFigures;
use offshoring_planner::domain::cost::fit::{fit, Fit, Who};
use offshoring_planner::domain::Plan;
use offshoring_planner::html::Numbers;

/// Plain number formatting, so the views can be built without a browser's Intl.
pub struct Plain;

impl Numbers for Plain {
    fn money(&self, v: f64) -> String {
        format!("${v:.0}")
    }
    fn money_compact(&self, v: f64) -> String {
        format!("${:.1}k", v / 1000.0)
    }
    fn num(&self, v: f64, digits: u32) -> String {
        format!("{v:.*}", digits as usize)
    }
    fn pct(&self, v: f64) -> String {
        format!("{:.1}%", v * 100.0)
    }
}

/// Each option's fit (scored as in-house: the tests need fits, not the vendor's score).
pub fn fits_of(plan: &Plan, figs: &CaseFigures) -> Vec<Fit> {
    let w = &plan.business.weights;
    figs.all()
        .map(|f| fit(Who::InHouse, &f.inputs, f.first_delivery_weeks, w))
        .collect()
}
