//! The overlap of each location, its timeline, the comparison, the recommendation and
//! the hand-over to the business case.

use leptos::prelude::*;

use crate::ui::steps::TableWrap;

use super::timeline::{span, Timeline};
use crate::domain::cost::inputs::VendorOption;
use crate::domain::overlap::analysis::{options_from, Analysis};
use crate::domain::overlap::locations::{ranking, Candidate};
use crate::domain::overlap::Window;
use crate::domain::Plan;
use crate::i18n::{
    candidate_name, class_key, collaboration_key, governance_key, option_name, t, tf, Key, Lang,
};
use crate::platform::format::date;
use crate::platform::format::{money, number, percent};
use crate::platform::zones::rules;
use crate::ui::context::{use_doc, use_shell};

fn hours(lang: Lang, minutes: u32) -> String {
    tf(
        lang,
        Key::HoursN,
        &[("n", &number(minutes as f64 / 60.0, 1, lang.tag()))],
    )
}

fn candidate(plan: &Plan, id: u32) -> Option<Candidate> {
    plan.location
        .candidates
        .iter()
        .find(|c| c.id == id)
        .cloned()
}

#[component]
pub fn ResultsSection(analysis: Memo<Analysis>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let body = move || {
        let lang = shell.lang.get();
        let a = analysis.get();
        if a.hq_unknown {
            return view! { <p class="warning" role="note">{t(lang, Key::HqZoneUnknown)}</p> }
                .into_any();
        }
        let currency = plan.with(|p| p.business.currency.code());
        let rows = a.results.iter().filter_map(|r| {
            let c = plan.with(|p| candidate(p, r.id))?;
            let name = candidate_name(lang, &c);
            Some(match &r.overlap {
                Err(_) => view! {
                    <tr><th scope="row">{name}</th><td colspan="5" class="negative">{tf(lang, Key::ZoneUnknown, &[("zone", &c.zone)])}</td></tr>
                }.into_any(),
                Ok(y) => {
                    let differs = if y.differs.is_empty() {
                        t(lang, Key::SameAllYear).to_string()
                    } else {
                        y.differs.iter().map(|p| tf(lang, Key::PeriodText, &[
                            ("from", &date(p.first_day, lang.tag())), ("to", &date(p.last_day, lang.tag())), ("hours", &hours(lang, p.minutes)),
                        ])).collect::<Vec<_>>().join("; ")
                    };
                    let window = r.window.map(|w| tf(lang, Key::WindowText, &[
                        ("hq", &span(w.hq_start_min, w.hq_end_min)), ("team", &span(w.team_start_min, w.team_end_min)),
                    ])).unwrap_or_else(|| t(lang, Key::NoOverlap).to_string());
                    let class = r.assessment.as_ref().map(|x| t(lang, class_key(x.class))).unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td data-label=t(lang, Key::ColTypical)>{hours(lang, y.typical)}</td>
                            <td data-label=t(lang, Key::ColMinMax)>{format!("{} – {}", hours(lang, y.min), hours(lang, y.max))}</td>
                            <td data-label=t(lang, Key::ColClass)>{class}</td>
                            <td data-label=t(lang, Key::ColDiffers)>{differs}</td>
                            <td data-label=t(lang, Key::ColWindow)>{window}</td>
                        </tr>
                    }.into_any()
                }
            })
        }).collect_view();
        let dims = a.results.iter().filter_map(|r| {
            let c = plan.with(|p| candidate(p, r.id))?;
            let x = r.assessment.as_ref()?;
            Some(view! {
                <tr class:short=x.short_of_need>
                    <th scope="row">{candidate_name(lang, &c)}</th>
                    <td data-label=t(lang, Key::ColTypical)>{hours(lang, (x.typical_hours * 60.0) as u32)}</td>
                    <td data-label=t(lang, Key::ColRealtime)>{t(lang, collaboration_key(x.collaboration))}</td>
                    <td data-label=t(lang, Key::ColCommOverhead)>{percent(x.communication_overhead, 1, lang.tag())}</td>
                    <td data-label=t(lang, Key::ColEffectiveRate)>{money(x.effective_rate, currency, lang.tag())}</td>
                    <td data-label=t(lang, Key::ColGovernanceLoad)>{t(lang, governance_key(x.governance))}</td>
                    <td data-label=t(lang, Key::ColLocationFit)>{format!("{}/100", x.score)}</td>
                </tr>
            })
        }).collect_view();
        let warnings = a
            .results
            .iter()
            .filter_map(|r| {
                let x = r.assessment.as_ref().filter(|x| x.short_of_need)?;
                let c = plan.with(|p| candidate(p, r.id))?;
                Some(view! { <li>{tf(lang, Key::ShortOfNeed, &[
                    ("name", &candidate_name(lang, &c)),
                    ("have", &number(x.typical_hours, 1, lang.tag())),
                    ("need", &number(a.need_hours, 1, lang.tag())),
                ])}</li> })
            })
            .collect::<Vec<_>>();
        let recommendation = a.recommended.and_then(|id| {
            let c = plan.with(|p| candidate(p, id))?;
            let x = a.results.iter().find(|r| r.id == id)?.assessment.clone()?;
            Some(tf(
                lang,
                Key::LocationRecommended,
                &[
                    ("name", &candidate_name(lang, &c)),
                    ("score", &x.score.to_string()),
                    ("hours", &number(x.typical_hours, 1, lang.tag())),
                    ("rate", &money(x.effective_rate, currency, lang.tag())),
                ],
            ))
        });
        view! {
            <p class="hint">{tf(lang, Key::OverlapYear, &[("year", &a.year.to_string())])}</p>
            <TableWrap>
                <table class="figures" id="overlap-table">
                    <caption>{t(lang, Key::OverlapCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{t(lang, Key::ColLocation)}</th>
                        <th scope="col">{t(lang, Key::ColTypical)}</th>
                        <th scope="col">{t(lang, Key::ColMinMax)}</th>
                        <th scope="col">{t(lang, Key::ColClass)}</th>
                        <th scope="col">{t(lang, Key::ColDiffers)}</th>
                        <th scope="col">{t(lang, Key::ColWindow)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableWrap>
            <Timelines analysis=analysis/>
            <h3>{t(lang, Key::DimensionsHeading)}</h3>
            <TableWrap>
                <table class="figures" id="dimension-table">
                    <caption>{t(lang, Key::DimensionsCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{t(lang, Key::ColLocation)}</th>
                        <th scope="col">{t(lang, Key::ColTypical)}</th>
                        <th scope="col">{t(lang, Key::ColRealtime)}</th>
                        <th scope="col">{t(lang, Key::ColCommOverhead)}</th>
                        <th scope="col">{t(lang, Key::ColEffectiveRate)}</th>
                        <th scope="col">{t(lang, Key::ColGovernanceLoad)}</th>
                        <th scope="col">{t(lang, Key::ColLocationFit)}</th>
                    </tr></thead>
                    <tbody>{dims}</tbody>
                </table>
            </TableWrap>
            <p class="hint">{t(lang, Key::DimensionsHint)}</p>
            {(!warnings.is_empty()).then(|| view! {
                <div class="warning" id="overlap-warnings" role="note">
                    <p class="warning-title">{t(lang, Key::ShortOfNeedTitle)}</p>
                    <ul>{warnings}</ul>
                </div>
            })}
            <p class="recommendation" id="location-recommendation">{recommendation}</p>
        }
        .into_any()
    };
    let use_in_case = move |_| {
        let a = analysis.get_untracked();
        let (mut before, mut after) = (Vec::new(), Vec::new());
        plan.update(|p| {
            // Best first, as the recommendation ranks them.
            let assessed: Vec<_> = a
                .results
                .iter()
                .filter_map(|r| r.assessment.clone())
                .collect();
            let ids = ranking(&assessed);
            let options = options_from(p, &a, &ids);
            if !options.is_empty() {
                before = std::mem::replace(&mut p.business.options, options);
                after = p.business.options.clone();
            }
        });
        // Says what changed, option by option; Undo brings the previous options back.
        let lang = shell.lang.get_untracked();
        let list = |options: &[VendorOption]| {
            options
                .iter()
                .map(|o| {
                    let hours = number(o.overlap_hours, 1, lang.tag());
                    tf(
                        lang,
                        Key::OptionWithOverlap,
                        &[("option", &option_name(lang, Some(o))), ("hours", &hours)],
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let text = if after.is_empty() {
            shell.t(Key::LocationsNone).to_string()
        } else {
            tf(
                lang,
                Key::LocationsUsed,
                &[("now", &list(&after)), ("before", &list(&before))],
            )
        };
        shell.notify(text, false, None);
    };
    view! {
        <section class="panel" aria-labelledby="overlap-heading">
            <h2 id="overlap-heading">{shell.msg(Key::OverlapHeading)}</h2>
            {body}
            <button type="button" class="btn btn-secondary" id="use-locations" on:click=use_in_case>
                {shell.msg(Key::UseLocations)}
            </button>
        </section>
    }
}

#[component]
fn Timelines(analysis: Memo<Analysis>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    move || {
        let lang = shell.lang.get();
        let a = analysis.get();
        let (hq_zone, hq_window) = plan.with(|p| {
            (
                p.location.hq_zone.clone(),
                Window {
                    start_min: p.location.hq_start_min,
                    end_min: p.location.hq_end_min,
                },
            )
        });
        let hq = rules(&hq_zone, a.year).ok()?;
        let views = a.results.iter().filter_map(|r| {
            let c = plan.with(|p| candidate(p, r.id))?;
            let y = r.overlap.as_ref().ok()?;
            let team = rules(&c.zone, a.year).ok()?;
            let name = candidate_name(lang, &c);
            let day_label = date(y.typical_day, lang.tag());
            let describe = tf(lang, Key::TimelineDesc, &[
                ("day", &day_label),
                ("name", &name),
                ("hours", &hours(lang, y.typical)),
                ("window", &r.window.map(|w| span(w.hq_start_min, w.hq_end_min)).unwrap_or_else(|| t(lang, Key::NoOverlap).to_string())),
            ]);
            Some(view! {
                <Timeline
                    id=r.id
                    hq=hq.clone()
                    hq_window=hq_window
                    team=team
                    team_window=Window { start_min: c.start_min, end_min: c.end_min }
                    day=y.typical_day
                    day_label=day_label
                    labels=[t(lang, Key::HqShort).to_string(), name, t(lang, Key::OverlapShort).to_string()]
                    describe=describe
                />
            })
        }).collect_view();
        Some(view! {
            <h3>{t(lang, Key::TimelineHeading)}</h3>
            <p class="hint">{t(lang, Key::TimelineHint)}</p>
            <div class="timelines" id="timelines">{views}</div>
        })
    }
}
