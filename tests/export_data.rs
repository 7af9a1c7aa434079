use offshoring_planner::domain::example::example_plan;
mod zones;

use offshoring_planner::domain::plan::FORMAT_VERSION;
use offshoring_planner::domain::Plan;
use offshoring_planner::export::data::{csv, csv_field, ics, json};
use offshoring_planner::i18n::Lang;

#[test]
fn the_json_export_carries_the_plan_and_its_results() {
    let plan = example_plan();
    let text = json(&plan, None, "2026-11-26T12:00:00.000Z", Lang::En);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema_version"], FORMAT_VERSION);
    let back: Plan = serde_json::from_value(v["plan"].clone()).unwrap();
    assert_eq!(back, plan, "the plan inside the export is the plan");
    let options = v["results"]["options"].as_array().unwrap();
    assert_eq!(options.len(), 1 + plan.business.options.len());
    assert_eq!(options[0]["name"], "In-house hiring");
    assert!(options[1]["cost_p10_p50_p90"].as_array().unwrap().len() == 3);
    assert_eq!(v["results"]["currency"], "USD");
    // What flips the decision, per vendor option: each input's savings at its low and
    // high value, and each key driver's threshold (a number or null), as the domain has them.
    assert!(options[0]["sensitivity"].is_null(), "in-house has none");
    let case = plan.business.case_inputs();
    let domain = offshoring_planner::domain::cost::sensitivity::sensitivity(&case);
    for (i, d) in domain.iter().enumerate() {
        let d = d.as_ref().unwrap();
        let s = &options[i + 1]["sensitivity"];
        let swings = s["swings"].as_array().unwrap();
        assert_eq!(swings.len(), d.swings.len());
        assert_eq!(
            swings[0]["input"],
            serde_json::to_value(d.swings[0].input).unwrap()
        );
        assert_eq!(swings[0]["savings_at_low"], d.swings[0].savings_at_low);
        let thresholds = s["thresholds"].as_array().unwrap();
        assert_eq!(thresholds.len(), 8);
        for (t, dt) in thresholds.iter().zip(&d.thresholds) {
            match dt.value {
                Some(x) => assert_eq!(t["value"], x),
                None => assert!(t["value"].is_null()),
            }
        }
    }
    assert_eq!(options[1]["sensitivity"]["thresholds"][0]["driver"], "rate");
}

#[test]
fn csv_neutralises_formulas_and_quotes() {
    assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv_field("plain"), "\"plain\"");
    assert_eq!(csv_field("-1+2"), "\"'-1+2\"");
    let text = csv(&example_plan(), Lang::En);
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 4);
    assert!(lines[1].starts_with("\"In-house hiring\","));
    assert!(lines.iter().all(|l| l.matches(',').count() == 9));
}

#[test]
fn the_calendar_holds_the_reviews_on_their_dates() {
    let mut plan = example_plan();
    plan.business.start_date = "2027-01-04".into();
    let cal = ics(&plan, "20261126T120000Z", Lang::En, None).unwrap();
    assert!(cal.starts_with("BEGIN:VCALENDAR\r\n") && cal.ends_with("END:VCALENDAR\r\n"));
    assert!(cal.contains("DTSTART;VALUE=DATE:20270301\r\nSUMMARY:Week 8 governance review"));
    // The health check, month 6, would fall on New York's observed Independence Day.
    let flat = cal.replace("\r\n ", "");
    assert!(
        flat.contains("DTSTART;VALUE=DATE:20270706\r\nSUMMARY:Six-month health check: scale up\\, adjust or stop\r\nDESCRIPTION:What this review checks: the business case")
            && flat.contains("\\nmoved from 2027-07-05: Independence Day (substitute day) at headquarters\r\n"),
        "{flat}"
    );
    // One event per monthly review over the 18-month horizon, none on a US holiday.
    assert_eq!(flat.matches("SUMMARY:Monthly scorecard review").count(), 18);
    assert_eq!(cal.matches("BEGIN:VEVENT").count(), 2 + 18);
    assert!(!cal.contains("RRULE"));
    // Each review says what it checks, from the plan.
    assert!(flat.contains("DESCRIPTION:What this review checks: the owners in the plan decide and unblock as agreed (priorities: VP Product\\; decisions: VP Engineering"), "{flat}");
    assert!(flat.contains("DESCRIPTION:What this review checks: each scorecard metric against its target. Cycle time: under 5 days from start to merge\\; Defect leakage: under 5% of defects found in production."), "{flat}");
    assert!(flat.contains("was to save USD "), "{flat}");
    plan.business.start_date.clear();
    assert_eq!(ics(&plan, "20261126T120000Z", Lang::En, None), None);
}

