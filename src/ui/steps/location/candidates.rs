//! The locations compared: from the catalogue or the user's own city, each with its
//! team's working hours; and how much real-time collaboration the work needs.

use leptos::prelude::*;

use crate::domain::cost::inputs::{Region, Shift, USUAL_DAY};
use crate::domain::overlap::analysis::shift_of;
use crate::domain::overlap::locations::{default_need, Candidate, Country, MAX_CANDIDATES};
use crate::domain::plan::CITY_MAX_CHARS;
use crate::domain::validate::{
    format_day, format_time, parse_time, text, working_window, zone_in, OVERLAP,
};
use crate::domain::Plan;
use crate::i18n::{
    candidate_name, country_key, field_error, number_in, region_key, t, tf, Key, Lang,
};
use crate::platform::format::percent;
use crate::platform::intl::supported_time_zones;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::{CheckedInput, ChoiceSelect, DecimalField};

fn edit(plan: RwSignal<Plan>, id: u32, f: impl FnOnce(&mut Candidate)) {
    plan.update(|p| {
        if let Some(c) = p.location.candidates.iter_mut().find(|c| c.id == id) {
            f(c);
        }
    });
}

fn read<T: Default>(plan: RwSignal<Plan>, id: u32, f: impl FnOnce(&Candidate) -> T) -> T {
    plan.with(|p| {
        p.location
            .candidates
            .iter()
            .find(|c| c.id == id)
            .map(f)
            .unwrap_or_default()
    })
}

crate::ui::fields::choice!(
    Country,
    Country::zone,
    |s: &str| Country::ALL.into_iter().find(|c| c.zone() == s),
    country_key
);

#[component]
pub fn CandidatesSection() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let ids = Memo::new(move |_| {
        plan.with(|p| {
            p.location
                .candidates
                .iter()
                .map(|c| c.id)
                .collect::<Vec<_>>()
        })
    });
    let need_default = Signal::derive(move || plan.with(|p| default_need(p.engagement.nature)));
    view! {
        <section class="panel" aria-labelledby="candidates-heading">
            <h2 id="candidates-heading">{shell.msg(Key::CandidatesHeading)}</h2>
            <p class="hint">{shell.msg(Key::CandidatesHint)}</p>
            <ul class="candidates">
                <For each=move || ids.get() key=|id| *id children=move |id| view! { <CandidateRow id=id/> }/>
            </ul>
            <Show when=move || { ids.get().len() < MAX_CANDIDATES }>
                <AddCountry/>
                <AddCity/>
            </Show>
            <div class="fields">
                <DecimalField
                    id="collaboration-need".to_string()
                    label=Key::CollaborationNeed
                    hint=Key::CollaborationNeedHint
                    bounds=OVERLAP
                    value=Signal::derive(move || plan.with(|p| p.location.collaboration_hours.unwrap_or(default_need(p.engagement.nature))))
                    set=Callback::new(move |v| plan.update(|p| p.location.collaboration_hours = Some(v)))
                    default=need_default.get_untracked()
                />
            </div>
        </section>
    }
}

#[component]
fn CandidateRow(id: u32) -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let name = move || read(plan, id, |c| candidate_name(shell.lang.get(), c));
    let zone = move || read(plan, id, |c| c.zone.clone());
    let rates = move || {
        let lang = shell.lang.get();
        // In the plan's currency, at its rate against the dollar.
        let (fx, code) = plan.with(|p| (p.business.fx(), p.business.currency.code()));
        read(plan, id, |c| {
            let r = c.default_rate();
            tf(
                lang,
                Key::CandidateRates,
                &[
                    ("region", t(lang, region_key(c.region))),
                    ("low", &number_in(lang, r.low * fx)),
                    ("high", &number_in(lang, r.high * fx)),
                    ("code", code),
                ],
            )
        })
    };
    let time = move |end: bool| {
        let current = Signal::derive(move || {
            read(plan, id, |c| {
                format_time(if end { c.end_min } else { c.start_min })
            })
        });
        let apply = Callback::new(move |t: String| {
            let v = parse_time(&t)?;
            let (s, e) = read(plan, id, |c| {
                if end {
                    (c.start_min, v)
                } else {
                    (v, c.end_min)
                }
            });
            working_window(s, e)?;
            edit(plan, id, |c| {
                c.start_min = s;
                c.end_min = e;
            });
            Ok(())
        });
        let (field, label) = if end {
            ("end", Key::TeamEnds)
        } else {
            ("start", Key::TeamStarts)
        };
        view! { <CheckedInput id=format!("cand-{id}-{field}") label=label input_type="time" current=current apply=apply/> }
    };
    view! {
        <li class="candidate">
            <div class="candidate-head">
                <p class="candidate-name" id=format!("cand-{id}-name")>{name}</p>
                <p class="candidate-zone">{zone}</p>
                <button
                    type="button"
                    class="btn btn-quiet btn-small"
                    on:click=move |_| plan.update(|p| p.location.candidates.retain(|c| c.id != id))
                >
                    {shell.msg(Key::RemoveLocation)}
                    <span class="visually-hidden">": " {name}</span>
                </button>
            </div>
            <p class="source">{rates}</p>
            <div class="fields">{time(false)}{time(true)}</div>
            {move || shift_note(shell.lang.get(), read(plan, id, shift_of))}
        </li>
    }
}

