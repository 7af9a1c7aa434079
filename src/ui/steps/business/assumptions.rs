//! The shared assumptions, each with its range, source and a reset.

use leptos::prelude::*;

use crate::domain::cost::inputs::{Assumptions, Range};
use crate::domain::validate::{
    Bounds, ATTRITION, HOURS_PER_MONTH, LEAD_MONTHS, MOBILISATION_WEEKS, MULTIPLIER, SALARY, SHARE,
};
use crate::i18n::Key;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::{DecimalField, RangeField};

type Get = fn(&Assumptions) -> Range;
type Set = fn(&mut Assumptions, Range);

/// Each ranged assumption: id, label, source, bounds, display scale, accessors.
const RANGED: [(&str, Key, Key, Bounds, f64, Get, Set); 7] = [
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
];

#[component]
pub fn AssumptionsSection() -> impl IntoView {
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
                    default=Signal::derive(move || get(&Assumptions::default()))
                />
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="assumptions-heading">
            <h2 id="assumptions-heading">{shell.msg(Key::AssumptionsHeading)}</h2>
            <p class="hint">{shell.msg(Key::AssumptionsHint)}</p>
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
            </div>
            <h3>{shell.msg(Key::DerivedHeading)}</h3>
            <ul class="derived">
                <li>{shell.msg(Key::DerivedManagement)}</li>
                <li>{shell.msg(Key::DerivedRework)}</li>
                <li>{shell.msg(Key::DerivedCommunication)}</li>
                <li>{shell.msg(Key::DerivedRamp)}</li>
            </ul>
        </section>
    }
}
