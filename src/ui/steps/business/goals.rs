//! Goals, scope, success metrics, and the warning a vague goal earns.

use leptos::prelude::*;

use crate::domain::business::{Goal, GoalWarning, Metric, MetricTarget};
use crate::domain::validate;
use crate::i18n::{goal_key, metric_key, Key};
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::{CheckedInput, ChoiceSelect};

#[component]
pub fn GoalsSection() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    view! {
        <section class="panel" aria-labelledby="goals-heading">
            <h2 id="goals-heading">{shell.msg(Key::GoalsHeading)}</h2>
            <div class="fields">
                <ChoiceSelect
                    id="primary-goal"
                    label=Key::PrimaryGoal
                    placeholder=Key::ChooseGoal
                    current=Signal::derive(move || plan.with(|p| p.business.primary_goal))
                    set=Callback::new(move |g| plan.update(|p| p.business.primary_goal = g))
                />
                <CheckedInput
                    id="scope"
                    label=Key::Scope
                    hint=Key::ScopeHint
                    wide=true
                    current=Signal::derive(move || plan.with(|p| p.business.scope.clone()))
                    apply=Callback::new(move |text: String| {
                        validate::scope(&text)?;
                        plan.update(|p| p.business.scope = text);
                        Ok(())
                    })
                />
            </div>
            <SecondaryGoals/>
            <Metrics/>
            <GoalWarnings/>
        </section>
    }
}

#[component]
fn SecondaryGoals() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    // Read through memos, so a keystroke elsewhere stops here instead of at every box.
    let primary = Memo::new(move |_| plan.with(|p| p.business.primary_goal));
    let chosen = Memo::new(move |_| plan.with(|p| p.business.secondary_goals.clone()));
    let boxes = Goal::ALL
        .into_iter()
        .map(|goal| {
            let id = format!("secondary-{}", goal.slug());
            let is_primary = move || primary.get() == Some(goal);
            view! {
                <li class="check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        disabled=is_primary
                        prop:checked=move || chosen.with(|g| g.contains(&goal))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            plan.update(|p| {
                                let g = &mut p.business.secondary_goals;
                                g.retain(|x| *x != goal);
                                if on {
                                    g.push(goal);
                                }
                            });
                        }
                    />
                    <label for=id>{move || shell.t(goal_key(goal))}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset">
            <legend>{shell.msg(Key::SecondaryGoals)}</legend>
            <ul class="checks">{boxes}</ul>
        </fieldset>
    }
}

#[component]
fn Metrics() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let metrics = Memo::new(move |_| plan.with(|p| p.business.metrics.clone()));
    let rows = Metric::ALL
        .into_iter()
        .enumerate()
        .map(|(i, metric)| {
            let check_id = format!("metric-{i}");
            let chosen = move || metrics.with(|ms| ms.iter().any(|m| m.metric == metric));
            let target = Signal::derive(move || {
                metrics.with(|ms| ms.iter().find(|m| m.metric == metric).map(|m| m.target.clone()).unwrap_or_default())
            });
            view! {
                <li class="metric">
                    <div class="check">
                        <input
                            type="checkbox"
                            id=check_id.clone()
                            prop:checked=chosen
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                plan.update(|p| {
                                    let ms = &mut p.business.metrics;
                                    ms.retain(|m| m.metric != metric);
                                    if on {
                                        ms.push(MetricTarget { metric, target: String::new() });
                                    }
                                });
                            }
                        />
                        <label for=check_id>{move || shell.t(metric_key(metric))}</label>
                    </div>
                    <Show when=chosen>
                        <CheckedInput
                            id=format!("metric-{i}-target")
                            label=Key::MetricTarget
                            current=target
                            apply=Callback::new(move |text: String| {
                                validate::metric_target(&text)?;
                                plan.update(|p| {
                                    if let Some(m) = p.business.metrics.iter_mut().find(|m| m.metric == metric) {
                                        m.target = text;
                                    }
                                });
                                Ok(())
                            })
                        />
                    </Show>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset">
            <legend>{shell.msg(Key::MetricsLegend)}</legend>
            <p class="hint">{shell.msg(Key::MetricsHint)}</p>
            <ul class="metrics">{rows}</ul>
        </fieldset>
    }
}

#[component]
fn GoalWarnings() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let warnings = Memo::new(move |_| doc.plan.with(|p| p.business.goal_warnings()));
    view! {
        <Show when=move || !warnings.get().is_empty()>
            <div class="warning" id="goal-warning" role="note">
                <p class="warning-title">{shell.msg(Key::VagueGoalTitle)}</p>
                <ul>
                    {move || {
                        warnings
                            .get()
                            .into_iter()
                            .map(|w| {
                                let key = match w {
                                    GoalWarning::NoGoal => Key::WarnNoGoal,
                                    GoalWarning::CostOnly => Key::WarnCostOnly,
                                    GoalWarning::NoMetric => Key::WarnNoMetric,
                                };
                                view! { <li>{shell.t(key)}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
                <p>{shell.msg(Key::VagueGoalTrap)}</p>
            </div>
        </Show>
    }
}
