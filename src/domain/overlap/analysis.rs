//! The offshore vs nearshore step's results for a whole plan: each candidate's overlap
//! over the year, its assessment, the recommendation, and the options it feeds.

use super::holidays::Holidays;
use super::locations::{assess, default_need, recommend, Assessment, Candidate};
use super::shared::{shared_year, SharedYear};
use super::zone::{UnknownZone, ZoneRules};
use super::{shared_window, year_overlap, SharedWindow, Side, Window, YearOverlap};
use crate::domain::cost::inputs::{EngagementModel, Shift, VendorOption, MAX_OPTIONS};
use crate::domain::engagement::chosen_model;
use crate::domain::validate::parse_date;
use crate::domain::Plan;

/// One candidate's results; `None` parts when its zone is unknown.
#[derive(Clone, Debug, PartialEq)]
pub struct CandidateResult {
    pub id: u32,
    pub overlap: Result<YearOverlap, UnknownZone>,
    pub window: Option<SharedWindow>,
    pub assessment: Option<Assessment>,
    /// The team's country (ISO code) for its holidays: the catalogue's, or its zone's.
    pub team_country: Option<String>,
    /// The year with public holidays counted; `None` when the zone is unknown.
    pub shared: Option<SharedYear>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub year: i32,
    /// Headquarters' zone is unknown to the browser: nothing can be computed.
    pub hq_unknown: bool,
    pub need_hours: f64,
    /// Headquarters' country (ISO code) for its holidays, from its time zone.
    pub hq_country: Option<String>,
    pub results: Vec<CandidateResult>,
    pub recommended: Option<u32>,
}

/// The year the overlap is computed for: the plan's start year, or the current one.
pub fn plan_year(plan: &Plan, current_year: i32) -> i32 {
    parse_date(&plan.business.start_date)
        .map(|(y, _, _)| y)
        .unwrap_or(current_year)
}

/// The model whose overheads apply: the one in force, or a dedicated team.
fn model(plan: &Plan) -> EngagementModel {
    chosen_model(&plan.engagement).unwrap_or(EngagementModel::DedicatedTeam)
}

/// Analyses every candidate. `rules` gives a zone's offsets for the year (from Intl).
pub fn analyse(
    plan: &Plan,
    year: i32,
    rules: &mut impl FnMut(&str, i32) -> Result<ZoneRules, UnknownZone>,
) -> Analysis {
    let l = &plan.location;
    let need_hours = l
        .collaboration_hours
        .unwrap_or_else(|| default_need(plan.engagement.nature));
    let Ok(hq_rules) = rules(&l.hq_zone, year) else {
        return Analysis {
            year,
            hq_unknown: true,
            need_hours,
            hq_country: None,
            results: Vec::new(),
            recommended: None,
        };
    };
    let hq = Side {
        rules: &hq_rules,
        window: Window {
            start_min: l.hq_start_min,
            end_min: l.hq_end_min,
        },
    };
    let table = Holidays::cached();
    let hq_country = l
        .hq_holidays
        .clone()
        .or_else(|| table.zone_country(&l.hq_zone).map(str::to_string));
    let hq_days = hq_country.as_deref().and_then(|c| table.country(c));
    let m = model(plan).management_overhead().likely;
    let w = plan.business.spec_clarity.rework().likely;
    let results: Vec<CandidateResult> = l
        .candidates
        .iter()
        .map(|c| {
            let team_country = c.holidays.clone().or_else(|| {
                c.country
                    .map(|k| k.iso())
                    .or_else(|| table.zone_country(&c.zone))
                    .map(str::to_string)
            });
            let team_days = team_country.as_deref().and_then(|k| table.country(k));
            let overlap = rules(&c.zone, year).map(|r| {
                let team = Side {
                    rules: &r,
                    window: Window {
                        start_min: c.start_min,
                        end_min: c.end_min,
                    },
                };
                let y = year_overlap(year, &hq, &team);
                let shared = shared_year(year, &hq, &team, hq_days, team_days);
                (y.clone(), shared_window(&hq, &team, y.typical_day), shared)
            });
            match overlap {
                Ok((y, window, shared)) => CandidateResult {
                    team_country,
                    shared: Some(shared),
                    id: c.id,
                    assessment: Some(assess(
                        c,
                        &y,
                        // The catalogue's rate is in US dollars: in the plan's currency,
                        // with a shift's premium when the team works outside its day.
                        c.default_rate().likely
                            * plan.business.fx()
                            * (1.0 + shift_of(c).map_or(0.0, |s| s.premium.likely)),
                        m,
                        w,
                        need_hours,
                    )),
                    window,
                    overlap: Ok(y),
                },
                Err(e) => CandidateResult {
                    team_country,
                    shared: None,
                    id: c.id,
                    overlap: Err(e),
                    window: None,
                    assessment: None,
                },
            }
        })
        .collect();
    let mut results = results;
    for r in results.iter_mut() {
        let option = plan
            .location
            .candidates
            .iter()
            .find(|c| c.id == r.id)
            .and_then(|c| option_for(plan, c, r));
        if let (Some(a), Some(o)) = (r.assessment.as_mut(), option) {
            a.score = plan.business.option_fit(&o).total;
        }
    }
    let assessments: Vec<Assessment> = results
        .iter()
        .filter_map(|r| r.assessment.clone())
        .collect();
    Analysis {
        year,
        hq_unknown: false,
        need_hours,
        hq_country,
        recommended: recommend(&assessments),
        results,
    }
}

