//! The plan document on screen: roadmap, governance (owners the user names), risks,
//! standards, onboarding.

use leptos::prelude::*;

use crate::ui::steps::TableWrap;

use super::cover::{text_fields, Field};
use crate::domain::overlap::analysis::Analysis;
use crate::domain::plan::NOTES_MAX_CHARS;
use crate::domain::roadmap::{rank_risks, roadmap_moved};
use crate::domain::validate::format_time;
use crate::domain::validate::text;
use crate::i18n::{
    candidate_name, field_error, metric_key, milestone_text, phase_key, risk_driver_key,
    risk_fix_key, risk_key, t, tf, Key,
};
use crate::platform::format::date;
use crate::ui::context::{use_doc, use_shell};

#[component]
pub fn Document(analysis: Memo<Analysis>) -> impl IntoView {
    let saving = crate::ui::context::use_saving();
    view! {
        <Roadmap/>
        <fieldset class="plain-fieldset" disabled=move || saving.read_only()>
            <GovernanceEditor/>
        </fieldset>
        <Communication analysis=analysis/>
        <Scorecard/>
        <Risks analysis=analysis/>
        <Checklists/>
    }
}

#[component]
fn Roadmap() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let rows = move || {
        let lang = shell.lang.get();
        plan.with(roadmap_moved)
            .into_iter()
            .map(|(m, d, moved)| {
                view! {
                    <tr>
                        <td data-label=t(lang, Key::MdDate)>{d.map(|d| date(d, lang.tag())).unwrap_or_else(|| t(lang, Key::MdNoDate).to_string())}</td>
                        <th scope="row">{t(lang, phase_key(m.phase()))}</th>
                        <td data-label=t(lang, Key::MdMilestone)>{milestone_text(lang, m, moved.as_ref(), &|d| date(d, lang.tag()))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel" aria-labelledby="roadmap-heading">
            <h2 id="roadmap-heading">{shell.msg(Key::MdRoadmap)}</h2>
            <TableWrap>
                <table class="figures roadmap" id="roadmap">
                    <caption>{shell.msg(Key::RoadmapCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{shell.msg(Key::MdDate)}</th>
                        <th scope="col">{shell.msg(Key::MdPhase)}</th>
                        <th scope="col">{shell.msg(Key::MdMilestone)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableWrap>
        </section>
    }
}

const OWNERS: [Field; 4] = [
    (
        "owner-priorities",
        Key::OwnPriorities,
        |g| &g.owner_priorities,
        |g| &mut g.owner_priorities,
    ),
    (
        "owner-decisions",
        Key::OwnDecisions,
        |g| &g.owner_decisions,
        |g| &mut g.owner_decisions,
    ),
    (
        "owner-escalation",
        Key::OwnEscalation,
        |g| &g.owner_escalation,
        |g| &mut g.owner_escalation,
    ),
    (
        "owner-done",
        Key::OwnDone,
        |g| &g.owner_done,
        |g| &mut g.owner_done,
    ),
];

#[component]
fn GovernanceEditor() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let owners = text_fields(&OWNERS);
    view! {
        <section class="panel" aria-labelledby="governance-heading">
            <h2 id="governance-heading">{shell.msg(Key::MdGovernance)}</h2>
            <p class="hint">{shell.msg(Key::GovernanceHint)}</p>
            <div class="fields">
                {owners}
                <div class="field">
                    <label for="sprint-weeks">{shell.msg(Key::SprintLength)}</label>
                    <select
                        id="sprint-weeks"
                        on:change=move |ev| {
                            if let Ok(w) = event_target_value(&ev).parse::<u8>() {
                                if (1..=4).contains(&w) {
                                    plan.update(|p| p.governance.sprint_weeks = w);
                                }
                            }
                        }
                    >
                        {(1u8..=4).map(|w| view! {
                            <option value=w.to_string() selected=move || plan.with(|p| p.governance.sprint_weeks == w)>{w.to_string()}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <Notes/>
        </section>
    }
}

/// Free notes that go into the plan and its exports.
#[component]
fn Notes() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let error = RwSignal::new(None::<String>);
    view! {
        // On paper: the notes as text, and nothing when there are none.
        <p class="print-only notes-print">{move || plan.with(|p| p.governance.notes.trim().to_string())}</p>
        <div class="field field-wide no-print" class:field-invalid=move || error.get().is_some()>
            <label for="plan-notes">{shell.msg(Key::PlanNotes)}</label>
            <textarea
                id="plan-notes"
                rows="4"
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby="plan-notes-error"
                prop:value=move || plan.with_untracked(|p| p.governance.notes.clone())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    match text(&v, NOTES_MAX_CHARS) {
                        Ok(()) => {
                            error.set(None);
                            plan.update(|p| p.governance.notes = v);
                        }
                        Err(e) => error.set(Some(field_error(shell.lang.get_untracked(), e))),
                    }
                }
            ></textarea>
            <p class="field-error" id="plan-notes-error" role="alert">{move || error.get()}</p>
        </div>
    }
}

#[component]
fn Risks(analysis: Memo<Analysis>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let items = move || {
        let lang = shell.lang.get();
        let a = analysis.get();
        let overlap = a
            .recommended
            .and_then(|id| a.results.iter().find(|r| r.id == id))
            .and_then(|r| r.overlap.as_ref().ok())
            .map(|y| y.typical as f64 / 60.0);
        plan.with(|p| rank_risks(p, overlap))
            .into_iter()
            .map(|r| {
                let why = r.drivers.iter().map(|d| t(lang, risk_driver_key(*d))).collect::<Vec<_>>().join("; ");
                view! {
                    <li>
                        <strong>{t(lang, risk_key(r.risk))}</strong>
                        ": " {t(lang, risk_fix_key(r.risk))}
                        {(!why.is_empty()).then(|| view! { <span class="risk-why">{format!(" ({}: {why})", t(lang, Key::MdWhy))}</span> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel" aria-labelledby="risks-heading">
            <h2 id="risks-heading">{shell.msg(Key::MdRisks)}</h2>
            <ol class="risks" id="risks">{items}</ol>
        </section>
    }
}

#[component]
fn Checklists() -> impl IntoView {
    let shell = use_shell();
    let list = |keys: &'static [Key]| {
        keys.iter()
            .map(|k| {
                let k = *k;
                view! { <li>{move || shell.t(k)}</li> }
            })
            .collect_view()
    };
    view! {
        <section class="panel" aria-labelledby="standards-heading">
            <h2 id="standards-heading">{shell.msg(Key::MdStandards)}</h2>
            <ul>{list(&[Key::StdCoding, Key::StdPr, Key::StdTesting, Key::StdRelease, Key::StdSeverity, Key::StdIncident])}</ul>
            <h2>{shell.msg(Key::MdOnboarding)}</h2>
            <ol>{list(&[Key::OnbContext, Key::OnbObserve, Key::OnbContribute, Key::OnbOwn])}</ol>
        </section>
    }
}

#[component]
fn Communication(analysis: Memo<Analysis>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let rules = move || {
        let lang = shell.lang.get();
        let a = analysis.get();
        let mut items = vec![plan.with(|p| {
            tf(
                lang,
                Key::MdCadence,
                &[("weeks", &p.governance.sprint_weeks.to_string())],
            )
        })];
        let window = a.recommended.and_then(|id| {
            let r = a.results.iter().find(|r| r.id == id)?;
            let w = r.window?;
            let name = plan.with(|p| {
                p.location
                    .candidates
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| candidate_name(lang, c))
            })?;
            Some(tf(
                lang,
                Key::MdCommWindow,
                &[
                    ("name", &name),
                    (
                        "start",
                        &format_time(w.hq_start_min.rem_euclid(1440) as u16),
                    ),
                    ("end", &format_time(w.hq_end_min.rem_euclid(1440) as u16)),
                ],
            ))
        });
        items.extend(window);
        items.push(t(lang, Key::MdAsyncNorm).to_string());
        items
            .into_iter()
            .map(|i| view! { <li>{i}</li> })
            .collect_view()
    };
    view! {
        <section class="panel" aria-labelledby="communication-heading">
            <h2 id="communication-heading">{shell.msg(Key::CommunicationHeading)}</h2>
            <ul id="communication-rules">{rules}</ul>
        </section>
    }
}

#[component]
fn Scorecard() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let rows = move || {
        let lang = shell.lang.get();
        let metrics = plan.with(|p| p.business.metrics.clone());
        if metrics.is_empty() {
            return view! { <p class="warning">{t(lang, Key::WarnNoMetric)}</p> }.into_any();
        }
        let rows = metrics
            .into_iter()
            .map(|m| {
                let target = if m.target.trim().is_empty() { t(lang, Key::MdToName).to_string() } else { m.target };
                view! { <tr><th scope="row">{t(lang, metric_key(m.metric))}</th><td data-label=t(lang, Key::MetricTarget)>{target}</td></tr> }
            })
            .collect_view();
        view! {
            <table class="figures roadmap" id="scorecard">
                <caption>{t(lang, Key::ScorecardCaption)}</caption>
                <thead><tr><th scope="col">{t(lang, Key::MetricsLegend)}</th><th scope="col">{t(lang, Key::MetricTarget)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="panel" aria-labelledby="scorecard-heading">
            <h2 id="scorecard-heading">{shell.msg(Key::MdScorecard)}</h2>
            <TableWrap>{rows}</TableWrap>
        </section>
    }
}
