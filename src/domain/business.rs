//! Step 1: what offshoring must achieve, how it will be measured, and the inputs of the
//! cost case.

use serde::{Deserialize, Serialize};

use super::cost::case::{CaseFigures, CaseInputs};
use super::cost::fit::{fit, FactorWeights, Fit, Who};
use super::cost::inputs::{
    default_options, Assumptions, Range, SpecClarity, VendorOption, MAX_OPTIONS,
};
use super::cost::uncertainty::{seed_of, simulate, RunResult, DEFAULT_TRIALS};
use super::validate::InvalidField;
use super::validate::{self, FieldError};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct BusinessCase {
    pub primary_goal: Option<Goal>,
    pub secondary_goals: Vec<Goal>,
    /// The scope, in a sentence.
    pub scope: String,
    /// Success metrics from the scorecard, each with a target.
    pub metrics: Vec<MetricTarget>,
    pub weights: FactorWeights,
    /// Team size in full-time engineers.
    pub team_size: u32,
    /// Planning horizon in months.
    pub horizon_months: u32,
    /// First day of the plan, `YYYY-MM-DD`; empty until set.
    pub start_date: String,
    pub spec_clarity: SpecClarity,
    pub currency: Currency,
    pub assumptions: Assumptions,
    /// The vendor options compared against hiring in-house.
    pub options: Vec<VendorOption>,
}

impl Default for BusinessCase {
    fn default() -> Self {
        Self {
            primary_goal: None,
            secondary_goals: Vec::new(),
            scope: String::new(),
            metrics: Vec::new(),
            weights: FactorWeights::default(),
            team_size: 5,
            horizon_months: 12,
            start_date: String::new(),
            spec_clarity: SpecClarity::default(),
            currency: Currency::default(),
            assumptions: Assumptions::default(),
            options: default_options(),
        }
    }
}

/// The goals a leader can pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    FasterDelivery,
    PlatformRebuild,
    QaCoverage,
    LowerRiskScaling,
    ScarceSkills,
    CostStructure,
}

impl Goal {
    pub const ALL: [Goal; 6] = [
        Goal::FasterDelivery,
        Goal::PlatformRebuild,
        Goal::QaCoverage,
        Goal::LowerRiskScaling,
        Goal::ScarceSkills,
        Goal::CostStructure,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Goal::FasterDelivery => "faster_delivery",
            Goal::PlatformRebuild => "platform_rebuild",
            Goal::QaCoverage => "qa_coverage",
            Goal::LowerRiskScaling => "lower_risk_scaling",
            Goal::ScarceSkills => "scarce_skills",
            Goal::CostStructure => "cost_structure",
        }
    }

    pub fn from_slug(s: &str) -> Option<Goal> {
        Goal::ALL.into_iter().find(|g| g.slug() == s)
    }
}

/// The scorecard's metrics: outcomes, not hourly rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    CycleTime,
    ReleasePredictability,
    DefectLeakage,
    ReworkRate,
    IncidentTrend,
    StakeholderSatisfaction,
}

impl Metric {
    pub const ALL: [Metric; 6] = [
        Metric::CycleTime,
        Metric::ReleasePredictability,
        Metric::DefectLeakage,
        Metric::ReworkRate,
        Metric::IncidentTrend,
        Metric::StakeholderSatisfaction,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MetricTarget {
    pub metric: Metric,
    /// The target in the user's words, for example "under 5 days".
    pub target: String,
}

/// Currencies amounts are shown in. Amounts are not converted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    #[default]
    Usd,
    Eur,
    Gbp,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Eur, Currency::Gbp];

    /// ISO 4217 code, for Intl.NumberFormat.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == s)
    }
}

/// Why a goal is too vague to act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalWarning {
    /// No primary goal chosen.
    NoGoal,
    /// Cost is the only goal.
    CostOnly,
    /// No success metric with a target.
    NoMetric,
}

/// The answers the uncertainty run depends on: team size, horizon, clarity, assumptions
/// and options.
#[derive(Clone, Debug, PartialEq)]
pub struct UncertaintyInputs(u32, u32, SpecClarity, Assumptions, Vec<VendorOption>);

