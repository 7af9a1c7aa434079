//! What flips the decision: each ranged input swung alone from its low to its high value
//! (every other input at its likely value), and, for the key drivers, the value at which
//! an option's savings at equal output reach zero.
//!
//! An input is named by its place in the order the model picks the ranges
//! ([`super::case::inhouse_inputs`], then [`super::case::vendor_inputs`]): the `k`-th
//! pick takes the swung value, every other pick its likely value. A test checks that
//! each place is the input it is named after.

use serde::Serialize;

use super::case::{inhouse_inputs, vendor_inputs, CaseInputs};
use super::inputs::{Range, VendorOption};
use super::model::{communication_overhead, unit_cost};
use super::totals::totals;

/// A ranged input of one option's savings, in the order the model picks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Input {
    Salary,
    LoadedMultiplier,
    InhouseAttrition,
    HiringLead,
    RecruitingFee,
    InhouseWageGrowth,
    Rate,
    ShiftPremium,
    ManagementOverhead,
    Rework,
    CommunicationOverhead,
    VendorAttrition,
    Mobilisation,
    VendorWageGrowth,
    ExchangeDrift,
    VendorSelection,
    TransferMonths,
    TransferShare,
    TripsPerYear,
    TripCost,
    SeveranceWeeks,
    ExitMonths,
    ExitShare,
}

impl Input {
    /// Every input, in the order the model picks them.
    pub const ORDER: [Input; 23] = [
        Input::Salary,
        Input::LoadedMultiplier,
        Input::InhouseAttrition,
        Input::HiringLead,
        Input::RecruitingFee,
        Input::InhouseWageGrowth,
        Input::Rate,
        Input::ShiftPremium,
        Input::ManagementOverhead,
        Input::Rework,
        Input::CommunicationOverhead,
        Input::VendorAttrition,
        Input::Mobilisation,
        Input::VendorWageGrowth,
        Input::ExchangeDrift,
        Input::VendorSelection,
        Input::TransferMonths,
        Input::TransferShare,
        Input::TripsPerYear,
        Input::TripCost,
        Input::SeveranceWeeks,
        Input::ExitMonths,
        Input::ExitShare,
    ];

    /// The input's place in the model's order of picks.
    pub fn index(self) -> usize {
        Input::ORDER.iter().position(|i| *i == self).unwrap_or(0)
    }
}

/// A key driver whose zero-savings value is searched for. Overlap is the one that is
/// not a ranged input itself: it sets the communication overhead's likely value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    Rate,
    Salary,
    LoadedMultiplier,
    VendorAttrition,
    InhouseAttrition,
    Rework,
    Overlap,
    TransferMonths,
}

impl Driver {
    pub const ALL: [Driver; 8] = [
        Driver::Rate,
        Driver::Salary,
        Driver::LoadedMultiplier,
        Driver::VendorAttrition,
        Driver::InhouseAttrition,
        Driver::Rework,
        Driver::Overlap,
        Driver::TransferMonths,
    ];

    /// The ranged input this driver moves (overlap moves the communication overhead).
    pub fn input(self) -> Input {
        match self {
            Driver::Rate => Input::Rate,
            Driver::Salary => Input::Salary,
            Driver::LoadedMultiplier => Input::LoadedMultiplier,
            Driver::VendorAttrition => Input::VendorAttrition,
            Driver::InhouseAttrition => Input::InhouseAttrition,
            Driver::Rework => Input::Rework,
            Driver::Overlap => Input::CommunicationOverhead,
            Driver::TransferMonths => Input::TransferMonths,
        }
    }
}

/// One input swung alone: its low and high values and the savings at each.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Swing {
    pub input: Input,
    pub low_value: f64,
    pub high_value: f64,
    pub savings_at_low: f64,
    pub savings_at_high: f64,
}

impl Swing {
    /// How far the savings move across the input's range.
    pub fn width(&self) -> f64 {
        (self.savings_at_high - self.savings_at_low).abs()
    }
}

