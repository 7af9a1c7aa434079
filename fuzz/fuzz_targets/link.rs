//! Share links: any fragment decodes to a valid plan or an error, never a panic; a plan
//! that decodes re-encodes to a link that decodes to the same plan.
#![no_main]
use libfuzzer_sys::fuzz_target;
use offshoring_planner::app::share::{decode_link, encode_link};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for candidate in [text.to_string(), format!("#p1.{text}"), format!("#p2.{text}")] {
        if let Ok(plan) = decode_link(&candidate) {
            assert!(plan.check().is_ok());
            assert_eq!(decode_link(&encode_link(&plan)), Ok(plan));
        }
    }
});
