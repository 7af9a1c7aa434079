//! Names and explanations for the business case's domain values.

use super::{t, tf, Key, Lang};
use crate::domain::business::{Currency, Metric};
use crate::domain::cost::fit::{Factor, Reason, Who};
use crate::domain::cost::inputs::{EngagementModel, Region, SpecClarity, VendorOption};

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

pub fn factor_question_key(f: Factor) -> Key {
    match f {
        Factor::Speed => Key::QuestionSpeed,
        Factor::Capability => Key::QuestionCapability,
        Factor::Stability => Key::QuestionStability,
        Factor::Quality => Key::QuestionQuality,
        Factor::Control => Key::QuestionControl,
    }
}

pub fn factor_good_key(f: Factor) -> Key {
    match f {
        Factor::Speed => Key::GoodSpeed,
        Factor::Capability => Key::GoodCapability,
        Factor::Stability => Key::GoodStability,
        Factor::Quality => Key::GoodQuality,
        Factor::Control => Key::GoodControl,
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
        Some(o) => format!(
            "{} · {}",
            t(lang, region_key(o.region)),
            t(lang, model_key(o.model))
        ),
    }
}

/// Why a factor scored what it did. `num` and `pct` format numbers for the locale.
pub fn fit_reason(
    lang: Lang,
    reason: &Reason,
    num: &dyn Fn(f64, u32) -> String,
    pct: &dyn Fn(f64) -> String,
) -> String {
    match *reason {
        Reason::FirstDelivery { weeks } => tf(lang, Key::ReasonSpeed, &[("weeks", &num(weeks, 1))]),
        Reason::Skills(Who::InHouse) => t(lang, Key::ReasonSkillsInhouse).to_string(),
        Reason::Skills(Who::Vendor(m)) => tf(
            lang,
            Key::ReasonSkillsVendor,
            &[("model", t(lang, model_key(m)))],
        ),
        Reason::Attrition { rate } => tf(lang, Key::ReasonStability, &[("rate", &pct(rate))]),
        Reason::Friction {
            rework,
            communication,
        } => tf(
            lang,
            Key::ReasonQuality,
            &[("rework", &pct(rework)), ("comm", &pct(communication))],
        ),
        Reason::Oversight {
            who: Who::InHouse, ..
        } => t(lang, Key::ReasonControlInhouse).to_string(),
        Reason::Oversight {
            who: Who::Vendor(m),
            communication,
        } => tf(
            lang,
            Key::ReasonControlVendor,
            &[
                ("model", t(lang, model_key(m))),
                ("comm", &pct(communication)),
            ],
        ),
    }
}
