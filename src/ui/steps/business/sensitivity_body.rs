//! "What flips the decision" (its body, in the business step's disclosures file): for
//! the chosen option, the tornado, its table and the threshold sentences.

use leptos::prelude::*;

use super::charts::chart_figure;
use super::state::YearsState;
use crate::app::scenarios::key_figures;
use crate::domain::cost::sensitivity::sensitivity;
use crate::html::tornado::{swing_rows, threshold_items, tornado};
use crate::i18n::Key;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::html_view::patched;
use crate::ui::steps::{header_row, TableWrap};

/// The swing table's columns.
const SWING_COLUMNS: [Key; 6] = [
    Key::ColInput,
    Key::ColLowValue,
    Key::ColSavingsLow,
    Key::ColHighValue,
    Key::ColSavingsHigh,
    Key::ColSwing,
];

#[component]
pub fn SensitivityBody() -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let YearsState { labels, .. } = expect_context();
    // Every option's, so choosing another option is instant.
    let all = Memo::new(move |_| plan.with(|p| sensitivity(&p.business.case_inputs())));
    // The best-fitting option first, until the user chooses.
    let chosen = RwSignal::new(plan.with_untracked(|p| key_figures(p).best.map_or(0, |b| b.index)));
    let index = Memo::new(move |_| chosen.get().min(all.with(Vec::len).saturating_sub(1)));
    let html = Memo::new(move |_| {
        labels.with(|(fmt, _)| {
            all.with(|a| match a.get(index.get()) {
                Some(Some(s)) => (
                    tornado(s, fmt.lang, fmt),
                    swing_rows(s, fmt.lang, fmt),
                    threshold_items(s, fmt.lang, fmt),
                ),
                _ => Default::default(),
            })
        })
    });
    let none = Memo::new(move |_| all.with(|a| !matches!(a.get(index.get()), Some(Some(_)))));
    let options = move || {
        labels.with(|(_, names)| {
            names
                .iter()
                .enumerate()
                .skip(1)
                .map(|(i, name)| {
                    let i = i - 1;
                    view! { <option value=i.to_string() selected=move || index.get() == i>{name.clone()}</option> }
                })
                .collect_view()
        })
    };
    let name =
        move || labels.with(|(_, names)| names.get(index.get() + 1).cloned().unwrap_or_default());
    view! {
        <p class="hint">{shell.msg(Key::SensitivityHint)}</p>
        <div class="field">
            <label for="sensitivity-option">{shell.msg(Key::SensitivityOption)}</label>
            <select id="sensitivity-option"
                on:change=move |e| chosen.set(event_target_value(&e).parse().unwrap_or(0))>
                {options}
            </select>
        </div>
        <p class="hint" hidden=move || !none.get()>{shell.msg(Key::NoComparison)}</p>
        <div hidden=move || none.get()>
            {chart_figure(Key::ChartTornadoTitle, Signal::derive(move || html.with(|h| h.0.clone())))}
            <TableWrap>
                <table class="figures" id="sensitivity-table">
                    <caption>{move || shell.t(Key::TornadoCaption)} " " {name}</caption>
                    <thead>{header_row(&SWING_COLUMNS)}</thead>
                    <tbody use:patched=Signal::derive(move || html.with(|h| h.1.clone()))></tbody>
                </table>
            </TableWrap>
            <h4>{shell.msg(Key::ThresholdsHeading)}</h4>
            <ul class="plain-sentences" id="thresholds"
                use:patched=Signal::derive(move || html.with(|h| h.2.clone()))></ul>
        </div>
    }
}
