//! "Year by year": each option's cost, output and savings per plan or fiscal year, its
//! switching costs and the net present value, with a chart (the body is
//! `years_body.rs`, see `details.rs`); then "What flips the decision", which reads the
//! same state (its body is `sensitivity_body.rs`).

use leptos::prelude::*;

use super::details::{CaseDetails, Part};
use super::fmt::Labels;
use super::state::YearsState;
use crate::domain::cost::case::CaseFigures;
use crate::i18n::Key;

#[component]
pub fn YearsSection(figures: Memo<CaseFigures>, labels: Labels) -> impl IntoView {
    provide_context(YearsState { figures, labels });
    view! {
        <CaseDetails id="years" summary=Key::YearsHeading part=Part::Years heading=3/>
        <CaseDetails id="sensitivity" summary=Key::SensitivityHeading part=Part::Sensitivity heading=3/>
    }
}
