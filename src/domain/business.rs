//! Step 1: what offshoring must achieve, how it will be measured, and the inputs of the
//! cost case.

use serde::{Deserialize, Serialize};

use super::cost::case::{case_years, CaseFigures, CaseInputs, OptionYears};
use super::cost::fit::{fit, FactorWeights, Fit, Who};
pub use super::cost::inputs::Pilot;
use super::cost::inputs::{
    default_options, Assumptions, SpecClarity, VendorOption, MAX_OPTIONS, SHIFT_PREMIUM,
};
use super::cost::limits;
use super::cost::uncertainty::{seed_of, simulate, RunResult, DEFAULT_TRIALS};
pub use super::fx::Currency;
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
    /// The user's rate, in units of the plan's currency per US dollar; `None`: the
    /// bundled reference rate (see `fx`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usd_rate: Option<f64>,
    pub assumptions: Assumptions,
    /// The vendor options compared against hiring in-house.
    pub options: Vec<VendorOption>,
    /// A smaller team first, then the full team.
    pub pilot: Pilot,
    /// In-house engineers the plan releases (severance and retention are paid for them).
    #[serde(skip_serializing_if = "is_zero")]
    pub released_engineers: u32,
    /// Count the cost of bringing the work back at the end of the horizon.
    #[serde(skip_serializing_if = "is_false")]
    pub count_exit: bool,
    /// The month the company's fiscal year starts, 1 (January) to 12.
    #[serde(skip_serializing_if = "is_january")]
    pub fiscal_year_start: u8,
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
            usd_rate: None,
            assumptions: Assumptions::default(),
            options: default_options(),
            pilot: Pilot::default(),
            released_engineers: 0,
            count_exit: false,
            fiscal_year_start: 1,
        }
    }
}

fn is_zero(v: &u32) -> bool {
    *v == 0
}

fn is_false(v: &bool) -> bool {
    !*v
}

fn is_january(v: &u8) -> bool {
    *v == 1
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
pub struct UncertaintyInputs(
    u32,
    u32,
    SpecClarity,
    Assumptions,
    Vec<VendorOption>,
    Pilot,
    u32,
    bool,
    Currency,
    Option<u64>,
);

impl BusinessCase {
    /// What the cost case reads.
    pub fn case_inputs(&self) -> CaseInputs<'_> {
        CaseInputs {
            team_size: self.team_size as f64,
            horizon: self.horizon_months,
            clarity: self.spec_clarity,
            assumptions: &self.assumptions,
            options: &self.options,
            pilot: self
                .pilot
                .on
                .then_some((self.pilot.engineers as f64, self.pilot.months as f64)),
            released: self.released_engineers as f64,
            count_exit: self.count_exit,
            fx: self.fx(),
            currency: self.currency,
        }
    }

    /// The plan's first month, (year, month), once a start date is set.
    pub fn start_month(&self) -> Option<(i32, u32)> {
        let d = self.start_date.get(..7)?;
        let year: i32 = d.get(..4)?.parse().ok()?;
        let month: u32 = d.get(5..7)?.parse().ok()?;
        (d.as_bytes().get(4) == Some(&b'-') && (1..=12).contains(&month)).then_some((year, month))
    }

    /// Each option's years, plan and fiscal (see [`case_years`]).
    pub fn years(&self, figs: &CaseFigures) -> Vec<OptionYears> {
        case_years(
            figs,
            self.assumptions.discount_rate,
            self.start_month(),
            self.fiscal_year_start as u32,
        )
    }

    /// The five-factor fit of in-house (first) and of each vendor option, in order, from
    /// the case's figures (`compute(&self.case_inputs())`): the one place it is scored.
    /// How many assumptions differ from their defaults: the shared ones, the plan's own
    /// exchange rate, and each option's wage growth, trip cost, contract currency and
    /// shift premium.
    pub fn changed_assumptions(&self) -> usize {
        let per_option = |o: &VendorOption| {
            [
                o.wage_growth.is_some_and(|g| g != o.region.wage_growth()),
                o.trip_cost
                    .is_some_and(|t| t != o.region.trip_cost().map(|v| v * self.fx())),
                o.contract != crate::domain::fx::Contract::Usd,
                o.shift.is_some_and(|s| s.premium != SHIFT_PREMIUM),
            ]
            .into_iter()
            .filter(|x| *x)
            .count()
        };
        self.assumptions.changed()
            + usize::from(self.usd_rate.is_some())
            + self.options.iter().map(per_option).sum::<usize>()
    }

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

    /// The five-factor fit of one vendor option in this case (the fit step 1 would give
    /// it as an option): the one fit model, also scoring each location in step 4.
    pub fn option_fit(&self, option: &VendorOption) -> Fit {
        let options = [option.clone()];
        let figs = super::cost::case::compute(&CaseInputs {
            options: &options,
            ..self.case_inputs()
        });
        let f = &figs.options[0];
        let who = Who::Vendor(option.model);
        fit(who, &f.inputs, f.first_delivery_weeks, &self.weights)
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
            self.pilot,
            self.released_engineers,
            self.count_exit,
            self.currency,
            self.usd_rate.map(f64::to_bits),
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
            &self.pilot,
            self.released_engineers,
            self.count_exit,
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
        limits::check_shared(&self.assumptions)?;
        limits::check_assumptions(&self.assumptions)?;
        if let Some(r) = self.usd_rate {
            limits::FX_RATE.check(r).map_err(bad("business.usd_rate"))?;
        }
        limits::check_case(
            &self.pilot,
            self.released_engineers,
            self.fiscal_year_start,
            &self.options,
        )?;
        if self.options.len() > MAX_OPTIONS {
            return Err(bad("business.options")(FieldError::TooMany {
                max: MAX_OPTIONS as u32,
            }));
        }
        for o in &self.options {
            limits::check_range(&o.rate, validate::RATE, "business.options.rate")?;
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
