use leptos::prelude::*;

use crate::domain::plan::WorkNature;
use crate::domain::validate::HORIZON;
use crate::i18n::{nature_key, Key};
use crate::ui::fields::{ChoiceSelect, WholeField};
use crate::ui::state::use_app;

#[component]
pub fn EngagementStep() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    view! {
        <p class="intro">{move || state.t(Key::EngagementIntro)}</p>
        <div class="fields">
            <ChoiceSelect
                id="nature"
                label=Key::Nature
                placeholder=Key::ChooseNature
                options=WorkNature::ALL.to_vec()
                slug=WorkNature::slug
                from_slug=WorkNature::from_slug
                label_of=nature_key
                current=Signal::derive(move || plan.with(|p| p.engagement.nature))
                set=Callback::new(move |n| plan.update(|p| p.engagement.nature = n))
            />
            <WholeField
                id="engagement-horizon"
                label=Key::EngagementHorizon
                hint=Key::EngagementHorizonHint
                range=HORIZON
                get=|p| p.engagement.horizon_months
                set=|p, v| p.engagement.horizon_months = v
            />
        </div>
    }
}
