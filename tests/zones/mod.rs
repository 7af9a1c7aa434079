//! Fixed time-zone offsets for the native tests that analyse the example plan's
//! locations (the overlap arithmetic with real daylight-saving dates has its own tests).

use offshoring_planner::domain::overlap::zone::{UnknownZone, ZoneRules};

/// Winter offsets of the zones the tests use; any other zone is unknown.
pub fn fixed(zone: &str, _year: i32) -> Result<ZoneRules, UnknownZone> {
    match zone {
        "America/New_York" | "America/Bogota" => Ok(ZoneRules::fixed(-300)),
        "America/Mexico_City" => Ok(ZoneRules::fixed(-360)),
        "Europe/Warsaw" | "Europe/Madrid" => Ok(ZoneRules::fixed(60)),
        "Asia/Kolkata" => Ok(ZoneRules::fixed(330)),
        _ => Err(UnknownZone),
    }
}
