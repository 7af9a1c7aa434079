use leptos::prelude::*;

use crate::domain::validate::zone_in;
use crate::i18n::Key;
use crate::platform::intl::supported_time_zones;
use crate::ui::context::{use_doc, use_shell};
use crate::ui::fields::{CheckedInput, TimeField};

#[component]
pub fn HqSection() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let zones = StoredValue::new(supported_time_zones());
    let options = zones
        .get_value()
        .into_iter()
        .map(|z| view! { <option value=z></option> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="hq-heading">
        <h2 id="hq-heading">{shell.msg(Key::HqHeading)}</h2>
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
