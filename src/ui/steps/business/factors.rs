//! The five-factor lens, collapsed with the weights it holds now (its body is
//! `factors_body.rs`, see `details.rs`).

use leptos::prelude::*;

use super::details::{CaseDetails, Part};
use crate::domain::cost::fit::Factor;
use crate::i18n::{factor_key, t, Key};
use crate::ui::context::{use_doc, use_shell};

#[component]
pub fn FactorsSection() -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let note = Signal::derive(move || {
        let lang = shell.lang.get();
        plan.with(|p| {
            Factor::ALL
                .iter()
                .map(|f| format!("{} {}", t(lang, factor_key(*f)), p.business.weights.get(*f)))
                .collect::<Vec<_>>()
                .join(" · ")
        })
    });
    view! {
        <section class="panel" aria-labelledby="factors-heading">
            <CaseDetails id="factors" summary=Key::FactorsHeading part=Part::Factors heading=2 note=note/>
        </section>
    }
}
