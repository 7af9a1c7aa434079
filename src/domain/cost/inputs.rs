//! What the cost case is computed from: ranged assumptions with their defaults, the
//! options to compare, and how each option's model inputs are derived.

use serde::{Deserialize, Serialize};

/// A low / likely / high estimate. The deterministic figures use `likely`; the
/// uncertainty run samples a triangular distribution over the three.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

impl Range {
    pub const fn new(low: f64, likely: f64, high: f64) -> Self {
        Range { low, likely, high }
    }

    /// The same value for all three: no uncertainty.
    pub const fn exact(v: f64) -> Self {
        Range::new(v, v, v)
    }

    /// likely +- a share of it (0.25 = +-25%).
    pub fn spread(likely: f64, share: f64) -> Self {
        Range::new(likely * (1.0 - share), likely, likely * (1.0 + share))
    }

    pub fn is_ordered(&self) -> bool {
        self.low <= self.likely && self.likely <= self.high
    }

    pub fn map(self, f: impl Fn(f64) -> f64) -> Self {
        Range::new(f(self.low), f(self.likely), f(self.high))
    }

    pub fn get(&self, part: Part) -> f64 {
        match part {
            Part::Low => self.low,
            Part::Likely => self.likely,
            Part::High => self.high,
        }
    }

    /// Sets one part and moves the others just enough to keep low <= likely <= high,
    /// so the user can raise or lower an estimate one field at a time.
    pub fn with(self, part: Part, v: f64) -> Self {
        let Range { low, likely, high } = self;
        match part {
            Part::Low => Range::new(v, likely.max(v), high.max(v)),
            Part::Likely => Range::new(low.min(v), v, high.max(v)),
            Part::High => Range::new(low.min(v), likely.min(v), v),
        }
    }
}

/// One of the three values of a [`Range`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Low,
    Likely,
    High,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Low, Part::Likely, Part::High];
}

/// How clear the specifications are; drives extra rework.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SpecClarity {
    Clear,
    #[default]
    MostlyClear,
    Unclear,
}

impl SpecClarity {
    pub const ALL: [SpecClarity; 3] = [
        SpecClarity::Clear,
        SpecClarity::MostlyClear,
        SpecClarity::Unclear,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SpecClarity::Clear => "clear",
            SpecClarity::MostlyClear => "mostly_clear",
            SpecClarity::Unclear => "unclear",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == s)
    }

    /// Extra rework: clear 5%, mostly clear 10%, unclear 20%; range +-50% of it.
    pub fn rework(self) -> Range {
        let likely = match self {
            SpecClarity::Clear => 0.05,
            SpecClarity::MostlyClear => 0.10,
            SpecClarity::Unclear => 0.20,
        };
        Range::spread(likely, 0.5)
    }
}

/// Where a vendor team is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Region {
    LatinAmerica,
    EasternEurope,
    SouthAsia,
    Onshore,
}

impl Region {
    pub const ALL: [Region; 4] = [
        Region::LatinAmerica,
        Region::EasternEurope,
        Region::SouthAsia,
        Region::Onshore,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Region::LatinAmerica => "latin_america",
            Region::EasternEurope => "eastern_europe",
            Region::SouthAsia => "south_asia",
            Region::Onshore => "onshore",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.slug() == s)
    }

    /// Hourly rate in USD (vendor rate surveys 2025-2026).
    pub fn default_rate(self) -> Range {
        match self {
            Region::LatinAmerica => Range::new(40.0, 55.0, 75.0),
            Region::EasternEurope => Range::new(35.0, 50.0, 70.0),
            Region::SouthAsia => Range::new(20.0, 30.0, 50.0),
            Region::Onshore => Range::new(100.0, 150.0, 250.0),
        }
    }

    /// Typical weekday overlap in hours with a US East Coast 09:00-17:00 day; the
    /// offshore vs nearshore step replaces it with the computed figure.
    pub fn default_overlap_hours(self) -> f64 {
        match self {
            Region::LatinAmerica => 7.0,
            Region::EasternEurope => 2.0,
            Region::SouthAsia => 0.0,
            Region::Onshore => 8.0,
        }
    }
}

