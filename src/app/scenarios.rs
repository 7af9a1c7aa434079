//! Saved scenarios: the plan being edited has a name, and other named plans wait beside
//! it; one can be duplicated to try a variant, switched to, and compared with another.

use serde::{Deserialize, Serialize};

use super::persist::LoadProblem;
use crate::domain::cost::case::compute;
use crate::domain::engagement::chosen_model;
use crate::domain::plan::FORMAT_VERSION;
use crate::domain::validate::InvalidField;
use crate::domain::validate::{self, FieldError};
use crate::domain::work::pilot;
use crate::domain::Plan;

/// Where the saved scenarios live in storage.
pub const SCENARIOS_KEY: &str = "offshoring-planner.scenarios";
/// Most scenarios kept besides the one being edited.
pub const MAX_SCENARIOS: usize = 20;
pub const NAME_MAX_CHARS: u32 = 80;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: u32,
    pub name: String,
    pub plan: Plan,
}

/// A plan as it was, and the scenario it was the plan of: what Undo and Redo go back to,
/// so that going back across a switch of scenario switches back too.
#[derive(Clone, Debug, PartialEq)]
pub struct Version {
    pub plan: Plan,
    pub scenario: u32,
}

/// The active plan's name and the other scenarios (the active plan itself is stored on
/// its own, as before).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Scenarios {
    pub active_id: u32,
    pub active_name: String,
    pub saved: Vec<Scenario>,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    schema_version: u32,
    scenarios: Scenarios,
}

impl Scenarios {
    fn next_id(&self) -> u32 {
        self.saved
            .iter()
            .map(|s| s.id)
            .chain(std::iter::once(self.active_id))
            .max()
            .unwrap_or(0)
            + 1
    }

    /// Keeps the active plan under its name (under `unnamed` when it has none, so the list
    /// never shows a blank row) and makes a copy of it the active one.
    pub fn duplicate(
        &mut self,
        active: &Plan,
        copy_name: &str,
        unnamed: &str,
    ) -> Result<(), FieldError> {
        validate::text(copy_name, NAME_MAX_CHARS)?;
        if self.saved.len() >= MAX_SCENARIOS {
            return Err(FieldError::TooMany {
                max: MAX_SCENARIOS as u32,
            });
        }
        let id = self.next_id();
        let name = if self.active_name.trim().is_empty() {
            unnamed.to_string()
        } else {
            self.active_name.clone()
        };
        self.saved.push(Scenario {
            id: self.active_id,
            name,
            plan: active.clone(),
        });
        self.active_id = id;
        self.active_name = copy_name.to_string();
        Ok(())
    }

    /// Swaps the active plan with a saved one; returns the plan to edit now.
    pub fn switch_to(&mut self, id: u32, active: &Plan) -> Option<Plan> {
        let i = self.saved.iter().position(|s| s.id == id)?;
        let chosen = self.saved.remove(i);
        self.saved.insert(
            i,
            Scenario {
                id: self.active_id,
                name: self.active_name.clone(),
                plan: active.clone(),
            },
        );
        self.active_id = chosen.id;
        self.active_name = chosen.name;
        Some(chosen.plan)
    }

    /// Makes the saved scenario `id` the active one again, for a plan of it the caller
    /// shows instead of its saved one (an Undo back across a switch, or this tab's edit
    /// kept after another tab switched away from it); `shown`, the active scenario's plan
    /// now, is kept under that scenario's name. False if `id` is active or not saved.
    pub fn go_back_to(&mut self, id: u32, shown: &Plan) -> bool {
        id != self.active_id && self.switch_to(id, shown).is_some()
    }

    /// Removes the saved scenario `id`; returns its name (None if it is not saved).
    pub fn delete(&mut self, id: u32) -> Option<String> {
        let i = self.saved.iter().position(|s| s.id == id)?;
        Some(self.saved.remove(i).name)
    }

    /// Whether `id` is the active scenario or a saved one.
    pub fn has(&self, id: u32) -> bool {
        id == self.active_id || self.saved.iter().any(|s| s.id == id)
    }

    /// Whether `plan` is kept, word for word, as one of the saved scenarios: then a tab
    /// showing it loses nothing by showing another plan instead.
    pub fn keeps(&self, plan: &Plan) -> bool {
        self.saved.iter().any(|s| s.plan == *plan)
    }

