//! Offshore vs nearshore: the real weekday overlap between headquarters and a team
//! across a year, computed from each zone's offsets on each date.

pub mod analysis;
pub mod calendar;
pub mod holidays;
pub mod locations;
pub mod shared;
pub mod zone;

use calendar::{days_from_civil, is_weekday, MS_PER_DAY, MS_PER_MIN};
use zone::ZoneRules;

/// A working day in local wall-clock minutes: `start < end <= 1440`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start_min: u16,
    pub end_min: u16,
}

/// One side of the comparison: a zone and its working day.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    pub rules: &'a ZoneRules,
    pub window: Window,
}

fn utc_window(side: &Side, day: i64) -> (i64, i64) {
    let base = day * MS_PER_DAY;
    (
        side.rules
            .to_utc(base + side.window.start_min as i64 * MS_PER_MIN),
        side.rules
            .to_utc(base + side.window.end_min as i64 * MS_PER_MIN),
    )
}

/// The overlap on headquarters' weekday `day`, in UTC intervals: the team's working
/// windows on its own weekdays `day - 1`, `day` and `day + 1`, intersected with
/// headquarters'.
pub fn day_overlap(hq: &Side, team: &Side, day: i64) -> Vec<(i64, i64)> {
    day_overlap_when(hq, team, day, |_| true)
}

/// [`day_overlap`] counting only the team's days for which `works` is true (its
/// holidays left out).
pub fn day_overlap_when(
    hq: &Side,
    team: &Side,
    day: i64,
    works: impl Fn(i64) -> bool,
) -> Vec<(i64, i64)> {
    let (hs, he) = utc_window(hq, day);
    (day - 1..=day + 1)
        .filter(|d| is_weekday(*d) && works(*d))
        .filter_map(|d| {
            let (ts, te) = utc_window(team, d);
            let (s, e) = (hs.max(ts), he.min(te));
            (e > s).then_some((s, e))
        })
        .collect()
}

pub(crate) fn minutes(intervals: &[(i64, i64)]) -> u32 {
    intervals
        .iter()
        .map(|(s, e)| ((e - s) / MS_PER_MIN) as u32)
        .sum()
}

/// A run of consecutive headquarters weekdays with the same overlap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub first_day: i64,
    pub last_day: i64,
    pub minutes: u32,
}

/// The overlap of one team with headquarters over a year.
#[derive(Clone, Debug, PartialEq)]
pub struct YearOverlap {
    /// Median weekday overlap, minutes.
    pub typical: u32,
    pub min: u32,
    pub max: u32,
    /// Stretches of the year where the overlap differs from typical.
    pub differs: Vec<Period>,
    /// A weekday with the typical overlap, for the timeline.
    pub typical_day: i64,
    pub weekdays: u32,
}

/// Typical, minimum and maximum weekday overlap over `year`, and where it differs.
pub fn year_overlap(year: i32, hq: &Side, team: &Side) -> YearOverlap {
    let first = days_from_civil(year, 1, 1);
    let last = days_from_civil(year + 1, 1, 1) - 1;
    let days: Vec<(i64, u32)> = (first..=last)
        .filter(|d| is_weekday(*d))
        .map(|d| (d, minutes(&day_overlap(hq, team, d))))
        .collect();
    let mut sorted: Vec<u32> = days.iter().map(|d| d.1).collect();
    sorted.sort_unstable();
    let typical = sorted
        .get(sorted.len().saturating_sub(1) / 2)
        .copied()
        .unwrap_or(0);
    let mut differs: Vec<Period> = Vec::new();
    for &(day, m) in days.iter().filter(|(_, m)| *m != typical) {
        match differs.last_mut() {
            // Consecutive weekdays (a weekend between them still counts as consecutive).
            Some(p) if p.minutes == m && day - p.last_day <= 3 => p.last_day = day,
            _ => differs.push(Period {
                first_day: day,
                last_day: day,
                minutes: m,
            }),
        }
    }
    YearOverlap {
        typical,
        min: sorted.first().copied().unwrap_or(0),
        max: sorted.last().copied().unwrap_or(0),
        differs,
        typical_day: days
            .iter()
            .find(|d| d.1 == typical)
            .map(|d| d.0)
            .unwrap_or(first),
        weekdays: days.len() as u32,
    }
}

/// How the typical overlap classes a location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    NearshoreLike,
    Partial,
    OffshoreLike,
}

/// 5 hours or more: nearshore-like; under 3 hours: offshore-like; between: partial.
pub fn classify(typical_min: u32) -> Class {
    if typical_min >= 5 * 60 {
        Class::NearshoreLike
    } else if typical_min < 3 * 60 {
        Class::OffshoreLike
    } else {
        Class::Partial
    }
}

/// A window in headquarters' local minutes and in the team's (for the plan's
/// communication rules and the timeline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharedWindow {
    pub hq_start_min: i32,
    pub hq_end_min: i32,
    pub team_start_min: i32,
    pub team_end_min: i32,
}

/// The longest shared interval on `day`, in each side's local minutes from that
/// day's local midnight at headquarters (team minutes may run past 1440 or below 0).
pub fn shared_window(hq: &Side, team: &Side, day: i64) -> Option<SharedWindow> {
    let (s, e) = day_overlap(hq, team, day)
        .into_iter()
        .max_by_key(|(s, e)| e - s)?;
    let local = |rules: &ZoneRules, t: i64| {
        ((t + rules.offset_at(t) as i64 * MS_PER_MIN - day * MS_PER_DAY) / MS_PER_MIN) as i32
    };
    Some(SharedWindow {
        hq_start_min: local(hq.rules, s),
        hq_end_min: local(hq.rules, e),
        team_start_min: local(team.rules, s),
        team_end_min: local(team.rules, e),
    })
}

/// Where the team's working day falls in headquarters' local minutes on `day`
/// (for drawing the team on headquarters' clock).
pub fn team_in_hq_time(hq: &Side, team: &Side, day: i64) -> (i32, i32) {
    let (ts, te) = utc_window(team, day);
    let local = |t: i64| {
        ((t + hq.rules.offset_at(t) as i64 * MS_PER_MIN - day * MS_PER_DAY) / MS_PER_MIN) as i32
    };
    (local(ts), local(te))
}
