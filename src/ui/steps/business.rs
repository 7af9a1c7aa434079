use leptos::prelude::*;

use crate::domain::plan::Goal;
use crate::domain::validate::{self, HORIZON, TEAM_SIZE};
use crate::i18n::{goal_key, Key};
use crate::ui::fields::{CheckedInput, ChoiceSelect};
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
            <CheckedInput
                id="team-size"
                label=Key::TeamSize
                hint=Key::TeamSizeHint
                inputmode="numeric"
                current=Signal::derive(move || plan.with(|p| p.business.team_size.to_string()))
                apply=Callback::new(move |text: String| {
                    let v = TEAM_SIZE.parse(&text)?;
                    plan.update(|p| p.business.team_size = v);
                    Ok(())
                })
            />
            <CheckedInput
                id="horizon"
                label=Key::PlanHorizon
                hint=Key::PlanHorizonHint
                inputmode="numeric"
                current=Signal::derive(move || plan.with(|p| p.business.horizon_months.to_string()))
                apply=Callback::new(move |text: String| {
                    let v = HORIZON.parse(&text)?;
                    plan.update(|p| p.business.horizon_months = v);
                    Ok(())
                })
            />
        </div>
    }
}
