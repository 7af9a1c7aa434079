use leptos::prelude::*;

use crate::app::summary::missing_steps;
use crate::app::Step;
use crate::domain::engagement::chosen_model;
use crate::domain::validate::format_time;
use crate::domain::work::{accepted_risks, pilot};
use crate::domain::Plan;
use crate::i18n::{
    candidate_name, goal_key, model_key, nature_key, step_key, t, tf, workstream_name, Key, Lang,
};
use crate::ui::context::{use_doc, use_shell};

/// One answer in the summary: its label and its value (None: not answered).
type Row = (Key, Option<String>);

fn rows(plan: &Plan, lang: Lang, step: Step) -> Vec<Row> {
    let n = |key: Key, v: u32| Some(tf(lang, key, &[("n", &v.to_string())]));
    let text = |s: &str| (!s.trim().is_empty()).then(|| s.to_string());
    match step {
        Step::Business => {
            let b = &plan.business;
            vec![
                (
                    Key::PrimaryGoal,
                    b.primary_goal.map(|g| t(lang, goal_key(g)).to_string()),
                ),
                (Key::Scope, text(&b.scope)),
                (Key::TeamSize, n(Key::Engineers, b.team_size)),
                (Key::PlanHorizon, n(Key::Months, b.horizon_months)),
            ]
        }
        Step::Work => {
            let names: Vec<String> = plan
                .work
                .selected()
                .map(|w| workstream_name(lang, w))
                .collect();
            let pilot = pilot(&plan.work).and_then(|p| {
                plan.work
                    .workstreams
                    .iter()
                    .find(|w| w.id == p.id)
                    .map(|w| workstream_name(lang, w))
            });
            let risks: Vec<String> = accepted_risks(&plan.work)
                .into_iter()
                .filter_map(|id| plan.work.workstreams.iter().find(|w| w.id == id))
                .map(|w| workstream_name(lang, w))
                .collect();
            let mut rows = vec![
                (
                    Key::WorkLegend,
                    (!names.is_empty()).then(|| names.join("; ")),
                ),
                (Key::PilotHeading, pilot),
            ];
            if !risks.is_empty() {
                rows.push((Key::AcceptedRisks, Some(risks.join("; "))));
            }
            rows
        }
        Step::Engagement => vec![
            (
                Key::Nature,
                plan.engagement
                    .nature
                    .map(|x| t(lang, nature_key(x)).to_string()),
            ),
            (
                Key::ChosenModel,
                chosen_model(&plan.engagement).map(|m| t(lang, model_key(m)).to_string()),
            ),
            (
                Key::EngagementHorizon,
                n(Key::Months, plan.engagement.horizon_months),
            ),
        ],
        Step::Location => {
            let l = &plan.location;
            let hours = tf(
                lang,
                Key::HoursRange,
                &[
                    ("start", &format_time(l.hq_start_min)),
                    ("end", &format_time(l.hq_end_min)),
                ],
            );
            let places: Vec<String> = l
                .candidates
                .iter()
                .map(|c| candidate_name(lang, c))
                .collect();
            vec![
                (Key::HqZone, text(&l.hq_zone)),
                (Key::WorkingHours, Some(hours)),
                (
                    Key::CandidatesHeading,
                    (!places.is_empty()).then(|| places.join("; ")),
                ),
            ]
        }
        Step::Plan => Vec::new(),
    }
}

/// What the step is, and whether every step has its answers: under the step's heading,
/// before the exports, so an unfinished plan is said before it is sent.
#[component]
pub fn PlanStatus() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let status = move || {
        let lang = shell.lang.get();
        let missing = doc.plan.with(missing_steps);
        if missing.is_empty() {
            t(lang, Key::PlanComplete).to_string()
        } else {
            let names: Vec<&str> = missing.iter().map(|s| t(lang, step_key(*s))).collect();
            tf(lang, Key::StillToAnswer, &[("steps", &names.join(", "))])
        }
    };
    view! {
        <p class="intro">{shell.msg(Key::PlanIntro)}</p>
        <p class="plan-status" id="plan-status">{status}</p>
    }
}

#[component]
pub fn PlanSummary() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let sections = Step::ALL[..4]
        .iter()
        .map(|&step| {
            let list = move || {
                let lang = shell.lang.get();
                doc.plan.with(|p| rows(p, lang, step))
                    .into_iter()
                    .map(|(label, value)| {
                        let missing = value.is_none();
                        let shown = value.unwrap_or_else(|| t(lang, Key::NotAnswered).to_string());
                        view! {
                            <dt>{t(lang, label)}</dt>
                            <dd class:missing=missing>{shown}</dd>
                        }
                    })
                    .collect_view()
            };
            view! {
                <section class="summary-section">
                    <div class="summary-head">
                        <h3>{move || shell.t(step_key(step))}</h3>
                        <button type="button" class="btn btn-quiet btn-small" on:click=move |_| shell.go(step)>
                            {shell.msg(Key::EditAnswers)}
                            <span class="visually-hidden">": " {move || shell.t(step_key(step))}</span>
                        </button>
                    </div>
                    <dl class="summary-list">{list}</dl>
                </section>
            }
        })
        .collect_view();
    view! {
        <h2>{shell.msg(Key::SummaryHeading)}</h2>
        <div class="summary" id="plan-summary">{sections}</div>
    }
}
