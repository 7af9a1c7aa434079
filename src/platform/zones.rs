//! A zone's UTC offset at an instant, read from the browser's Intl, and the learned
//! rules of each zone and year, cached for the page's life.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::overlap::zone::{parse_gmt_offset, UnknownZone, ZoneRules};
use crate::domain::validate::zone_syntax;

thread_local! {
    static FORMATS: RefCell<HashMap<String, Option<JsValue>>> = RefCell::new(HashMap::new());
    static RULES: RefCell<HashMap<(String, i32), Result<ZoneRules, UnknownZone>>> = RefCell::new(HashMap::new());
}

/// An Intl.DateTimeFormat that names the offset, or `None` when the browser refuses
/// the zone (it throws a RangeError, caught here).
fn format_for(zone: &str) -> Option<JsValue> {
    FORMATS.with(|f| {
        f.borrow_mut()
            .entry(zone.to_string())
            .or_insert_with(|| {
                if zone.is_empty() || zone_syntax(zone).is_err() {
                    return None;
                }
                let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
                let ctor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
                    .ok()?
                    .dyn_into()
                    .ok()?;
                let opts = Object::new();
                Reflect::set(&opts, &"timeZone".into(), &zone.into()).ok()?;
                Reflect::set(&opts, &"timeZoneName".into(), &"longOffset".into()).ok()?;
                let args = Array::of2(&"en-US".into(), &opts);
                Reflect::construct(&ctor, &args).ok()
            })
            .clone()
    })
}

/// The zone's offset from UTC in minutes at a UTC instant.
pub fn offset_minutes(zone: &str, utc_ms: i64) -> Option<i32> {
    let fmt = format_for(zone)?;
    let to_parts: Function = Reflect::get(&fmt, &"formatToParts".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let date = Date::new(&JsValue::from_f64(utc_ms as f64));
    let parts: Array = to_parts.call1(&fmt, &date).ok()?.dyn_into().ok()?;
    parts.iter().find_map(|p| {
        let kind = Reflect::get(&p, &"type".into()).ok()?.as_string()?;
        if kind != "timeZoneName" {
            return None;
        }
        parse_gmt_offset(&Reflect::get(&p, &"value".into()).ok()?.as_string()?)
    })
}

/// The zone's offsets over a year, learned from Intl once and then cached.
pub fn rules(zone: &str, year: i32) -> Result<ZoneRules, UnknownZone> {
    let key = (zone.to_string(), year);
    if let Some(r) = RULES.with(|c| c.borrow().get(&key).cloned()) {
        return r;
    }
    let learned = ZoneRules::learn(year, |t| offset_minutes(zone, t));
    RULES.with(|c| c.borrow_mut().insert(key, learned.clone()));
    learned
}

/// The current year in the browser's clock.
pub fn current_year() -> i32 {
    Date::new_0().get_utc_full_year() as i32
}

/// Forgets every cached formatter and learned rule (for the benchmark's cold runs).
pub fn clear_cache() {
    FORMATS.with(|f| f.borrow_mut().clear());
    RULES.with(|r| r.borrow_mut().clear());
}
