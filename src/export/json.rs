//! The JSON export: the full plan and its computed results (cost case, uncertainty run,
//! sensitivity, currencies, locations with their holidays, roadmap), and its schema.

use serde::Serialize;

use crate::domain::cost::case::compute;
use crate::domain::cost::model::SwitchingTotals;
use crate::domain::cost::sensitivity::{sensitivity, Sensitivity};
use crate::domain::cost::uncertainty::Spread;
use crate::domain::cost::years::{Year, YearRow};
use crate::domain::fx::{drift, REFERENCE_DATE, REFERENCE_SOURCE};
use crate::domain::overlap::analysis::Analysis;
use crate::domain::overlap::calendar::iso;
use crate::domain::overlap::shared::Off;
use crate::domain::plan::FORMAT_VERSION;
use crate::domain::roadmap::roadmap;
use crate::domain::Plan;
use crate::i18n::{option_name, Lang};

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct SwitchingResult {
    vendor_selection: f64,
    knowledge_transfer: f64,
    travel: f64,
    severance_and_retention: f64,
    exit: f64,
    exit_counted: bool,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct YearResult {
    year: String,
    months: u32,
    cost: f64,
    capacity_fte_months: f64,
    inhouse_cost: f64,
    savings: f64,
    spend_difference: f64,
    discounted_savings: f64,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct OptionResult {
    name: String,
    total_cost: f64,
    capacity_fte_months: f64,
    cost_per_fte_month: Option<f64>,
    savings: Option<f64>,
    spend_difference: f64,
    npv: Option<f64>,
    switching_costs: SwitchingResult,
    plan_years: Vec<YearResult>,
    fiscal_years: Option<Vec<YearResult>>,
    break_even_month: Option<u32>,
    first_delivery_weeks: f64,
    cost_p10_p50_p90: [f64; 3],
    savings_p10_p50_p90: Option<[f64; 3]>,
    chance_of_saving: Option<f64>,
    /// The currency the contract is priced in, and the yearly drift of its rate against
    /// the plan's currency sampled by the uncertainty run (low, likely, high); in-house
    /// has neither.
    contract_currency: Option<&'static str>,
    exchange_drift: Option<[f64; 3]>,
    /// Each input swung alone and the key drivers' zero-savings values; in-house and an
    /// option with nothing to compare with have none.
    sensitivity: Option<Sensitivity>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct LocationResult {
    id: u32,
    typical_overlap_minutes: u32,
    min_overlap_minutes: u32,
    max_overlap_minutes: u32,
    /// The team's country (ISO code) whose national holidays are counted; `null`: none.
    holiday_country: Option<String>,
    /// Weekdays of the year on which neither side is on a national holiday.
    shared_working_days: u32,
    /// Overlap minutes over those days, in the year and per month (January first).
    shared_minutes: u64,
    monthly_shared_minutes: [u64; 12],
    /// Shared minutes over headquarters' working days, in hours.
    effective_daily_overlap_hours: f64,
    /// Weekdays when one side works while the other is on a holiday.
    clashes: Vec<ClashResult>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ClashResult {
    date: String,
    /// `team` or `headquarters`: the side that is off.
    off: &'static str,
    holiday: String,
}

/// The rate the US-dollar defaults were converted at.
#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct ExchangeRate {
    /// Units of the plan's currency per US dollar.
    per_usd: f64,
    /// `reference`: the bundled rate of `date`; `user`: the user's own.
    kind: &'static str,
    date: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Results {
    currency: &'static str,
    /// Headquarters' country (ISO code) for its national holidays, from its time zone;
    /// `null` when not covered or not computed.
    headquarters_holiday_country: Option<String>,
    exchange_rate: ExchangeRate,
    options: Vec<OptionResult>,
    locations: Vec<LocationResult>,
    roadmap: Vec<(String, Option<String>)>,
}

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Export<'a> {
    schema_version: u32,
    exported_at: &'a str,
    plan: &'a Plan,
    results: Results,
}

fn triple(s: Spread) -> [f64; 3] {
    [s.p10, s.p50, s.p90]
}

fn year_results(rows: &[YearRow]) -> Vec<YearResult> {
    rows.iter()
        .map(|r| YearResult {
            year: match r.year {
                Year::Plan(n) => n.to_string(),
                Year::Fiscal { name, .. } => format!("FY{name}"),
            },
            months: r.months,
            cost: r.cost,
            capacity_fte_months: r.capacity,
            inhouse_cost: r.inhouse_cost,
            savings: r.savings,
            spend_difference: r.spend_difference,
            discounted_savings: r.discounted_savings,
        })
        .collect()
}

fn switching(s: &SwitchingTotals) -> SwitchingResult {
    SwitchingResult {
        vendor_selection: s.selection,
        knowledge_transfer: s.transfer,
        travel: s.travel,
        severance_and_retention: s.severance,
        exit: s.exit,
        exit_counted: s.exit_counted,
    }
}

/// The full plan and its computed results, as pretty JSON with a `schema_version`.
pub fn json(plan: &Plan, analysis: Option<&Analysis>, exported_at: &str, lang: Lang) -> String {
    let case = plan.business.case_inputs();
    let figs = compute(&case);
    let run = plan.business.uncertainty_run();
    let years = plan.business.years(&figs);
    let mut swings = sensitivity(&case).into_iter();
    let vendor = |i: usize| i.checked_sub(1).and_then(|k| plan.business.options.get(k));
    let options = figs
        .all()
        .zip(run.options.iter())
        .enumerate()
        .map(|(i, (f, r))| OptionResult {
            name: option_name(
                lang,
                i.checked_sub(1).and_then(|k| plan.business.options.get(k)),
            ),
            total_cost: f.outcome.cost,
            capacity_fte_months: f.outcome.capacity,
            cost_per_fte_month: f.outcome.unit_cost(),
            savings: f.savings,
            spend_difference: f.spend_difference,
            npv: years.get(i).map(|y| y.npv),
            switching_costs: switching(&f.outcome.switching),
            plan_years: years
                .get(i)
                .map(|y| year_results(&y.plan))
                .unwrap_or_default(),
            fiscal_years: years
                .get(i)
                .and_then(|y| y.fiscal.as_deref())
                .map(year_results),
            break_even_month: if i == 0 { None } else { f.break_even },
            first_delivery_weeks: f.first_delivery_weeks,
            cost_p10_p50_p90: triple(r.cost),
            savings_p10_p50_p90: r.savings.map(triple),
            chance_of_saving: r.chance_of_saving,
            contract_currency: vendor(i).map(|o| o.contract.code()),
            exchange_drift: vendor(i).map(|o| {
                let d = drift(o.contract, plan.business.currency);
                [d.low, d.likely, d.high]
            }),
            sensitivity: if i == 0 {
                None
            } else {
                swings.next().flatten()
            },
        })
        .collect();
    let locations = analysis
        .map(|a| {
            a.results
                .iter()
                .filter_map(|r| {
                    let y = r.overlap.as_ref().ok()?;
                    let shared = r.shared.clone().unwrap_or_default();
                    Some(LocationResult {
                        id: r.id,
                        typical_overlap_minutes: y.typical,
                        min_overlap_minutes: y.min,
                        max_overlap_minutes: y.max,
                        holiday_country: r.team_country.clone(),
                        shared_working_days: shared.shared_days,
                        shared_minutes: shared.shared_minutes,
                        monthly_shared_minutes: shared.monthly_minutes,
                        effective_daily_overlap_hours: shared.effective_daily_hours(),
                        clashes: shared
                            .clashes
                            .iter()
                            .map(|c| ClashResult {
                                date: iso(c.day),
                                off: match c.off {
                                    Off::Team => "team",
                                    Off::Headquarters => "headquarters",
                                },
                                holiday: c.name.en.clone(),
                            })
                            .collect(),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let export = Export {
        schema_version: FORMAT_VERSION,
        exported_at,
        plan,
        results: Results {
            currency: plan.business.currency.code(),
            headquarters_holiday_country: analysis.and_then(|a| a.hq_country.clone()),
            exchange_rate: ExchangeRate {
                per_usd: plan.business.fx(),
                kind: if plan.business.usd_rate.is_some() {
                    "user"
                } else {
                    "reference"
                },
                date: REFERENCE_DATE,
                source: REFERENCE_SOURCE,
            },
            options,
            locations,
            roadmap: roadmap(plan)
                .into_iter()
                .map(|(m, d)| (format!("{m:?}"), d.map(iso)))
                .collect(),
        },
    };
    crate::support::json::write_pretty(&export)
}

/// The JSON Schema of the JSON export (docs/plan.schema.json is generated from it).
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Export<'static>);
    schema.insert("title".into(), "Offshoring planner: exported plan".into());
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
