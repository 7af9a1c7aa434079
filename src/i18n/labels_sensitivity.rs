//! Contract currencies' names, and names and sentences for what flips the decision: each input's name and how its values
//! read, and the threshold sentences ("saves money while the hourly rate stays under
//! $87 an hour").

use super::{t, tf, Key, Lang};
use crate::domain::cost::sensitivity::{Driver, Input, Swing, Threshold};
use crate::domain::fx::Contract;

/// A contract currency's name.
pub fn contract_currency_key(c: Contract) -> Key {
    match c {
        Contract::Usd => Key::CurrencyUsd,
        Contract::Eur => Key::CurrencyEur,
        Contract::Gbp => Key::CurrencyGbp,
        Contract::Mxn => Key::CurrencyMxn,
        Contract::Cop => Key::CurrencyCop,
        Contract::Pln => Key::CurrencyPln,
        Contract::Ron => Key::CurrencyRon,
        Contract::Inr => Key::CurrencyInr,
        Contract::Php => Key::CurrencyPhp,
    }
}

/// How a value is written: `money` an amount in the plan's currency, `num` a number
/// with so many decimals, both in the reader's language.
pub struct ValueFormat<'a> {
    pub lang: Lang,
    pub money: &'a dyn Fn(f64) -> String,
    pub num: &'a dyn Fn(f64, u32) -> String,
}

impl ValueFormat<'_> {
    fn share_of(&self, share: f64) -> String {
        tf(
            self.lang,
            Key::ValuePercent,
            &[("v", &(self.num)(share * 100.0, 1))],
        )
    }
}

/// An input's name, as in the tornado's rows.
pub fn input_key(i: Input) -> Key {
    match i {
        Input::Salary => Key::Salary,
        Input::LoadedMultiplier => Key::LoadedMultiplier,
        Input::InhouseAttrition => Key::InhouseAttrition,
        Input::HiringLead => Key::HiringLead,
        Input::RecruitingFee => Key::RecruitingFee,
        Input::InhouseWageGrowth => Key::InhouseGrowth,
        Input::Rate => Key::HourlyRate,
        Input::ShiftPremium => Key::ShiftPremium,
        Input::ManagementOverhead => Key::InManagement,
        Input::Rework => Key::InRework,
        Input::CommunicationOverhead => Key::InCommunication,
        Input::VendorAttrition => Key::VendorAttrition,
        Input::Mobilisation => Key::Mobilisation,
        Input::VendorWageGrowth => Key::InVendorGrowth,
        Input::ExchangeDrift => Key::InDrift,
        Input::VendorSelection => Key::VendorSelection,
        Input::TransferMonths => Key::TransferMonths,
        Input::TransferShare => Key::TransferShare,
        Input::TripsPerYear => Key::TripsPerYear,
        Input::TripCost => Key::TripCost,
        Input::SeveranceWeeks => Key::SeveranceWeeks,
        Input::ExitMonths => Key::ExitMonths,
        Input::ExitShare => Key::ExitShare,
    }
}

/// An input's value as its field shows it: amounts in money, shares in per cent,
/// durations and counts as numbers.
pub fn input_value(i: Input, v: f64, f: &ValueFormat) -> String {
    match i {
        Input::Salary | Input::Rate | Input::TripCost => (f.money)(v),
        Input::LoadedMultiplier => (f.num)(v, 2),
        Input::HiringLead
        | Input::Mobilisation
        | Input::TransferMonths
        | Input::TripsPerYear
        | Input::SeveranceWeeks
        | Input::ExitMonths => (f.num)(v, 1),
        _ => f.share_of(v),
    }
}

/// The swing table's columns after the input's name, in order: the low value, the
/// savings at it, the high value, the savings at it, and the swing.
pub const SWING_CELLS: [Key; 5] = [
    Key::ColLowValue,
    Key::ColSavingsLow,
    Key::ColHighValue,
    Key::ColSavingsHigh,
    Key::ColSwing,
];

