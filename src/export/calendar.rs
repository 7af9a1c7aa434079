//! The review meetings as iCalendar: the week-8 governance review, the six-month health
//! check and each monthly scorecard review, each saying what it checks (from the plan),
//! at a time at headquarters when the caller knows its zone, else as all-day events.

use super::text::{money_plain, strip_invisible};
use crate::domain::cost::case::compute;
use crate::domain::decision::lead;
use crate::domain::overlap::calendar::{civil_from_days, iso, MS_PER_DAY, MS_PER_MIN};
use crate::domain::roadmap::{roadmap_moved, scorecard_reviews, Milestone, Moved};
use crate::domain::validate::format_day;
use crate::domain::Plan;
use crate::i18n::{metric_key, option_name, t, tf, Key, Lang};

/// When the reviews take place at headquarters.
pub struct At<'a> {
    /// Headquarters' IANA zone, named in each description.
    pub zone: &'a str,
    /// Minutes after midnight, headquarters time.
    pub start_min: i32,
    pub minutes: i32,
    /// Headquarters' wall-clock time (milliseconds since 1970 read as if UTC) to the
    /// instant it is.
    pub to_utc: &'a dyn Fn(i64) -> i64,
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

/// An instant as `20270301T150000Z`.
fn ics_utc(ms: i64) -> String {
    let day = ms.div_euclid(MS_PER_DAY);
    let secs = ms.rem_euclid(MS_PER_DAY) / 1000;
    format!(
        "{}T{:02}{:02}{:02}Z",
        ics_date(day),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The governance review, the health check and the monthly scorecard reviews as an
/// iCalendar file. `None` without a start date.
pub fn ics(plan: &Plan, stamp: &str, lang: Lang, at: Option<&At>) -> Option<String> {
    let dated = roadmap_moved(plan);
    let day = |m: Milestone| {
        dated
            .iter()
            .find(|(x, _, _)| *x == m)
            .and_then(|(_, d, moved)| d.map(|d| (d, moved.clone())))
    };
    let checks = Checks::of(plan, lang);
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Offshoring planner//EN\r\nCALSCALE:GREGORIAN\r\n",
    );
    let event = |uid: &str, (day, moved): (i64, Option<Moved>), summary: &str, check: &str| {
        let when = match at {
            Some(a) => {
                let local = day * MS_PER_DAY + a.start_min as i64 * MS_PER_MIN;
                let start = (a.to_utc)(local);
                format!(
                    "DTSTART:{}\r\nDTEND:{}\r\n",
                    ics_utc(start),
                    ics_utc(start + a.minutes as i64 * MS_PER_MIN)
                )
            }
            None => format!("DTSTART;VALUE=DATE:{}\r\n", ics_date(day)),
        };
        let mut description = vec![check.to_string()];
        if let Some(a) = at {
            let clock = |m: i32| m.rem_euclid(1440) as u16;
            let hours = format_day(clock(a.start_min), clock(a.start_min + a.minutes));
            let args = [("time", hours.as_str()), ("zone", a.zone)];
            description.push(tf(lang, Key::IcsAtHq, &args));
        }
        // A review moved off a holiday at headquarters says so.
        if let Some(m) = moved {
            let date = iso(m.from);
            let args = [
                ("date", date.as_str()),
                ("holiday", m.holiday.text(lang == Lang::Es)),
            ];
            description.push(tf(lang, Key::MsMoved, &args));
        }
        format!(
            "BEGIN:VEVENT\r\nUID:{uid}-{}@offshoring-planner\r\nDTSTAMP:{stamp}\r\n{when}SUMMARY:{}\r\nDESCRIPTION:{}\r\nEND:VEVENT\r\n",
            ics_date(day),
            ics_text(summary),
            ics_text(&description.join("\n"))
        )
    };
    out.push_str(&event(
        "governance-review",
        day(Milestone::GovernanceReview)?,
        t(lang, Key::MsGovernanceReview),
        &checks.governance,
    ));
    out.push_str(&event(
        "health-check",
        day(Milestone::HealthCheck)?,
        t(lang, Key::MsHealthCheck),
        &checks.health,
    ));
    // Each monthly review its own event, so each can move off a holiday.
    for (k, review) in scorecard_reviews(plan).into_iter().enumerate() {
        out.push_str(&event(
            &format!("scorecard-{}", k + 1),
            review,
            t(lang, Key::IcsScorecard),
            &checks.scorecard,
        ));
    }
    out.push_str("END:VCALENDAR\r\n");
    Some(fold_ics(&out))
}

/// What each review checks, from the plan's own answers.
struct Checks {
    governance: String,
    scorecard: String,
    health: String,
}

impl Checks {
    fn of(plan: &Plan, lang: Lang) -> Checks {
        let g = &plan.governance;
        let b = &plan.business;
        let owner = |s: &str| {
            if s.trim().is_empty() {
                t(lang, Key::MdToName).to_string()
            } else {
                s.trim().to_string()
            }
        };
        let weeks = g.sprint_weeks.to_string();
        let governance = tf(
            lang,
            Key::IcsCheckGovernance,
            &[
                ("priorities", &owner(&g.owner_priorities)),
                ("decisions", &owner(&g.owner_decisions)),
                ("escalation", &owner(&g.owner_escalation)),
                ("done", &owner(&g.owner_done)),
                ("weeks", &weeks),
            ],
        );
        let metrics: Vec<String> = b
            .metrics
            .iter()
            .map(|m| {
                let target = if m.target.trim().is_empty() {
                    t(lang, Key::MdToName).to_string()
                } else {
                    m.target.trim().to_string()
                };
                format!("{}: {target}", t(lang, metric_key(m.metric)))
            })
            .collect();
        let scorecard = if metrics.is_empty() {
            t(lang, Key::WarnNoMetric).to_string()
        } else {
            tf(
                lang,
                Key::IcsCheckScorecard,
                &[("metrics", &metrics.join("; "))],
            )
        };
        let figs = compute(&b.case_inputs());
        let health = match lead(&figs, &b.fits(&figs)) {
            Some(l) => {
                let m = |v: f64| money_plain(v, b.currency.code(), lang);
                let savings = l
                    .savings
                    .map_or_else(|| t(lang, Key::NoComparison).to_string(), m);
                tf(
                    lang,
                    Key::IcsCheckHealth,
                    &[
                        ("option", &option_name(lang, b.options.get(l.index))),
                        ("savings", &savings),
                        ("months", &b.horizon_months.to_string()),
                    ],
                )
            }
            None => t(lang, Key::MsHealthCheck).to_string(),
        };
        Checks {
            governance,
            scorecard,
            health,
        }
    }
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
