//! The cost case's results: the figures per option, the uncertainty run, the charts,
//! the five-factor fit and the formulas. In a file of its own in the site's build,
//! fetched once the user does anything on the page (see `results.rs`).

use leptos::prelude::*;

use crate::ui::steps::{header_row, TableWrap};

use super::charts::{CumulativeCostChart, SavingsRangeChart};
use super::fit::FitSection;
use super::fmt::Labels;
use super::formulas::Formulas;
use super::state::ResultsState;
use super::years::YearsSection;
use crate::domain::cost::uncertainty::RunResult;
use crate::html::results::{
    cost_rows, uncertainty_rows, uncertainty_sentences, UNCERTAINTY_COLUMNS,
};
use crate::html::Numbers;
use crate::i18n::{tf, Key};
use crate::ui::context::{use_doc, use_shell};
use crate::ui::html_view::patched;

const COST_COLUMNS: [Key; 10] = [
    Key::ColOption,
    Key::ColTotalCost,
    Key::ColCapacity,
    Key::ColUnitCost,
    Key::ColSavings,
    Key::ColSpendDifference,
    Key::ColSwitching,
    Key::ColBreakEven,
    Key::ColFirstDelivery,
    Key::ColFit,
];

#[component]
pub fn ResultsBody() -> impl IntoView {
    let ResultsState {
        figures,
        fits,
        run,
        labels,
    } = expect_context();
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let rows = Memo::new(move |_| {
        let horizon = plan.with(|p| p.business.horizon_months);
        labels.with(|(fmt, names)| {
            figures
                .with(|figs| fits.with(|fits| cost_rows(figs, names, fits, horizon, fmt.lang, fmt)))
        })
    });
    view! {
            <p class="hint">{shell.msg(Key::ResultsHint)}</p>
            <TableWrap>
                <table class="figures" id="cost-table">
                    <caption>{shell.msg(Key::CostTableCaption)}</caption>
                    <thead>{header_row(&COST_COLUMNS)}</thead>
                    <tbody use:patched=Signal::from(rows)></tbody>
                </table>
            </TableWrap>
            <p class="hint" id="two-savings">{shell.msg(Key::SavingsTwoWays)}</p>
            <YearsSection figures=figures labels=labels/>
            <CumulativeCostChart figures=figures labels=labels/>
            <Uncertainty run=run labels=labels/>
            <SavingsRangeChart run=run labels=labels/>
            <FitSection fits=fits labels=labels/>
            <Formulas figures=figures/>
    }
}

#[component]
fn Uncertainty(run: RwSignal<Option<RunResult>>, labels: Labels) -> impl IntoView {
    let shell = use_shell();
    // Follows the run and the labels only: a keystroke leaves it alone until the run
    // (which waits for typing to pause) has new figures.
    let html = Memo::new(move |_| {
        labels.with(|(fmt, names)| {
            run.with(|r| {
                r.as_ref().map(|r| {
                    let note = tf(
                        fmt.lang,
                        Key::UncertaintyNote,
                        &[
                            ("trials", &fmt.num(r.trials as f64, 0)),
                            ("seed", &format!("{:016x}", r.seed)),
                        ],
                    );
                    let sentences = uncertainty_sentences(r, names, fmt.lang, fmt);
                    (sentences, uncertainty_rows(r, names, fmt.lang, fmt), note)
                })
            })
        })
    });
    let part = move |i: usize| {
        move || {
            html.with(|h| {
                h.as_ref()
                    .map(|(a, b, c)| [a, b, c][i].clone())
                    .unwrap_or_default()
            })
        }
    };
    let ready = Memo::new(move |_| run.with(|r| r.is_some()));
    view! {
        <h3>{shell.msg(Key::UncertaintyHeading)}</h3>
        <div hidden=move || !ready.get()>
            <ul class="plain-sentences" id="uncertainty-sentences" use:patched=Signal::derive(part(0))></ul>
            <TableWrap>
                <table class="figures" id="uncertainty-table">
                    <caption>{shell.msg(Key::UncertaintyCaption)}</caption>
                    <thead>{header_row(&UNCERTAINTY_COLUMNS)}</thead>
                    <tbody use:patched=Signal::derive(part(1))></tbody>
                </table>
            </TableWrap>
            <p class="hint">{part(2)}</p>
        </div>
    }
}
