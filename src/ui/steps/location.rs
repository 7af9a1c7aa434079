use leptos::prelude::*;

use crate::domain::validate::{format_time, parse_time, working_window, zone_in};
use crate::i18n::Key;
use crate::platform::intl::supported_time_zones;
use crate::ui::fields::CheckedInput;
use crate::ui::state::use_app;

#[component]
pub fn LocationStep() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let zones = StoredValue::new(supported_time_zones());
    let options = zones
        .get_value()
        .into_iter()
        .map(|z| view! { <option value=z></option> })
        .collect_view();
    let time_of = move |f: fn(&crate::domain::Plan) -> u16| {
        Signal::derive(move || plan.with(|p| format_time(f(p))))
    };
    view! {
        <p class="intro">{move || state.t(Key::LocationIntro)}</p>
        <div class="fields">
            <CheckedInput
                id="hq-zone"
                label=Key::HqZone
                hint=Key::HqZoneHint
                list="zone-list"
                wide=true
                current=Signal::derive(move || plan.with(|p| p.location.hq_zone.clone()))
                apply=Callback::new(move |text: String| {
                    let zone = zones.with_value(|z| zone_in(&text, z).map(str::to_string))?;
                    plan.update(|p| p.location.hq_zone = zone);
                    Ok(())
                })
            />
            <datalist id="zone-list">{options}</datalist>
            <CheckedInput
                id="hq-start"
                label=Key::WorkStart
                hint=Key::WorkHoursHint
                input_type="time"
                current=time_of(|p| p.location.hq_start_min)
                apply=Callback::new(move |text: String| {
                    let start = parse_time(&text)?;
                    working_window(start, plan.with_untracked(|p| p.location.hq_end_min))?;
                    plan.update(|p| p.location.hq_start_min = start);
                    Ok(())
                })
            />
            <CheckedInput
                id="hq-end"
                label=Key::WorkEnd
                hint=Key::WorkHoursHint
                input_type="time"
                current=time_of(|p| p.location.hq_end_min)
                apply=Callback::new(move |text: String| {
                    let end = parse_time(&text)?;
                    working_window(plan.with_untracked(|p| p.location.hq_start_min), end)?;
                    plan.update(|p| p.location.hq_end_min = end);
                    Ok(())
                })
            />
        </div>
    }
}