/// The business case options for the given candidates: each location's place (its
/// catalogue country with that country's rate, or the user's own city with its region's)
/// and its typical overlap, with the model in force. At most four, in the order given.
pub fn options_from(plan: &Plan, analysis: &Analysis, ids: &[u32]) -> Vec<VendorOption> {
    ids.iter()
        .filter_map(|id| {
            let c: &Candidate = plan.location.candidates.iter().find(|c| c.id == *id)?;
            let r = analysis.results.iter().find(|r| r.id == *id)?;
            option_for(plan, c, r)
        })
        .take(MAX_OPTIONS)
        .collect()
}

/// The business case option a location makes, once its overlap is known.
fn option_for(plan: &Plan, c: &Candidate, r: &CandidateResult) -> Option<VendorOption> {
    let y = r.overlap.as_ref().ok()?;
    let model = model(plan);
    let mut o = match c.country {
        Some(country) => VendorOption::in_country(country, model),
        None => VendorOption {
            city: c.name.trim().to_string(),
            ..VendorOption::new(c.region, model)
        },
    };
    o.overlap_hours = computed_hours(r, y);
    o.shift = shift_of(c);
    // The catalogue's amounts are in US dollars: into the plan's currency.
    o.convert(plan.business.fx());
    Some(o)
}

/// A candidate's shift: its working day against the usual one.
pub fn shift_of(c: &Candidate) -> Option<Shift> {
    Shift::of_hours(c.start_min, c.end_min)
}

/// The overlap the business case uses for a location: the effective daily overlap over
/// headquarters' working days (a day the team is off on a public holiday counts as
/// none), to a tenth of an hour; the typical weekday's when holidays were not counted.
pub fn computed_hours(r: &CandidateResult, y: &YearOverlap) -> f64 {
    let hours = r
        .shared
        .as_ref()
        .map_or(y.typical as f64 / 60.0, SharedYear::effective_daily_hours);
    (hours * 10.0).round() / 10.0
}

/// A business case option whose overlap hours differ from the overlap this step computed
/// for the same place (catalogue country, or city and region): step 1 is out of date.
#[derive(Clone, Debug, PartialEq)]
pub struct StaleOverlap {
    /// The option's index in the business case.
    pub option: usize,
    pub used_hours: f64,
    pub computed_hours: f64,
    /// The team's hours changed since the option was made: `Some(shift)` is the shift it
    /// works now (`Some(None)`: a usual day); `None` when the option's shift agrees.
    pub shift: Option<Option<Shift>>,
}

impl StaleOverlap {
    /// The option brought up to date: the computed overlap, and the team's shift now
    /// (keeping the premium the user set, if the option had one).
    pub fn apply(&self, o: &mut VendorOption) {
        o.overlap_hours = self.computed_hours;
        if let Some(now) = self.shift {
            o.shift = now.map(|s| Shift {
                premium: o.shift.map_or(s.premium, |old| old.premium),
                ..s
            });
        }
    }
}

/// Whether two shifts cover the same hours (their premiums may differ).
fn same_hours(a: Option<Shift>, b: Option<Shift>) -> bool {
    a.map(|s| (s.start_min, s.end_min)) == b.map(|s| (s.start_min, s.end_min))
}

/// Every option whose overlap differs from the computed one by more than three minutes,
/// or whose shift is not the team's hours now.
pub fn stale_overlaps(plan: &Plan, analysis: &Analysis) -> Vec<StaleOverlap> {
    plan.business
        .options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let c = plan.location.candidates.iter().find(|c| match c.country {
                Some(country) => o.country == Some(country),
                None => {
                    o.country.is_none()
                        && o.region == c.region
                        && !o.city.trim().is_empty()
                        && o.city.trim() == c.name.trim()
                }
            })?;
            let r = analysis.results.iter().find(|r| r.id == c.id)?;
            let computed = computed_hours(r, r.overlap.as_ref().ok()?);
            let now = shift_of(c);
            let shift = (!same_hours(o.shift, now)).then_some(now);
            ((o.overlap_hours - computed).abs() > 0.05 || shift.is_some()).then_some(StaleOverlap {
                option: i,
                used_hours: o.overlap_hours,
                computed_hours: computed,
                shift,
            })
        })
        .collect()
}
