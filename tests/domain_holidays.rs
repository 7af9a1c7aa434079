//! National public holidays from the bundled table (generated from date-holidays), checked
//! against documented dates, and the overlap of a year over shared working days.

mod zones;

use offshoring_planner::domain::overlap::calendar::{days_from_civil, is_weekday};
use offshoring_planner::domain::overlap::holidays::{Holidays, TableError};
use offshoring_planner::domain::overlap::shared::{shared_year, Off};
use offshoring_planner::domain::overlap::zone::ZoneRules;
use offshoring_planner::domain::overlap::{Side, Window};

fn day(y: i32, m: u32, d: u32) -> i64 {
    days_from_civil(y, m, d)
}

#[test]
fn the_table_covers_five_years_ahead_and_every_country_offered() {
    let h = Holidays::bundled();
    assert_eq!(h.version, "3.37.0");
    assert!(h.from <= 2026 && h.to >= 2031, "{}-{}", h.from, h.to);
    for code in [
        "AR", "CL", "CO", "MX", "PE", "UY", "PL", "RO", "IN", "VN", "PH", "US", "CA", "GB", "IE",
        "DE", "FR", "ES", "NL", "CH", "AU", "SG",
    ] {
        assert!(h.country(code).is_some(), "{code} missing");
    }
    // Headquarters' country from its zone (the time-zone database's table).
    assert_eq!(h.zone_country("America/Chicago"), Some("US"));
    assert_eq!(h.zone_country("America/Bogota"), Some("CO"));
    assert_eq!(h.zone_country("Europe/London"), Some("GB"));
    assert_eq!(h.zone_country("Asia/Kolkata"), Some("IN"));
    assert_eq!(h.zone_country("Asia/Tokyo"), None, "not a covered country");
}

#[test]
fn documented_dates_including_monday_moved_and_easter_based_ones() {
    let h = Holidays::bundled();
    let co = h.country("CO").unwrap();
    // Colombia's Ley Emiliani moves Epiphany (6 January) to the next Monday: a Wednesday
    // in 2027, so Monday 11 January; a Tuesday in 2026, so Monday 12 January.
    assert_eq!(co.on(day(2027, 1, 11)), Some("Epiphany"));
    assert_eq!(co.on(day(2027, 1, 6)), None);
    assert_eq!(co.on(day(2026, 1, 12)), Some("Epiphany"));
    // Columbus Day, 12 October, a Tuesday in 2027: Monday 18 October.
    assert_eq!(co.on(day(2027, 10, 18)), Some("Columbus Day"));
    // Easter-based: Easter Sunday is 28 March 2027 and 16 April 2028.
    assert_eq!(co.on(day(2027, 3, 26)), Some("Good Friday"));
    assert_eq!(co.on(day(2028, 4, 14)), Some("Good Friday"));
    assert_eq!(
        h.country("GB").unwrap().on(day(2027, 3, 29)),
        Some("Easter Monday")
    );
    assert_eq!(
        h.country("DE").unwrap().on(day(2027, 5, 17)),
        Some("Whit Monday")
    );
    // United States: Thanksgiving is the fourth Thursday of November.
    let us = h.country("US").unwrap();
    assert_eq!(us.on(day(2027, 11, 25)), Some("Thanksgiving Day"));
    assert_eq!(us.on(day(2028, 11, 23)), Some("Thanksgiving Day"));
    assert_eq!(us.on(day(2027, 1, 18)), Some("Martin Luther King Jr. Day"));
    // India's national days.
    let india = h.country("IN").unwrap();
    assert_eq!(india.on(day(2027, 8, 16)), None);
    assert_eq!(india.on(day(2027, 10, 2)), Some("Gandhi Jayanti"));
    assert_eq!(india.on(day(2027, 1, 26)), Some("Republic Day"));
}

