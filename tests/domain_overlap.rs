//! Overlap arithmetic against written-down 2027 offsets and transitions:
//! New York (UTC-5, daylight UTC-4 from 2027-03-14 07:00Z to 2027-11-07 06:00Z),
//! Warsaw (UTC+1, daylight UTC+2 from 2027-03-28 01:00Z to 2027-10-31 01:00Z),
//! Sydney (UTC+11 in its summer, UTC+10 from 2027-04-03 16:00Z to 2027-10-02 16:00Z),
//! Kolkata (UTC+5:30), Manila (UTC+8) and Bogota (UTC-5), which have no daylight saving.

use offshoring_planner::domain::overlap::calendar::{
    civil_from_days, days_from_civil, iso, weekday,
};
use offshoring_planner::domain::overlap::zone::{UnknownZone, ZoneRules};
use offshoring_planner::domain::overlap::{
    classify, shared_window, year_overlap, Class, Period, Side, Window,
};

fn utc(y: i32, m: u32, d: u32, h: i64) -> i64 {
    days_from_civil(y, m, d) * 86_400_000 + h * 3_600_000
}

fn ny(t: i64) -> Option<i32> {
    Some(if (utc(2027, 3, 14, 7)..utc(2027, 11, 7, 6)).contains(&t) {
        -240
    } else {
        -300
    })
}
fn warsaw(t: i64) -> Option<i32> {
    Some(
        if (utc(2027, 3, 28, 1)..utc(2027, 10, 31, 1)).contains(&t) {
            120
        } else {
            60
        },
    )
}
fn sydney(t: i64) -> Option<i32> {
    Some(
        if (utc(2027, 4, 3, 16)..utc(2027, 10, 2, 16)).contains(&t) {
            600
        } else {
            660
        },
    )
}

fn rules(probe: fn(i64) -> Option<i32>) -> ZoneRules {
    ZoneRules::learn(2027, probe).unwrap()
}

const NINE_TO_FIVE: Window = Window {
    start_min: 540,
    end_min: 1020,
};

fn day(y: i32, m: u32, d: u32) -> i64 {
    days_from_civil(y, m, d)
}

#[test]
fn the_calendar_counts_days_and_weekdays() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(weekday(0), 3, "1970-01-01 was a Thursday");
    assert_eq!(weekday(day(2027, 1, 1)), 4, "2027-01-01 is a Friday");
    assert_eq!(civil_from_days(day(2028, 2, 29)), (2028, 2, 29));
    assert_eq!(iso(day(2027, 3, 15)), "2027-03-15");
}

#[test]
fn learned_rules_find_each_change_to_the_minute() {
    let r = rules(ny);
    let change = utc(2027, 3, 14, 7);
    assert_eq!(r.offset_at(change - 60_000), -300);
    assert_eq!(r.offset_at(change), -240);
    assert_eq!(r.offset_at(utc(2027, 11, 7, 6)), -300);
    assert_eq!(r.offsets(), vec![-300, -240]);
    assert_eq!(ZoneRules::learn(2027, |_| None), Err(UnknownZone));
}

#[test]
fn new_york_and_warsaw_differ_in_the_weeks_only_one_side_has_switched() {
    let (n, w) = (rules(ny), rules(warsaw));
    let hq = Side {
        rules: &n,
        window: NINE_TO_FIVE,
    };
    let team = Side {
        rules: &w,
        window: NINE_TO_FIVE,
    };
    let y = year_overlap(2027, &hq, &team);
    // Standard time on both sides: NY 14:00-22:00 UTC, Warsaw 08:00-16:00 UTC: 2 h.
    // Summer time on both: NY 13:00-21:00, Warsaw 07:00-15:00: 2 h.
    // Only New York switched (15-26 March, 1-5 November): 13:00-16:00 UTC: 3 h.
    assert_eq!((y.typical, y.min, y.max), (120, 120, 180));
    assert_eq!(
        y.differs,
        vec![
            Period {
                first_day: day(2027, 3, 15),
                last_day: day(2027, 3, 26),
                minutes: 180
            },
            Period {
                first_day: day(2027, 11, 1),
                last_day: day(2027, 11, 5),
                minutes: 180
            },
        ]
    );
    assert_eq!(y.weekdays, 261);
    assert_eq!(classify(y.typical), Class::OffshoreLike);
    // The shared window on a typical day: 09:00-11:00 in New York, 15:00-17:00 in Warsaw.
    let win = shared_window(&hq, &team, y.typical_day).unwrap();
    assert_eq!((win.hq_start_min, win.hq_end_min), (540, 660));
    assert_eq!((win.team_start_min, win.team_end_min), (900, 1020));
}