/// Said under a team's hours when they lie outside the usual day: the premium the
/// business case adds.
fn shift_note(lang: Lang, shift: Option<Shift>) -> Option<impl IntoView> {
    let s = shift?;
    let text = tf(
        lang,
        Key::ShiftNote,
        &[
            ("usual", &format_day(USUAL_DAY.0, USUAL_DAY.1)),
            ("premium", &percent(s.premium.likely, 0, lang.tag())),
        ],
    );
    Some(view! { <p class="hint shift-note">{text}</p> })
}

#[component]
fn AddCountry() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let choice = RwSignal::new(None::<Country>);
    let available = Memo::new(move |_| {
        plan.with(|p| {
            Country::ALL
                .into_iter()
                .filter(|c| !p.location.candidates.iter().any(|x| x.country == Some(*c)))
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        if let Some(c) = choice.get_untracked() {
            plan.update(|p| {
                if !p.location.candidates.iter().any(|x| x.country == Some(c)) {
                    let _ = p.location.add(Candidate::from_country(0, c));
                }
            });
            choice.set(None);
        }
    };
    view! {
        <div class="add-row">
            <ChoiceSelect
                id="add-country"
                label=Key::AddCountry
                placeholder=Key::ChooseCountry
                current=Signal::derive(move || choice.get().filter(|c| available.get().contains(c)))
                set=Callback::new(move |c| choice.set(c))
            />
            <button type="button" class="btn btn-secondary" id="add-country-button" on:click=add>
                {shell.msg(Key::AddLocation)}
            </button>
        </div>
    }
}

#[component]
fn AddCity() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let zones = StoredValue::new(supported_time_zones());
    let name = RwSignal::new(String::new());
    let zone = RwSignal::new(String::new());
    let region = RwSignal::new(Region::LatinAmerica);
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = shell.lang.get_untracked();
        let n = name.get_untracked().trim().to_string();
        let checked = (if n.is_empty() {
            Err(crate::domain::validate::FieldError::Empty)
        } else {
            text(&n, CITY_MAX_CHARS)
        })
        .and_then(|_| zones.with_value(|z| zone_in(&zone.get_untracked(), z).map(str::to_string)));
        match checked {
            Ok(z) => {
                let mut result = Ok(());
                plan.update(|p| {
                    let mut c = Candidate::from_country(0, Country::Mexico);
                    (c.country, c.name, c.zone, c.region) =
                        (None, n.clone(), z, region.get_untracked());
                    result = p.location.add(c);
                });
                match result {
                    Ok(()) => {
                        name.set(String::new());
                        zone.set(String::new());
                        error.set(None);
                    }
                    Err(e) => error.set(Some(field_error(lang, e))),
                }
            }
            Err(e) => error.set(Some(field_error(lang, e))),
        }
    };
    view! {
        <form class="add-city" on:submit=add>
            <p class="add-city-title">{shell.msg(Key::AddCity)}</p>
            <div class="fields">
                <div class="field">
                    <label for="city-name">{shell.msg(Key::CityName)}</label>
                    <input id="city-name" type="text" autocomplete="off" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="city-zone">{shell.msg(Key::CityZone)}</label>
                    <input id="city-zone" type="text" list="zone-list" autocomplete="off" prop:value=move || zone.get() on:input=move |ev| zone.set(event_target_value(&ev))/>
                </div>
                <ChoiceSelect
                    id="city-region"
                    label=Key::Region
                    current=Signal::derive(move || Some(region.get()))
                    set=Callback::new(move |r: Option<Region>| if let Some(r) = r { region.set(r) })
                />
            </div>
            <p class="field-error" id="city-error" role="alert">{move || error.get()}</p>
            <button type="submit" class="btn btn-secondary" id="add-city-button">{shell.msg(Key::AddLocation)}</button>
        </form>
    }
}
