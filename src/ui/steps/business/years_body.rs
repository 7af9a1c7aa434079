//! The year-by-year view (a file of its own in the site's build): a chart of each
//! option's savings per plan year, then per option its years (plan or fiscal), its net
//! present value and its switching costs.

use leptos::prelude::*;

use super::charts::chart_figure;
use super::state::YearsState;
use crate::domain::cost::case::OptionYears;
use crate::domain::cost::limits::FISCAL_MONTH;
use crate::html::years::{switching_items, year_rows, years_chart, YEAR_COLUMNS};
use crate::i18n::Key;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::WholeField;
use crate::ui::html_view::patched;
use crate::ui::steps::{header_row, TableWrap};

#[component]
pub fn YearsBody() -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let YearsState { figures, labels } = expect_context();
    let years = Memo::new(move |_| {
        let figs = figures.get();
        plan.with(|p| p.business.years(&figs))
    });
    let fiscal = RwSignal::new(false);
    let has_start = Memo::new(move |_| plan.with(|p| p.business.start_month().is_some()));
    let chart = Memo::new(move |_| {
        labels.with(|(fmt, names)| {
            years.with(|y| {
                let plan_years: Vec<_> = y.iter().map(|o| o.plan.clone()).collect();
                years_chart(&plan_years, names, fmt.lang, fmt)
            })
        })
    });
    let count = Memo::new(move |_| years.with(Vec::len));
    let per_option = move || {
        (1..count.get())
            .map(|i| view! { <OptionYearsView i=i years=years fiscal=fiscal/> })
            .collect_view()
    };
    view! {
        <p class="hint">{shell.msg(Key::YearsHint)}</p>
        {chart_figure(Key::ChartYearsTitle, chart.into())}
        <div class="fields">
            <label class="check">
                <input type="checkbox" id="years-fiscal"
                    prop:checked=move || fiscal.get()
                    on:change=move |e| fiscal.set(event_target_checked(&e))
                />
                {shell.msg(Key::YearsFiscal)}
            </label>
            <WholeField
                id="fiscal-start"
                label=Key::FiscalStart
                hint=Key::FiscalStartHint
                range=FISCAL_MONTH
                get=|p| p.business.fiscal_year_start as u32
                set=|p, v| p.business.fiscal_year_start = v as u8
            />
        </div>
        <p class="hint" hidden=move || has_start.get() || !fiscal.get()>{shell.msg(Key::FiscalNeedsStart)}</p>
        {per_option}
    }
}

#[component]
fn OptionYearsView(
    i: usize,
    years: Memo<Vec<OptionYears>>,
    fiscal: RwSignal<bool>,
) -> impl IntoView {
    let shell = use_shell();
    let YearsState { figures, labels } = expect_context();
    let name = move || labels.with(|(_, names)| names.get(i).cloned().unwrap_or_default());
    let rows = Memo::new(move |_| {
        labels.with(|(fmt, _)| {
            years.with(|y| {
                y.get(i).map_or(String::new(), |o| {
                    let shown = match (&o.fiscal, fiscal.get()) {
                        (Some(f), true) => f,
                        _ => &o.plan,
                    };
                    year_rows(shown, o.npv, fmt.lang, fmt)
                })
            })
        })
    });
    let switching = Memo::new(move |_| {
        labels.with(|(fmt, _)| {
            figures.with(|f| {
                f.options
                    .get(i - 1)
                    .map(|o| switching_items(&o.outcome.switching, fmt.lang, fmt))
                    .unwrap_or_default()
            })
        })
    });
    view! {
        <h4>{name}</h4>
        <TableWrap>
            <table class="figures years-table" id=format!("years-{i}")>
                <caption>{move || shell.t(Key::YearsCaption)} " " {name}</caption>
                <thead>{header_row(&YEAR_COLUMNS)}</thead>
                <tbody use:patched=Signal::from(rows)></tbody>
            </table>
        </TableWrap>
        <p class="switching-head">{shell.msg(Key::SwitchingHeading)}</p>
        <ul class="switching" id=format!("switching-{i}") use:patched=Signal::from(switching)></ul>
    }
}
