//! The business step's disclosures: "Assumptions (advanced)", "Why each option scores
//! what it does", "Year by year", "What flips the decision" and "How this is
//! calculated". Their bodies share one file in the site's build, fetched the first time
//! any of them opens (most visits open none); one loader for all keeps the main file
//! small.

use leptos::prelude::*;

use super::assumptions_body::AssumptionsBody;
use super::factors_body::FactorsBody;
use super::fit_body::FitBody;
use super::formulas_body::FormulasBody;
use super::glossary_body::GlossaryBody;
use super::sensitivity_body::SensitivityBody;
use super::years_body::YearsBody;
use crate::i18n::Key;
use crate::ui::context::use_shell;
use crate::ui::split::shown_when;

/// Which disclosure's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Assumptions,
    Factors,
    Fit,
    Years,
    Sensitivity,
    Formulas,
    Glossary,
}

/// Builds a part's body.
type Build = fn(Part) -> AnyView;

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(
    planner_case_details,
    wasm_split_path = ::leptos::wasm_split,
    fallible
)]
fn builder() -> Result<Build, leptos::wasm_split::SplitLoaderError> {
    Ok(build)
}

#[cfg(not(feature = "split"))]
async fn builder() -> Result<Build, std::convert::Infallible> {
    Ok(build)
}

/// The bodies name later messages: made available first.
fn build(part: Part) -> AnyView {
    crate::i18n::use_later_english();
    match part {
        Part::Assumptions => view! { <AssumptionsBody/> }.into_any(),
        Part::Factors => view! { <FactorsBody/> }.into_any(),
        Part::Fit => view! { <FitBody/> }.into_any(),
        Part::Years => view! { <YearsBody/> }.into_any(),
        Part::Sensitivity => view! { <SensitivityBody/> }.into_any(),
        Part::Formulas => view! { <FormulasBody/> }.into_any(),
        Part::Glossary => view! { <GlossaryBody/> }.into_any(),
    }
}

/// A part's body, once the file is in.
async fn part(p: Part) -> Result<AnyView, ()> {
    builder().await.map(|b| b(p)).map_err(|_| ())
}

/// A disclosure whose body is `part`, fetched the first time it opens. `open` follows
/// whether it is open now; `heading` is the summary's heading level (0 for plain text).
#[component]
pub fn CaseDetails(
    id: &'static str,
    summary: Key,
    part: Part,
    heading: u8,
    #[prop(optional)] open: Option<RwSignal<bool>>,
    /// Said after the summary's text ("3 differ from the defaults").
    #[prop(optional)]
    note: Option<Signal<String>>,
) -> impl IntoView {
    let shell = use_shell();
    let details = NodeRef::<leptos::html::Details>::new();
    let opened = RwSignal::new(false);
    let toggle = move |_| {
        let now = details.get().is_some_and(|d| d.open());
        if let Some(o) = open {
            o.set(now);
        }
        opened.update(|o| *o |= now);
    };
    let text = shell.msg(summary);
    let label = match heading {
        2 => view! { <h2 id=format!("{id}-heading")>{text}</h2> }.into_any(),
        3 => view! { <h3 id=format!("{id}-heading")>{text}</h3> }.into_any(),
        _ => text.into_any(),
    };
    view! {
        <details class=id id=id node_ref=details on:toggle=toggle>
            <summary>{label}{note.map(|n| view! { <span class="summary-note" id=format!("{id}-note")>{n}</span> })}</summary>
            {shown_when(move || opened.get(), move || self::part(part))}
        </details>
    }
}
