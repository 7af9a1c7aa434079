//! The bounds of the cost case's switching costs, pilot, years and places, and their
//! checks: anything outside is refused with the field's name, whatever its source.

use super::inputs::{Assumptions, Pilot, Range, VendorOption};
use crate::domain::validate::{self, Bounds, FieldError, InvalidField, WholeRange, SHARE};

/// Yearly wage growth, as a share (a fall of up to 20% is allowed).
pub const GROWTH: Bounds = Bounds {
    min: -0.2,
    max: 0.5,
};
/// Months of knowledge transfer, either way.
pub const TRANSFER_MONTHS: Bounds = Bounds {
    min: 0.0,
    max: 36.0,
};
/// Trips to the team a year.
pub const TRIPS: Bounds = Bounds {
    min: 0.0,
    max: 52.0,
};
/// Cost of one trip.
pub const TRIP_COST: Bounds = Bounds {
    min: 0.0,
    max: 1_000_000.0,
};
/// Weeks of pay for severance and retention.
pub const PAY_WEEKS: Bounds = Bounds {
    min: 0.0,
    max: 104.0,
};
/// Yearly discount rate.
/// A plan's exchange rate, units of its currency per US dollar.
pub const FX_RATE: Bounds = Bounds {
    min: 0.0001,
    max: crate::domain::fx::MAX_RATE,
};
pub const DISCOUNT: Bounds = Bounds { min: 0.0, max: 0.5 };
/// Engineers released, or in a pilot.
pub const ENGINEERS: WholeRange = WholeRange { min: 0, max: 500 };
/// Engineers in a pilot.
pub const PILOT_ENGINEERS: WholeRange = WholeRange { min: 1, max: 500 };
/// Months of a pilot.
pub const PILOT_MONTHS: WholeRange = WholeRange { min: 1, max: 60 };
/// Month a fiscal year starts.
pub const FISCAL_MONTH: WholeRange = WholeRange { min: 1, max: 12 };
/// Longest name of a city of the user's own.
pub const CITY_MAX_CHARS: u32 = 80;

fn bad(field: &'static str) -> impl Fn(FieldError) -> InvalidField {
    move |error| InvalidField { field, error }
}

fn ranged(r: &Range, b: Bounds, field: &'static str) -> Result<(), InvalidField> {
    validate::range(r, b).map_err(bad(field))
}

/// The switching costs', growth and discount assumptions.
pub fn check_assumptions(a: &Assumptions) -> Result<(), InvalidField> {
    ranged(&a.vendor_selection, SHARE, "assumptions.vendor_selection")?;
    ranged(
        &a.transfer_months,
        TRANSFER_MONTHS,
        "assumptions.transfer_months",
    )?;
    ranged(&a.transfer_share, SHARE, "assumptions.transfer_share")?;
    ranged(&a.trips_per_year, TRIPS, "assumptions.trips_per_year")?;
    ranged(&a.severance_weeks, PAY_WEEKS, "assumptions.severance_weeks")?;
    ranged(&a.exit_months, TRANSFER_MONTHS, "assumptions.exit_months")?;
    ranged(&a.exit_share, SHARE, "assumptions.exit_share")?;
    ranged(
        &a.inhouse_wage_growth,
        GROWTH,
        "assumptions.inhouse_wage_growth",
    )?;
    DISCOUNT
        .check(a.discount_rate)
        .map_err(bad("assumptions.discount_rate"))
}

/// An option's place and its place-dependent figures.
pub fn check_option(o: &VendorOption) -> Result<(), InvalidField> {
    if let Some(g) = &o.wage_growth {
        ranged(g, GROWTH, "business.options.wage_growth")?;
    }
    if let Some(p) = &o.trip_cost {
        ranged(p, TRIP_COST, "business.options.trip_cost")?;
    }
    if let Some(s) = &o.shift {
        ranged(&s.premium, SHARE, "business.options.shift.premium")?;
        validate::minute_of_day(s.start_min)
            .and_then(|_| validate::minute_of_day(s.end_min))
            .and_then(|_| validate::working_window(s.start_min, s.end_min))
            .map_err(bad("business.options.shift"))?;
    }
    validate::text(&o.city, CITY_MAX_CHARS).map_err(bad("business.options.city"))
}

/// The pilot, the released engineers and the fiscal year.
pub fn check_case(
    pilot: &Pilot,
    released: u32,
    fiscal_year_start: u8,
    options: &[VendorOption],
) -> Result<(), InvalidField> {
    let Pilot {
        engineers, months, ..
    } = *pilot;
    PILOT_ENGINEERS
        .check(engineers)
        .map_err(bad("business.pilot.engineers"))?;
    PILOT_MONTHS
        .check(months)
        .map_err(bad("business.pilot.months"))?;
    ENGINEERS
        .check(released)
        .map_err(bad("business.released_engineers"))?;
    FISCAL_MONTH
        .check(fiscal_year_start as u32)
        .map_err(bad("business.fiscal_year_start"))?;
    options.iter().try_for_each(check_option)
}

pub fn check_range(
    r: &Range,
    b: validate::Bounds,
    field: &'static str,
) -> Result<(), InvalidField> {
    validate::range(r, b).map_err(|error| InvalidField { field, error })
}

/// The shared assumptions of the first model: salary, multiplier, lead time, attrition,
/// mobilisation, fee and hours.
pub fn check_shared(a: &Assumptions) -> Result<(), InvalidField> {
    use validate::{
        ATTRITION, HOURS_PER_MONTH, LEAD_MONTHS, MOBILISATION_WEEKS, MULTIPLIER, SALARY, SHARE,
    };
    check_range(&a.salary, SALARY, "assumptions.salary")?;
    check_range(
        &a.loaded_multiplier,
        MULTIPLIER,
        "assumptions.loaded_multiplier",
    )?;
    check_range(
        &a.hiring_lead_months,
        LEAD_MONTHS,
        "assumptions.hiring_lead_months",
    )?;
    check_range(
        &a.inhouse_attrition,
        ATTRITION,
        "assumptions.inhouse_attrition",
    )?;
    check_range(
        &a.vendor_attrition,
        ATTRITION,
        "assumptions.vendor_attrition",
    )?;
    check_range(
        &a.mobilisation_weeks,
        MOBILISATION_WEEKS,
        "assumptions.mobilisation_weeks",
    )?;
    let one = |v: f64, b: validate::Bounds, field: &'static str| {
        b.check(v).map_err(|error| InvalidField { field, error })
    };
    check_range(&a.recruiting_fee, SHARE, "assumptions.recruiting_fee")?;
    one(
        a.hours_per_month,
        HOURS_PER_MONTH,
        "assumptions.hours_per_month",
    )
}
