//! What the cost case is computed from: ranged assumptions with their defaults, the
//! options to compare, and how each option's model inputs are derived.

use serde::{Deserialize, Serialize};

pub use super::shift::{Shift, SHIFT_PREMIUM, USUAL_DAY};

pub use super::assumptions::Assumptions;
pub use super::range::{Part, Range};
pub use crate::domain::fx::Contract;
pub use crate::domain::geo::{Country, Place, Region, IN_HOUSE_WAGE_GROWTH};

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

/// One vendor option: a place (a catalogue country, or a city of the user's own with
/// its region) and an engagement model, with its own rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VendorOption {
    pub region: Region,
    /// The catalogue country; `None` for a region only, or the user's own city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// The user's own city (empty for a catalogue country or a region only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    pub model: EngagementModel,
    /// Hourly rate.
    pub rate: Range,
    /// Typical weekday overlap with headquarters, hours.
    pub overlap_hours: f64,
    /// One-off setup cost.
    pub setup_cost: f64,
    /// Yearly wage growth applied to the rate from month 13; `None`: the region's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wage_growth: Option<Range>,
    /// Cost of one trip to the team; `None`: the region's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trip_cost: Option<Range>,
    /// The currency the contract is priced in (amounts stay in the plan's currency; a
    /// contract in another adds its exchange-rate drift to the uncertainty run).
    #[serde(default, skip_serializing_if = "is_usd")]
    pub contract: Contract,
    /// The team works outside its country's usual day: its hours, and the premium its
    /// rate carries for it. `None`: a usual day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shift: Option<Shift>,
}

fn is_usd(c: &Contract) -> bool {
    *c == Contract::Usd
}

impl VendorOption {
    pub fn new(region: Region, model: EngagementModel) -> Self {
        VendorOption {
            region,
            country: None,
            city: String::new(),
            model,
            rate: region.default_rate(),
            overlap_hours: region.default_overlap_hours(),
            setup_cost: model.default_setup_cost(),
            wage_growth: None,
            trip_cost: None,
            contract: Contract::Usd,
            shift: None,
        }
    }

    /// An option in a catalogue country, with the country's rate where one is published.
    pub fn in_country(country: Country, model: EngagementModel) -> Self {
        VendorOption {
            country: Some(country),
            rate: country.default_rate(),
            ..VendorOption::new(country.region(), model)
        }
    }

    /// Where the team is, as offered in the option's select (a city of the user's own
    /// shows as its region).
    pub fn place(&self) -> Place {
        self.country
            .map_or(Place::Region(self.region), Place::Country)
    }

    /// Moves the option to a place, with that place's rate and typical overlap.
    pub fn set_place(&mut self, place: Place) {
        let (country, region) = match place {
            Place::Country(c) => (Some(c), c.region()),
            Place::Region(r) => (None, r),
        };
        *self = VendorOption {
            model: self.model,
            setup_cost: self.setup_cost,
            ..match country {
                Some(c) => VendorOption::in_country(c, self.model),
                None => VendorOption::new(region, self.model),
            }
        };
    }

    /// The rate this option's place starts from.
    pub fn default_rate(&self) -> Range {
        self.country
            .map_or_else(|| self.region.default_rate(), Country::default_rate)
    }

    /// The same place as `other` (country, or city and region) and the same model.
    pub fn same_as(&self, other: &VendorOption) -> bool {
        self.model == other.model
            && self.country == other.country
            && self.region == other.region
            && self.city.trim() == other.city.trim()
    }

    pub fn growth(&self) -> Range {
        self.wage_growth
            .unwrap_or_else(|| self.region.wage_growth())
    }

    /// The shift premium on the rate: the shift's, or none for a usual day.
    pub fn shift_premium(&self) -> Range {
        self.shift.map_or(Range::exact(0.0), |s| s.premium)
    }

    /// The cost of a trip: the user's, or the region's (in US dollars) times `fx`, the
    /// plan's currency per dollar.
    pub fn trip(&self, fx: f64) -> Range {
        self.trip_cost
            .unwrap_or_else(|| self.region.trip_cost().map(|v| v * fx))
    }

    /// Multiplies every amount of the option (rate, setup cost, a trip cost of the
    /// user's) by `factor`: a change of currency, converted.
    pub fn convert(&mut self, factor: f64) {
        self.rate = self.rate.map(|v| v * factor);
        self.setup_cost *= factor;
        self.trip_cost = self.trip_cost.map(|r| r.map(|v| v * factor));
    }

    /// Communication overhead from the overlap, with its +-25% range.
    pub fn communication(&self) -> Range {
        Range::spread(
            super::model::communication_overhead(self.overlap_hours),
            0.25,
        )
    }
}

impl Assumptions {
    /// The defaults with their amounts (the salary) in a currency worth `fx` units per
    /// US dollar.
    pub fn defaults_in(fx: f64) -> Assumptions {
        let d = Assumptions::default();
        Assumptions {
            salary: d.salary.map(|v| v * fx),
            ..d
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

/// An optional pilot: `engineers` for the first `months`, then the full team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Pilot {
    pub on: bool,
    pub engineers: u32,
    pub months: u32,
}

impl Default for Pilot {
    fn default() -> Self {
        Pilot {
            on: false,
            engineers: 2,
            months: 3,
        }
    }
}

/// At most this many vendor options are compared at once.
pub const MAX_OPTIONS: usize = 4;
