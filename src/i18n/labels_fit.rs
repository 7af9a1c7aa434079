//! Why each factor of the five-factor fit scored what it did: the fit cards' sentences,
//! shown only once "Why each option scores what it does" opens.

use super::{model_key, t, tf, Key, Lang};
use crate::domain::cost::fit::{Reason, Who};

/// Why a factor scored what it did. `num` and `pct` format numbers for the locale.
pub fn fit_reason(
    lang: Lang,
    reason: &Reason,
    num: &dyn Fn(f64, u32) -> String,
    pct: &dyn Fn(f64) -> String,
) -> String {
    match *reason {
        Reason::FirstDelivery { weeks } => tf(lang, Key::ReasonSpeed, &[("weeks", &num(weeks, 1))]),
        Reason::Skills(Who::InHouse) => t(lang, Key::ReasonSkillsInhouse).to_string(),
        Reason::Skills(Who::Vendor(m)) => tf(
            lang,
            Key::ReasonSkillsVendor,
            &[("model", t(lang, model_key(m)))],
        ),
        Reason::Attrition { rate } => tf(lang, Key::ReasonStability, &[("rate", &pct(rate))]),
        Reason::Friction {
            rework,
            communication,
        } => tf(
            lang,
            Key::ReasonQuality,
            &[("rework", &pct(rework)), ("comm", &pct(communication))],
        ),
        Reason::Oversight {
            who: Who::InHouse, ..
        } => t(lang, Key::ReasonControlInhouse).to_string(),
        Reason::Oversight {
            who: Who::Vendor(m),
            communication,
        } => tf(
            lang,
            Key::ReasonControlVendor,
            &[
                ("model", t(lang, model_key(m))),
                ("comm", &pct(communication)),
            ],
        ),
    }
}