/// Where a key driver turns the savings to zero, searched between `from` and `to`
/// (a tenth and ten times the likely value; overlap at most 24 hours, attrition and
/// rework at most 100%).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Threshold {
    pub driver: Driver,
    pub likely: f64,
    pub from: f64,
    pub to: f64,
    /// The value nearest the likely one at which savings reach zero; `None` when no
    /// value between `from` and `to` turns them.
    pub value: Option<f64>,
    /// Whether the option saves money below `value` (it saves above it otherwise).
    pub saves_below: bool,
}

/// One option's sensitivity.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Sensitivity {
    /// Savings at equal output with every input at its likely value.
    pub savings_likely: f64,
    /// Largest swing first.
    pub swings: Vec<Swing>,
    pub thresholds: Vec<Threshold>,
}

impl Sensitivity {
    /// The key drivers whose swings are widest, widest first.
    pub fn top_drivers(&self, count: usize) -> Vec<&Threshold> {
        let width = |t: &Threshold| {
            self.swings
                .iter()
                .find(|s| s.input == t.driver.input())
                .map_or(0.0, Swing::width)
        };
        let mut ts: Vec<&Threshold> = self.thresholds.iter().collect();
        ts.sort_by(|a, b| width(b).total_cmp(&width(a)));
        ts.truncate(count);
        ts
    }
}

/// Savings at equal output with `input` at `x` and every other input at its likely
/// value; `None` when in-house delivers nothing to compare with.
pub fn savings_at(case: &CaseInputs, option: &VendorOption, input: Input, x: f64) -> Option<f64> {
    savings_with(case, option, input.index(), x)
}

/// Savings at equal output with the `k`-th pick at `x` and every other at its likely
/// value; `None` when in-house delivers nothing to compare with.
fn savings_with(case: &CaseInputs, option: &VendorOption, k: usize, x: f64) -> Option<f64> {
    let mut i = 0;
    let mut pick = |r: &Range| {
        let v = if i == k { x } else { r.likely };
        i += 1;
        v
    };
    let inhouse = inhouse_inputs(case, &mut pick);
    let (cost, cap) = totals(&inhouse.inputs);
    let unit = unit_cost(cost, cap)?;
    let (cost, cap) = totals(&vendor_inputs(case, option, &inhouse, &mut pick));
    let s = unit * cap - cost;
    s.is_finite().then_some(s)
}

/// The ranges an option's savings are picked from, in the model's order.
fn ranges(case: &CaseInputs, option: &VendorOption) -> Vec<Range> {
    let mut out = Vec::with_capacity(Input::ORDER.len());
    let mut record = |r: &Range| {
        out.push(*r);
        r.likely
    };
    let inhouse = inhouse_inputs(case, &mut record);
    vendor_inputs(case, option, &inhouse, &mut record);
    out
}

/// Each option's sensitivity, in the options' order; `None` for an option when in-house
/// delivers nothing to compare with.
pub fn sensitivity(case: &CaseInputs) -> Vec<Option<Sensitivity>> {
    case.options
        .iter()
        .map(|o| option_sensitivity(case, o))
        .collect()
}

/// One option's swings and thresholds.
pub fn option_sensitivity(case: &CaseInputs, option: &VendorOption) -> Option<Sensitivity> {
    let none = usize::MAX;
    let savings_likely = savings_with(case, option, none, 0.0)?;
    let ranges = ranges(case, option);
    let mut swings: Vec<Swing> = Input::ORDER
        .iter()
        .zip(&ranges)
        .enumerate()
        .filter(|(_, (_, r))| r.low < r.high)
        .filter_map(|(k, (input, r))| {
            Some(Swing {
                input: *input,
                low_value: r.low,
                high_value: r.high,
                savings_at_low: savings_with(case, option, k, r.low)?,
                savings_at_high: savings_with(case, option, k, r.high)?,
            })
        })
        .collect();
    swings.sort_by(|a, b| b.width().total_cmp(&a.width()));
    let thresholds = Driver::ALL
        .iter()
        .map(|d| threshold(case, option, *d, &ranges, savings_likely))
        .collect();
    Some(Sensitivity {
        savings_likely,
        swings,
        thresholds,
    })
}

