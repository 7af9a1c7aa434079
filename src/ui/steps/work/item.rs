//! One workstream: ticked or not, its name, value, questions and verdict.

use leptos::prelude::*;

use crate::domain::work::{judge, Answer, Answers, Condition, Verdict, Workstream, NAME_MAX_CHARS};
use crate::domain::{validate, Plan};
use crate::i18n::{
    answer_key, condition_question, condition_todo, keep_reason, t, verdict_key, workstream_name,
    Key,
};
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::CheckedInput;

fn with_ws<T>(plan: RwSignal<Plan>, id: u32, f: impl FnOnce(&Workstream) -> T) -> Option<T> {
    plan.with(|p| p.work.workstreams.iter().find(|w| w.id == id).map(f))
}

fn edit(plan: RwSignal<Plan>, id: u32, f: impl FnOnce(&mut Workstream)) {
    plan.update(|p| {
        if let Some(w) = p.work.get_mut(id) {
            f(w);
        }
    });
}

fn answer_slot(a: &mut Answers, c: Option<Condition>) -> &mut Answer {
    match c {
        None => &mut a.strategic_judgement,
        Some(Condition::AcceptanceCriteria) => &mut a.acceptance_criteria,
        Some(Condition::Documented) => &mut a.documented,
        Some(Condition::OwnerReachable) => &mut a.owner_reachable,
        Some(Condition::ScopeDefined) => &mut a.scope_defined,
        Some(_) => &mut a.kind_condition,
    }
}

#[component]
pub fn WorkstreamItem(id: u32) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let selected = Memo::new(move |_| with_ws(plan, id, |w| w.selected).unwrap_or(false));
    let name =
        move || with_ws(plan, id, |w| workstream_name(shell.lang.get(), w)).unwrap_or_default();
    let check_id = format!("ws-{id}");
    view! {
        <li class="workstream" class:workstream-on=move || selected.get()>
            <div class="check">
                <input
                    type="checkbox"
                    id=check_id.clone()
                    prop:checked=move || selected.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(plan, id, |w| w.selected = on);
                    }
                />
                <label for=check_id class="workstream-name">{name}</label>
            </div>
            <Show when=move || selected.get()>
                <Details id=id/>
            </Show>
        </li>
    }
}

#[component]
fn Details(id: u32) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let custom = with_ws(plan, id, |w| w.kind.is_none()).unwrap_or(false);
    let value_now = Memo::new(move |_| with_ws(plan, id, |w| w.value));
    let questions = with_ws(plan, id, |w| w.conditions()).unwrap_or_default();
    let question_views = questions
        .into_iter()
        .map(Some)
        .chain(std::iter::once(None))
        .map(|c| view! { <Question id=id condition=c/> })
        .collect_view();
    let value_id = format!("ws-{id}-value");
    view! {
        <div class="workstream-details">
            <div class="fields">
                <CheckedInput
                    id=format!("ws-{id}-name")
                    label=Key::WorkstreamName
                    hint=Key::WorkstreamNameHint
                    current=Signal::derive(move || with_ws(plan, id, |w| w.name.clone()).unwrap_or_default())
                    apply=Callback::new(move |text: String| {
                        validate::text(&text, NAME_MAX_CHARS)?;
                        edit(plan, id, |w| w.name = text);
                        Ok(())
                    })
                />
                <div class="field">
                    <label for=value_id.clone()>{shell.msg(Key::BusinessValue)}</label>
                    <select
                        id=value_id
                        on:change=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                                if (1..=5).contains(&v) {
                                    edit(plan, id, |w| w.value = v);
                                }
                            }
                        }
                    >
                        {(1u8..=5)
                            .map(|v| view! {
                                <option value=v.to_string() selected=move || value_now.get() == Some(v)>
                                    {v.to_string()}
                                </option>
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <div class="questions">{question_views}</div>
            <VerdictView id=id/>
            {custom.then(|| view! {
                <button type="button" class="btn btn-quiet btn-small" on:click=move |_| plan.update(|p| p.work.remove_custom(id))>
                    {shell.msg(Key::RemoveWorkstream)}
                </button>
            })}
        </div>
    }
}

/// One governability question; `None` is the strategic-judgement question.
#[component]
fn Question(id: u32, condition: Option<Condition>) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let key = condition.map(condition_question).unwrap_or(Key::QStrategic);
    let select_id = format!(
        "ws-{id}-q-{}",
        condition
            .map(|c| format!("{c:?}"))
            .unwrap_or("strategic".into())
            .to_ascii_lowercase()
    );
    let current = Memo::new(move |_| {
        with_ws(plan, id, |w| {
            let mut a = w.answers;
            *answer_slot(&mut a, condition)
        })
        .unwrap_or_default()
    });
    let options = [Answer::Unsure, Answer::Yes, Answer::No]
        .into_iter()
        .map(|a| {
            view! {
                <option value=format!("{a:?}") selected=move || current.get() == a>{move || shell.t(answer_key(a))}</option>
            }
        })
        .collect_view();
    view! {
        <div class="question">
            <label for=select_id.clone()>{move || shell.t(key)}</label>
            <select
                id=select_id
                on:change=move |ev| {
                    let chosen = match event_target_value(&ev).as_str() {
                        "Yes" => Answer::Yes,
                        "No" => Answer::No,
                        _ => Answer::Unsure,
                    };
                    edit(plan, id, |w| *answer_slot(&mut w.answers, condition) = chosen);
                }
            >
                {options}
            </select>
        </div>
    }
}

