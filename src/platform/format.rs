//! Number and money formatting through the browser's Intl.NumberFormat, cached per
//! locale and currency so the per-keystroke path builds no formatter.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Intl::NumberFormat, Object, Reflect};
use wasm_bindgen::JsValue;

thread_local! {
    static CACHE: RefCell<HashMap<String, NumberFormat>> = RefCell::new(HashMap::new());
}

fn formatter(key: &str, make: impl FnOnce() -> NumberFormat) -> NumberFormat {
    CACHE.with(|c| {
        c.borrow_mut()
            .entry(key.to_string())
            .or_insert_with(make)
            .clone()
    })
}

fn format_with(nf: &NumberFormat, v: f64) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    nf.format()
        .call1(&JsValue::UNDEFINED, &v.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

/// A whole amount of money, for example "$1,234,567" or "1.234.567 €".
pub fn money(v: f64, currency: &str, locale: &str) -> String {
    let key = format!("m|{locale}|{currency}");
    let nf = formatter(&key, || {
        let opts = options(&[
            ("style", "currency".into()),
            ("currency", currency.into()),
            ("maximumFractionDigits", 0.into()),
            ("minimumFractionDigits", 0.into()),
        ]);
        NumberFormat::new(&js_sys::Array::of1(&locale.into()), &opts)
    });
    format_with(&nf, v)
}

/// A compact amount for chart axes, for example "$1.2M".
pub fn money_compact(v: f64, currency: &str, locale: &str) -> String {
    let key = format!("c|{locale}|{currency}");
    let nf = formatter(&key, || {
        let opts = options(&[
            ("style", "currency".into()),
            ("currency", currency.into()),
            ("notation", "compact".into()),
            ("maximumFractionDigits", 1.into()),
        ]);
        NumberFormat::new(&js_sys::Array::of1(&locale.into()), &opts)
    });
    format_with(&nf, v)
}

/// A number with up to `digits` decimals, grouped for the locale.
pub fn number(v: f64, digits: u32, locale: &str) -> String {
    let key = format!("n|{locale}|{digits}");
    let nf = formatter(&key, || {
        let opts = options(&[("maximumFractionDigits", digits.into())]);
        NumberFormat::new(&js_sys::Array::of1(&locale.into()), &opts)
    });
    format_with(&nf, v)
}

/// A share as a percent, for example "18%".
pub fn percent(v: f64, digits: u32, locale: &str) -> String {
    let key = format!("p|{locale}|{digits}");
    let nf = formatter(&key, || {
        let opts = options(&[
            ("style", "percent".into()),
            ("maximumFractionDigits", digits.into()),
        ]);
        NumberFormat::new(&js_sys::Array::of1(&locale.into()), &opts)
    });
    format_with(&nf, v)
}

thread_local! {
    static DATES: RefCell<HashMap<String, js_sys::Intl::DateTimeFormat>> = RefCell::new(HashMap::new());
}

/// A calendar day (days since 1970-01-01) written for the locale, for example
/// "Jan 4, 2027" or "4 ene 2027". Falls back to ISO if Intl refuses.
pub fn date(day: i64, locale: &str) -> String {
    let dtf = DATES.with(|c| {
        c.borrow_mut()
            .entry(locale.to_string())
            .or_insert_with(|| {
                let opts = options(&[("dateStyle", "medium".into()), ("timeZone", "UTC".into())]);
                js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&locale.into()), &opts)
            })
            .clone()
    });
    let when = js_sys::Date::new(&((day as f64) * 86_400_000.0).into());
    dtf.format()
        .call1(&JsValue::UNDEFINED, &when)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| crate::domain::overlap::calendar::iso(day))
}
