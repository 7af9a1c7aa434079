//! Fields bound to fixed places in the plan.

use leptos::prelude::*;

use super::CheckedInput;
use crate::domain::validate::{format_time, parse_time, working_window, WholeRange};
use crate::domain::Plan;
use crate::i18n::Key;
use crate::ui::context::use_doc;

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
    let plan = use_doc().plan;
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
    let plan = use_doc().plan;
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
