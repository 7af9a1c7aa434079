//! Step 3: which of the four engagement models fits, scored from the answers, with
//! every point that moved a score kept as a reason; and the mismatches to warn about.

use serde::{Deserialize, Serialize};

use super::cost::inputs::EngagementModel;
use super::validate;
use super::validate::InvalidField;

macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $slug:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),* }
            }
            pub fn from_slug(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.slug() == s)
            }
        }
    };
}

choice!(
    /// The nature of the work to be contracted.
    WorkNature {
        OngoingProduct => "ongoing_product",
        DefinedInitiative => "defined_initiative",
        SecondHub => "second_hub",
        SkillGap => "skill_gap",
    }
);
choice!(
    /// Low, medium or high.
    Level { Low => "low", Medium => "medium", High => "high" }
);
choice!(
    /// How settled the scope is.
    Stability { Stable => "stable", Evolving => "evolving", Volatile => "volatile" }
);
choice!(
    /// Who manages the engineers day to day.
    Management { Internal => "internal", Shared => "shared", External => "external" }
);
choice!(
    /// The contract structure.
    Contract {
        TimeAndMaterials => "time_and_materials",
        FixedPrice => "fixed_price",
        Retainer => "retainer",
        DedicatedContract => "dedicated_contract",
    }
);

/// The answers that decide the engagement model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct EngagementAnswers {
    pub nature: Option<WorkNature>,
    /// How long the engagement is expected to run, in months: the business case's
    /// horizon until the user sets it (`length_set`).
    pub horizon_months: u32,
    /// The user set the length; until then it follows the business case's horizon.
    pub length_set: bool,
    /// Internal leadership capacity to run the engagement.
    pub leadership: Option<Level>,
    pub scope_stability: Option<Stability>,
    /// How much continuity and domain knowledge matter.
    pub continuity: Option<Level>,
    pub management: Option<Management>,
    pub contract: Option<Contract>,
    /// The model the user chose; `None` follows the recommendation.
    pub chosen: Option<EngagementModel>,
}

impl Default for EngagementAnswers {
    fn default() -> Self {
        Self {
            nature: None,
            horizon_months: 12,
            length_set: false,
            leadership: None,
            scope_stability: None,
            continuity: None,
            management: None,
            contract: None,
            chosen: None,
        }
    }
}

impl EngagementAnswers {
    pub fn check(&self) -> Result<(), InvalidField> {
        validate::HORIZON
            .check(self.horizon_months)
            .map_err(|error| InvalidField {
                field: "engagement.horizon_months",
                error,
            })
    }
}

/// The answer behind a score change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Driver {
    Nature(WorkNature),
    Leadership(Level),
    Scope(Stability),
    ShortHorizon,
    MediumHorizon,
    LongHorizon,
    Continuity(Level),
    Management(Management),
}

/// One change to a model's score and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Adjustment {
    pub points: i32,
    pub driver: Driver,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelScore {
    pub model: EngagementModel,
    /// 0 to 100.
    pub score: u32,
    pub adjustments: Vec<Adjustment>,
}

/// Every score starts here before the answers move it.
pub const BASE_SCORE: i32 = 50;

/// Points for (dedicated team, project-based, offshore development center, specialist).
fn points(driver: Driver) -> [i32; 4] {
    use Driver::*;
    match driver {
        Nature(WorkNature::OngoingProduct) => [20, -10, 5, -10],
        Nature(WorkNature::DefinedInitiative) => [-5, 20, -15, -5],
        Nature(WorkNature::SecondHub) => [5, -15, 25, -15],
        Nature(WorkNature::SkillGap) => [-5, 0, -15, 25],
        Leadership(Level::Low) => [-5, 10, -25, 5],
        Leadership(Level::Medium) => [5, 0, -5, 0],
        Leadership(Level::High) => [5, 0, 10, 0],
        Scope(Stability::Stable) => [0, 10, 0, 0],
        Scope(Stability::Evolving) => [5, -5, 0, 0],
        Scope(Stability::Volatile) => [10, -15, 0, 0],
        ShortHorizon => [-5, 10, -20, 5],
        MediumHorizon => [5, 0, 0, 0],
        LongHorizon => [10, -10, 15, 0],
        Continuity(Level::High) => [10, -10, 10, -5],
        Continuity(Level::Medium) => [0, 0, 0, 0],
        Continuity(Level::Low) => [0, 5, 0, 5],
        Management(self::Management::Internal) => [5, -10, 10, 0],
        Management(self::Management::Shared) => [10, 0, 0, 0],
        Management(self::Management::External) => [-5, 10, -20, 5],
    }
}

