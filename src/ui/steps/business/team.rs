//! Team size, horizon, start, spec clarity and currency.

use leptos::prelude::*;

use crate::domain::business::Currency;
use crate::domain::cost::inputs::SpecClarity;
use crate::domain::cost::limits::{PILOT_ENGINEERS, PILOT_MONTHS};
use crate::domain::example::default_start;
use crate::domain::validate::{self, HORIZON, TEAM_SIZE};
use crate::i18n::Key;
use crate::platform::browser::today;
use crate::ui::context::{use_doc, use_shell, Pending};
use crate::ui::fields::{CheckedInput, ChoiceSelect, WholeField};

#[component]
pub fn TeamSection() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let start = Memo::new(move |_| plan.with(|p| p.business.start_date.clone()));
    view! {
        <section class="panel" aria-labelledby="team-heading">
            <h2 id="team-heading">{shell.msg(Key::TeamHeading)}</h2>
            <div class="fields">
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
                    set=|p, v| p.set_horizon(v)
                />
                <CheckedInput
                    id="start-date"
                    label=Key::StartDate
                    hint=Key::StartDateHint
                    input_type="date"
                    current=start
                    apply=Callback::new(move |text: String| {
                        validate::date_or_empty(&text)?;
                        plan.update(|p| p.business.start_date = text);
                        Ok(())
                    })
                />
                <ChoiceSelect
                    id="spec-clarity"
                    label=Key::SpecClarity
                    current=Signal::derive(move || plan.with(|p| Some(p.business.spec_clarity)))
                    set=Callback::new(move |c: Option<SpecClarity>| {
                        if let Some(c) = c {
                            plan.update(|p| p.business.spec_clarity = c);
                        }
                    })
                />
                <ChoiceSelect
                    id="currency"
                    label=Key::CurrencyLabel
                    current=Signal::derive(move || plan.with(|p| Some(p.business.currency)))
                    set=Callback::new(move |c: Option<Currency>| {
                        // Asks whether to convert the amounts or only relabel them.
                        if c.is_some_and(|c| plan.with_untracked(|p| p.business.currency != c)) {
                            shell.pending.set(c.map(Pending::Currency));
                        }
                    })
                />
            </div>
            {move || {
                // A start date in the past: the roadmap's first milestones are behind.
                // Follows the start date only, not every keystroke elsewhere.
                let (y, m, d) = today();
                let past = start.with(|s| !s.is_empty() && *s < format!("{y:04}-{m:02}-{d:02}"));
                past.then(|| {
                    // The date as the field takes it (no date formatter in this file).
                    let next = default_start((y, m, d));
                    view! { <p class="warning" id="start-past" role="status">{crate::i18n::tf(shell.lang.get(), Key::StartPast, &[("date", &next)])}</p> }
                })
            }}
            <p class="hint">{shell.msg(Key::CurrencyNote)}</p>
            <PilotFields/>
        </section>
    }
}

/// An optional pilot: a smaller team first, then the full team.
#[component]
fn PilotFields() -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let on = Memo::new(move |_| plan.with(|p| p.business.pilot.on));
    view! {
        <label class="check">
            <input type="checkbox" id="pilot-on"
                prop:checked=move || on.get()
                on:change=move |e| {
                    let checked = event_target_checked(&e);
                    plan.update(|p| p.start_pilot(checked));
                }
            />
            {shell.msg(Key::PilotOn)}
        </label>
        <p class="hint">{shell.msg(Key::PilotHint)}</p>
        <div class="fields" hidden=move || !on.get()>
            <WholeField
                id="pilot-engineers"
                label=Key::PilotEngineers
                hint=Key::PilotEngineersHint
                range=PILOT_ENGINEERS
                get=|p| p.business.pilot.engineers
                set=|p, v| p.business.pilot.engineers = v
            />
            <WholeField
                id="pilot-months"
                label=Key::PilotMonths
                hint=Key::PilotMonthsHint
                range=PILOT_MONTHS
                get=|p| p.business.pilot.months
                set=|p, v| p.business.pilot.months = v
            />
        </div>
    }
}