/// With headquarters' zone known, each review is an hour at a time there, written in UTC
/// (so no calendar needs the zone's rules), and the description names the local time.
#[test]
fn the_reviews_take_place_at_a_time_at_headquarters() {
    use offshoring_planner::export::data::At;
    let plan = example_plan();
    // New York in March 2027 (after 14 March, daylight time): UTC-4; before, UTC-5.
    let to_utc = |local: i64| {
        let dst_from = 1_773_583_200_000i64 + 365 * 86_400_000; // 2027-03-14 07:00 UTC
        let offset = if local >= dst_from { -4 } else { -5 };
        local - offset * 3_600_000
    };
    let at = At {
        zone: "America/New_York",
        start_min: 10 * 60,
        minutes: 60,
        to_utc: &to_utc,
    };
    let cal = ics(&plan, "20261126T120000Z", Lang::En, Some(&at)).unwrap();
    let flat = cal.replace("\r\n ", "");
    // The week-8 review, Monday 1 March 2027, 10:00 in New York (EST) = 15:00 UTC.
    assert!(flat.contains("DTSTART:20270301T150000Z\r\nDTEND:20270301T160000Z\r\nSUMMARY:Week 8 governance review"), "{flat}");
    assert!(
        flat.contains("\\n10:00–11:00 headquarters time (America/New_York)"),
        "{flat}"
    );
    // No all-day events left.
    assert!(!flat.contains("VALUE=DATE"));
    assert!(cal.split_terminator("\r\n").all(|l| l.len() <= 75));
}

/// RFC 5545, 3.1: no content line over 75 octets; a longer one is folded with a line
/// break and a space, never inside a character, and unfolds to the original.
#[test]
fn calendar_lines_are_folded_at_75_octets() {
    use offshoring_planner::export::data::fold_ics;
    let long = format!("SUMMARY:{}\r\n", "Revisión de gobernanza ñ ".repeat(9));
    let folded = fold_ics(&long);
    assert!(folded.len() > long.len());
    for line in folded.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert_eq!(folded.replace("\r\n ", ""), long, "unfolds to the original");
    assert_eq!(fold_ics("SHORT:x\r\n"), "SHORT:x\r\n");
    let mut plan = example_plan();
    plan.business.start_date = "2027-01-04".into();
    let cal = ics(&plan, "20261126T120000Z", Lang::Es, None).unwrap();
    assert!(cal.split_terminator("\r\n").all(|l| l.len() <= 75));
}

#[test]
fn the_json_export_carries_each_locations_holidays() {
    use offshoring_planner::domain::overlap::analysis::analyse;
    let mut fixed = zones::fixed;
    let plan = example_plan();
    let a = analyse(&plan, 2027, &mut fixed);
    let v: serde_json::Value =
        serde_json::from_str(&json(&plan, Some(&a), "2026-11-26T12:00:00.000Z", Lang::En)).unwrap();
    assert_eq!(v["results"]["headquarters_holiday_country"], "US");
    let colombia = v["results"]["locations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["holiday_country"] == "CO")
        .expect("Colombia's location");
    let months: u64 = colombia["monthly_shared_minutes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_u64().unwrap())
        .sum();
    assert_eq!(months, colombia["shared_minutes"].as_u64().unwrap());
    assert!(colombia["shared_working_days"].as_u64().unwrap() > 200);
    let clashes = colombia["clashes"].as_array().unwrap();
    assert!(clashes
        .iter()
        .any(|c| c["date"] == "2027-01-11" && c["off"] == "team" && c["holiday"] == "Epiphany"));
    assert!(clashes.iter().any(|c| c["date"] == "2027-11-25"
        && c["off"] == "headquarters"
        && c["holiday"] == "Thanksgiving Day"));
}
