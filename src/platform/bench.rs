//! The benchmark's entry point in the browser build: the same workload as the native
//! benchmark, called from the benchmark script through the page's wasm bindings.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::domain::bench::{bench_plan, full_recalculation};

/// Runs one full recalculation of the benchmark plan and returns its checksum.
#[wasm_bindgen]
pub fn bench_full_recalculation() -> f64 {
    full_recalculation(&bench_plan())
}

/// Recomputes the year of overlap for six locations against New York, through Intl.
/// With `cold`, the cached zone rules are dropped first (the first visit); without, they
/// are reused (every later keystroke). Returns a checksum.
#[wasm_bindgen]
pub fn bench_overlap(cold: bool) -> f64 {
    use crate::domain::overlap::analysis::analyse;
    use crate::domain::overlap::locations::{Candidate, Country};
    use crate::platform::zones::{clear_cache, rules};
    if cold {
        clear_cache();
    }
    let mut plan = crate::domain::example::example_plan();
    plan.location.candidates = [
        Country::Mexico,
        Country::Colombia,
        Country::Chile,
        Country::Poland,
        Country::India,
        Country::Philippines,
    ]
    .iter()
    .enumerate()
    .map(|(i, c)| Candidate::from_country(i as u32, *c))
    .collect();
    let a = analyse(&plan, 2027, &mut |zone: &str, year| rules(zone, year));
    a.results
        .iter()
        .filter_map(|r| r.overlap.as_ref().ok())
        .map(|y| y.typical as f64)
        .sum()
}
