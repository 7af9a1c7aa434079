//! The cost case a year at a time: plan years (12-month blocks from the start) and the
//! company's fiscal years, with each year's savings discounted to today.

use super::model::{Month, Outcome};

/// One year of one option against in-house.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearRow {
    pub year: Year,
    /// Months of the horizon in this year.
    pub months: u32,
    pub cost: f64,
    pub capacity: f64,
    /// In-house cost in the same months.
    pub inhouse_cost: f64,
    /// Savings at equal output: in-house unit cost (whole horizon) x capacity - cost.
    pub savings: f64,
    /// Difference in spend: in-house cost - cost.
    pub spend_difference: f64,
    /// The savings of each month t divided by (1 + r)^(t / 12), added up.
    pub discounted_savings: f64,
}

impl YearRow {
    /// Cost, in-house cost, capacity, savings and difference in spend, in the year
    /// tables' order (each adds up over the horizon).
    pub fn figures(&self) -> [f64; 5] {
        [
            self.cost,
            self.inhouse_cost,
            self.capacity,
            self.savings,
            self.spend_difference,
        ]
    }
}

/// Which year a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Year {
    /// Plan year 1, 2... (months 1-12, 13-24...).
    Plan(u32),
    /// A fiscal year, named by the calendar year it ends in, with its first and last
    /// months as (year, month 1-12).
    Fiscal {
        name: i32,
        first: (i32, u32),
        last: (i32, u32),
    },
}

/// The calendar month (year, 1-12) of month t of a plan that starts in `start`.
pub fn calendar_month(start: (i32, u32), t: u32) -> (i32, u32) {
    let index = start.0 as i64 * 12 + (start.1.clamp(1, 12) as i64 - 1) + t as i64 - 1;
    (index.div_euclid(12) as i32, index.rem_euclid(12) as u32 + 1)
}

/// The fiscal year a calendar month falls in, named by the year it ends in: with a
/// fiscal year starting in July, July 2026 - June 2027 is FY2027. A January start makes
/// fiscal years calendar years.
pub fn fiscal_year(month: (i32, u32), fiscal_start: u32) -> i32 {
    let start = fiscal_start.clamp(1, 12);
    if start > 1 && month.1 >= start {
        month.0 + 1
    } else {
        month.0
    }
}

/// The discount factor of month t: 1 / (1 + r)^(t / 12).
pub fn discount(rate: f64, t: u32) -> f64 {
    let r = if rate.is_finite() {
        rate.clamp(-0.99, 10.0)
    } else {
        0.0
    };
    // (1 + r)^(-t/12), as the monthly factor's t-th power.
    1.0 / crate::support::root::nth_root(1.0 + r, 12).powi(t as i32)
}

/// Net present value of the savings at equal output.
pub fn npv(option: &Outcome, inhouse_unit: f64, rate: f64) -> f64 {
    option
        .months
        .iter()
        .zip(1u32..)
        .map(|(m, t)| (inhouse_unit * m.capacity - m.cost) * discount(rate, t))
        .sum()
}

/// Rows of one option, grouped by `key(t)` for each month t (1-based) in order; months
/// with the same key in a row make one year.
fn rows(
    option: &Outcome,
    inhouse: &Outcome,
    inhouse_unit: f64,
    rate: f64,
    key: impl Fn(u32) -> Year,
) -> Vec<YearRow> {
    let mut out: Vec<YearRow> = Vec::new();
    let blank = Month {
        cost: 0.0,
        capacity: 0.0,
    };
    for (i, m) in option.months.iter().enumerate() {
        let t = i as u32 + 1;
        let year = key(t);
        let ih = inhouse.months.get(i).copied().unwrap_or(blank);
        let savings = inhouse_unit * m.capacity - m.cost;
        let row = match out.last_mut() {
            Some(r) if same_year(r.year, year) => r,
            _ => {
                out.push(YearRow {
                    year,
                    months: 0,
                    cost: 0.0,
                    capacity: 0.0,
                    inhouse_cost: 0.0,
                    savings: 0.0,
                    spend_difference: 0.0,
                    discounted_savings: 0.0,
                });
                out.last_mut().expect("just pushed")
            }
        };
        row.year = widen(row.year, year);
        row.months += 1;
        row.cost += m.cost;
        row.capacity += m.capacity;
        row.inhouse_cost += ih.cost;
        row.savings += savings;
        row.spend_difference += ih.cost - m.cost;
        row.discounted_savings += savings * discount(rate, t);
    }
    out
}

fn same_year(a: Year, b: Year) -> bool {
    match (a, b) {
        (Year::Plan(x), Year::Plan(y)) => x == y,
        (Year::Fiscal { name: x, .. }, Year::Fiscal { name: y, .. }) => x == y,
        _ => false,
    }
}

/// The row's year with its last month moved on to `next`'s.
fn widen(row: Year, next: Year) -> Year {
    match (row, next) {
        (Year::Fiscal { name, first, .. }, Year::Fiscal { last, .. }) => {
            Year::Fiscal { name, first, last }
        }
        _ => row,
    }
}

/// Plan years: months 1-12, 13-24... (the last one may be short).
pub fn plan_years(
    option: &Outcome,
    inhouse: &Outcome,
    inhouse_unit: f64,
    rate: f64,
) -> Vec<YearRow> {
    rows(option, inhouse, inhouse_unit, rate, |t| {
        Year::Plan((t - 1) / 12 + 1)
    })
}

/// Fiscal years, for a plan starting in `start` (year, month) and a fiscal year
/// starting in month `fiscal_start` (the first and last may be part years).
pub fn fiscal_years(
    option: &Outcome,
    inhouse: &Outcome,
    inhouse_unit: f64,
    rate: f64,
    start: (i32, u32),
    fiscal_start: u32,
) -> Vec<YearRow> {
    rows(option, inhouse, inhouse_unit, rate, |t| {
        let month = calendar_month(start, t);
        Year::Fiscal {
            name: fiscal_year(month, fiscal_start),
            first: month,
            last: month,
        }
    })
}
