//! Candidate locations: the catalogue (a representative zone and region per country),
//! the user's own, and how each compares once its overlap is known.

use serde::{Deserialize, Serialize};

use super::{classify, Class, YearOverlap};
use crate::domain::cost::model::communication_overhead;
use crate::domain::geo::Region;

pub use crate::domain::geo::Country;

/// A location under consideration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    pub id: u32,
    /// From the catalogue, or `None` for the user's own city.
    pub country: Option<Country>,
    /// The user's name for their own city (empty for catalogue entries).
    #[serde(default)]
    pub name: String,
    pub zone: String,
    pub region: Region,
    /// The team's working day, local minutes.
    pub start_min: u16,
    pub end_min: u16,
    /// The country (ISO 3166 code) whose public holidays the team keeps, when the user
    /// chose one; `None`: the catalogue country's, or its time zone's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holidays: Option<String>,
}

/// At most this many locations are compared at once.
pub const MAX_CANDIDATES: usize = 6;

impl Candidate {
    pub fn from_country(id: u32, c: Country) -> Self {
        Candidate {
            id,
            country: Some(c),
            name: String::new(),
            zone: c.zone().to_string(),
            region: c.region(),
            start_min: 9 * 60,
            end_min: 17 * 60,
            holidays: None,
        }
    }
}

impl Candidate {
    /// The rate a team here starts from: its country's own where published, else its
    /// region's (the same as a business case option in the same place).
    pub fn default_rate(&self) -> crate::domain::cost::range::Range {
        self.country
            .map_or_else(|| self.region.default_rate(), Country::default_rate)
    }
}

/// Whether real-time collaboration is possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Collaboration {
    WholeDay,
    OverlapOnly,
    AlmostNone,
}

/// The governance a location needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GovernanceLoad {
    Lower,
    Moderate,
    Higher,
}

/// One location's row of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub id: u32,
    pub class: Class,
    pub typical_hours: f64,
    pub collaboration: Collaboration,
    pub communication_overhead: f64,
    /// Hourly rate after management, rework and communication overhead:
    /// rate x (1 + m) / ((1 - w) x (1 - c)).
    pub effective_rate: f64,
    pub governance: GovernanceLoad,
    /// 0 to 100: the five-factor fit of the business case option this location would
    /// be (the one fit model, `BusinessCase::option_fit`).
    pub score: u32,
    /// The typical overlap is below the collaboration the work needs.
    pub short_of_need: bool,
}

/// Assesses a location from its overlap, rate and the plan's overheads.
pub fn assess(
    c: &Candidate,
    overlap: &YearOverlap,
    rate: f64,
    management: f64,
    rework: f64,
    need_hours: f64,
) -> Assessment {
    let hours = overlap.typical as f64 / 60.0;
    let class = classify(overlap.typical);
    let comm = communication_overhead(hours);
    Assessment {
        id: c.id,
        class,
        typical_hours: hours,
        collaboration: match class {
            Class::NearshoreLike if hours >= 7.0 => Collaboration::WholeDay,
            Class::OffshoreLike if hours < 1.0 => Collaboration::AlmostNone,
            _ => Collaboration::OverlapOnly,
        },
        communication_overhead: comm,
        effective_rate: rate * (1.0 + management) / ((1.0 - rework) * (1.0 - comm)).max(1e-6),
        governance: match class {
            Class::NearshoreLike => GovernanceLoad::Lower,
            Class::Partial => GovernanceLoad::Moderate,
            Class::OffshoreLike => GovernanceLoad::Higher,
        },
        // Set by the analysis: the fit of the option this location would be.
        score: 0,
        short_of_need: hours < need_hours,
    }
}

/// The locations best first: the highest score, then the lower effective rate (then the
/// order given).
pub fn ranking(assessments: &[Assessment]) -> Vec<u32> {
    let mut sorted: Vec<&Assessment> = assessments.iter().collect();
    sorted.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.effective_rate.total_cmp(&b.effective_rate))
    });
    sorted.into_iter().map(|a| a.id).collect()
}

/// The recommended location: the first of the ranking.
pub fn recommend(assessments: &[Assessment]) -> Option<u32> {
    ranking(assessments).first().copied()
}

/// Hours of real-time collaboration the work needs a day, by the nature of the work
/// when the user has not said.
pub fn default_need(nature: Option<crate::domain::engagement::WorkNature>) -> f64 {
    use crate::domain::engagement::WorkNature::*;
    match nature {
        Some(OngoingProduct) => 4.0,
        Some(SecondHub) => 3.0,
        Some(DefinedInitiative) | Some(SkillGap) => 2.0,
        None => 3.0,
    }
}
