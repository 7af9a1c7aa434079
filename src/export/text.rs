//! Making user text safe inside exports.

use crate::domain::cost::sensitivity::option_sensitivity;
use crate::domain::cost::uncertainty::Spread;
use crate::domain::Plan;
use crate::i18n::{number_in, t, tf, threshold_text, Key, Lang, ValueFormat};

/// Escapes Markdown syntax so user text shows as typed, and breaks automatic links so
/// no link in the export comes from user text. Newlines become spaces.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '<' | '>' | '~' | '=' | '"' | '&' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            // Bidirectional overrides could reorder the surrounding text: drop them.
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    // Autolinks need "://" or "www\." intact; a word joiner breaks them invisibly.
    out.replace(":/", ":\u{2060}/")
        .replace("www", "w\u{2060}ww")
        .replace('@', "@\u{2060}")
}

/// Drops characters that could hide or reorder text in an export: control characters
/// (other than newlines and tabs, which `keep_breaks` keeps) and bidirectional overrides
/// and isolates.
pub fn strip_invisible(text: &str, keep_breaks: bool) -> String {
    text.chars()
        .filter(|c| match c {
            '\n' | '\t' => keep_breaks,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => false,
            c => !c.is_control(),
        })
        .collect()
}

/// An amount for text exports: "USD 1,322,382".
pub fn money_plain(v: f64, code: &str, lang: Lang) -> String {
    let v = if v.is_finite() { v.round() } else { 0.0 };
    format!("{code} {}", number_in(lang, v))
}

/// A number for text exports with at most `digits` decimals: "4.5".
pub fn num_plain(lang: Lang, v: f64, digits: u32) -> String {
    let p = 10f64.powi(digits.min(2) as i32);
    number_in(
        lang,
        if v.is_finite() {
            (v * p).round() / p
        } else {
            0.0
        },
    )
}

/// The savings at the likely values, as the cost table shows them, with the uncertainty
/// run's P10, P50 and P90 beside them (the executive summary, on screen and exported);
/// "no comparison" when in-house delivers nothing within the horizon.
pub fn savings_with_spread(
    lang: Lang,
    likely: Option<f64>,
    spread: Option<Spread>,
    money: impl Fn(f64) -> String,
) -> String {
    match (likely, spread) {
        (Some(l), Some(s)) => tf(
            lang,
            Key::SavingsSpread,
            &[
                ("likely", &money(l)),
                ("p10", &money(s.p10)),
                ("p50", &money(s.p50)),
                ("p90", &money(s.p90)),
            ],
        ),
        (Some(l), None) => money(l),
        (None, _) => t(lang, Key::NoComparison).to_string(),
    }
}

/// The two key drivers that move an option's savings the most, each with the value that
/// would turn them: "Saves money while the hourly rate stays under $87 an hour. ...".
/// `None` when the option has nothing to compare with.
pub fn flip_text(plan: &Plan, index: usize, f: &ValueFormat) -> Option<String> {
    let b = &plan.business;
    let s = option_sensitivity(&b.case_inputs(), b.options.get(index)?)?;
    let saves = s.savings_likely > 0.0;
    let items: Vec<String> = s
        .top_drivers(2)
        .into_iter()
        .map(|t| threshold_text(t, saves, f))
        .collect();
    Some(items.join(" "))
}
