//! Saved scenarios: name this plan, duplicate it to try a variant, switch, compare two.

use leptos::prelude::*;

use crate::ui::steps::TableWrap;

use crate::app::scenarios::{key_figures, KeyFigures, NAME_MAX_CHARS};
use crate::domain::validate::text;
use crate::i18n::{
    field_error, model_key, option_name, scenario_name, t, tf, workstream_name, Key, Lang,
};
use crate::platform::browser::focus_id;
use crate::platform::format::money;
use crate::ui::context::{use_app, use_doc, use_shell, App, ListSave};
use crate::ui::fields::CheckedInput;
use crate::ui::sync::save_list;

#[component]
pub fn ScenariosPanel() -> impl IntoView {
    let app = use_app();
    let App { shell, doc, saving } = app;
    let plan = doc.plan;
    let scenarios = doc.scenarios;
    let duplicate = move |_| {
        let lang = shell.lang.get_untracked();
        let base = scenarios.with_untracked(|s| scenario_name(lang, &s.active_name));
        let name: String = tf(lang, Key::CopyOf, &[("name", &base)])
            .chars()
            .take(NAME_MAX_CHARS as usize)
            .collect();
        let mut result = Ok(());
        let current = plan.get_untracked();
        let unnamed = t(lang, Key::UnnamedPlan);
        scenarios.update(|s| result = s.duplicate(&current, &name, unnamed));
        match result {
            // Said only once the list is stored (a refused write says so instead).
            Ok(()) => {
                save_list(app);
                if saving.ask(|s| s.list()) == ListSave::Saved {
                    shell.notify(tf(lang, Key::Duplicated, &[("name", &name)]), false, None)
                }
            }
            Err(e) => shell.notify(field_error(lang, e), true, None),
        }
    };
    // The saved scenario whose Delete asks to be confirmed, in its own row.
    let confirming = RwSignal::new(None::<u32>);
    focus_follows(confirming);
    let list = move || {
        scenarios
            .get()
            .saved
            .into_iter()
            .map(|sc| {
                let id = sc.id;
                // Saved by an older version without a name: never a blank row.
                let name = scenario_name(shell.lang.get(), &sc.name);
                let shown = name.clone();
                let actions = move || {
                    if confirming.get() == Some(id) {
                        confirm_delete(id, name.clone(), confirming).into_any()
                    } else {
                        row_actions(id, name.clone(), confirming).into_any()
                    }
                };
                view! {
                    <li class="scenario">
                        <span class="scenario-name">{shown}</span>
                        {actions}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel scenarios-panel" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{shell.msg(Key::ScenariosHeading)}</h2>
            <p class="hint">{shell.msg(Key::ScenariosHint)}</p>
            <div class="fields">
                <CheckedInput
                    id="scenario-name"
                    label=Key::ScenarioName
                    current=Signal::derive(move || scenarios.with(|s| s.active_name.clone()))
                    apply=Callback::new(move |v: String| {
                        text(&v, NAME_MAX_CHARS)?;
                        scenarios.update(|s| s.active_name = v);
                        Ok(())
                    })
                />
            </div>
            <button type="button" class="btn btn-secondary" id="duplicate-scenario" on:click=duplicate>{shell.msg(Key::Duplicate)}</button>
            <ul class="scenarios" id="scenario-list">{list}</ul>
            <Compare/>
        </section>
    }
}

/// Switch to a saved scenario, or ask to delete it.
fn row_actions(id: u32, name: String, confirming: RwSignal<Option<u32>>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let switch = move |_| {
        let current = doc.plan.get_untracked();
        let mut next = None;
        doc.scenarios.update(|s| next = s.switch_to(id, &current));
        if let Some(p) = next {
            doc.replace_plan(p);
        }
    };
    view! {
        <button type="button" class="btn btn-secondary btn-small" on:click=switch>
            {shell.msg(Key::SwitchTo)}<span class="visually-hidden">" " {name.clone()}</span>
        </button>
        <button type="button" class="btn btn-quiet btn-small" id=format!("scenario-delete-{id}")
            on:click=move |_| confirming.set(Some(id))>
            {shell.msg(Key::DeleteScenario)}<span class="visually-hidden">" " {name}</span>
        </button>
    }
}

/// The question in the row itself, where the reader is: a deleted scenario's plan is gone
/// for good, and so are the undo steps back to it.
fn confirm_delete(id: u32, name: String, confirming: RwSignal<Option<u32>>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let question = move || {
        tf(
            shell.lang.get(),
            Key::ConfirmDeleteScenario,
            &[("name", &name)],
        )
    };
    let delete = move |_| {
        let mut gone = None;
        doc.scenarios.update(|s| gone = s.delete(id));
        confirming.set(None);
        if let Some(name) = gone {
            let lang = shell.lang.get_untracked();
            shell.notify(
                tf(lang, Key::ScenarioDeleted, &[("name", &name)]),
                false,
                None,
            );
        }
    };
    let question_id = format!("scenario-question-{id}");
    let labelled_by = question_id.clone();
    view! {
        <span class="scenario-confirm" role="group" aria-labelledby=labelled_by
            on:keydown=move |e| if e.key() == "Escape" { confirming.set(None) }>
            <span class="scenario-question" id=question_id>{question}</span>
            <span class="scenario-confirm-actions">
                <button type="button" class="btn btn-danger btn-small" id=format!("scenario-delete-yes-{id}") on:click=delete>
                    {shell.msg(Key::DeleteScenario)}
                </button>
                <button type="button" class="btn btn-secondary btn-small" id=format!("scenario-cancel-{id}")
                    on:click=move |_| confirming.set(None)>
                    {shell.msg(Key::Cancel)}
                </button>
            </span>
        </span>
    }
}

/// Focus goes to the safe choice when a row asks, and back to the row's Delete when it
/// stops asking (or to Duplicate, when the row went with its scenario).
fn focus_follows(confirming: RwSignal<Option<u32>>) {
    let doc = use_doc();
    Effect::new(move |before: Option<Option<u32>>| {
        let now = confirming.get();
        match (before.flatten(), now) {
            (_, Some(id)) => focus_id(&format!("scenario-cancel-{id}")),
            (Some(id), None) if doc.scenarios.with_untracked(|s| s.has(id)) => {
                focus_id(&format!("scenario-delete-{id}"))
            }
            (Some(_), None) => focus_id("duplicate-scenario"),
            (None, None) => {}
        }
        now
    });
}

fn cell(
    lang: Lang,
    currency: &str,
    k: &KeyFigures,
    plan: &crate::domain::Plan,
    row: usize,
) -> String {
    let m = |v: f64| money(v, currency, lang.tag());
    let best = k.best;
    match row {
        0 => k.team_size.to_string(),
        1 => k.horizon_months.to_string(),
        2 => m(k.inhouse_cost),
        3 => best
            .map(|b| option_name(lang, plan.business.options.get(b.index)))
            .unwrap_or_else(|| "—".into()),
        4 => best.map(|b| m(b.cost)).unwrap_or_else(|| "—".into()),
        5 => best
            .and_then(|b| b.savings)
            .map(m)
            .unwrap_or_else(|| "—".into()),
        6 => best
            .and_then(|b| b.break_even)
            .map(|n| tf(lang, Key::MonthN, &[("n", &n.to_string())]))
            .unwrap_or_else(|| "—".into()),
        7 => best
            .map(|b| format!("{}/100", b.fit))
            .unwrap_or_else(|| "—".into()),
        8 => k
            .model
            .map(|x| t(lang, model_key(x)).to_string())
            .unwrap_or_else(|| "—".into()),
        _ => k
            .pilot_id
            .and_then(|id| plan.work.workstreams.iter().find(|w| w.id == id))
            .map(|w| workstream_name(lang, w))
            .unwrap_or_else(|| "—".into()),
    }
}

const ROWS: [Key; 10] = [
    Key::TeamSize,
    Key::PlanHorizon,
    Key::CmpInhouseCost,
    Key::MdLeadOption,
    Key::ColTotalCost,
    Key::ColSavings,
    Key::ColBreakEven,
    Key::ColFit,
    Key::ChosenModel,
    Key::PilotHeading,
];

#[component]
fn Compare() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let scenarios = doc.scenarios;
    let left = RwSignal::new(None::<u32>);
    let right = RwSignal::new(None::<u32>);
    let choices = move || {
        scenarios.with(|s| {
            std::iter::once((s.active_id, s.active_name.clone()))
                .chain(s.saved.iter().map(|x| (x.id, x.name.clone())))
                .collect::<Vec<_>>()
        })
    };
    let picker = move |id: &'static str, label: Key, which: RwSignal<Option<u32>>| {
        view! {
            <div class="field">
                <label for=id>{move || shell.t(label)}</label>
                <select id=id on:change=move |ev| which.set(event_target_value(&ev).parse().ok())>
                    <option value="">{shell.msg(Key::ChooseScenario)}</option>
                    {move || choices().into_iter().map(|(id, name)| {
                        let shown = scenario_name(shell.lang.get(), &name);
                        view! { <option value=id.to_string() selected=move || which.get() == Some(id)>{shown}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let table = move || {
        let (l, r) = (left.get()?, right.get()?);
        let lang = shell.lang.get();
        plan.with(|active| {
            scenarios.with(|s| {
                let (pl, pr) = (s.plan(l, active)?, s.plan(r, active)?);
                let (kl, kr) = (key_figures(pl), key_figures(pr));
                let (nl, nr) = (scenario_name(lang, s.name(l)?), scenario_name(lang, s.name(r)?));
                let rows = ROWS
                    .iter()
                    .enumerate()
                    .map(|(i, k)| {
                        view! {
                            <tr>
                                <th scope="row">{t(lang, *k)}</th>
                                <td data-label=nl.clone()>{cell(lang, pl.business.currency.code(), &kl, pl, i)}</td>
                                <td data-label=nr.clone()>{cell(lang, pr.business.currency.code(), &kr, pr, i)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                Some(view! {
                    <table class="figures compare" id="compare-table">
                        <caption>{t(lang, Key::CompareCaption)}</caption>
                        <thead>
                            <tr><td></td><th scope="col">{nl}</th><th scope="col">{nr}</th></tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                })
            })
        })
    };
    // One scenario has nothing to be compared with: say how to get a second.
    let alone = move || scenarios.with(|s| s.saved.is_empty());
    view! {
        <h3>{shell.msg(Key::CompareHeading)}</h3>
        <Show when=move || !alone() fallback=move || view! {
            <p class="hint" id="compare-alone">{shell.msg(Key::CompareNeedsTwo)}</p>
        }>
            <div class="fields">
                {picker("compare-left", Key::CompareLeft, left)}
                {picker("compare-right", Key::CompareRight, right)}
            </div>
            <TableWrap>{table}</TableWrap>
        </Show>
    }
}
