//! Short help for the terms a non-specialist may not know, on each step: a disclosure
//! under the heading with "term: definition" pairs from the catalogue.

use leptos::prelude::*;

use super::context::use_shell;
use crate::i18n::Key;

/// A step's glossary: the disclosure and its terms.
#[component]
pub fn Glossary(terms: &'static [Key]) -> impl IntoView {
    let shell = use_shell();
    view! {
        <details class="glossary">
            <summary>{shell.msg(Key::GlossaryTitle)}</summary>
            <GlossaryList terms=terms/>
        </details>
    }
}

/// The terms, each with its definition.
#[component]
pub fn GlossaryList(terms: &'static [Key]) -> impl IntoView {
    let shell = use_shell();
    let items = terms
        .iter()
        .map(|k| {
            let k = *k;
            let parts = move || {
                let text = shell.t(k);
                let (term, def) = text.split_once(": ").unwrap_or((text, ""));
                (term, def)
            };
            view! {
                <div class="glossary-item">
                    <dt>{move || parts().0}</dt>
                    <dd>{move || parts().1}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl>{items}</dl> }
}