    /// A scenario's plan by id (the active one is passed in).
    pub fn plan<'a>(&'a self, id: u32, active: &'a Plan) -> Option<&'a Plan> {
        if id == self.active_id {
            Some(active)
        } else {
            self.saved.iter().find(|s| s.id == id).map(|s| &s.plan)
        }
    }

    /// The name of the scenario `id`, the active one or a saved one.
    pub fn name(&self, id: u32) -> Option<&str> {
        if id == self.active_id {
            Some(&self.active_name)
        } else {
            self.saved
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.name.as_str())
        }
    }

    pub fn check(&self) -> Result<(), InvalidField> {
        let bad = |error| InvalidField {
            field: "scenarios",
            error,
        };
        validate::text(&self.active_name, NAME_MAX_CHARS).map_err(bad)?;
        if self.saved.len() > MAX_SCENARIOS {
            return Err(bad(FieldError::TooMany {
                max: MAX_SCENARIOS as u32,
            }));
        }
        for s in &self.saved {
            validate::text(&s.name, NAME_MAX_CHARS).map_err(bad)?;
            s.plan.check()?;
        }
        Ok(())
    }

    pub fn encode(&self) -> String {
        crate::support::json::write(&Stored {
            schema_version: FORMAT_VERSION,
            scenarios: self.clone(),
        })
    }

    /// Reads the stored scenarios; anything unreadable gives `None` (see [`Self::read`]).
    pub fn decode(raw: &str) -> Option<Scenarios> {
        Self::read(raw).ok()
    }

    /// Reads the stored scenarios, or says why they cannot be used.
    pub fn read(raw: &str) -> Result<Scenarios, LoadProblem> {
        if raw.len() > MAX_STORED_CHARS {
            return Err(LoadProblem::TooLarge { bytes: raw.len() });
        }
        let mut value = crate::support::json::parse(raw).map_err(|_| LoadProblem::NotJson)?;
        let version = value.get("schema_version").and_then(|v| v.as_u64());
        match version {
            Some(v) if v > FORMAT_VERSION as u64 => {
                let version = u32::try_from(v).unwrap_or(u32::MAX);
                return Err(LoadProblem::Newer { version });
            }
            // Format 1 lacks the newer fields, which take their defaults.
            Some(v) if v >= 1 => {}
            _ => return Err(LoadProblem::WrongShape("schema_version".into())),
        }
        if let Some(saved) = value
            .pointer_mut("/scenarios/saved")
            .and_then(|s| s.as_array_mut())
        {
            for plan in saved.iter_mut().filter_map(|s| s.get_mut("plan")) {
                super::persist::upgrade_plan(plan);
            }
        }
        let saved = value.pointer("/scenarios/saved").and_then(|s| s.as_array());
        let plans = saved.into_iter().flatten().filter_map(|s| s.get("plan"));
        if let Some(path) = super::persist::first_misshapen(plans) {
            return Err(LoadProblem::WrongShape(path));
        }
        let stored: Stored = crate::support::json::read(value)
            .map_err(|e| LoadProblem::WrongShape(e.to_string()))?;
        stored.scenarios.check().map_err(LoadProblem::OutOfRange)?;
        Ok(stored.scenarios)
    }
}

/// Largest stored list of scenarios read (characters).
pub const MAX_STORED_CHARS: usize = 5_000_000;

/// The best-fitting vendor option of a scenario.
pub use crate::domain::decision::Lead as Best;

/// What the comparison shows of a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigures {
    pub team_size: u32,
    pub horizon_months: u32,
    pub inhouse_cost: f64,
    /// The vendor option with the best five-factor fit.
    pub best: Option<Best>,
    pub model: Option<crate::domain::cost::inputs::EngagementModel>,
    pub pilot_id: Option<u32>,
}

pub fn key_figures(plan: &Plan) -> KeyFigures {
    let b = &plan.business;
    let figs = compute(&b.case_inputs());
    let fits = b.fits(&figs);
    let best = crate::domain::decision::lead(&figs, &fits);
    KeyFigures {
        team_size: b.team_size,
        horizon_months: b.horizon_months,
        inhouse_cost: figs.inhouse.outcome.cost,
        best,
        model: chosen_model(&plan.engagement),
        pilot_id: pilot(&plan.work).map(|p| p.id),
    }
}
