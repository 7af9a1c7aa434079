//! "How this is calculated": the reference model's formulas, then each option's own
//! numbers put into them. What it holds is a file of its own in the site's build
//! (`formulas_body.rs`, see `details.rs`), fetched the first time it opens.

use leptos::prelude::*;

use super::details::{CaseDetails, Part};
use super::state::FormulasState;
use crate::domain::cost::case::CaseFigures;
use crate::i18n::Key;

/// The disclosure.
#[component]
pub fn Formulas(figures: Memo<CaseFigures>) -> impl IntoView {
    let open = RwSignal::new(false);
    provide_context(FormulasState { figures, open });
    view! { <CaseDetails id="formulas" summary=Key::HowCalculated part=Part::Formulas heading=0 open=open/> }
}
