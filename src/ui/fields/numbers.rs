//! Decimal fields: one value, or a low / likely / high estimate, with a reset to the
//! default and the default's source beside it.

use leptos::prelude::*;

use super::CheckedInput;
use crate::domain::cost::inputs::{Part, Range};
use crate::domain::validate::Bounds;
use crate::i18n::{number_in, separators, Key, Lang};
use crate::ui::context::use_shell;

/// How a stored value is shown: shares as percents (scale 100), the rest as they are.
fn shown(lang: Lang, v: f64, scale: f64) -> String {
    number_in(lang, v * scale)
}

/// One decimal value. `scale` 100 shows a stored share as a percent.
#[component]
pub fn DecimalField(
    id: String,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    bounds: Bounds,
    #[prop(default = 1.0)] scale: f64,
    #[prop(into)] value: Signal<f64>,
    set: Callback<f64>,
    /// When given, a "Reset to default" button sits under the field.
    #[prop(optional)]
    default: Option<f64>,
) -> impl IntoView {
    let shell = use_shell();
    // A memo stops a change elsewhere in the plan from reaching this field's attributes.
    let value = Memo::new(move |_| value.get());
    let reset = default.map(|d| {
        view! {
            <button
                type="button"
                class="btn btn-quiet btn-small field-reset"
                disabled=move || value.get() == d
                on:click=move |_| set.run(d)
            >
                {shell.msg(Key::ResetDefault)}
                <span class="visually-hidden">": " {move || shell.t(label)}</span>
            </button>
        }
    });
    let shown_bounds = bounds.scaled(scale);
    let apply = Callback::new(move |text: String| {
        let (decimal, group) = separators(shell.lang.get_untracked());
        let v = shown_bounds.parse_with(&text, decimal, group)?;
        set.run(v / scale);
        Ok(())
    });
    let current = Signal::derive(move || shown(shell.lang.get(), value.get(), scale));
    let input = match hint {
        Some(h) => view! {
            <CheckedInput id=id label=label hint=h current=current apply=apply inputmode="decimal"/>
        }
        .into_any(),
        None => view! {
            <CheckedInput id=id label=label current=current apply=apply inputmode="decimal"/>
        }
        .into_any(),
    };
    match reset {
        Some(r) => view! { <div class="field-with-reset">{input}{r}</div> }.into_any(),
        None => input,
    }
}

fn part_key(part: Part) -> (Key, &'static str) {
    match part {
        Part::Low => (Key::Low, "low"),
        Part::Likely => (Key::Likely, "likely"),
        Part::High => (Key::High, "high"),
    }
}

/// A low / likely / high estimate in one row, with its source and a reset.
#[component]
pub fn RangeField(
    id: String,
    label: Key,
    source: Key,
    bounds: Bounds,
    #[prop(default = 1.0)] scale: f64,
    #[prop(into)] value: Signal<Range>,
    set: Callback<Range>,
    default: Signal<Range>,
) -> impl IntoView {
    let shell = use_shell();
    let value = Memo::new(move |_| value.get());
    let default = Memo::new(move |_| default.get());
    let label_id = format!("{id}-label");
    let group_label = label_id.clone();
    let parts = Part::ALL
        .into_iter()
        .map(|part| {
            view! {
                <DecimalField
                    id=format!("{id}-{}", part_key(part).1)
                    label=part_key(part).0
                    bounds=bounds
                    scale=scale
                    value=Signal::derive(move || value.get().get(part))
                    set=Callback::new(move |v| set.run(value.get_untracked().with(part, v)))
                />
            }
        })
        .collect_view();
    let is_default = move || value.get() == default.get();
    view! {
        <div class="range-row" role="group" aria-labelledby=group_label>
            <div class="range-head">
                <span class="range-label" id=label_id>{move || shell.t(label)}</span>
                <button
                    type="button"
                    class="btn btn-quiet btn-small"
                    disabled=is_default
                    on:click=move |_| set.run(default.get_untracked())
                >
                    {shell.msg(Key::ResetDefault)}
                    <span class="visually-hidden">": " {move || shell.t(label)}</span>
                </button>
            </div>
            <div class="range-parts">{parts}</div>
            <p class="source">{move || shell.t(source)}</p>
        </div>
    }
}
