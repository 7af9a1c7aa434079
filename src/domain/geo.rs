//! Where a team can be: regions, and the catalogue's countries, each with the defaults
//! that depend on place (rates, wage growth, travel) and their sources.

use serde::{Deserialize, Serialize};

use crate::domain::cost::range::Range;

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

impl Region {
    /// Yearly wage growth, applied to the option's rate from month 13 on: vendor rates
    /// are assumed to follow local wages.
    pub fn wage_growth(self) -> Range {
        match self {
            // Michael Page Mexico Salary Guide 2026: six in ten companies plan 1-5%;
            // the high end is an assumption.
            Region::LatinAmerica => Range::new(0.03, 0.05, 0.08),
            // NBP Inflation Report, July 2025: enterprise wages +7.2% (2025), +5.8% (2026).
            Region::EasternEurope => Range::new(0.045, 0.06, 0.08),
            // Aon Salary Increase Survey 2025-26: technology services 6.8%; EY Future
            // of Pay 2026: IT services 6.6-6.8%.
            Region::SouthAsia => Range::new(0.05, 0.068, 0.09),
            Region::Onshore => IN_HOUSE_WAGE_GROWTH,
        }
    }

    /// Cost of one trip to the team, USD (assumption, 2026).
    pub fn trip_cost(self) -> Range {
        match self {
            Region::LatinAmerica => Range::new(1_500.0, 2_500.0, 4_000.0),
            Region::EasternEurope => Range::new(2_000.0, 3_500.0, 5_000.0),
            Region::SouthAsia => Range::new(3_000.0, 4_500.0, 7_000.0),
            Region::Onshore => Range::new(500.0, 1_000.0, 2_000.0),
        }
    }
}

/// US wage growth: BLS Employment Cost Index, wages and salaries of professional and
/// related workers, 12 months to March 2026: +3.7%; the range is an assumption.
pub const IN_HOUSE_WAGE_GROWTH: Range = Range::new(0.025, 0.037, 0.05);

/// Countries in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Country {
    Argentina,
    Chile,
    Colombia,
    Mexico,
    Peru,
    Uruguay,
    Poland,
    Romania,
    India,
    Vietnam,
    Philippines,
}

impl Country {
    pub const ALL: [Country; 11] = [
        Country::Argentina,
        Country::Chile,
        Country::Colombia,
        Country::Mexico,
        Country::Peru,
        Country::Uruguay,
        Country::Poland,
        Country::Romania,
        Country::India,
        Country::Vietnam,
        Country::Philippines,
    ];

    /// The IANA zone of the country's main tech hub.
    /// ISO 3166 code, as the holiday table names the country.
    pub fn iso(self) -> &'static str {
        match self {
            Country::Argentina => "AR",
            Country::Chile => "CL",
            Country::Colombia => "CO",
            Country::Mexico => "MX",
            Country::Peru => "PE",
            Country::Uruguay => "UY",
            Country::Poland => "PL",
            Country::Romania => "RO",
            Country::India => "IN",
            Country::Vietnam => "VN",
            Country::Philippines => "PH",
        }
    }

    pub fn zone(self) -> &'static str {
        match self {
            Country::Argentina => "America/Argentina/Buenos_Aires",
            Country::Chile => "America/Santiago",
            Country::Colombia => "America/Bogota",
            Country::Mexico => "America/Mexico_City",
            Country::Peru => "America/Lima",
            Country::Uruguay => "America/Montevideo",
            Country::Poland => "Europe/Warsaw",
            Country::Romania => "Europe/Bucharest",
            Country::India => "Asia/Kolkata",
            Country::Vietnam => "Asia/Ho_Chi_Minh",
            Country::Philippines => "Asia/Manila",
        }
    }

    pub fn region(self) -> Region {
        match self {
            Country::Poland | Country::Romania => Region::EasternEurope,
            Country::India | Country::Vietnam | Country::Philippines => Region::SouthAsia,
            _ => Region::LatinAmerica,
        }
    }
}

impl Country {
    /// The country's own hourly rate range, USD, where a published one exists:
    /// mid-level developers, Nearshore Business Solutions' Colombia vs Mexico guide
    /// (vendor figures, read 2026).
    pub fn own_rate(self) -> Option<Range> {
        match self {
            Country::Colombia => Some(Range::new(38.0, 48.0, 58.0)),
            Country::Mexico => Some(Range::new(45.0, 55.0, 65.0)),
            _ => None,
        }
    }

    /// The default rate: the country's own where published, else its region's.
    pub fn default_rate(self) -> Range {
        self.own_rate()
            .unwrap_or_else(|| self.region().default_rate())
    }
}

/// Where a vendor option's team is, as offered in its select: a catalogue country, or a
/// region when no country is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Country(Country),
    Region(Region),
}

impl Place {
    /// The countries first, then the regions.
    pub const ALL: [Place; 15] = [
        Place::Country(Country::Argentina),
        Place::Country(Country::Chile),
        Place::Country(Country::Colombia),
        Place::Country(Country::Mexico),
        Place::Country(Country::Peru),
        Place::Country(Country::Uruguay),
        Place::Country(Country::Poland),
        Place::Country(Country::Romania),
        Place::Country(Country::India),
        Place::Country(Country::Vietnam),
        Place::Country(Country::Philippines),
        Place::Region(Region::LatinAmerica),
        Place::Region(Region::EasternEurope),
        Place::Region(Region::SouthAsia),
        Place::Region(Region::Onshore),
    ];

    /// A country by its zone, a region by its slug.
    pub fn slug(self) -> &'static str {
        match self {
            Place::Country(c) => c.zone(),
            Place::Region(r) => r.slug(),
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.slug() == s)
    }
}
