//! The document's context: the plan, the saved scenarios it belongs to, and the undo
//! history of both.

use leptos::prelude::*;

use crate::app::history::History;
use crate::app::scenarios::{Scenarios, Version};
use crate::domain::cost::uncertainty::RunResult;
use crate::domain::Plan;
use crate::platform::browser::today;
use crate::platform::intl::browser_time_zone;

/// The document's handle (see the module's comment): `use_doc()` in a component.
#[derive(Clone, Copy)]
pub struct Doc {
    pub plan: RwSignal<Plan>,
    /// Bumped whenever the plan is replaced as a whole, so fields reload their text.
    pub epoch: RwSignal<u32>,
    pub scenarios: RwSignal<Scenarios>,
    /// Earlier and undone versions of the plan, for Undo and Redo.
    pub history: StoredValue<History<Version>>,
    /// Bumped when `history` changes, so the buttons update.
    pub history_tick: RwSignal<u32>,
    /// The latest uncertainty run: kept while the business step is rebuilt (undo, an
    /// example loaded), so its results keep their place until the new run is in.
    pub uncertainty: RwSignal<Option<RunResult>>,
}

impl Doc {
    pub fn new(mut plan: Plan, scenarios: Scenarios) -> Self {
        fill_starting_answers(&mut plan);
        Doc {
            plan: RwSignal::new(plan),
            epoch: RwSignal::new(0),
            scenarios: RwSignal::new(scenarios),
            history: StoredValue::new(History::default()),
            history_tick: RwSignal::new(0),
            uncertainty: RwSignal::new(None),
        }
    }

    /// Replaces the whole plan (example, start over, another tab's) and reloads every
    /// field.
    pub fn replace_plan(&self, mut plan: Plan) {
        fill_starting_answers(&mut plan);
        self.plan.set(plan);
        self.epoch.update(|e| *e = e.wrapping_add(1));
    }

    /// Changes the undo history and tells the buttons.
    pub fn edit_history(&self, f: impl FnOnce(&mut History<Version>) -> bool) {
        if self.history.try_update_value(f) == Some(true) {
            self.history_tick.update(|t| *t = t.wrapping_add(1));
        }
    }
}

/// A plan without a headquarters zone gets the browser's own as a starting point, and a
/// blank one starts on the first Monday of next month.
fn fill_starting_answers(plan: &mut Plan) {
    if plan.business.start_date.is_empty() && plan.is_blank() {
        plan.business.start_date = crate::domain::example::default_start(today());
    }
    if plan.location.hq_zone.is_empty() {
        if let Some(zone) = browser_time_zone() {
            plan.location.hq_zone = zone;
        }
    }
}

pub fn use_doc() -> Doc {
    expect_context::<Doc>()
}