/// Months under which an engagement is short, and over which it is long.
pub const SHORT_MONTHS: u32 = 6;
pub const LONG_MONTHS: u32 = 24;

fn drivers(a: &EngagementAnswers) -> Vec<Driver> {
    let horizon = if a.horizon_months < SHORT_MONTHS {
        Driver::ShortHorizon
    } else if a.horizon_months > LONG_MONTHS {
        Driver::LongHorizon
    } else {
        Driver::MediumHorizon
    };
    [
        a.nature.map(Driver::Nature),
        a.leadership.map(Driver::Leadership),
        a.scope_stability.map(Driver::Scope),
        Some(horizon),
        a.continuity.map(Driver::Continuity),
        a.management.map(Driver::Management),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The four models scored, highest first (ties keep the table's order).
pub fn score_models(a: &EngagementAnswers) -> Vec<ModelScore> {
    let drivers = drivers(a);
    let mut scores: Vec<ModelScore> = EngagementModel::ALL
        .iter()
        .enumerate()
        .map(|(i, model)| {
            let adjustments: Vec<Adjustment> = drivers
                .iter()
                .map(|d| Adjustment {
                    points: points(*d)[i],
                    driver: *d,
                })
                .filter(|adj| adj.points != 0)
                .collect();
            let total = BASE_SCORE + adjustments.iter().map(|adj| adj.points).sum::<i32>();
            ModelScore {
                model: *model,
                score: total.clamp(0, 100) as u32,
                adjustments,
            }
        })
        .collect();
    scores.sort_by_key(|s| std::cmp::Reverse(s.score));
    scores
}

/// The recommended model, once the nature of the work is known.
pub fn recommended(a: &EngagementAnswers) -> Option<EngagementModel> {
    a.nature?;
    score_models(a).first().map(|s| s.model)
}

/// The model in force: the user's choice, or else the recommendation.
pub fn chosen_model(a: &EngagementAnswers) -> Option<EngagementModel> {
    a.chosen.or_else(|| recommended(a))
}

/// The contract that usually goes with a model.
pub fn usual_contract(m: EngagementModel) -> Contract {
    match m {
        EngagementModel::DedicatedTeam => Contract::TimeAndMaterials,
        EngagementModel::ProjectBased => Contract::FixedPrice,
        EngagementModel::OffshoreDevelopmentCenter => Contract::DedicatedContract,
        EngagementModel::SpecialistSupport => Contract::Retainer,
    }
}

/// A mismatch between the chosen model and the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// An offshore development center needs a full management layer of your own.
    OdcWithLowLeadership,
    /// A fixed price on a scope that is still moving ends in change requests.
    FixedPriceUnstableScope,
    /// An offshore development center rarely repays its set-up within two years.
    OdcShortHorizon,
    /// External management when continuity matters: knowledge leaves with the vendor.
    ExternalManagementContinuity,
    /// A specialist retainer for ongoing product work: nobody owns the product's flow.
    SpecialistForOngoingProduct,
}

pub fn mismatches(a: &EngagementAnswers) -> Vec<Mismatch> {
    let Some(model) = chosen_model(a) else {
        return Vec::new();
    };
    let contract = a.contract.unwrap_or(usual_contract(model));
    let mut out = Vec::new();
    if model == EngagementModel::OffshoreDevelopmentCenter && a.leadership == Some(Level::Low) {
        out.push(Mismatch::OdcWithLowLeadership);
    }
    if contract == Contract::FixedPrice
        && matches!(
            a.scope_stability,
            Some(Stability::Evolving | Stability::Volatile)
        )
    {
        out.push(Mismatch::FixedPriceUnstableScope);
    }
    if model == EngagementModel::OffshoreDevelopmentCenter && a.horizon_months < LONG_MONTHS {
        out.push(Mismatch::OdcShortHorizon);
    }
    if a.management == Some(Management::External) && a.continuity == Some(Level::High) {
        out.push(Mismatch::ExternalManagementContinuity);
    }
    if model == EngagementModel::SpecialistSupport && a.nature == Some(WorkNature::OngoingProduct) {
        out.push(Mismatch::SpecialistForOngoingProduct);
    }
    out
}
