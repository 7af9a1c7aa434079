//! "Assumptions (advanced)": every assumption behind the figures, collapsed. What it
//! holds is a file of its own in the site's build, fetched the first time it opens.

use leptos::prelude::*;

use super::assumptions_body::AssumptionsBody;
use crate::i18n::Key;
use crate::ui::context::use_shell;
use crate::ui::split::{shown_when, split_view};

#[component]
pub fn AssumptionsSection() -> impl IntoView {
    let shell = use_shell();
    let details = NodeRef::<leptos::html::Details>::new();
    let opened = RwSignal::new(false);
    let toggle = move |_| {
        let now = details.get().is_some_and(|d| d.open());
        opened.update(|o| *o |= now);
    };
    view! {
        <section class="panel" aria-labelledby="assumptions-heading">
            <details class="assumptions" id="assumptions" node_ref=details on:toggle=toggle>
                <summary><h2 id="assumptions-heading">{shell.msg(Key::AssumptionsAdvanced)}</h2></summary>
                {shown_when(move || opened.get(), assumptions_body)}
            </details>
        </section>
    }
}

split_view!(
    assumptions_body,
    preload_assumptions_body,
    planner_assumptions,
    body()
);

/// The body, with the later messages it names made available first.
fn body() -> impl IntoView {
    crate::i18n::use_later_english();
    view! { <AssumptionsBody/> }
}
