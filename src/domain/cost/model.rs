//! The reference cost model, month by month (its totals in closed form, for the
//! uncertainty run, are in `totals.rs`), exactly as documented in the app's
//! "How this is calculated" panel. Every result is finite: no NaN, no panic, no negative
//! capacity, whatever the inputs.

/// Ramp for the k-th month a person works: 50%, 75%, 90%, then 100%.
pub const RAMP: [f64; 3] = [0.50, 0.75, 0.90];

/// Weeks in a month, for turning mobilisation weeks into months.
pub const WEEKS_PER_MONTH: f64 = 4.33;

/// The inputs of one option, already resolved to numbers (fractions, not percents).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ModelInputs {
    /// Team size, FTE (the full team, after any pilot).
    pub n: f64,
    /// Horizon, months.
    pub horizon: u32,
    /// Monthly cost per FTE in the first year.
    pub q: f64,
    /// Management overhead.
    pub m: f64,
    /// Extra rework.
    pub w: f64,
    /// Communication overhead.
    pub c: f64,
    /// Annual attrition.
    pub a: f64,
    /// One-off setup cost, paid in month 1.
    pub s: f64,
    /// Start delay, months (fractional allowed).
    pub d: f64,
    /// Yearly growth of `q`, applied from month 13 (year 2 pays q (1 + g), and so on).
    pub growth: f64,
    /// A pilot: `(engineers, months)`; the rest of the team starts `months` after the
    /// plan, with the same start delay.
    pub pilot: Option<(f64, f64)>,
    /// Paid per engineer in the month their hiring starts (the in-house recruiting fee).
    pub per_hire: f64,
    /// What moving the work costs beyond the monthly bill (vendor options only).
    pub switching: Switching,
}

/// Switching costs, resolved to amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Switching {
    /// Vendor selection, paid in month 1.
    pub selection: f64,
    /// Knowledge transfer lasts each engineer's first `transfer_months` active months...
    pub transfer_months: f64,
    /// ... and costs this much a month per vendor engineer (s q_in, first-year prices).
    pub transfer_monthly: f64,
    /// Yearly growth of the in-house cost that transfer and exit are priced at.
    pub inhouse_growth: f64,
    /// Travel per active month: y p / 12.
    pub travel_monthly: f64,
    /// Severance and retention, paid in month 1.
    pub severance: f64,
    /// Bringing the work back (T_x n s_x q_in, first-year prices), priced in the last
    /// month's year.
    pub exit: f64,
    /// Whether the exit is added to the cost, in the last month.
    pub count_exit: bool,
}

/// The switching costs of one option over the horizon.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SwitchingTotals {
    pub selection: f64,
    pub transfer: f64,
    pub travel: f64,
    pub severance: f64,
    /// Bringing the work back, whether or not it is counted.
    pub exit: f64,
    pub exit_counted: bool,
}

impl SwitchingTotals {
    /// What is added to the option's cost.
    pub fn counted(&self) -> f64 {
        self.selection
            + self.transfer
            + self.travel
            + self.severance
            + if self.exit_counted { self.exit } else { 0.0 }
    }
}

/// One month of an option.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Month {
    pub cost: f64,
    pub capacity: f64,
}

/// The deterministic result of one option.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub months: Vec<Month>,
    pub cost: f64,
    pub capacity: f64,
    /// Output lost to attrition while backfills ramp, as a fraction.
    pub attrition_loss: f64,
    pub switching: SwitchingTotals,
    /// Σ n_t f_t g_t: engineer-months paid, each at its year's wage level.
    pub paid_fte_months: f64,
    /// Σ n_t f_t R(k_t): engineer-months worked, ramp counted.
    pub ramped_fte_months: f64,
    /// Recruiting fees (in-house): per_hire x each group's size, when its hiring starts.
    pub hires: f64,
}

impl Outcome {
    /// Cost per productive FTE-month; `None` when the option delivers nothing in the
    /// horizon (for example when the start delay is longer than the horizon).
    pub fn unit_cost(&self) -> Option<f64> {
        unit_cost(self.cost, self.capacity)
    }
}

