//! "Why each option scores what it does": the five-factor fit cards and the weights
//! chart, collapsed under the cost table's fit column (the body is `fit_body.rs`, see
//! `details.rs`).

use leptos::prelude::*;

use super::details::{CaseDetails, Part};
use super::fmt::Labels;
use super::state::FitState;
use crate::domain::cost::fit::Fit;
use crate::i18n::Key;

#[component]
pub fn FitSection(fits: Memo<Vec<Fit>>, labels: Labels) -> impl IntoView {
    provide_context(FitState { fits, labels });
    view! { <CaseDetails id="fit-details" summary=Key::FitHeading part=Part::Fit heading=3/> }
}
