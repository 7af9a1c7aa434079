//! Step 2: which workstreams may move now, which must stay, which are not ready, and
//! the pilot. Rules are data (the catalogue) plus small functions.

use serde::{Deserialize, Serialize};

use super::validate::InvalidField;
use super::validate::{self, FieldError};

/// The starting catalogue of workstream kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// What the catalogue says of a kind before any answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    Offshore,
    Specialist,
    KeepInHouse,
    NotYet,
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

    pub fn base(self) -> Base {
        use WorkstreamKind::*;
        match self {
            FeatureDevelopment | QaAutomation | Maintenance | CloudMigration | ModularPlatform => {
                Base::Offshore
            }
            Devops => Base::Specialist,
            CoreArchitecture | ProductStrategy | SecurityRiskAcceptance => Base::KeepInHouse,
            UndefinedScope => Base::NotYet,
        }
    }

    /// The condition particular to this kind, if it has one.
    pub fn condition(self) -> Option<Condition> {
        use WorkstreamKind::*;
        match self {
            FeatureDevelopment => Some(Condition::SpecsWritten),
            QaAutomation => Some(Condition::TestStrategySet),
            Maintenance => Some(Condition::EscalationPath),
            CloudMigration => Some(Condition::RollbackPlan),
            ModularPlatform => Some(Condition::ApiContracts),
            Devops => Some(Condition::ReleaseDecisionsInHouse),
            CoreArchitecture | ProductStrategy | SecurityRiskAcceptance | UndefinedScope => None,
        }
    }
}

/// A condition that must hold before a workstream can move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Condition {
    AcceptanceCriteria,
    Documented,
    OwnerReachable,
    ScopeDefined,
    SpecsWritten,
    TestStrategySet,
    EscalationPath,
    RollbackPlan,
    ApiContracts,
    ReleaseDecisionsInHouse,
}

/// Yes, no, or not answered yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    #[default]
    Unsure,
    Yes,
    No,
}

/// The governability questions of one workstream.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Answers {
    pub acceptance_criteria: Answer,
    pub documented: Answer,
    pub owner_reachable: Answer,
    pub scope_defined: Answer,
    /// Does it need constant strategic judgement or executive input? (Yes is bad.)
    pub strategic_judgement: Answer,
    /// The kind's own condition.
    pub kind_condition: Answer,
}

impl Answers {
    pub fn get(&self, c: Condition) -> Answer {
        match c {
            Condition::AcceptanceCriteria => self.acceptance_criteria,
            Condition::Documented => self.documented,
            Condition::OwnerReachable => self.owner_reachable,
            Condition::ScopeDefined => self.scope_defined,
            _ => self.kind_condition,
        }
    }
}

/// One workstream: from the catalogue (`kind`) or the user's own (`kind: None`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Workstream {
    pub id: u32,
    pub kind: Option<WorkstreamKind>,
    /// The user's name for it; empty means the catalogue's name.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub selected: bool,
    /// Business value, 1 to 5.
    #[serde(default = "default_value")]
    pub value: u8,
    #[serde(default)]
    pub answers: Answers,
    /// The user moved work the guide keeps in-house, and accepts the risk.
    #[serde(default)]
    pub risk_accepted: bool,
}

fn default_value() -> u8 {
    3
}

/// Most workstreams a plan may hold (the catalogue plus the user's own).
pub const MAX_WORKSTREAMS: usize = 40;
/// Longest workstream name, in characters.
pub const NAME_MAX_CHARS: u32 = 500;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct WorkSelection {
    pub workstreams: Vec<Workstream>,
}

impl Default for WorkSelection {
    fn default() -> Self {
        WorkSelection {
            workstreams: WorkstreamKind::ALL
                .iter()
                .enumerate()
                .map(|(i, k)| Workstream::catalogue(i as u32, *k))
                .collect(),
        }
    }
}

impl Workstream {
    pub fn catalogue(id: u32, kind: WorkstreamKind) -> Self {
        Workstream {
            id,
            kind: Some(kind),
            name: String::new(),
            selected: false,
            value: default_value(),
            answers: Answers::default(),
            risk_accepted: false,
        }
    }

    pub fn base(&self) -> Base {
        self.kind
            .map(WorkstreamKind::base)
            .unwrap_or(Base::Offshore)
    }

    /// The conditions this workstream is judged on, in order.
    pub fn conditions(&self) -> Vec<Condition> {
        let mut c = vec![
            Condition::AcceptanceCriteria,
            Condition::Documented,
            Condition::OwnerReachable,
            Condition::ScopeDefined,
        ];
        c.extend(self.kind.and_then(WorkstreamKind::condition));
        c
    }
}

impl WorkSelection {
    pub fn selected(&self) -> impl Iterator<Item = &Workstream> {
        self.workstreams.iter().filter(|w| w.selected)
    }

    pub fn get_mut(&mut self, id: u32) -> Option<&mut Workstream> {
        self.workstreams.iter_mut().find(|w| w.id == id)
    }

    /// Ticks or unticks a catalogue kind.
    pub fn set(&mut self, kind: WorkstreamKind, on: bool) {
        if let Some(w) = self.workstreams.iter_mut().find(|w| w.kind == Some(kind)) {
            w.selected = on;
        }
    }

    pub fn is_selected(&self, kind: WorkstreamKind) -> bool {
        self.workstreams
            .iter()
            .any(|w| w.kind == Some(kind) && w.selected)
    }

    /// Adds the user's own workstream, ticked. Refuses past the limit or an invalid name.
    pub fn add_custom(&mut self, name: &str) -> Result<u32, FieldError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(FieldError::Empty);
        }
        validate::text(name, NAME_MAX_CHARS)?;
        if self.workstreams.len() >= MAX_WORKSTREAMS {
            return Err(FieldError::TooMany {
                max: MAX_WORKSTREAMS as u32,
            });
        }
        let id = self.workstreams.iter().map(|w| w.id + 1).max().unwrap_or(0);
        self.workstreams.push(Workstream {
            id,
            kind: None,
            name: name.to_string(),
            selected: true,
            value: default_value(),
            answers: Answers::default(),
            risk_accepted: false,
        });
        Ok(id)
    }

    pub fn remove_custom(&mut self, id: u32) {
        self.workstreams.retain(|w| w.id != id || w.kind.is_some());
    }

    pub fn check(&self) -> Result<(), InvalidField> {
        let bad = |error| InvalidField {
            field: "work.workstreams",
            error,
        };
        if self.workstreams.len() > MAX_WORKSTREAMS {
            return Err(bad(FieldError::TooMany {
                max: MAX_WORKSTREAMS as u32,
            }));
        }
        for (i, w) in self.workstreams.iter().enumerate() {
            validate::text(&w.name, NAME_MAX_CHARS).map_err(bad)?;
            if !(1..=5).contains(&w.value) {
                return Err(bad(FieldError::OutOfRange { min: 1, max: 5 }));
            }
            if self.workstreams[..i].iter().any(|o| o.id == w.id) {
                return Err(bad(FieldError::Duplicate));
            }
        }
        Ok(())
    }
}

mod verdict;

pub use verdict::*;
