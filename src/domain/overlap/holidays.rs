//! National public holidays: the bundled table (`data/holidays.json`, generated from the
//! date-holidays library by `scripts/holidays.mjs`, never typed by hand) read into
//! per-country calendars, and headquarters' country from its time zone (the time-zone
//! database's zone-to-country table, in the same file).
//!
//! The table is outside input like any other: it is bounded and checked as it is read,
//! and a table that fails a check gives no holidays rather than a panic.

use std::collections::HashMap;

use serde::Deserialize;

use super::calendar::days_from_civil;
use crate::domain::validate::parse_date;

/// The bundled table.
const BUNDLED: &str = include_str!("../../../data/holidays.json");
/// Most countries, holidays per country and characters in a name a table may hold.
const MAX_COUNTRIES: usize = 64;
const MAX_DAYS: usize = 2_000;
const MAX_NAME: usize = 120;
const MAX_ZONES: usize = 1_000;

#[derive(Deserialize)]
struct Raw {
    version: String,
    from: i32,
    to: i32,
    zones: HashMap<String, String>,
    /// Each day as `[date, English name]`, or `[date, English name, Spanish name]`.
    countries: HashMap<String, Vec<Vec<String>>>,
}

/// A holiday's name: English, and Spanish where the library has a translation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HolidayName {
    pub en: String,
    pub es: Option<String>,
}

impl HolidayName {
    /// The name in Spanish when asked for and known, else in English.
    pub fn text(&self, spanish: bool) -> &str {
        match (&self.es, spanish) {
            (Some(es), true) => es,
            _ => &self.en,
        }
    }
}

/// One country's holidays: days since 1970-01-01, sorted, each with its name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Calendar {
    days: Vec<(i64, HolidayName)>,
}

impl Calendar {
    /// The holiday on `day`, if there is one.
    pub fn holiday(&self, day: i64) -> Option<&HolidayName> {
        self.days
            .binary_search_by_key(&day, |(d, _)| *d)
            .ok()
            .map(|i| &self.days[i].1)
    }

    /// The holiday's English name on `day`, if there is one.
    pub fn on(&self, day: i64) -> Option<&str> {
        self.holiday(day).map(|h| h.en.as_str())
    }
}

/// Every country's calendar, and which country each time zone belongs to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Holidays {
    /// The library's version the table was generated from.
    pub version: String,
    /// The years covered, first and last.
    pub from: i32,
    pub to: i32,
    zones: HashMap<String, String>,
    countries: HashMap<String, Calendar>,
}

/// Why a table was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    NotJson,
    TooLarge,
    BadYears,
    BadCountry(String),
    BadDate(String),
}

impl Holidays {
    /// Reads a table, checking every part of it.
    pub fn read(text: &str) -> Result<Holidays, TableError> {
        if text.len() > 1_000_000 {
            return Err(TableError::TooLarge);
        }
        let raw: Raw = crate::support::json::read_text(text).map_err(|_| TableError::NotJson)?;
        if raw.countries.len() > MAX_COUNTRIES || raw.zones.len() > MAX_ZONES {
            return Err(TableError::TooLarge);
        }
        if !(1970..=2200).contains(&raw.from) || raw.to < raw.from || raw.to - raw.from > 50 {
            return Err(TableError::BadYears);
        }
        let (first, last) = (
            days_from_civil(raw.from, 1, 1),
            days_from_civil(raw.to, 12, 31),
        );
        let mut countries = HashMap::new();
        for (code, list) in raw.countries {
            if !is_country_code(&code) || list.len() > MAX_DAYS {
                return Err(TableError::BadCountry(code));
            }
            let mut days = Vec::with_capacity(list.len());
            for row in list {
                let bad = || TableError::BadDate(row.first().cloned().unwrap_or_default());
                let [date, en, es @ ..] = row.as_slice() else {
                    return Err(bad());
                };
                if es.len() > 1 {
                    return Err(bad());
                }
                let (y, m, d) = parse_date(date).map_err(|_| bad())?;
                let day = days_from_civil(y, m, d);
                if !(first..=last).contains(&day) {
                    return Err(bad());
                }
                let name = |s: &String| s.chars().take(MAX_NAME).collect::<String>();
                let es = es.first().map(name);
                days.push((day, HolidayName { en: name(en), es }));
            }
            days.sort_by_key(|(d, _)| *d);
            days.dedup_by_key(|(d, _)| *d);
            countries.insert(code, Calendar { days });
        }
        let zones = raw
            .zones
            .into_iter()
            .filter(|(zone, code)| zone.len() <= 64 && countries.contains_key(code))
            .collect();
        Ok(Holidays {
            version: raw.version.chars().take(32).collect(),
            from: raw.from,
            to: raw.to,
            zones,
            countries,
        })
    }

    /// The bundled table, read afresh.
    pub fn bundled() -> Holidays {
        Holidays::read(BUNDLED).unwrap_or_default()
    }

    /// The bundled table, read the first time it is asked for.
    pub fn cached() -> &'static Holidays {
        static TABLE: std::sync::OnceLock<Holidays> = std::sync::OnceLock::new();
        TABLE.get_or_init(Holidays::bundled)
    }

    /// A country's calendar, by its ISO 3166 code; `None` for a country not covered.
    pub fn country(&self, code: &str) -> Option<&Calendar> {
        self.countries.get(code)
    }

    /// The country a time zone belongs to, when it is one of the covered countries.
    pub fn zone_country(&self, zone: &str) -> Option<&str> {
        self.zones.get(zone).map(String::as_str)
    }

    /// The covered countries' codes, sorted.
    pub fn codes(&self) -> Vec<&str> {
        let mut c: Vec<&str> = self.countries.keys().map(String::as_str).collect();
        c.sort_unstable();
        c
    }
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}
