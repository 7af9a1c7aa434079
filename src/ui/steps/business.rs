use leptos::prelude::*;

use crate::domain::plan::Goal;
use crate::domain::validate::{self, HORIZON, TEAM_SIZE};
use crate::i18n::{goal_key, Key};
use crate::ui::fields::{CheckedInput, ChoiceSelect, WholeField};
use crate::ui::state::use_app;

#[component]
pub fn BusinessStep() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    view! {
        <p class="intro">{move || state.t(Key::BusinessIntro)}</p>
        <div class="fields">
            <ChoiceSelect
                id="primary-goal"
                label=Key::PrimaryGoal
                placeholder=Key::ChooseGoal
                options=Goal::ALL.to_vec()
                slug=Goal::slug
                from_slug=Goal::from_slug
                label_of=goal_key
                current=Signal::derive(move || plan.with(|p| p.business.primary_goal))
                set=Callback::new(move |g| plan.update(|p| p.business.primary_goal = g))
            />
            <CheckedInput
                id="scope"
                label=Key::Scope
                hint=Key::ScopeHint
                wide=true
                current=Signal::derive(move || plan.with(|p| p.business.scope.clone()))
                apply=Callback::new(move |text: String| {
                    validate::scope(&text)?;
                    plan.update(|p| p.business.scope = text);
                    Ok(())
                })
            />
            <WholeField
                id="team-size"
                label=Key::TeamSize
                hint=Key::TeamSizeHint
                range=TEAM_SIZE
                get=|p| p.business.team_size
                set=|p, v| p.business.team_size = v
            />
            <WholeField
                id="horizon"
                label=Key::PlanHorizon
                hint=Key::PlanHorizonHint
                range=HORIZON
                get=|p| p.business.horizon_months
                set=|p, v| p.business.horizon_months = v
            />
        </div>
    }
}
