//! A 24-hour timeline on headquarters' clock: headquarters' day, the team's day and the
//! overlap, for a typical weekday, with a text alternative.

use leptos::prelude::*;

use crate::domain::overlap::calendar::{MS_PER_DAY, MS_PER_MIN};
use crate::domain::overlap::zone::ZoneRules;
use crate::domain::overlap::{day_overlap, Side, Window};
use crate::domain::validate::format_time;

const W: f64 = 640.0;
const LEFT: f64 = 110.0;
const ROW: f64 = 26.0;

fn x(min: i32) -> f64 {
    LEFT + (W - LEFT - 8.0) * (min.clamp(0, 1440) as f64 / 1440.0)
}

/// Minutes of `day` in headquarters' local time of a UTC instant.
fn hq_minutes(hq: &ZoneRules, day: i64, t: i64) -> i32 {
    ((t + hq.offset_at(t) as i64 * MS_PER_MIN - day * MS_PER_DAY) / MS_PER_MIN) as i32
}

/// Intervals of the team's working days (day - 1, day, day + 1) on headquarters' clock.
fn team_bars(hq: &ZoneRules, team: &Side, day: i64) -> Vec<(i32, i32)> {
    (day - 1..=day + 1)
        .map(|d| {
            let base = d * MS_PER_DAY;
            let s = team
                .rules
                .to_utc(base + team.window.start_min as i64 * MS_PER_MIN);
            let e = team
                .rules
                .to_utc(base + team.window.end_min as i64 * MS_PER_MIN);
            (
                hq_minutes(hq, day, s).max(0),
                hq_minutes(hq, day, e).min(1440),
            )
        })
        .filter(|(s, e)| e > s)
        .collect()
}

/// Labels are passed in already translated: [headquarters, team, overlap], and the day
/// as the page's language writes dates.
#[component]
pub fn Timeline(
    id: u32,
    hq: ZoneRules,
    hq_window: Window,
    team: ZoneRules,
    team_window: Window,
    day: i64,
    day_label: String,
    labels: [String; 3],
    describe: String,
) -> impl IntoView {
    let team_side = Side {
        rules: &team,
        window: team_window,
    };
    let hq_side = Side {
        rules: &hq,
        window: hq_window,
    };
    let bars = team_bars(&hq, &team_side, day);
    let overlaps: Vec<(i32, i32)> = day_overlap(&hq_side, &team_side, day)
        .into_iter()
        .map(|(s, e)| (hq_minutes(&hq, day, s), hq_minutes(&hq, day, e)))
        .collect();
    let height = ROW * 3.0 + 24.0;
    let title_id = format!("tl-{id}-title");
    let desc_id = format!("tl-{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let rect = |(s, e): (i32, i32), row: f64, class: &'static str| {
        view! { <rect x=x(s) y=row * ROW + 4.0 width=(x(e) - x(s)).max(1.0) height=ROW - 8.0 class=class rx="3"/> }
    };
    let hours = (0..=24)
        .step_by(3)
        .map(|h| view! { <text x=x(h * 60) y=height - 6.0 text-anchor="middle" class="tick">{format!("{h:02}")}</text> })
        .collect_view();
    let [hq_label, team_label, overlap_label] = labels;
    view! {
        <svg class="chart timeline" viewBox=format!("0 0 {W} {height}") role="img" aria-labelledby=labelled>
            <title id=title_id>{format!("{team_label} · {day_label}")}</title>
            <desc id=desc_id>{describe}</desc>
            <text x="4" y=ROW * 0.5 + 5.0 class="tick">{hq_label}</text>
            <text x="4" y=ROW * 1.5 + 5.0 class="tick">{team_label.chars().take(16).collect::<String>()}</text>
            <text x="4" y=ROW * 2.5 + 5.0 class="tick">{overlap_label}</text>
            {rect((hq_window.start_min as i32, hq_window.end_min as i32), 0.0, "bar-hq")}
            {bars.into_iter().map(|b| rect(b, 1.0, "bar-team")).collect_view()}
            {overlaps.into_iter().map(|b| rect(b, 2.0, "bar-overlap")).collect_view()}
            {hours}
        </svg>
    }
}

/// "09:00-11:00" from minutes (wrapping past midnight as the next day's clock).
pub fn span(start: i32, end: i32) -> String {
    let wrap = |m: i32| format_time(m.rem_euclid(1440) as u16);
    format!("{}–{}", wrap(start), wrap(end))
}
