//! "Assumptions (advanced)": every assumption behind the figures, collapsed, with how
//! many differ from the defaults (its body is `assumptions_body.rs`, see `details.rs`).

use leptos::prelude::*;

use super::details::{CaseDetails, Part};
use crate::i18n::{t, tf, Key};
use crate::ui::context::{use_doc, use_shell};

#[component]
pub fn AssumptionsSection() -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let changed = Memo::new(move |_| plan.with(|p| p.business.changed_assumptions()));
    let note = Signal::derive(move || {
        let lang = shell.lang.get();
        match changed.get() {
            0 => t(lang, Key::AssumptionsAtDefaults).to_string(),
            1 => t(lang, Key::AssumptionsChangedOne).to_string(),
            n => tf(lang, Key::AssumptionsChanged, &[("n", &n.to_string())]),
        }
    });
    view! {
        <section class="panel" aria-labelledby="assumptions-heading">
            <CaseDetails id="assumptions" summary=Key::AssumptionsAdvanced part=Part::Assumptions heading=2 note=note/>
        </section>
    }
}