/// One swing's cells, in the order of [`SWING_CELLS`].
pub fn swing_cells(w: &Swing, f: &ValueFormat) -> [String; 5] {
    [
        input_value(w.input, w.low_value, f),
        (f.money)(w.savings_at_low),
        input_value(w.input, w.high_value, f),
        (f.money)(w.savings_at_high),
        (f.money)(w.width()),
    ]
}

/// A driver's name mid-sentence ("the hourly rate").
pub fn driver_key(d: Driver) -> Key {
    match d {
        Driver::Rate => Key::DrvRate,
        Driver::Salary => Key::DrvSalary,
        Driver::LoadedMultiplier => Key::DrvMultiplier,
        Driver::VendorAttrition => Key::DrvVendorAttrition,
        Driver::InhouseAttrition => Key::DrvInhouseAttrition,
        Driver::Rework => Key::DrvRework,
        Driver::Overlap => Key::DrvOverlap,
        Driver::TransferMonths => Key::DrvTransfer,
    }
}

/// A driver's value with its unit ("$87 an hour", "18%", "4.5 hours a day").
pub fn driver_value(d: Driver, v: f64, f: &ValueFormat) -> String {
    let with = |k: Key, text: String| tf(f.lang, k, &[("v", &text)]);
    match d {
        Driver::Rate => with(Key::ValuePerHour, (f.money)(v)),
        Driver::Salary => with(Key::ValuePerYear, (f.money)(v)),
        Driver::LoadedMultiplier => (f.num)(v, 2),
        Driver::VendorAttrition | Driver::InhouseAttrition | Driver::Rework => f.share_of(v),
        Driver::Overlap => with(Key::ValueHoursDay, (f.num)(v, 1)),
        Driver::TransferMonths => with(Key::ValueMonths, (f.num)(v, 1)),
    }
}

/// The threshold in words: "Saves money while the hourly rate stays under $87 an
/// hour.", or "No value of ... between X and Y turns it."
pub fn threshold_text(th: &Threshold, saves_now: bool, f: &ValueFormat) -> String {
    let driver = t(f.lang, driver_key(th.driver));
    let value = |v: f64| driver_value(th.driver, v, f);
    match th.value {
        Some(v) => {
            // Rounded towards the side that saves, so the sentence holds as written.
            let v = towards(v, th.saves_below, shown_decimals(th.driver));
            let key = match (saves_now, th.saves_below) {
                (true, true) => Key::ThrSavesBelow,
                (true, false) => Key::ThrSavesAbove,
                (false, true) => Key::ThrWouldBelow,
                (false, false) => Key::ThrWouldAbove,
            };
            tf(f.lang, key, &[("driver", driver), ("value", &value(v))])
        }
        None => tf(
            f.lang,
            Key::ThrNone,
            &[
                ("driver", driver),
                ("from", &value(th.from)),
                ("to", &value(th.to)),
            ],
        ),
    }
}

/// The decimals a driver's value is shown with (a share's are its per cent's plus two).
fn shown_decimals(d: Driver) -> i32 {
    match d {
        Driver::Rate | Driver::Salary => 0,
        Driver::LoadedMultiplier => 2,
        Driver::VendorAttrition | Driver::InhouseAttrition | Driver::Rework => 3,
        Driver::Overlap | Driver::TransferMonths => 1,
    }
}

/// `v` rounded to `decimals`, down when `down`, else up.
pub fn towards(v: f64, down: bool, decimals: i32) -> f64 {
    let p = 10f64.powi(decimals);
    let scaled = v * p;
    // A value a hair from a round figure is that figure, not one step further.
    let near = scaled.round();
    let r = if (scaled - near).abs() < 1e-9 * scaled.abs().max(1.0) {
        near
    } else if down {
        scaled.floor()
    } else {
        scaled.ceil()
    };
    r / p
}
