//! A new plan starts on the first Monday of next month, and the example plan's dates
//! always lie ahead of the day it is loaded.

use offshoring_planner::domain::example::{default_start, example_from, example_plan};
use offshoring_planner::domain::roadmap::roadmap;

#[test]
fn the_default_start_is_the_first_monday_of_next_month() {
    // December 2026 -> Monday 4 January 2027 (across the year end).
    assert_eq!(default_start((2026, 12, 6)), "2027-01-04");
    // 1 March 2027 is a Monday: it is the first Monday of March.
    assert_eq!(default_start((2027, 2, 28)), "2027-03-01");
    // 1 April 2027 is a Thursday: Monday the 5th.
    assert_eq!(default_start((2027, 3, 31)), "2027-04-05");
    // 1 February 2028 is a Tuesday: Monday the 7th; leap years change nothing here.
    assert_eq!(default_start((2028, 1, 1)), "2028-02-07");
    // Out-of-range months are clamped rather than panicking.
    assert_eq!(default_start((2027, 0, 1)), "2027-02-01");
    assert_eq!(default_start((2027, 13, 1)), "2028-01-03");
}

#[test]
fn the_example_moves_with_today_and_its_roadmap_stays_ahead() {
    for today in [(2026, 12, 6), (2027, 6, 15), (2031, 2, 28)] {
        let plan = example_from(today);
        let start = &plan.business.start_date;
        let today_iso = format!("{:04}-{:02}-{:02}", today.0, today.1, today.2);
        assert!(
            start.as_str() > today_iso.as_str(),
            "{start} after {today_iso}"
        );
        // Every dated milestone lies after today.
        for (m, day) in roadmap(&plan) {
            let day = day.expect("a start date dates every milestone");
            let iso = offshoring_planner::domain::overlap::calendar::iso(day);
            assert!(iso > today_iso, "{m:?} on {iso}");
        }
        // Nothing else moves.
        let mut shipped = example_plan();
        shipped.business.start_date = start.clone();
        assert_eq!(plan, shipped);
    }
    // Loaded in early November 2026, the example is the shipped one (4 January 2027);
    // a month later its first milestone could no longer be met: February.
    assert_eq!(example_from((2026, 11, 2)), example_plan());
    assert_eq!(
        example_from((2026, 12, 6)).business.start_date,
        "2027-02-01"
    );
}
