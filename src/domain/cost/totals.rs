//! The model's totals without the monthly series: the same sums as `model::run`, with
//! each group's months after its ramp and knowledge transfer added in closed form. The
//! uncertainty run calls it tens of thousands of times.

use super::model::{
    attrition_loss, cohorts, sanitize, schedule, schedule_k, transfer_share, year_factor,
    ModelInputs, RAMP,
};

/// Total cost and capacity without building the monthly series: the same sums as
/// [`run`], with each group's months after its ramp and knowledge transfer added in
/// closed form, a year at a time. Used by the uncertainty run, where it is called tens
/// of thousands of times.
pub fn totals(inp: &ModelInputs) -> (f64, f64) {
    let i = sanitize(inp);
    let sw = i.switching;
    let h = i.horizon;
    if h == 0 {
        return (0.0, 0.0);
    }
    let loss = attrition_loss(i.a);
    let per_fte_cap = (1.0 - i.w) * (1.0 - i.c) * (1.0 - loss);
    let mut cost = i.s + sw.selection + sw.severance;
    if sw.count_exit {
        cost += sw.exit * year_factor(sw.inhouse_growth, h);
    }
    let mut capacity = 0.0;
    for (idx, (n, d, hire)) in cohorts(&i).into_iter().enumerate() {
        if n <= 0.0 {
            continue;
        }
        if (1..=h).contains(&hire) {
            cost += i.per_hire * n;
        }
        let travel = if idx == 0 { sw.travel_monthly } else { 0.0 };
        // From this month on f = 1, R = 1 and the transfer is over.
        let ramp_end = RAMP.len() as f64 + 1.0;
        let steady_from = (d + ramp_end.max(sw.transfer_months + 1.0)).ceil() as u32;
        let explicit_end = h.min(steady_from.saturating_sub(1));
        let (mut sum_fg, mut sum_fr) = (0.0, 0.0);
        for t in 1..=explicit_end {
            let (f, r, k) = schedule_k(t, d);
            let g = year_factor(i.growth, t);
            sum_fg += f * g;
            sum_fr += f * r;
            cost += n
                * f
                * transfer_share(sw.transfer_months, k)
                * sw.transfer_monthly
                * year_factor(sw.inhouse_growth, t);
            cost += travel * f;
        }
        let tail = h.saturating_sub(explicit_end) as f64;
        sum_fg += growth_sum(i.growth, explicit_end + 1, h);
        sum_fr += tail;
        cost += travel * tail;
        cost += n * i.q * (1.0 + i.m) * sum_fg;
        capacity += n * per_fte_cap * sum_fr;
    }
    (cost, capacity)
}

/// The sum of [`year_factor`] over months `from..=to`, a year at a time.
pub fn growth_sum(growth: f64, from: u32, to: u32) -> f64 {
    let mut sum = 0.0;
    let mut t = from.max(1);
    while t <= to {
        let year_end = ((t - 1) / 12 + 1) * 12;
        let last = year_end.min(to);
        sum += (last - t + 1) as f64 * year_factor(growth, t);
        t = last + 1;
    }
    sum
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
