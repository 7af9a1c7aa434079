//! Form fields that validate as the user types: a refused value shows a message linked
//! to the field, and the plan keeps its last valid value meanwhile.

use leptos::prelude::*;

use super::context::use_shell;
use crate::domain::validate::FieldError;
use crate::platform::browser::is_focused;

mod choice;
mod numbers;
mod plan_fields;

use crate::i18n::{field_error, tf, Key, Lang};
pub(crate) use choice::choice;
pub use choice::Choice;
pub use numbers::{DecimalField, RangeField};
pub use plan_fields::{TimeField, WholeField};

/// A text input checked on every keystroke. `apply` validates the text and, when valid,
/// writes it into the plan. `current` is the plan's value as text (shown after an error).
#[component]
pub fn CheckedInput(
    #[prop(into)] id: String,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    #[prop(into)] current: Signal<String>,
    apply: Callback<String, Result<(), FieldError>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] wide: bool,
) -> impl IntoView {
    let shell = use_shell();
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
    let focus_id = id.clone();
    // When this value changes from elsewhere (a reset, a linked field), show it, unless
    // the user is typing here. Other changes to the plan leave a refused entry and its
    // message in place, so nothing the user typed disappears unexplained; so does a
    // change of language, which only rewrites the value (its message follows the language).
    let value_memo = Memo::new(move |_| current.get());
    Effect::new(move |previous: Option<Lang>| {
        let value = value_memo.get();
        let lang = shell.lang.get_untracked();
        if let Some(before) = previous {
            let relabelled = before != lang && error.get_untracked().is_some();
            if !relabelled && !is_focused(&focus_id) {
                error.set(None);
                text.set(value);
            }
        }
        lang
    });
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        let refused = apply.run(value.clone()).err();
        // Most keystrokes leave the field valid: then its message and state stay as they are.
        if error.get_untracked() != refused {
            error.set(refused);
        }
        text.set(value);
    };
    let message = move || {
        error.get().map(|e| {
            let lang = shell.lang.get();
            let kept = tf(lang, Key::KeptLast, &[("value", &current.get())]);
            format!("{} {}", field_error(lang, e), kept)
        })
    };
    view! {
        <div class="field" class:field-wide=wide class:field-invalid=move || error.get().is_some()>
            <label for=id.clone()>{move || shell.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || shell.t(h)}</p> })}
            <input
                id=id.clone()
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

/// A choice among the values of a domain enum (see [`Choice`]); with a placeholder, an
/// empty "choose" option comes first and choosing it sets `None`.
#[component]
pub fn ChoiceSelect<T: Choice>(
    #[prop(into)] id: String,
    label: Key,
    #[prop(optional)] placeholder: Option<Key>,
    #[prop(into)] current: Signal<Option<T>>,
    set: Callback<Option<T>>,
) -> impl IntoView {
    let shell = use_shell();
    // A memo, so a change elsewhere in the plan does not touch every option.
    let current = Memo::new(move |_| current.get());
    let options = T::all()
        .into_iter()
        .map(|o| {
            view! {
                <option value=o.slug() selected=move || current.get() == Some(o)>
                    {move || shell.t(o.label())}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{move || shell.t(label)}</label>
            <select
                id=id.clone()
                name=id
                on:change=move |ev| {
                    let v = T::from_slug(&event_target_value(&ev));
                    if v.is_some() || placeholder.is_some() {
                        set.run(v);
                    }
                }
            >
                {placeholder.map(|p| view! {
                    <option value="" selected=move || current.get().is_none()>
                        {move || shell.t(p)}
                    </option>
                })}
                {options}
            </select>
        </div>
    }
}
