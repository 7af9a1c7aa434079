//! The overlap of a year with public holidays counted: a weekday that is a national
//! holiday at headquarters or in the team's country is not a shared working day. Per
//! location: the shared working days, the overlap minutes over them (in the year and
//! per month), and the dates that clash, when one side works while the other is off.

use super::calendar::{civil_from_days, days_from_civil, is_weekday};
use super::holidays::{Calendar, HolidayName};
use super::{day_overlap_when, minutes, Side};

/// Which side is off on a clashing date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Off {
    /// Headquarters is on holiday while the team works.
    Headquarters,
    /// The team is on holiday while headquarters works.
    Team,
}

/// A weekday when one side works while the other is on a public holiday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub day: i64,
    pub off: Off,
    pub name: HolidayName,
}

/// A location's year with holidays counted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SharedYear {
    /// Weekdays on which neither side is on a public holiday.
    pub shared_days: u32,
    /// Overlap minutes over those days.
    pub shared_minutes: u64,
    /// The same per calendar month (headquarters' dates), January first.
    pub monthly_minutes: [u64; 12],
    /// In date order.
    pub clashes: Vec<Clash>,
}

impl SharedYear {
    /// Headquarters' working days: the shared ones and those the team is off.
    pub fn hq_working_days(&self) -> u32 {
        self.shared_days + self.clashes.iter().filter(|c| c.off == Off::Team).count() as u32
    }

    /// The effective daily overlap, in hours: the year's shared minutes over
    /// headquarters' working days, so a day the team is off counts as no overlap.
    pub fn effective_daily_hours(&self) -> f64 {
        match self.hq_working_days() {
            0 => 0.0,
            days => self.shared_minutes as f64 / days as f64 / 60.0,
        }
    }
}

/// The year's weekdays (headquarters' dates) with each side's holidays: a calendar that
/// is `None` (a country the table does not cover) has none.
pub fn shared_year(
    year: i32,
    hq: &Side,
    team: &Side,
    hq_days: Option<&Calendar>,
    team_days: Option<&Calendar>,
) -> SharedYear {
    let off = |c: Option<&Calendar>, d: i64| c.and_then(|c| c.holiday(d)).cloned();
    let mut out = SharedYear::default();
    let (first, last) = (days_from_civil(year, 1, 1), days_from_civil(year, 12, 31));
    for d in (first..=last).filter(|d| is_weekday(*d)) {
        let (h, t) = (off(hq_days, d), off(team_days, d));
        match (h, t) {
            (Some(name), None) => out.clashes.push(Clash {
                day: d,
                off: Off::Headquarters,
                name,
            }),
            (None, Some(name)) => out.clashes.push(Clash {
                day: d,
                off: Off::Team,
                name,
            }),
            (Some(_), Some(_)) => {}
            (None, None) => {
                out.shared_days += 1;
                let team_works = |td: i64| team_days.is_none_or(|c| c.on(td).is_none());
                let m = minutes(&day_overlap_when(hq, team, d, team_works)) as u64;
                out.shared_minutes += m;
                let (_, month, _) = civil_from_days(d);
                out.monthly_minutes[(month as usize).clamp(1, 12) - 1] += m;
            }
        }
    }
    out
}
