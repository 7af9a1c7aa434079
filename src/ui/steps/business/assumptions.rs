//! "Assumptions (advanced)": every assumption behind the figures, collapsed (its body is
//! `assumptions_body.rs`, see `details.rs`).

use leptos::prelude::*;

use super::details::{CaseDetails, Part};
use crate::i18n::Key;

#[component]
pub fn AssumptionsSection() -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="assumptions-heading">
            <CaseDetails id="assumptions" summary=Key::AssumptionsAdvanced part=Part::Assumptions heading=2/>
        </section>
    }
}
