//! The one plan state the whole wizard reads and writes.

use serde::{Deserialize, Serialize};

pub use super::business::{BusinessCase, Goal};
use super::validate::{self, FieldError};

/// Everything the user has entered, across the five steps.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    pub business: BusinessCase,
    pub work: WorkSelection,
    pub engagement: EngagementAnswers,
    pub location: LocationAnswers,
}

/// Step 2: which kinds of work the company has and is considering.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkSelection {
    /// Ticked workstream kinds, kept in catalogue order without repeats.
    pub selected: Vec<WorkstreamKind>,
}

impl WorkSelection {
    pub fn is_selected(&self, kind: WorkstreamKind) -> bool {
        self.selected.contains(&kind)
    }

    /// Ticks or unticks a kind, keeping catalogue order.
    pub fn set(&mut self, kind: WorkstreamKind, on: bool) {
        self.selected.retain(|k| *k != kind);
        if on {
            self.selected.push(kind);
            self.selected.sort_by_key(|k| k.index());
        }
    }
}

/// The starting catalogue of workstream kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkstreamKind {
    FeatureDevelopment,
    QaAutomation,
    Maintenance,
    CloudMigration,
    ModularPlatform,
    Devops,
    CoreArchitecture,
    ProductStrategy,
    SecurityRiskAcceptance,
    UndefinedScope,
}

impl WorkstreamKind {
    pub const ALL: [WorkstreamKind; 10] = [
        WorkstreamKind::FeatureDevelopment,
        WorkstreamKind::QaAutomation,
        WorkstreamKind::Maintenance,
        WorkstreamKind::CloudMigration,
        WorkstreamKind::ModularPlatform,
        WorkstreamKind::Devops,
        WorkstreamKind::CoreArchitecture,
        WorkstreamKind::ProductStrategy,
        WorkstreamKind::SecurityRiskAcceptance,
        WorkstreamKind::UndefinedScope,
    ];

    pub fn index(self) -> usize {
        WorkstreamKind::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or(usize::MAX)
    }
}

/// Step 3: the answers that decide the engagement model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EngagementAnswers {
    pub nature: Option<WorkNature>,
    /// How long the engagement is expected to run, in months.
    pub horizon_months: u32,
}

impl Default for EngagementAnswers {
    fn default() -> Self {
        Self {
            nature: None,
            horizon_months: 12,
        }
    }
}

/// The nature of the work to be contracted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkNature {
    OngoingProduct,
    DefinedInitiative,
    SecondHub,
    SkillGap,
}

impl WorkNature {
    pub const ALL: [WorkNature; 4] = [
        WorkNature::OngoingProduct,
        WorkNature::DefinedInitiative,
        WorkNature::SecondHub,
        WorkNature::SkillGap,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            WorkNature::OngoingProduct => "ongoing_product",
            WorkNature::DefinedInitiative => "defined_initiative",
            WorkNature::SecondHub => "second_hub",
            WorkNature::SkillGap => "skill_gap",
        }
    }

    pub fn from_slug(s: &str) -> Option<WorkNature> {
        WorkNature::ALL.into_iter().find(|n| n.slug() == s)
    }
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
        let checks: [(&'static str, Result<(), FieldError>); 4] = [
            (
                "engagement.horizon_months",
                validate::HORIZON.check(self.engagement.horizon_months),
            ),
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
        if self.work.selected.len() > WorkstreamKind::ALL.len() {
            return Err(InvalidField {
                field: "work.selected",
                error: FieldError::TooMany {
                    max: WorkstreamKind::ALL.len() as u32,
                },
            });
        }
        Ok(())
    }

    /// True when nothing differs from a fresh plan, apart from the filled-in zone.
    pub fn is_blank(&self) -> bool {
        let mut fresh = Plan::default();
        fresh.location.hq_zone = self.location.hq_zone.clone();
        *self == fresh
    }
}
