//! What flips the decision, as HTML: one option's tornado chart (each input swung alone,
//! widest first), the same figures as table rows, and the threshold sentences.

use super::charts::{line, svg_open_wide, tick, title_desc};
use super::{coord, Html, Numbers};
use crate::domain::cost::sensitivity::{Sensitivity, Swing};
use crate::i18n::{
    input_key, swing_cells, t, tf, threshold_text, Key, Lang, ValueFormat, SWING_CELLS,
};

/// The colours of the low and high ends, distinguishable with the common colour-vision
/// deficiencies; the legend's swatches use the classes `swatch-1` and `swatch-2`.
const LOW: &str = "#1f5fae";
const HIGH: &str = "#c4590f";
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;
const ROW: f64 = 34.0;
const SIDE: f64 = 8.0;
/// Narrower than the other charts: its labels are long, and a phone draws it larger.
const W: f64 = 480.0;
/// Bars drawn: the widest; the table lists every input that moves the savings.
const BARS: usize = 10;

/// The swings that move the savings by at least one unit of money, widest first.
pub fn moving(s: &Sensitivity) -> impl Iterator<Item = &Swing> {
    s.swings.iter().filter(|w| w.width() >= 1.0)
}

/// Writes values through `n`, for the labels module.
fn with_format<R>(lang: Lang, n: &dyn Numbers, f: impl FnOnce(&ValueFormat) -> R) -> R {
    let money = |v: f64| n.money(v);
    let num = |v: f64, d: u32| n.num(v, d);
    f(&ValueFormat {
        lang,
        money: &money,
        num: &num,
    })
}

/// The tornado: per input a bar from the likely savings to the savings at its low value
/// and one to the savings at its high value, about a line at the likely savings.
pub fn tornado(s: &Sensitivity, lang: Lang, n: &dyn Numbers) -> String {
    let bars: Vec<&Swing> = moving(s).take(BARS).collect();
    let ends = bars
        .iter()
        .flat_map(|w| [w.savings_at_low, w.savings_at_high])
        .chain([s.savings_likely, 0.0]);
    let lo = ends.clone().fold(f64::INFINITY, f64::min);
    let hi = ends.fold(f64::NEG_INFINITY, f64::max);
    let span = (hi - lo).max(1.0);
    let x = |v: f64| SIDE + (W - 2.0 * SIDE) * (v - lo) / span;
    let height = TOP + ROW * bars.len() as f64 + BOTTOM;
    let rows = bars
        .iter()
        .map(|w| {
            format!(
                "{} {} to {}",
                t(lang, input_key(w.input)),
                n.money(w.savings_at_low),
                n.money(w.savings_at_high)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let desc = tf(
        lang,
        Key::ChartTornadoDesc,
        &[("base", &n.money(s.savings_likely)), ("rows", &rows)],
    );
    let mut h = Html::new();
    svg_open_wide(&mut h, "chart tornado", W, height, "tn");
    title_desc(&mut h, "tn", t(lang, Key::ChartTornadoTitle), &desc);
    let base = x(s.savings_likely);
    for (row, w) in bars.iter().enumerate() {
        let y = TOP + ROW * row as f64;
        tick(&mut h, SIDE, y + 11.0, "", t(lang, input_key(w.input)));
        for (end, colour) in [(w.savings_at_low, LOW), (w.savings_at_high, HIGH)] {
            let (a, b) = (base.min(x(end)), base.max(x(end)));
            h.empty(
                "rect",
                &[
                    ("x", &coord(a)),
                    ("y", &coord(y + 15.0)),
                    ("width", &coord((b - a).max(1.0))),
                    ("height", "12"),
                    ("fill", colour),
                ],
            );
        }
    }
    let bottom = height - BOTTOM + 4.0;
    line(
        &mut h,
        (base, TOP - 4.0, base, bottom),
        &[("class", "axis")],
    );
    tick(
        &mut h,
        base,
        height - 10.0,
        "middle",
        &n.money_compact(s.savings_likely),
    );
    if lo < 0.0 && hi > 0.0 {
        line(
            &mut h,
            (x(0.0), TOP - 4.0, x(0.0), bottom),
            &[("class", "axis"), ("stroke-dasharray", "4 3")],
        );
    }
    // The ends, unless the likely value's label would overlap them.
    for (v, anchor) in [(lo, "start"), (hi, "end")] {
        if (x(v) - base).abs() > 60.0 {
            tick(&mut h, x(v), height - 10.0, anchor, &n.money_compact(v));
        }
    }
    h.close("svg");
    h.open("ul", &[("class", "legend"), ("aria-hidden", "true")]);
    for (class, key) in [
        ("swatch swatch-1", Key::ColSavingsLow),
        ("swatch swatch-2", Key::ColSavingsHigh),
    ] {
        h.open("li", &[])
            .empty("span", &[("class", class)])
            .leaf("span", &[], t(lang, key))
            .close("li");
    }
    h.close("ul");
    h.finish()
}

/// The swings as table rows (the chart's text alternative), widest first: every input
/// that moves the savings. The columns: the input, then [`SWING_CELLS`].
pub fn swing_rows(s: &Sensitivity, lang: Lang, n: &dyn Numbers) -> String {
    with_format(lang, n, |f| {
        let mut h = Html::new();
        for w in moving(s) {
            h.open("tr", &[])
                .leaf("th", &[("scope", "row")], t(lang, input_key(w.input)));
            for (k, text) in SWING_CELLS.iter().zip(swing_cells(w, f)) {
                h.leaf("td", &[("data-label", t(lang, *k))], &text);
            }
            h.close("tr");
        }
        h.finish()
    })
}

/// The key drivers' thresholds as list items, in words.
pub fn threshold_items(s: &Sensitivity, lang: Lang, n: &dyn Numbers) -> String {
    with_format(lang, n, |f| {
        let mut h = Html::new();
        for th in &s.thresholds {
            h.leaf("li", &[], &threshold_text(th, s.savings_likely > 0.0, f));
        }
        h.finish()
    })
}
