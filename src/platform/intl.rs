//! Time zones as the browser knows them (Intl), never from a table of our own.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::validate::zone_syntax;

/// Upper bound on zones read from the browser (about 420 exist).
const MAX_ZONES: u32 = 2000;

fn intl() -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &"Intl".into()).ok()
}

/// Every IANA zone the browser supports, sorted, plus the browser's own zone.
pub fn supported_time_zones() -> Vec<String> {
    let mut zones: Vec<String> = intl()
        .and_then(|intl| {
            let f = Reflect::get(&intl, &"supportedValuesOf".into()).ok()?;
            let f: Function = f.dyn_into().ok()?;
            f.call1(&intl, &"timeZone".into()).ok()
        })
        .and_then(|v| v.dyn_into::<Array>().ok())
        .map(|arr| {
            (0..arr.length().min(MAX_ZONES))
                .filter_map(|i| arr.get(i).as_string())
                .filter(|z| !z.is_empty() && zone_syntax(z).is_ok())
                .collect()
        })
        .unwrap_or_default();
    if let Some(own) = browser_time_zone() {
        if !zones.contains(&own) {
            zones.push(own);
        }
    }
    for fixed in ["UTC"] {
        if !zones.iter().any(|z| z == fixed) {
            zones.push(fixed.to_string());
        }
    }
    zones.sort();
    zones
}

/// The zone the browser runs in, if it says and the name is well formed. Asks
/// `Temporal.Now.timeZoneId()` where the browser has it: the same answer as Intl's
/// resolved options without building a date formatter, which costs tens of milliseconds
/// on the first load.
pub fn browser_time_zone() -> Option<String> {
    temporal_zone()
        .or_else(|| {
            let dtf = js_sys::Intl::DateTimeFormat::new(&Array::new(), &Object::new());
            Reflect::get(&dtf.resolved_options(), &"timeZone".into())
                .ok()?
                .as_string()
        })
        .filter(|z| !z.is_empty() && zone_syntax(z).is_ok())
}

fn temporal_zone() -> Option<String> {
    let now = Reflect::get(
        &Reflect::get(&js_sys::global(), &"Temporal".into()).ok()?,
        &"Now".into(),
    )
    .ok()?;
    let f: Function = Reflect::get(&now, &"timeZoneId".into())
        .ok()?
        .dyn_into()
        .ok()?;
    f.call0(&now).ok()?.as_string()
}
