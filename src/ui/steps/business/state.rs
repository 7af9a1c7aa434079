//! What the business step's disclosure bodies read from its results, provided by each
//! disclosure to its body.

use leptos::prelude::*;

use super::fmt::Labels;
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::fit::Fit;

/// What the body reads from the results.
#[derive(Clone, Copy)]
pub struct FitState {
    pub fits: Memo<Vec<Fit>>,
    pub labels: Labels,
}

/// What the body needs from the results: their figures, and whether the section is open.
#[derive(Clone, Copy)]
pub struct FormulasState {
    pub figures: Memo<CaseFigures>,
    pub open: RwSignal<bool>,
}

/// What the body reads from the results.
#[derive(Clone, Copy)]
pub struct YearsState {
    pub figures: Memo<CaseFigures>,
    pub labels: Labels,
}

/// What the results section's body reads.
#[derive(Clone, Copy)]
pub struct ResultsState {
    pub figures: Memo<CaseFigures>,
    pub fits: Memo<Vec<Fit>>,
    pub run: RwSignal<Option<crate::domain::cost::uncertainty::RunResult>>,
    pub labels: Labels,
}
