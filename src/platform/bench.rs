//! The benchmark's entry point in the browser build: the same workload as the native
//! benchmark, called from the benchmark script through the page's wasm bindings.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::domain::bench::{bench_plan, full_recalculation};

/// Runs one full recalculation of the benchmark plan and returns its checksum.
#[wasm_bindgen]
pub fn bench_full_recalculation() -> f64 {
    full_recalculation(&bench_plan())
}
