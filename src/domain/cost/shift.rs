//! A team asked to work outside its country's usual day, and the premium its rate
//! carries for it.

use serde::{Deserialize, Serialize};

use super::range::Range;

/// A team asked to work outside its country's usual day (to reach headquarters' hours),
/// and the shift premium added to its rate: rate x (1 + premium).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Shift {
    /// The team's working day, local minutes after midnight.
    pub start_min: u16,
    pub end_min: u16,
    /// A share of the rate (0.1 = 10%).
    pub premium: Range,
}

/// The shift premium a shifted team's rate starts from (an assumption: shift
/// differentials are commonly 10-20% of base pay; some vendors absorb a partial shift).
pub const SHIFT_PREMIUM: Range = Range::new(0.05, 0.10, 0.20);

/// The usual working day a shift is measured against, local minutes: a day that starts
/// before 8:00 or ends after 18:00 (an hour either side of 9:00-17:00) is a shift.
pub const USUAL_DAY: (u16, u16) = (8 * 60, 18 * 60);

impl Shift {
    /// The shift for a team working `start_min`..`end_min` local, or `None` for a day
    /// within the usual one.
    pub fn of_hours(start_min: u16, end_min: u16) -> Option<Shift> {
        (start_min < USUAL_DAY.0 || end_min > USUAL_DAY.1).then_some(Shift {
            start_min,
            end_min,
            premium: SHIFT_PREMIUM,
        })
    }
}