pub fn unit_cost(cost: f64, capacity: f64) -> Option<f64> {
    (capacity > 1e-9).then(|| cost / capacity)
}

/// Ramp factor for the k-th month worked (k starts at 1).
pub fn ramp(k: u32) -> f64 {
    k.checked_sub(1)
        .and_then(|i| RAMP.get(i as usize))
        .copied()
        .unwrap_or(1.0)
}

/// L = (a / 12) x the sum over k of (1 - R(k)), bounded to [0, 1].
pub fn attrition_loss(a: f64) -> f64 {
    let gap: f64 = RAMP.iter().map(|r| 1.0 - r).sum();
    clamp01(finite(a) / 12.0 * gap)
}

/// Active share f_t and ramp R(k_t) for month t given start delay d.
pub fn schedule(t: u32, d: f64) -> (f64, f64) {
    let (f, r, _) = schedule_k(t, d);
    (f, r)
}

/// f_t, R(k_t) and k_t, the months worked (0 before the start).
pub fn schedule_k(t: u32, d: f64) -> (f64, f64, u32) {
    let x = t as f64 - d.max(0.0);
    let f = x.clamp(0.0, 1.0);
    if f <= 0.0 {
        return (0.0, 0.0, 0);
    }
    let k = x.ceil().max(1.0) as u32;
    (f, ramp(k), k)
}

/// The groups of engineers who start together: the pilot (or the whole team) at the
/// start delay, then the rest of the team `months` later. `(size, delay, hire month)`.
pub(super) fn cohorts(i: &ModelInputs) -> [(f64, f64, u32); 2] {
    match i.pilot {
        Some((np, p)) => [(np, i.d, 1), (i.n - np, i.d + p, p.floor() as u32 + 1)],
        None => [(i.n, i.d, 1), (0.0, 0.0, 0)],
    }
}

/// (1 + g)^(whole years before month t): 1 in months 1-12, 1 + g in months 13-24...
pub fn year_factor(growth: f64, t: u32) -> f64 {
    // Repeated multiplication (a horizon has at most a few years): no `pow` in the file.
    (0..t.saturating_sub(1) / 12).fold(1.0, |f, _| f * (1.0 + growth))
}

/// The share of month k (1-based, months worked) that is knowledge transfer, for a
/// transfer lasting `months` (fractional allowed).
pub fn transfer_share(months: f64, k: u32) -> f64 {
    (months - (k as f64 - 1.0)).clamp(0.0, 1.0)
}

/// Runs the model month by month.
pub fn run(inp: &ModelInputs) -> Outcome {
    let i = sanitize(inp);
    let sw = i.switching;
    let loss = attrition_loss(i.a);
    let per_fte_cap = (1.0 - i.w) * (1.0 - i.c) * (1.0 - loss);
    let groups = cohorts(&i);
    let mut totals = SwitchingTotals {
        exit: sw.exit * year_factor(sw.inhouse_growth, i.horizon.max(1)),
        exit_counted: sw.count_exit,
        ..SwitchingTotals::default()
    };
    if i.horizon > 0 {
        totals.selection = sw.selection;
        totals.severance = sw.severance;
    }
    let (mut paid, mut ramped, mut hires) = (0.0, 0.0, 0.0);
    let months: Vec<Month> = (1..=i.horizon)
        .map(|t| {
            let g = year_factor(i.growth, t);
            let gi = year_factor(sw.inhouse_growth, t);
            let mut cost = if t == 1 {
                i.s + sw.selection + sw.severance
            } else {
                0.0
            };
            let mut capacity = 0.0;
            for (n, d, hire) in groups {
                let (f, r, k) = schedule_k(t, d);
                if t == hire {
                    cost += i.per_hire * n;
                    hires += i.per_hire * n;
                }
                paid += n * f * g;
                ramped += n * f * r;
                cost += n * i.q * g * f * (1.0 + i.m);
                capacity += n * f * r * per_fte_cap;
                let transfer =
                    n * f * transfer_share(sw.transfer_months, k) * sw.transfer_monthly * gi;
                totals.transfer += transfer;
                cost += transfer;
            }
            let travel = sw.travel_monthly * schedule(t, i.d).0;
            totals.travel += travel;
            cost += travel;
            if t == i.horizon && sw.count_exit {
                cost += totals.exit;
            }
            Month { cost, capacity }
        })
        .collect();
    let cost = months.iter().map(|m| m.cost).sum();
    let capacity = months.iter().map(|m| m.capacity).sum();
    Outcome {
        months,
        cost,
        capacity,
        attrition_loss: loss,
        switching: totals,
        paid_fte_months: paid,
        ramped_fte_months: ramped,
        hires,
    }
}

