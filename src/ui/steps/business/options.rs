//! The vendor options compared against hiring in-house.

use leptos::prelude::*;

use crate::domain::cost::inputs::{
    EngagementModel, Place, Range, Region, VendorOption, MAX_OPTIONS,
};
use crate::domain::validate::{MONEY, OVERLAP, RATE};
use crate::domain::Plan;
use crate::i18n::{option_name, tf, Key};
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::{ChoiceSelect, DecimalField, RangeField};

fn option_at(p: &Plan, i: usize) -> Option<&VendorOption> {
    p.business.options.get(i)
}

fn edit(plan: RwSignal<Plan>, i: usize, f: impl FnOnce(&mut VendorOption)) {
    plan.update(|p| {
        if let Some(o) = p.business.options.get_mut(i) {
            f(o);
        }
    });
}

#[component]
pub fn OptionsSection() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let count = Memo::new(move |_| plan.with(|p| p.business.options.len()));
    let add = move |_: leptos::ev::MouseEvent| {
        plan.update(|p| {
            if p.business.options.len() < MAX_OPTIONS {
                let used: Vec<Place> = p.business.options.iter().map(VendorOption::place).collect();
                let place = Place::ALL
                    .into_iter()
                    .find(|r| !used.contains(r))
                    .unwrap_or(Place::Region(Region::LatinAmerica));
                p.business.options.push(VendorOption::new(
                    Region::LatinAmerica,
                    EngagementModel::DedicatedTeam,
                ));
                p.business.set_place(p.business.options.len() - 1, place);
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="options-heading">
            <h2 id="options-heading">{shell.msg(Key::OptionsHeading)}</h2>
            <p class="hint">{shell.msg(Key::OptionsHint)}</p>
            <div class="options">
                {move || (0..count.get()).map(|i| view! { <OptionEditor i=i/> }).collect_view()}
            </div>
            <button type="button" class="btn btn-secondary" id="add-option" disabled={move || count.get() >= MAX_OPTIONS}
                on:click=add
            >
                {shell.msg(Key::AddOption)}
            </button>
        </section>
    }
}

#[component]
fn OptionEditor(i: usize) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    // One comparison per change: a keystroke elsewhere in the plan stops here instead
    // of reaching every field of this option.
    let option = Memo::new(move |_| plan.with(|p| option_at(p, i).cloned()));
    // The option's place and model, and when another option is the same, which one: the
    // user made it so (the planner never does), and the heading says it.
    let name = move || {
        let lang = shell.lang.get();
        plan.with(|p| {
            let Some(o) = option_at(p, i) else {
                return String::new();
            };
            let mut name = option_name(lang, Some(o));
            let twin = p.business.options.iter().position(|x| x.same_as(o));
            if let Some(j) = twin.filter(|j| *j != i) {
                name.push_str(" (");
                name.push_str(&tf(lang, Key::SameOption, &[("n", &(j + 1).to_string())]));
                name.push(')');
            }
            name
        })
    };
    let region = Signal::derive(move || option.with(|o| o.as_ref().map(|o| o.region)));
    let place = Signal::derive(move || option.with(|o| o.as_ref().map(VendorOption::place)));
    let rate = Signal::derive(move || {
        option.with(|o| o.as_ref().map(|o| o.rate).unwrap_or(Range::exact(0.0)))
    });
    let rate_default = Signal::derive(move || {
        option.with(|o| {
            o.as_ref()
                .map_or(Range::exact(0.0), VendorOption::default_rate)
        })
    });
    let model = Signal::derive(move || option.with(|o| o.as_ref().map(|o| o.model)));
    let heading_id = format!("option-{i}-name");
    let group_label = heading_id.clone();
    view! {
        <div class="option" role="group" aria-labelledby=group_label>
            <div class="option-head">
                <h3 id=heading_id>{move || format!("{} {}: ", shell.t(Key::OptionWord), i + 1)}{name}</h3>
                <button
                    type="button"
                    class="btn btn-quiet btn-small"
                    on:click=move |_| plan.update(|p| {
                        if i < p.business.options.len() {
                            p.business.options.remove(i);
                        }
                    })
                >
                    {shell.msg(Key::RemoveOption)}
                    <span class="visually-hidden">" " {move || (i + 1).to_string()}</span>
                </button>
            </div>
            <div class="fields">
                <ChoiceSelect
                    id=format!("option-{i}-region")
                    label=Key::Region
                    current=place
                    set=Callback::new(move |p: Option<Place>| {
                        if let Some(p) = p {
                            // A new place brings its own rate range and typical overlap.
                            plan.update(|plan| plan.business.set_place(i, p));
                        }
                    })
                />
                <ChoiceSelect
                    id=format!("option-{i}-model")
                    label=Key::ModelLabel
                    current=model
                    set=Callback::new(move |m: Option<EngagementModel>| {
                        if let Some(m) = m {
                            let fx = plan.with_untracked(|p| p.business.fx());
                            edit(plan, i, |o| {
                                o.model = m;
                                o.setup_cost = m.default_setup_cost() * fx;
                            });
                        }
                    })
                />
                <DecimalField
                    id=format!("option-{i}-overlap")
                    label=Key::OverlapHours
                    hint=Key::OverlapHoursHint
                    bounds=OVERLAP
                    value=Signal::derive(move || option.with(|o| o.as_ref().map(|o| o.overlap_hours).unwrap_or(0.0)))
                    set=Callback::new(move |v| edit(plan, i, |o| o.overlap_hours = v))
                    default=region.get_untracked().map(Region::default_overlap_hours).unwrap_or(0.0)
                />
                <DecimalField
                    id=format!("option-{i}-setup")
                    label=Key::SetupCost
                    hint=Key::SetupCostHint
                    bounds=MONEY
                    value=Signal::derive(move || option.with(|o| o.as_ref().map(|o| o.setup_cost).unwrap_or(0.0)))
                    set=Callback::new(move |v| edit(plan, i, |o| o.setup_cost = v))
                    default=model.get_untracked().map(EngagementModel::default_setup_cost).unwrap_or(0.0)
                />
            </div>
            <RangeField
                id=format!("option-{i}-rate")
                label=Key::HourlyRate
                source=Key::SrcRate
                bounds=RATE
                value=rate
                set=Callback::new(move |r| edit(plan, i, |o| o.rate = r))
                default=rate_default
            />
        </div>
    }
}
