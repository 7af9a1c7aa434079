//! The assumptions, each with its range, source and a reset: the shared ones, the
//! switching costs', the years', and each option's place-dependent ones. A file of its
//! own in the site's build, fetched when "Assumptions (advanced)" first opens.

use leptos::prelude::*;

use super::place_assumptions::PlaceAssumptions;
use crate::domain::business::Currency;
use crate::domain::cost::inputs::{Assumptions, Range};
use crate::domain::cost::limits::{
    DISCOUNT, ENGINEERS, FX_RATE, GROWTH, PAY_WEEKS, TRANSFER_MONTHS, TRIPS,
};
use crate::domain::fx::reference_rate;
use crate::domain::validate::{
    Bounds, ATTRITION, HOURS_PER_MONTH, LEAD_MONTHS, MOBILISATION_WEEKS, MULTIPLIER, SALARY, SHARE,
};
use crate::i18n::{tf, Key};
use crate::platform::format::number;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::{DecimalField, RangeField, WholeField};

type Read = fn(&Assumptions) -> Range;
type Write = fn(&mut Assumptions, Range);

/// Each ranged assumption: id, label, source, bounds, display scale, accessors.
const RANGED: [(&str, Key, Key, Bounds, f64, Read, Write); 15] = [
    (
        "salary",
        Key::Salary,
        Key::SrcSalary,
        SALARY,
        1.0,
        |a| a.salary,
        |a, r| a.salary = r,
    ),
    (
        "multiplier",
        Key::LoadedMultiplier,
        Key::SrcMultiplier,
        MULTIPLIER,
        1.0,
        |a| a.loaded_multiplier,
        |a, r| a.loaded_multiplier = r,
    ),
    (
        "lead",
        Key::HiringLead,
        Key::SrcHiringLead,
        LEAD_MONTHS,
        1.0,
        |a| a.hiring_lead_months,
        |a, r| a.hiring_lead_months = r,
    ),
    (
        "inhouse-attrition",
        Key::InhouseAttrition,
        Key::SrcInhouseAttrition,
        ATTRITION,
        100.0,
        |a| a.inhouse_attrition,
        |a, r| a.inhouse_attrition = r,
    ),
    (
        "vendor-attrition",
        Key::VendorAttrition,
        Key::SrcVendorAttrition,
        ATTRITION,
        100.0,
        |a| a.vendor_attrition,
        |a, r| a.vendor_attrition = r,
    ),
    (
        "fee",
        Key::RecruitingFee,
        Key::SrcRecruitingFee,
        SHARE,
        100.0,
        |a| a.recruiting_fee,
        |a, r| a.recruiting_fee = r,
    ),
    (
        "mobilisation",
        Key::Mobilisation,
        Key::SrcMobilisation,
        MOBILISATION_WEEKS,
        1.0,
        |a| a.mobilisation_weeks,
        |a, r| a.mobilisation_weeks = r,
    ),
    (
        "inhouse-growth",
        Key::InhouseGrowth,
        Key::SrcInhouseGrowth,
        GROWTH,
        100.0,
        |a| a.inhouse_wage_growth,
        |a, r| a.inhouse_wage_growth = r,
    ),
    (
        "selection",
        Key::VendorSelection,
        Key::SrcVendorSelection,
        SHARE,
        100.0,
        |a| a.vendor_selection,
        |a, r| a.vendor_selection = r,
    ),
    (
        "transfer-months",
        Key::TransferMonths,
        Key::SrcTransfer,
        TRANSFER_MONTHS,
        1.0,
        |a| a.transfer_months,
        |a, r| a.transfer_months = r,
    ),
    (
        "transfer-share",
        Key::TransferShare,
        Key::SrcTransfer,
        SHARE,
        100.0,
        |a| a.transfer_share,
        |a, r| a.transfer_share = r,
    ),
    (
        "trips",
        Key::TripsPerYear,
        Key::SrcTrips,
        TRIPS,
        1.0,
        |a| a.trips_per_year,
        |a, r| a.trips_per_year = r,
    ),
    (
        "severance",
        Key::SeveranceWeeks,
        Key::SrcSeverance,
        PAY_WEEKS,
        1.0,
        |a| a.severance_weeks,
        |a, r| a.severance_weeks = r,
    ),
    (
        "exit-months",
        Key::ExitMonths,
        Key::SrcExit,
        TRANSFER_MONTHS,
        1.0,
        |a| a.exit_months,
        |a, r| a.exit_months = r,
    ),
    (
        "exit-share",
        Key::ExitShare,
        Key::SrcExit,
        SHARE,
        100.0,
        |a| a.exit_share,
        |a, r| a.exit_share = r,
    ),
];

