//! Machine-readable exports: the full plan as JSON (inputs and computed results), the
//! cost table as CSV, and the review meetings as iCalendar.

use super::text::strip_invisible;
use crate::domain::cost::case::compute;
use crate::domain::Plan;
use crate::i18n::{option_name, t, Key, Lang};

pub use super::json::json;
#[cfg(feature = "schema")]
pub use super::json::json_schema;

/// A CSV field: quoted, quotes doubled, and a leading formula character neutralised so
/// a spreadsheet never runs user text.
pub fn csv_field(text: &str) -> String {
    let text = &strip_invisible(text, false);
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}

/// The cost table as CSV (one row per option, amounts unformatted).
pub fn csv(plan: &Plan, lang: Lang) -> String {
    let figs = compute(&plan.business.case_inputs());
    let head = [
        Key::ColOption,
        Key::ColTotalCost,
        Key::ColCapacity,
        Key::ColUnitCost,
        Key::ColSavings,
        Key::ColSpendDifference,
        Key::ColSwitching,
        Key::MdBreakEvenMonth,
        Key::MdFirstDeliveryWeeks,
    ];
    let mut out = head
        .iter()
        .map(|k| csv_field(t(lang, *k)))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str(&format!(",{}\r\n", csv_field("currency")));
    let num = |v: Option<f64>| v.map(|x| format!("{x:.2}")).unwrap_or_default();
    for (i, f) in figs.all().enumerate() {
        let name = option_name(
            lang,
            i.checked_sub(1).and_then(|k| plan.business.options.get(k)),
        );
        let cells = [
            csv_field(&name),
            num(Some(f.outcome.cost)),
            num(Some(f.outcome.capacity)),
            num(f.outcome.unit_cost()),
            num(f.savings),
            num((i > 0).then_some(f.spend_difference)),
            num((i > 0).then_some(f.outcome.switching.counted())),
            if i == 0 {
                String::new()
            } else {
                f.break_even.map(|m| m.to_string()).unwrap_or_default()
            },
            num(Some(f.first_delivery_weeks)),
            csv_field(plan.business.currency.code()),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

pub use super::calendar::{fold_ics, ics, At};
