//! Imported files: any bytes give a valid plan or an error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use offshoring_planner::app::share::import_json;

fuzz_target!(|data: &[u8]| {
    if let Ok(plan) = import_json(data) {
        assert!(plan.check().is_ok());
    }
});
