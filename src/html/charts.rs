//! The business case's charts as inline SVG text, each with a title and a description
//! that say what it shows; the tables beside them hold the same figures.

use super::results::name_at;
use super::{coord, Html, Numbers};
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::fit::{Factor, FactorWeights};
use crate::domain::cost::uncertainty::RunResult;
use crate::i18n::{factor_key, t, tf, Key, Lang};

/// One colour per series, distinguishable with the common colour-vision deficiencies.
/// The legend's swatches use the classes `swatch-0` to `swatch-4` with the same colours.
pub const COLOURS: [&str; 5] = ["#4a4a4a", "#1f5fae", "#c4590f", "#0f8a66", "#a8417e"];
const DASHES: [&str; 5] = ["6 4", "", "", "", ""];

pub(super) const W: f64 = 640.0;
const H: f64 = 260.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 32.0;

fn x_of(v: f64, max: f64) -> f64 {
    LEFT + (W - LEFT - RIGHT) * if max > 0.0 { v / max } else { 0.0 }
}

fn y_of(v: f64, max: f64) -> f64 {
    H - BOTTOM - (H - TOP - BOTTOM) * if max > 0.0 { v / max } else { 0.0 }
}

pub(super) fn svg_open(h: &mut Html, class: &str, height: f64, id: &str) {
    svg_open_wide(h, class, W, height, id);
}

/// An SVG of its own width (a narrower one is drawn with larger type on a phone).
pub(super) fn svg_open_wide(h: &mut Html, class: &str, width: f64, height: f64, id: &str) {
    let labels = format!("{id}-title {id}-desc");
    h.open(
        "svg",
        &[
            ("class", class),
            (
                "viewBox",
                &format!("0 0 {} {}", coord(width), coord(height)),
            ),
            ("role", "img"),
            ("aria-labelledby", &labels),
        ],
    );
}

pub(super) fn title_desc(h: &mut Html, id: &str, title: &str, desc: &str) {
    h.leaf("title", &[("id", &format!("{id}-title"))], title)
        .leaf("desc", &[("id", &format!("{id}-desc"))], desc);
}

pub(super) fn tick(h: &mut Html, x: f64, y: f64, anchor: &str, text: &str) {
    let (x, y) = (coord(x), coord(y));
    let mut attrs = vec![("x", x.as_str()), ("y", y.as_str())];
    if !anchor.is_empty() {
        attrs.push(("text-anchor", anchor));
    }
    attrs.push(("class", "tick"));
    h.leaf("text", &attrs, text);
}

pub(super) fn line(h: &mut Html, (x1, y1, x2, y2): (f64, f64, f64, f64), extra: &[(&str, &str)]) {
    let c = [coord(x1), coord(y1), coord(x2), coord(y2)];
    let mut attrs = vec![
        ("x1", c[0].as_str()),
        ("y1", &c[1]),
        ("x2", &c[2]),
        ("y2", &c[3]),
    ];
    attrs.extend_from_slice(extra);
    h.empty("line", &attrs);
}

fn legend(h: &mut Html, names: &[String]) {
    h.open("ul", &[("class", "legend"), ("aria-hidden", "true")]);
    for (i, n) in names.iter().enumerate() {
        let swatch = format!("swatch swatch-{}", i % COLOURS.len());
        // The name in its own element: a break-even that moves as the user types is a
        // text edit in place (see `super::patch`), not a new legend.
        h.open("li", &[])
            .empty("span", &[("class", &swatch), ("aria-hidden", "true")])
            .leaf("span", &[], n)
            .close("li");
    }
    h.close("ul");
}

