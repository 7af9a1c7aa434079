//! Times one full recalculation natively (release build) and prints JSON:
//! `cargo run --release --example bench_native`.

use std::time::Instant;

use offshoring_planner::app::bench::{bench_plan, full_recalculation, sensitivity_all};

fn main() {
    let runs = 30;
    let mut checksum = 0.0;
    for _ in 0..3 {
        checksum += full_recalculation(&bench_plan());
    }
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            checksum += full_recalculation(&bench_plan());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(|a, b| a.total_cmp(b));
    let plan = bench_plan();
    let mut sens: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            checksum += sensitivity_all(&plan);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    sens.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{{\"native_recalc_ms_median\": {:.3}, \"native_recalc_ms_min\": {:.3}, \"native_sensitivity_ms_median\": {:.3}, \"runs\": {runs}, \"checksum\": {checksum:.1}}}",
        ms[runs / 2],
        ms[0],
        sens[runs / 2]
    );
}
