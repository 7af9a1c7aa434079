//! Short help for the terms a non-specialist may not know, on each step: a disclosure
//! under the heading with "term: definition" pairs from the catalogue.

use leptos::prelude::*;

use super::context::use_shell;
use crate::app::Step;
use crate::i18n::Key;

/// The terms each step uses.
pub fn terms(step: Step) -> &'static [Key] {
    use Key::*;
    match step {
        Step::Business => &[
            GlossFte,
            GlossLoaded,
            GlossAttrition,
            GlossMobilisation,
            GlossRework,
            GlossBreakEven,
            GlossPercentiles,
        ],
        Step::Work => &[
            GlossWorkstream,
            GlossAcceptance,
            GlossGovernability,
            GlossPilot,
        ],
        Step::Engagement => &[
            GlossDedicated,
            GlossProject,
            GlossOdc,
            GlossSpecialist,
            GlossTm,
            GlossFixed,
        ],
        Step::Location => &[
            GlossOffshore,
            GlossNearshore,
            GlossOverlap,
            GlossAsync,
            GlossDst,
        ],
        Step::Plan => &[
            GlossScorecard,
            GlossCycleTime,
            GlossDefectLeakage,
            GlossEscalation,
        ],
    }
}

#[component]
pub fn Glossary(step: Step) -> impl IntoView {
    let shell = use_shell();
    let items = terms(step)
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
