//! Form fields that validate as the user types: a refused value shows a message linked
//! to the field, and the plan keeps its last valid value meanwhile.

use leptos::prelude::*;

use super::state::use_app;
use crate::domain::validate::{format_time, parse_time, working_window, FieldError, WholeRange};
use crate::domain::Plan;
use crate::i18n::{field_error, tf, Key};

/// A text input checked on every keystroke. `apply` validates the text and, when valid,
/// writes it into the plan. `current` is the plan's value as text (shown after an error).
#[component]
pub fn CheckedInput(
    id: &'static str,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    #[prop(into)] current: Signal<String>,
    apply: Callback<String, Result<(), FieldError>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] wide: bool,
) -> impl IntoView {
    let state = use_app();
    let text = RwSignal::new(current.get_untracked());
    let error = RwSignal::new(None::<FieldError>);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(h.clone());
            }
            if error.get().is_some() {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        error.set(apply.run(value.clone()).err());
        text.set(value);
    };
    let message = move || {
        error.get().map(|e| {
            let lang = state.lang.get();
            let kept = tf(lang, Key::KeptLast, &[("value", &current.get())]);
            format!("{} {}", field_error(lang, e), kept)
        })
    };
    view! {
        <div class="field" class:field-wide=wide class:field-invalid=move || error.get().is_some()>
            <label for=id>{move || state.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || state.t(h)}</p> })}
            <input
                id=id
                name=id
                type=input_type
                inputmode=inputmode
                list=list
                autocomplete="off"
                prop:value=move || text.get()
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described
                on:input=on_input
            />
            <p class="field-error" id=error_id role="alert">{message}</p>
        </div>
    }
}

/// A choice among the values of a domain enum, with an empty "choose" option first.
#[component]
pub fn ChoiceSelect<T>(
    id: &'static str,
    label: Key,
    placeholder: Key,
    options: Vec<T>,
    slug: fn(T) -> &'static str,
    from_slug: fn(&str) -> Option<T>,
    label_of: fn(T) -> Key,
    #[prop(into)] current: Signal<Option<T>>,
    set: Callback<Option<T>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let state = use_app();
    let options = options
        .into_iter()
        .map(|o| {
            view! {
                <option value=slug(o) selected=move || current.get() == Some(o)>
                    {move || state.t(label_of(o))}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{move || state.t(label)}</label>
            <select
                id=id
                name=id
                on:change=move |ev| set.run(from_slug(&event_target_value(&ev)))
            >
                <option value="" selected=move || current.get().is_none()>
                    {move || state.t(placeholder)}
                </option>
                {options}
            </select>
        </div>
    }
}

/// A whole-number field bound to one plan value, checked against its range.
#[component]
pub fn WholeField(
    id: &'static str,
    label: Key,
    hint: Key,
    range: WholeRange,
    get: fn(&Plan) -> u32,
    set: fn(&mut Plan, u32),
) -> impl IntoView {
    let plan = use_app().plan;
    view! {
        <CheckedInput
            id=id
            label=label
            hint=hint
            inputmode="numeric"
            current=Signal::derive(move || plan.with(|p| get(p).to_string()))
            apply=Callback::new(move |text: String| {
                let v = range.parse(&text)?;
                plan.update(|p| set(p, v));
                Ok(())
            })
        />
    }
}

/// A time-of-day field (`HH:MM`) bound to one end of the headquarters working day; the
/// day must still end after it starts.
#[component]
pub fn TimeField(id: &'static str, label: Key, hint: Key, end: bool) -> impl IntoView {
    let plan = use_app().plan;
    let get = move |p: &Plan| {
        if end {
            p.location.hq_end_min
        } else {
            p.location.hq_start_min
        }
    };
    view! {
        <CheckedInput
            id=id
            label=label
            hint=hint
            input_type="time"
            current=Signal::derive(move || plan.with(|p| format_time(get(p))))
            apply=Callback::new(move |text: String| {
                let t = parse_time(&text)?;
                let (start, stop) = plan.with_untracked(|p| {
                    let l = &p.location;
                    if end { (l.hq_start_min, t) } else { (t, l.hq_end_min) }
                });
                working_window(start, stop)?;
                plan.update(|p| {
                    p.location.hq_start_min = start;
                    p.location.hq_end_min = stop;
                });
                Ok(())
            })
        />
    }
}
