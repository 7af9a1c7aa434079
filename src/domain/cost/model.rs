//! The reference cost model, month by month, exactly as documented in the app's
//! "How this is calculated" panel. Every result is finite: no NaN, no panic, no negative
//! capacity, whatever the inputs.

/// Ramp for the k-th month a person works: 50%, 75%, 90%, then 100%.
pub const RAMP: [f64; 3] = [0.50, 0.75, 0.90];

/// Weeks in a month, for turning mobilisation weeks into months.
pub const WEEKS_PER_MONTH: f64 = 4.33;

/// The inputs of one option, already resolved to numbers (fractions, not percents).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelInputs {
    /// Team size, FTE.
    pub n: f64,
    /// Horizon, months.
    pub horizon: u32,
    /// Monthly cost per FTE.
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
    let x = t as f64 - d.max(0.0);
    let f = x.clamp(0.0, 1.0);
    if f <= 0.0 {
        return (0.0, 0.0);
    }
    let k = x.ceil().max(1.0) as u32;
    (f, ramp(k))
}

/// Runs the model month by month.
pub fn run(inp: &ModelInputs) -> Outcome {
    let i = sanitize(inp);
    let loss = attrition_loss(i.a);
    let per_fte_cap = (1.0 - i.w) * (1.0 - i.c) * (1.0 - loss);
    let months: Vec<Month> = (1..=i.horizon)
        .map(|t| {
            let (f, r) = schedule(t, i.d);
            let setup = if t == 1 { i.s } else { 0.0 };
            Month {
                cost: i.n * i.q * f * (1.0 + i.m) + setup,
                capacity: i.n * f * r * per_fte_cap,
            }
        })
        .collect();
    let cost = months.iter().map(|m| m.cost).sum();
    let capacity = months.iter().map(|m| m.capacity).sum();
    Outcome {
        months,
        cost,
        capacity,
        attrition_loss: loss,
    }
}

/// Total cost and capacity without building the monthly series: the same sums as
/// [`run`], with the months after the ramp added in closed form. Used by the
/// uncertainty run, where it is called tens of thousands of times.
pub fn totals(inp: &ModelInputs) -> (f64, f64) {
    let i = sanitize(inp);
    let (sum_f, sum_fr) = schedule_sums(i.d, i.horizon);
    let loss = attrition_loss(i.a);
    let cost = i.n * i.q * (1.0 + i.m) * sum_f + if i.horizon > 0 { i.s } else { 0.0 };
    let capacity = i.n * (1.0 - i.w) * (1.0 - i.c) * (1.0 - loss) * sum_fr;
    (cost, capacity)
}

/// Sum of f_t and of f_t x R(k_t) over t = 1..=horizon.
pub fn schedule_sums(d: f64, horizon: u32) -> (f64, f64) {
    let d = d.max(0.0);
    // From this month on, f = 1 and R = 1: the ramp is over.
    let steady_from = (d + RAMP.len() as f64 + 1.0).ceil() as u32;
    let explicit_end = horizon.min(steady_from.saturating_sub(1));
    let (mut sum_f, mut sum_fr) = (0.0, 0.0);
    for t in 1..=explicit_end {
        let (f, r) = schedule(t, d);
        sum_f += f;
        sum_fr += f * r;
    }
    let steady = horizon.saturating_sub(explicit_end) as f64;
    (sum_f + steady, sum_fr + steady)
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
fn sanitize(inp: &ModelInputs) -> ModelInputs {
    ModelInputs {
        n: finite(inp.n).max(0.0),
        horizon: inp.horizon.min(1200),
        q: finite(inp.q).max(0.0),
        m: finite(inp.m).max(0.0),
        w: clamp01(inp.w),
        c: clamp01(inp.c),
        a: finite(inp.a).max(0.0),
        s: finite(inp.s).max(0.0),
        d: finite(inp.d).clamp(0.0, 1200.0),
    }
}
