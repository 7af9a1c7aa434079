//! The one plan state the whole wizard reads and writes.

use serde::{Deserialize, Serialize};

pub use super::business::{BusinessCase, Goal};
pub use super::engagement::{EngagementAnswers, WorkNature};
use super::validate::{self, FieldError};
pub use super::work::{WorkSelection, WorkstreamKind};

/// Everything the user has entered, across the five steps.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    pub business: BusinessCase,
    pub work: WorkSelection,
    pub engagement: EngagementAnswers,
    pub location: LocationAnswers,
}

/// Step 4: where headquarters is and when it works.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LocationAnswers {
    /// IANA time zone of headquarters; empty until set (the app fills in the browser's own).
    pub hq_zone: String,
    /// Start of the headquarters working day, in minutes after midnight.
    pub hq_start_min: u16,
    /// End of the headquarters working day, in minutes after midnight.
    pub hq_end_min: u16,
}

impl Default for LocationAnswers {
    fn default() -> Self {
        Self {
            hq_zone: String::new(),
            hq_start_min: 9 * 60,
            hq_end_min: 17 * 60,
        }
    }
}

/// A stored or imported plan whose values break the bounds the UI enforces.
#[derive(Clone, Debug, PartialEq)]
pub struct InvalidField {
    pub field: &'static str,
    pub error: FieldError,
}

impl Plan {
    /// Checks every bounded value, so a plan from outside (storage, files, links) is
    /// held to the same rules as one typed in the app.
    pub fn check(&self) -> Result<(), InvalidField> {
        self.business.check()?;
        let l = &self.location;
        let checks: [(&'static str, Result<(), FieldError>); 3] = [
            ("location.hq_zone", validate::zone_syntax(&l.hq_zone)),
            (
                "location.hq_start_min",
                validate::minute_of_day(l.hq_start_min),
            ),
            (
                "location.hq_end_min",
                validate::minute_of_day(l.hq_end_min)
                    .and_then(|_| validate::working_window(l.hq_start_min, l.hq_end_min)),
            ),
        ];
        for (field, result) in checks {
            result.map_err(|error| InvalidField { field, error })?;
        }
        self.work.check()?;
        self.engagement.check()?;
        Ok(())
    }

    /// True when nothing differs from a fresh plan, apart from the filled-in zone.
    pub fn is_blank(&self) -> bool {
        let mut fresh = Plan::default();
        fresh.location.hq_zone = self.location.hq_zone.clone();
        *self == fresh
    }
}

impl Plan {
    /// Carries the engagement model in force into the business case: every vendor option
    /// uses it (with that model's default setup cost when the model changes).
    pub fn sync_model(&mut self) {
        if let Some(model) = super::engagement::chosen_model(&self.engagement) {
            for o in &mut self.business.options {
                if o.model != model {
                    o.model = model;
                    o.setup_cost = model.default_setup_cost();
                }
            }
        }
    }
}