/// Cumulative cost per option over the horizon, with each break-even month marked.
pub fn cumulative_cost(
    figs: &CaseFigures,
    names: &[String],
    lang: Lang,
    n: &dyn Numbers,
) -> String {
    let months = figs.inhouse.outcome.months.len();
    let series: Vec<Vec<f64>> = figs
        .all()
        .map(|f| {
            f.outcome
                .months
                .iter()
                .scan(0.0, |acc, m| {
                    *acc += m.cost;
                    Some(*acc)
                })
                .collect()
        })
        .collect();
    let max = series
        .iter()
        .flat_map(|s| s.last().copied())
        .fold(0.0, f64::max);
    let hmax = months as f64;
    let break_even = |i: usize| {
        figs.all()
            .nth(i)
            .and_then(|f| f.break_even)
            .filter(|_| i > 0)
    };
    let be_text = |m: u32| tf(lang, Key::BreakEvenShort, &[("n", &m.to_string())]);
    let desc = figs
        .all()
        .enumerate()
        .map(|(i, f)| {
            let be = break_even(i).map(be_text).unwrap_or_default();
            format!("{}: {} {}", name_at(names, i), n.money(f.outcome.cost), be)
        })
        .collect::<Vec<_>>()
        .join("; ");
    let desc = tf(
        lang,
        Key::ChartCumulativeDesc,
        &[("n", &months.to_string()), ("series", &desc)],
    );
    let mut h = Html::new();
    svg_open(&mut h, "chart", H, "cc");
    title_desc(&mut h, "cc", t(lang, Key::ChartCumulativeTitle), &desc);
    let axis = [("class", "axis")];
    line(
        &mut h,
        (LEFT, y_of(0.0, max), W - RIGHT, y_of(0.0, max)),
        &axis,
    );
    line(&mut h, (LEFT, TOP, LEFT, H - BOTTOM), &axis);
    for v in [max, max / 2.0, 0.0] {
        tick(
            &mut h,
            LEFT - 6.0,
            y_of(v, max) + 4.0,
            "end",
            &n.money_compact(v),
        );
    }
    tick(&mut h, x_of(0.0, hmax), H - 10.0, "middle", "0");
    let mid = (months / 2).to_string();
    tick(&mut h, x_of(hmax / 2.0, hmax), H - 10.0, "middle", &mid);
    let last = tf(lang, Key::MonthN, &[("n", &months.to_string())]);
    tick(&mut h, x_of(hmax, hmax), H - 10.0, "end", &last);
    for (i, s) in series.iter().enumerate() {
        let points: String = std::iter::once((0.0, 0.0))
            .chain(s.iter().enumerate().map(|(t, v)| (t as f64 + 1.0, *v)))
            .map(|(t, v)| format!("{},{} ", coord(x_of(t, hmax)), coord(y_of(v, max))))
            .collect();
        let mut attrs = vec![
            ("points", points.as_str()),
            ("fill", "none"),
            ("stroke", COLOURS[i % 5]),
            ("stroke-width", "2.5"),
        ];
        if !DASHES[i % 5].is_empty() {
            attrs.push(("stroke-dasharray", DASHES[i % 5]));
        }
        h.empty("polyline", &attrs);
    }
    for (i, s) in series.iter().enumerate() {
        let Some(m) = break_even(i) else { continue };
        let Some(v) = (m as usize).checked_sub(1).and_then(|k| s.get(k)) else {
            continue;
        };
        let (cx, cy) = (coord(x_of(m as f64, hmax)), coord(y_of(*v, max)));
        h.empty(
            "circle",
            &[
                ("cx", &cx),
                ("cy", &cy),
                ("r", "5"),
                ("fill", "#fff"),
                ("stroke", COLOURS[i % 5]),
                ("stroke-width", "2.5"),
            ],
        );
    }
    h.close("svg");
    let legend_names: Vec<String> = (0..series.len())
        .map(|i| match break_even(i) {
            Some(m) => format!("{} ({})", name_at(names, i), be_text(m)),
            None => name_at(names, i),
        })
        .collect();
    legend(&mut h, &legend_names);
    h.finish()
}