#[component]
pub fn AssumptionsBody() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    // One comparison per change: a keystroke elsewhere in the plan stops here instead
    // of reaching every assumption field.
    let read = Memo::new(move |_| plan.with(|p| p.business.assumptions.clone()));
    let rows = RANGED
        .into_iter()
        .map(|(id, label, source, bounds, scale, get, set)| {
            view! {
                <RangeField
                    id=format!("assume-{id}")
                    label=label
                    source=source
                    bounds=bounds
                    scale=scale
                    value=Signal::derive(move || read.with(get))
                    set=Callback::new(move |r| plan.update(|p| set(&mut p.business.assumptions, r)))
                    default=Signal::derive(move || get(&Assumptions::defaults_in(plan.with(|p| p.business.fx()))))
                />
            }
        })
        .collect_view();
    view! {
            <p class="hint">{shell.msg(Key::AssumptionsHint)}</p>
            <div class="fields">
                <WholeField
                    id="released-engineers"
                    label=Key::ReleasedEngineers
                    hint=Key::ReleasedHint
                    range=ENGINEERS
                    get=|p| p.business.released_engineers
                    set=|p, v| p.business.released_engineers = v
                />
            </div>
            <label class="check">
                <input type="checkbox" id="count-exit"
                    prop:checked=move || plan.with(|p| p.business.count_exit)
                    on:change=move |e| plan.update(|p| p.business.count_exit = event_target_checked(&e))
                />
                {shell.msg(Key::CountExit)}
            </label>
            <div class="ranges">{rows}</div>
            <div class="fields">
                <DecimalField
                    id="assume-hours".to_string()
                    label=Key::HoursPerMonth
                    hint=Key::SrcHours
                    bounds=HOURS_PER_MONTH
                    value=Signal::derive(move || read.with(|a| a.hours_per_month))
                    set=Callback::new(move |v| plan.update(|p| p.business.assumptions.hours_per_month = v))
                    default=Assumptions::default().hours_per_month
                />
                <DecimalField
                    id="assume-discount".to_string()
                    label=Key::DiscountRate
                    hint=Key::SrcDiscount
                    bounds=DISCOUNT
                    scale=100.0
                    value=Signal::derive(move || read.with(|a| a.discount_rate))
                    set=Callback::new(move |v| plan.update(|p| p.business.assumptions.discount_rate = v))
                    default=Assumptions::default().discount_rate
                />
            </div>
            <FxFields/>
            <PlaceAssumptions/>
            <h3>{shell.msg(Key::DerivedHeading)}</h3>
            <ul class="derived">
                <li>{shell.msg(Key::DerivedManagement)}</li>
                <li>{shell.msg(Key::DerivedRework)}</li>
                <li>{shell.msg(Key::DerivedCommunication)}</li>
                <li>{shell.msg(Key::DerivedRamp)}</li>
            </ul>
    }
}

/// The plan's exchange rate against the US dollar: the bundled reference, or the user's.
#[component]
fn FxFields() -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let state = Memo::new(move |_| plan.with(|p| (p.business.currency, p.business.fx())));
    let note = move || {
        let lang = shell.lang.get();
        let (c, _) = state.get();
        tf(
            lang,
            Key::FxReference,
            &[
                ("rate", &number(reference_rate(c) * 100.0, 2, lang.tag())),
                ("code", c.code()),
            ],
        )
    };
    let currency = Memo::new(move |_| state.with(|s| s.0));
    let usd = Memo::new(move |_| currency.get() == Currency::Usd);
    view! {
        <div hidden=move || usd.get()>
            <h3>{shell.msg(Key::FxHeading)}</h3>
            <p class="hint" id="fx-reference">{note}</p>
            // Rebuilt when the currency changes, so its reset goes to that currency's rate.
            {move || {
                let c = currency.get();
                view! {
                    <div class="fields">
                        <DecimalField
                            id="usd-rate".to_string()
                            label=Key::UsdRate
                            bounds=FX_RATE
                            scale=100.0
                            value=Signal::derive(move || state.with(|s| s.1))
                            set=Callback::new(move |v| plan.update(|p| p.business.usd_rate = Some(v)))
                            default=reference_rate(c)
                        />
                    </div>
                }
            }}
        </div>
    }
}