impl BusinessCase {
    /// What the cost case reads.
    pub fn case_inputs(&self) -> CaseInputs<'_> {
        CaseInputs {
            team_size: self.team_size as f64,
            horizon: self.horizon_months,
            clarity: self.spec_clarity,
            assumptions: &self.assumptions,
            options: &self.options,
        }
    }

    /// The five-factor fit of in-house (first) and of each vendor option, in order, from
    /// the case's figures (`compute(&self.case_inputs())`): the one place it is scored.
    pub fn fits(&self, figs: &CaseFigures) -> Vec<Fit> {
        figs.all()
            .enumerate()
            .map(|(i, f)| {
                let who = i
                    .checked_sub(1)
                    .and_then(|k| self.options.get(k))
                    .map_or(Who::InHouse, |o| Who::Vendor(o.model));
                fit(who, &f.inputs, f.first_delivery_weeks, &self.weights)
            })
            .collect()
    }

    /// The uncertainty run of this case, seeded by its inputs, so the same plan always
    /// gives the same figures (on screen, in every export, natively): the one place it
    /// is run.
    pub fn uncertainty_run(&self) -> RunResult {
        let seed = seed_of(self.uncertainty_key().as_bytes());
        simulate(&self.case_inputs(), DEFAULT_TRIALS, seed)
    }

    /// Everything the uncertainty run depends on, compared cheaply on every keystroke to
    /// decide whether a new run is due (the text key below is only built for a run).
    pub fn uncertainty_inputs(&self) -> UncertaintyInputs {
        UncertaintyInputs(
            self.team_size,
            self.horizon_months,
            self.spec_clarity,
            self.assumptions.clone(),
            self.options.clone(),
        )
    }

    /// Everything the uncertainty run depends on, as text: it seeds the run, so the same
    /// inputs always give the same figures, and a change elsewhere (the scope, a metric)
    /// does not move them.
    pub fn uncertainty_key(&self) -> String {
        crate::support::json::write(&(
            self.team_size,
            self.horizon_months,
            self.spec_clarity,
            &self.assumptions,
            &self.options,
        ))
    }

    /// The warnings a vague goal earns: offshoring used to fix a clarity problem that
    /// looks like a capacity problem.
    pub fn goal_warnings(&self) -> Vec<GoalWarning> {
        let mut out = Vec::new();
        match self.primary_goal {
            None => out.push(GoalWarning::NoGoal),
            Some(Goal::CostStructure)
                if self
                    .secondary_goals
                    .iter()
                    .all(|g| *g == Goal::CostStructure) =>
            {
                out.push(GoalWarning::CostOnly)
            }
            _ => {}
        }
        if !self.metrics.iter().any(|m| !m.target.trim().is_empty()) {
            out.push(GoalWarning::NoMetric);
        }
        out
    }

    pub fn check(&self) -> Result<(), InvalidField> {
        let bad = |field: &'static str| move |error| InvalidField { field, error };
        validate::scope(&self.scope).map_err(bad("business.scope"))?;
        validate::TEAM_SIZE
            .check(self.team_size)
            .map_err(bad("business.team_size"))?;
        validate::HORIZON
            .check(self.horizon_months)
            .map_err(bad("business.horizon_months"))?;
        validate::date_or_empty(&self.start_date).map_err(bad("business.start_date"))?;
        if self.secondary_goals.len() > Goal::ALL.len() {
            return Err(bad("business.secondary_goals")(FieldError::TooMany {
                max: Goal::ALL.len() as u32,
            }));
        }
        if self.metrics.len() > Metric::ALL.len() {
            return Err(bad("business.metrics")(FieldError::TooMany {
                max: Metric::ALL.len() as u32,
            }));
        }
        for m in &self.metrics {
            validate::metric_target(&m.target).map_err(bad("business.metrics.target"))?;
        }
        if !self.weights.is_valid() {
            return Err(bad("business.weights")(FieldError::OutOfRange {
                min: FactorWeights::MIN as u32,
                max: FactorWeights::MAX as u32,
            }));
        }
        check_assumptions(&self.assumptions)?;
        if self.options.len() > MAX_OPTIONS {
            return Err(bad("business.options")(FieldError::TooMany {
                max: MAX_OPTIONS as u32,
            }));
        }
        for o in &self.options {
            check_range(&o.rate, validate::RATE, "business.options.rate")?;
            validate::OVERLAP
                .check(o.overlap_hours)
                .map_err(bad("business.options.overlap_hours"))?;
            validate::MONEY
                .check(o.setup_cost)
                .map_err(bad("business.options.setup_cost"))?;
        }
        Ok(())
    }
}

fn check_range(r: &Range, b: validate::Bounds, field: &'static str) -> Result<(), InvalidField> {
    validate::range(r, b).map_err(|error| InvalidField { field, error })
}

fn check_assumptions(a: &Assumptions) -> Result<(), InvalidField> {
    use validate::{
        ATTRITION, HOURS_PER_MONTH, LEAD_MONTHS, MOBILISATION_WEEKS, MULTIPLIER, SALARY, SHARE,
    };
    check_range(&a.salary, SALARY, "assumptions.salary")?;
    check_range(
        &a.loaded_multiplier,
        MULTIPLIER,
        "assumptions.loaded_multiplier",
    )?;
    check_range(
        &a.hiring_lead_months,
        LEAD_MONTHS,
        "assumptions.hiring_lead_months",
    )?;
    check_range(
        &a.inhouse_attrition,
        ATTRITION,
        "assumptions.inhouse_attrition",
    )?;
    check_range(
        &a.vendor_attrition,
        ATTRITION,
        "assumptions.vendor_attrition",
    )?;
    check_range(
        &a.mobilisation_weeks,
        MOBILISATION_WEEKS,
        "assumptions.mobilisation_weeks",
    )?;
    let one = |v: f64, b: validate::Bounds, field: &'static str| {
        b.check(v).map_err(|error| InvalidField { field, error })
    };
    check_range(&a.recruiting_fee, SHARE, "assumptions.recruiting_fee")?;
    one(
        a.hours_per_month,
        HOURS_PER_MONTH,
        "assumptions.hours_per_month",
    )
}
