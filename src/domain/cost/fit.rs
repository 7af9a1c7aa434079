//! The five-factor fit of each option (0-100): how well its traits match the weights
//! the user gave speed, capability, stability, quality and control.

use serde::{Deserialize, Serialize};

use super::inputs::EngagementModel;
use super::model::ModelInputs;

/// The five factors of the lens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Factor {
    Speed,
    Capability,
    Stability,
    Quality,
    Control,
}

impl Factor {
    pub const ALL: [Factor; 5] = [
        Factor::Speed,
        Factor::Capability,
        Factor::Stability,
        Factor::Quality,
        Factor::Control,
    ];
}

/// Importance of each factor, 1 (minor) to 5 (critical).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct FactorWeights {
    pub speed: u8,
    pub capability: u8,
    pub stability: u8,
    pub quality: u8,
    pub control: u8,
}

impl Default for FactorWeights {
    fn default() -> Self {
        FactorWeights {
            speed: 3,
            capability: 3,
            stability: 3,
            quality: 3,
            control: 3,
        }
    }
}

impl FactorWeights {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn get(&self, f: Factor) -> u8 {
        match f {
            Factor::Speed => self.speed,
            Factor::Capability => self.capability,
            Factor::Stability => self.stability,
            Factor::Quality => self.quality,
            Factor::Control => self.control,
        }
    }

    pub fn set(&mut self, f: Factor, v: u8) {
        let v = v.clamp(Self::MIN, Self::MAX);
        match f {
            Factor::Speed => self.speed = v,
            Factor::Capability => self.capability = v,
            Factor::Stability => self.stability = v,
            Factor::Quality => self.quality = v,
            Factor::Control => self.control = v,
        }
    }

    pub fn is_valid(&self) -> bool {
        Factor::ALL
            .iter()
            .all(|f| (Self::MIN..=Self::MAX).contains(&self.get(*f)))
    }
}

/// Who the option is, for the traits that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    InHouse,
    Vendor(EngagementModel),
}

/// Why a factor scored what it did, with the numbers that drove it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// First delivery after this many weeks (the bar is under 4).
    FirstDelivery { weeks: f64 },
    /// Skills the option brings, by who it is.
    Skills(Who),
    /// Annual attrition.
    Attrition { rate: f64 },
    /// Extra rework plus communication overhead.
    Friction { rework: f64, communication: f64 },
    /// Management structure, less the cost of little overlap.
    Oversight { who: Who, communication: f64 },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FactorScore {
    pub factor: Factor,
    /// 0 to 1.
    pub score: f64,
    pub reason: Reason,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// 0 to 100.
    pub total: u32,
    pub scores: Vec<FactorScore>,
}

/// Weeks to first delivery that score full marks, and that score nothing.
pub const SPEED_BEST_WEEKS: f64 = 4.0;
pub const SPEED_WORST_WEEKS: f64 = 26.0;
/// Attrition that scores nothing on stability.
pub const STABILITY_WORST_ATTRITION: f64 = 0.30;
/// Rework plus communication overhead that scores nothing on quality.
pub const QUALITY_WORST_FRICTION: f64 = 0.40;

/// Skill score by who the option is.
pub fn skills_score(who: Who) -> f64 {
    match who {
        Who::InHouse => 0.5,
        Who::Vendor(EngagementModel::SpecialistSupport) => 0.9,
        Who::Vendor(EngagementModel::DedicatedTeam) => 0.75,
        Who::Vendor(EngagementModel::OffshoreDevelopmentCenter) => 0.7,
        Who::Vendor(EngagementModel::ProjectBased) => 0.65,
    }
}

/// Control score by management structure, before the overlap penalty.
pub fn oversight_base(who: Who) -> f64 {
    match who {
        Who::InHouse => 1.0,
        Who::Vendor(EngagementModel::OffshoreDevelopmentCenter) => 0.85,
        Who::Vendor(EngagementModel::DedicatedTeam) => 0.7,
        Who::Vendor(EngagementModel::SpecialistSupport) => 0.6,
        Who::Vendor(EngagementModel::ProjectBased) => 0.5,
    }
}

fn unit(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Scores one option from its model inputs and first-delivery time.
pub fn fit(
    who: Who,
    inputs: &ModelInputs,
    first_delivery_weeks: f64,
    weights: &FactorWeights,
) -> Fit {
    let c = inputs.c;
    let scores = vec![
        FactorScore {
            factor: Factor::Speed,
            score: unit(
                (SPEED_WORST_WEEKS - first_delivery_weeks) / (SPEED_WORST_WEEKS - SPEED_BEST_WEEKS),
            ),
            reason: Reason::FirstDelivery {
                weeks: first_delivery_weeks,
            },
        },
        FactorScore {
            factor: Factor::Capability,
            score: skills_score(who),
            reason: Reason::Skills(who),
        },
        FactorScore {
            factor: Factor::Stability,
            score: unit(1.0 - inputs.a / STABILITY_WORST_ATTRITION),
            reason: Reason::Attrition { rate: inputs.a },
        },
        FactorScore {
            factor: Factor::Quality,
            score: unit(1.0 - (inputs.w + c) / QUALITY_WORST_FRICTION),
            reason: Reason::Friction {
                rework: inputs.w,
                communication: c,
            },
        },
        FactorScore {
            factor: Factor::Control,
            score: unit(oversight_base(who) - 2.0 * (c - 0.05).max(0.0)),
            reason: Reason::Oversight {
                who,
                communication: c,
            },
        },
    ];
    let total_weight: f64 = scores.iter().map(|s| weights.get(s.factor) as f64).sum();
    let weighted: f64 = scores
        .iter()
        .map(|s| weights.get(s.factor) as f64 * s.score)
        .sum();
    let total = if total_weight > 0.0 {
        (weighted / total_weight * 100.0).round() as u32
    } else {
        0
    };
    Fit { total, scores }
}

/// The index among the vendor options of the one that fits best (the first of equals);
/// `fits` holds in-house first, then each option.
pub fn best_fitting(fits: &[Fit], options: usize) -> Option<usize> {
    (0..options)
        .rev()
        .max_by_key(|i| fits.get(i + 1).map_or(0, |f| f.total))
}
