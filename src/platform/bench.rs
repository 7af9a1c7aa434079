//! The benchmark's entry point in the browser build: the same workload as the native
//! benchmark, called from the benchmark script through the page's wasm bindings.

use std::cell::Cell;

use wasm_bindgen::prelude::wasm_bindgen;

use crate::app::bench::{bench_plan, full_recalculation};

/// Runs one full recalculation of the benchmark plan and returns its checksum.
#[wasm_bindgen]
pub fn bench_full_recalculation() -> f64 {
    full_recalculation(&bench_plan())
}

/// Fetches the overlap benchmark's code (the location step's: in the site's build it is a
/// file of its own, like that step). Call once before [`bench_overlap`]; false if it
/// could not be fetched.
#[wasm_bindgen]
pub async fn bench_prepare() -> bool {
    match overlap_part().await {
        Ok(f) => {
            OVERLAP.set(Some(f));
            true
        }
        Err(_) => false,
    }
}

/// Recomputes the year of overlap for six locations against New York, through Intl.
/// With `cold`, the cached zone rules are dropped first (the first visit); without, they
/// are reused (every later keystroke). Returns a checksum (NaN before [`bench_prepare`]).
#[wasm_bindgen]
pub fn bench_overlap(cold: bool) -> f64 {
    OVERLAP.get().map_or(f64::NAN, |f| f(cold))
}

/// The overlap workload: cold or warm, to a checksum.
type Overlap = fn(bool) -> f64;

thread_local! {
    static OVERLAP: Cell<Option<Overlap>> = const { Cell::new(None) };
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(planner_bench, wasm_split_path = ::leptos::wasm_split, fallible)]
fn overlap_part() -> Result<Overlap, leptos::wasm_split::SplitLoaderError> {
    Ok(overlap)
}

#[cfg(not(feature = "split"))]
async fn overlap_part() -> Result<Overlap, std::convert::Infallible> {
    Ok(overlap)
}

fn overlap(cold: bool) -> f64 {
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