fn threshold(
    case: &CaseInputs,
    option: &VendorOption,
    driver: Driver,
    ranges: &[Range],
    base: f64,
) -> Threshold {
    let k = driver.input().index();
    // A share cannot pass 100%, nor a day 24 hours.
    let (likely, cap) = match driver {
        Driver::Overlap => (option.overlap_hours, 24.0),
        Driver::VendorAttrition | Driver::InhouseAttrition | Driver::Rework => {
            (ranges.get(k).map_or(0.0, |r| r.likely), 1.0)
        }
        _ => (ranges.get(k).map_or(0.0, |r| r.likely), f64::INFINITY),
    };
    let (from, to) = (likely * 0.1, (likely * 10.0).min(cap));
    let f = |x: f64| {
        let x = match driver {
            Driver::Overlap => communication_overhead(x),
            _ => x,
        };
        savings_with(case, option, k, x)
    };
    let value = if likely > 0.0 && likely.is_finite() {
        zero_near(&f, likely, base, from, to)
    } else {
        None
    };
    // Savings fall as the driver rises through the value when they are positive just
    // below it: checked a little to each side.
    let saves_below = value.map_or_else(
        || {
            let up = f(to).unwrap_or(base);
            let down = f(from).unwrap_or(base);
            down >= up
        },
        |v| {
            let step = (v.abs() * 1e-3).max(1e-9);
            f(v - step).unwrap_or(0.0) > f(v + step).unwrap_or(0.0)
        },
    );
    Threshold {
        driver,
        likely,
        from,
        to,
        value,
        saves_below,
    }
}

/// Points scanned on each side of the likely value before bisecting: a tenth to ten
/// times is two decades, so each step is about 10%.
const SCAN: u32 = 24;

/// The zero of `f` nearest `likely` (by ratio) in `[from, to]`: scanned outwards from the
/// likely value in steps of about 10%, then bisected in the first bracket found on each
/// side.
fn zero_near(
    f: &impl Fn(f64) -> Option<f64>,
    likely: f64,
    base: f64,
    from: f64,
    to: f64,
) -> Option<f64> {
    let side = |end: f64| -> Option<f64> {
        if (end - likely).abs() <= f64::EPSILON * likely {
            return None;
        }
        let ratio = (end / likely).powf(1.0 / SCAN as f64);
        let (mut x0, mut s0) = (likely, base);
        for j in 1..=SCAN {
            let x1 = if j == SCAN {
                end
            } else {
                likely * ratio.powi(j as i32)
            };
            let s1 = f(x1)?;
            if (s0 > 0.0) != (s1 > 0.0) {
                return Some(bisect(f, x0, s0, x1));
            }
            (x0, s0) = (x1, s1);
        }
        None
    };
    match (side(to), side(from)) {
        (Some(u), Some(d)) => Some(if u / likely <= likely / d { u } else { d }),
        (u, d) => u.or(d),
    }
}

/// Bisection between `a` (savings `sa`) and `b`, where the sign changes, to a
/// millionth of the value.
fn bisect(f: &impl Fn(f64) -> Option<f64>, mut a: f64, mut sa: f64, mut b: f64) -> f64 {
    for _ in 0..60 {
        let mid = 0.5 * (a + b);
        if (b - a).abs() <= 1e-6 * mid.abs().max(1e-9) {
            break;
        }
        let Some(sm) = f(mid) else { break };
        if (sm > 0.0) == (sa > 0.0) {
            (a, sa) = (mid, sm);
        } else {
            b = mid;
        }
    }
    0.5 * (a + b)
}