#[test]
fn names_in_spanish_where_the_library_has_them() {
    let h = Holidays::bundled();
    let co = h.country("CO").unwrap();
    let epiphany = co.holiday(day(2027, 1, 11)).unwrap();
    assert_eq!(epiphany.text(true), "Día de los Reyes Magos");
    assert_eq!(epiphany.text(false), "Epiphany");
    let us = h.country("US").unwrap();
    assert_eq!(
        us.holiday(day(2027, 11, 25)).unwrap().text(true),
        "Acción de Gracias"
    );
    // Untranslated in the library: the English name in both.
    let india = h.country("IN").unwrap().holiday(day(2027, 10, 2)).unwrap();
    assert_eq!(india.es, None);
    assert_eq!(india.text(true), "Gandhi Jayanti");
}

fn side(rules: &ZoneRules) -> Side<'_> {
    Side {
        rules,
        window: Window {
            start_min: 9 * 60,
            end_min: 17 * 60,
        },
    }
}

#[test]
fn a_year_counts_only_shared_working_days_and_lists_the_clashes() {
    let h = Holidays::bundled();
    let (us, co) = (h.country("US").unwrap(), h.country("CO").unwrap());
    // The same zone and hours: every shared day overlaps the whole 8 hours.
    let rules = ZoneRules::fixed(-300);
    let y = shared_year(2027, &side(&rules), &side(&rules), Some(us), Some(co));
    assert_eq!(y.shared_minutes, y.shared_days as u64 * 480);
    assert_eq!(y.monthly_minutes.iter().sum::<u64>(), y.shared_minutes);
    // Every weekday is shared, a clash, or off on both sides (1 January).
    let weekdays = (day(2027, 1, 1)..=day(2027, 12, 31))
        .filter(|d| is_weekday(*d))
        .count() as u32;
    let both_off = (day(2027, 1, 1)..=day(2027, 12, 31))
        .filter(|d| is_weekday(*d) && us.on(*d).is_some() && co.on(*d).is_some())
        .count() as u32;
    assert!(both_off >= 1);
    assert_eq!(y.shared_days + y.clashes.len() as u32 + both_off, weekdays);
    // Colombia's Monday-moved Epiphany: Chicago works, the team is off; and the reverse.
    let on = |d: i64| y.clashes.iter().find(|c| c.day == d).cloned();
    let epiphany = on(day(2027, 1, 11)).expect("a clash on 11 January");
    assert_eq!(
        (epiphany.off, epiphany.name.en.as_str()),
        (Off::Team, "Epiphany")
    );
    let mlk = on(day(2027, 1, 18)).expect("a clash on 18 January");
    assert_eq!(mlk.off, Off::Headquarters);
    assert!(on(day(2027, 1, 1)).is_none(), "both off: no clash");
    // January: 21 weekdays, less New Year's Day (both), Epiphany and MLK Day: 18 shared.
    assert_eq!(y.monthly_minutes[0], 18 * 480);
    // Effective daily overlap: the shared minutes over headquarters' working days, the
    // days the team is off counting as none.
    let team_off = y.clashes.iter().filter(|c| c.off == Off::Team).count() as f64;
    let expected = 8.0 * y.shared_days as f64 / (y.shared_days as f64 + team_off);
    assert!((y.effective_daily_hours() - expected).abs() < 1e-9);
    assert!(y.effective_daily_hours() < 8.0);
    // No calendar: every weekday shared.
    let none = shared_year(2027, &side(&rules), &side(&rules), None, None);
    assert_eq!(none.shared_days, weekdays);
    assert!(none.clashes.is_empty());
}

#[test]
fn a_team_holiday_on_the_next_day_removes_only_that_overlap() {
    // India is 10.5 hours ahead of New York in winter: a New York morning meets the
    // Indian evening of the same date. Gandhi Jayanti, Friday 2 October 2026, in India.
    let h = Holidays::bundled();
    let ny = ZoneRules::fixed(-300);
    let ist = ZoneRules::fixed(330);
    let hq = Side {
        rules: &ny,
        window: Window {
            start_min: 8 * 60,
            end_min: 17 * 60,
        },
    };
    let team = Side {
        rules: &ist,
        window: Window {
            start_min: 9 * 60,
            end_min: 19 * 60,
        },
    };
    let y = shared_year(2026, &hq, &team, None, h.country("IN"));
    let gandhi = y
        .clashes
        .iter()
        .find(|c| c.day == day(2026, 10, 2))
        .unwrap();
    assert_eq!(gandhi.off, Off::Team);
    // 08:00-09:30 New York is 18:30-20:00 in India: the team's 19:00 end leaves 30 minutes.
    assert_eq!(y.shared_minutes, y.shared_days as u64 * 30);
}