/// Cumulative savings against in-house at each month t:
/// in-house unit cost x the option's capacity up to t - the option's cost up to t.
pub fn cumulative_savings(outcome: &Outcome, inhouse_unit: f64) -> Vec<f64> {
    let (mut cost, mut cap) = (0.0, 0.0);
    outcome
        .months
        .iter()
        .map(|m| {
            cost += m.cost;
            cap += m.capacity;
            inhouse_unit * cap - cost
        })
        .collect()
}

/// Break-even: the first month (1-based), once the option has started spending, in
/// which its cumulative savings against in-house reach zero. `None`: not within the
/// horizon.
pub fn break_even_month(outcome: &Outcome, inhouse_unit: f64) -> Option<u32> {
    let (mut cost, mut cap) = (0.0, 0.0);
    for (i, m) in outcome.months.iter().enumerate() {
        cost += m.cost;
        cap += m.capacity;
        if cost > 0.0 && inhouse_unit * cap - cost >= 0.0 {
            return Some(i as u32 + 1);
        }
    }
    None
}

/// Time to first delivery in weeks: the start delay plus the first month of ramp.
pub fn first_delivery_weeks(d: f64) -> f64 {
    (finite(d).max(0.0) + 1.0) * WEEKS_PER_MONTH
}

/// Communication overhead from typical weekday overlap o (hours):
/// c = clamp(0.05 + 0.03 x (6 - o), 0.05, 0.20).
pub fn communication_overhead(overlap_hours: f64) -> f64 {
    (0.05 + 0.03 * (6.0 - finite(overlap_hours))).clamp(0.05, 0.20)
}

fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

fn clamp01(x: f64) -> f64 {
    finite(x).clamp(0.0, 1.0)
}

/// Bounds every input so the arithmetic stays finite and capacity never goes negative.
pub(super) fn sanitize(inp: &ModelInputs) -> ModelInputs {
    let sw = &inp.switching;
    // Far beyond any real plan (a million engineers, a trillion a month), so products of
    // them stay finite: no infinity, so no `inf x 0` NaN.
    let amount = |x: f64| finite(x).clamp(0.0, 1e12);
    let n = finite(inp.n).clamp(0.0, 1e6);
    ModelInputs {
        n,
        horizon: inp.horizon.min(1200),
        q: amount(inp.q),
        m: finite(inp.m).clamp(0.0, 100.0),
        w: clamp01(inp.w),
        c: clamp01(inp.c),
        a: finite(inp.a).clamp(0.0, 100.0),
        s: amount(inp.s),
        d: finite(inp.d).clamp(0.0, 1200.0),
        growth: finite(inp.growth).clamp(-0.5, 1.0),
        pilot: inp.pilot.and_then(|(np, p)| {
            let (np, p) = (finite(np).max(0.0), finite(p).clamp(0.0, 1200.0));
            (np < n && p > 0.0).then_some((np, p))
        }),
        per_hire: amount(inp.per_hire),
        switching: Switching {
            selection: amount(sw.selection),
            transfer_months: finite(sw.transfer_months).clamp(0.0, 1200.0),
            transfer_monthly: amount(sw.transfer_monthly),
            inhouse_growth: finite(sw.inhouse_growth).clamp(-0.5, 1.0),
            travel_monthly: amount(sw.travel_monthly),
            severance: amount(sw.severance),
            exit: amount(sw.exit),
            count_exit: sw.count_exit,
        },
    }
}