/// The 10th to 90th percentile savings of each option as a bar, with the median marked.
/// Empty when no option can be compared with in-house.
pub fn savings_range(r: &RunResult, names: &[String], lang: Lang, n: &dyn Numbers) -> String {
    let spreads: Vec<(usize, f64, f64, f64)> = r
        .options
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(i, o)| o.savings.map(|s| (i, s.p10, s.p50, s.p90)))
        .collect();
    if spreads.is_empty() {
        return String::new();
    }
    let lo = spreads.iter().map(|s| s.1).fold(0.0, f64::min);
    let hi = spreads.iter().map(|s| s.3).fold(0.0, f64::max);
    let span = (hi - lo).max(1.0);
    let x = |v: f64| 24.0 + (W - 48.0) * (v - lo) / span;
    let row_h = 46.0;
    let height = TOP + row_h * spreads.len() as f64 + BOTTOM;
    let desc = spreads
        .iter()
        .map(|(i, p10, p50, p90)| {
            let values = [
                ("option", name_at(names, *i)),
                ("p10", n.money(*p10)),
                ("p50", n.money(*p50)),
                ("p90", n.money(*p90)),
            ];
            let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            tf(lang, Key::ChartSavingsItem, &args)
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut h = Html::new();
    svg_open(&mut h, "chart", height, "sr");
    title_desc(&mut h, "sr", t(lang, Key::ChartSavingsTitle), &desc);
    line(
        &mut h,
        (x(0.0), TOP - 4.0, x(0.0), height - BOTTOM + 4.0),
        &[("class", "axis")],
    );
    tick(
        &mut h,
        x(0.0),
        height - 10.0,
        "middle",
        &n.money_compact(0.0),
    );
    let low = if lo < 0.0 {
        n.money_compact(lo)
    } else {
        String::new()
    };
    tick(&mut h, x(lo), height - 10.0, "start", &low);
    tick(&mut h, x(hi), height - 10.0, "end", &n.money_compact(hi));
    for (row, (i, p10, p50, p90)) in spreads.iter().enumerate() {
        let y = TOP + row_h * row as f64;
        let colour = COLOURS[i % 5];
        tick(&mut h, 24.0, y + 12.0, "", &name_at(names, *i));
        let (rx, ry, rw) = (
            coord(x(*p10)),
            coord(y + 18.0),
            coord((x(*p90) - x(*p10)).max(2.0)),
        );
        h.empty(
            "rect",
            &[
                ("x", &rx),
                ("y", &ry),
                ("width", &rw),
                ("height", "16"),
                ("fill", colour),
                ("opacity", "0.35"),
            ],
        );
        let median = (x(*p50), y + 14.0, x(*p50), y + 38.0);
        line(&mut h, median, &[("stroke", colour), ("stroke-width", "3")]);
    }
    h.close("svg");
    h.finish()
}

/// The five factor weights (1 to 5) as bars.
pub fn weights(w: &FactorWeights, lang: Lang) -> String {
    let row_h = 26.0;
    let height = row_h * 5.0 + 8.0;
    let desc = Factor::ALL
        .iter()
        .map(|f| format!("{} {}/5", t(lang, factor_key(*f)), w.get(*f)))
        .collect::<Vec<_>>()
        .join(", ");
    let mut h = Html::new();
    svg_open(&mut h, "chart chart-small", height, "fw");
    title_desc(&mut h, "fw", t(lang, Key::ChartWeightsTitle), &desc);
    for (row, f) in Factor::ALL.iter().enumerate() {
        let weight = w.get(*f);
        let v = weight as f64;
        let y = 4.0 + row_h * row as f64;
        tick(&mut h, 120.0, y + 16.0, "end", t(lang, factor_key(*f)));
        let (ry, rw) = (coord(y + 4.0), coord(v * 90.0));
        h.empty(
            "rect",
            &[
                ("x", "128"),
                ("y", &ry),
                ("width", &rw),
                ("height", "16"),
                ("fill", COLOURS[1]),
            ],
        );
        tick(
            &mut h,
            132.0 + v * 90.0,
            y + 16.0,
            "",
            &format!("{weight}/5"),
        );
    }
    h.close("svg");
    h.finish()
}
