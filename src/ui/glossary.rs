//! Short help for the terms a non-specialist may not know, on each step: a disclosure
//! under the heading with "term: definition" pairs from the catalogue.

use leptos::prelude::*;

use super::context::use_shell;
use crate::i18n::Key;

/// The first step's terms; each later step lists its own (their definitions travel with
/// that step's file).
pub const BUSINESS_TERMS: &[Key] = &[
    Key::GlossFte,
    Key::GlossLoaded,
    Key::GlossAttrition,
    Key::GlossMobilisation,
    Key::GlossRework,
    Key::GlossBreakEven,
    Key::GlossPercentiles,
];

#[component]
pub fn Glossary(terms: &'static [Key]) -> impl IntoView {
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
    view! {
        <details class="glossary">
            <summary>{shell.msg(Key::GlossaryTitle)}</summary>
            <dl>{items}</dl>
        </details>
    }
}
