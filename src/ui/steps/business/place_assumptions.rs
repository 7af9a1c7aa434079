//! Each option's place-dependent assumptions: wage growth, trip cost, contract currency
//! and, for a team working outside its usual day, the shift premium with its reason.
//! Part of the assumptions' file in the site's build.

use leptos::prelude::*;

use crate::domain::cost::inputs::{Range, VendorOption, SHIFT_PREMIUM, USUAL_DAY};
use crate::domain::cost::limits::{GROWTH, TRIP_COST};
use crate::domain::fx::{drift, Contract};
use crate::domain::validate::{format_day, SHARE};
use crate::i18n::{contract_currency_key, option_name, t, tf, Key};
use crate::platform::format::percent;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::{choice, ChoiceSelect, RangeField};

choice!(
    Contract,
    Contract::code,
    Contract::from_code,
    contract_currency_key
);

/// Each option's wage growth and trip cost (its region's unless the user sets them), its
/// contract currency, and a shifted team's premium.
#[component]
pub fn PlaceAssumptions() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let count = Memo::new(move |_| plan.with(|p| p.business.options.len()));
    let per_option = move || {
        (0..count.get())
            .map(|i| {
                let option = Memo::new(move |_| plan.with(|p| p.business.options.get(i).cloned()));
                let name = move || {
                    option.with(|o| o.as_ref().map(|o| option_name(shell.lang.get(), Some(o))))
                };
                let fx = Memo::new(move |_| plan.with(|p| p.business.fx()));
                let field = |id: &str, label, source, bounds, scale, get: fn(&VendorOption, f64) -> Range, set: fn(&mut VendorOption, Range), default: fn(&VendorOption, f64) -> Range| {
                    view! {
                        <RangeField
                            id=format!("option-{i}-{id}")
                            label=label
                            source=source
                            bounds=bounds
                            scale=scale
                            value=Signal::derive(move || option.with(|o| o.as_ref().map_or(Range::exact(0.0), |o| get(o, fx.get()))))
                            set=Callback::new(move |r| plan.update(|p| {
                                if let Some(o) = p.business.options.get_mut(i) {
                                    set(o, r);
                                }
                            }))
                            default=Signal::derive(move || option.with(|o| o.as_ref().map_or(Range::exact(0.0), |o| default(o, fx.get()))))
                        />
                    }
                };
                view! {
                    <h4>{name}</h4>
                    {field("growth", Key::OptionGrowth, Key::SrcOptionGrowth, GROWTH, 100.0,
                        |o, _| o.growth(), |o, r| o.wage_growth = Some(r), |o, _| o.region.wage_growth())}
                    {field("trip", Key::TripCost, Key::SrcTripCost, TRIP_COST, 1.0,
                        VendorOption::trip, |o, r| o.trip_cost = Some(r), |o, fx| o.region.trip_cost().map(|v| v * fx))}
                    <ContractField i=i/>
                    <ShiftField i=i/>
                }
            })
            .collect_view()
    };
    view! {
        <h3>{shell.msg(Key::PlaceAssumptionsHeading)}</h3>
        <div class="ranges">{per_option}</div>
    }
}

/// An option's contract currency, and the drift it adds to the uncertainty run.
#[component]
fn ContractField(i: usize) -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let state = Memo::new(move |_| {
        plan.with(|p| {
            let c = p
                .business
                .options
                .get(i)
                .map_or(Contract::Usd, |o| o.contract);
            (c, drift(c, p.business.currency))
        })
    });
    let text = move || {
        let lang = shell.lang.get();
        let (_, d) = state.get();
        if d.high <= 0.0 {
            return t(lang, Key::DriftNone).to_string();
        }
        let pct = |v: f64| percent(v, 0, lang.tag());
        tf(
            lang,
            Key::DriftRange,
            &[("low", &pct(d.low)), ("high", &pct(d.high))],
        )
    };
    view! {
        <div class="fields">
            <ChoiceSelect
                id=format!("option-{i}-contract")
                label=Key::ContractCurrency
                current=Signal::derive(move || Some(state.get().0))
                set=Callback::new(move |c: Option<Contract>| {
                    if let Some(c) = c {
                        plan.update(|p| {
                            if let Some(o) = p.business.options.get_mut(i) {
                                o.contract = c;
                            }
                        });
                    }
                })
            />
        </div>
        <p class="hint" id=format!("option-{i}-drift")>{text}</p>
        <p class="hint">{shell.msg(Key::SrcDrift)}</p>
    }
}

/// A shifted team's premium on its rate, with why it applies; nothing for a usual day.
#[component]
fn ShiftField(i: usize) -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let shift = Memo::new(move |_| plan.with(|p| p.business.options.get(i).and_then(|o| o.shift)));
    let on = Memo::new(move |_| shift.with(Option::is_some));
    let reason = move || {
        let lang = shell.lang.get();
        shift.get().map(|s| {
            tf(
                lang,
                Key::ShiftReason,
                &[
                    ("hours", &format_day(s.start_min, s.end_min)),
                    ("usual", &format_day(USUAL_DAY.0, USUAL_DAY.1)),
                ],
            )
        })
    };
    move || {
        on.get().then(|| {
            view! {
                <p class="hint shift-reason" id=format!("option-{i}-shift-reason")>{reason}</p>
                <RangeField
                    id=format!("option-{i}-shift")
                    label=Key::ShiftPremium
                    source=Key::SrcShift
                    bounds=SHARE
                    scale=100.0
                    value=Signal::derive(move || shift.get().map_or(Range::exact(0.0), |s| s.premium))
                    set=Callback::new(move |r| plan.update(|p| {
                        if let Some(s) = p.business.options.get_mut(i).and_then(|o| o.shift.as_mut()) {
                            s.premium = r;
                        }
                    }))
                    default=Signal::derive(|| SHIFT_PREMIUM)
                />
            }
        })
    }
}