/// The four engagement models.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EngagementModel {
    DedicatedTeam,
    ProjectBased,
    OffshoreDevelopmentCenter,
    SpecialistSupport,
}

impl EngagementModel {
    pub const ALL: [EngagementModel; 4] = [
        EngagementModel::DedicatedTeam,
        EngagementModel::ProjectBased,
        EngagementModel::OffshoreDevelopmentCenter,
        EngagementModel::SpecialistSupport,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            EngagementModel::DedicatedTeam => "dedicated_team",
            EngagementModel::ProjectBased => "project_based",
            EngagementModel::OffshoreDevelopmentCenter => "offshore_development_center",
            EngagementModel::SpecialistSupport => "specialist_support",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.slug() == s)
    }

    /// Management overhead (CIO hidden-cost worksheet ranges).
    pub fn management_overhead(self) -> Range {
        match self {
            EngagementModel::DedicatedTeam => Range::new(0.08, 0.10, 0.15),
            EngagementModel::ProjectBased => Range::new(0.05, 0.07, 0.10),
            EngagementModel::OffshoreDevelopmentCenter => Range::new(0.10, 0.15, 0.25),
            EngagementModel::SpecialistSupport => Range::new(0.03, 0.05, 0.08),
        }
    }

    /// Default one-off setup cost in USD: an offshore development center is set up
    /// under your own brand; the other models start on the vendor's existing set-up.
    pub fn default_setup_cost(self) -> f64 {
        match self {
            EngagementModel::OffshoreDevelopmentCenter => 50_000.0,
            _ => 0.0,
        }
    }
}

/// One vendor option: a region and an engagement model, with its own rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VendorOption {
    pub region: Region,
    pub model: EngagementModel,
    /// Hourly rate.
    pub rate: Range,
    /// Typical weekday overlap with headquarters, hours.
    pub overlap_hours: f64,
    /// One-off setup cost.
    pub setup_cost: f64,
}

impl VendorOption {
    pub fn new(region: Region, model: EngagementModel) -> Self {
        VendorOption {
            region,
            model,
            rate: region.default_rate(),
            overlap_hours: region.default_overlap_hours(),
            setup_cost: model.default_setup_cost(),
        }
    }

    /// Communication overhead from the overlap, with its +-25% range.
    pub fn communication(&self) -> Range {
        Range::spread(
            super::model::communication_overhead(self.overlap_hours),
            0.25,
        )
    }
}

/// The shared assumptions, each ranged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Assumptions {
    /// In-house annual salary per engineer.
    pub salary: Range,
    /// Loaded-cost multiplier on salary.
    pub loaded_multiplier: Range,
    /// In-house hiring lead time, months.
    pub hiring_lead_months: Range,
    /// Recruiting fee per hire, share of salary.
    pub recruiting_fee: Range,
    /// In-house annual attrition.
    pub inhouse_attrition: Range,
    /// Billable hours per month.
    pub hours_per_month: f64,
    /// Vendor annual attrition.
    pub vendor_attrition: Range,
    /// Vendor mobilisation, weeks.
    pub mobilisation_weeks: Range,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            salary: Range::spread(144_570.0, 0.15),
            loaded_multiplier: Range::new(1.25, 1.35, 1.6),
            hiring_lead_months: Range::new(2.0, 3.0, 5.0),
            recruiting_fee: Range::new(0.15, 0.20, 0.25),
            inhouse_attrition: Range::new(0.08, 0.13, 0.20),
            hours_per_month: 160.0,
            vendor_attrition: Range::new(0.12, 0.18, 0.28),
            mobilisation_weeks: Range::new(2.0, 4.0, 8.0),
        }
    }
}

/// The default options to compare: a Latin American and a South Asian dedicated team.
pub fn default_options() -> Vec<VendorOption> {
    vec![
        VendorOption::new(Region::LatinAmerica, EngagementModel::DedicatedTeam),
        VendorOption::new(Region::SouthAsia, EngagementModel::DedicatedTeam),
    ]
}

/// At most this many vendor options are compared at once.
pub const MAX_OPTIONS: usize = 4;
