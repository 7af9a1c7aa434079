//! The storage loader: any stored string gives a plan, "newer", "unreadable" or nothing,
//! never a panic; a plan it accepts passes the plan's own checks and round-trips.
#![no_main]
use libfuzzer_sys::fuzz_target;
use offshoring_planner::app::persist::{decode, encode, Loaded};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Loaded::Plan { plan, revision, .. } = decode(Some(text)) {
        assert!(plan.check().is_ok());
        match decode(Some(&encode(&plan, revision, "x"))) {
            Loaded::Plan { plan: again, .. } => assert_eq!(again, plan),
            other => panic!("a loaded plan did not round-trip: {other:?}"),
        }
    }
});
