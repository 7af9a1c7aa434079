//! "Why each option scores what it does": the five-factor fit cards and the weights
//! chart, collapsed under the cost table's fit column. What it holds is a file of its
//! own in the site's build, fetched the first time it opens.

use leptos::prelude::*;

use super::fit_body::FitBody;
use super::fmt::Labels;
use crate::domain::cost::fit::Fit;
use crate::i18n::Key;
use crate::ui::context::use_shell;
use crate::ui::split::{shown_when, split_view};

/// What the body reads from the results.
#[derive(Clone, Copy)]
pub struct FitState {
    pub fits: Memo<Vec<Fit>>,
    pub labels: Labels,
}

#[component]
pub fn FitSection(fits: Memo<Vec<Fit>>, labels: Labels) -> impl IntoView {
    let shell = use_shell();
    let details = NodeRef::<leptos::html::Details>::new();
    let opened = RwSignal::new(false);
    provide_context(FitState { fits, labels });
    let toggle = move |_| {
        let now = details.get().is_some_and(|d| d.open());
        opened.update(|o| *o |= now);
    };
    view! {
        <details class="fit-details" id="fit-details" node_ref=details on:toggle=toggle>
            <summary><h3>{shell.msg(Key::FitHeading)}</h3></summary>
            {shown_when(move || opened.get(), fit_body)}
        </details>
    }
}

split_view!(fit_body, preload_fit_body, planner_fit, body());

/// The body, with the later messages it names made available first.
fn body() -> impl IntoView {
    crate::i18n::use_later_english();
    view! { <FitBody/> }
}
