//! Machine-readable exports: the full plan as JSON (inputs and computed results), the
//! cost table as CSV, and the review meetings as iCalendar.

use super::text::strip_invisible;
use crate::domain::cost::case::compute;
use crate::domain::overlap::calendar::civil_from_days;
use crate::domain::overlap::calendar::iso;
use crate::domain::roadmap::{roadmap_moved, scorecard_reviews, Milestone, Moved};
use crate::domain::Plan;
use crate::i18n::{option_name, t, tf, Key, Lang};

pub use super::json::json;
#[cfg(feature = "schema")]
pub use super::json::json_schema;

/// A CSV field: quoted, quotes doubled, and a leading formula character neutralised so
/// a spreadsheet never runs user text.
pub fn csv_field(text: &str) -> String {
    let text = &strip_invisible(text, false);
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}

/// The cost table as CSV (one row per option, amounts unformatted).
pub fn csv(plan: &Plan, lang: Lang) -> String {
    let figs = compute(&plan.business.case_inputs());
    let head = [
        Key::ColOption,
        Key::ColTotalCost,
        Key::ColCapacity,
        Key::ColUnitCost,
        Key::ColSavings,
        Key::ColSpendDifference,
        Key::ColSwitching,
        Key::MdBreakEvenMonth,
        Key::MdFirstDeliveryWeeks,
    ];
    let mut out = head
        .iter()
        .map(|k| csv_field(t(lang, *k)))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str(&format!(",{}\r\n", csv_field("currency")));
    let num = |v: Option<f64>| v.map(|x| format!("{x:.2}")).unwrap_or_default();
    for (i, f) in figs.all().enumerate() {
        let name = option_name(
            lang,
            i.checked_sub(1).and_then(|k| plan.business.options.get(k)),
        );
        let cells = [
            csv_field(&name),
            num(Some(f.outcome.cost)),
            num(Some(f.outcome.capacity)),
            num(f.outcome.unit_cost()),
            num(f.savings),
            num((i > 0).then_some(f.spend_difference)),
            num((i > 0).then_some(f.outcome.switching.counted())),
            if i == 0 {
                String::new()
            } else {
                f.break_even.map(|m| m.to_string()).unwrap_or_default()
            },
            num(Some(f.first_delivery_weeks)),
            csv_field(plan.business.currency.code()),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn ics_text(text: &str) -> String {
    strip_invisible(text, true)
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

fn ics_date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}{m:02}{d:02}")
}

/// The governance review, the health check and the monthly scorecard reviews as an
/// iCalendar file (all-day events). `None` without a start date.
pub fn ics(plan: &Plan, stamp: &str, lang: Lang) -> Option<String> {
    let dated = roadmap_moved(plan);
    let day = |m: Milestone| {
        dated
            .iter()
            .find(|(x, _, _)| *x == m)
            .and_then(|(_, d, moved)| d.map(|d| (d, moved.clone())))
    };
    let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Offshoring planner//EN\r\nCALSCALE:GREGORIAN\r\n");
    let event = |uid: &str, (day, moved): (i64, Option<Moved>), summary: &str| {
        let mut e = format!(
            "BEGIN:VEVENT\r\nUID:{uid}-{}@offshoring-planner\r\nDTSTAMP:{stamp}\r\nDTSTART;VALUE=DATE:{}\r\nSUMMARY:{}\r\n",
            ics_date(day),
            ics_date(day),
            ics_text(summary)
        );
        // A review moved off a holiday at headquarters says so.
        if let Some(m) = moved {
            let why = tf(
                lang,
                Key::MsMoved,
                &[
                    ("date", &iso(m.from)),
                    ("holiday", m.holiday.text(lang == Lang::Es)),
                ],
            );
            e.push_str(&format!("DESCRIPTION:{}\r\n", ics_text(&why)));
        }
        e.push_str("END:VEVENT\r\n");
        e
    };
    out.push_str(&event(
        "governance-review",
        day(Milestone::GovernanceReview)?,
        t(lang, Key::MsGovernanceReview),
    ));
    out.push_str(&event(
        "health-check",
        day(Milestone::HealthCheck)?,
        t(lang, Key::MsHealthCheck),
    ));
    // Each monthly review its own event, so each can move off a holiday.
    for (k, review) in scorecard_reviews(plan).into_iter().enumerate() {
        out.push_str(&event(
            &format!("scorecard-{}", k + 1),
            review,
            t(lang, Key::IcsScorecard),
        ));
    }
    out.push_str("END:VCALENDAR\r\n");
    Some(fold_ics(&out))
}

/// Folds every content line longer than 75 octets (RFC 5545, 3.1): a line break and a
/// space before each further 74 octets, never inside a character.
pub fn fold_ics(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    for line in text.split_terminator("\r\n") {
        let mut width = 0;
        for c in line.chars() {
            if width + c.len_utf8() > 75 {
                out.push_str("\r\n ");
                width = 1;
            }
            out.push(c);
            width += c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}
