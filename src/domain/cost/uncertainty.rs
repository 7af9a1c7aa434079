//! The uncertainty run: every ranged input sampled from a triangular distribution,
//! seeded from the plan so the same plan always gives the same figures.

use super::case::{inhouse_inputs, vendor_inputs, CaseInputs};
use super::inputs::Range;
use super::model::unit_cost;
use super::totals::totals;

/// Trials in a run, by default.
pub const DEFAULT_TRIALS: u32 = 10_000;
/// Most trials a run may ask for.
pub const MAX_TRIALS: u32 = 100_000;

/// SplitMix64: small, fast, and the same on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A triangular sample over low / likely / high.
    pub fn triangular(&mut self, r: &Range) -> f64 {
        let (a, m, b) = (r.low, r.likely, r.high);
        let width = b - a;
        if width.is_nan() || width <= 0.0 {
            return m;
        }
        let u = self.unit();
        let split = (m - a) / (b - a);
        if u < split {
            a + (u * (b - a) * (m - a)).sqrt()
        } else {
            b - ((1.0 - u) * (b - a) * (b - m)).sqrt()
        }
    }
}

/// FNV-1a over bytes: the seed of a plan's run.
pub fn seed_of(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ *b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// P10, P50 and P90 of a quantity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// The uncertainty figures of one option.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionRun {
    pub cost: Spread,
    /// `None` when no trial had in-house output to compare against.
    pub savings: Option<Spread>,
    /// Share of comparable trials in which the option saves money.
    pub chance_of_saving: Option<f64>,
    /// Trials where in-house delivered something, so savings could be computed.
    pub comparable_trials: u32,
}

/// In-house first, then each vendor option.
#[derive(Clone, Debug, PartialEq)]
pub struct RunResult {
    pub trials: u32,
    pub seed: u64,
    pub options: Vec<OptionRun>,
}

/// Runs `trials` simulated futures. Shared assumptions (salary, attrition...) are
/// sampled once per trial and used by every option, so options are compared on the
/// same future.
pub fn simulate(case: &CaseInputs, trials: u32, seed: u64) -> RunResult {
    let trials = trials.clamp(1, MAX_TRIALS);
    let count = 1 + case.options.len();
    let mut costs = vec![Vec::with_capacity(trials as usize); count];
    let mut savings = vec![Vec::with_capacity(trials as usize); count];
    let mut rng = Rng::new(seed);
    for _ in 0..trials {
        let mut pick = |r: &Range| rng.triangular(r);
        let inhouse = inhouse_inputs(case, &mut pick);
        let (cost, cap) = totals(&inhouse.inputs);
        let inhouse_unit = unit_cost(cost, cap);
        costs[0].push(cost);
        if inhouse_unit.is_some() {
            savings[0].push(0.0);
        }
        for (i, option) in case.options.iter().enumerate() {
            let (cost, cap) = totals(&vendor_inputs(case, option, &inhouse, &mut pick));
            costs[i + 1].push(cost);
            if let Some(u) = inhouse_unit {
                savings[i + 1].push(u * cap - cost);
            }
        }
    }
    let options = costs
        .iter_mut()
        .zip(savings.iter_mut())
        .map(|(c, s)| OptionRun {
            cost: spread(c).unwrap_or(Spread {
                p10: 0.0,
                p50: 0.0,
                p90: 0.0,
            }),
            chance_of_saving: (!s.is_empty())
                .then(|| s.iter().filter(|v| **v > 0.0).count() as f64 / s.len() as f64),
            comparable_trials: s.len() as u32,
            savings: spread(s),
        })
        .collect();
    RunResult {
        trials,
        seed,
        options,
    }
}

/// Percentile by linear interpolation between closest ranks (p in 0..=1).
pub fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let pos = p.clamp(0.0, 1.0) * last as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let frac = pos - lo as f64;
    Some(sorted[lo] + (sorted[hi] - sorted[lo]) * frac)
}

fn spread(values: &mut [f64]) -> Option<Spread> {
    sort_floats(values);
    Some(Spread {
        p10: percentile(values, 0.10)?,
        p50: percentile(values, 0.50)?,
        p90: percentile(values, 0.90)?,
    })
}

/// Sorts in the order of `f64::total_cmp`, by a least-significant-digit radix sort on
/// the values' bits: linear time, and far less code in the page than the standard
/// library's general sort (which this module was the only user of in the main file).
pub fn sort_floats(values: &mut [f64]) {
    // Bits that sort as unsigned integers the way the floats sort: negatives flipped,
    // positives with the sign bit set.
    let key = |v: f64| {
        let b = v.to_bits();
        if b >> 63 == 1 {
            !b
        } else {
            b | 1 << 63
        }
    };
    let mut keys: Vec<u64> = values.iter().map(|v| key(*v)).collect();
    let mut spare = vec![0u64; keys.len()];
    for shift in (0..64).step_by(8) {
        let mut counts = [0usize; 257];
        for k in &keys {
            counts[((k >> shift) & 0xff) as usize + 1] += 1;
        }
        if counts.iter().filter(|c| **c > 0).count() <= 1 {
            continue; // every key has the same byte here
        }
        for i in 1..257 {
            counts[i] += counts[i - 1];
        }
        for k in &keys {
            let b = ((k >> shift) & 0xff) as usize;
            spare[counts[b]] = *k;
            counts[b] += 1;
        }
        std::mem::swap(&mut keys, &mut spare);
    }
    for (v, k) in values.iter_mut().zip(keys) {
        let b = if k >> 63 == 1 { k & !(1 << 63) } else { !k };
        *v = f64::from_bits(b);
    }
}
