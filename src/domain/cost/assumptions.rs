//! The shared assumptions, each ranged: their defaults, and how many of a plan's differ
//! from them.

use serde::{Deserialize, Serialize};

use super::range::Range;
use crate::domain::geo::IN_HOUSE_WAGE_GROWTH;

/// The shared assumptions, each ranged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Assumptions {
    /// In-house annual salary per engineer.
    pub salary: Range,
    /// Loaded-cost multiplier on salary.
    pub loaded_multiplier: Range,
    /// In-house hiring lead time, months.
    pub hiring_lead_months: Range,
    /// Recruiting fee per hire, share of salary.
    pub recruiting_fee: Range,
    /// In-house annual attrition.
    pub inhouse_attrition: Range,
    /// Billable hours per month.
    pub hours_per_month: f64,
    /// Vendor annual attrition.
    pub vendor_attrition: Range,
    /// Vendor mobilisation, weeks.
    pub mobilisation_weeks: Range,
    /// Vendor selection, a share of the annual contract value, paid in month 1.
    #[serde(skip_serializing_if = "vendor_selection")]
    pub vendor_selection: Range,
    /// Knowledge transfer: the first active months in which in-house engineers teach.
    #[serde(skip_serializing_if = "transfer_months")]
    pub transfer_months: Range,
    /// Knowledge transfer: share of an in-house engineer per vendor engineer.
    #[serde(skip_serializing_if = "transfer_share")]
    pub transfer_share: Range,
    /// Trips to the team a year.
    #[serde(skip_serializing_if = "trips_per_year")]
    pub trips_per_year: Range,
    /// Severance and retention, weeks of pay per released engineer.
    #[serde(skip_serializing_if = "severance_weeks")]
    pub severance_weeks: Range,
    /// Bringing the work back: months of knowledge transfer.
    #[serde(skip_serializing_if = "exit_months")]
    pub exit_months: Range,
    /// Bringing the work back: share of an in-house engineer per vendor engineer.
    #[serde(skip_serializing_if = "exit_share")]
    pub exit_share: Range,
    /// Yearly in-house wage growth, from month 13.
    #[serde(skip_serializing_if = "inhouse_wage_growth")]
    pub inhouse_wage_growth: Range,
    /// Yearly discount rate for the net present value.
    #[serde(skip_serializing_if = "discount_rate")]
    pub discount_rate: f64,
}

// The switching costs', growth and discount defaults (see `Default for Assumptions`),
// and whether a value is at its default: links and files leave such a value out (it
// reads back as the default), which keeps a plan's link short.
macro_rules! defaults {
    ($($name:ident, $is:ident: $t:ty = $v:expr;)*) => {
        $(pub const $name: $t = $v;
        pub fn $is(v: &$t) -> bool {
            *v == $name
        })*
    };
}

defaults! {
    VENDOR_SELECTION, vendor_selection: Range = Range::new(0.002, 0.01, 0.02);
    TRANSFER_MONTHS, transfer_months: Range = Range::new(1.0, 3.0, 6.0);
    TRANSFER_SHARE, transfer_share: Range = Range::new(0.10, 0.20, 0.30);
    TRIPS_PER_YEAR, trips_per_year: Range = Range::new(2.0, 4.0, 8.0);
    SEVERANCE_WEEKS, severance_weeks: Range = Range::new(4.0, 8.0, 16.0);
    EXIT_MONTHS, exit_months: Range = Range::new(1.0, 2.0, 4.0);
    EXIT_SHARE, exit_share: Range = Range::new(0.30, 0.50, 0.70);
    INHOUSE_WAGE_GROWTH, inhouse_wage_growth: Range = IN_HOUSE_WAGE_GROWTH;
    DISCOUNT_RATE, discount_rate: f64 = 0.08;
}

impl Assumptions {
    /// How many assumptions differ from their defaults.
    pub fn changed(&self) -> usize {
        let (a, d) = (self, Assumptions::default());
        let ranges = [
            (a.salary, d.salary),
            (a.loaded_multiplier, d.loaded_multiplier),
            (a.hiring_lead_months, d.hiring_lead_months),
            (a.recruiting_fee, d.recruiting_fee),
            (a.inhouse_attrition, d.inhouse_attrition),
            (a.vendor_attrition, d.vendor_attrition),
            (a.mobilisation_weeks, d.mobilisation_weeks),
            (a.vendor_selection, d.vendor_selection),
            (a.transfer_months, d.transfer_months),
            (a.transfer_share, d.transfer_share),
            (a.trips_per_year, d.trips_per_year),
            (a.severance_weeks, d.severance_weeks),
            (a.exit_months, d.exit_months),
            (a.exit_share, d.exit_share),
            (a.inhouse_wage_growth, d.inhouse_wage_growth),
        ];
        ranges.iter().filter(|(x, y)| x != y).count()
            + usize::from(a.hours_per_month != d.hours_per_month)
            + usize::from(a.discount_rate != d.discount_rate)
    }
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            salary: Range::spread(144_570.0, 0.15),
            loaded_multiplier: Range::new(1.25, 1.35, 1.6),
            hiring_lead_months: Range::new(2.0, 3.0, 5.0),
            recruiting_fee: Range::new(0.15, 0.20, 0.25),
            inhouse_attrition: Range::new(0.08, 0.13, 0.20),
            hours_per_month: 160.0,
            vendor_attrition: Range::new(0.12, 0.18, 0.28),
            mobilisation_weeks: Range::new(2.0, 4.0, 8.0),
            vendor_selection: VENDOR_SELECTION,
            transfer_months: TRANSFER_MONTHS,
            transfer_share: TRANSFER_SHARE,
            trips_per_year: TRIPS_PER_YEAR,
            severance_weeks: SEVERANCE_WEEKS,
            exit_months: EXIT_MONTHS,
            exit_share: EXIT_SHARE,
            inhouse_wage_growth: INHOUSE_WAGE_GROWTH,
            discount_rate: DISCOUNT_RATE,
        }
    }
}
