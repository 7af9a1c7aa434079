//! Names and explanations for the business case's domain values.

use super::{t, Key, Lang};
use crate::domain::business::{Currency, Metric};
use crate::domain::cost::fit::Factor;
use crate::domain::cost::inputs::{Country, EngagementModel, Region, SpecClarity, VendorOption};

pub fn metric_key(m: Metric) -> Key {
    match m {
        Metric::CycleTime => Key::MetricCycleTime,
        Metric::ReleasePredictability => Key::MetricPredictability,
        Metric::DefectLeakage => Key::MetricDefectLeakage,
        Metric::ReworkRate => Key::MetricRework,
        Metric::IncidentTrend => Key::MetricIncidents,
        Metric::StakeholderSatisfaction => Key::MetricSatisfaction,
    }
}

pub fn factor_key(f: Factor) -> Key {
    match f {
        Factor::Speed => Key::FactorSpeed,
        Factor::Capability => Key::FactorCapability,
        Factor::Stability => Key::FactorStability,
        Factor::Quality => Key::FactorQuality,
        Factor::Control => Key::FactorControl,
    }
}

pub fn clarity_key(c: SpecClarity) -> Key {
    match c {
        SpecClarity::Clear => Key::ClarityClear,
        SpecClarity::MostlyClear => Key::ClarityMostly,
        SpecClarity::Unclear => Key::ClarityUnclear,
    }
}

pub fn currency_key(c: Currency) -> Key {
    match c {
        Currency::Usd => Key::CurrencyUsd,
        Currency::Eur => Key::CurrencyEur,
        Currency::Gbp => Key::CurrencyGbp,
    }
}

pub fn region_key(r: Region) -> Key {
    match r {
        Region::LatinAmerica => Key::RegionLatam,
        Region::EasternEurope => Key::RegionEasternEurope,
        Region::SouthAsia => Key::RegionSouthAsia,
        Region::Onshore => Key::RegionOnshore,
    }
}

pub fn model_key(m: EngagementModel) -> Key {
    match m {
        EngagementModel::DedicatedTeam => Key::ModelDedicated,
        EngagementModel::ProjectBased => Key::ModelProject,
        EngagementModel::OffshoreDevelopmentCenter => Key::ModelOdc,
        EngagementModel::SpecialistSupport => Key::ModelSpecialist,
    }
}

/// "In-house hiring", or "Latin America · Dedicated team".
pub fn option_name(lang: Lang, option: Option<&VendorOption>) -> String {
    match option {
        None => t(lang, Key::InHouse).to_string(),
        Some(o) => format!("{} · {}", place_name(lang, o), t(lang, model_key(o.model))),
    }
}

/// A catalogue country's name.
pub fn country_key(c: Country) -> Key {
    match c {
        Country::Argentina => Key::CountryArgentina,
        Country::Chile => Key::CountryChile,
        Country::Colombia => Key::CountryColombia,
        Country::Mexico => Key::CountryMexico,
        Country::Peru => Key::CountryPeru,
        Country::Uruguay => Key::CountryUruguay,
        Country::Poland => Key::CountryPoland,
        Country::Romania => Key::CountryRomania,
        Country::India => Key::CountryIndia,
        Country::Vietnam => Key::CountryVietnam,
        Country::Philippines => Key::CountryPhilippines,
    }
}

/// Where an option's team is: its country, the user's own city, or its region.
pub fn place_name(lang: Lang, o: &VendorOption) -> String {
    match (o.country, o.city.trim()) {
        (Some(c), _) => t(lang, country_key(c)).to_string(),
        (None, "") => t(lang, region_key(o.region)).to_string(),
        (None, city) => city.to_string(),
    }
}
