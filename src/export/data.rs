//! Machine-readable exports: the full plan as JSON (inputs and computed results), the
//! cost table as CSV, and the review meetings as iCalendar.

use serde::Serialize;

use super::text::strip_invisible;
use crate::domain::cost::case::compute;
use crate::domain::cost::model::SwitchingTotals;
use crate::domain::cost::sensitivity::{sensitivity, Sensitivity};
use crate::domain::cost::uncertainty::Spread;
use crate::domain::cost::years::{Year, YearRow};
use crate::domain::fx::{drift, REFERENCE_DATE, REFERENCE_SOURCE};
use crate::domain::overlap::analysis::Analysis;
use crate::domain::overlap::calendar::{civil_from_days, iso};
use crate::domain::plan::FORMAT_VERSION;
use crate::domain::roadmap::{roadmap, Milestone};
use crate::domain::Plan;
use crate::i18n::{option_name, t, Key, Lang};

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
                    Some(LocationResult {
                        id: r.id,
                        typical_overlap_minutes: y.typical,
                        min_overlap_minutes: y.min,
                        max_overlap_minutes: y.max,
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

/// A CSV field: quoted, quotes doubled, and a leading formula character neutralised so
/// a spreadsheet never runs user text.
pub fn csv_field(text: &str) -> String {
    let text = &strip_invisible(text, false);
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}

/// The cost table as CSV (one row per option, amounts unformatted).
pub fn csv(plan: &Plan, lang: Lang) -> String {
    let figs = compute(&plan.business.case_inputs());
    let head = [
        Key::ColOption,
        Key::ColTotalCost,
        Key::ColCapacity,
        Key::ColUnitCost,
        Key::ColSavings,
        Key::ColSpendDifference,
        Key::ColSwitching,
        Key::MdBreakEvenMonth,
        Key::MdFirstDeliveryWeeks,
    ];
    let mut out = head
        .iter()
        .map(|k| csv_field(t(lang, *k)))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str(&format!(",{}\r\n", csv_field("currency")));
    let num = |v: Option<f64>| v.map(|x| format!("{x:.2}")).unwrap_or_default();
    for (i, f) in figs.all().enumerate() {
        let name = option_name(
            lang,
            i.checked_sub(1).and_then(|k| plan.business.options.get(k)),
        );
        let cells = [
            csv_field(&name),
            num(Some(f.outcome.cost)),
            num(Some(f.outcome.capacity)),
            num(f.outcome.unit_cost()),
            num(f.savings),
            num((i > 0).then_some(f.spend_difference)),
            num((i > 0).then_some(f.outcome.switching.counted())),
            if i == 0 {
                String::new()
            } else {
                f.break_even.map(|m| m.to_string()).unwrap_or_default()
            },
            num(Some(f.first_delivery_weeks)),
            csv_field(plan.business.currency.code()),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn ics_text(text: &str) -> String {
    strip_invisible(text, true)
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

fn ics_date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}{m:02}{d:02}")
}

/// The governance review, the health check and the monthly scorecard reviews as an
/// iCalendar file (all-day events). `None` without a start date.
pub fn ics(plan: &Plan, stamp: &str, lang: Lang) -> Option<String> {
    let dated = roadmap(plan);
    let day = |m: Milestone| dated.iter().find(|(x, _)| *x == m).and_then(|(_, d)| *d);
    let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Offshoring planner//EN\r\nCALSCALE:GREGORIAN\r\n");
    let event = |uid: &str, day: i64, summary: &str, rrule: Option<String>| {
        let mut e = format!(
            "BEGIN:VEVENT\r\nUID:{uid}-{}@offshoring-planner\r\nDTSTAMP:{stamp}\r\nDTSTART;VALUE=DATE:{}\r\nSUMMARY:{}\r\n",
            ics_date(day),
            ics_date(day),
            ics_text(summary)
        );
        if let Some(r) = rrule {
            e.push_str(&format!("RRULE:{r}\r\n"));
        }
        e.push_str("END:VEVENT\r\n");
        e
    };
    out.push_str(&event(
        "governance-review",
        day(Milestone::GovernanceReview)?,
        t(lang, Key::MsGovernanceReview),
        None,
    ));
    out.push_str(&event(
        "health-check",
        day(Milestone::HealthCheck)?,
        t(lang, Key::MsHealthCheck),
        None,
    ));
    let months = plan.business.horizon_months.clamp(1, 120);
    out.push_str(&event(
        "scorecard",
        day(Milestone::FirstScorecardReview)?,
        t(lang, Key::IcsScorecard),
        Some(format!("FREQ=MONTHLY;COUNT={months}")),
    ));
    out.push_str("END:VCALENDAR\r\n");
    Some(fold_ics(&out))
}

/// Folds every content line longer than 75 octets (RFC 5545, 3.1): a line break and a
/// space before each further 74 octets, never inside a character.
pub fn fold_ics(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    for line in text.split_terminator("\r\n") {
        let mut width = 0;
        for c in line.chars() {
            if width + c.len_utf8() > 75 {
                out.push_str("\r\n ");
                width = 1;
            }
            out.push(c);
            width += c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}

/// The JSON Schema of the JSON export (docs/plan.schema.json is generated from it).
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Export<'static>);
    schema.insert("title".into(), "Offshoring planner: exported plan".into());
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
