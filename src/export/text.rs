//! Making user text safe inside exports.

use crate::domain::cost::sensitivity::option_sensitivity;
use crate::domain::cost::uncertainty::Spread;
use crate::domain::Plan;
use crate::i18n::{number_in, t, tf, threshold_text, Key, Lang, ValueFormat};

/// Escapes what Markdown would misread in user text, and only that, so the export reads
/// cleanly as plain text too ("self-service" stays as typed): emphasis, code, links,
/// tables, strike-through and HTML anywhere; an underscore at a word's edge; an `&` that
/// could start an entity; and a first character that would start a heading, list, quote
/// or ordered list ("1." and "1)"). Breaks automatic links so no link in the export
/// comes from user text. Newlines become spaces.
pub fn escape_markdown(text: &str) -> String {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control())
        .collect();
    let first = chars.iter().position(|c| *c != ' ');
    // The character that would start a block: the first one, or the mark after leading
    // digits ("1." "2)").
    let block = first.and_then(|i| match chars[i] {
        '#' | '+' | '-' | '=' | '>' | '*' => Some(i),
        c if c.is_ascii_digit() => {
            let j = (i..chars.len()).find(|&j| !chars[j].is_ascii_digit())?;
            matches!(chars[j], '.' | ')').then_some(j)
        }
        _ => None,
    });
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &ch) in chars.iter().enumerate() {
        let (prev, next) = (
            i.checked_sub(1).and_then(|j| chars.get(j)),
            chars.get(i + 1),
        );
        let escape = match ch {
            '\\' | '`' | '*' | '[' | ']' | '<' | '|' | '~' => true,
            '_' => !(word(prev) && word(next)),
            // "&amp;" or "&#60;" would become a character: "AT&T" cannot.
            '&' => {
                let tail = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == '#');
                let n = tail.count();
                n > 0 && chars.get(i + 1 + n) == Some(&';')
            }
            _ => block == Some(i),
        };
        if escape {
            out.push('\\');
        }
        out.push(ch);
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

/// Numbers for text exports: plain amounts with the currency's code.
pub struct Plain<'a> {
    pub lang: Lang,
    pub code: &'a str,
}

impl crate::html::Numbers for Plain<'_> {
    fn money(&self, v: f64) -> String {
        money_plain(v, self.code, self.lang)
    }
    fn money_compact(&self, v: f64) -> String {
        money_plain(v, self.code, self.lang)
    }
    fn num(&self, v: f64, digits: u32) -> String {
        num_plain(self.lang, v, digits)
    }
    /// A share as a percentage with one decimal, as on screen: "82.3%".
    fn pct(&self, v: f64) -> String {
        format!("{}%", num_plain(self.lang, v * 100.0, 1))
    }
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