#[test]
fn hostile_tables_are_refused_never_a_panic() {
    for text in [
        "",
        "[]",
        "{\"version\":\"1\",\"from\":2026,\"to\":2027,\"zones\":{},\"countries\":{\"co\":[]}}",
        "{\"version\":\"1\",\"from\":2026,\"to\":2027,\"zones\":{},\"countries\":{\"CO\":[[\"2026-13-01\",\"x\"]]}}",
        "{\"version\":\"1\",\"from\":2026,\"to\":2027,\"zones\":{},\"countries\":{\"CO\":[[\"2031-01-01\",\"x\"]]}}",
        "{\"version\":\"1\",\"from\":2030,\"to\":2026,\"zones\":{},\"countries\":{}}",
        "{\"version\":\"1\",\"from\":-5,\"to\":2026,\"zones\":{},\"countries\":{}}",
        // A day without a name, or with more than two.
        "{\"version\":\"1\",\"from\":2026,\"to\":2027,\"zones\":{},\"countries\":{\"CO\":[[\"2026-01-01\"]]}}",
        "{\"version\":\"1\",\"from\":2026,\"to\":2027,\"zones\":{},\"countries\":{\"CO\":[[\"2026-01-01\",\"a\",\"b\",\"c\"]]}}",
        "{\"version\":\"1\",\"from\":2026,\"to\":2027,\"zones\":{},\"countries\":{\"CO\":[[]]}}",
    ] {
        assert!(Holidays::read(text).is_err(), "{text}");
    }
    let huge = format!("{{\"x\":\"{}\"}}", "a".repeat(1_100_000));
    assert_eq!(Holidays::read(&huge), Err(TableError::TooLarge));
    // A zone of a country the table does not have is left out.
    let t = Holidays::read(
        "{\"version\":\"1\",\"from\":2026,\"to\":2027,\"zones\":{\"Asia/Tokyo\":\"JP\",\"America/Bogota\":\"CO\"},\"countries\":{\"CO\":[[\"2026-01-01\",\"New Year\"]]}}",
    )
    .unwrap();
    assert_eq!(t.zone_country("Asia/Tokyo"), None);
    assert_eq!(t.zone_country("America/Bogota"), Some("CO"));
}

#[test]
fn the_user_may_choose_whose_holidays_count_and_a_bad_code_is_refused() {
    use offshoring_planner::domain::example::example_plan;
    use offshoring_planner::domain::overlap::analysis::analyse;
    use offshoring_planner::domain::overlap::locations::Candidate;
    let mut fixed = zones::fixed;
    let mut plan = example_plan();
    assert_eq!(
        analyse(&plan, 2027, &mut fixed).hq_country.as_deref(),
        Some("US")
    );
    plan.location.hq_holidays = Some("GB".into());
    assert_eq!(
        analyse(&plan, 2027, &mut fixed).hq_country.as_deref(),
        Some("GB")
    );
    // A city of the user's own: its zone's country, unless chosen.
    let mut city = Candidate::from_country(9, offshoring_planner::domain::geo::Country::Poland);
    city.country = None;
    city.name = "Valencia".into();
    city.zone = "Europe/Madrid".into();
    plan.location.candidates.push(city);
    let a = analyse(&plan, 2027, &mut fixed);
    let r = a.results.iter().find(|r| r.id == 9).unwrap();
    assert_eq!(r.team_country.as_deref(), Some("ES"));
    plan.location.candidates.last_mut().unwrap().holidays = Some("FR".into());
    let a = analyse(&plan, 2027, &mut fixed);
    assert_eq!(
        a.results
            .iter()
            .find(|r| r.id == 9)
            .unwrap()
            .team_country
            .as_deref(),
        Some("FR")
    );
    assert!(plan.check().is_ok());
    plan.location.hq_holidays = Some("gb<script>".into());
    let err = plan.check().unwrap_err();
    assert!(
        format!("{err:?}").contains("location.hq_holidays"),
        "{err:?}"
    );
}