#[test]
fn sydney_and_manila_follow_the_southern_seasons() {
    let (s, m) = (rules(sydney), ZoneRules::fixed(480));
    let hq = Side {
        rules: &s,
        window: NINE_TO_FIVE,
    };
    let team = Side {
        rules: &m,
        window: NINE_TO_FIVE,
    };
    let y = year_overlap(2027, &hq, &team);
    // Sydney summer (UTC+11): 22:00-06:00 UTC against Manila's 01:00-09:00: 5 h.
    // Sydney winter (UTC+10), 5 April to 1 October: 23:00-07:00 UTC: 6 h.
    // 131 weekdays at 5 h, 130 at 6 h: typical 5 h.
    assert_eq!((y.typical, y.min, y.max), (300, 300, 360));
    assert_eq!(
        y.differs,
        vec![Period {
            first_day: day(2027, 4, 5),
            last_day: day(2027, 10, 1),
            minutes: 360
        }]
    );
    assert_eq!(classify(y.typical), Class::NearshoreLike);
}

#[test]
fn india_half_hour_offset_and_a_shifted_team() {
    let (n, k) = (rules(ny), ZoneRules::fixed(330));
    let hq = Side {
        rules: &n,
        window: NINE_TO_FIVE,
    };
    // Kolkata 09:00-17:00 is 03:30-11:30 UTC: no overlap with New York at all.
    let y = year_overlap(
        2027,
        &hq,
        &Side {
            rules: &k,
            window: NINE_TO_FIVE,
        },
    );
    assert_eq!((y.typical, y.min, y.max), (0, 0, 0));
    // A team shifted to 14:00-22:00 is 08:30-16:30 UTC: 2.5 h in New York's winter
    // (14:00-16:30), 3.5 h in its summer (13:00-16:30).
    let shifted = Window {
        start_min: 14 * 60,
        end_min: 22 * 60,
    };
    let y = year_overlap(
        2027,
        &hq,
        &Side {
            rules: &k,
            window: shifted,
        },
    );
    assert_eq!((y.typical, y.min, y.max), (210, 150, 210));
    assert_eq!(classify(y.typical), Class::Partial);
}

#[test]
fn a_zone_without_daylight_saving_against_one_with_it() {
    let (n, b) = (rules(ny), ZoneRules::fixed(-300));
    let hq = Side {
        rules: &n,
        window: NINE_TO_FIVE,
    };
    let y = year_overlap(
        2027,
        &hq,
        &Side {
            rules: &b,
            window: NINE_TO_FIVE,
        },
    );
    // Same offset in New York's winter: 8 h; in its summer Bogota is an hour behind: 7 h.
    assert_eq!((y.typical, y.min, y.max), (420, 420, 480));
    assert_eq!(
        y.differs.first().map(|p| (p.first_day, p.last_day)),
        Some((day(2027, 1, 1), day(2027, 3, 12)))
    );
    assert_eq!(
        y.differs.last().map(|p| (p.first_day, p.last_day)),
        Some((day(2027, 11, 8), day(2027, 12, 31)))
    );
}

#[test]
fn classification_thresholds() {
    assert_eq!(classify(300), Class::NearshoreLike);
    assert_eq!(classify(299), Class::Partial);
    assert_eq!(classify(180), Class::Partial);
    assert_eq!(classify(179), Class::OffshoreLike);
    assert_eq!(classify(0), Class::OffshoreLike);
}

#[test]
fn intl_offset_names_are_parsed() {
    use offshoring_planner::domain::overlap::zone::parse_gmt_offset;
    assert_eq!(parse_gmt_offset("GMT"), Some(0));
    assert_eq!(parse_gmt_offset("GMT-05:00"), Some(-300));
    assert_eq!(parse_gmt_offset("GMT+05:30"), Some(330));
    assert_eq!(parse_gmt_offset("GMT+13"), Some(780));
    assert_eq!(parse_gmt_offset("GMT\u{2212}03:00"), Some(-180));
    for bad in ["", "EST", "GMT+", "GMT+5:3x", "GMT+99:00", "GMT*01:00"] {
        assert_eq!(parse_gmt_offset(bad), None, "{bad:?}");
    }
}
