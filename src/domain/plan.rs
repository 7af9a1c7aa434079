//! The one plan state the whole wizard reads and writes.

use serde::{Deserialize, Serialize};

pub use super::business::{BusinessCase, Goal};
use super::cost::inputs::{EngagementModel, Pilot, VendorOption};
pub use super::engagement::{EngagementAnswers, WorkNature};
use super::overlap::locations::{Candidate, Country, MAX_CANDIDATES};
use super::validate::{self, FieldError, InvalidField};
pub use super::work::{WorkSelection, WorkstreamKind};

/// Everything the user has entered, across the five steps.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    pub business: BusinessCase,
    pub work: WorkSelection,
    pub engagement: EngagementAnswers,
    pub location: LocationAnswers,
    pub governance: Governance,
}

/// What the user writes into the plan itself: who owns what, and the sprint cadence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Governance {
    /// Who owns priorities.
    pub owner_priorities: String,
    /// Who approves decisions.
    pub owner_decisions: String,
    /// Who a blocker escalates to.
    pub owner_escalation: String,
    /// Who says what "done" means.
    pub owner_done: String,
    /// Sprint length in weeks, 1 to 4.
    pub sprint_weeks: u8,
    /// Free notes for the plan.
    pub notes: String,
    /// The document's title block: the plan's name, the company and the author (each
    /// optional).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub company: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub author: String,
}

impl Default for Governance {
    fn default() -> Self {
        Governance {
            owner_priorities: String::new(),
            owner_decisions: String::new(),
            owner_escalation: String::new(),
            owner_done: String::new(),
            sprint_weeks: 2,
            notes: String::new(),
            title: String::new(),
            company: String::new(),
            author: String::new(),
        }
    }
}

/// Longest owner name and notes, in characters.
/// The version of the plan's JSON shape, written in exports, links and saved scenarios.
/// (The storage envelope has its own, `persist::SCHEMA_VERSION`.)
pub const FORMAT_VERSION: u32 = 5;

/// Engineers in one squad, the pilot the work step suggests (an assumption: a small
/// cross-functional team).
pub const SQUAD: u32 = 3;

pub const OWNER_MAX_CHARS: u32 = 120;
pub const NOTES_MAX_CHARS: u32 = 2000;

impl Governance {
    pub fn check(&self) -> Result<(), InvalidField> {
        let bad = |field: &'static str| move |error| InvalidField { field, error };
        for o in [
            &self.owner_priorities,
            &self.owner_decisions,
            &self.owner_escalation,
            &self.owner_done,
            &self.title,
            &self.company,
            &self.author,
        ] {
            validate::text(o, OWNER_MAX_CHARS).map_err(bad("governance.owner"))?;
        }
        validate::text(&self.notes, NOTES_MAX_CHARS).map_err(bad("governance.notes"))?;
        if !(1..=4).contains(&self.sprint_weeks) {
            return Err(bad("governance.sprint_weeks")(FieldError::OutOfRange {
                min: 1,
                max: 4,
            }));
        }
        Ok(())
    }
}

/// Step 4: where headquarters is and when it works.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct LocationAnswers {
    /// IANA time zone of headquarters; empty until set (the app fills in the browser's own).
    pub hq_zone: String,
    /// Start of the headquarters working day, in minutes after midnight.
    pub hq_start_min: u16,
    /// End of the headquarters working day, in minutes after midnight.
    pub hq_end_min: u16,
    /// The locations compared, at most six.
    pub candidates: Vec<Candidate>,
    /// Hours of real-time collaboration the work needs a day; `None` follows the
    /// nature of the work.
    pub collaboration_hours: Option<f64>,
    /// The country (ISO 3166 code) whose public holidays headquarters keeps, when the
    /// user chose one; `None`: its time zone's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hq_holidays: Option<String>,
}

impl Default for LocationAnswers {
    fn default() -> Self {
        Self {
            hq_zone: String::new(),
            hq_start_min: 9 * 60,
            hq_end_min: 17 * 60,
            candidates: vec![
                Candidate::from_country(0, Country::Mexico),
                Candidate::from_country(1, Country::Poland),
                Candidate::from_country(2, Country::India),
            ],
            collaboration_hours: None,
            hq_holidays: None,
        }
    }
}

