//! "How this is calculated": the reference model's formulas, then each option's own
//! numbers put into them. What it holds is a file of its own in the site's build
//! (`formulas_body.rs`), fetched the first time it opens: most people never do.

use leptos::prelude::*;

use super::formulas_body::FormulasBody;
use crate::domain::cost::case::CaseFigures;
use crate::i18n::Key;
use crate::ui::context::use_shell;
use crate::ui::split::{shown_when, split_view};

/// What the body needs from the results: their figures, and whether the section is open.
#[derive(Clone, Copy)]
pub struct FormulasState {
    pub figures: Memo<CaseFigures>,
    pub open: RwSignal<bool>,
}

/// The disclosure. What it holds is a file of its own in the site's build, fetched the
/// first time it opens: most people never do.
#[component]
pub fn Formulas(figures: Memo<CaseFigures>) -> impl IntoView {
    let shell = use_shell();
    let details = NodeRef::<leptos::html::Details>::new();
    let open = RwSignal::new(false);
    let opened = RwSignal::new(false);
    provide_context(FormulasState { figures, open });
    let toggle = move |_| {
        let now = details.get().is_some_and(|d| d.open());
        open.set(now);
        opened.update(|o| *o |= now);
    };
    view! {
        <details class="formulas" id="formulas" node_ref=details on:toggle=toggle>
            <summary>{shell.msg(Key::HowCalculated)}</summary>
            {shown_when(move || opened.get(), formulas_body)}
        </details>
    }
}

split_view!(
    formulas_body,
    preload_formulas_body,
    planner_formulas,
    body()
);

/// The body, with the later messages it names made available first.
fn body() -> impl IntoView {
    crate::i18n::use_later_english();
    view! { <FormulasBody/> }
}
