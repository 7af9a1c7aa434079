//! What the cost case is computed from: ranged assumptions with their defaults, the
//! options to compare, and how each option's model inputs are derived.

use serde::{Deserialize, Serialize};

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

/// A team asked to work outside its country's usual day (to reach headquarters' hours),
/// and the shift premium added to its rate: rate x (1 + premium).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Shift {
    /// The team's working day, local minutes after midnight.
    pub start_min: u16,
    pub end_min: u16,
    /// A share of the rate (0.1 = 10%).
    pub premium: Range,
}

/// The shift premium a shifted team's rate starts from (an assumption: shift
/// differentials are commonly 10-20% of base pay; some vendors absorb a partial shift).
pub const SHIFT_PREMIUM: Range = Range::new(0.05, 0.10, 0.20);

/// The usual working day a shift is measured against, local minutes: a day that starts
/// before 8:00 or ends after 18:00 (an hour either side of 9:00-17:00) is a shift.
pub const USUAL_DAY: (u16, u16) = (8 * 60, 18 * 60);

impl Shift {
    /// The shift for a team working `start_min`..`end_min` local, or `None` for a day
    /// within the usual one.
    pub fn of_hours(start_min: u16, end_min: u16) -> Option<Shift> {
        (start_min < USUAL_DAY.0 || end_min > USUAL_DAY.1).then_some(Shift {
            start_min,
            end_min,
            premium: SHIFT_PREMIUM,
        })
    }
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
    /// Vendor selection, a share of the annual contract value, paid in month 1.
    #[serde(skip_serializing_if = "defaults::vendor_selection")]
    pub vendor_selection: Range,
    /// Knowledge transfer: the first active months in which in-house engineers teach.
    #[serde(skip_serializing_if = "defaults::transfer_months")]
    pub transfer_months: Range,
    /// Knowledge transfer: share of an in-house engineer per vendor engineer.
    #[serde(skip_serializing_if = "defaults::transfer_share")]
    pub transfer_share: Range,
    /// Trips to the team a year.
    #[serde(skip_serializing_if = "defaults::trips_per_year")]
    pub trips_per_year: Range,
    /// Severance and retention, weeks of pay per released engineer.
    #[serde(skip_serializing_if = "defaults::severance_weeks")]
    pub severance_weeks: Range,
    /// Bringing the work back: months of knowledge transfer.
    #[serde(skip_serializing_if = "defaults::exit_months")]
    pub exit_months: Range,
    /// Bringing the work back: share of an in-house engineer per vendor engineer.
    #[serde(skip_serializing_if = "defaults::exit_share")]
    pub exit_share: Range,
    /// Yearly in-house wage growth, from month 13.
    #[serde(skip_serializing_if = "defaults::inhouse_wage_growth")]
    pub inhouse_wage_growth: Range,
    /// Yearly discount rate for the net present value.
    #[serde(skip_serializing_if = "defaults::discount_rate")]
    pub discount_rate: f64,
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

impl Assumptions {
    /// How many assumptions differ from their defaults.
    pub fn changed(&self) -> usize {
        let (a, d) = (self, Assumptions::default());
        let ranges = [
            (a.salary, d.salary),
            (a.loaded_multiplier, d.loaded_multiplier),
            (a.hiring_lead_months, d.hiring_lead_months),
            (a.recruiting_fee, d.recruiting_fee),
            (a.inhouse_attrition, d.inhouse_attrition),
            (a.vendor_attrition, d.vendor_attrition),
            (a.mobilisation_weeks, d.mobilisation_weeks),
            (a.vendor_selection, d.vendor_selection),
            (a.transfer_months, d.transfer_months),
            (a.transfer_share, d.transfer_share),
            (a.trips_per_year, d.trips_per_year),
            (a.severance_weeks, d.severance_weeks),
            (a.exit_months, d.exit_months),
            (a.exit_share, d.exit_share),
            (a.inhouse_wage_growth, d.inhouse_wage_growth),
        ];
        ranges.iter().filter(|(x, y)| x != y).count()
            + usize::from(a.hours_per_month != d.hours_per_month)
            + usize::from(a.discount_rate != d.discount_rate)
    }
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
            vendor_selection: defaults::VENDOR_SELECTION,
            transfer_months: defaults::TRANSFER_MONTHS,
            transfer_share: defaults::TRANSFER_SHARE,
            trips_per_year: defaults::TRIPS_PER_YEAR,
            severance_weeks: defaults::SEVERANCE_WEEKS,
            exit_months: defaults::EXIT_MONTHS,
            exit_share: defaults::EXIT_SHARE,
            inhouse_wage_growth: defaults::INHOUSE_WAGE_GROWTH,
            discount_rate: defaults::DISCOUNT_RATE,
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

/// The switching costs', growth and discount defaults (see `Default for Assumptions`),
/// and whether a value is at its default: links and files leave such a value out (it
/// reads back as the default), which keeps a plan's link short.
mod defaults {
    use super::{Range, IN_HOUSE_WAGE_GROWTH};

    macro_rules! defaults {
        ($($name:ident, $is:ident: $t:ty = $v:expr;)*) => {
            $(pub const $name: $t = $v;
            pub fn $is(v: &$t) -> bool {
                *v == $name
            })*
        };
    }

    defaults! {
        VENDOR_SELECTION, vendor_selection: Range = Range::new(0.002, 0.01, 0.02);
        TRANSFER_MONTHS, transfer_months: Range = Range::new(1.0, 3.0, 6.0);
        TRANSFER_SHARE, transfer_share: Range = Range::new(0.10, 0.20, 0.30);
        TRIPS_PER_YEAR, trips_per_year: Range = Range::new(2.0, 4.0, 8.0);
        SEVERANCE_WEEKS, severance_weeks: Range = Range::new(4.0, 8.0, 16.0);
        EXIT_MONTHS, exit_months: Range = Range::new(1.0, 2.0, 4.0);
        EXIT_SHARE, exit_share: Range = Range::new(0.30, 0.50, 0.70);
        INHOUSE_WAGE_GROWTH, inhouse_wage_growth: Range = IN_HOUSE_WAGE_GROWTH;
        DISCOUNT_RATE, discount_rate: f64 = 0.08;
    }
}

/// At most this many vendor options are compared at once.
pub const MAX_OPTIONS: usize = 4;