impl LocationAnswers {
    pub fn check(&self) -> Result<(), InvalidField> {
        let bad = |field: &'static str| move |error| InvalidField { field, error };
        if self.candidates.len() > MAX_CANDIDATES {
            return Err(bad("location.candidates")(FieldError::TooMany {
                max: MAX_CANDIDATES as u32,
            }));
        }
        for (i, c) in self.candidates.iter().enumerate() {
            validate::zone_syntax(&c.zone).map_err(bad("location.candidates.zone"))?;
            validate::text(&c.name, CITY_MAX_CHARS).map_err(bad("location.candidates.name"))?;
            validate::minute_of_day(c.end_min)
                .and_then(|_| validate::working_window(c.start_min, c.end_min))
                .map_err(bad("location.candidates.hours"))?;
            if let Some(code) = &c.holidays {
                validate::country_code(code).map_err(bad("location.candidates.holidays"))?;
            }
            if self.candidates[..i].iter().any(|o| o.id == c.id) {
                return Err(bad("location.candidates.id")(FieldError::Duplicate));
            }
        }
        if let Some(code) = &self.hq_holidays {
            validate::country_code(code).map_err(bad("location.hq_holidays"))?;
        }
        if let Some(h) = self.collaboration_hours {
            validate::OVERLAP
                .check(h)
                .map_err(bad("location.collaboration_hours"))?;
        }
        Ok(())
    }

    /// Adds a catalogue country or the user's own city; refuses past the limit.
    pub fn add(&mut self, mut c: Candidate) -> Result<(), FieldError> {
        if self.candidates.len() >= MAX_CANDIDATES {
            return Err(FieldError::TooMany {
                max: MAX_CANDIDATES as u32,
            });
        }
        c.id = self.candidates.iter().map(|o| o.id + 1).max().unwrap_or(0);
        self.candidates.push(c);
        Ok(())
    }
}

/// Longest name of a user's own city, in characters.
pub const CITY_MAX_CHARS: u32 = 80;

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
        self.location.check()?;
        self.governance.check()?;
        Ok(())
    }

    /// True when nothing differs from a fresh plan, apart from the filled-in zone and
    /// start date.
    pub fn is_blank(&self) -> bool {
        let mut fresh = Plan::default();
        fresh.location.hq_zone = self.location.hq_zone.clone();
        fresh.business.start_date = self.business.start_date.clone();
        *self == fresh
    }
}

/// What carrying the engagement model into the business case changed, so the user can be
/// told (a change made for them on another step must be visible).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModelSync {
    /// The model in force, when the engagement answers give one.
    pub model: Option<EngagementModel>,
    /// The vendor options (by index) that now use it.
    pub changed: Vec<usize>,
    /// The options left as they were: with the model in force they would be a copy of
    /// another option (the same region and model), which only the user may make.
    pub kept: Vec<usize>,
}

impl Plan {
    /// Carries the engagement model in force into the business case: every vendor option
    /// uses it (with that model's default setup cost), unless that would make it a copy
    /// of another option.
    pub fn sync_model(&mut self) -> ModelSync {
        let Some(model) = super::engagement::chosen_model(&self.engagement) else {
            return ModelSync::default();
        };
        let mut sync = ModelSync {
            model: Some(model),
            ..ModelSync::default()
        };
        let fx = self.business.fx();
        let options = &mut self.business.options;
        for i in 0..options.len() {
            if options[i].model == model {
                continue;
            }
            let moved = VendorOption {
                model,
                ..options[i].clone()
            };
            let twin = options
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.same_as(&moved));
            if twin {
                sync.kept.push(i);
            } else {
                options[i].model = model;
                options[i].setup_cost = model.default_setup_cost() * fx;
                sync.changed.push(i);
            }
        }
        sync
    }

    /// Sets the business case's horizon; the engagement's length follows it until the
    /// user sets that.
    pub fn set_horizon(&mut self, months: u32) {
        self.business.horizon_months = months;
        self.follow_horizon();
    }

    /// Turns the pilot on or off. Turned on for the first time, it starts from the work
    /// step's suggested pilot: one squad (SQUAD engineers, fewer when the team is
    /// smaller) for its first months; the user's own figures are kept after that.
    pub fn start_pilot(&mut self, on: bool) {
        let b = &mut self.business;
        if on && b.pilot == Pilot::default() {
            b.pilot.engineers = SQUAD.min(b.team_size.saturating_sub(1)).max(1);
        }
        b.pilot.on = on;
    }

    /// The engagement's length, while the user has not set it, is the horizon.
    pub fn follow_horizon(&mut self) {
        if !self.engagement.length_set {
            self.engagement.horizon_months = self.business.horizon_months;
        }
    }
}
