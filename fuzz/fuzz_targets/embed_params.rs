//! Embed URL parameters: any query string parses without panicking, and what it yields
//! asks for itself again.
#![no_main]
use libfuzzer_sys::fuzz_target;
use offshoring_planner::app::embed::EmbedParams;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let p = EmbedParams::parse(text, &["en"]);
    if p.embed {
        let again = EmbedParams::parse(&p.query(), &["en"]);
        assert_eq!(again.accent, p.accent);
        assert_eq!(again.theme, p.theme);
        assert_eq!(again.currency, p.currency);
    }
});
