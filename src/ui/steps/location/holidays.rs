//! Public holidays on this step: per location, its shared working days and effective
//! overlap over the plan's first year, a chart of the shared hours per month, and the
//! weekdays when one side works while the other is on a national holiday.

use leptos::prelude::*;

use crate::domain::overlap::analysis::Analysis;
use crate::domain::overlap::holidays::Holidays;
use crate::domain::overlap::shared::{Off, SharedYear};
use crate::html::months::months_chart;
use crate::i18n::{candidate_name, iso_country_name, t, tf, Key, Lang};
use crate::platform::format::{date, number};
use crate::ui::context::{use_doc, use_shell};
use crate::ui::html_view::patched;
use crate::ui::steps::TableWrap;

fn hours(lang: Lang, minutes: u64) -> String {
    tf(
        lang,
        Key::HoursN,
        &[("n", &number(minutes as f64 / 60.0, 1, lang.tag()))],
    )
}

#[component]
pub fn HolidaysSection(analysis: Memo<Analysis>) -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let body = move || {
        let lang = shell.lang.get();
        let a = analysis.get();
        if a.hq_unknown {
            return ().into_any();
        }
        let hq = match &a.hq_country {
            Some(code) => iso_country_name(lang, code),
            None => t(lang, Key::HolidayNotCovered).to_string(),
        };
        let hint = tf(
            lang,
            Key::HolidaysHint,
            &[("version", &Holidays::cached().version), ("country", &hq)],
        );
        let rows = a
            .results
            .iter()
            .filter_map(|r| {
                let s = r.shared.as_ref()?;
                let c = plan.with(|p| p.location.candidates.iter().find(|c| c.id == r.id).cloned())?;
                let country = r
                    .team_country
                    .as_deref()
                    .map(|k| iso_country_name(lang, k))
                    .unwrap_or_else(|| t(lang, Key::HolidayNotCovered).to_string());
                Some(view! {
                    <tr>
                        <th scope="row">{candidate_name(lang, &c)}</th>
                        <td data-label=t(lang, Key::ColHolidayCountry)>{country}</td>
                        <td data-label=t(lang, Key::ColSharedDays)>{s.shared_days.to_string()}</td>
                        <td data-label=t(lang, Key::ColSharedHours)>{hours(lang, s.shared_minutes)}</td>
                        <td data-label=t(lang, Key::ColEffectiveDaily)>
                            {tf(lang, Key::HoursN, &[("n", &number(s.effective_daily_hours(), 1, lang.tag()))])}
                        </td>
                    </tr>
                })
            })
            .collect_view();
        let details = a
            .results
            .iter()
            .filter_map(|r| {
                let s = r.shared.clone()?;
                let c =
                    plan.with(|p| p.location.candidates.iter().find(|c| c.id == r.id).cloned())?;
                Some(location_details(
                    lang,
                    r.id,
                    &candidate_name(lang, &c),
                    &s,
                    a.year,
                ))
            })
            .collect_view();
        let zone_country = Holidays::cached()
            .zone_country(&plan.with(|p| p.location.hq_zone.clone()))
            .map(|c| iso_country_name(lang, c))
            .unwrap_or_else(|| t(lang, Key::HolidayNotCovered).to_string());
        let chosen = plan.with(|p| p.location.hq_holidays.clone());
        let custom = a
            .results
            .iter()
            .filter_map(|r| {
                let c =
                    plan.with(|p| p.location.candidates.iter().find(|c| c.id == r.id).cloned())?;
                c.country.is_none().then(|| {
                    let label = tf(
                        lang,
                        Key::TeamHolidaysLabel,
                        &[("name", &candidate_name(lang, &c))],
                    );
                    let zone = Holidays::cached()
                        .zone_country(&c.zone)
                        .map(|k| iso_country_name(lang, k))
                        .unwrap_or_else(|| t(lang, Key::HolidayNotCovered).to_string());
                    let id = c.id;
                    country_select(
                        lang,
                        format!("holidays-{id}"),
                        label,
                        zone,
                        c.holidays.clone(),
                        Callback::new(move |v: Option<String>| {
                            plan.update(|p| {
                                if let Some(c) =
                                    p.location.candidates.iter_mut().find(|c| c.id == id)
                                {
                                    c.holidays = v;
                                }
                            })
                        }),
                    )
                })
            })
            .collect_view();
        view! {
            <p class="hint" id="holidays-hint">{hint}</p>
            <div class="fields">
                {country_select(
                    lang,
                    "hq-holidays".to_string(),
                    t(lang, Key::HqHolidaysLabel).to_string(),
                    zone_country,
                    chosen,
                    Callback::new(move |v: Option<String>| plan.update(|p| p.location.hq_holidays = v)),
                )}
                {custom}
            </div>
            <p class="warning" role="note" hidden=a.hq_country.is_some()>{t(lang, Key::HolidaysHqNone)}</p>
            <TableWrap>
                <table class="figures" id="holiday-table">
                    <caption>{t(lang, Key::HolidaysCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{t(lang, Key::ColLocation)}</th>
                        <th scope="col">{t(lang, Key::ColHolidayCountry)}</th>
                        <th scope="col">{t(lang, Key::ColSharedDays)}</th>
                        <th scope="col">{t(lang, Key::ColSharedHours)}</th>
                        <th scope="col">{t(lang, Key::ColEffectiveDaily)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableWrap>
            {details}
        }
        .into_any()
    };
    view! {
        <section class="panel" aria-labelledby="holidays-heading">
            <h2 id="holidays-heading">
                {move || tf(shell.lang.get(), Key::HolidaysHeading, &[("year", &analysis.with(|a| a.year).to_string())])}
            </h2>
            {body}
        </section>
    }
}

/// One location's months chart and its clashes, under a disclosure.
fn location_details(lang: Lang, id: u32, name: &str, s: &SharedYear, year: i32) -> impl IntoView {
    let labels: [String; 12] = std::array::from_fn(|i| (i + 1).to_string());
    let desc = s
        .monthly_minutes
        .iter()
        .enumerate()
        .map(|(i, m)| {
            format!(
                "{}: {}",
                tf(lang, Key::MonthN, &[("n", &(i + 1).to_string())]),
                hours(lang, *m)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let chart = months_chart(
        &s.monthly_minutes,
        &labels,
        t(lang, Key::ChartMonthsTitle),
        &desc,
        &format!("hm{id}"),
    );
    let clashes = if s.clashes.is_empty() {
        view! { <li>{tf(lang, Key::ClashesNone, &[("year", &year.to_string())])}</li> }.into_any()
    } else {
        s.clashes
            .iter()
            .map(|c| {
                let key = match c.off {
                    Off::Team => Key::ClashTeamOff,
                    Off::Headquarters => Key::ClashHqOff,
                };
                let text = tf(
                    lang,
                    key,
                    &[
                        ("date", &date(c.day, lang.tag())),
                        ("holiday", c.name.text(lang == Lang::Es)),
                    ],
                );
                view! { <li>{text}</li> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <details class="holiday-details" id=format!("holidays-{id}")>
            <summary>{tf(lang, Key::ClashesHeading, &[("name", name)])}</summary>
            <figure class="chart-figure">
                <figcaption>{t(lang, Key::ChartMonthsTitle)}</figcaption>
                <div class="chart-body" use:patched=Signal::stored(chart)></div>
            </figure>
            <ul class="clashes" id=format!("clashes-{id}")>{clashes}</ul>
        </details>
    }
}

/// A choice of the country whose holidays count: "from the time zone" first (`None`),
/// then every country the table covers, by name.
fn country_select(
    lang: Lang,
    id: String,
    label: String,
    from_zone: String,
    chosen: Option<String>,
    set: Callback<Option<String>>,
) -> impl IntoView {
    let mut codes: Vec<(String, &str)> = Holidays::cached()
        .codes()
        .into_iter()
        .map(|c| (iso_country_name(lang, c), c))
        .collect();
    codes.sort();
    let first = tf(lang, Key::FromZone, &[("country", &from_zone)]);
    let options = codes
        .into_iter()
        .map(|(name, code)| {
            let selected = chosen.as_deref() == Some(code);
            view! { <option value=code selected=selected>{name}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |e| {
                let v = event_target_value(&e);
                set.run(Holidays::cached().country(&v).is_some().then_some(v));
            }>
                <option value="" selected=chosen.is_none()>{first}</option>
                {options}
            </select>
        </div>
    }
}