#[component]
fn VerdictView(id: u32) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let judgement = Memo::new(move |_| with_ws(plan, id, judge));
    let body = move || {
        let lang = shell.lang.get();
        let j = judgement.get()?;
        let class = match j.verdict {
            Verdict::Ready | Verdict::ReadyAsSpecialist => "verdict verdict-ready",
            Verdict::ReadyAfter(_) => "verdict verdict-after",
            Verdict::KeepInHouse(_) => "verdict verdict-keep",
            Verdict::NotYet(_) => "verdict verdict-notyet",
        };
        let list = |items: Vec<String>| {
            items
                .into_iter()
                .map(|i| view! { <li>{i}</li> })
                .collect_view()
        };
        let todos: Vec<String> = match &j.verdict {
            Verdict::ReadyAfter(c) | Verdict::NotYet(c) => c
                .iter()
                .map(|c| t(lang, condition_todo(*c)).to_string())
                .collect(),
            _ => Vec::new(),
        };
        let keeps: Vec<String> = match &j.verdict {
            Verdict::KeepInHouse(r) => r
                .iter()
                .map(|r| keep_reason(lang, *r).to_string())
                .collect(),
            _ => Vec::new(),
        };
        let held: Vec<String> = j
            .met
            .iter()
            .map(|c| t(lang, condition_todo(*c)).to_string())
            .collect();
        let can_accept = !keeps.is_empty() || j.accepted_risk;
        Some(view! {
            <div class=class id=format!("ws-{id}-verdict")>
                <p class="verdict-title">{t(lang, verdict_key(&j.verdict))}</p>
                {(!keeps.is_empty()).then(|| view! { <ul class="reasons">{list(keeps)}</ul> })}
                {(!todos.is_empty()).then(|| view! {
                    <p class="verdict-sub">{t(lang, Key::ToDoFirst)}</p>
                    <ul class="todos">{list(todos)}</ul>
                })}
                {(!held.is_empty()).then(|| view! {
                    <p class="verdict-sub">{t(lang, Key::AlreadyHolds)}</p>
                    <ul class="held">{list(held)}</ul>
                })}
                {j.accepted_risk.then(|| view! { <p class="accepted-risk">{t(lang, Key::AcceptedRiskNote)}</p> })}
                {can_accept.then(|| view! { <AcceptRisk id=id/> })}
            </div>
        })
    };
    view! { <div aria-live="polite">{body}</div> }
}

#[component]
fn AcceptRisk(id: u32) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let box_id = format!("ws-{id}-accept");
    view! {
        <div class="check">
            <input
                type="checkbox"
                id=box_id.clone()
                prop:checked=move || with_ws(plan, id, |w| w.risk_accepted).unwrap_or(false)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    edit(plan, id, |w| w.risk_accepted = on);
                }
            />
            <label for=box_id>{shell.msg(Key::AcceptRisk)}</label>
        </div>
    }
}
