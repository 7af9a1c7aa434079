use leptos::prelude::*;

use crate::domain::validate::zone_in;
use crate::i18n::Key;
use crate::platform::intl::supported_time_zones;
use crate::ui::fields::{CheckedInput, TimeField};
use crate::ui::state::use_app;

#[component]
pub fn HqSection() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let zones = StoredValue::new(supported_time_zones());
    let options = zones
        .get_value()
        .into_iter()
        .map(|z| view! { <option value=z></option> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="hq-heading">
        <h2 id="hq-heading">{state.msg(Key::HqHeading)}</h2>
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
            <TimeField id="hq-start" label=Key::WorkStart hint=Key::WorkHoursHint end=false/>
            <TimeField id="hq-end" label=Key::WorkEnd hint=Key::WorkHoursHint end=true/>
        </div>
        </section>
    }
}
